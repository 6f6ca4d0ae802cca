//! The bar above the charts: undo and redo, the share link with a Copy
//! button, and the projections as CSV.

use super::clipboard::{copy_or_select, select_on_focus};
use super::download::DownloadLink;
use super::prefs::use_prefs;
use crate::session::Action;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    pub act: Callback<Action>,
    /// The view's share-link query (without `?`).
    pub query: String,
    /// Writes the projections of every series as CSV, when downloaded.
    pub projections: Callback<(), Rc<String>>,
}

/// See the module docs.
#[function_component(Toolbar)]
pub fn toolbar(p: &ToolbarProps) -> Html {
    let prefs = use_prefs();
    let l = &prefs.locale;
    let copied = use_state(|| None::<Result<(), ()>>);
    let field = use_node_ref();
    // The section the reader went to comes along (`#industry`).
    let fragment = super::nav::use_fragment();
    let link = format!("{}{fragment}", super::embed::page_url(&p.query));
    {
        // A new link is not copied yet.
        let copied = copied.clone();
        use_effect_with(link.clone(), move |_| copied.set(None));
    }
    let on_copy = {
        let link = link.clone();
        let copied = copied.clone();
        let field = field.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let done =
                Callback::from(move |ok: bool| copied.set(Some(if ok { Ok(()) } else { Err(()) })));
            copy_or_select(&link, field.clone(), done);
        })
    };
    let select_all = select_on_focus();
    html! {
        <nav class="toolbar card" aria-label={l.tr("Scenario tools")}>
            <div class="toolbar-group">
                <button type="button" id="undo" disabled={!p.can_undo} title={l.tr("Undo (Ctrl+Z)")}
                    onclick={p.act.reform(|_: MouseEvent| Action::Undo)}>{ l.tr("Undo") }</button>
                <button type="button" id="redo" disabled={!p.can_redo} title={l.tr("Redo (Ctrl+Shift+Z)")}
                    onclick={p.act.reform(|_: MouseEvent| Action::Redo)}>{ l.tr("Redo") }</button>
            </div>
            <div class="toolbar-group toolbar-share">
                <label for="share-link">{ l.tr("Link to this view") }</label>
                <input type="text" id="share-link" readonly=true value={link} ref={field} onfocus={select_all} />
                <button type="button" id="copy-link" onclick={on_copy}>{ l.tr("Copy link") }</button>
                <span id="copy-status" role="status">
                    { match *copied {
                        Some(Ok(())) => l.tr("Copied."),
                        Some(Err(())) => l.tr("The browser did not allow copying: the link is selected, press Ctrl+C."),
                        None => "",
                    } }
                </span>
            </div>
            <super::embed::EmbedCode query={p.query.clone()} />
            <div class="toolbar-group">
                <DownloadLink id="download-projections" make={p.projections.clone()} mime="text/csv"
                    file_name="live-commerce-projections.csv" label={l.tr("Projections (CSV)")} />
            </div>
        </nav>
    }
}
