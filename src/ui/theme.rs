//! Dark mode and reduced motion.
//!
//! The page is dark when the reader chose Dark, or chose nothing (Auto) and
//! the system prefers dark (`prefers-color-scheme`, followed live). The
//! choice is remembered in localStorage under [`THEME_KEY`]; blocked or
//! broken storage only means it is not remembered. The resolved theme is
//! written to `<html data-theme="dark|light">` (an attribute, not a `style`:
//! the CSP refuses those), which `static/style.css` reads; before the app
//! runs, the stylesheet follows `prefers-color-scheme` by itself.

use super::prefs::use_prefs;
use super::storage::BrowserStore;
use crate::saved::KeyValue;
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Where the reader's choice is kept (absent: Auto).
pub const THEME_KEY: &str = "lce.theme";

/// What the reader chose with the toggle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Follow the system (`prefers-color-scheme`).
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<ThemeChoice> {
        ThemeChoice::ALL.into_iter().find(|c| c.slug() == s.trim())
    }

    /// Dark or not, given whether the system prefers dark.
    pub fn is_dark(self, system_dark: bool) -> bool {
        match self {
            ThemeChoice::Auto => system_dark,
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
        }
    }

    fn label(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "Auto",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
        }
    }
}

/// `window.matchMedia(query)`, reached through `Reflect` so the app needs
/// no extra web-sys feature; `None` where there is no such function.
fn media(query: &str) -> Option<JsValue> {
    let window = crate::ui::window()?;
    let f = js_sys::Reflect::get(&window, &JsValue::from_str("matchMedia"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let list = f.call1(&window, &JsValue::from_str(query)).ok()?;
    list.is_object().then_some(list)
}

fn matches(list: &JsValue) -> bool {
    js_sys::Reflect::get(list, &JsValue::from_str("matches"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether a media query matches, followed as it changes (the system's
/// theme switching at dusk, the reader changing a setting).
#[hook]
pub fn use_media(query: &'static str) -> bool {
    let state = use_state(|| media(query).is_some_and(|l| matches(&l)));
    {
        let state = state.clone();
        use_effect_with(query, move |q| {
            let listener = media(q).and_then(|list| {
                // Old Safari's MediaQueryList is no EventTarget: no live updates there.
                let target = list.clone().dyn_into::<web_sys::EventTarget>().ok()?;
                // The state may have been read before the effect ran.
                state.set(matches(&list));
                Some(EventListener::new(&target, "change", move |_| {
                    state.set(matches(&list))
                }))
            });
            move || drop(listener)
        });
    }
    *state
}

/// The reader asked for less motion (`prefers-reduced-motion: reduce`).
#[hook]
pub fn use_reduced_motion() -> bool {
    use_media("(prefers-reduced-motion: reduce)")
}

/// The page is being printed: `beforeprint` to `afterprint`, or print media
/// (DevTools' emulation). Printing is always light, charts included (their
/// canvases are drawn for the theme, and paper is white).
#[hook]
pub fn use_printing() -> bool {
    let print_media = use_media("print");
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let listeners = crate::ui::window().map(|w| {
                let before = {
                    let printing = printing.clone();
                    EventListener::new(&w, "beforeprint", move |_| printing.set(true))
                };
                let after = EventListener::new(&w, "afterprint", move |_| printing.set(false));
                (before, after)
            });
            move || drop(listeners)
        });
    }
    print_media || *printing
}

/// The theme in effect and the toggle's callback.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeState {
    pub choice: ThemeChoice,
    /// The system prefers dark.
    pub system_dark: bool,
    /// The page is dark (the choice resolved against the system; never
    /// while printing).
    pub dark: bool,
    /// Sets, remembers and applies a choice.
    pub choose: Callback<ThemeChoice>,
}

fn stored_choice() -> ThemeChoice {
    BrowserStore::open()
        .get(THEME_KEY)
        .ok()
        .flatten()
        .and_then(|s| ThemeChoice::parse(&s))
        .unwrap_or_default()
}

/// Writes the theme to `<html data-theme>` for the stylesheet.
fn apply(dark: bool) {
    if let Some(root) = crate::ui::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}

/// See the module docs.
#[hook]
pub fn use_theme() -> ThemeState {
    let system_dark = use_media("(prefers-color-scheme: dark)");
    let printing = use_printing();
    let choice = use_state(stored_choice);
    let dark = choice.is_dark(system_dark) && !printing;
    use_effect_with(dark, |dark| apply(*dark));
    // Another tab's choice applies here too.
    {
        let choice = choice.clone();
        use_effect_with((), move |_| {
            let listener = crate::ui::window()
                .map(|w| EventListener::new(&w, "storage", move |_| choice.set(stored_choice())));
            move || drop(listener)
        });
    }
    let choose = {
        let choice = choice.clone();
        Callback::from(move |c: ThemeChoice| {
            let store = BrowserStore::open();
            // Not remembered if storage is blocked or full; still applied.
            let _ = match c {
                ThemeChoice::Auto => store.remove(THEME_KEY),
                _ => store.set(THEME_KEY, c.slug()),
            };
            choice.set(c);
        })
    };
    ThemeState {
        choice: *choice,
        system_dark,
        dark,
        choose,
    }
}

/// Props of [`ThemeToggle`].
#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    pub theme: ThemeState,
}

/// Auto / Light / Dark as three toggle buttons (`aria-pressed`): each
/// reachable with Tab and pressed with Enter or Space.
#[function_component(ThemeToggle)]
pub fn theme_toggle(p: &ThemeToggleProps) -> Html {
    let prefs = use_prefs();
    let tr = |s: &'static str| prefs.locale.tr(s);
    let buttons = ThemeChoice::ALL.into_iter().map(|c| {
        let pressed = p.theme.choice == c;
        html! {
            <button type="button" class="theme-choice" id={format!("theme-{}", c.slug())}
                aria-pressed={pressed.to_string()}
                onclick={p.theme.choose.reform(move |_: MouseEvent| c)}>
                { tr(c.label()) }
            </button>
        }
    });
    html! {
        <div class="theme-toggle" role="group" aria-labelledby="theme-label">
            <span id="theme-label">{ tr("Colours:") }</span>
            { for buttons }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_choice_round_trips_and_resolves() {
        for c in ThemeChoice::ALL {
            assert_eq!(ThemeChoice::parse(c.slug()), Some(c));
        }
        assert_eq!(ThemeChoice::parse("purple"), None);
        assert!(ThemeChoice::Auto.is_dark(true));
        assert!(!ThemeChoice::Auto.is_dark(false));
        assert!(ThemeChoice::Dark.is_dark(false));
        assert!(!ThemeChoice::Light.is_dark(true));
    }
}
