//! The Sources view: each figure a chart uses, its value, and the article's
//! words or the later report's citation.

use super::prefs::use_prefs;
use crate::data::{Dataset, Reading};
use crate::views::tips;
use yew::prelude::*;

/// Props of [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// Dataset ids (article or later figures) the chart uses.
    pub ids: Vec<String>,
    pub dataset: &'static Dataset,
    pub reading: Reading,
}

/// A list of the figures with their quotes or citations.
#[function_component(Sources)]
pub fn sources(p: &SourcesProps) -> Html {
    let prefs = use_prefs();
    let l = &prefs.locale;
    let items = p.ids.iter().map(|id| {
        if let Some(f) = p.dataset.figure(id) {
            html! {
                <li data-id={id.clone()}>
                    <strong>{ format!("{} – {} ({})", f.entity, f.metric, f.period) }</strong>
                    { format!(": {}", tips::figure_value(f, p.reading)) }
                    <blockquote>{ format!("“{}”", f.quote) }</blockquote>
                    <p class="citation">
                        { l.trf("The article: “{}”, {}.", &[&p.dataset.source.title, &p.dataset.source.publisher]) }
                    </p>
                    if let Some(c) = &f.correction {
                        <p class="figure-note correction">{ l.trf("Correction: {}", &[&c.explanation]) }</p>
                    }
                    if let Some(n) = &f.note { <p class="figure-note">{ n.clone() }</p> }
                </li>
            }
        } else if let Some(f) = p.dataset.later_figure(id) {
            html! {
                <li data-id={id.clone()}>
                    <strong>{ format!("{} – {} ({})", f.entity, f.metric, f.period) }</strong>
                    { format!(": {}", tips::value_text(f.low, f.high, f.unit)) }
                    <p class="citation">
                        { format!("{} · {} · ", f.publisher, tips::confidence_words(f.confidence)) }
                        if let Some(u) = &f.url {
                            <a href={u.clone()} rel="noopener noreferrer" target="_blank">{ l.tr("link") }</a>
                        } else {
                            { l.tr("no link given") }
                        }
                    </p>
                    if let Some(n) = &f.note { <p class="figure-note">{ n.clone() }</p> }
                </li>
            }
        } else {
            html! { <li>{ l.trf("{}: not in the dataset", &[id]) }</li> }
        }
    });
    html! { <ul class="source-list">{ for items }</ul> }
}
