//! The quotes a chart's figures come from, shown under the chart.

use crate::data::{Dataset, Figure};
use yew::prelude::*;

/// Props of [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Dataset ids of the figures the chart uses.
    pub ids: Vec<&'static str>,
    pub dataset: &'static Dataset,
}

fn value(f: &Figure) -> String {
    let q = f
        .qualifier
        .map(|q| format!("{} ", q.as_str()))
        .unwrap_or_default();
    if f.is_range() {
        format!("{q}{}–{} {}", f.low, f.high, f.unit.label())
    } else {
        format!("{q}{} {}", f.low, f.unit.label())
    }
}

/// A collapsible list: each figure, its value and the article's words.
#[function_component(Sources)]
pub fn sources(p: &SourcesProps) -> Html {
    let items = p.ids.iter().filter_map(|id| p.dataset.figure(id)).map(|f| {
        html! {
            <li>
                <strong>{ format!("{} – {} ({}): ", f.entity, f.metric, f.period) }</strong>
                { value(f) }
                <blockquote>{ format!("“{}”", f.quote) }</blockquote>
                if let Some(n) = &f.note { <p class="figure-note">{ n.clone() }</p> }
            </li>
        }
    });
    html! {
        <details class="sources">
            <summary>{ "Sources" }</summary>
            <ul>{ for items }</ul>
            <p class="citation">
                { format!("Article: {}, {}.", p.dataset.source.title, p.dataset.source.publisher) }
            </p>
        </details>
    }
}
