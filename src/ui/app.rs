//! The page: the article's charts, the scenario lab and what followed, all
//! driven by one set of assumptions.

use super::card::ChartCard;
use super::defer::{Deferred, Twins};
use super::download::DownloadLink;
use super::embed::EmbedView;
use super::lab::{GoalSeek, KeyTable, Lab};
use super::parts::ReadingSwitch;
use super::prefs::Prefs;
use super::saved::SavedPanel;
use super::store::{State, StoreRef, query_of, use_act, use_dispatch, use_select, use_store};
use super::story::Story;
use super::theme::{ThemeToggle, use_reduced_motion, use_theme};
use super::toolbar::Toolbar;
use super::units::Units;
use super::url;
use crate::data::{Dataset, Reading};
use crate::locale::{Lang, Locale, Note};
use crate::panels::{PanelId, Slot};
use crate::session::{Action, Edit};
use crate::worker::{McState, use_monte_carlo_from};
use crate::{derived, export};
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
            gloo::console::error!(format!("the dataset could not be read: {e}"));
            let l = Locale {
                lang: Lang::from_browser(&browser_langs()),
                ..Locale::default()
            };
            html! {
                <main class="page">
                    <p class="chart-error" role="alert">{ l.tr("The article's figures could not be read, so the explorer cannot start.") }</p>
                </main>
            }
        }
    }
}

/// The browser's preferred languages (`navigator.languages`), best first.
fn browser_langs() -> Vec<String> {
    crate::ui::window()
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
    let Some(d) = crate::ui::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = d.document_element() {
        let _ = root.set_attribute("lang", lang.info().html_code);
    }
    d.set_title(title);
    // Installing the app names it in the reader's language.
    if let Ok(Some(link)) = d.query_selector("link[rel=manifest]") {
        let _ = link.set_attribute("href", lang.info().manifest);
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

#[derive(Properties, PartialEq)]
pub(super) struct ExplorerProps {
    pub dataset: &'static Dataset,
    /// The query to open instead of the address bar's (the prerender's,
    /// which has no address bar and no browser languages).
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// Opens the store from the page's query and provides it to every
/// component; nothing here re-renders after the first render.
#[function_component(Explorer)]
pub(super) fn explorer(p: &ExplorerProps) -> Html {
    let ds = p.dataset;
    let store = use_memo(p.query.clone(), move |query| match query {
        Some(q) => super::prerender::settled_store(ds, q),
        None => {
            let store = StoreRef::new(ds, &url::current_query(), browser_langs());
            // Opened on the prerendered page's scenario: its Monte Carlo
            // result came with the page (`McDriver` then runs nothing).
            let scenario = store.read(|s| s.session.assumptions().scenario.clone());
            if let Some(result) = super::prerender::first_run(&scenario) {
                store.set_mc(McState::Done {
                    result: std::rc::Rc::new(result),
                    millis: f64::NAN,
                });
            }
            store
        }
    });
    html! {
        <ContextProvider<StoreRef> context={(*store).clone()}>
            <Page />
        </ContextProvider<StoreRef>>
    }
}

/// What the page frame shows: it changes with the language, a loaded
/// scenario's name, `?embed=` and the notices, not with a slider.
#[derive(Clone, Debug, PartialEq)]
struct PageInfo {
    locale: Locale,
    title: String,
    embed: Option<PanelId>,
}

fn page_info(s: &State) -> PageInfo {
    let l = s.locale.clone();
    let app_name = l.tr("Live Commerce Explorer");
    let title = match s.session.loaded_name() {
        Some(name) => format!("{name} — {app_name}"),
        None => app_name.to_string(),
    };
    PageInfo {
        title,
        embed: s.session.embed().and_then(PanelId::from_slug),
        locale: l,
    }
}

/// Back and Forward restore the view the address bar now holds; Ctrl+Z and
/// Ctrl+Shift+Z (or Ctrl+Y) undo and redo outside text fields.
#[hook]
fn use_page_keys(store: StoreRef) {
    use_effect_with(store, move |store| {
        let store = store.clone();
        let listeners = crate::ui::window().map(|w| {
            let on_pop = {
                let store = store.clone();
                EventListener::new(&w, "popstate", move |_| {
                    store.navigate(url::current_query())
                })
            };
            let active = EventListenerOptions::enable_prevent_default();
            let on_key = EventListener::new_with_options(&w, "keydown", active, move |e| {
                if let Some(action) = e.dyn_ref::<KeyboardEvent>().and_then(shortcut) {
                    e.prevent_default();
                    store.dispatch(action);
                }
            });
            (on_pop, on_key)
        });
        move || drop(listeners)
    });
}

/// The page frame: header, the cards in registry order, footer.
#[function_component(Page)]
fn page() -> Html {
    let store = use_store();
    let info = use_select(page_info);
    let theme = use_theme();
    let reduced_motion = use_reduced_motion();
    use_page_keys(store.clone());
    use_effect_with((info.locale.lang, info.title.clone()), |(lang, t)| {
        set_document_language(*lang, t)
    });
    let l = info.locale.clone();
    // Far sections show their prerendered twins while the page shows what
    // they show: the default view, in their language and theme (`defer`).
    let default_view = use_select(|s| crate::share::is_default_view(&s.query()));
    let twins = Twins {
        fresh: default_view
            && theme.dark == theme.system_dark
            && prerendered_lang().is_none_or(|pre| pre == l.lang.code()),
    };
    let prefs = Prefs {
        locale: l.clone(),
        dark: theme.dark,
        reduced_motion,
    };
    // `?embed=<chart>`: that chart alone, with a link to the full view.
    if let Some(id) = info.embed {
        return html! {
            <ContextProvider<Prefs> context={prefs}>
                <McDriver />
                <EmbedView chart={id} />
            </ContextProvider<Prefs>>
        };
    }
    // The lead card renders with the page; the rest after it (`defer`).
    let cards = |slot: Slot| {
        PanelId::ALL
            .into_iter()
            .filter(move |id| id.slot() == slot)
            .map(|id| match slot {
                Slot::Lead => html! { <ChartCard key={id.slug()} {id} /> },
                _ => {
                    html! { <Deferred key={id.slug()} id={id.slug()}><ChartCard {id} /></Deferred> }
                }
            })
            .collect::<Html>()
    };
    html! {
        <ContextProvider<Prefs> context={prefs}>
        <ContextProvider<Twins> context={twins}>
        <McDriver />
        // Past the header and the tools, for keyboard and screen-reader users.
        <a class="skip-link" id="skip-story" href="#story">{ l.tr("Skip to the story") }</a>
        <a class="skip-link" id="skip-charts" href={format!("#{}", PanelId::Industry.slug())}>{ l.tr("Skip to the charts") }</a>
        // The claim first (the title, the article's headline and its chart);
        // the tools, the errata and the story after it.
        <header class="masthead">
            <ThemeToggle theme={theme.clone()} />
            <h1>{ l.tr("Live Commerce Explorer") }</h1>
            <Claim />
        </header>
        <super::nav::SectionNav />
        <super::announce::Announcer />
        <main class="page">
            <Notices />
            { cards(Slot::Lead) }
            <div class="intro">
                <p class="lede">
                    { l.tr("In 2020 Douyin (TikTok's Chinese twin) set out to take on Taobao Live and Kuaishou in live-stream shopping. \
                       A market article of the time gave the numbers. Here they are as charts, with their sources, \
                       and with the growth assumptions in your hands.") }
                </p>
                <UnitsCard />
            </div>
            <ToolbarCard />
            <ReadingCard />
            <Deferred id="story"><StoryCard /></Deferred>
            { cards(Slot::Article) }
            <Deferred id="lab"><Lab /></Deferred>
            <Deferred id="saved"><SavedCard /></Deferred>
            <Deferred id="keys"><KeysCard /></Deferred>
            { cards(Slot::Later) }
            <Deferred id="derived"><DerivedCard /></Deferred>
        </main>
        <Footer />
        </ContextProvider<Twins>>
        </ContextProvider<Prefs>>
    }
}

/// The language `static/pre.js` chose for the prerendered page
/// (`<html data-pre-lang>`): its twins of the deferred sections are in it.
/// `None` without a prerendered page (`cargo xtask serve`).
fn prerendered_lang() -> Option<String> {
    crate::ui::window()?
        .document()?
        .document_element()?
        .get_attribute("data-pre-lang")
}

/// The article's headline claim in its own numbers (`story::claim`),
/// under the title.
#[function_component(Claim)]
fn claim() -> Html {
    let ds = use_store().read(|s| s.ds);
    let l = super::prefs::use_prefs().locale;
    let text = use_memo(l, move |l| crate::story::claim(ds, l));
    match &*text {
        Some(t) => html! { <p class="claim" id="claim">{ t.clone() }</p> },
        None => Html::default(),
    }
}

/// Runs the Monte Carlo in the worker whenever the scenario changes (the
/// worker drops the run it was on) and hands its state to the store.
#[function_component(McDriver)]
fn mc_driver() -> Html {
    let store = use_store();
    let mc = use_monte_carlo_from(store.read(|s| s.mc.clone()));
    let scenario = use_select(|s| s.session.assumptions().scenario.clone());
    {
        let mc = mc.clone();
        // A store that opened with a result (the prerendered page's run of
        // this scenario, see `Explorer`) starts no worker for it.
        let first = use_mut_ref(|| true);
        use_effect_with(scenario, move |s| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) || !mc.is_done() {
                mc.run(s.clone());
            }
        });
    }
    use_effect_with((*mc.state).clone(), move |state| {
        // `<html data-mc>`: boot.js shows the app once its first result is
        // in (the prerendered page has one), and tests wait on it.
        if let Some(root) = crate::ui::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-mc", super::lab::McStatus::from_state(state).slug());
        }
        store.set_mc(state.clone())
    });
    Html::default()
}

/// The notices about values that were ignored or adjusted.
#[function_component(Notices)]
fn notices() -> Html {
    let notes = use_select(|s| s.session.notes.clone());
    let l = super::prefs::use_prefs().locale;
    let dismiss = use_act(|_: MouseEvent| Action::Dismiss);
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <aside class="notice" role="status" id="notices">
            <p>{ l.tr("Some values were ignored or adjusted:") }</p>
            <ul>{ for notes.iter().map(|n: &Note| html! { <li>{ n.text(&l) }</li> }) }</ul>
            <button type="button" id="notices-dismiss" onclick={dismiss}>{ l.tr("Dismiss") }</button>
        </aside>
    }
}

/// The language, currency and rate switches.
#[function_component(UnitsCard)]
fn units_card() -> Html {
    let display = use_select(|s| s.session.display());
    let on_change = use_act(Action::Display);
    html! { <Units {display} {on_change} /> }
}

/// Undo, redo, the share link and the projections CSV.
#[function_component(ToolbarCard)]
fn toolbar_card() -> Html {
    let (can_undo, can_redo, query) =
        use_select(|s| (s.session.can_undo(), s.session.can_redo(), query_of(s)));
    // Written from the current state when downloaded, not on every step.
    let store = use_store();
    let projections = (*use_memo(store, |store| {
        let store = store.clone();
        Callback::from(move |()| {
            Rc::new(store.read(|s| {
                export::projections_csv(s.ds, s.session.assumptions(), s.result.as_deref())
            }))
        })
    }))
    .clone();
    let act = use_dispatch();
    html! { <Toolbar {can_undo} {can_redo} {act} {query} {projections} /> }
}

/// The "as printed / corrected" switch.
#[function_component(ReadingCard)]
fn reading_card() -> Html {
    let store = use_store();
    let ds = store.read(|s| s.ds);
    let reading = use_select(|s| s.session.assumptions().reading);
    let act = use_dispatch();
    let onchange = Callback::from(move |corrected: bool| {
        let r = if corrected {
            Reading::Corrected
        } else {
            Reading::AsPrinted
        };
        act.emit(Action::Edit(Edit::Reading(r)))
    });
    html! { <ReadingSwitch {reading} dataset={ds} {onchange} /> }
}

/// The article retold with live numbers.
#[function_component(StoryCard)]
fn story_card() -> Html {
    let (assumptions, result) = use_select(|s| (s.session.assumptions().clone(), s.result.clone()));
    // The views of this very state, built once for every card.
    let (ds, views) = use_store().read(|s| (s.ds, s.views()));
    let act = use_dispatch();
    html! { <Story dataset={ds} {assumptions} {result} {act} views={Some(views)} /> }
}

/// Saved scenarios and the comparison.
#[function_component(SavedCard)]
fn saved_card() -> Html {
    let store = use_store();
    let ds = store.read(|s| s.ds);
    // Read when the reader saves: the shelf does not follow every step.
    let query = (*use_memo(store, |store| {
        let store = store.clone();
        Callback::from(move |()| store.read(query_of))
    }))
    .clone();
    let on_load = use_act(|(name, query): (String, String)| Action::Load(name, query));
    html! { <SavedPanel dataset={ds} {query} {on_load} /> }
}

/// Growth rates, crossing years, shares and goal seek.
#[function_component(KeysCard)]
fn keys_card() -> Html {
    let (keys, assumptions) = use_select(|s| {
        (
            s.views()
                .as_ref()
                .as_ref()
                .ok()
                .map(|v| Rc::new(v.keys.clone())),
            s.session.assumptions().clone(),
        )
    });
    let l = super::prefs::use_prefs().locale;
    let edit = use_act(Action::Edit);
    let Some(keys) = keys else {
        return Html::default();
    };
    html! {
        <section class="card" id="keys" aria-labelledby="keys-title">
            <h2 id="keys-title">{ l.tr("Key numbers") }</h2>
            <KeyTable {keys} assumptions={assumptions.clone()} edit={edit.clone()} />
            <GoalSeek {assumptions} {edit} />
        </section>
    }
}

/// Figures computed from the article's numbers.
#[function_component(DerivedCard)]
fn derived_card() -> Html {
    let reading = use_select(|s| s.session.assumptions().reading);
    let ds = use_store().read(|s| s.ds);
    let l = super::prefs::use_prefs().locale;
    // The figures depend on the reading and the language only.
    let derived = use_memo((reading, l.clone()), move |(r, l)| {
        derived::derived_in(ds, *r, l)
    });
    html! {
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
    }
}

/// The source and the downloads of the whole dataset.
#[function_component(Footer)]
fn footer() -> Html {
    let ds = use_store().read(|s| s.ds);
    let l = super::prefs::use_prefs().locale;
    // The whole dataset never changes: written once.
    let files = use_memo((), move |_| {
        (
            Rc::new(export::dataset_csv(ds)),
            Rc::new(export::dataset_json(ds)),
        )
    });
    html! {
        <footer class="colophon">
            <p>{ l.trf("Source: “{}”, {}. Later figures: public reports, each cited in the Sources views.", &[&ds.source.title, &ds.source.publisher]) }</p>
            <p class="downloads">
                { l.tr("Download all the data: ") }
                <DownloadLink id="download-csv" text={files.0.clone()} mime="text/csv"
                    file_name="live-commerce-data.csv" label="CSV" />
                { " · " }
                <DownloadLink id="download-json" text={files.1.clone()} mime="application/json"
                    file_name="live-commerce-data.json" label="JSON" />
                { " · " }
                <a href="data/article.json" download="article.json">{ l.tr("the article's figures as shipped (JSON)") }</a>
            </p>
        </footer>
    }
}
