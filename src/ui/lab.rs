//! The scenario lab: presets, the assumption editor (every series, every
//! phase, points or ranges), the Monte Carlo settings and status, the
//! projection explorer, sensitivity, key numbers and goal seek.

use super::card::ChartCard;
use super::number_field::NumberField;
use super::prefs::use_prefs;
use super::store::{State, use_act, use_select, use_store};
use crate::data::Dataset;
use crate::format;
use crate::locale::Locale;
use crate::model::{BASE_YEAR, LAST_YEAR};
use crate::panels::PanelId;
use crate::scenario::{
    self, Dist, Growth, GrowthForm, McResult, Phase, Preset, SAMPLES_DEFAULT, SAMPLES_MAX,
    SeriesAssumption, SeriesId,
};
use crate::session::Action;
use crate::views::input::{FieldKind, parse_amount, parse_amount_in};
use crate::views::{Assumptions, KeyNumbers, basis};
use crate::worker::McState;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A change to the assumptions; returns a note when something was adjusted.
pub use crate::session::Edit;

/// What the Monte Carlo is doing, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum McStatus {
    Idle,
    Running {
        done: u32,
        total: u32,
    },
    Done {
        samples: u32,
        seed: u64,
        millis: f64,
    },
    Failed(String),
}

impl McStatus {
    /// One word for the state: idle, running, done or failed.
    pub fn slug(&self) -> &'static str {
        match self {
            McStatus::Idle => "idle",
            McStatus::Running { .. } => "running",
            McStatus::Done { .. } => "done",
            McStatus::Failed(_) => "failed",
        }
    }

    /// The status of a worker state.
    pub fn from_state(s: &McState) -> McStatus {
        match s {
            McState::Idle => McStatus::Idle,
            McState::Running { done, total, .. } => McStatus::Running {
                done: *done,
                total: *total,
            },
            McState::Done { result, millis } => McStatus::Done {
                samples: result.samples,
                seed: result.seed,
                millis: *millis,
            },
            McState::Failed(m) => McStatus::Failed(m.clone()),
        }
    }

    /// ", 90% of samples within 5.1–20.3 trn" for a series in a year.
    pub fn band_note(&self, l: &Locale, id: SeriesId, year: i32, r: Option<&McResult>) -> String {
        let Some(r) = r else {
            return String::new();
        };
        let Some(i) = r.years.iter().position(|y| *y == year) else {
            return String::new();
        };
        r.series
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.quantiles.get(i))
            .filter(|q| q[0] < q[4])
            .map(|q| {
                l.trf(
                    "; 90% of samples between {} and {}",
                    &[&l.money(q[0]), &l.money(q[4])],
                )
            })
            .unwrap_or_default()
    }
}

/// An amount as an input shows it: "4338", "62.8696".
fn plain(v: f64) -> String {
    format::sig(v, 6).replace(',', "")
}

fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value())
}

fn preset_name(p: Preset) -> &'static str {
    match p {
        Preset::ArticleLow => "Article, Douyin live ×5–6",
        Preset::ArticleHigh => "Article, Douyin live ×10–12",
        Preset::WhatHappened => "What happened next",
        Preset::Custom => "Your own",
    }
}

fn preset_slug(p: Preset) -> &'static str {
    match p {
        Preset::ArticleLow => "article-low",
        Preset::ArticleHigh => "article-high",
        Preset::WhatHappened => "what-happened",
        Preset::Custom => "custom",
    }
}

/// How a distribution is written in the menu.
fn dist_label(d: Dist) -> &'static str {
    match d {
        Dist::Lognormal => "lognormal",
        Dist::Uniform => "uniform",
        Dist::Triangular => "triangular",
    }
}

fn dist_name(d: Dist) -> &'static str {
    match d {
        Dist::Lognormal => "lognormal",
        Dist::Uniform => "uniform",
        Dist::Triangular => "triangular",
    }
}

/// What the lab's frame shows: not the scenario's numbers, which its rows
/// and the Monte Carlo settings select themselves, so a slider step does not
/// re-render the frame (its selects, headings and charts' cards).
#[derive(Clone, PartialEq)]
struct LabFrame {
    preset: Preset,
    has_custom: bool,
    heads: Vec<String>,
    focus: SeriesId,
    sensitivity: (SeriesId, i32),
}

fn lab_frame(s: &State) -> LabFrame {
    let a = s.session.assumptions();
    LabFrame {
        preset: a.preset,
        has_custom: a.custom.is_some(),
        heads: phase_heads(&s.locale, a),
        focus: a.page.focus,
        sensitivity: a.page.sensitivity,
    }
}

/// The editor's rows, one per series.
#[function_component(EditorRows)]
fn editor_rows() -> Html {
    // Each series with what its preset's growths rest on, per phase (the
    // article's figure, the app's assumption, or the later reports a range
    // was fitted from); none for the reader's own set.
    let rows = use_select(|s| {
        let a = s.session.assumptions();
        a.scenario
            .series
            .iter()
            .map(|x| {
                let cells = basis::cells(s.ds, a, x.id)
                    .map(|c| c.iter().map(|c| basis::short(&s.locale, c)).collect())
                    .unwrap_or_default();
                (x.clone(), cells)
            })
            .collect::<Vec<(SeriesAssumption, Vec<String>)>>()
    });
    let ds = use_store().read(|s| s.ds);
    let edit = use_act(Action::Edit);
    html! {
        <tbody>{ for rows.iter().map(|(s, b)| html! { <SeriesRow dataset={ds} series={s.clone()} basis={b.clone()} edit={edit.clone()} /> }) }</tbody>
    }
}

/// The Monte Carlo settings with what the worker is doing.
#[function_component(McSettingsCard)]
fn mc_settings_card() -> Html {
    let (samples, seed, status) = use_select(|s| {
        let sc = &s.session.assumptions().scenario;
        (sc.samples, sc.seed, McStatus::from_state(&s.mc))
    });
    let edit = use_act(Action::Edit);
    html! { <McSettings {samples} {seed} {status} {edit} /> }
}

/// Props of [`PresetPicker`].
#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    /// The preset the assumptions follow now.
    pub preset: Preset,
    /// The reader has assumptions of their own to go back to.
    pub has_custom: bool,
    pub edit: Callback<Edit>,
}

/// The presets as radio buttons; "Your own" is disabled until the reader
/// has changed something.
#[function_component(PresetPicker)]
pub fn preset_picker(p: &PresetPickerProps) -> Html {
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let presets = [
        Preset::ArticleLow,
        Preset::ArticleHigh,
        Preset::WhatHappened,
        Preset::Custom,
    ]
    .into_iter()
    .map(|preset| {
        let edit = p.edit.clone();
        let onchange = Callback::from(move |_: Event| edit.emit(Edit::Preset(preset)));
        let disabled = preset == Preset::Custom && p.preset != Preset::Custom && !p.has_custom;
        html! {
            <label class={classes!("preset", disabled.then_some("disabled"))}>
                <input type="radio" name="preset" id={format!("preset-{}", preset_slug(preset))}
                    checked={p.preset == preset} {disabled} {onchange} />
                { l.tr(preset_name(preset)) }
            </label>
        }
    });
    html! {
        <fieldset class="presets">
            <legend>{ l.tr("Start from") }</legend>
            { for presets }
        </fieldset>
    }
}

/// Props of [`SeriesRow`].
#[derive(Properties, PartialEq)]
pub struct SeriesRowProps {
    pub dataset: &'static Dataset,
    pub series: SeriesAssumption,
    /// Per phase, what the preset's growth rests on (`views::basis::short`);
    /// empty for the reader's own set.
    #[prop_or_default]
    pub basis: Vec<String>,
    pub edit: Callback<Edit>,
}

/// One series in the assumption editor: its base (with where it comes
/// from), its growth in each phase, and whether growth is typed as a
/// multiplier or a rate.
#[function_component(SeriesRow)]
pub fn series_row(p: &SeriesRowProps) -> Html {
    let (ds, s) = (p.dataset, &p.series);
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let id = s.id;
    let on_base = {
        let l = l.clone();
        let edit = p.edit.clone();
        Callback::from(move |text: String| {
            edit.emit(Edit::BaseText {
                series: id,
                text,
                locale: l.clone(),
            })
        })
    };
    let on_form = {
        let edit = p.edit.clone();
        Callback::from(move |e: Event| {
            let rate = select_value(&e).as_deref() == Some("rate");
            edit.emit(Edit::Form {
                series: id,
                form: if rate {
                    GrowthForm::Rate
                } else {
                    GrowthForm::Multiplier
                },
            })
        })
    };
    // A base the dataset corrects says so: the projection starts from the
    // corrected figure in either reading.
    let source = ds
        .figure(&s.base_source)
        .map(|f| {
            let from = format!("{} ({})", f.entity, f.period);
            match crate::views::tips::base_caveat(&l, ds, s) {
                Some(c) => format!("{from}: {c}"),
                None => from,
            }
        })
        .or_else(|| ds.later_figure(&s.base_source).map(|f| f.publisher.clone()))
        .unwrap_or_else(|| l.tr("your value").to_string());
    // Each cell names its column for the narrow layout, where the editor is
    // a card per series and the header row is not shown (style.css).
    let phases = s.phases.iter().enumerate().map(|(i, ph)| {
        html! {
            <td data-label={phase_head(&l, ph)}>
                <GrowthCell id={id} phase={i} growth={ph.growth} form={s.form} edit={p.edit.clone()}
                    label={l.trf("{} growth, {}", &[&l.tr(id.name()), &ph.years()])} />
                if let Some(b) = p.basis.get(i) {
                    <span class="growth-basis">{ b.clone() }</span>
                }
            </td>
        }
    });
    html! {
        <tr>
            <th scope="row">{ l.tr(id.name()) }</th>
            <td data-label={l.trf("Base {}", &[&BASE_YEAR])}>
                <NumberField id={format!("base-{}", id.slug())} kind={FieldKind::Base} value={s.base}
                    label={l.trf("{} base, {} in {}", &[&l.tr(id.name()), &l.tr(l.caption()), &BASE_YEAR])}
                    on_text={on_base} />
                <span class="base-source">{ source }</span>
            </td>
            { for phases }
            <td data-label={l.tr("Typed as")}>
                <select aria-label={l.trf("{} growth as", &[&l.tr(id.name())])} onchange={on_form}>
                    <option value="multiplier" selected={s.form == GrowthForm::Multiplier}>{ "×" }</option>
                    <option value="rate" selected={s.form == GrowthForm::Rate}>{ "%" }</option>
                </select>
            </td>
        </tr>
    }
}

/// The editor's phase headings, from the first series (all share phases):
/// "2020", "2021–2022 (a year)".
fn phase_heads(l: &Locale, a: &Assumptions) -> Vec<String> {
    a.scenario
        .series
        .first()
        .map(|s| s.phases.iter().map(|ph| phase_head(l, ph)).collect())
        .unwrap_or_default()
}

/// One phase's heading: "2020", "2021–2022 (a year)".
fn phase_head(l: &Locale, ph: &Phase) -> String {
    if ph.first == ph.last {
        ph.years()
    } else {
        l.trf("{} (a year)", &[&ph.years()])
    }
}

/// The Monte Carlo status line's content.
fn mc_status(l: &Locale, status: &McStatus) -> Html {
    match status {
        McStatus::Idle => html! { { l.tr("Starting…") } },
        McStatus::Running { done, total } => html! {
            <>
                { l.trf("Sampling… {} of {}", &[&format::sig(f64::from(*done), 7), &format::sig(f64::from(*total), 7)]) }
                <progress max={total.to_string()} value={done.to_string()}></progress>
            </>
        },
        McStatus::Done {
            samples,
            seed,
            millis,
        } => {
            let samples = format::sig(f64::from(*samples), 7);
            // No time for a run the page did not make (the prerender's).
            let text = if millis.is_finite() {
                l.trf(
                    "{} samples, seed {}, in {} ms.",
                    &[&samples, seed, &format::sig(*millis, 3)],
                )
            } else {
                l.trf("{} samples, seed {}.", &[&samples, seed])
            };
            html! { { text } }
        }
        McStatus::Failed(m) => {
            gloo::console::error!(format!("the simulation failed: {m}"));
            html! { <span class="chart-error">{ l.tr("The simulation could not run, so the charts show no bands of uncertainty until the next change.") }</span> }
        }
    }
}

/// Props of [`McSettings`].
#[derive(Properties, PartialEq)]
pub struct McSettingsProps {
    pub samples: u32,
    pub seed: u64,
    pub status: McStatus,
    pub edit: Callback<Edit>,
}

/// The Monte Carlo's samples and seed, and what it is doing.
#[function_component(McSettings)]
pub fn mc_settings(p: &McSettingsProps) -> Html {
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let on_samples = {
        let edit = p.edit.clone();
        Callback::from(move |e: Event| {
            let n: u32 = select_value(&e)
                .and_then(|v| v.parse().ok())
                .unwrap_or(SAMPLES_DEFAULT);
            edit.emit(Edit::Samples(n))
        })
    };
    let on_seed = {
        let l = l.clone();
        let edit = p.edit.clone();
        Callback::from(move |text: String| {
            edit.emit(Edit::SeedText {
                text,
                locale: l.clone(),
            })
        })
    };
    let on_new_seed = {
        let edit = p.edit.clone();
        Callback::from(move |_: MouseEvent| {
            let seed = (js_sys::Math::random() * 1e12) as u64;
            edit.emit(Edit::Seed(seed))
        })
    };
    html! {
        <div class="mc-settings">
            <label>
                { l.tr("Samples ") }
                <select id="mc-samples" onchange={on_samples}>
                    { for [10_000u32, SAMPLES_DEFAULT, 300_000, SAMPLES_MAX].into_iter().map(|n| html! {
                        <option value={n.to_string()} selected={n == p.samples}>{ format::sig(f64::from(n), 7) }</option>
                    }) }
                </select>
            </label>
            <label>
                { l.tr("Seed ") }
                <NumberField id="mc-seed" kind={FieldKind::Seed} value={p.seed as f64}
                    label={l.tr("Seed")} on_text={on_seed} />
            </label>
            <button type="button" id="mc-new-seed" onclick={on_new_seed}>{ l.tr("New seed") }</button>
            <span class="mc-status" id="mc-status">{ mc_status(&l, &p.status) }</span>
        </div>
    }
}

/// See the module docs.
#[function_component(Lab)]
pub fn lab() -> Html {
    let f = use_select(lab_frame);
    let edit = use_act(Action::Edit);
    let editor = use_node_ref();
    super::grid::use_grid(editor.clone());
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let on_focus = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e).unwrap_or_default();
            if let Some(id) = SeriesId::ALL.into_iter().find(|s| s.slug() == v) {
                edit.emit(Edit::Focus(id));
            }
        })
    };
    let on_sens_series = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e).unwrap_or_default();
            if let Some(id) = SeriesId::ALL.into_iter().find(|s| s.slug() == v) {
                edit.emit(Edit::SensitivitySeries(id));
            }
        })
    };
    let on_sens_year = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let y: i32 = select_value(&e)
                .and_then(|v| v.parse().ok())
                .unwrap_or(2025);
            edit.emit(Edit::SensitivityYear(y))
        })
    };
    let series_options = |selected: SeriesId| {
        SeriesId::ALL
            .into_iter()
            .map(|s| html! { <option value={s.slug()} selected={s == selected}>{ l.tr(s.name()) }</option> })
            .collect::<Html>()
    };
    let year_options = |from: i32, selected: i32| {
        (from..=LAST_YEAR)
            .map(
                |y| html! { <option value={y.to_string()} selected={y == selected}>{ y }</option> },
            )
            .collect::<Html>()
    };

    html! {
        <section class="card" id="lab" aria-labelledby="lab-title">
            <h2 id="lab-title">{ l.tr("Your scenario") }</h2>
            <p class="sub">{ l.tr("One set of assumptions drives every chart. Give any growth a range (“a to b”: by default a lognormal whose 90% interval is a–b) and see the spread it makes.") }</p>
            <PresetPicker preset={f.preset} has_custom={f.has_custom} edit={edit.clone()} />
            <div class="table-view editor-frame">
                <table class="editor" id="assumption-editor" ref={editor} aria-describedby="editor-keys">
                    <caption>{ l.trf("Base in {} ({}) and growth per phase: a point, or low and high ends of a range", &[&BASE_YEAR, &l.tr(l.caption())]) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ l.tr("Series") }</th>
                            <th scope="col">{ l.trf("Base {}", &[&BASE_YEAR]) }</th>
                            { for f.heads.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                            <th scope="col">{ l.tr("Typed as") }</th>
                        </tr>
                    </thead>
                    <EditorRows />
                </table>
            </div>
            <p class="help" id="editor-keys">{ l.tr("In the table, the arrow keys move between the fields; Tab leaves it.") }</p>
            <McSettingsCard />

            <h3>{ l.tr("Projection of any series") }</h3>
            <label class="inline-select">
                { l.tr("Series ") }
                <select id="focus-series" onchange={on_focus}>{ series_options(f.focus) }</select>
            </label>
            <ChartCard id={PanelId::Focus} nested=true />

            <h3>{ l.tr("Which assumption matters most?") }</h3>
            <div class="inline-selects">
                <label>{ l.tr("Output ") }<select id="sensitivity-series" onchange={on_sens_series}>{ series_options(f.sensitivity.0) }</select></label>
                <label>{ l.tr(" in ") }<select id="sensitivity-year" onchange={on_sens_year}>{ year_options(BASE_YEAR + 1, f.sensitivity.1) }</select></label>
            </div>
            <ChartCard id={PanelId::Tornado} nested=true />
        </section>
    }
}

/// Props of [`GrowthCell`].
#[derive(Properties, PartialEq)]
pub struct GrowthCellProps {
    pub id: SeriesId,
    pub phase: usize,
    pub growth: Growth,
    pub form: GrowthForm,
    pub edit: Callback<Edit>,
    pub label: AttrValue,
}

/// Low and high ends of one growth assumption (equal for a point) and, for a
/// range, its distribution.
#[function_component(GrowthCell)]
pub fn growth_cell(p: &GrowthCellProps) -> Html {
    let (id, phase, form) = (p.id, p.phase, p.form);
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let end = |high: bool| {
        let l = l.clone();
        let edit = p.edit.clone();
        Callback::from(move |text: String| {
            edit.emit(Edit::GrowthEnd {
                series: id,
                phase,
                high,
                text,
                form,
                locale: l.clone(),
            })
        })
    };
    let on_dist = {
        let edit = p.edit.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e).unwrap_or_default();
            let dist = match v.as_str() {
                "uniform" => Dist::Uniform,
                "triangular" => Dist::Triangular,
                _ => Dist::Lognormal,
            };
            edit.emit(Edit::Dist {
                series: id,
                phase,
                dist,
            })
        })
    };
    let key = format!("{}-{}", id.slug(), phase);
    html! {
        <div class="growth-cell" role="group" aria-label={p.label.clone()}>
            <NumberField id={format!("growth-{key}-low")} kind={FieldKind::Growth(form)} value={p.growth.low}
                label={l.trf("{}, low end", &[&p.label])} on_text={end(false)} />
            <span aria-hidden="true">{ "–" }</span>
            <NumberField id={format!("growth-{key}-high")} kind={FieldKind::Growth(form)} value={p.growth.high}
                label={l.trf("{}, high end", &[&p.label])} on_text={end(true)} />
            if !p.growth.is_point() {
                <select aria-label={l.trf("{}, distribution", &[&p.label])} id={format!("growth-{key}-dist")} onchange={on_dist}>
                    { for [Dist::Lognormal, Dist::Uniform, Dist::Triangular].into_iter().map(|d| html! {
                        <option value={dist_name(d)} selected={d == p.growth.dist}>{ l.tr(dist_label(d)) }</option>
                    }) }
                </select>
            }
        </div>
    }
}

/// Props of [`KeyTable`].
#[derive(Properties, PartialEq)]
pub struct KeyTableProps {
    pub keys: Rc<KeyNumbers>,
    pub assumptions: Assumptions,
    pub edit: Callback<Edit>,
}

/// Growth rate over a chosen span, the year each series crosses the chosen
/// level, each platform's share of the industry, and live commerce's share
/// of online retail.
#[function_component(KeyTable)]
pub fn key_table(p: &KeyTableProps) -> Html {
    let k = &p.keys;
    let (from, to) = k.span;
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let year_select = |id: &'static str, selected: i32, first: bool| {
        let edit = p.edit.clone();
        let onchange = Callback::from(move |e: Event| {
            let y: i32 = select_value(&e)
                .and_then(|v| v.parse().ok())
                .unwrap_or(2025);
            edit.emit(if first {
                Edit::SpanFrom(y)
            } else {
                Edit::SpanTo(y)
            })
        });
        html! {
            <select {id} {onchange}>
                { for (BASE_YEAR..=LAST_YEAR).map(|y| html! { <option value={y.to_string()} selected={y == selected}>{ y }</option> }) }
            </select>
        }
    };
    let on_level = {
        let l = l.clone();
        let edit = p.edit.clone();
        Callback::from(move |text: String| {
            edit.emit(Edit::LevelText {
                text,
                locale: l.clone(),
            })
        })
    };
    let (h_cagr, h_reaches, h_share) = (
        l.tr("Growth a year (CAGR)"),
        l.trf("Reaches {}", &[&k.level_name]),
        l.trf("Share of the industry, {}", &[&to]),
    );
    let rows = k.rows.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">
                    { l.tr(r.id.name()) }
                    if let Some(c) = &r.caveat {
                        <span class="caveat" id={format!("key-caveat-{}", r.id.slug())}>{ c.clone() }</span>
                    }
                </th>
                <td data-label={from.to_string()}>{ l.amount(l.display(r.start)) }</td>
                <td data-label={to.to_string()}>{ l.amount(l.display(r.end)) }</td>
                <td data-label={h_cagr}>{ r.cagr.map(|c| format!("{}%", format::sig(c * 100.0, 3))).unwrap_or_else(|| "–".to_string()) }</td>
                <td data-label={h_reaches.clone()}>{ r.crossing.clone() }</td>
                <td data-label={h_share.clone()}>{ r.share.map(|s| format!("{}%", format::sig(s * 100.0, 3))).unwrap_or_else(|| "–".to_string()) }</td>
            </tr>
        }
    });
    html! {
        <>
            <div class="inline-selects">
                <label>{ l.tr("Growth from ") }{ year_select("span-from", from, true) }</label>
                <label>{ l.tr(" to ") }{ year_select("span-to", to, false) }</label>
                <label>{ l.tr(" · level ") }
                    <NumberField id="level" kind={FieldKind::Level} value={p.assumptions.scenario.level}
                        label={l.tr("Level")} on_text={on_level} />
                    { format!(" {}", l.tr(l.caption())) }
                </label>
            </div>
            <div class="table-view key-frame" tabindex="0" role="region" aria-labelledby="key-numbers-caption">
                <table id="key-numbers">
                    <caption id="key-numbers-caption">{ l.trf("Point projections (each growth at its median), {}–{}", &[&from, &to]) }</caption>
                    <thead><tr>
                        <th scope="col">{ l.tr("Series") }</th>
                        <th scope="col">{ from }</th>
                        <th scope="col">{ to }</th>
                        <th scope="col">{ h_cagr }</th>
                        <th scope="col">{ h_reaches.clone() }</th>
                        <th scope="col">{ h_share.clone() }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <ul class="retail-share">
                { for k.retail_share.iter().map(|(y, share, src)| html! {
                    <li>{ l.trf("Live commerce as a share of China's online retail in {}: {}% (online retail {}; live commerce from your projection).", &[y, &format::sig(share * 100.0, 3), src]) }</li>
                }) }
            </ul>
        </>
    }
}

/// Goal seek's answer, read out when its own inputs rest.
const GOAL_ANSWER: &str = "goal-answer";

/// Props of [`GoalSeek`].
#[derive(Properties, PartialEq)]
pub struct GoalSeekProps {
    pub assumptions: Assumptions,
    pub edit: Callback<Edit>,
}

/// "What growth brings series S to X by year Y?", solved numerically, with a
/// button that applies the answer.
#[function_component(GoalSeek)]
pub fn goal_seek(p: &GoalSeekProps) -> Html {
    let series = use_state(|| SeriesId::Industry);
    // The target in billion yuan, and what the reader typed (in the units
    // on screen) until the units change.
    let target = use_state(|| 5000.0f64);
    let typed = use_state(|| None::<String>);
    let year = use_state(|| 2025i32);
    let phase = use_state(|| 2usize);
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    {
        let typed = typed.clone();
        use_effect_with(l.clone(), move |_| typed.set(None));
    }
    let a = &p.assumptions;
    let target_bn = match &*typed {
        Some(t) => parse_amount_in(&l, t),
        None => Ok(*target),
    };
    let answer = target_bn.and_then(|t| {
        scenario::goal_seek(&a.scenario, *series, t, *year, *phase).map_err(|e| e.note().text(&l))
    });
    let phases: Vec<String> = a
        .scenario
        .get(*series)
        .map(|s| s.phases.iter().map(|ph| ph.years()).collect())
        .unwrap_or_default();
    let on_series = {
        let series = series.clone();
        Callback::from(move |e: Event| {
            super::announce::when_settled(GOAL_ANSWER);
            let v = select_value(&e).unwrap_or_default();
            if let Some(id) = SeriesId::ALL.into_iter().find(|s| s.slug() == v) {
                series.set(id);
            }
        })
    };
    let on_target = {
        let target = target.clone();
        let typed = typed.clone();
        let l = l.clone();
        Callback::from(move |e: InputEvent| {
            super::announce::when_settled(GOAL_ANSWER);
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let text = i.value();
                if let Ok(v) = parse_amount(&text) {
                    target.set(l.from_display(v));
                }
                typed.set(Some(text));
            }
        })
    };
    let target_text = (*typed)
        .clone()
        .unwrap_or_else(|| plain(l.display(*target)));
    let on_year = {
        let year = year.clone();
        Callback::from(move |e: Event| {
            super::announce::when_settled(GOAL_ANSWER);
            if let Some(y) = select_value(&e).and_then(|v| v.parse().ok()) {
                year.set(y);
            }
        })
    };
    let on_phase = {
        let phase = phase.clone();
        Callback::from(move |e: Event| {
            super::announce::when_settled(GOAL_ANSWER);
            if let Some(i) = select_value(&e).and_then(|v| v.parse().ok()) {
                phase.set(i);
            }
        })
    };
    let on_apply = {
        let edit = p.edit.clone();
        let (id, ph) = (*series, *phase);
        let m = answer.clone().ok();
        Callback::from(move |_: MouseEvent| {
            if let Some(m) = m {
                edit.emit(Edit::PointGrowth {
                    series: id,
                    phase: ph,
                    value: m,
                });
            }
        })
    };
    html! {
        <div class="goal-seek" id="goal-seek">
            <h3>{ l.tr("What growth would it take?") }</h3>
            <div class="inline-selects">
                <label>{ l.tr("For ") }<select id="goal-series" onchange={on_series}>
                    { for SeriesId::ALL.into_iter().map(|s| html! { <option value={s.slug()} selected={s == *series}>{ l.tr(s.name()) }</option> }) }
                </select></label>
                <label>{ l.tr(" to reach ") }<input class="num" type="text" inputmode="decimal" id="goal-target" value={target_text} oninput={on_target} />{ format!(" {}", l.tr(l.caption())) }</label>
                <label>{ l.tr(" in ") }<select id="goal-year" onchange={on_year}>
                    { for (BASE_YEAR + 1..=LAST_YEAR).map(|y| html! { <option value={y.to_string()} selected={y == *year}>{ y }</option> }) }
                </select></label>
                <label>{ l.tr(", growth in ") }<select id="goal-phase" onchange={on_phase}>
                    { for phases.iter().enumerate().map(|(i, name)| html! { <option value={i.to_string()} selected={i == *phase}>{ name.clone() }</option> }) }
                </select></label>
            </div>
            <p class="key" id={GOAL_ANSWER}>
                { match &answer {
                    Ok(m) => l.trf("needs {} a year ({}), the other phases at their medians.", &[&format::multiplier(*m), &format::percent_change(*m)]),
                    Err(e) => l.trf("No answer: {}.", &[&crate::locale::clause(e)]),
                } }
            </p>
            <button type="button" id="goal-apply" disabled={answer.is_err()} onclick={on_apply}>{ l.tr("Apply this growth") }</button>
        </div>
    }
}
