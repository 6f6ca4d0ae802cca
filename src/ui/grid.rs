//! The scenario editor as one Tab stop with arrow keys inside, as a grid:
//! the editor has about fifty fields, and a keyboard user who only wants to
//! get past it should not press Tab fifty times.
//!
//! Tab and Shift+Tab leave the table (to the next or previous control of the
//! page); the arrow keys move between its controls: Up and Down to the same
//! control of the row above or below (a select keeps Up and Down to change
//! its value), Left and Right along the row, from a text field only when its
//! caret is at that end or its whole text is selected (as it is on
//! arriving), so editing a number is unchanged. The controls
//! stay ordinary fields, so a click, a screen reader's form mode and typing
//! work as before.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

/// What a keyboard reaches: the page's controls, in document order.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
     select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// Whether `el` takes up room on the page (not hidden or collapsed).
fn shown(el: &Element) -> bool {
    let r = el.get_bounding_client_rect();
    r.width() > 0.0 || r.height() > 0.0
}

/// The controls of each body row of `table`, shown ones only.
fn controls(table: &Element) -> Vec<Vec<HtmlElement>> {
    let mut grid = Vec::new();
    let Ok(rows) = table.query_selector_all("tbody tr") else {
        return grid;
    };
    for r in 0..rows.length() {
        let Some(row) = rows.item(r).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let mut line = Vec::new();
        if let Ok(found) = row.query_selector_all("input, select, button, textarea") {
            for i in 0..found.length() {
                if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok())
                    && shown(&el)
                {
                    line.push(el);
                }
            }
        }
        if !line.is_empty() {
            grid.push(line);
        }
    }
    grid
}

/// The first control of the page after `table` (`forward`) or the last
/// one before it, outside it.
fn outside(table: &Element, forward: bool) -> Option<HtmlElement> {
    let doc = table.owner_document()?;
    let all = doc.query_selector_all(FOCUSABLE).ok()?;
    let mut found = None;
    for i in 0..all.length() {
        let Some(el) = all.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        if table.contains(Some(&el)) || el.tab_index() < 0 || !shown(&el) {
            continue;
        }
        // DOCUMENT_POSITION_PRECEDING (2): el is before the table.
        let before = table.compare_document_position(&el) & 2 != 0;
        if forward && !before {
            return Some(el);
        }
        if !forward && before {
            found = Some(el);
        }
    }
    found
}

/// Whether an arrow key along a text field's line should move its caret
/// rather than leave the field.
fn caret_moves(el: &HtmlElement, left: bool) -> bool {
    let Some(input) = el.dyn_ref::<HtmlInputElement>() else {
        return false;
    };
    let len = input.value().encode_utf16().count() as u32;
    let (start, end) = (
        input.selection_start().ok().flatten().unwrap_or(0),
        input.selection_end().ok().flatten().unwrap_or(len),
    );
    // The whole text selected (as it is on arriving by arrow key) or
    // nothing typed: the arrow moves on, as in a spreadsheet.
    if start == 0 && end == len {
        return false;
    }
    if start != end {
        return true;
    }
    if left { start > 0 } else { end < len }
}

/// Moves the focus to `el`, selecting a text field's text.
fn go(el: &HtmlElement) {
    let _ = el.focus();
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.select();
    }
}

/// See the module docs: one Tab stop for `table`, arrow keys inside.
#[hook]
pub fn use_grid(table: NodeRef) {
    use_effect_with((), move |_| {
        let listener = table.cast::<Element>().map(|el| {
            let grid_el = el.clone();
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&el, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.alt_key() || e.ctrl_key() || e.meta_key() {
                    return;
                }
                let Some(target) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
                    return;
                };
                let key = e.key();
                // WebKitGTK names Shift+Tab (GTK's ISO_Left_Tab) "Unidentified";
                // its code is Tab in every engine.
                if key == "Tab" || e.code() == "Tab" {
                    if let Some(next) = outside(&grid_el, !e.shift_key()) {
                        e.prevent_default();
                        let _ = next.focus();
                    }
                    return;
                }
                let grid = controls(&grid_el);
                let Some((r, c)) = grid
                    .iter()
                    .enumerate()
                    .find_map(|(r, line)| line.iter().position(|x| *x == target).map(|c| (r, c)))
                else {
                    return;
                };
                let is_select = target.dyn_ref::<HtmlSelectElement>().is_some();
                let next = match key.as_str() {
                    "ArrowUp" | "ArrowDown" if !is_select => {
                        let r = if key == "ArrowUp" {
                            r.checked_sub(1)
                        } else {
                            Some(r + 1).filter(|r| *r < grid.len())
                        };
                        r.and_then(|r| grid[r].get(c.min(grid[r].len() - 1)))
                    }
                    "ArrowLeft" if !caret_moves(&target, true) => match c.checked_sub(1) {
                        Some(c) => grid[r].get(c),
                        None => r.checked_sub(1).and_then(|r| grid[r].last()),
                    },
                    "ArrowRight" if !caret_moves(&target, false) => grid[r]
                        .get(c + 1)
                        .or_else(|| grid.get(r + 1).and_then(|l| l.first())),
                    _ => None,
                };
                if let Some(next) = next {
                    e.prevent_default();
                    go(next);
                }
            })
        });
        move || drop(listener)
    });
}
