//! The page: three charts with their controls, explanations and sources.

use super::chart_canvas::ChartCanvas;
use super::slider::Slider;
use super::sources::Sources;
use crate::data::Dataset;
use crate::format;
use crate::views::{self, Assumptions, DOUYIN_MULTIPLIER, GROWTH_2020, GROWTH_LATER, ids};
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

    let (last_year, last_value) = views.industry_last;
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

            <section class="card" id="gmv" aria-labelledby="gmv-title">
                <h2 id="gmv-title">{ "Who sold what in 2019" }</h2>
                <p class="sub">{ "Gross merchandise value (GMV) in 2019, billion yuan, as printed in the article." }</p>
                <ChartCanvas id="chart-gmv" spec={Rc::new(views.gmv.clone())} aspect={0.55}
                    label="Bar chart of 2019 GMV: Kuaishou 400 to 500 billion yuan as printed, Douyin 180 billion, Douyin live stream 10 billion; the live-commerce industry total was 433.8 billion." />
                <p class="caveat">
                    { "Kuaishou's turnover is printed as 400–500 billion yuan, more than the article's own total for the whole \
                       live-commerce industry (433.8 billion). Read as 400–500 亿 (1 亿 = 100 million) it would be 40–50 billion, \
                       which matches other reporting. The chart shows the figure as printed." }
                </p>
                <Sources dataset={ds} ids={vec![ids::KUAISHOU_GMV, ids::DOUYIN_GMV, ids::DOUYIN_LIVE_GMV, ids::INDUSTRY_2019]} />
            </section>

            <section class="card" id="industry" aria-labelledby="industry-title">
                <h2 id="industry-title">{ "When does live commerce reach a trillion yuan?" }</h2>
                <p class="sub">{ "China's live-stream e-commerce, billion yuan: the article's 2019 size, grown by your assumptions." }</p>
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
                <ChartCanvas id="chart-industry" spec={Rc::new(views.industry.clone())}
                    label={format!("Line chart of the projected industry size, 2019 to {last_year}. {}", views.crossing_sentence)} />
                <Sources dataset={ds} ids={vec![ids::INDUSTRY_2019, ids::INDUSTRY_DOUBLING, ids::INDUSTRY_TRILLION]} />
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
                <ChartCanvas id="chart-douyin" spec={Rc::new(views.douyin.clone())}
                    label={format!("Chart of Douyin live GMV from 10 billion yuan in 2019: the 5 to 6 times forecast gives 50 to 60 billion in 2020, the 10 to 12 times forecast 100 to 120 billion. {}", views.douyin_sentence)} />
                <Sources dataset={ds} ids={vec![ids::DOUYIN_LIVE_GMV, ids::SCENARIO_LOW, ids::SCENARIO_HIGH]} />
            </section>
        </main>
        <footer class="colophon">
            <p>
                { format!("Source: “{}”, {}. ", ds.source.title, ds.source.publisher) }
                <a href="data/article.json" download="article.json">{ "Download the article's figures (JSON)" }</a>
            </p>
        </footer>
        </>
    }
}
