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
    /// What the preset's growths rest on (`Panel::basis`), one sentence each.
    #[prop_or_default]
    pub basis: Vec<String>,
    pub dataset: &'static Dataset,
    pub reading: Reading,
}

/// A list of the figures with their quotes or citations. Each source is
/// named by its publisher and title (`tips::citation`), which is also the
/// text of its link: never a bare address, a file name or a dataset id.
#[function_component(Sources)]
pub fn sources(p: &SourcesProps) -> Html {
    let prefs = use_prefs();
    let l = &prefs.locale;
    let items = p.ids.iter().map(|id| {
        match tips::source_entry(l, p.dataset, id, p.reading) {
            Some(e) => {
                let cite = &e.citation;
                html! {
                    <li data-id={id.clone()}>
                        <strong>{ e.heading.clone() }</strong>
                        { format!(": {}", e.value) }
                        if let Some(q) = &e.quote {
                            <blockquote>{ format!("“{q}”") }</blockquote>
                        }
                        <p class="citation">
                            if let Some(u) = &cite.url {
                                <a class="source-link" href={u.clone()} rel="noopener noreferrer" target="_blank">{ cite.label.clone() }</a>
                            } else if e.quote.is_some() {
                                { cite.label.clone() }
                            } else {
                                <span class="source-name">{ cite.label.clone() }</span>
                            }
                            if let Some(c) = &e.confidence {
                                { format!(" · {c}") }
                                if cite.url.is_none() {
                                    { format!(" · {}", l.tr("no link given")) }
                                }
                            }
                        </p>
                        if let Some(c) = &e.correction {
                            <p class="figure-note correction">{ c.clone() }</p>
                        }
                        if let Some(n) = &e.note { <p class="figure-note">{ n.clone() }</p> }
                    </li>
                }
            }
            None => html! { <li>{ l.tr("A figure this chart uses is missing from the dataset.") }</li> },
        }
    });
    let basis = (!p.basis.is_empty()).then(|| {
        html! {
            <>
                <p class="basis-head"><strong>{ l.tr("What the preset's growths rest on") }</strong></p>
                <ul class="basis-list">{ for p.basis.iter().map(|b| html! { <li>{ b.clone() }</li> }) }</ul>
            </>
        }
    });
    html! {
        <>
            <ul class="source-list">{ for items }</ul>
            { for basis }
        </>
    }
}
