//! Small pieces of the page: chart legends and the as printed / corrected
//! switch.

use crate::charts::{ChartSpec, Overlay, Theme};
use crate::data::{Dataset, Reading};
use crate::views::tips;
use plotters::style::RGBColor;
use yew::prelude::*;

/// One legend entry per marker series: its shape in its colour, its name.
fn legend_items(series: &[Overlay]) -> Html {
    let theme = Theme::light(1.0);
    series
        .iter()
        .map(|o| {
            let RGBColor(r, g, b) = theme.overlay(o.colour);
            html! {
                <li>
                    <span class="glyph" aria-hidden="true" style={format!("color: rgb({r},{g},{b})")}>{ o.shape.glyph(true) }</span>
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
