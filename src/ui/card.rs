//! One component renders any panel of the registry: its card (title,
//! subtitle, the panel's own controls) and the chart with its Table and
//! Sources views. It subscribes to its own panel only, so a slider step
//! re-renders the cards whose chart changed and no other.

use super::controls::{DouyinControls, IndustryControls};
use super::panel::ChartPanel;
use super::parts::LegendKey;
use super::prefs::use_prefs;
use super::store::{State, use_dispatch, use_select};
use crate::checks;
use crate::data::Reading;
use crate::panels::{Panel, PanelId};
use crate::session::{Action, Edit};
use crate::share::Tab;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// What a card shows, as selected from the store.
#[derive(Clone, Debug)]
struct CardData {
    panel: Option<Rc<Panel>>,
    tab: Tab,
    reading: Reading,
    /// The chart's scale when the share link keeps it.
    log: Option<bool>,
    /// The legend entries hidden, by slug (in the share link).
    hidden: BTreeSet<String>,
}

/// The same panel (one build) compares without walking its table; a
/// rebuilt one by value, so an unchanged chart is not re-rendered.
impl PartialEq for CardData {
    fn eq(&self, other: &Self) -> bool {
        let same_panel = match (&self.panel, &other.panel) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b) || a == b,
            (None, None) => true,
            _ => false,
        };
        same_panel
            && self.tab == other.tab
            && self.reading == other.reading
            && self.log == other.log
            && self.hidden == other.hidden
    }
}

fn select(id: PanelId, s: &State) -> CardData {
    let a = s.session.assumptions();
    let views = s.views();
    CardData {
        panel: views
            .as_ref()
            .as_ref()
            .ok()
            .and_then(|v| v.panels.get(&id).cloned()),
        tab: s.session.view.tab(id.slug()),
        reading: a.reading,
        log: id.log_in_link().then_some(a.page.log_industry),
        hidden: s.session.view.hidden_in(id.slug()),
    }
}

/// Props of [`ChartCard`].
#[derive(Properties, PartialEq)]
pub struct ChartCardProps {
    pub id: PanelId,
    /// Rendered inside another card (the lab): a sub-heading, no section.
    #[prop_or_default]
    pub nested: bool,
    /// Shown alone (`?embed=`): no controls, and a message rather than
    /// nothing when the panel has nothing to show.
    #[prop_or_default]
    pub embedded: bool,
    /// Shows the Chart / Table / Sources tabs (an embed leaves them out
    /// unless its link asks for them).
    #[prop_or(true)]
    pub tabs: bool,
}

/// The panel's controls, under its chart.
fn controls(id: PanelId) -> Html {
    match id {
        PanelId::Industry => html! { <IndustryControls /> },
        PanelId::Douyin => html! { <DouyinControls /> },
        _ => Html::default(),
    }
}

/// See the module docs. Renders nothing when the panel has nothing to show.
#[function_component(ChartCard)]
pub fn chart_card(p: &ChartCardProps) -> Html {
    let id = p.id;
    let data = use_select(move |s| select(id, s));
    let l = use_prefs().locale;
    let act = use_dispatch();
    let on_tab = use_memo((act.clone(), id), |(act, id)| {
        let id = *id;
        act.reform(move |t: Tab| Action::Tab(id, t))
    });
    let on_series = use_memo((act.clone(), id), |(act, id)| {
        let panel = *id;
        act.reform(move |(series, shown): (String, bool)| Action::Series {
            panel,
            series,
            shown,
        })
    });
    let on_log = use_memo(act, |act| {
        act.reform(|on: bool| Action::Edit(Edit::LogIndustry(on)))
    });
    // Consistency warnings depend on the reading and language only.
    let ds = super::store::use_store().read(|s| s.ds);
    let warnings = use_memo(
        (data.reading, l.clone(), data.panel.clone()),
        move |(r, l, panel)| match (id, panel) {
            (PanelId::Gmv, Some(panel)) => {
                let violations = checks::check(ds, *r);
                let ids: Vec<&str> = panel.sources.iter().map(String::as_str).collect();
                checks::affecting(&violations, &ids)
                    .into_iter()
                    .map(|v| v.note.text(l))
                    .collect()
            }
            _ => Vec::new(),
        },
    );
    let Some(panel) = data.panel.clone() else {
        return if p.embedded {
            html! { <p class="chart-error" role="alert">{ l.tr("This chart has nothing to show for this scenario.") }</p> }
        } else {
            Html::default()
        };
    };
    let controls = if p.embedded {
        Html::default()
    } else {
        controls(id)
    };
    let slug = id.slug();
    let title = AttrValue::from(id.heading(&l));
    let subtitle = id.subtitle(&l, data.reading);
    let chart = html! {
        <ChartPanel id={slug} title={title.clone()} tab={data.tab} on_tab={(*on_tab).clone()} {panel} dataset={ds}
            reading={data.reading} aspect={id.aspect()} warnings={(*warnings).clone()}
            log={data.log} on_log={data.log.map(|_| (*on_log).clone())} show_tabs={p.tabs}
            hidden={Some(data.hidden.clone())} on_series={Some((*on_series).clone())} live={Some(id)}>
            if id.marker_key() {
                <LegendKey />
            }
        </ChartPanel>
    };
    if p.nested {
        return html! {
            <>
                <h3 id={format!("{slug}-title")}>{ title }</h3>
                { controls.clone() }
                { chart }
            </>
        };
    }
    html! {
        <section class="card" id={slug} aria-labelledby={format!("{slug}-title")}>
            <h2 id={format!("{slug}-title")}>{ title }</h2>
            if !subtitle.is_empty() {
                <p class="sub">{ subtitle }</p>
            }
            // The chart first, its controls under it: the first screen
            // shows the chart, and a finger on a slider leaves it in view.
            { chart }
            { controls }
        </section>
    }
}
