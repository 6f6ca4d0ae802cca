//! The reader's display preferences, given to every component as a Yew
//! context: language and currency (from the address bar or the browser),
//! dark mode (from `prefers-color-scheme` or the reader's toggle) and
//! reduced motion.

use crate::locale::Locale;
use yew::prelude::*;

/// How the page is shown; the provider sits at the top of the app.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prefs {
    pub locale: Locale,
    /// Dark colours, for the page and the charts.
    pub dark: bool,
    /// The reader asked for less motion (`prefers-reduced-motion`).
    pub reduced_motion: bool,
}

/// The preferences in effect (defaults outside a provider, as in tests).
#[hook]
pub fn use_prefs() -> Prefs {
    use_context::<Prefs>().unwrap_or_default()
}
