//! The page: three charts with their controls, explanations and sources.

use super::download::DownloadLink;
use super::panel::ChartPanel;
use super::slider::Slider;
use crate::charts::{ChartSpec, Theme};
use crate::data::{Dataset, Reading};
use crate::views::tips;
use crate::views::{self, Assumptions, DOUYIN_MULTIPLIER, GROWTH_2020, GROWTH_LATER};
use crate::{checks, derived, export, format};
use plotters::style::RGBColor;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The whole app. Renders an explanation instead of charts if the embedded
/// dataset cannot be read (a build problem the tests guard against).
#[function_component(App)]
pub fn app() -> Html {
    match Dataset::embedded() {
        Ok(ds) => html! { <Explorer dataset={ds} /> },
        Err(e) => html! {
            <main class="page">
                <p class="chart-error" role="alert">{ format!("The article's figures could not be read: {e}") }</p>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    dataset: &'static Dataset,
}

/// Builds a callback that changes one assumption, checks the result against
/// the bounds and records what had to be corrected.
fn updater(
    state: &UseStateHandle<Assumptions>,
    notes: &UseStateHandle<Vec<String>>,
    defaults: Assumptions,
    apply: fn(&mut Assumptions, f64),
) -> Callback<f64> {
    let state = state.clone();
    let notes = notes.clone();
    Callback::from(move |v: f64| {
        let mut next = *state;
        apply(&mut next, v);
        let (checked, new_notes) = next.checked(&defaults);
        if !new_notes.is_empty() {
            let mut all = (*notes).clone();
            all.extend(new_notes);
            all.dedup();
            notes.set(all);
        }
        state.set(checked);
    })
}

#[function_component(Explorer)]
fn explorer(p: &ExplorerProps) -> Html {
    let ds = p.dataset;
    let defaults = Assumptions::article(ds);
    let state = use_state(|| defaults);
    let notes = use_state(Vec::<String>::new);
    let a = *state;
    let views = use_memo(a, |a| views::build(ds, a).map(Rc::new));
    let views = match &*views {
        Ok(v) => v.clone(),
        Err(e) => {
            return html! {
                <main class="page"><p class="chart-error" role="alert">{ e.to_string() }</p></main>
            };
        }
    };

    let on_2020 = updater(&state, &notes, defaults, |a, v| a.growth_2020 = v);
    let on_later = updater(&state, &notes, defaults, |a, v| a.growth_later = v);
    let on_douyin = updater(&state, &notes, defaults, |a, v| a.douyin_multiplier = v);
    let on_log = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = *state;
                next.log_industry = input.checked();
                state.set(next);
            }
        })
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(defaults))
    };
    let dismiss = {
        let notes = notes.clone();
        Callback::from(move |_: MouseEvent| notes.set(Vec::new()))
    };

    let on_reading = {
        let state = state.clone();
        Callback::from(move |corrected: bool| {
            let mut next = *state;
            next.reading = if corrected {
                Reading::Corrected
            } else {
                Reading::AsPrinted
            };
            state.set(next);
        })
    };

    let violations = checks::check(ds, a.reading);
    let warnings = |ids: &[String]| -> Vec<String> {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        checks::affecting(&violations, &ids)
            .into_iter()
            .map(|v| v.message.clone())
            .collect()
    };
    let gmv_warnings = warnings(&views.gmv.sources);
    let derived = derived::derived(ds, a.reading);
    let (last_year, last_value) = views.industry_last;
    let legend = industry_legend(&views.industry.spec);
    html! {
        <>
        <header class="masthead">
            <h1>{ "Live Commerce Explorer" }</h1>
            <p class="lede">
                { "In 2020 Douyin (TikTok's Chinese twin) set out to take on Taobao Live and Kuaishou in live-stream shopping. \
                   A market article of the time gave the numbers. Here they are as charts, with their sources, \
                   and with the growth assumptions in your hands." }
            </p>
        </header>
        <main class="page">
            if !notes.is_empty() {
                <aside class="notice" role="status" id="notices">
                    <p>{ "Some values were out of range and were adjusted:" }</p>
                    <ul>{ for notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                    <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
                </aside>
            }

            <ReadingSwitch reading={a.reading} dataset={ds} onchange={on_reading} />

            <section class="card" id="gmv" aria-labelledby="gmv-title">
                <h2 id="gmv-title">{ "Who sold what in 2019" }</h2>
                <p class="sub">{ format!("Gross merchandise value (GMV) in 2019, billion yuan, {}.",
                    if a.reading == Reading::Corrected { "with the article's contradictions corrected" } else { "as printed in the article" }) }</p>
                <ChartPanel id="gmv" panel={Rc::new(views.gmv.clone())} dataset={ds} reading={a.reading}
                    aspect={0.55} warnings={gmv_warnings}
                    label={format!("Bar chart of 2019 GMV. {}", views.gmv.table.rows.iter().map(|r| format!("{}: {}–{} billion yuan", r[0], r[2], r[3])).collect::<Vec<_>>().join("; "))} />
            </section>

            <section class="card" id="industry" aria-labelledby="industry-title">
                <h2 id="industry-title">{ "When does live commerce reach a trillion yuan?" }</h2>
                <p class="sub">{ "China's live-stream e-commerce, billion yuan: the article's 2019 size, grown by your assumptions, and what later reports say." }</p>
                <div class="controls">
                    <Slider id="growth-2020" label="Growth in 2020" bounds={GROWTH_2020} value={a.growth_2020}
                        shown={format!("{} ({})", format::multiplier(a.growth_2020), format::percent_change(a.growth_2020))}
                        help="The article: “expected to double in 2020” (×2)." oninput={on_2020} />
                    <Slider id="growth-later" label="Growth each year after 2020" bounds={GROWTH_LATER} value={a.growth_later}
                        shown={format!("{} ({} a year)", format::multiplier(a.growth_later), format::percent_change(a.growth_later))}
                        help="The article gives no rate after 2020; ×1.3 is a neutral starting point." oninput={on_later} />
                    <div class="control control-inline">
                        <input type="checkbox" id="industry-log" checked={a.log_industry} onchange={on_log} />
                        <label for="industry-log">{ "Logarithmic scale" }</label>
                        <button type="button" class="link-button" id="reset" onclick={on_reset}>{ "Reset to the article's assumptions" }</button>
                    </div>
                </div>
                <p class="key" id="crossing-year" aria-live="polite">{ views.crossing_sentence.clone() }</p>
                <p class="key-sub" id="industry-last">{ format!("By {last_year}: {} yuan.", format::bn_cny(last_value)) }</p>
                <ChartPanel id="industry" panel={Rc::new(views.industry.clone())} dataset={ds} reading={a.reading}
                    label={format!("Line chart of the projected industry size, 2019 to {last_year}, with later reports as markers. {}", views.crossing_sentence)}>
                    { legend }
                </ChartPanel>
            </section>

            <section class="card" id="douyin" aria-labelledby="douyin-title">
                <h2 id="douyin-title">{ "How fast can Douyin's live commerce grow?" }</h2>
                <p class="sub">{ "Douyin live-stream GMV, billion yuan: 10 billion in 2019 and the article's two forecasts for 2020, against your own." }</p>
                <div class="controls">
                    <Slider id="douyin-multiplier" label="Your multiplier for 2020" bounds={DOUYIN_MULTIPLIER} value={a.douyin_multiplier}
                        shown={format::multiplier(a.douyin_multiplier)}
                        help="“Five to six times or ten to twelve times compared to last year”, say the article's professionals." oninput={on_douyin} />
                </div>
                <p class="key" id="douyin-result" aria-live="polite">{ views.douyin_sentence.clone() }</p>
                <ChartPanel id="douyin" panel={Rc::new(views.douyin.clone())} dataset={ds} reading={a.reading}
                    label={format!("Chart of Douyin live GMV from 10 billion yuan in 2019: the 5 to 6 times forecast gives 50 to 60 billion in 2020, the 10 to 12 times forecast 100 to 120 billion. {}", views.douyin_sentence)} />
            </section>

            <section class="card" id="platforms" aria-labelledby="platforms-title">
                <h2 id="platforms-title">{ "What happened next to the three platforms" }</h2>
                <p class="sub">{ "GMV by year, billion yuan: the article's 2019 figures and later reports, one marker series per platform and publisher." }</p>
                <ChartPanel id="platforms" panel={Rc::new(views.platforms.clone())} dataset={ds} reading={a.reading} aspect={0.55}
                    label={format!("Marker chart of platforms' GMV by year. {}", views.platforms.table.rows.iter().map(|r| format!("{} {}: {}–{} billion yuan ({})", r[0], r[1], r[2], r[3], r[4])).collect::<Vec<_>>().join("; "))}>
                    { series_legend(&views.platforms.spec) }
                </ChartPanel>
            </section>

            if let Some(outcomes) = &views.outcomes {
                <section class="card" id="outcomes" aria-labelledby="outcomes-title">
                    <h2 id="outcomes-title">{ "Forecasts against what happened" }</h2>
                    <p class="sub">{ "Each of the article's forecasts, set against what later reports say: reported ÷ forecast, so ×1 means the forecast came true." }</p>
                    <ChartPanel id="outcomes" panel={Rc::new(outcomes.clone())} dataset={ds} reading={a.reading} aspect={0.5}
                        label={format!("Dot chart of reported against forecast values. {}", outcomes.table.rows.iter().map(|r| format!("{}: {} {}, ratio {}", r[0], r[1], r[2], r[6])).collect::<Vec<_>>().join("; "))} />
                </section>
            }

            <section class="card" id="derived" aria-labelledby="derived-title">
                <h2 id="derived-title">{ "What the numbers imply" }</h2>
                <p class="sub">{ "Figures computed from the article's numbers (and, where said, later reports), each with how it was computed." }</p>
                <dl class="derived-list">
                    { for derived.iter().map(|d| html! {
                        <div class="derived" id={format!("derived-{}", d.id)}>
                            <dt>{ d.label.clone() }</dt>
                            <dd>
                                <span class="derived-value">{ d.display.clone() }</span>
                                <span class="derived-formula">{ d.formula.clone() }</span>
                            </dd>
                        </div>
                    }) }
                </dl>
            </section>
        </main>
        <footer class="colophon">
            <p>{ format!("Source: “{}”, {}. Later figures: public reports, each cited in the Sources views.", ds.source.title, ds.source.publisher) }</p>
            <p class="downloads">
                { "Download all the data: " }
                <DownloadLink id="download-csv" text={Rc::new(export::dataset_csv(ds))} mime="text/csv"
                    file_name="live-commerce-data.csv" label="CSV" />
                { " · " }
                <DownloadLink id="download-json" text={Rc::new(export::dataset_json(ds))} mime="application/json"
                    file_name="live-commerce-data.json" label="JSON" />
                { " · " }
                <a href="data/article.json" download="article.json">{ "the article's figures as shipped (JSON)" }</a>
            </p>
        </footer>
        </>
    }
}

/// The industry chart's legend, in HTML so it is text a screen reader reads
/// and that wraps on narrow screens. Shapes repeat the canvas markers.
fn industry_legend(spec: &ChartSpec) -> Html {
    let ChartSpec::Industry(c) = spec else {
        return Html::default();
    };
    let theme = Theme::light(1.0);
    let items = c.overlays.iter().map(|o| {
        let RGBColor(r, g, b) = theme.overlay(o.colour);
        html! {
            <li>
                <span class="glyph" aria-hidden="true" style={format!("color: rgb({r},{g},{b})")}>{ o.shape.glyph(true) }</span>
                { o.publisher.clone() }
            </li>
        }
    });
    html! {
        <div class="legend">
            <ul class="legend-series">
                <li><span class="glyph line" aria-hidden="true">{ "—●—" }</span>{ "Projection from your assumptions (filled dot: the article's 2019 figure)" }</li>
                { for items }
            </ul>
            <p class="legend-key">{ LEGEND_KEY }</p>
        </div>
    }
}

/// The platform chart's legend: one entry per platform and publisher.
fn series_legend(spec: &ChartSpec) -> Html {
    let ChartSpec::Timeline(c) = spec else {
        return Html::default();
    };
    let theme = Theme::light(1.0);
    let items = c.series.iter().map(|o| {
        let RGBColor(r, g, b) = theme.overlay(o.colour);
        html! {
            <li>
                <span class="glyph" aria-hidden="true" style={format!("color: rgb({r},{g},{b})")}>{ o.shape.glyph(true) }</span>
                { o.publisher.clone() }
            </li>
        }
    });
    html! {
        <div class="legend">
            <ul class="legend-series">{ for items }</ul>
            <p class="legend-key">{ LEGEND_KEY }</p>
        </div>
    }
}

/// How marker fills read, shared by every legend.
const LEGEND_KEY: &str = "Filled marker: confirmed by two or more sources. Hollow: a single source. Hollow with “?”: disputed. A vertical bar: a range. Hover or tap a marker for its source.";

/// Props of [`ReadingSwitch`].
#[derive(Properties, PartialEq)]
struct ReadingSwitchProps {
    reading: Reading,
    dataset: &'static Dataset,
    onchange: Callback<bool>,
}

/// The article's two contradictions and the switch between reading its
/// figures as printed or corrected; it changes every chart and table.
#[function_component(ReadingSwitch)]
fn reading_switch(p: &ReadingSwitchProps) -> Html {
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
