//! The controls some panels carry between their subtitle and their chart:
//! the industry's growth sliders and the Douyin multiplier, each with the
//! sentence that reads its result. Each selects only what it shows.

use super::lab::McStatus;
use super::prefs::use_prefs;
use super::slider::Slider;
use super::store::{State, use_dispatch};
use crate::format;
use crate::locale::Locale;
use crate::scenario::SeriesId;
use crate::session::{Action, Edit};
use crate::views::{Assumptions, Bounds, DOUYIN_MULTIPLIER, GROWTH_2020, GROWTH_LATER};
use yew::prelude::*;

/// "×2 (+100%)" for a point, "×1.36 (×1.15–1.6)" for a range's median.
fn shown(l: &Locale, a: &Assumptions, id: SeriesId, phase: usize, per_year: bool) -> String {
    let Some(g) = a.growth(id, phase) else {
        return String::new();
    };
    let each = if per_year { l.tr(" a year") } else { "" };
    if g.is_point() {
        format!(
            "{} ({}{each})",
            format::multiplier(g.low),
            format::percent_change(g.low)
        )
    } else {
        l.trf(
            "{} median ({}–{}{})",
            &[
                &format::multiplier(g.median()),
                &format::multiplier(g.low),
                &format::sig(g.high, 3),
                &each,
            ],
        )
    }
}

/// The callbacks of one slider: its moves (one undo step until release)
/// and its release. Made once for the page's life.
#[hook]
fn use_slider(
    key: &'static str,
    id: SeriesId,
    phase: usize,
    bounds: Bounds,
    result: &'static str,
) -> (Callback<f64>, Callback<()>) {
    let act = use_dispatch();
    let on_input = use_memo(act.clone(), move |act| {
        let act = act.clone();
        Callback::from(move |v: f64| {
            // The card's result, read out once the slider rests.
            super::announce::when_settled(result);
            act.emit(Action::Slide(
                key.to_string(),
                Edit::Median {
                    series: id,
                    phase,
                    value: v,
                    bounds,
                },
            ))
        })
    });
    let seal = use_memo(act, |act| act.reform(|_: ()| Action::Seal));
    ((*on_input).clone(), (*seal).clone())
}

/// The results the sliders' cards read out when they rest
/// ([`super::announce`]).
const CROSSING: &str = "crossing-year";
const DOUYIN_RESULT: &str = "douyin-result";

/// What the industry's controls show.
#[derive(Clone, Debug, PartialEq)]
struct IndustryData {
    medians: [f64; 3],
    shown: [String; 3],
    crossing: String,
    last: String,
}

fn industry_data(s: &State) -> IndustryData {
    let (a, l) = (s.session.assumptions(), &s.locale);
    let views = s.views();
    let (crossing, (last_year, last_value)) = match views.as_ref() {
        Ok(v) => (v.crossing_sentence.clone(), v.industry_last),
        Err(_) => (String::new(), (crate::model::LAST_YEAR, f64::NAN)),
    };
    let band = McStatus::from_state(&s.mc).band_note(
        l,
        SeriesId::Industry,
        last_year,
        s.result.as_deref(),
    );
    IndustryData {
        medians: [0, 1, 2].map(|p| a.median(SeriesId::Industry, p)),
        shown: [(0, false), (1, true), (2, true)]
            .map(|(p, each)| shown(l, a, SeriesId::Industry, p, each)),
        crossing,
        last: l.trf("By {}: {}{}.", &[&last_year, &l.money(last_value), &band]),
    }
}

/// The industry's three growth sliders, Reset, and the crossing sentence.
#[function_component(IndustryControls)]
pub fn industry_controls() -> Html {
    let d = super::store::use_select(industry_data);
    let l = use_prefs().locale;
    let act = use_dispatch();
    let (in0, seal) = use_slider("growth-2020", SeriesId::Industry, 0, GROWTH_2020, CROSSING);
    let (in1, _) = use_slider("growth-2021", SeriesId::Industry, 1, GROWTH_LATER, CROSSING);
    let (in2, _) = use_slider("growth-2023", SeriesId::Industry, 2, GROWTH_LATER, CROSSING);
    let on_reset = act.reform(|_: MouseEvent| Action::Reset);
    html! {
        <>
            <div class="controls">
                <Slider id="growth-2020" label={l.tr("Growth in 2020")} bounds={GROWTH_2020} value={d.medians[0]}
                    shown={d.shown[0].clone()}
                    help={l.tr("The article: “expected to double in 2020” (×2).")} oninput={in0} onchange={seal.clone()} />
                <Slider id="growth-2021" label={l.tr("Growth a year, 2021–2022")} bounds={GROWTH_LATER} value={d.medians[1]}
                    shown={d.shown[1].clone()}
                    help={l.tr("The article gives no rate after 2020; its preset reaches the “trillion level”.")} oninput={in1} onchange={seal.clone()} />
                <Slider id="growth-2023" label={l.tr("Growth a year, 2023–2030")} bounds={GROWTH_LATER} value={d.medians[2]}
                    shown={d.shown[2].clone()}
                    help={l.tr("A slider moves the median; a range keeps its width.")} oninput={in2} onchange={seal} />
                <div class="control control-inline">
                    <button type="button" class="link-button" id="reset" onclick={on_reset}>{ l.tr("Reset to the article's assumptions") }</button>
                </div>
            </div>
            <p class="key" id={CROSSING}>{ d.crossing.clone() }</p>
            <p class="key-sub" id="industry-last">{ d.last.clone() }</p>
        </>
    }
}

/// What the Douyin controls show.
#[derive(Clone, Debug, PartialEq)]
struct DouyinData {
    median: f64,
    sentence: String,
}

fn douyin_data(s: &State) -> DouyinData {
    DouyinData {
        median: s.session.assumptions().median(SeriesId::DouyinLive, 0),
        sentence: s
            .views()
            .as_ref()
            .as_ref()
            .map(|v| v.douyin_sentence.clone())
            .unwrap_or_default(),
    }
}

/// The reader's multiplier for Douyin's live commerce in 2020.
#[function_component(DouyinControls)]
pub fn douyin_controls() -> Html {
    let d = super::store::use_select(douyin_data);
    let l = use_prefs().locale;
    let (on_input, seal) = use_slider(
        "douyin-multiplier",
        SeriesId::DouyinLive,
        0,
        DOUYIN_MULTIPLIER,
        DOUYIN_RESULT,
    );
    html! {
        <>
            <div class="controls">
                <Slider id="douyin-multiplier" label={l.tr("Your multiplier for 2020")} bounds={DOUYIN_MULTIPLIER} value={d.median}
                    shown={format::multiplier(d.median)}
                    help={l.tr("“Five to six times or ten to twelve times compared to last year”, say the article's professionals.")} oninput={on_input} onchange={seal} />
            </div>
            <p class="key" id={DOUYIN_RESULT}>{ d.sentence.clone() }</p>
        </>
    }
}
