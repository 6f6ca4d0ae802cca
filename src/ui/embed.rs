//! Embed mode: `?embed=<chart>` shows one chart card (title, chart with its
//! tabs, sources) and a link to the full explorer, nothing else; and the
//! toolbar's "Copy embed code", which writes the `<iframe>` snippet for
//! another site.

use super::clipboard::{copy_or_select, select_on_focus};
use super::panel::ChartPanel;
use super::parts::{industry_legend, series_legend};
use super::prefs::use_prefs;
use crate::data::{Dataset, Reading};
use crate::session::Action;
use crate::share::Tab;
use crate::views::Views;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The charts that can be embedded, with their card titles, in page order.
pub const CHARTS: [(&str, &str); 7] = [
    ("gmv", "Who sold what in 2019"),
    ("industry", "When does live commerce reach a trillion yuan?"),
    ("douyin", "How fast can Douyin's live commerce grow?"),
    ("focus", "Projection of any series"),
    ("tornado", "Which assumption matters most?"),
    ("platforms", "What happened next to the three platforms"),
    ("outcomes", "Forecasts against what happened"),
];

fn title_of(chart: &str) -> &'static str {
    CHARTS
        .iter()
        .find(|(id, _)| *id == chart)
        .map_or("Live Commerce Explorer", |(_, t)| t)
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
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
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
        format!("embed={chart}")
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
    /// One of [`CHARTS`] (the query decoder checked it).
    pub chart: AttrValue,
    pub views: Rc<Views>,
    pub dataset: &'static Dataset,
    pub reading: Reading,
    pub tabs: BTreeMap<String, Tab>,
    pub act: Callback<Action>,
    /// The industry chart's logarithmic scale, which the share link keeps.
    pub log_industry: bool,
    pub on_log: Callback<bool>,
    /// The view's query (with `embed`), for the link to the full explorer.
    pub query: String,
}

/// See the module docs. The card's text is the full page's (the same
/// translations apply).
#[function_component(EmbedView)]
pub fn embed_view(p: &EmbedViewProps) -> Html {
    let l = use_prefs().locale;
    let chart = p.chart.to_string();
    let v = &p.views;
    let caption = l.tr(l.caption());
    let reading = l.tr(if p.reading == Reading::Corrected {
        "with the article's contradictions corrected"
    } else {
        "as printed in the article"
    });
    let (panel, aspect, legend, sub) = match chart.as_str() {
        "gmv" => (
            Some(&v.gmv),
            0.55,
            Html::default(),
            l.trf(
                "Gross merchandise value (GMV) in 2019, {}, {}.",
                &[&caption, &reading],
            ),
        ),
        "industry" => (
            Some(&v.industry),
            0.6,
            industry_legend(&v.industry.spec),
            l.trf(
                "China's live-stream e-commerce, {}: the article's 2019 size, grown by your assumptions (a fan where they are ranges), and what later reports say.",
                &[&caption],
            ),
        ),
        "douyin" => (
            Some(&v.douyin),
            0.6,
            Html::default(),
            l.trf(
                "Douyin live-stream GMV, {}: {} in 2019 and the article's two forecasts for 2020, against your own.",
                &[&caption, &l.money(10.0)],
            ),
        ),
        "platforms" => (
            Some(&v.platforms),
            0.55,
            series_legend(&v.platforms.spec),
            l.trf(
                "GMV by year, {}: the article's 2019 figures and later reports, one marker series per platform and publisher.",
                &[&caption],
            ),
        ),
        "outcomes" => (
            v.outcomes.as_ref(),
            0.5,
            Html::default(),
            l.tr("Each of the article's forecasts, set against what later reports say: reported ÷ forecast, so ×1 means the forecast came true.").to_string(),
        ),
        "focus" => (Some(&v.focus), 0.6, Html::default(), String::new()),
        "tornado" => (Some(&v.tornado), 0.5, Html::default(), String::new()),
        _ => (None, 0.6, Html::default(), String::new()),
    };
    let title = l.tr(title_of(&chart));
    let full = page_url(&without_embed(&p.query));
    let tab = p.tabs.get(&chart).copied().unwrap_or(Tab::Chart);
    let on_tab = {
        let chart = chart.clone();
        p.act.reform(move |t: Tab| Action::Tab(chart.clone(), t))
    };
    let (log, on_log) = if chart == "industry" {
        (Some(p.log_industry), Some(p.on_log.clone()))
    } else {
        (None, None)
    };
    let body = match panel {
        Some(panel) => html! {
            <ChartPanel id={chart.clone()} tab={tab} on_tab={on_tab} panel={Rc::new(panel.clone())}
                dataset={p.dataset} reading={p.reading} aspect={aspect} log={log} on_log={on_log}>
                { legend }
            </ChartPanel>
        },
        None => html! {
            <p class="chart-error" role="alert">{ l.tr("This chart has nothing to show for this scenario.") }</p>
        },
    };
    html! {
        <main class="embed" id="embed">
            <section class="card" id={chart.clone()} aria-labelledby={format!("{chart}-title")}>
                <h2 id={format!("{chart}-title")}>{ title }</h2>
                if !sub.is_empty() {
                    <p class="sub">{ sub }</p>
                }
                { body }
            </section>
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
                { for CHARTS.iter().map(|(id, t)| html! {
                    <option value={*id} selected={*chart == *id}>{ tr(t) }</option>
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
