//! A chart with three views, as on Our World in Data: the Chart, a Table of
//! the exact numbers drawn (with a CSV download), and the Sources of every
//! figure used.

use super::chart_canvas::ChartCanvas;
use super::download::DownloadLink;
use super::png::PngButton;
use super::sources::Sources;
use crate::data::{Dataset, Reading};
use crate::share::Tab;
use crate::views::Panel;
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
    /// Accessible description of the chart.
    pub label: AttrValue,
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
    /// Shown under the canvas in the Chart view (a legend).
    #[prop_or_default]
    pub children: Html,
}

/// See the module docs. Tabs follow the WAI-ARIA tabs pattern: arrow keys
/// move between them, and the chart stays mounted while hidden so coming back
/// to it does not redraw.
#[function_component(ChartPanel)]
pub fn chart_panel(p: &ChartPanelProps) -> Html {
    let view = use_state(|| p.tab);
    {
        let view = view.clone();
        use_effect_with(p.tab, move |t| view.set(*t));
    }
    let tabs_ref = use_node_ref();
    let id = p.id.clone();

    let choose = {
        let view = view.clone();
        let on_tab = p.on_tab.clone();
        Callback::from(move |v: Tab| {
            view.set(v);
            on_tab.emit(v);
        })
    };
    let select = |v: Tab| choose.reform(move |_: MouseEvent| v);
    let on_key = {
        let view = view.clone();
        let choose = choose.clone();
        let tabs_ref = tabs_ref.clone();
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
            if let Some(tabs) = tabs_ref.cast::<HtmlElement>()
                && let Ok(Some(tab)) =
                    tabs.query_selector(&format!("#{}-tab-{}", id, VIEWS[next].slug()))
                && let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<HtmlElement>(tab)
            {
                let _ = tab.focus();
            }
        })
    };

    let tab_buttons = VIEWS.iter().map(|v| {
        let selected = *view == *v;
        html! {
            <button type="button" role="tab" class="tab"
                id={format!("{id}-tab-{}", v.slug())}
                aria-selected={selected.to_string()}
                aria-controls={format!("{id}-{}", v.slug())}
                tabindex={if selected { "0" } else { "-1" }}
                onclick={select(*v)}>
                { view_name(*v) }
            </button>
        }
    });
    let table = &p.panel.table;
    let csv = Rc::new(table.csv());
    // One copy of the spec for the canvas and the PNG export.
    let spec = Rc::new(p.panel.spec.clone());
    let notes = p
        .warnings
        .iter()
        .chain(&p.panel.notes)
        .map(|n| html! { <li>{ n.clone() }</li> });

    html! {
        <div class="chart-panel">
            <div class="tabs" role="tablist" aria-label="View" ref={tabs_ref} onkeydown={on_key}>
                { for tab_buttons }
            </div>
            <div role="tabpanel" id={format!("{id}-chart")} aria-labelledby={format!("{id}-tab-chart")}
                hidden={*view != Tab::Chart}>
                <ChartCanvas id={format!("chart-{id}")} spec={spec.clone()}
                    label={p.label.clone()} aspect={p.aspect} />
                { p.children.clone() }
                <PngButton id={id.clone()} {spec} />
            </div>
            <div role="tabpanel" id={format!("{id}-table")} aria-labelledby={format!("{id}-tab-table")}
                hidden={*view != Tab::Table} class="table-view">
                <table>
                    <caption>{ table.caption.clone() }</caption>
                    <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                    <tbody>
                        { for table.rows.iter().map(|row| html! {
                            <tr>{ for row.iter().map(|cell| html! { <td>{ cell.clone() }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
                <DownloadLink id={format!("{id}-csv")} text={csv} mime="text/csv"
                    file_name={table.file_name.clone()} label="Download this table (CSV)" />
            </div>
            <div role="tabpanel" id={format!("{id}-sources")} aria-labelledby={format!("{id}-tab-sources")}
                hidden={*view != Tab::Sources}>
                <Sources dataset={p.dataset} ids={p.panel.sources.clone()} reading={p.reading} />
            </div>
            if !p.warnings.is_empty() || !p.panel.notes.is_empty() {
                <ul class="chart-notes" id={format!("{id}-notes")}>{ for notes }</ul>
            }
        </div>
    }
}
