//! Embed mode: `?embed=<chart>` shows one chart card (title, chart, legend,
//! notes; its Chart / Table / Sources tabs only with `tabs=1`) and a link to
//! the full explorer, nothing else; and the toolbar's "Copy embed code",
//! which writes the `<iframe>` snippet for another site.
//!
//! An iframe cannot size itself to its content, and the content's height
//! depends on the column's width (the chart keeps its aspect ratio, the
//! legend wraps). So, as Datawrapper does, the embedded page posts its
//! height to the host page, and the snippet loads `embed.js` (a small
//! same-origin script of this build) that sets the iframe's height from it.
//! Without the script the iframe keeps the snippet's height.

use super::card::ChartCard;
use super::chart_canvas::SizeObserver;
use super::clipboard::{copy_or_select, select_on_focus};
use super::prefs::use_prefs;
use super::store::{query_of, use_select};
use crate::panels::PanelId;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

/// The title of an embeddable chart, by its slug.
fn title_of(chart: &str) -> &'static str {
    PanelId::from_slug(chart).map_or("Live Commerce Explorer", PanelId::title)
}

/// `query` without its `embed` and `tabs` fields (the latter only means
/// something in an embed).
pub fn without_embed(query: &str) -> String {
    query
        .split('&')
        .filter(|f| {
            let key = f.split('=').next().unwrap_or_default();
            !f.is_empty() && key != "embed" && key != "tabs"
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// This page's absolute address (origin and path, so a sub-path is kept) with `query`.
pub fn page_url(query: &str) -> String {
    thread_local! {
        // Read from the browser once: the app only ever changes the query,
        // and the toolbar asks on every slider step.
        static BASE: String = crate::ui::window()
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

/// The address of a file of this build (`embed.js`): beside the page,
/// under any sub-path.
pub fn build_file_url(name: &str) -> String {
    let page = page_url("");
    match page.rfind('/') {
        Some(i) => format!("{}{name}", &page[..=i]),
        None => name.to_string(),
    }
}

/// The iframe's height before `embed.js` sets it from the content (and if
/// the host page drops the script): a chart at a 640 px column with its
/// title, legend and credit.
const DEFAULT_HEIGHT: u32 = 640;

/// The message type the embedded page posts its height with; `embed.js`
/// reads the same.
const HEIGHT_MESSAGE: &str = "lce-embed-height";

/// Text made safe inside a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The `<iframe>` snippet that embeds `chart` of the view `query`, with its
/// tabs when `tabs`, and the script that fits the iframe to its content (no
/// inline style: `frameborder` and the embedded page's own margins do the
/// job).
pub fn snippet(query: &str, chart: &str, tabs: bool, title: &str) -> String {
    let rest = without_embed(query);
    let tabs = if tabs { "&tabs=1" } else { "" };
    let q = if rest.is_empty() {
        // The version, as every link the app writes: a link without it is
        // read as version 1, which meant "as printed".
        format!("v={}&embed={chart}{tabs}", crate::share::VERSION)
    } else {
        format!("{rest}&embed={chart}{tabs}")
    };
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="{DEFAULT_HEIGHT}" loading="lazy" frameborder="0" data-lce-embed></iframe><script async src="{}"></script>"#,
        attr(&page_url(&q)),
        attr(title),
        attr(&build_file_url("embed.js")),
    )
}

/// Posts the height of `main` to the page embedding this one whenever it
/// changes (the chart re-lays out with the column's width), for `embed.js`.
/// Nothing when the page is not in a frame.
#[hook]
fn use_post_height(main: NodeRef) {
    use_effect_with((), move |_| {
        let observer = crate::ui::window().and_then(|w| {
            let parent = w.parent().ok().flatten()?;
            if js_sys::Object::is(&parent, &w) {
                return None;
            }
            let el = main.cast::<Element>()?;
            let target = el.clone();
            let mut last = 0;
            SizeObserver::new(&el, move || {
                // The bottom of the content in the document, margins
                // included: the iframe's height that shows all of it
                // without a scrollbar.
                let rect = target.get_bounding_client_rect();
                let scroll = crate::ui::window()
                    .and_then(|w| w.scroll_y().ok())
                    .unwrap_or(0.0);
                let height = (rect.bottom() + scroll + 2.0).ceil() as u32;
                if height == last || height == 0 {
                    return;
                }
                last = height;
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
                let _ = parent.post_message(&message, "*");
            })
        });
        move || drop(observer)
    });
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
    let tabs = use_select(|s| s.session.view.embed_tabs);
    let main = use_node_ref();
    use_post_height(main.clone());
    let full = page_url(&without_embed(&query));
    html! {
        <main class="embed" id="embed" ref={main}>
            <ChartCard id={p.chart} embedded=true {tabs} />
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
    let with_tabs = use_state(|| false);
    let shown = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    let code = snippet(
        &p.query,
        &chart,
        *with_tabs,
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
    let on_tabs = {
        let with_tabs = with_tabs.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                with_tabs.set(input.checked());
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
            <label class="embed-tabs">
                <input type="checkbox" id="embed-tabs" checked={*with_tabs} onchange={on_tabs} />
                { tr("with its Table and Sources tabs") }
            </label>
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
