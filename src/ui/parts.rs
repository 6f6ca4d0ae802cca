//! Small pieces of the page: chart legends and the as printed / corrected
//! switch.

use crate::charts::{ChartSpec, Overlay, Theme};
use crate::data::{Dataset, Reading};
use crate::views::tips;
use plotters::style::RGBColor;
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

/// One legend entry per marker series: its shape in its colour, its name.
fn legend_items(series: &[Overlay]) -> Html {
    let theme = Theme::light(1.0);
    series
        .iter()
        .map(|o| {
            let class = classes!("glyph", overlay_class(&theme, o.colour));
            html! {
                <li>
                    <span {class} aria-hidden="true">{ o.shape.glyph(true) }</span>
                    { o.publisher.clone() }
                </li>
            }
        })
        .collect()
}

/// The industry chart's legend, in HTML so it is text a screen reader reads
/// and that wraps on narrow screens. Shapes repeat the canvas markers.
pub fn industry_legend(spec: &ChartSpec) -> Html {
    let ChartSpec::Industry(c) = spec else {
        return Html::default();
    };
    let items = legend_items(&c.overlays);
    html! {
        <div class="legend">
            <ul class="legend-series">
                <li><span class="glyph line" aria-hidden="true">{ "—●—" }</span>{ "Projection from your assumptions (filled dot: the article's 2019 figure)" }</li>
                { items }
            </ul>
            <p class="legend-key">{ LEGEND_KEY }</p>
        </div>
    }
}

/// The platform chart's legend: one entry per platform and publisher.
pub fn series_legend(spec: &ChartSpec) -> Html {
    let ChartSpec::Timeline(c) = spec else {
        return Html::default();
    };
    let items = legend_items(&c.series);
    html! {
        <div class="legend">
            <ul class="legend-series">{ items }</ul>
            <p class="legend-key">{ LEGEND_KEY }</p>
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

/// The article's two contradictions and the switch between reading its
/// figures as printed or corrected; it changes every chart and table.
#[function_component(ReadingSwitch)]
pub fn reading_switch(p: &ReadingSwitchProps) -> Html {
    let corrections = p
        .dataset
        .figures
        .iter()
        .filter_map(|f| f.correction.as_ref().map(|c| (f, c)))
        .map(|(f, c)| {
            html! {
                <li>
                    <strong>{ format!("{}, {} ({}): ", f.entity, f.metric, f.period) }</strong>
                    { format!("printed {}; corrected {}. ", tips::value_text(f.low, f.high, f.unit), tips::value_text(c.low, c.high, f.unit)) }
                    { c.explanation.clone() }
                </li>
            }
        });
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
            <h2 id="reading-title">{ "Where the article contradicts itself" }</h2>
            <ul>{ for corrections }</ul>
            <fieldset class="switch">
                <legend>{ "Show the article's figures" }</legend>
                <label>
                    <input type="radio" name="reading" id="reading-printed" checked={p.reading == Reading::AsPrinted} onchange={on_printed} />
                    { "as printed" }
                </label>
                <label>
                    <input type="radio" name="reading" id="reading-corrected" checked={p.reading == Reading::Corrected} onchange={on_corrected} />
                    { "corrected" }
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
