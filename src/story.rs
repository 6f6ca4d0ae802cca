//! The story: the article's argument retold in a few short paragraphs whose
//! numbers are live, in the manner of explorable explanations (Bret Victor's
//! Tangle). Some numbers are knobs bound to the assumptions that drive the
//! charts; the others are derived from them through [`views::build`], so a
//! sentence can never disagree with a chart.
//!
//! Pure: no browser types. The UI (`ui::story`, `ui::scrubber`) renders the
//! spans and turns drags, keys, the wheel and typed text into the [`Edit`]s
//! built here.

use crate::charts::{ChartSpec, DouyinChart};
use crate::data::{Dataset, Reading};
use crate::format;
use crate::locale::{Arg, Currency, Lang, Locale, Note};
use crate::model::{Crossing, LAST_YEAR, TRILLION_BN, YearValue};
use crate::panels::PanelId;
use crate::scenario::{GrowthForm, LEVEL_MAX, LEVEL_MIN, McResult, SeriesId};
use crate::views::{
    self, Assumptions, Bounds, DOUYIN_MULTIPLIER, Edit, GROWTH_2020, GROWTH_LATER, MissingFigure,
    Views, input,
};

/// The level's bounds: those every other way of setting it is held to
/// (`Scenario::sanitize`); steps of 100 billion yuan.
pub const LEVEL: Bounds = Bounds {
    min: LEVEL_MIN,
    max: LEVEL_MAX,
    step: 100.0,
};

/// Dragging a linear knob across its whole range takes this many CSS pixels.
pub const LINEAR_RANGE_PX: f64 = 300.0;
/// Dragging a logarithmic knob this many CSS pixels doubles (or halves) it.
pub const LOG_DOUBLING_PX: f64 = 150.0;
/// A drag with Alt held moves this many times slower.
pub const FINE_DRAG: f64 = 0.1;

/// An adjustable number of the story: which assumption it sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Knob {
    /// The industry's growth in 2020, a multiplier (the article: ×2).
    Growth2020,
    /// The industry's growth a year in 2021–2022, shown as a rate.
    Growth2021,
    /// The industry's growth a year in 2023–2030, shown as a rate.
    Growth2023,
    /// Douyin's live-stream GMV in 2020 over 2019, a multiplier.
    DouyinLive2020,
    /// The level whose crossing is reported (the article's "trillion level").
    Level,
}

/// How dragging maps pixels to values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Equal distances, equal differences.
    Linear,
    /// Equal distances, equal ratios (multipliers and amounts).
    Log,
}

/// The size of a step: arrow keys alone, with Shift (coarse, ×10) or with
/// Alt (fine, ÷10).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    Normal,
    Coarse,
    Fine,
}

impl Speed {
    /// From the modifier keys held.
    pub fn from_keys(shift: bool, alt: bool) -> Speed {
        match (shift, alt) {
            (true, false) => Speed::Coarse,
            (false, true) => Speed::Fine,
            _ => Speed::Normal,
        }
    }
}

impl Knob {
    pub const ALL: [Knob; 5] = [
        Knob::Growth2020,
        Knob::Growth2021,
        Knob::Growth2023,
        Knob::DouyinLive2020,
        Knob::Level,
    ];

    /// Its key in the undo history and its element id, unique on the page.
    pub fn key(self) -> &'static str {
        match self {
            Knob::Growth2020 => "story-growth-2020",
            Knob::Growth2021 => "story-growth-2021",
            Knob::Growth2023 => "story-growth-2023",
            Knob::DouyinLive2020 => "story-douyin-multiplier",
            Knob::Level => "story-level",
        }
    }

    /// [`Knob::label`] in the reader's language.
    pub fn label_in(self, l: &Locale) -> &'static str {
        l.tr(self.label())
    }

    /// What it is, for screen readers (`aria-label`) and notes.
    pub fn label(self) -> &'static str {
        match self {
            Knob::Growth2020 => "Industry growth in 2020",
            Knob::Growth2021 => "Industry growth a year, 2021–2022",
            Knob::Growth2023 => "Industry growth a year, 2023–2030",
            Knob::DouyinLive2020 => "Douyin live-stream GMV in 2020, times 2019's",
            Knob::Level => "The level the industry is to reach",
        }
    }

    /// Its bounds: the sliders' own, so both clamp alike.
    pub fn bounds(self) -> Bounds {
        match self {
            Knob::Growth2020 => GROWTH_2020,
            Knob::Growth2021 | Knob::Growth2023 => GROWTH_LATER,
            Knob::DouyinLive2020 => DOUYIN_MULTIPLIER,
            Knob::Level => LEVEL,
        }
    }

    /// How a drag maps to values: multipliers and amounts logarithmically,
    /// yearly rates linearly.
    pub fn scale(self) -> Scale {
        match self {
            Knob::Growth2021 | Knob::Growth2023 => Scale::Linear,
            Knob::Growth2020 | Knob::DouyinLive2020 | Knob::Level => Scale::Log,
        }
    }

    /// The series and phase whose growth it sets; `None` for the level.
    pub fn target(self) -> Option<(SeriesId, usize)> {
        match self {
            Knob::Growth2020 => Some((SeriesId::Industry, 0)),
            Knob::Growth2021 => Some((SeriesId::Industry, 1)),
            Knob::Growth2023 => Some((SeriesId::Industry, 2)),
            Knob::DouyinLive2020 => Some((SeriesId::DouyinLive, 0)),
            Knob::Level => None,
        }
    }

    /// How it is typed: a multiplier, as the sliders beside the story and
    /// the editor's default speak ("×1.357"; "+35.6%" is read as a rate
    /// because of its "%"), or an amount. A yearly rate's box once opened as
    /// "35.65%", so "1.5" typed in it meant +1.5%, not ×1.5.
    fn form(self) -> Option<GrowthForm> {
        match self {
            Knob::Growth2020 | Knob::Growth2021 | Knob::Growth2023 | Knob::DouyinLive2020 => {
                Some(GrowthForm::Multiplier)
            }
            Knob::Level => None,
        }
    }

    /// Its current value: a growth's median, or the level in billion yuan
    /// (the article's trillion when the level is unusable, as the charts do).
    pub fn value(self, a: &Assumptions) -> f64 {
        match self.target() {
            Some((id, phase)) => a.median(id, phase),
            None => {
                let l = a.scenario.level;
                if l.is_finite() && l > 0.0 {
                    l
                } else {
                    TRILLION_BN
                }
            }
        }
    }

    /// The value as the story prints it: "×2", "+35.6%", "1 trillion yuan".
    pub fn text(self, v: f64) -> String {
        self.text_in(&Locale::en(), v)
    }

    /// [`Knob::text`] in the reader's language and units: the level is an
    /// amount ("1万亿元", "145 billion US dollars"); multipliers and rates
    /// read the same everywhere.
    pub fn text_in(self, l: &Locale, v: f64) -> String {
        match self {
            Knob::Growth2020 | Knob::DouyinLive2020 => format::multiplier(v),
            Knob::Growth2021 | Knob::Growth2023 => format::percent_change(v),
            Knob::Level => views::level_name(l, v),
        }
    }

    /// The value with its unit, for screen readers (`aria-valuetext`).
    pub fn value_text(self, v: f64) -> String {
        self.value_text_in(&Locale::en(), v)
    }

    /// [`Knob::value_text`] in the reader's language and units.
    pub fn value_text_in(self, l: &Locale, v: f64) -> String {
        match self {
            Knob::Growth2020 => l.trf(
                "{} ({}) in 2020",
                &[&format::multiplier(v), &format::percent_change(v)],
            ),
            Knob::Growth2021 | Knob::Growth2023 => l.trf(
                "{} a year ({})",
                &[&format::percent_change(v), &format::multiplier(v)],
            ),
            Knob::DouyinLive2020 => l.trf("{} 2019's GMV", &[&format::multiplier(v)]),
            Knob::Level => match (l.lang, l.currency) {
                (Lang::En, Currency::Cny) => format!(
                    "{} ({} billion yuan)",
                    views::level_name(l, v),
                    format::sig(v, 6)
                ),
                _ => format!(
                    "{} ({} {})",
                    views::level_name(l, v),
                    format::sig(l.display(v), 6),
                    l.caption()
                ),
            },
        }
    }

    /// The value as the text field starts out when the user types one.
    pub fn editing_text(self, v: f64) -> String {
        self.editing_text_in(&Locale::en(), v)
    }

    /// [`Knob::editing_text`] in the reader's units: the level as a number
    /// of [`Locale::caption`] (亿元 in Chinese, US dollars when chosen).
    pub fn editing_text_in(self, l: &Locale, v: f64) -> String {
        match self.form() {
            Some(form) => format!("×{}", input::show_growth(v, form)),
            None => input::plain_amount(l, v),
        }
    }

    /// Reads typed text: "×2", "2", "100%" for multipliers; "30%", "30",
    /// "×1.3" for yearly rates; "1000" or "1,000" billion yuan for the level.
    pub fn parse(self, text: &str) -> Result<f64, String> {
        match self.form() {
            Some(form) => input::parse_growth(text, form),
            None => input::parse_amount(text),
        }
    }

    /// [`Knob::parse`] with the level typed in the reader's units (what
    /// [`Knob::editing_text_in`] shows), returned in billion yuan.
    pub fn parse_in(self, l: &Locale, text: &str) -> Result<f64, String> {
        match self.form() {
            Some(form) => input::parse_growth_in(l, text, form),
            None => input::parse_amount_in(l, text),
        }
    }

    /// The step for `speed`.
    pub fn step(self, speed: Speed) -> f64 {
        let s = self.bounds().step;
        match speed {
            Speed::Normal => s,
            Speed::Coarse => s * 10.0,
            Speed::Fine => s / 10.0,
        }
    }

    /// `v` rounded to the grid of `step` and held within the bounds.
    pub fn snap(self, v: f64, step: f64) -> f64 {
        let b = self.bounds();
        if v.is_nan() {
            return b.min;
        }
        let v = v.clamp(b.min, b.max);
        clean((v / step).round() * step, step).clamp(b.min, b.max)
    }

    /// The next value on the step grid above (`up`) or below `v`, within the
    /// bounds: from ×1.3565 up by 0.01 is ×1.36, then ×1.37.
    pub fn stepped(self, v: f64, up: bool, speed: Speed) -> f64 {
        let b = self.bounds();
        let step = self.step(speed);
        if !v.is_finite() {
            return b.min;
        }
        // A value a hair off the grid (a range's median after rounding its
        // ends) counts as on it, so a step always moves by about a step.
        let k = v / step;
        let k = if (k - k.round()).abs() < 1e-3 {
            k.round()
        } else {
            k
        };
        let next = if up { k.floor() + 1.0 } else { k.ceil() - 1.0 };
        clean(next * step, step).clamp(b.min, b.max)
    }

    /// The value after dragging `px` CSS pixels (right or up positive) from
    /// `start`, snapped to the step grid (the fine grid with Alt).
    pub fn dragged(self, start: f64, px: f64, speed: Speed) -> f64 {
        let b = self.bounds();
        let start = if start.is_finite() { start } else { b.min };
        let px = if speed == Speed::Fine {
            px * FINE_DRAG
        } else {
            px
        };
        let raw = match self.scale() {
            Scale::Linear => start + px * (b.max - b.min) / LINEAR_RANGE_PX,
            Scale::Log => start.max(f64::MIN_POSITIVE) * (px / LOG_DOUBLING_PX).exp2(),
        };
        let step = if speed == Speed::Fine {
            self.step(Speed::Fine)
        } else {
            self.step(Speed::Normal)
        };
        self.snap(raw, step)
    }

    /// The edit that sets it to `v` (clamped to its bounds, with a note when
    /// it had to be; see [`Knob::apply`]).
    pub fn set(self, v: f64) -> Edit {
        Edit::Knob {
            knob: self,
            value: v,
        }
    }

    /// Sets it to `v`: `Assumptions::set_median` for a growth, as the
    /// sliders do, or the level, clamped to the knob's bounds with a note.
    pub fn apply(self, a: &mut Assumptions, v: f64) -> Option<Note> {
        let bounds = self.bounds();
        if let Some((id, phase)) = self.target() {
            return a.set_median(id, phase, v, bounds);
        }
        let fallback = Knob::Level.value(a);
        let (value, note) = if !v.is_finite() {
            (
                fallback,
                Some(Note::new("not a number; kept the previous value", [])),
            )
        } else if v < bounds.min || v > bounds.max {
            let c = v.clamp(bounds.min, bounds.max);
            (
                c,
                Some(Note::new(
                    "{} billion yuan is outside {}–{}; using {}",
                    [
                        format::sig(v, 6).into(),
                        format::sig(bounds.min, 6).into(),
                        format::sig(bounds.max, 8).into(),
                        format::sig(c, 8).into(),
                    ],
                )),
            )
        } else {
            (v, None)
        };
        a.set_level(value);
        note.map(|n| Note::new("Level: {}", [n.into()]))
    }

    /// The edit for typed text: the value it reads as, or, when it reads as
    /// nothing, no change and a note saying so.
    pub fn typed(self, text: &str) -> Edit {
        self.typed_in(&Locale::en(), text)
    }

    /// [`Knob::typed`] with the level read in the reader's units.
    pub fn typed_in(self, l: &Locale, text: &str) -> Edit {
        Edit::KnobText {
            knob: self,
            text: text.to_string(),
            locale: l.clone(),
        }
    }

    /// Carries out typed text (see [`Knob::typed_in`]).
    pub fn apply_text(self, a: &mut Assumptions, l: &Locale, text: &str) -> Option<Note> {
        match self.parse_in(l, text) {
            Ok(v) => self.apply(a, v),
            // The label and the reason are already in the reader's language.
            Err(m) => Some(Note::new(
                "{}: {}; {}",
                [
                    Arg::text(self.label_in(l)),
                    Arg::text(m.trim_end_matches(['.', '。'])),
                    l.trf("kept {}", &[&self.text_in(l, self.value(a))]).into(),
                ],
            )),
        }
    }

    /// The knob as the story shows it for these assumptions.
    pub fn span(self, a: &Assumptions) -> KnobSpan {
        self.span_in(a, &Locale::en())
    }

    /// [`Knob::span`] in the reader's language and units. `value`, `min`
    /// and `max` stay in the knob's own terms (billion yuan for the level),
    /// so drags and steps are the same in every locale.
    pub fn span_in(self, a: &Assumptions, l: &Locale) -> KnobSpan {
        let v = self.value(a);
        let b = self.bounds();
        KnobSpan {
            knob: self,
            value: v,
            min: b.min,
            max: b.max,
            text: self.text_in(l, v),
            value_text: self.value_text_in(l, v),
            editing_text: self.editing_text_in(l, v),
        }
    }
}

/// `v` with the float noise of multiplying by `step` removed (0.1 + 0.2).
fn clean(v: f64, step: f64) -> f64 {
    if !(step.is_finite() && step > 0.0) {
        return v;
    }
    let decimals = (-step.log10()).ceil().clamp(0.0, 12.0) as usize + 1;
    format!("{v:.decimals$}").parse().unwrap_or(v)
}

/// An adjustable number as shown: everything the scrubber needs.
#[derive(Clone, Debug, PartialEq)]
pub struct KnobSpan {
    pub knob: Knob,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    /// As printed in the text: "×2".
    pub text: String,
    /// With its unit, for `aria-valuetext`: "×2 (+100%) in 2020".
    pub value_text: String,
    /// What a text field for typing a value starts with: "2".
    pub editing_text: String,
}

impl KnobSpan {
    /// The value for `aria-valuenow`: six significant digits at most, no
    /// separators ("5.47723", not "5.477225575051661").
    pub fn aria_now(&self) -> String {
        format::sig(self.value, 6).replace(',', "")
    }
}

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub enum Span {
    Text(String),
    /// An adjustable number.
    Knob(KnobSpan),
    /// A value or clause that follows from the knobs, shown emphasised; `id`
    /// is its element id.
    Derived {
        id: &'static str,
        text: String,
    },
}

impl Span {
    fn text(s: impl Into<String>) -> Span {
        Span::Text(s.into())
    }

    fn derived(id: &'static str, s: impl Into<String>) -> Span {
        Span::Derived { id, text: s.into() }
    }

    /// The span's text as read.
    pub fn as_text(&self) -> &str {
        match self {
            Span::Text(t) | Span::Derived { text: t, .. } => t,
            Span::Knob(k) => &k.text,
        }
    }
}

/// One paragraph of the story.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    /// Its element id.
    pub id: &'static str,
    pub spans: Vec<Span>,
}

impl Paragraph {
    /// The paragraph as plain text.
    pub fn text(&self) -> String {
        self.spans.iter().map(Span::as_text).collect()
    }

    /// The derived span with `id`, if the paragraph has it.
    pub fn derived(&self, id: &str) -> Option<&str> {
        self.spans.iter().find_map(|s| match s {
            Span::Derived { id: i, text } if *i == id => Some(text.as_str()),
            _ => None,
        })
    }
}

/// Ids of the derived spans, for the UI and tests.
pub mod ids {
    pub const INDUSTRY_2019: &str = "story-industry-2019";
    pub const KUAISHOU_2019: &str = "story-kuaishou-2019";
    pub const LIVE_SHARE_2019: &str = "story-live-share-2019";
    pub const INDUSTRY_2020: &str = "story-industry-2020";
    pub const CROSSING: &str = "story-crossing";
    pub const INDUSTRY_LAST: &str = "story-industry-last";
    pub const CHANCE: &str = "story-chance";
    pub const DOUYIN_2020: &str = "story-douyin-2020";
    pub const DOUYIN_POSITION: &str = "story-douyin-position";
    pub const DOUYIN_SHARE_2020: &str = "story-douyin-share-2020";
}

fn value_in(series: &[YearValue], year: i32) -> Option<f64> {
    series.iter().find(|p| p.year == year).map(|p| p.value)
}

/// A share as a percentage: "6.31%".
fn percent(part: f64, whole: f64) -> String {
    if whole > 0.0 && part.is_finite() {
        format!("{}%", format::sig(part / whole * 100.0, 3))
    } else {
        "–".to_string()
    }
}

/// "The industry passes …" as a clause: "the industry passes …", no full
/// stop (a Chinese sentence loses its "。").
fn clause(sentence: &str) -> String {
    let s = sentence.trim_end_matches(['.', '。']);
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A figure of the article under the reading, its low end.
fn figure(ds: &Dataset, id: &str, r: Reading) -> Option<(f64, f64)> {
    ds.figure(id).map(|f| f.value(r))
}

/// English month names, for the story's dates ("1 April 2020").
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A length in hours: "3", or "3–3.5" for a range.
fn hours_text(lo: f64, hi: f64) -> String {
    if lo == hi {
        format::sig(lo, 3)
    } else {
        format!("{}–{}", format::sig(lo, 3), format::sig(hi, 3))
    }
}

/// A count given in millions, in Chinese: 47 is "4,700万", 400 is "4亿".
fn zh_count(millions: f64) -> String {
    let wan = millions * 100.0;
    if wan.abs() >= 10_000.0 {
        format!("{}亿", format::sig(wan / 10_000.0, 4))
    } else {
        format!("{}万", format::sig(wan, 4))
    }
}

/// The story for these assumptions (and the Monte Carlo result for them, if
/// any), in the reader's language and units: every number that depends on a
/// knob comes from [`views::build`]. Multipliers and rates read "×2" and
/// "+35%" in every language; amounts are converted.
/// What every paragraph of the story reads: the inputs, the views built
/// from them, and the industry's projection in billion yuan.
struct StoryCx<'a> {
    ds: &'a Dataset,
    a: &'a Assumptions,
    mc: Option<&'a McResult>,
    l: &'a Locale,
    v: &'a Views,
    zh: bool,
    crossing: Option<Crossing>,
    level_label: String,
    first: YearValue,
    next_year: i32,
    industry_next: f64,
}

impl StoryCx<'_> {
    /// An amount in billion yuan read back from the charts' display units.
    fn bn(&self, shown: f64) -> f64 {
        self.l.from_display(shown)
    }

    /// A story number as it is shown now.
    fn knob(&self, k: Knob) -> Span {
        Span::Knob(k.span_in(self.a, self.l))
    }

    /// Short amounts inside a sentence: "10 bn", "100亿元".
    fn short(&self, bn_cny: f64) -> String {
        if self.zh {
            self.l.money(bn_cny)
        } else {
            self.l.amount(self.l.display(bn_cny))
        }
    }

    /// The Douyin chart, when the views have it.
    fn douyin(&self) -> Option<&DouyinChart> {
        match self.v.panel(PanelId::Douyin).map(|p| &p.spec) {
            Some(ChartSpec::Douyin(d)) => Some(d),
            _ => None,
        }
    }
}

/// The article retold for these assumptions, in the reader's language and
/// units; see the module docs.
pub fn story(
    ds: &Dataset,
    a: &Assumptions,
    mc: Option<&McResult>,
    l: &Locale,
) -> Result<Vec<Paragraph>, MissingFigure> {
    Ok(story_with(ds, a, mc, l, &views::build(ds, a, mc, l)?))
}

/// [`story`] from views already built for exactly these inputs (the page
/// builds them once per change for every card).
pub fn story_with(
    ds: &Dataset,
    a: &Assumptions,
    mc: Option<&McResult>,
    l: &Locale,
    v: &Views,
) -> Vec<Paragraph> {
    // The charts' numbers are in display units; amounts here are read back
    // to billion yuan and written with `Locale::money`.
    let (industry, crossing, level_label) = match v.panel(PanelId::Industry).map(|p| &p.spec) {
        Some(ChartSpec::Industry(c)) => (
            c.series
                .iter()
                .map(|p| YearValue {
                    year: p.year,
                    value: l.from_display(p.value),
                })
                .collect::<Vec<_>>(),
            c.crossing,
            c.level_label.clone(),
        ),
        _ => (
            a.scenario.point_projection(SeriesId::Industry),
            None,
            String::new(),
        ),
    };
    let first = industry.first().copied().unwrap_or(YearValue {
        year: crate::model::BASE_YEAR,
        value: f64::NAN,
    });
    let next_year = first.year + 1;
    let industry_next = value_in(&industry, next_year).unwrap_or(f64::NAN);
    let cx = StoryCx {
        ds,
        a,
        mc,
        l,
        v,
        zh: l.lang == Lang::Zh,
        crossing,
        level_label,
        first,
        next_year,
        industry_next,
    };
    let mut paragraphs = vec![intro(&cx), sizes_2019(&cx), industry_growth(&cx)];
    paragraphs.extend(douyin_2020(&cx));
    paragraphs.extend(closing(&cx));
    paragraphs
}

/// Who was where: Douyin's users and the star stream.
fn intro(cx: &StoryCx) -> Paragraph {
    let (ds, l, r, zh) = (cx.ds, cx.l, cx.a.reading, cx.zh);
    let dau = figure(ds, "douyin-dau-2020", r).map(|(d, _)| d);
    let stream = match (
        figure(ds, views::events::STAR_STREAM_VIEWERS, r),
        figure(ds, views::events::STAR_STREAM_SALES, r),
    ) {
        (Some((viewers, _)), Some((sales, _))) => Some((viewers, sales)),
        _ => None,
    };
    // The stream's date and length as the dataset gives them: the length
    // is the article's own ("3 hours"), the date later reporting's.
    let date = views::events::star_stream_date(ds);
    let hours = figure(ds, views::events::STAR_STREAM_HOURS, r);
    let mut intro = Vec::new();
    if zh {
        intro.push(Span::text("2020年，抖音（TikTok在中国的孪生应用"));
        if let Some(dau) = dau {
            intro.push(Span::text(format!("，日活跃用户超过{}", zh_count(dau))));
        }
        intro.push(Span::text(
            "）开始通过直播卖货：这是淘宝直播和快手早已占据的市场。明星直播显示了它的潜力。",
        ));
        if let Some((viewers, sales)) = stream {
            let when = date
                .map(|((y, m, d), by)| {
                    format!("{y}年{m}月{d}日（日期据后来的报道：{}），", l.tr_any(by))
                })
                .unwrap_or_default();
            let hours = hours
                .map(|(lo, hi)| format!("{}小时的", hours_text(lo, hi)))
                .unwrap_or_default();
            intro.push(Span::text(format!(
                "{when}抖音一场{hours}直播吸引了{}观众，卖出了{}的商品。",
                zh_count(viewers),
                l.money(sales / 1000.0)
            )));
        }
    } else {
        intro.push(Span::text("In 2020 Douyin, the Chinese twin of TikTok"));
        if let Some(dau) = dau {
            intro.push(Span::text(format!(
                " with more than {} million daily users",
                format::sig(dau, 4)
            )));
        }
        intro.push(Span::text(
            ", set out to sell through live streams: a market that Taobao Live and Kuaishou already held. \
             Star streams showed what it could do.",
        ));
        if let Some((viewers, sales)) = stream {
            let sold = match l.currency {
                Currency::Cny => format!("{} million yuan", format::sig(sales, 4)),
                Currency::Usd => l.money(sales / 1000.0),
            };
            let when = date
                .map(|((y, m, d), by)| {
                    let month = (m as usize)
                        .checked_sub(1)
                        .and_then(|i| MONTHS.get(i))
                        .copied()
                        .unwrap_or("");
                    format!("On {d} {month} {y} (a date per later reporting: {by}) one")
                })
                .unwrap_or_else(|| "One".to_string());
            let hours = hours
                .map(|(lo, hi)| format!("{}-hour ", hours_text(lo, hi)))
                .unwrap_or_default();
            intro.push(Span::text(format!(
                " {when} {hours}Douyin stream drew {} million viewers and sold {sold} of goods.",
                format::sig(viewers, 4),
            )));
        }
    }
    Paragraph {
        id: "story-intro",
        spans: intro,
    }
}

/// Kuaishou's 2019 figure as the story states it, in the reading shown,
/// with the other reading and why beside it when the dataset corrects it:
/// "40–50 bn yuan (corrected; the article prints 400–500 bn yuan, which
/// the article's own total for the whole industry, 433.8 bn yuan, rules
/// out)", and as printed "400–500 bn yuan (as printed, which … rules out;
/// corrected: 40–50 bn yuan, where projections start)".
fn kuaishou_2019(ds: &Dataset, l: &Locale, f: &crate::data::Figure, r: Reading) -> String {
    let (lo, hi) = f.value(r);
    let shown = l.money_range(lo, hi);
    if !f.is_corrected() {
        return shown;
    }
    let printed = l.money_range(f.low, f.high);
    let (c_lo, c_hi) = f.value(Reading::Corrected);
    let corrected = l.money_range(c_lo, c_hi);
    let conflict = views::tips::printed_conflict(l, ds, f);
    match (r, conflict) {
        (Reading::Corrected, Some(why)) => l.trf(
            "{} (corrected; the article prints {}, {})",
            &[&shown, &printed, &why],
        ),
        (Reading::Corrected, None) => l.trf("{} (corrected; printed {})", &[&shown, &printed]),
        (Reading::AsPrinted, Some(why)) => l.trf(
            "{} (as printed, {}; corrected: {}, where projections start)",
            &[&shown, &why, &corrected],
        ),
        (Reading::AsPrinted, None) => {
            l.trf("{} (as printed; corrected: {})", &[&shown, &corrected])
        }
    }
}

/// 2019: the industry, Kuaishou and Douyin, and Douyin's live share.
fn sizes_2019(cx: &StoryCx) -> Paragraph {
    let (ds, l, r, zh, first) = (cx.ds, cx.l, cx.a.reading, cx.zh, cx.first);
    let live_base = cx.douyin().map_or(f64::NAN, |d| cx.bn(d.base));
    let kuaishou = ds
        .figure(views::ids::KUAISHOU_GMV)
        .map(|f| kuaishou_2019(ds, l, f, r));
    let douyin_total = figure(ds, views::ids::DOUYIN_GMV, r).map(|(t, _)| t);
    let mut sizes = Vec::new();
    if zh {
        sizes.push(Span::text(format!("{}年，整个行业的销售额为", first.year)));
        sizes.push(Span::derived(ids::INDUSTRY_2019, l.money(first.value)));
        sizes.push(Span::text("。"));
        if let Some(k) = &kuaishou {
            sizes.push(Span::text("快手的电商交易额为"));
            sizes.push(Span::derived(ids::KUAISHOU_2019, k.clone()));
        }
        match douyin_total {
            Some(total) => sizes.push(Span::text(format!(
                "{}抖音为{}，但其中只有{}来自直播，仅占行业的",
                if kuaishou.is_some() { "；" } else { "" },
                l.money(total),
                cx.short(live_base)
            ))),
            None => sizes.push(Span::text(format!(
                "{}抖音直播卖出了{}，占行业的",
                if kuaishou.is_some() { "。" } else { "" },
                cx.short(live_base)
            ))),
        }
        sizes.push(Span::derived(
            ids::LIVE_SHARE_2019,
            percent(live_base, first.value),
        ));
        sizes.push(Span::text("。"));
    } else {
        sizes.push(Span::text(format!(
            "In {} the whole industry sold ",
            first.year
        )));
        sizes.push(Span::derived(ids::INDUSTRY_2019, l.money(first.value)));
        sizes.push(Span::text("."));
        if let Some(k) = &kuaishou {
            sizes.push(Span::text(" Kuaishou's e-commerce turnover was "));
            sizes.push(Span::derived(ids::KUAISHOU_2019, k.clone()));
        }
        match douyin_total {
            Some(total) => sizes.push(Span::text(format!(
                "; Douyin's was {}, but only {} of it came through live streams: ",
                l.money(total),
                cx.short(live_base)
            ))),
            None => sizes.push(Span::text(format!(
                ". Douyin's live streams sold {}: ",
                cx.short(live_base)
            ))),
        }
        sizes.push(Span::derived(
            ids::LIVE_SHARE_2019,
            percent(live_base, first.value),
        ));
        sizes.push(Span::text(" of the industry."));
    }
    Paragraph {
        id: "story-2019",
        spans: sizes,
    }
}

/// What the article's statistics expect of the industry, read from the
/// dataset and fixed whatever the reader sets: the 2020 multiplier and its
/// printed words ("double"), the 2019 size it grows, and the level's
/// printed words ("trillion level").
struct ArticleExpects {
    growth: f64,
    growth_words: String,
    size_2020: f64,
    level_words: String,
}

fn article_expects(ds: &Dataset, l: &Locale) -> Option<ArticleExpects> {
    let doubling = ds.figure(views::ids::INDUSTRY_DOUBLING)?;
    let base = ds.figure(views::ids::INDUSTRY_2019)?;
    let level = ds.figure(views::ids::INDUSTRY_TRILLION)?;
    Some(ArticleExpects {
        growth: doubling.low,
        growth_words: l.tr_any(&doubling.printed).to_string(),
        size_2020: base.low * doubling.low,
        level_words: l.tr_any(&level.printed).to_string(),
    })
}

/// The article's headline claim, the page's first sentence: the industry's
/// 2019 size, its expected doubling in the next year and the trillion
/// level, in the article's words and numbers (read from the dataset, never
/// the reader's assumptions). `None` when the dataset lacks one of them.
pub fn claim(ds: &Dataset, l: &Locale) -> Option<String> {
    let base = ds.figure(views::ids::INDUSTRY_2019)?;
    let doubling = ds.figure(views::ids::INDUSTRY_DOUBLING)?;
    let level = ds.figure(views::ids::INDUSTRY_TRILLION)?;
    Some(l.trf(
        "The article: China's live-stream e-commerce sold {} in {}, and the statistics it quotes expect it to “{}” in {} and to reach the “{}”.",
        &[
            &l.money(base.low),
            &base.period,
            &l.tr_any(&doubling.printed),
            &doubling.period,
            &l.tr_any(&level.printed),
        ],
    ))
}

/// The industry's doubling and the trillion level as the article's
/// statistics expect them (the article's words and numbers, which no knob
/// changes), then the reader's own values in a clause of their own ("You
/// assume …"), and what they give.
fn industry_growth(cx: &StoryCx) -> Paragraph {
    let (l, v, zh, next_year, industry_next) = (cx.l, cx.v, cx.zh, cx.next_year, cx.industry_next);
    let knob = |k: Knob| cx.knob(k);
    let (last_year, last_value) = v.industry_last;
    let expects = article_expects(cx.ds, l);
    let mut growth = Vec::new();
    if zh {
        if let Some(e) = &expects {
            growth.push(Span::text(format!(
                "文章引用的统计预计，行业将在{next_year}年“{}”（{}，达到{}），并达到“{}”。",
                e.growth_words,
                format::multiplier(e.growth),
                l.money(e.size_2020),
                e.level_words
            )));
        }
        growth.extend([
            Span::text(format!("你假设{next_year}年增长")),
            knob(Knob::Growth2020),
            Span::text("，达到"),
            Span::derived(ids::INDUSTRY_2020, l.money(industry_next)),
            Span::text("，并以"),
            knob(Knob::Level),
            Span::text("为目标。如果此后2021–2022年每年变化"),
            knob(Knob::Growth2021),
            Span::text(format!("，2023–{LAST_YEAR}年每年变化")),
            knob(Knob::Growth2023),
            Span::text("，"),
            Span::derived(ids::CROSSING, clause(&v.crossing_sentence)),
            Span::text(format!("；到{last_year}年，行业规模为")),
            Span::derived(ids::INDUSTRY_LAST, l.money(last_value)),
            Span::text("。"),
        ]);
    } else {
        if let Some(e) = &expects {
            growth.push(Span::text(format!(
                "The statistics the article quotes expect the industry to “{}” in {next_year} ({}, to {}) \
                 and to reach the “{}”. ",
                e.growth_words,
                format::multiplier(e.growth),
                l.money(e.size_2020),
                e.level_words
            )));
        }
        growth.extend([
            Span::text("You assume "),
            knob(Knob::Growth2020),
            Span::text(format!(" in {next_year}, to ")),
            Span::derived(ids::INDUSTRY_2020, l.money(industry_next)),
            Span::text(", and a level of "),
            knob(Knob::Level),
            Span::text(". If it then changes by "),
            knob(Knob::Growth2021),
            Span::text(" a year in 2021–2022 and by "),
            knob(Knob::Growth2023),
            Span::text(format!(" a year in 2023–{LAST_YEAR}, ")),
            Span::derived(ids::CROSSING, clause(&v.crossing_sentence)),
            Span::text(format!("; by {last_year} it is ")),
            Span::derived(ids::INDUSTRY_LAST, l.money(last_value)),
            Span::text("."),
        ]);
    }
    Paragraph {
        id: "story-industry",
        spans: growth,
    }
}

/// Douyin's live streams in 2020 against the article's forecasts.
fn douyin_2020(cx: &StoryCx) -> Option<Paragraph> {
    let (l, zh, industry_next) = (cx.l, cx.zh, cx.industry_next);
    let knob = |k: Knob| cx.knob(k);
    let d = cx.douyin()?;
    let value = cx.bn(d.user_value());
    let forecasts: Vec<String> = d.scenarios.iter().map(|s| s.label.clone()).collect();
    let year = d.base_year + 1;
    let spans = if zh {
        vec![
            Span::text(format!(
                "抖音是后来者，它的直播增长空间最大。文章引用的业内人士预计，{year}年将是{}年的{}。取",
                d.base_year,
                if forecasts.is_empty() {
                    "数倍".to_string()
                } else {
                    forecasts.join("或")
                },
            )),
            knob(Knob::DouyinLive2020),
            Span::text("：抖音直播将在"),
            Span::derived(ids::DOUYIN_2020, format!("{year}年卖出{}", l.money(value))),
            Span::text("，"),
            Span::derived(ids::DOUYIN_POSITION, views::douyin_position(l, d)),
            Span::text("，占当年行业的"),
            Span::derived(ids::DOUYIN_SHARE_2020, percent(value, industry_next)),
            Span::text("。"),
        ]
    } else {
        vec![
            Span::text(format!(
                "Douyin was the latecomer, and its live streams had the most room to grow. \
                     Professionals quoted by the article expected {} as much in {} as in {}. Take ",
                if forecasts.is_empty() {
                    "several times".to_string()
                } else {
                    forecasts.join(" or ")
                },
                year,
                d.base_year
            )),
            knob(Knob::DouyinLive2020),
            Span::text(": Douyin's live streams then sell "),
            Span::derived(ids::DOUYIN_2020, format!("{} in {year}", l.money(value))),
            Span::text(", "),
            Span::derived(ids::DOUYIN_POSITION, views::douyin_position(l, d)),
            Span::text(" and "),
            Span::derived(ids::DOUYIN_SHARE_2020, percent(value, industry_next)),
            Span::text(" of the industry that year."),
        ]
    };
    Some(Paragraph {
        id: "story-douyin",
        spans,
    })
}

/// The Monte Carlo's chance of the level, and the article's open question.
fn closing(cx: &StoryCx) -> [Paragraph; 2] {
    let (l, a, mc, zh) = (cx.l, cx.a, cx.mc, cx.zh);
    let (crossing, level_label) = (cx.crossing, &cx.level_label);
    // The Monte Carlo's answer arrives from the worker after the rest; its
    // paragraph is always there, so nothing above it moves when it does.
    let chance_p = Paragraph {
        id: "story-chance-p",
        spans: vec![match chance(l, a, mc, crossing, level_label) {
            Some(c) => Span::derived(ids::CHANCE, c),
            None => Span::text(l.trf(
                "The chance of reaching {} shows here once the ranges of the assumptions have been sampled.",
                &[&level_label],
            )),
        }],
    };
    let close = Paragraph {
        id: "story-close",
        spans: vec![Span::text(if zh {
            "抖音能否成为淘宝直播和快手之外的第三极，是文章留下的悬念。下面的图表随上文的每个数字而变；“后来怎样”一节把它们与后来的报告相对照。"
        } else {
            "Whether Douyin would become the third pole beside Taobao Live and Kuaishou was the article's open question. \
             The charts below follow every number above; “What happened next” sets them against later reports."
        })],
    };
    [chance_p, close]
}

/// "The chance of passing 1 trillion yuan by 2021, sampling your ranges
/// (100,000 runs): 48%." From the Monte Carlo, when it ran for this level.
fn chance(
    l: &Locale,
    a: &Assumptions,
    mc: Option<&McResult>,
    crossing: Option<Crossing>,
    level_label: &str,
) -> Option<String> {
    let m = mc?;
    if m.level != a.scenario.level {
        return None;
    }
    let s = m.series.iter().find(|s| s.id == SeriesId::Industry)?;
    let year = match crossing {
        Some(Crossing::In { year, .. }) => year,
        _ => LAST_YEAR,
    };
    let i = m.years.iter().position(|y| *y == year)?;
    let p = s.p_cross.get(i)?;
    Some(l.trf(
        "Sampling the ranges of the assumptions ({} runs), the chance of reaching {} by {} is {}%.",
        &[
            &format::sig(f64::from(m.samples), 7),
            &level_label,
            &year,
            &format::sig((p * 100.0).clamp(0.0, 100.0), 3),
        ],
    ))
}
