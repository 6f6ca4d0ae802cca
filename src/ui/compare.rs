//! Two to four saved scenarios side by side: an overlay chart per series and
//! the key numbers with their differences.

use super::download::DownloadLink;
use super::panel::ChartPanel;
use super::prefs::use_prefs;
use crate::data::Dataset;
use crate::views::compare::{Compared, compare};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub dataset: &'static Dataset,
    pub items: Rc<Vec<Compared>>,
}

/// See the module docs.
#[function_component(CompareView)]
pub fn compare_view(p: &CompareViewProps) -> Html {
    let prefs = use_prefs();
    let l = &prefs.locale;
    let ds = p.dataset;
    let result = use_memo((p.items.clone(), l.clone()), |(items, l)| {
        compare(ds, items, l).map(Rc::new)
    });
    let c = match &*result {
        Ok(c) => c.clone(),
        Err(e) => {
            gloo::console::error!(format!("the comparison could not be made: {e}"));
            return html! { <p class="chart-error" role="alert">{ l.tr("The comparison could not be made, because the dataset lacks a figure it needs.") }</p> };
        }
    };
    let names = p
        .items
        .iter()
        .map(|i| format!("“{}”", i.name))
        .collect::<Vec<_>>()
        .join(l.tr(", "));
    let reading = p
        .items
        .first()
        .map(|i| i.assumptions.reading)
        .unwrap_or_default();
    let keys = &c.shown;
    let csv = Rc::new(c.keys.csv());
    html! {
        <div class="compare" id="compare">
            <h3>{ l.trf("Comparing {}", &[&names]) }</h3>
            <div class="table-view">
                <table id="compare-keys">
                    <caption>{ keys.caption.clone() }</caption>
                    <thead><tr>{ for keys.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                    <tbody>
                        { for keys.rows.iter().map(|row| html! {
                            <tr>{ for row.iter().enumerate().map(|(j, cell)| if j == 0 {
                                html! { <th scope="row">{ cell.clone() }</th> }
                            } else {
                                html! { <td>{ cell.clone() }</td> }
                            }) }</tr>
                        }) }
                    </tbody>
                </table>
                <DownloadLink id="compare-csv" text={csv} mime="text/csv"
                    file_name={c.keys.file_name.clone()} label={l.tr("Download the exact numbers (CSV)")} />
            </div>
            <div class="compare-charts">
                { for c.charts.iter().map(|(id, panel)| {
                    let pid = format!("compare-{}", id.slug());
                    html! {
                        <div class="compare-chart">
                            <h4>{ l.tr(id.name()) }</h4>
                            <ChartPanel id={pid} title={l.tr(id.name())} panel={Rc::new(panel.clone())} dataset={ds} reading={reading} aspect={0.5} />
                        </div>
                    }
                }) }
            </div>
        </div>
    }
}
