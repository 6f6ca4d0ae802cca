//! The story card: the article retold in a few paragraphs whose numbers are
//! live (see [`crate::story`]). Knobs are [`Scrubber`]s; derived values are
//! emphasised and follow every change, as the charts do.

use super::prefs::use_prefs;
use super::scrubber::Scrubber;
use crate::data::Dataset;
use crate::scenario::McResult;
use crate::session::Action;
use crate::story::{self, Span};
use crate::views::{Assumptions, MissingFigure, Views};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Story`].
#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub dataset: &'static Dataset,
    pub assumptions: Assumptions,
    /// The latest Monte Carlo result, if any (for the chance of the level).
    #[prop_or_default]
    pub result: Option<Rc<McResult>>,
    pub act: Callback<Action>,
    /// The views already built for exactly these assumptions and result, if
    /// the page has them (saves building them again for the story).
    #[prop_or_default]
    pub views: Option<Rc<Result<Views, MissingFigure>>>,
}

/// Id of the line that says how to use the numbers.
const HINT: &str = "story-hint";

/// See the module docs.
#[function_component(Story)]
pub fn story_card(p: &StoryProps) -> Html {
    let prefs = use_prefs();
    let l = &prefs.locale;
    let ds = p.dataset;
    let views = p.views.clone();
    let paragraphs = use_memo(
        (p.assumptions.clone(), p.result.clone(), l.clone()),
        move |(a, r, l)| match views.as_deref() {
            Some(Ok(v)) => Ok(story::story_with(ds, a, r.as_deref(), l, v)),
            _ => story::story(ds, a, r.as_deref(), l),
        },
    );
    let body = match &*paragraphs {
        Ok(ps) => html! {
            { for ps.iter().map(|para| html! {
                <p id={para.id} class="story-text">
                    { for para.spans.iter().map(|s| match s {
                        Span::Text(t) => html! { { t.clone() } },
                        Span::Knob(k) => html! {
                            <Scrubber knob={k.clone()} act={p.act.clone()} hint={Some(AttrValue::from(HINT))} />
                        },
                        Span::Derived { id, text } => html! {
                            <strong class="story-derived" id={*id}>{ text.clone() }</strong>
                        },
                    }) }
                </p>
            }) }
        },
        Err(e) => {
            gloo::console::error!(format!("the story could not be written: {e}"));
            html! { <p class="chart-error" role="alert">{ l.tr("The story could not be written, but the charts below still show the numbers.") }</p> }
        }
    };
    html! {
        <section class="card story" id="story" aria-labelledby="story-title">
            <h2 id="story-title">{ l.tr("The story, with live numbers") }</h2>
            <p class="sub" id={HINT}>
                { l.tr("Drag a blue number sideways or up and down, or focus it and use the arrow keys \
                   (Shift: bigger steps, Alt: smaller), or click it to type a value. \
                   The charts and every bold figure follow.") }
            </p>
            { body }
        </section>
    }
}
