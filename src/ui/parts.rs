//! Small pieces of the page: chart legends and the as printed / corrected
//! switch.

use super::prefs::use_prefs;
use crate::charts::{SeriesKey, Theme};
use crate::data::{CorrectionKind, Dataset, Reading};
use crate::views::tips;
use plotters::style::RGBColor;
use std::collections::BTreeSet;
use yew::prelude::*;

/// How many overlay colours `static/style.css` has a class for:
/// `.legend .glyph.overlay-N` is [`Theme::overlay`]`(N)`, for N below this.
/// (The page's Content Security Policy refuses `style` attributes, so the
/// colours live in the stylesheet; a test keeps the two in step.)
const OVERLAY_CLASSES: usize = 5;

/// The class that gives a glyph overlay colour `colour`, if the stylesheet
/// has one (the theme's overlay colours repeat, so every index has one).
fn overlay_class(theme: &Theme, colour: usize) -> Option<String> {
    let rgb: RGBColor = theme.overlay(colour);
    (0..OVERLAY_CLASSES)
        .find(|i| theme.overlay(*i) == rgb)
        .map(|i| format!("overlay-{i}"))
}

/// Props of [`SeriesLegend`].
#[derive(Properties, PartialEq)]
pub struct SeriesLegendProps {
    /// The chart panel's id; entry `i` is `{id}-series-{i}`, with its slug
    /// in `data-series`.
    pub id: AttrValue,
    pub keys: std::rc::Rc<Vec<SeriesKey>>,
    /// Indices of the series not drawn.
    pub hidden: BTreeSet<usize>,
    /// Told an entry's slug and whether it is now to be shown.
    pub on_toggle: Callback<(String, bool)>,
}

/// A legend whose entries are toggle buttons (`aria-pressed`: shown): a
/// click, Enter or Space hides or shows the series on the chart. A hidden
/// entry is struck through with a faded glyph, not only greyed.
#[function_component(SeriesLegend)]
pub fn series_legend_buttons(p: &SeriesLegendProps) -> Html {
    let theme = Theme::light(1.0);
    let locale = use_prefs().locale;
    let items = p.keys.iter().enumerate().map(|(i, k)| {
        let shown = !p.hidden.contains(&i);
        let class = classes!(
            "glyph",
            match k.overlay {
                Some(c) => overlay_class(&theme, c),
                None => Some("line".to_string()),
            }
        );
        let slug = k.slug.clone();
        let onclick = p
            .on_toggle
            .reform(move |_: MouseEvent| (slug.clone(), !shown));
        html! {
            <li>
                <button type="button" class={classes!("legend-toggle", (!shown).then_some("off"))}
                    id={format!("{}-series-{i}", p.id)} data-series={k.slug.clone()}
                    aria-pressed={shown.to_string()} {onclick}>
                    <span {class} aria-hidden="true">{ k.glyph }</span>
                    <span class="legend-name">{ k.name.clone() }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="legend legend-toggles" role="group" aria-label={locale.tr("Show or hide a series")}>
            <ul class="legend-series">{ for items }</ul>
        </div>
    }
}

/// How marker fills read, in the page's language.
#[function_component(LegendKey)]
pub fn legend_key_text() -> Html {
    let locale = use_prefs().locale;
    html! {
        <div class="legend">
            <p class="legend-key">{ locale.tr(LEGEND_KEY) }</p>
        </div>
    }
}

/// How marker fills read, shared by every legend.
const LEGEND_KEY: &str = "Filled marker: confirmed by two or more sources. Hollow: a single source. Hollow with “?”: disputed. A vertical bar: a range. Hover or tap a marker for its source.";

/// Props of [`ReadingSwitch`].
#[derive(Properties, PartialEq)]
pub struct ReadingSwitchProps {
    pub reading: Reading,
    pub dataset: &'static Dataset,
    pub onchange: Callback<bool>,
}

/// The article's contradictions of itself, apart from where other sources
/// disagree with it (`views::tips::errata`), and the switch between reading
/// its figures as printed or corrected; it changes every chart and table.
#[function_component(ReadingSwitch)]
pub fn reading_switch(p: &ReadingSwitchProps) -> Html {
    let locale = use_prefs().locale;
    let list = |kind: CorrectionKind| {
        tips::errata(p.dataset, &locale, kind)
            .into_iter()
            .map(|e| {
                html! {
                    <li>
                        <strong>{ e.head }</strong>
                        { e.text }
                    </li>
                }
            })
            .collect::<Vec<Html>>()
    };
    let own = list(CorrectionKind::SelfContradiction);
    let others = list(CorrectionKind::OtherSource);
    let on_printed = {
        let cb = p.onchange.clone();
        Callback::from(move |_: Event| cb.emit(false))
    };
    let on_corrected = {
        let cb = p.onchange.clone();
        Callback::from(move |_: Event| cb.emit(true))
    };
    html! {
        <section class="card reading" id="reading" aria-labelledby="reading-title">
            <h2 id="reading-title">{ tips::errata_heading(&locale, CorrectionKind::SelfContradiction) }</h2>
            <ul>{ for own }</ul>
            if !others.is_empty() {
                <h3>{ tips::errata_heading(&locale, CorrectionKind::OtherSource) }</h3>
                <ul class="disagreements">{ for others }</ul>
            }
            <fieldset class="switch">
                <legend>{ locale.tr("Show the article's figures") }</legend>
                <label>
                    <input type="radio" name="reading" id="reading-printed" checked={p.reading == Reading::AsPrinted} onchange={on_printed} />
                    { locale.tr("as printed") }
                </label>
                <label>
                    <input type="radio" name="reading" id="reading-corrected" checked={p.reading == Reading::Corrected} onchange={on_corrected} />
                    { locale.tr("corrected") }
                </label>
            </fieldset>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The colour `static/style.css` gives `.legend .glyph.overlay-{i}`.
    fn css_colour(css: &str, i: usize) -> Option<RGBColor> {
        let rule = format!(".legend .glyph.overlay-{i} {{");
        let body = css.split(&rule).nth(1)?.split('}').next()?;
        let hex = body
            .split("color:")
            .nth(1)?
            .trim()
            .trim_end_matches(';')
            .trim();
        let hex = hex.strip_prefix('#').filter(|h| h.len() == 6)?;
        let byte = |k: usize| u8::from_str_radix(&hex[k..k + 2], 16).ok();
        Some(RGBColor(byte(0)?, byte(2)?, byte(4)?))
    }

    #[test]
    fn every_overlay_colour_has_its_class_in_the_stylesheet() {
        let css = include_str!("../../static/style.css");
        let theme = Theme::light(1.0);
        for i in 0..OVERLAY_CLASSES {
            assert_eq!(
                css_colour(css, i),
                Some(theme.overlay(i)),
                ".legend .glyph.overlay-{i} in static/style.css"
            );
        }
        // Every index (the charts cycle through them) maps to a class.
        for colour in 0..3 * OVERLAY_CLASSES {
            let class = overlay_class(&theme, colour).expect("a class");
            let i: usize = class["overlay-".len()..].parse().expect("a number");
            assert_eq!(theme.overlay(i), theme.overlay(colour));
        }
    }
}
