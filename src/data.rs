//! The article's numbers as typed data.
//!
//! Every figure the article prints lives in `static/data/article.json`, next to
//! the exact words it was read from, so the app can show a number together with
//! its source and the tests can check the one against the other. This module is
//! pure Rust (no browser types) so all of it can be tested natively.

use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The dataset compiled into the binary, so the app needs no network request
/// and can never show numbers that differ from the tested file.
pub const ARTICLE_JSON: &str = include_str!("../static/data/article.json");

/// Later public reports' figures, compiled in beside the article's.
pub const LATER_JSON: &str = include_str!("../static/data/later.json");

/// The article's figures and where they come from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub source: Source,
    pub figures: Vec<Figure>,
    /// What later public reports say (2019–2024), from `static/data/later.json`.
    #[serde(default)]
    pub later: Vec<LaterFigure>,
}

/// Bibliographic facts about the article, for attribution in the UI.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    /// The text is a translation; some of its oddities come from that.
    pub language: String,
    pub published: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One number the article prints, with its reading and its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable kebab-case key that code looks figures up by.
    pub id: String,
    pub entity: String,
    pub metric: String,
    /// A year ("2019"), a day ("2020-04-01"), a festival ("2019-618"), or
    /// words ("after 2019", "future") when the article gives no date.
    pub period: String,
    /// Lower end, in `unit`. Equal to `high` for a point value.
    pub low: f64,
    /// Upper end, in `unit`.
    pub high: f64,
    pub unit: Unit,
    /// "more than" / "over", only when the article says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    pub kind: Kind,
    /// The value exactly as printed, e.g. "433.8 billion yuan".
    pub printed: String,
    /// A short verbatim excerpt of the article that contains `printed`.
    pub quote: String,
    /// How the figure was read, and what later reporting says about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the GMV or market size covers, for figures where that matters to
    /// the consistency rules (a platform's live GMV cannot exceed the industry's).
    /// The one statement of the figure's scope: every label, table and
    /// tooltip that names it writes [`Scope::text`] of this field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// The scope the consistency rules (`checks`) hold the figure against,
    /// when that is not its own `scope`: an assumption, which `note` states
    /// and defends. Kuaishou's 2019 GMV is all of its e-commerce, but since
    /// that was sold mostly through live streams it is compared with the
    /// live-commerce industry. Never changes what the figure is called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_as: Option<Scope>,
    /// The reading that matches other reporting, where the printed figure is
    /// contradicted (a mis-scaled unit, a rounded count).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<Correction>,
}

/// What a GMV or market-size figure covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    /// Sales made through live streams only.
    #[serde(rename = "live-stream e-commerce")]
    LiveStream,
    /// All e-commerce sales of the platform, live or not.
    #[serde(rename = "all e-commerce")]
    AllEcommerce,
}

impl Scope {
    /// The scope in words, as every label, table and tooltip states it
    /// (an English key that `Locale::tr` translates): the same words as the
    /// dataset's JSON, so there is one wording per scope.
    pub fn text(self) -> &'static str {
        match self {
            Scope::LiveStream => "live-stream e-commerce",
            Scope::AllEcommerce => "all e-commerce",
        }
    }
}

/// A corrected reading of a printed figure, with why and on what evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// In the figure's own unit.
    pub low: f64,
    pub high: f64,
    /// What the printed figure is contradicted by: the article's own
    /// numbers, or another source's.
    pub kind: CorrectionKind,
    /// One or two sentences for the reader: what is wrong and why this reading.
    pub explanation: String,
    /// Ids of the `later` figures that support the correction: at least one
    /// says the corrected value; others confirm the reading without saying
    /// it (Kuaishou's own 59.6 bn for 2019 confirms that 400-500 is 亿, not
    /// billions), and the explanation says what they say.
    pub sources: Vec<String>,
}

/// What contradicts a printed figure. Only the first is the article
/// contradicting itself; the page lists the two apart
/// ([`Dataset::corrections`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CorrectionKind {
    /// The printed figure cannot stand beside another of the article's own
    /// (Kuaishou's 400–500 bn yuan against the whole industry's 433.8 bn).
    #[serde(rename = "self-contradiction")]
    SelfContradiction,
    /// The article is consistent with itself, but another source (later
    /// reporting, the company's own data) gives a different figure (47
    /// million viewers printed once; Douyin's data says over 48 million).
    #[serde(rename = "other-source")]
    OtherSource,
}

/// Which reading of contradicted figures to show everywhere in the app.
/// Corrected by default: the first screen shows no impossible number, and
/// beside each corrected figure the printed one and why. Projections start
/// from the corrected figure in either reading
/// ([`Figure::projection_value`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reading {
    /// The numbers exactly as the article prints them, each figure the
    /// dataset corrects shown with its caveat.
    AsPrinted,
    /// Printed numbers replaced by their [`Correction`] where there is one.
    #[default]
    Corrected,
}

/// How sure later reporting is of a figure, as `later-figures.csv` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Confidence {
    /// Reported by this many independent sources.
    Confirmed(u8),
    /// One source only.
    Single,
    /// Sources disagree, or the company denied it.
    Disputed,
}

impl Confidence {
    /// The CSV's wording: "confirmed-3", "single", "disputed".
    pub fn as_text(self) -> String {
        match self {
            Confidence::Confirmed(n) => format!("confirmed-{n}"),
            Confidence::Single => "single".into(),
            Confidence::Disputed => "disputed".into(),
        }
    }

    /// Parses the CSV's wording.
    pub fn from_text(s: &str) -> Option<Confidence> {
        match s {
            "single" => Some(Confidence::Single),
            "disputed" => Some(Confidence::Disputed),
            _ => s
                .strip_prefix("confirmed-")
                .and_then(|n| n.parse().ok())
                .map(Confidence::Confirmed),
        }
    }
}

impl Serialize for Confidence {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_text())
    }
}

impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Confidence::from_text(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown confidence {text:?}")))
    }
}

/// What sort of figure a later report gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LaterKind {
    Actual,
    Forecast,
    /// Computed from other figures (e.g. the article's corrected Kuaishou figure).
    Derived,
    /// A firm's estimate rather than a reported result.
    Estimate,
}

/// A figure from a later public report, with its citation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LaterFigure {
    pub id: String,
    pub entity: String,
    pub metric: String,
    /// A year, or part of one: "2023-H1", "2023-Jan-Oct", "2020-01".
    pub period: String,
    pub low: f64,
    pub high: f64,
    pub unit: Unit,
    pub kind: LaterKind,
    pub publisher: String,
    /// Where the figure was read; `None` when the CSV gives no link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub confidence: Confidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
}

/// The unit a figure's `low` and `high` are in. Kept close to the article's
/// wording ("433.8 billion yuan" is 433.8 in billion CNY) so the stored numbers
/// are the printed ones; [`Unit::scale`] converts when arithmetic needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    #[serde(rename = "billion CNY")]
    BillionCny,
    #[serde(rename = "million CNY")]
    MillionCny,
    #[serde(rename = "million")]
    Million,
    #[serde(rename = "billion")]
    Billion,
    #[serde(rename = "items")]
    Items,
    #[serde(rename = "hours")]
    Hours,
    #[serde(rename = "multiplier")]
    Multiplier,
}

impl Unit {
    /// Short label for axes and tables.
    pub fn label(self) -> &'static str {
        match self {
            Unit::BillionCny => "bn CNY",
            Unit::MillionCny => "m CNY",
            Unit::Million => "m",
            Unit::Billion => "bn",
            Unit::Items => "items",
            Unit::Hours => "h",
            Unit::Multiplier => "×",
        }
    }

    /// Factor to base units: CNY for money, a plain count for counts, 1 for
    /// hours and multipliers. Lets figures in different scales be compared.
    pub fn scale(self) -> f64 {
        match self {
            Unit::BillionCny | Unit::Billion => 1e9,
            Unit::MillionCny | Unit::Million => 1e6,
            Unit::Items | Unit::Hours | Unit::Multiplier => 1.0,
        }
    }

    /// Whether the figure is an amount of money (CNY), e.g. to pick a chart.
    pub fn is_money(self) -> bool {
        matches!(self, Unit::BillionCny | Unit::MillionCny)
    }
}

/// What sort of claim a figure is; the UI must not draw a forecast as a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Reported as having happened.
    Actual,
    /// Expected by someone (the article, "statistics", "professionals").
    Forecast,
    /// A goal a company is said to aim for.
    Target,
}

/// The article's hedge in front of a number; the value is then a lower bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    #[serde(rename = "more than")]
    MoreThan,
    #[serde(rename = "over")]
    Over,
}

impl Qualifier {
    /// The words as the article prints them, for display before a value.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "more than",
            Qualifier::Over => "over",
        }
    }
}

impl Figure {
    /// The figure's range under a reading: the correction when asked for and
    /// present, else the printed values.
    pub fn value(&self, reading: Reading) -> (f64, f64) {
        match (reading, &self.correction) {
            (Reading::Corrected, Some(c)) => (c.low, c.high),
            _ => (self.low, self.high),
        }
    }

    /// The range a projection starts from, in either reading: the
    /// correction where the dataset has one, else the printed values. A
    /// printed figure the article contradicts is no base to grow (Kuaishou's
    /// 400–500 bn would be more than the whole industry it is part of), so
    /// the reading changes what the article's figures show, not where a
    /// projection starts.
    pub fn projection_value(&self) -> (f64, f64) {
        self.value(Reading::Corrected)
    }

    /// Whether the figure as printed differs from the dataset's correction
    /// of it, so that showing it needs the correction and the reason beside
    /// it.
    pub fn is_corrected(&self) -> bool {
        self.correction
            .as_ref()
            .is_some_and(|c| (c.low, c.high) != (self.low, self.high))
    }

    /// The scope the consistency rules compare the figure in: the stated
    /// assumption ([`Figure::compared_as`]) if it has one, else its own
    /// [`Figure::scope`].
    pub fn compared_scope(&self) -> Option<Scope> {
        self.compared_as.or(self.scope)
    }

    /// Whether the article prints a range ("400-500", "five to six times").
    pub fn is_range(&self) -> bool {
        self.low != self.high
    }

    /// Middle of the range (the value itself for a point), in `unit`: one
    /// number for projections that need one.
    pub fn midpoint(&self) -> f64 {
        (self.low + self.high) / 2.0
    }
}

/// Why a dataset could not be read. Carries the position so a broken edit of
/// `article.json` is quick to find.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// The text is not well-formed JSON (or ends early).
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Well-formed JSON that does not fit the model: a missing field, a wrong
    /// type, an unknown unit or kind, an unexpected field.
    Schema {
        line: usize,
        column: usize,
        detail: String,
    },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::NotJson { detail, .. } => {
                write!(f, "dataset is not valid JSON: {detail}")
            }
            DataError::Schema { detail, .. } => {
                write!(f, "dataset does not match the data model: {detail}")
            }
        }
    }
}

impl std::error::Error for DataError {}

impl From<serde_json::Error> for DataError {
    fn from(e: serde_json::Error) -> Self {
        let (line, column, detail) = (e.line(), e.column(), e.to_string());
        match e.classify() {
            serde_json::error::Category::Data => DataError::Schema {
                line,
                column,
                detail,
            },
            serde_json::error::Category::Io
            | serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof => DataError::NotJson {
                line,
                column,
                detail,
            },
        }
    }
}

/// Something wrong with one figure that JSON parsing cannot catch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The figure's id (may be empty if that is the problem).
    pub id: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.id, self.message)
    }
}

impl Dataset {
    /// Parses a dataset from JSON text. Never panics: bad input is an error.
    pub fn parse(json: &str) -> Result<Dataset, DataError> {
        Ok(serde_json::from_str(json)?)
    }

    /// The dataset compiled into the binary ([`ARTICLE_JSON`] and
    /// [`LATER_JSON`]), read on first use only. It is read from the form
    /// `build.rs` packed the two files into (see [`packed`]), not from the
    /// JSON, so the app carries no JSON reader for it; the tests check that
    /// both give the same dataset.
    pub fn embedded() -> Result<&'static Dataset, &'static DataError> {
        static EMBEDDED: OnceLock<Result<Dataset, DataError>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| packed::decode(packed::EMBEDDED))
            .as_ref()
    }

    /// The later figure with this id, if any.
    pub fn later_figure(&self, id: &str) -> Option<&LaterFigure> {
        self.later.iter().find(|f| f.id == id)
    }

    /// The figure with this id, if any.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figures the dataset corrects for `kind` of reason, with their
    /// corrections, in the dataset's order: the page lists the article's
    /// contradictions of itself apart from where other sources disagree.
    pub fn corrections(
        &self,
        kind: CorrectionKind,
    ) -> impl Iterator<Item = (&Figure, &Correction)> + '_ {
        self.figures
            .iter()
            .filter_map(|f| f.correction.as_ref().map(|c| (f, c)))
            .filter(move |(_, c)| c.kind == kind)
    }

    /// Checks the rules the types cannot express. Empty means consistent; the
    /// list is returned rather than the first problem so one run shows all.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        for f in &self.figures {
            let mut problem = |message: String| {
                problems.push(Problem {
                    id: f.id.clone(),
                    message,
                })
            };
            if f.id.is_empty() {
                problem("empty id".into());
            } else if !is_kebab_case(&f.id) {
                problem("id is not kebab-case".into());
            }
            if !seen.insert(f.id.as_str()) {
                problem("duplicate id".into());
            }
            if !f.low.is_finite() || !f.high.is_finite() {
                problem(format!("non-finite value: low {}, high {}", f.low, f.high));
            } else if f.low > f.high {
                problem(format!("low {} is greater than high {}", f.low, f.high));
            }
            if f.printed.trim().is_empty() {
                problem("empty printed".into());
            }
            if let Some(assumed) = f.compared_as {
                if f.scope.is_none_or(|s| s == assumed) {
                    problem("compared_as without a different scope of its own".into());
                }
                if f.note
                    .as_deref()
                    .is_none_or(|n| !n.contains(assumed.text()))
                {
                    problem(format!(
                        "compared as {:?} but the note does not state that assumption",
                        assumed.text()
                    ));
                }
            }
            if f.quote.trim().is_empty() {
                problem("empty quote".into());
            } else if !f.quote.contains(&f.printed) {
                problem(format!("quote does not contain printed {:?}", f.printed));
            }
        }
        problems
    }
}

/// The embedded dataset as `build.rs` packs it: every field as text,
/// separated by U+001F, in the order of the structs' fields; a missing
/// optional field is U+0000; a list is its length, then its items; enums by
/// their JSON names. Decoding it needs a few string splits and number
/// parses, where serde's generated readers for these types take about 28 KB
/// of wasm.
pub mod packed {
    use super::*;

    /// What `build.rs` wrote from `static/data/*.json`.
    pub const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.packed"));

    /// Keep in step with `build.rs`.
    const SEP: char = '\u{1f}';
    const NONE: &str = "\u{0}";
    /// `build.rs` could not pack the files; the reason follows.
    const ERROR: &str = "\u{0}error:";

    /// JSON names of the enums (as their serde attributes say; a test
    /// checks the two agree).
    pub const UNITS: [(&str, Unit); 7] = [
        ("billion CNY", Unit::BillionCny),
        ("million CNY", Unit::MillionCny),
        ("million", Unit::Million),
        ("billion", Unit::Billion),
        ("items", Unit::Items),
        ("hours", Unit::Hours),
        ("multiplier", Unit::Multiplier),
    ];
    pub const KINDS: [(&str, Kind); 3] = [
        ("actual", Kind::Actual),
        ("forecast", Kind::Forecast),
        ("target", Kind::Target),
    ];
    pub const LATER_KINDS: [(&str, LaterKind); 4] = [
        ("actual", LaterKind::Actual),
        ("forecast", LaterKind::Forecast),
        ("derived", LaterKind::Derived),
        ("estimate", LaterKind::Estimate),
    ];
    pub const QUALIFIERS: [(&str, Qualifier); 2] = [
        ("more than", Qualifier::MoreThan),
        ("over", Qualifier::Over),
    ];
    pub const SCOPES: [(&str, Scope); 2] = [
        ("live-stream e-commerce", Scope::LiveStream),
        ("all e-commerce", Scope::AllEcommerce),
    ];
    pub const CORRECTION_KINDS: [(&str, CorrectionKind); 2] = [
        ("self-contradiction", CorrectionKind::SelfContradiction),
        ("other-source", CorrectionKind::OtherSource),
    ];

    fn bad(detail: String) -> DataError {
        DataError::Schema {
            line: 0,
            column: 0,
            detail: format!("packed dataset: {detail}"),
        }
    }

    struct Fields<'a>(std::str::Split<'a, char>);

    impl<'a> Fields<'a> {
        fn next(&mut self) -> Result<&'a str, DataError> {
            self.0.next().ok_or_else(|| bad("ends early".into()))
        }

        fn text(&mut self) -> Result<String, DataError> {
            self.next().map(str::to_owned)
        }

        fn opt_text(&mut self) -> Result<Option<String>, DataError> {
            let f = self.next()?;
            Ok((f != NONE).then(|| f.to_owned()))
        }

        fn num(&mut self) -> Result<f64, DataError> {
            let f = self.next()?;
            f.parse().map_err(|_| bad(format!("not a number: {f:?}")))
        }

        fn count(&mut self) -> Result<usize, DataError> {
            let f = self.next()?;
            f.parse().map_err(|_| bad(format!("not a count: {f:?}")))
        }

        fn pick<T: Copy>(&mut self, names: &[(&str, T)]) -> Result<T, DataError> {
            let f = self.next()?;
            names
                .iter()
                .find(|(n, _)| *n == f)
                .map(|(_, v)| *v)
                .ok_or_else(|| bad(format!("unknown name {f:?}")))
        }

        fn opt_pick<T: Copy>(&mut self, names: &[(&str, T)]) -> Result<Option<T>, DataError> {
            let f = self.next()?;
            if f == NONE {
                return Ok(None);
            }
            names
                .iter()
                .find(|(n, _)| *n == f)
                .map(|(_, v)| Some(*v))
                .ok_or_else(|| bad(format!("unknown name {f:?}")))
        }
    }

    /// Reads a packed dataset. Never panics: bad input is an error.
    pub fn decode(packed: &str) -> Result<Dataset, DataError> {
        if let Some(why) = packed.strip_prefix(ERROR) {
            return Err(DataError::NotJson {
                line: 0,
                column: 0,
                detail: why.to_owned(),
            });
        }
        let mut f = Fields(packed.split(SEP));
        let source = Source {
            title: f.text()?,
            publisher: f.text()?,
            language: f.text()?,
            published: f.text()?,
            note: f.opt_text()?,
        };
        let n = f.count()?;
        let mut figures = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            figures.push(Figure {
                id: f.text()?,
                entity: f.text()?,
                metric: f.text()?,
                period: f.text()?,
                low: f.num()?,
                high: f.num()?,
                unit: f.pick(&UNITS)?,
                qualifier: f.opt_pick(&QUALIFIERS)?,
                kind: f.pick(&KINDS)?,
                printed: f.text()?,
                quote: f.text()?,
                note: f.opt_text()?,
                scope: f.opt_pick(&SCOPES)?,
                compared_as: f.opt_pick(&SCOPES)?,
                correction: match f.next()? {
                    NONE => None,
                    _ => Some(Correction {
                        low: f.num()?,
                        high: f.num()?,
                        kind: f.pick(&CORRECTION_KINDS)?,
                        explanation: f.text()?,
                        sources: {
                            let n = f.count()?;
                            (0..n).map(|_| f.text()).collect::<Result<_, _>>()?
                        },
                    }),
                },
            });
        }
        let n = f.count()?;
        let mut later = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            later.push(LaterFigure {
                id: f.text()?,
                entity: f.text()?,
                metric: f.text()?,
                period: f.text()?,
                low: f.num()?,
                high: f.num()?,
                unit: f.pick(&UNITS)?,
                kind: f.pick(&LATER_KINDS)?,
                publisher: f.text()?,
                url: f.opt_text()?,
                confidence: {
                    let c = f.next()?;
                    Confidence::from_text(c)
                        .ok_or_else(|| bad(format!("unknown confidence {c:?}")))?
                },
                note: f.opt_text()?,
                scope: f.opt_pick(&SCOPES)?,
            });
        }
        if f.0.next().is_some() {
            return Err(bad("more fields than the data model has".into()));
        }
        Ok(Dataset {
            source,
            figures,
            later,
        })
    }
}

/// Lowercase ASCII words joined by single hyphens, e.g. "industry-2019".
fn is_kebab_case(id: &str) -> bool {
    id.split('-').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(id: &str, low: f64, high: f64) -> Figure {
        Figure {
            id: id.into(),
            entity: "E".into(),
            metric: "m".into(),
            period: "2019".into(),
            low,
            high,
            unit: Unit::BillionCny,
            qualifier: None,
            kind: Kind::Actual,
            printed: "10 billion yuan".into(),
            quote: "was only 10 billion yuan".into(),
            note: None,
            scope: None,
            compared_as: None,
            correction: None,
        }
    }

    fn dataset(figures: Vec<Figure>) -> Dataset {
        Dataset {
            source: Source {
                title: "t".into(),
                publisher: "p".into(),
                language: "l".into(),
                published: "2020".into(),
                note: None,
            },
            figures,
            later: Vec::new(),
        }
    }

    const MINIMAL: &str = r#"{
        "source": {"title": "t", "publisher": "p", "language": "l", "published": "2020"},
        "figures": [{
            "id": "x-2019", "entity": "E", "metric": "m", "period": "2019",
            "low": 400, "high": 500, "unit": "billion CNY", "kind": "actual",
            "printed": "400-500 billion yuan", "quote": "was 400-500 billion yuan",
            "qualifier": "more than"
        }]
    }"#;

    #[test]
    fn data_parses_minimal_and_reads_fields() {
        let d = Dataset::parse(MINIMAL).expect("minimal dataset parses");
        let f = d.figure("x-2019").expect("figure present");
        assert_eq!(f.unit, Unit::BillionCny);
        assert_eq!(f.qualifier, Some(Qualifier::MoreThan));
        assert_eq!(f.note, None);
        assert!(f.is_range());
        assert_eq!(f.midpoint(), 450.0);
        assert!(d.figure("missing").is_none());
        assert!(d.validate().is_empty());
    }

    #[test]
    fn data_parse_error_not_json() {
        let err = Dataset::parse("this is not json").unwrap_err();
        assert!(matches!(err, DataError::NotJson { line: 1, .. }), "{err:?}");
        assert!(err.to_string().starts_with("dataset is not valid JSON"));
        let eof = Dataset::parse(r#"{"source": {"#).unwrap_err();
        assert!(matches!(eof, DataError::NotJson { .. }), "{eof:?}");
    }

    #[test]
    fn data_parse_error_missing_field() {
        let json = MINIMAL.replace(r#""low": 400, "#, "");
        let err = Dataset::parse(&json).unwrap_err();
        assert!(matches!(err, DataError::Schema { .. }), "{err:?}");
        assert!(err.to_string().contains("missing field `low`"), "{err}");
    }

    #[test]
    fn data_parse_error_unknown_unit_and_field() {
        let err = Dataset::parse(&MINIMAL.replace("billion CNY", "billion USD")).unwrap_err();
        assert!(matches!(err, DataError::Schema { .. }), "{err:?}");
        let err = Dataset::parse(&MINIMAL.replace(r#""kind""#, r#""kinds""#)).unwrap_err();
        assert!(matches!(err, DataError::Schema { .. }), "{err:?}");
    }

    #[test]
    fn data_units() {
        assert_eq!(Unit::BillionCny.scale(), 1e9);
        assert_eq!(Unit::MillionCny.scale(), 1e6);
        assert_eq!(Unit::Items.scale(), 1.0);
        assert!(Unit::MillionCny.is_money());
        assert!(!Unit::Million.is_money());
        assert_eq!(Unit::BillionCny.label(), "bn CNY");
        assert_eq!(Qualifier::Over.as_str(), "over");
        let point = figure("p", 10.0, 10.0);
        assert!(!point.is_range());
        assert_eq!(point.midpoint(), 10.0);
    }

    #[test]
    fn data_validate_finds_each_problem() {
        let mut reversed = figure("reversed", 6.0, 5.0);
        reversed.unit = Unit::Multiplier;
        let mut no_quote = figure("no-quote", 1.0, 1.0);
        no_quote.quote = " ".into();
        let mut no_printed = figure("no-printed", 1.0, 1.0);
        no_printed.printed = String::new();
        let mut wrong_quote = figure("wrong-quote", 1.0, 1.0);
        wrong_quote.quote = "was only 12 billion yuan".into();
        let d = dataset(vec![
            figure("ok", 10.0, 10.0),
            figure("dup", 1.0, 1.0),
            figure("dup", 1.0, 1.0),
            reversed,
            figure("nan", f64::NAN, 1.0),
            figure("inf", 1.0, f64::INFINITY),
            no_quote,
            no_printed,
            wrong_quote,
            figure("Not_Kebab", 1.0, 1.0),
        ]);
        let problems = d.validate();
        let has = |id: &str, text: &str| {
            problems
                .iter()
                .any(|p| p.id == id && p.message.contains(text))
        };
        assert!(has("dup", "duplicate id"), "{problems:?}");
        assert!(has("reversed", "greater than"), "{problems:?}");
        assert!(has("nan", "non-finite"), "{problems:?}");
        assert!(has("inf", "non-finite"), "{problems:?}");
        assert!(has("no-quote", "empty quote"), "{problems:?}");
        assert!(has("no-printed", "empty printed"), "{problems:?}");
        assert!(has("wrong-quote", "does not contain"), "{problems:?}");
        assert!(has("Not_Kebab", "kebab"), "{problems:?}");
        assert!(!problems.iter().any(|p| p.id == "ok"), "{problems:?}");
        assert_eq!(problems.len(), 8, "{problems:?}");
    }

    /// The packed form `build.rs` makes is the JSON files, field for field.
    #[test]
    fn data_packed_equals_the_json() {
        let mut json = Dataset::parse(ARTICLE_JSON).expect("article.json parses");
        json.later = serde_json::from_str(LATER_JSON).expect("later.json parses");
        let packed = packed::decode(packed::EMBEDDED).expect("the packed dataset decodes");
        assert_eq!(packed, json);
        assert!(!json.figures.is_empty() && !json.later.is_empty());
        assert!(json.figures.iter().any(|f| f.correction.is_some()));
    }

    /// The packed form names enums as serde does.
    #[test]
    fn data_packed_enum_names_are_the_json_names() {
        fn check<T: Serialize>(names: &[(&str, T)]) {
            for (name, v) in names {
                assert_eq!(serde_json::to_string(v).unwrap(), format!("{name:?}"));
            }
        }
        check(&packed::UNITS);
        check(&packed::KINDS);
        check(&packed::LATER_KINDS);
        check(&packed::QUALIFIERS);
        check(&packed::SCOPES);
        check(&packed::CORRECTION_KINDS);
    }

    #[test]
    fn data_packed_errors_never_panic() {
        assert!(matches!(
            packed::decode("\u{0}error:article.json: bad"),
            Err(DataError::NotJson { .. })
        ));
        for bad in ["", "a\u{1f}b", "a\u{1f}b\u{1f}c\u{1f}d\u{1f}\u{0}\u{1f}x"] {
            assert!(
                matches!(packed::decode(bad), Err(DataError::Schema { .. })),
                "{bad:?}"
            );
        }
        let extra = format!("{}\u{1f}more", packed::EMBEDDED);
        assert!(packed::decode(&extra).is_err());
        // Cut anywhere, it is an error, not a panic.
        for cut in (0..packed::EMBEDDED.len()).step_by(97) {
            if packed::EMBEDDED.is_char_boundary(cut) {
                assert!(packed::decode(&packed::EMBEDDED[..cut]).is_err());
            }
        }
    }

    #[test]
    fn data_embedded_parses_once() {
        let a = Dataset::embedded().expect("embedded dataset parses");
        let b = Dataset::embedded().expect("embedded dataset parses");
        assert!(std::ptr::eq(a, b));
        assert!(a.validate().is_empty(), "{:?}", a.validate());
    }
}
