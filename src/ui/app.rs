//! The page: the article's charts, the scenario lab and what followed, all
//! driven by one set of assumptions.

use super::download::DownloadLink;
use super::embed::EmbedView;
use super::lab::{GoalSeek, KeyTable, Lab, McStatus};
use super::panel::ChartPanel;
use super::parts::{ReadingSwitch, industry_legend, series_legend};
use super::prefs::Prefs;
use super::saved::SavedPanel;
use super::slider::Slider;
use super::story::Story;
use super::theme::{ThemeToggle, use_reduced_motion, use_theme};
use super::toolbar::Toolbar;
use super::units::Units;
use super::url::{self, Entry as UrlEntry, UrlWriter};
use crate::data::{Dataset, Reading};
use crate::locale::{Lang, Locale};
use crate::scenario::{McResult, SeriesId};
use crate::session::{Action, Edit, Entry, Session};
use crate::share::Tab;
use crate::views::{self, Assumptions, Bounds, DOUYIN_MULTIPLIER, GROWTH_2020, GROWTH_LATER};
use crate::worker::{McState, use_monte_carlo};
use crate::{checks, derived, export, format};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// The whole app. Renders an explanation instead of charts if the embedded
/// dataset cannot be read (a build problem the tests guard against).
#[function_component(App)]
pub fn app() -> Html {
    match Dataset::embedded() {
        Ok(ds) => html! { <Explorer dataset={ds} /> },
        Err(e) => {
            let l = Locale {
                lang: Lang::from_browser(&browser_langs()),
                ..Locale::default()
            };
            html! {
                <main class="page">
                    <p class="chart-error" role="alert">{ l.trf("The article's figures could not be read: {}", &[&e]) }</p>
                </main>
            }
        }
    }
}

/// The browser's preferred languages (`navigator.languages`), best first.
fn browser_langs() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// `<html lang>` and the document title in the page's language.
fn set_document_language(lang: Lang, title: &str) {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = d.document_element() {
        let _ = root.set_attribute("lang", lang.info().html_code);
    }
    d.set_title(title);
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    dataset: &'static Dataset,
}

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

/// The undo and redo shortcuts; typing in a text field keeps the field's own undo.
fn shortcut(e: &KeyboardEvent) -> Option<Action> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    let typing = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|i| {
            !matches!(
                i.type_().as_str(),
                "range" | "checkbox" | "radio" | "button"
            )
        });
    if typing {
        return None;
    }
    match (e.key().to_lowercase().as_str(), e.shift_key()) {
        ("z", false) => Some(Action::Undo),
        ("z", true) | ("y", false) => Some(Action::Redo),
        _ => None,
    }
}

#[function_component(Explorer)]
fn explorer(p: &ExplorerProps) -> Html {
    let ds = p.dataset;
    let url = use_memo((), |_| UrlWriter::new());
    let session = use_mut_ref(|| Session::from_query(ds, &url::current_query()));
    let update = use_force_update();
    let mc = use_monte_carlo();
    let theme = use_theme();
    let reduced_motion = use_reduced_motion();

    // Every change goes through the session: it applies, sanitises, keeps
    // the undo history and says how the address bar follows.
    // One callback (and one per derived use below) for the page's life, so
    // a child whose other props did not change skips re-rendering on a
    // slider step (a new Callback never compares equal).
    let act: Callback<Action> = (*use_memo((), {
        let session = session.clone();
        let url = (*url).clone();
        move |_| {
            Callback::from(move |action: Action| {
                let entry = session.borrow_mut().apply(ds, action);
                if let Some(entry) = entry {
                    let query = session.borrow().query(ds);
                    url.write(
                        query,
                        match entry {
                            Entry::Push => UrlEntry::Push,
                            Entry::Replace => UrlEntry::Replace,
                        },
                    );
                }
                update.force_update();
            })
        }
    }))
    .clone();
    let edit: Callback<Edit> = (*use_memo((), {
        let act = act.clone();
        move |_| act.reform(Action::Edit)
    }))
    .clone();
    let on_display: Callback<_> = (*use_memo((), {
        let act = act.clone();
        move |_| act.reform(Action::Display)
    }))
    .clone();
    let langs = use_memo((), |_| browser_langs());

    // Back and Forward restore the view the address bar now holds; Ctrl+Z
    // and Ctrl+Shift+Z (or Ctrl+Y) undo and redo outside text fields.
    {
        let act = act.clone();
        let url = (*url).clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|w| {
                let on_pop = {
                    let act = act.clone();
                    EventListener::new(&w, "popstate", move |_| {
                        let q = url::current_query();
                        url.seen(&q);
                        act.emit(Action::Navigate(q));
                    })
                };
                let active = EventListenerOptions::enable_prevent_default();
                let on_key = EventListener::new_with_options(&w, "keydown", active, move |e| {
                    if let Some(action) = e.dyn_ref::<KeyboardEvent>().and_then(shortcut) {
                        e.prevent_default();
                        act.emit(action);
                    }
                });
                (on_pop, on_key)
            });
            move || drop(listeners)
        });
    }

    let (a, tabs, notes, can_undo, can_redo, loaded, query, display, l) = {
        let s = session.borrow();
        (
            s.assumptions().clone(),
            s.view.tabs.clone(),
            s.notes.clone(),
            s.can_undo(),
            s.can_redo(),
            s.loaded_name().map(str::to_string),
            s.query(ds),
            s.display(),
            s.locale(&langs),
        )
    };
    let app_name = l.tr("Live Commerce Explorer");
    let title = match loaded {
        Some(name) => format!("{name} — {app_name}"),
        None => app_name.to_string(),
    };
    use_effect_with((l.lang, title), |(lang, t)| set_document_language(*lang, t));

    // A new Monte Carlo run whenever the scenario changes; the worker drops
    // the run it was on.
    {
        let mc = mc.clone();
        use_effect_with(a.scenario.clone(), move |s| mc.run(s.clone()));
    }
    // Until the new run is done, the last result keeps the bands on screen.
    let last_result = use_mut_ref(|| None::<Rc<McResult>>);
    if let McState::Done { result, .. } = &*mc.state {
        *last_result.borrow_mut() = Some(result.clone());
    }
    let result = last_result.borrow().clone();

    // Both depend on the reading (and the language) only, not on the slider
    // values: worked out when those change, not on every step.
    let violations = use_memo(a.reading, |r| checks::check(ds, *r));
    let derived = use_memo((a.reading, l.clone()), |(r, l)| {
        derived::derived_in(ds, *r, l)
    });
    let views = use_memo((a.clone(), result.clone(), l.clone()), |(a, r, l)| {
        views::build(ds, a, r.as_deref(), l).map(Rc::new)
    });
    let views = match &*views {
        Ok(v) => v.clone(),
        Err(e) => {
            return html! {
                <main class="page"><p class="chart-error" role="alert">{ e.to_string() }</p></main>
            };
        }
    };

    let slider = |key: &'static str, id: SeriesId, phase: usize, bounds: Bounds| {
        let act = act.clone();
        Callback::from(move |v: f64| {
            act.emit(Action::Slide(
                key,
                Rc::new(move |a: &mut Assumptions| a.set_median(id, phase, v, bounds)),
            ))
        })
    };
    let seal = act.reform(|_: ()| Action::Seal);
    let tab_callbacks = use_memo((), {
        let act = act.clone();
        move |_| {
            crate::share::PANELS
                .iter()
                .map(|p| (*p, act.reform(move |t: Tab| Action::Tab(p.to_string(), t))))
                .collect::<std::collections::BTreeMap<&'static str, Callback<Tab>>>()
        }
    });
    let tab = |panel: &'static str| {
        tab_callbacks
            .get(panel)
            .cloned()
            .unwrap_or_else(|| act.reform(move |t: Tab| Action::Tab(panel.to_string(), t)))
    };
    let tab_of = |panel: &str| tabs.get(panel).copied().unwrap_or(Tab::Chart);
    let on_log: Callback<bool> = (*use_memo((), {
        let edit = edit.clone();
        move |_| {
            Callback::from(move |on: bool| {
                edit.emit(Rc::new(move |a: &mut Assumptions| {
                    a.log_industry = on;
                    None
                }))
            })
        }
    }))
    .clone();
    let on_reset = act.reform(|_: MouseEvent| Action::Reset);
    let dismiss = act.reform(|_: MouseEvent| Action::Dismiss);
    let on_reading = {
        let edit = edit.clone();
        Callback::from(move |corrected: bool| {
            let r = if corrected {
                Reading::Corrected
            } else {
                Reading::AsPrinted
            };
            edit.emit(Rc::new(move |a: &mut Assumptions| {
                a.set_reading(ds, r);
                None
            }))
        })
    };
    let load = act.reform(|(name, query): (String, String)| Action::Load(name, query));
    let projections = Rc::new(export::projections_csv(ds, &a, result.as_deref()));
    // The whole dataset never changes: written once, not on every slider step.
    let dataset_files = use_memo((), |_| {
        (
            Rc::new(export::dataset_csv(ds)),
            Rc::new(export::dataset_json(ds)),
        )
    });

    let warnings = |ids: &[String]| -> Vec<String> {
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        checks::affecting(&violations, &ids)
            .into_iter()
            .map(|v| v.note.text(&l))
            .collect()
    };
    let gmv_warnings = warnings(&views.gmv.sources);
    let (last_year, last_value) = views.industry_last;
    let status = McStatus::from_state(&mc.state);
    let prefs = Prefs {
        locale: l.clone(),
        dark: theme.dark,
        reduced_motion,
    };
    // `?embed=<chart>`: that chart alone, with a link to the full view.
    let embed = session.borrow().embed().map(str::to_string);
    if let Some(chart) = embed {
        return html! {
            <ContextProvider<Prefs> context={prefs}>
                <EmbedView chart={chart} views={views.clone()} dataset={ds} reading={a.reading}
                    tabs={tabs.clone()} act={act.clone()} query={query.clone()}
                    log_industry={a.log_industry} on_log={on_log.clone()} />
            </ContextProvider<Prefs>>
        };
    }
    html! {
        <ContextProvider<Prefs> context={prefs}>
        <header class="masthead">
            <ThemeToggle theme={theme.clone()} />
            <h1>{ app_name }</h1>
            <p class="lede">
                { l.tr("In 2020 Douyin (TikTok's Chinese twin) set out to take on Taobao Live and Kuaishou in live-stream shopping. \
                   A market article of the time gave the numbers. Here they are as charts, with their sources, \
                   and with the growth assumptions in your hands.") }
            </p>
            <Units display={display} on_change={on_display} />
        </header>
        <main class="page">
            if !notes.is_empty() {
                <aside class="notice" role="status" id="notices">
                    <p>{ l.tr("Some values were ignored or adjusted:") }</p>
                    <ul>{ for notes.iter().map(|n| html! { <li>{ n.text(&l) }</li> }) }</ul>
                    <button type="button" onclick={dismiss}>{ l.tr("Dismiss") }</button>
                </aside>
            }

            <Toolbar can_undo={can_undo} can_redo={can_redo} act={act.clone()} query={query.clone()}
                projections={projections} />

            <ReadingSwitch reading={a.reading} dataset={ds} onchange={on_reading} />

            <Story dataset={ds} assumptions={a.clone()} result={result.clone()} act={act.clone()} />

            <section class="card" id="gmv" aria-labelledby="gmv-title">
                <h2 id="gmv-title">{ l.tr("Who sold what in 2019") }</h2>
                <p class="sub">{ l.trf("Gross merchandise value (GMV) in 2019, {}, {}.", &[&l.tr(l.caption()),
                    &l.tr(if a.reading == Reading::Corrected { "with the article's contradictions corrected" } else { "as printed in the article" })]) }</p>
                <ChartPanel id="gmv" tab={tab_of("gmv")} on_tab={tab("gmv")} panel={Rc::new(views.gmv.clone())} dataset={ds} reading={a.reading}
                    aspect={0.55} warnings={gmv_warnings} />
            </section>

            <section class="card" id="industry" aria-labelledby="industry-title">
                <h2 id="industry-title">{ l.tr("When does live commerce reach a trillion yuan?") }</h2>
                <p class="sub">{ l.trf("China's live-stream e-commerce, {}: the article's 2019 size, grown by your assumptions (a fan where they are ranges), and what later reports say.", &[&l.tr(l.caption())]) }</p>
                <div class="controls">
                    <Slider id="growth-2020" label={l.tr("Growth in 2020")} bounds={GROWTH_2020} value={a.median(SeriesId::Industry, 0)}
                        shown={shown(&l, &a, SeriesId::Industry, 0, false)}
                        help={l.tr("The article: “expected to double in 2020” (×2).")} oninput={slider("growth-2020", SeriesId::Industry, 0, GROWTH_2020)} onchange={seal.clone()} />
                    <Slider id="growth-2021" label={l.tr("Growth a year, 2021–2022")} bounds={GROWTH_LATER} value={a.median(SeriesId::Industry, 1)}
                        shown={shown(&l, &a, SeriesId::Industry, 1, true)}
                        help={l.tr("The article gives no rate after 2020; its preset reaches the “trillion level”.")} oninput={slider("growth-2021", SeriesId::Industry, 1, GROWTH_LATER)} onchange={seal.clone()} />
                    <Slider id="growth-2023" label={l.tr("Growth a year, 2023–2030")} bounds={GROWTH_LATER} value={a.median(SeriesId::Industry, 2)}
                        shown={shown(&l, &a, SeriesId::Industry, 2, true)}
                        help={l.tr("A slider moves the median; a range keeps its width.")} oninput={slider("growth-2023", SeriesId::Industry, 2, GROWTH_LATER)} onchange={seal.clone()} />
                    <div class="control control-inline">
                        <button type="button" class="link-button" id="reset" onclick={on_reset}>{ l.tr("Reset to the article's assumptions") }</button>
                    </div>
                </div>
                <p class="key" id="crossing-year" aria-live="polite">{ views.crossing_sentence.clone() }</p>
                <p class="key-sub" id="industry-last">{ l.trf("By {}: {}{}.", &[&last_year, &l.money(last_value), &status.band_note(&l, SeriesId::Industry, last_year, result.as_deref())]) }</p>
                <ChartPanel id="industry" tab={tab_of("industry")} on_tab={tab("industry")} panel={Rc::new(views.industry.clone())} dataset={ds} reading={a.reading}
                    log={Some(a.log_industry)} on_log={Some(on_log)}>
                    { industry_legend(&views.industry.spec) }
                </ChartPanel>
            </section>

            <section class="card" id="douyin" aria-labelledby="douyin-title">
                <h2 id="douyin-title">{ l.tr("How fast can Douyin's live commerce grow?") }</h2>
                <p class="sub">{ l.trf("Douyin live-stream GMV, {}: {} in 2019 and the article's two forecasts for 2020, against your own.", &[&l.tr(l.caption()), &l.money(10.0)]) }</p>
                <div class="controls">
                    <Slider id="douyin-multiplier" label={l.tr("Your multiplier for 2020")} bounds={DOUYIN_MULTIPLIER} value={a.median(SeriesId::DouyinLive, 0)}
                        shown={format::multiplier(a.median(SeriesId::DouyinLive, 0))}
                        help={l.tr("“Five to six times or ten to twelve times compared to last year”, say the article's professionals.")} oninput={slider("douyin-multiplier", SeriesId::DouyinLive, 0, DOUYIN_MULTIPLIER)} onchange={seal.clone()} />
                </div>
                <p class="key" id="douyin-result" aria-live="polite">{ views.douyin_sentence.clone() }</p>
                <ChartPanel id="douyin" tab={tab_of("douyin")} on_tab={tab("douyin")} panel={Rc::new(views.douyin.clone())} dataset={ds} reading={a.reading} />
            </section>

            <Lab dataset={ds} assumptions={a.clone()} status={status.clone()} edit={edit.clone()}
                tabs={tabs.clone()} on_tab={act.reform(|(p, t): (String, Tab)| Action::Tab(p, t))}
                focus={Rc::new(views.focus.clone())} tornado={Rc::new(views.tornado.clone())} />

            <SavedPanel dataset={ds} query={query.clone()} on_load={load} />

            <section class="card" id="keys" aria-labelledby="keys-title">
                <h2 id="keys-title">{ l.tr("Key numbers") }</h2>
                <KeyTable keys={Rc::new(views.keys.clone())} assumptions={a.clone()} edit={edit.clone()} />
                <GoalSeek assumptions={a.clone()} edit={edit.clone()} />
            </section>

            <section class="card" id="platforms" aria-labelledby="platforms-title">
                <h2 id="platforms-title">{ l.tr("What happened next to the three platforms") }</h2>
                <p class="sub">{ l.trf("GMV by year, {}: the article's 2019 figures and later reports, one marker series per platform and publisher.", &[&l.tr(l.caption())]) }</p>
                <ChartPanel id="platforms" tab={tab_of("platforms")} on_tab={tab("platforms")} panel={Rc::new(views.platforms.clone())} dataset={ds} reading={a.reading} aspect={0.55}>
                    { series_legend(&views.platforms.spec) }
                </ChartPanel>
            </section>

            if let Some(outcomes) = &views.outcomes {
                <section class="card" id="outcomes" aria-labelledby="outcomes-title">
                    <h2 id="outcomes-title">{ l.tr("Forecasts against what happened") }</h2>
                    <p class="sub">{ l.tr("Each of the article's forecasts, set against what later reports say: reported ÷ forecast, so ×1 means the forecast came true.") }</p>
                    <ChartPanel id="outcomes" tab={tab_of("outcomes")} on_tab={tab("outcomes")} panel={Rc::new(outcomes.clone())} dataset={ds} reading={a.reading} aspect={0.5} />
                </section>
            }

            <section class="card" id="derived" aria-labelledby="derived-title">
                <h2 id="derived-title">{ l.tr("What the numbers imply") }</h2>
                <p class="sub">{ l.tr("Figures computed from the article's numbers (and, where said, later reports), each with how it was computed.") }</p>
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
            <p>{ l.trf("Source: “{}”, {}. Later figures: public reports, each cited in the Sources views.", &[&ds.source.title, &ds.source.publisher]) }</p>
            <p class="downloads">
                { l.tr("Download all the data: ") }
                <DownloadLink id="download-csv" text={dataset_files.0.clone()} mime="text/csv"
                    file_name="live-commerce-data.csv" label="CSV" />
                { " · " }
                <DownloadLink id="download-json" text={dataset_files.1.clone()} mime="application/json"
                    file_name="live-commerce-data.json" label="JSON" />
                { " · " }
                <a href="data/article.json" download="article.json">{ l.tr("the article's figures as shipped (JSON)") }</a>
            </p>
        </footer>
        </ContextProvider<Prefs>>
    }
}
