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
        let cite = tips::citation(l, p.dataset, id);
        if let (Some(f), Some(cite)) = (p.dataset.figure(id), &cite) {
            html! {
                <li data-id={id.clone()}>
                    <strong>{ l.trf("{} – {} ({})", &[&l.tr_any(&f.entity), &l.tr_any(&f.metric), &f.period]) }</strong>
                    { format!(": {}", tips::figure_value_in(l, f, p.reading)) }
                    <blockquote>{ format!("“{}”", f.quote) }</blockquote>
                    <p class="citation">{ cite.label.clone() }</p>
                    if let Some(c) = &f.correction {
                        <p class="figure-note correction">{ l.trf("Correction: {}", &[&c.explanation]) }</p>
                    }
                    if let Some(n) = &f.note { <p class="figure-note">{ n.clone() }</p> }
                </li>
            }
        } else if let (Some(f), Some(cite)) = (p.dataset.later_figure(id), &cite) {
            html! {
                <li data-id={id.clone()}>
                    <strong>{ l.trf("{} – {} ({})", &[&l.tr_any(&f.entity), &l.tr_any(&f.metric), &f.period]) }</strong>
                    { format!(": {}", tips::value_in(l, f.low, f.high, f.unit)) }
                    <p class="citation">
                        if let Some(u) = &cite.url {
                            <a class="source-link" href={u.clone()} rel="noopener noreferrer" target="_blank">{ cite.label.clone() }</a>
                        } else {
                            <span class="source-name">{ cite.label.clone() }</span>
                        }
                        { format!(" · {}", tips::confidence_in(l, f.confidence)) }
                        if cite.url.is_none() {
                            { format!(" · {}", l.tr("no link given")) }
                        }
                    </p>
                    if let Some(n) = &f.note { <p class="figure-note">{ n.clone() }</p> }
                </li>
            }
        } else {
            html! { <li>{ l.tr("A figure this chart uses is missing from the dataset.") }</li> }
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
