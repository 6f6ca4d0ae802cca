//! Embed mode: `?embed=<chart>` shows one chart card (title, chart with its
//! tabs, sources) and a link to the full explorer, nothing else; and the
//! toolbar's "Copy embed code", which writes the `<iframe>` snippet for
//! another site.

use super::card::ChartCard;
use super::clipboard::{copy_or_select, select_on_focus};
use super::prefs::use_prefs;
use super::store::{query_of, use_select};
use crate::panels::PanelId;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The title of an embeddable chart, by its slug.
fn title_of(chart: &str) -> &'static str {
    PanelId::from_slug(chart).map_or("Live Commerce Explorer", PanelId::title)
}

/// `query` without its `embed` field.
pub fn without_embed(query: &str) -> String {
    query
        .split('&')
        .filter(|f| !f.is_empty() && *f != "embed" && !f.starts_with("embed="))
        .collect::<Vec<_>>()
        .join("&")
}

/// This page's absolute address (origin and path, so a sub-path is kept) with `query`.
pub fn page_url(query: &str) -> String {
    thread_local! {
        // Read from the browser once: the app only ever changes the query,
        // and the toolbar asks on every slider step.
        static BASE: String = web_sys::window()
            .map(|w| w.location())
            .map(|l| format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default()))
            .unwrap_or_default();
    }
    let base = BASE.with(String::clone);
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// Text made safe inside a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The `<iframe>` snippet that embeds `chart` of the view `query` (no inline
/// style: `frameborder` and the embedded page's own margins do the job).
pub fn snippet(query: &str, chart: &str, title: &str) -> String {
    let rest = without_embed(query);
    let q = if rest.is_empty() {
        // The version, as every link the app writes: a link without it is
        // read as version 1, which meant "as printed".
        format!("v={}&embed={chart}", crate::share::VERSION)
    } else {
        format!("{rest}&embed={chart}")
    };
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="480" loading="lazy" frameborder="0"></iframe>"#,
        attr(&page_url(&q)),
        attr(title)
    )
}

/// Props of [`EmbedView`].
#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    /// The panel shown alone (the query decoder checked it).
    pub chart: PanelId,
}

/// See the module docs: the panel's card as on the full page, without its
/// controls, and a link to the same view in full.
#[function_component(EmbedView)]
pub fn embed_view(p: &EmbedViewProps) -> Html {
    let l = use_prefs().locale;
    let query = use_select(query_of);
    let full = page_url(&without_embed(&query));
    html! {
        <main class="embed" id="embed">
            <ChartCard id={p.chart} embedded=true />
            <p class="embed-attribution">
                <a id="embed-full" href={full} target="_blank" rel="noopener">{ l.tr("Live Commerce Explorer ↗") }</a>
            </p>
        </main>
    }
}

/// Props of [`EmbedCode`].
#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    /// The view's share-link query (without `?`).
    pub query: String,
}

/// A chart chooser and "Copy embed code": the snippet goes to the clipboard,
/// and is shown selected in a field when the browser does not allow that.
#[function_component(EmbedCode)]
pub fn embed_code(p: &EmbedCodeProps) -> Html {
    let prefs = use_prefs();
    let tr = |s: &'static str| prefs.locale.tr(s);
    let chart = use_state(|| "industry".to_string());
    let shown = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    let code = snippet(
        &p.query,
        &chart,
        &prefs
            .locale
            .trf("Live Commerce Explorer: {}", &[&tr(title_of(&chart))]),
    );
    {
        // A new snippet is not copied yet.
        let copied = copied.clone();
        use_effect_with(code.clone(), move |_| copied.set(None));
    }
    let on_chart = {
        let chart = chart.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                chart.set(s.value());
            }
        })
    };
    let on_copy = {
        let code = code.clone();
        let copied = copied.clone();
        let shown = shown.clone();
        let field = field.clone();
        Callback::from(move |_: MouseEvent| {
            shown.set(true);
            let copied = copied.clone();
            copy_or_select(
                &code,
                field.clone(),
                Callback::from(move |ok| copied.set(Some(ok))),
            );
        })
    };
    let select_all = select_on_focus();
    html! {
        <div class="toolbar-group embed-code">
            <label for="embed-chart">{ tr("Embed") }</label>
            <select id="embed-chart" onchange={on_chart}>
                { for PanelId::ALL.iter().map(|id| html! {
                    <option value={id.slug()} selected={*chart == id.slug()}>{ id.heading(&prefs.locale) }</option>
                }) }
            </select>
            <button type="button" id="copy-embed" onclick={on_copy}>{ tr("Copy embed code") }</button>
            if *shown {
                <input type="text" id="embed-code" readonly=true value={code} ref={field}
                    aria-label={tr("Embed code")} onfocus={select_all} />
            }
            <span id="embed-status" role="status">
                { match *copied {
                    Some(true) => tr("Copied."),
                    Some(false) => tr("The browser did not allow copying: the code is selected, press Ctrl+C."),
                    None => "",
                } }
            </span>
        </div>
    }
}
