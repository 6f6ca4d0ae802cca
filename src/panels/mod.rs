//! The panel registry: every chart card the page shows, in one enum.
//!
//! A panel is a chart with its Table and Sources views. Everything that
//! differs between panels (its slug in links, title, subtitle, aspect ratio,
//! where it sits on the page, and how it is built from the assumptions) is
//! answered here, by [`PanelId`], so the page, the embed view and picker, the
//! share link, print and the tests iterate [`PanelId::ALL`] instead of
//! repeating a list. Adding a chart is a module beside this one, a variant
//! and its match arms below (the compiler lists every one), and its strings.
//!
//! Pure core: no browser types, so every panel is built and checked natively.

mod douyin;
mod focus;
mod gmv;
mod industry;
mod third_pole;
mod tornado;

use crate::charts::ChartSpec;
use crate::data::{Dataset, Figure, Reading, Unit};
use crate::locale::{Currency, Locale};
use crate::scenario::{McResult, SeriesId};
use crate::views::{Assumptions, MissingFigure, Table};
use serde::{Deserialize, Serialize};

pub(crate) use douyin::chart as douyin_chart;
pub(crate) use industry::projection as industry_projection;

/// One chart with its three views: the chart, the table of the numbers it
/// draws, and the figures it uses (dataset ids, article or later).
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub spec: ChartSpec,
    pub table: Table,
    pub sources: Vec<String>,
    /// Cautions shown under the chart.
    pub notes: Vec<String>,
    /// What the preset's growths drawn here rest on, a sentence per series
    /// and phase (`views::basis`): the article's figure, the app's
    /// assumption, or the later figures a range was fitted from. Shown in
    /// the Sources view; empty for the reader's own set.
    pub basis: Vec<String>,
}

/// Every chart card of the page.
///
/// Ordered by slug (`Ord`), so maps keyed by panel (a link's tabs) list
/// them the way links always have; [`PanelId::ALL`] is the page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PanelId {
    /// Who sold what in 2019.
    Gmv,
    /// The industry's projection and the trillion level.
    Industry,
    /// Douyin's live-stream multiplier for 2020.
    Douyin,
    /// Each platform's share of the industry: will Douyin be the third pole?
    ThirdPole,
    /// The projection explorer: any series, with bands and later reports.
    Focus,
    /// Which assumption matters most.
    Tornado,
    /// What happened next to the three platforms.
    Platforms,
    /// The article's forecasts against what happened.
    Outcomes,
}

/// Where a panel's card sits on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The article's headline chart (the trillion level), first on the page
    /// under the claim it draws.
    Lead,
    /// The article's other charts, after the story.
    Article,
    /// Inside the scenario lab, under its own controls.
    Lab,
    /// After the key numbers: what happened later.
    Later,
}

impl PartialOrd for PanelId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PanelId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.slug().cmp(other.slug())
    }
}

impl PanelId {
    /// Every panel, in page order.
    pub const ALL: [PanelId; 8] = [
        PanelId::Gmv,
        PanelId::Industry,
        PanelId::Douyin,
        PanelId::ThirdPole,
        PanelId::Focus,
        PanelId::Tornado,
        PanelId::Platforms,
        PanelId::Outcomes,
    ];

    /// The panel's word in links (`tab.<slug>=`, `embed=<slug>`) and the
    /// stem of its element ids (`chart-<slug>`, `<slug>-table`).
    pub const fn slug(self) -> &'static str {
        match self {
            PanelId::Gmv => "gmv",
            PanelId::Industry => "industry",
            PanelId::Douyin => "douyin",
            PanelId::ThirdPole => "third-pole",
            PanelId::Focus => "focus",
            PanelId::Tornado => "tornado",
            PanelId::Platforms => "platforms",
            PanelId::Outcomes => "outcomes",
        }
    }

    /// The panel a link's word names, if any.
    pub fn from_slug(s: &str) -> Option<PanelId> {
        PanelId::ALL.into_iter().find(|p| p.slug() == s)
    }

    /// Every slug, for messages that list what a link may say.
    pub fn slugs() -> String {
        PanelId::ALL.map(PanelId::slug).join(", ")
    }

    /// The card's title (an English catalogue key).
    pub const fn title(self) -> &'static str {
        match self {
            PanelId::Gmv => "Who sold what in 2019",
            PanelId::Industry => "When does live commerce reach a trillion yuan?",
            PanelId::Douyin => "How fast can Douyin's live commerce grow?",
            PanelId::ThirdPole => "Will Douyin be the third pole?",
            PanelId::Focus => "Projection of any series",
            PanelId::Tornado => "Which assumption matters most?",
            PanelId::Platforms => "What happened next to the three platforms",
            PanelId::Outcomes => "Forecasts against what happened",
        }
    }

    /// The card's title in the reader's language and currency: the
    /// [`PanelId::title`] key translated, and in US dollars the article's
    /// trillion yuan with what it is in dollars beside it ("When does live
    /// commerce reach a trillion yuan (145 billion US dollars)?").
    pub fn heading(self, l: &Locale) -> String {
        match (self, l.currency) {
            (PanelId::Industry, Currency::Usd) => l.trf(
                "When does live commerce reach a trillion yuan ({})?",
                &[&l.level_name(crate::model::TRILLION_BN)],
            ),
            _ => l.tr(self.title()).to_string(),
        }
    }

    /// The line under the title, in the reader's language and unit; empty
    /// for the lab's panels, whose controls say what they show.
    pub fn subtitle(self, l: &Locale, reading: Reading) -> String {
        let caption = l.tr(l.caption());
        match self {
            PanelId::Gmv => l.trf(
                "Gross merchandise value (GMV) in 2019, {}, {}.",
                &[
                    &caption,
                    &l.tr(match reading {
                        Reading::Corrected => "with the article's contradictions corrected",
                        Reading::AsPrinted => "as printed in the article",
                    }),
                ],
            ),
            PanelId::Industry => l.trf(
                "China's live-stream e-commerce, {}: the article's 2019 size, grown by your assumptions (a fan where they are ranges), and what later reports say.",
                &[&caption],
            ),
            PanelId::Douyin => l.trf(
                "Douyin live-stream GMV, {}: {} in 2019 and the article's two forecasts for 2020, against your own.",
                &[&caption, &l.money(10.0)],
            ),
            PanelId::ThirdPole => l
                .tr("Each platform's share of China's live-stream e-commerce, from your assumptions, with the Monte Carlo's 50% and 90% bands and later reports' shares where they can be compared.")
                .to_string(),
            PanelId::Platforms => l.trf(
                "GMV by year, {}: the article's 2019 figures and later reports, one marker series per platform and publisher.",
                &[&caption],
            ),
            PanelId::Outcomes => l
                .tr("Each of the article's forecasts, set against what later reports say: reported ÷ forecast, so ×1 means the forecast came true.")
                .to_string(),
            PanelId::Focus | PanelId::Tornado => String::new(),
        }
    }

    /// Height over width of the chart's canvas.
    pub const fn aspect(self) -> f64 {
        match self {
            PanelId::Gmv | PanelId::Platforms => 0.55,
            PanelId::Tornado | PanelId::Outcomes => 0.5,
            PanelId::Industry | PanelId::Douyin | PanelId::ThirdPole | PanelId::Focus => 0.6,
        }
    }

    /// Where the card sits on the page.
    pub const fn slot(self) -> Slot {
        match self {
            PanelId::Industry => Slot::Lead,
            PanelId::Gmv | PanelId::Douyin | PanelId::ThirdPole => Slot::Article,
            PanelId::Focus | PanelId::Tornado => Slot::Lab,
            PanelId::Platforms | PanelId::Outcomes => Slot::Later,
        }
    }

    /// Whether the chart's legend is followed by the key to marker fills
    /// (charts that draw later reports' markers).
    pub const fn marker_key(self) -> bool {
        matches!(self, PanelId::Industry | PanelId::Platforms)
    }

    /// Whether the panel follows the scenario; the others depend on the
    /// dataset, the reading and the locale only, so a slider step can keep
    /// them as they are.
    pub const fn follows_scenario(self) -> bool {
        !matches!(self, PanelId::Gmv | PanelId::Platforms | PanelId::Outcomes)
    }

    /// Whether the share link keeps the chart's log/linear choice
    /// (`log_industry`); other panels keep theirs on the page only.
    pub const fn log_in_link(self) -> bool {
        matches!(self, PanelId::Industry)
    }

    /// Every legend entry the panel's chart can show, by slug
    /// ([`crate::charts::SeriesKey::slug`]), whatever the assumptions,
    /// reading or language: the series a share link may hide
    /// (`hide.<panel>=`), in legend order. Empty for a chart without a
    /// legend. Computed from the dataset (later reports are series), cheap
    /// enough to ask per link or toggle; `tests/share.rs` builds every panel
    /// across presets, readings, focus series and languages and checks each
    /// legend against this.
    pub fn legend_slugs(self, ds: &Dataset) -> Vec<String> {
        use crate::charts::PROJECTION_SLUG;
        use crate::views::later;
        let en = Locale::en();
        let mut out: Vec<String> = Vec::new();
        let mut add = |s: String| {
            if !out.contains(&s) {
                out.push(s);
            }
        };
        match self {
            PanelId::Gmv | PanelId::Tornado | PanelId::Outcomes => {}
            PanelId::Industry => {
                add(PROJECTION_SLUG.to_string());
                later::industry_overlays(ds, &en)
                    .0
                    .into_iter()
                    .for_each(|o| add(o.slug));
            }
            PanelId::Focus => {
                add(PROJECTION_SLUG.to_string());
                for id in SeriesId::ALL {
                    later::series_overlays(ds, id, &en)
                        .0
                        .into_iter()
                        .for_each(|o| add(o.slug));
                }
            }
            PanelId::Douyin => douyin::SLUGS.iter().for_each(|s| add(s.to_string())),
            PanelId::ThirdPole => crate::scenario::SHARE_PLATFORMS
                .iter()
                .for_each(|id| add(id.slug().to_string())),
            PanelId::Platforms => crate::views::platform_slugs(ds).into_iter().for_each(add),
        }
        out
    }

    /// Builds the panel from the inputs; `Ok(None)` when it has nothing to
    /// show (the dataset lacks what it compares), an error when a figure
    /// every view needs is missing.
    pub fn build(self, cx: &Inputs) -> Result<Option<Panel>, MissingFigure> {
        Ok(Some(match self {
            PanelId::Gmv => gmv::build(cx)?,
            PanelId::Industry => industry::build(cx)?,
            PanelId::Douyin => douyin::build(cx)?,
            PanelId::ThirdPole => match third_pole::build(cx) {
                Some(p) => p,
                None => return Ok(None),
            },
            PanelId::Focus => focus::build(cx),
            PanelId::Tornado => tornado::build(cx),
            PanelId::Platforms => crate::views::platforms_panel(cx.ds, cx.a.reading, cx.l),
            PanelId::Outcomes => match crate::views::outcomes_panel(cx.ds, cx.a.reading, cx.l) {
                Some(p) => p,
                None => return Ok(None),
            },
        }))
    }
}

/// What every panel is built from: the dataset, the (checked) assumptions,
/// the Monte Carlo result for exactly these assumptions if there is one, and
/// the reader's locale.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    pub ds: &'a Dataset,
    pub a: &'a Assumptions,
    pub mc: Option<&'a McResult>,
    pub l: &'a Locale,
}

impl Inputs<'_> {
    /// The level whose crossing is reported, billion yuan: the user's, or
    /// the article's "trillion level".
    pub fn level(&self) -> f64 {
        let level = self.a.scenario.level;
        if level.is_finite() && level > 0.0 {
            level
        } else {
            self.ds
                .figure(crate::views::ids::INDUSTRY_TRILLION)
                .map_or(crate::model::TRILLION_BN, |f| f.low)
        }
    }

    /// A figure the panel needs, in the unit it expects.
    pub fn figure(&self, id: &str, unit: Unit) -> Result<&Figure, MissingFigure> {
        crate::views::figure(self.ds, id, unit)
    }

    /// The Monte Carlo bands of a series, when there is a result.
    pub fn bands(&self, id: SeriesId) -> Vec<[f64; 5]> {
        self.mc
            .and_then(|m| m.series.iter().find(|s| s.id == id))
            .map(|s| s.quantiles.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_read_back() {
        for p in PanelId::ALL {
            assert_eq!(PanelId::from_slug(p.slug()), Some(p));
        }
        let mut slugs: Vec<_> = PanelId::ALL.iter().map(|p| p.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), PanelId::ALL.len());
        assert_eq!(PanelId::from_slug("nope"), None);
    }

    #[test]
    fn order_is_by_slug() {
        let mut ids = PanelId::ALL.to_vec();
        ids.sort();
        let slugs: Vec<_> = ids.iter().map(|p| p.slug()).collect();
        let mut sorted = slugs.clone();
        sorted.sort_unstable();
        assert_eq!(slugs, sorted);
    }
}
