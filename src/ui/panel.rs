//! A chart with three views, as on Our World in Data: the Chart, a Table of
//! the exact numbers drawn (with a CSV download), and the Sources of every
//! figure used.

use super::chart_canvas::ChartCanvas;
use super::download::DownloadLink;
use super::parts::SeriesLegend;
use super::png::PngButton;
use super::prefs::use_prefs;
use super::sources::Sources;
use crate::charts::{self, View};
use crate::data::{Dataset, Reading};
use crate::share::Tab;
use crate::views::{Panel, tables};
use std::collections::BTreeSet;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The three views, in tab order.
const VIEWS: [Tab; 3] = [Tab::Chart, Tab::Table, Tab::Sources];

fn view_name(v: Tab) -> &'static str {
    match v {
        Tab::Chart => "Chart",
        Tab::Table => "Table",
        Tab::Sources => "Sources",
    }
}

/// Props of [`ChartPanel`].
#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    /// Short name; the canvas is `chart-{id}`, the views `{id}-{view}`.
    pub id: AttrValue,
    pub panel: Rc<Panel>,
    pub dataset: &'static Dataset,
    pub reading: Reading,
    /// The chart's accessible name; empty: one written from its data
    /// ([`charts::describe`], which also gives its description).
    #[prop_or_default]
    pub label: AttrValue,
    /// The card's title, drawn into the PNG download; empty: the
    /// accessible name.
    #[prop_or_default]
    pub title: AttrValue,
    /// A logarithmic value axis, when the page keeps it (the industry chart's
    /// is in the share link); `None`: the panel keeps it, starting from the
    /// chart's default.
    #[prop_or_default]
    pub log: Option<bool>,
    /// Told when the reader flips a controlled `log`.
    #[prop_or_default]
    pub on_log: Option<Callback<bool>>,
    /// The legend entries hidden, by slug, when the page keeps them (a
    /// registry panel's are in the share link); `None`: the panel keeps
    /// them (the comparison's charts). An entry the chart does not show at
    /// the moment is ignored.
    #[prop_or_default]
    pub hidden: Option<BTreeSet<String>>,
    /// Told an entry's slug and whether it is to be shown, for a controlled
    /// `hidden`.
    #[prop_or_default]
    pub on_series: Option<Callback<(String, bool)>>,
    #[prop_or(0.6)]
    pub aspect: f64,
    /// Notes from the consistency checks, shown under every view.
    #[prop_or_default]
    pub warnings: Vec<String>,
    /// The view shown; the panel follows it when it changes (Back, Forward,
    /// a link) and reports the user's choice through `on_tab`.
    #[prop_or(Tab::Chart)]
    pub tab: Tab,
    #[prop_or_default]
    pub on_tab: Callback<Tab>,
    /// Shows the row of tabs; without it the panel shows `tab` alone.
    #[prop_or(true)]
    pub show_tabs: bool,
    /// The registry panel shown, when it is one: its chart then draws a
    /// change before the page re-renders (see `chart_canvas`).
    #[prop_or_default]
    pub live: Option<crate::panels::PanelId>,
    /// Shown under the canvas in the Chart view (a legend).
    #[prop_or_default]
    pub children: Html,
}

/// A legend entry shown or hidden: told to the page when it keeps the
/// hidden series (`controlled`), else kept in the panel's `local` set.
fn on_toggle(
    local: UseStateHandle<BTreeSet<String>>,
    controlled: Option<Callback<(String, bool)>>,
) -> Callback<(String, bool)> {
    Callback::from(move |(slug, shown): (String, bool)| match &controlled {
        Some(cb) => cb.emit((slug, shown)),
        None => {
            let mut next = (*local).clone();
            if shown {
                next.remove(&slug);
            } else {
                next.insert(slug);
            }
            local.set(next);
        }
    })
}

/// The log-scale switch: told to the page when it keeps the scale
/// (`controlled`), else kept in the panel's `local` state.
fn on_log(
    local: UseStateHandle<Option<bool>>,
    controlled: Option<Callback<bool>>,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            let on = input.checked();
            match &controlled {
                Some(cb) => cb.emit(on),
                None => local.set(Some(on)),
            }
        }
    })
}

/// See the module docs. Tabs follow the WAI-ARIA tabs pattern: arrow keys
/// move between them, and the chart stays mounted while hidden so coming back
/// to it does not redraw.
#[function_component(ChartPanel)]
pub fn chart_panel(p: &ChartPanelProps) -> Html {
    let id = p.id.clone();
    let tabs = use_tabs(&id, p.tab, &p.on_tab);
    let view = tabs.view.clone();
    let prefs = use_prefs();
    let locale = &prefs.locale;
    // Kept here when the page does not keep them: hidden series (by slug)
    // and the scale.
    let local_hidden = use_state(BTreeSet::<String>::new);
    let local_log = use_state(|| None::<bool>);
    let default_log = charts::default_log(&p.panel.spec);
    let log = p.log.or(*local_log).or(default_log);
    // Written once per chart and language, not on every render of the page
    // (a slider step re-renders every panel; most charts did not change).
    let keys = use_memo((p.panel.clone(), locale.clone()), |(panel, l)| {
        charts::series_keys(&panel.spec, l)
    });
    // By slug, so an entry keeps its state when others come or go; a
    // hidden entry the chart does not show now (another focus series, fewer
    // scenarios) is ignored.
    let hidden = p.hidden.as_ref().unwrap_or(&*local_hidden);
    let chart_view = View {
        log,
        hidden: keys
            .iter()
            .enumerate()
            .filter(|(_, k)| hidden.contains(&k.slug))
            .map(|(i, _)| i)
            .collect(),
    };
    let on_toggle = on_toggle(
        local_hidden.clone(),
        p.on_series.clone().filter(|_| p.hidden.is_some()),
    );
    let on_log = on_log(
        local_log.clone(),
        p.on_log.clone().filter(|_| p.log.is_some()),
    );
    let description = use_memo((p.panel.clone(), locale.clone()), |(panel, l)| {
        charts::describe(&panel.spec, l)
    });
    let name = if p.label.is_empty() {
        AttrValue::from(description.name.clone())
    } else {
        p.label.clone()
    };

    // Without the row of tabs the views are plain blocks, one shown.
    let role = p.show_tabs.then_some(AttrValue::Static("tabpanel"));
    let labelled = |view: &str| {
        p.show_tabs
            .then(|| AttrValue::from(format!("{id}-tab-{view}")))
    };
    let spec = Rc::new(p.panel.spec.clone());
    let prerendering = use_context::<super::prerender::Prerender>().is_some();
    let notes = p
        .warnings
        .iter()
        .chain(&p.panel.notes)
        .map(|n| html! { <li>{ n.clone() }</li> });

    html! {
        <div class="chart-panel">
            if p.show_tabs {
                { tab_list(&id, &tabs, locale) }
            }
            <div role={role.clone()} id={format!("{id}-chart")} aria-labelledby={labelled("chart")}
                hidden={*view != Tab::Chart}>
                if let Some(on) = log {
                    <p class="chart-tools">
                        <label class="scale-switch">
                            <input type="checkbox" role="switch" id={format!("{id}-log")} checked={on} onchange={on_log} />
                            { locale.tr("Logarithmic scale") }
                        </label>
                    </p>
                }
                <ChartCanvas id={format!("chart-{id}")} {spec}
                    label={name.clone()} described_by={AttrValue::from(format!("{id}-description"))}
                    aspect={p.aspect} view={chart_view.clone()} live={p.live} />
                <p class="visually-hidden chart-description" id={format!("{id}-description")}>{ description.text.clone() }</p>
                if keys.len() > 1 {
                    <SeriesLegend id={id.clone()} keys={keys.clone()} hidden={chart_view.hidden.clone()} {on_toggle} />
                }
                { p.children.clone() }
                <PngButton id={id.clone()} panel={p.panel.clone()}
                    title={if p.title.is_empty() { name } else { p.title.clone() }} view={chart_view} />
            </div>
            <div role={role.clone()} id={format!("{id}-table")} aria-labelledby={labelled("table")}
                hidden={*view != Tab::Table} class="table-view">
                // Only the view shown is rendered: a hidden table would be
                // rebuilt and diffed on every slider step (the industry's
                // has about 300 cells: most of Yew's work per step).
                // The prerendered page holds every table, shown beside the
                // chart when JavaScript is off (the stylesheet's `:root:not(.js)`).
                if *view == Tab::Table || prerendering {
                    <TableView id={id.clone()} panel={p.panel.clone()} />
                }
            </div>
            <div role={role.clone()} id={format!("{id}-sources")} aria-labelledby={labelled("sources")}
                hidden={*view != Tab::Sources}>
                if *view == Tab::Sources {
                    <Sources dataset={p.dataset} ids={p.panel.sources.clone()} basis={p.panel.basis.clone()} reading={p.reading} />
                }
            </div>
            if !p.warnings.is_empty() || !p.panel.notes.is_empty() {
                <ul class="chart-notes" id={format!("{id}-notes")}>{ for notes }</ul>
            }
        </div>
    }
}

/// The panel's view and how the reader changes it (WAI-ARIA tabs).
struct Tabs {
    view: UseStateHandle<Tab>,
    choose: Callback<Tab>,
    on_key: Callback<KeyboardEvent>,
    list: NodeRef,
}

/// The view shown, following `tab` when it changes (Back, Forward, a link)
/// and reporting the reader's choice through `on_tab`; arrow keys, Home and
/// End move between the tabs and take the focus along.
#[hook]
fn use_tabs(id: &AttrValue, tab: Tab, on_tab: &Callback<Tab>) -> Tabs {
    let view = use_state(|| tab);
    {
        let view = view.clone();
        use_effect_with(tab, move |t| view.set(*t));
    }
    let list = use_node_ref();
    let choose = {
        let view = view.clone();
        let on_tab = on_tab.clone();
        Callback::from(move |v: Tab| {
            view.set(v);
            on_tab.emit(v);
        })
    };
    let on_key = {
        let view = view.clone();
        let choose = choose.clone();
        let list = list.clone();
        let id = id.clone();
        Callback::from(move |e: KeyboardEvent| {
            let i = VIEWS.iter().position(|v| v == &*view).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1) % 3,
                "ArrowLeft" => (i + 2) % 3,
                "Home" => 0,
                "End" => 2,
                _ => return,
            };
            e.prevent_default();
            choose.emit(VIEWS[next]);
            // Move focus with the selection, as the tabs pattern expects.
            if let Some(tabs) = list.cast::<HtmlElement>()
                && let Ok(Some(tab)) =
                    tabs.query_selector(&format!("#{}-tab-{}", id, VIEWS[next].slug()))
                && let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<HtmlElement>(tab)
            {
                let _ = tab.focus();
            }
        })
    };
    Tabs {
        view,
        choose,
        on_key,
        list,
    }
}

/// The Chart, Table and Sources tabs.
fn tab_list(id: &AttrValue, tabs: &Tabs, locale: &crate::locale::Locale) -> Html {
    let buttons = VIEWS.iter().map(|v| {
        let selected = *tabs.view == *v;
        let v = *v;
        html! {
            <button type="button" role="tab" class="tab"
                id={format!("{id}-tab-{}", v.slug())}
                aria-selected={selected.to_string()}
                aria-controls={format!("{id}-{}", v.slug())}
                tabindex={if selected { "0" } else { "-1" }}
                onclick={tabs.choose.reform(move |_: MouseEvent| v)}>
                { locale.tr(view_name(v)) }
            </button>
        }
    });
    html! {
        <div class="tabs" role="tablist" aria-label={locale.tr("View")} ref={tabs.list.clone()} onkeydown={tabs.on_key.clone()}>
            { for buttons }
        </div>
    }
}

/// A cell of the Table view: a fraction rounded to the charts' precision,
/// a long source as one short line with the rest in a disclosure,
/// so a row stays one line (the CSV keeps every digit and word).
fn table_cell(cell: &str, source: bool) -> Html {
    match tables::short_line(cell).filter(|_| source) {
        Some((head, all)) => html! {
            <td class="long-cell">
                <details>
                    <summary>{ head }</summary>
                    <span class="cell-rest">{ all }</span>
                </details>
            </td>
        },
        None => html! { <td>{ tables::screen_cell(cell) }</td> },
    }
}

/// Props of [`TableView`].
#[derive(Properties, PartialEq)]
struct TableViewProps {
    id: AttrValue,
    panel: Rc<Panel>,
}

/// The exact numbers drawn, with their CSV (written when downloaded).
#[function_component(TableView)]
fn table_view(p: &TableViewProps) -> Html {
    let (id, table) = (&p.id, &p.panel.table);
    let make = {
        let panel = p.panel.clone();
        Callback::from(move |()| Rc::new(panel.table.csv()))
    };
    html! {
        <>
            <table class="panel-table">
                <caption>{ table.caption.clone() }</caption>
                <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                <tbody>
                    { for table.rows.iter().map(|row| html! {
                        <tr>{ for row.iter().enumerate().map(|(i, cell)| table_cell(cell, table.source_column == Some(i))) }</tr>
                    }) }
                </tbody>
            </table>
            <DownloadLink id={format!("{id}-csv")} {make} mime="text/csv"
                file_name={table.file_name.clone()} label="Download this table (CSV)" />
        </>
    }
}
