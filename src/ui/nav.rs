//! The sticky section navigation: one link per part of the page, the part
//! being read marked (`aria-current`), plain links so the keyboard and the
//! browser's own fragment navigation work, and the fragment kept in the
//! address and the share link (`use_fragment`).

use super::near::Observer;
use super::prefs::use_prefs;
use crate::panels::PanelId;
use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

/// The parts of the page, in page order: the element id and the link text.
fn sections() -> [(&'static str, &'static str); 8] {
    [
        (PanelId::Industry.slug(), "Industry"),
        ("story", "Story"),
        (PanelId::Gmv.slug(), "2019"),
        (PanelId::Douyin.slug(), "Douyin"),
        (PanelId::ThirdPole.slug(), "Third pole"),
        ("lab", "Scenario"),
        (PanelId::Platforms.slug(), "What happened"),
        ("derived", "Data"),
    ]
}

/// The band of the viewport whose section is "being read": a line a third
/// of the way down the screen.
const READING_LINE: &str = "-33% 0px -66% 0px";

/// The sections now in the page.
fn targets() -> Vec<Element> {
    let Some(doc) = crate::ui::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    sections()
        .iter()
        .filter_map(|(id, _)| doc.get_element_by_id(id))
        .collect()
}

/// Watches the sections and sets `current` to the one on the reading line.
fn watch(current: UseStateHandle<Option<String>>) -> Option<Observer> {
    Observer::new(READING_LINE, &targets(), move |entries| {
        let on_line = entries
            .iter()
            .filter(|e| e.is_intersecting())
            .map(|e| e.target().id())
            .next_back();
        if let Some(id) = on_line {
            current.set(Some(id));
        }
    })
}

/// The page's fragment ("#industry"), following the reader's navigation
/// (a section link, Back, Forward).
#[hook]
pub fn use_fragment() -> String {
    let read = || {
        crate::ui::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    };
    let hash = use_state_eq(read);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = crate::ui::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| hash.set(read())));
            move || drop(listener)
        });
    }
    (*hash).clone()
}

/// Scrolls to the section the address's fragment names, if it is in the page.
fn scroll_to_fragment() {
    let Some(w) = crate::ui::window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    if let (Some(doc), Some(id)) = (w.document(), hash.strip_prefix('#'))
        && let Some(el) = doc.get_element_by_id(id)
    {
        el.scroll_into_view();
    }
}

/// Scrolls to the fragment's section now (the browser tried before the app
/// rendered it), and again each time a section renders (`defer`), until
/// the reader scrolls, clicks, touches or types: a section rendered above
/// it changes its height, and WebKit, unlike Chromium and Firefox, does not
/// anchor the scroll position to what is in view. The listeners returned
/// do it while kept.
fn keep_fragment_in_view() -> Vec<EventListener> {
    scroll_to_fragment();
    let Some(w) = crate::ui::window() else {
        return Vec::new();
    };
    let reader_moved = std::rc::Rc::new(std::cell::Cell::new(false));
    let mut listeners: Vec<EventListener> = ["wheel", "touchstart", "pointerdown", "keydown"]
        .into_iter()
        .map(|event| {
            let moved = reader_moved.clone();
            EventListener::new(&w, event, move |_| moved.set(true))
        })
        .collect();
    listeners.push(EventListener::new(
        &w,
        super::defer::SECTION_RENDERED,
        move |_| {
            if !reader_moved.get() {
                scroll_to_fragment();
            }
        },
    ));
    listeners
}

/// See the module docs. Opening the page at a fragment scrolls to that
/// section, and keeps it in view while the sections render
/// (`keep_fragment_in_view`).
#[function_component(SectionNav)]
pub fn section_nav() -> Html {
    let l = use_prefs().locale;
    let current = use_state_eq(|| None::<String>);
    {
        let current = current.clone();
        use_effect_with((), move |_| {
            let observer = std::rc::Rc::new(watch(current));
            // A section rendered after the page (`defer`) replaces its
            // placeholder: watch the new element too. The same observer,
            // not a new one: Firefox still calls an observer disconnected
            // while its entries wait, and its callback would be gone.
            let again = observer.clone();
            let listener = crate::ui::window().map(|w| {
                EventListener::new(&w, super::defer::SECTION_RENDERED, move |_| {
                    if let Some(o) = again.as_ref() {
                        targets().iter().for_each(|t| o.observe(t));
                    }
                })
            });
            move || {
                drop(listener);
                drop(observer);
            }
        });
    }
    use_effect_with((), |_| {
        let listeners = keep_fragment_in_view();
        move || drop(listeners)
    });
    let links = sections().into_iter().map(|(id, name)| {
        let here = current.as_deref() == Some(id);
        html! {
            <li>
                <a href={format!("#{id}")} id={format!("nav-{id}")}
                    aria-current={here.then_some("location")}>{ l.tr(name) }</a>
            </li>
        }
    });
    html! {
        <nav class="section-nav" id="section-nav" aria-label={l.tr("Sections")}>
            <ol>{ for links }</ol>
        </nav>
    }
}
