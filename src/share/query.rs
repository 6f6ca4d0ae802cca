//! The share link's query: what is written, how it is read back, and a named
//! notice for every part that could not be used as it was.
//!
//! Only what differs from the defaults is written, so a link stays short and
//! a reader can see at a glance what was changed. Reading is lenient: the
//! valid part of any query is applied, so a link that was cut, edited by hand
//! or made by a newer version still opens on as much of the view as it can.

use std::collections::{BTreeMap, BTreeSet};

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

use super::value::{
    growth, number, parse_digits, parse_growth, parse_number, parse_year, shown, split_range,
};
use crate::data::{Dataset, Reading};
use crate::locale::{Arg, Currency, DisplayPrefs, Lang, Note, RATE_MAX, RATE_MIN, checked_rate};
use crate::panels::PanelId;
use crate::scenario::Assumptions;
use crate::scenario::{
    BASE_MAX, GrowthForm, PHASES, Phase, Preset, Scenario, SeriesAssumption, SeriesId,
};

/// The format version this code writes, and the highest it fully reads.
/// Version 2 changed the default reading to corrected and the presets'
/// Kuaishou base to its corrected figure; version 3 fitted "what happened
/// next" from later reports instead of typed growths. Links of versions 1
/// and 2 keep their meaning (see `Format`).
pub const VERSION: u32 = 3;
/// Only this many bytes of a query are read; the rest is ignored with a
/// notice. The longest link this code writes is under 1,500 bytes.
pub const MAX_QUERY: usize = 4096;
/// A value longer than this many characters is ignored with a notice (the
/// longest value this code writes, a series line, is under 200).
pub const MAX_VALUE: usize = 256;
/// A hidden-series value (`hide.<panel>`) longer than this many characters
/// is ignored with a notice: every series of the chart with the most (the
/// projection explorer, whose later reports differ by series) is under 400.
pub const MAX_HIDDEN: usize = 1024;
/// At most this many notices are listed; the rest are counted in one more.
const MAX_NOTICES: usize = 20;
/// How much of a value a message quotes.
const QUOTE: usize = 40;

/// The chart panels whose tab a link keeps: every panel of the registry,
/// by slug, in page order.
pub const PANELS: [&str; PanelId::ALL.len()] = {
    let mut out = [""; PanelId::ALL.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = PanelId::ALL[i].slug();
        i += 1;
    }
    out
};

/// What `?embed=` may show alone: the chart panels of [`PANELS`].
pub const EMBEDS: [&str; PanelId::ALL.len()] = PANELS;

/// Bytes escaped when writing. The values written are numbers, slugs and
/// ",:-." so nothing is escaped in practice; this keeps a link well formed
/// should a value ever hold anything else, while leaving the separators
/// readable.
const ESCAPE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'`');

/// Which view of a chart panel is shown.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Tab {
    /// The default: never stored in [`ViewState::tabs`] nor written.
    #[default]
    Chart,
    Table,
    Sources,
}

impl Tab {
    /// The tab's word in a link.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Chart => "chart",
            Tab::Table => "table",
            Tab::Sources => "sources",
        }
    }

    /// The tab a link's word names, if any.
    pub fn from_slug(s: &str) -> Option<Tab> {
        [Tab::Chart, Tab::Table, Tab::Sources]
            .into_iter()
            .find(|t| t.slug() == s)
    }
}

/// Everything a share link holds: the assumptions, each panel's tab and
/// hidden legend entries, how numbers and words are shown, and whether one
/// chart is embedded alone.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    pub assumptions: Assumptions,
    /// Chart panel id (one of [`PANELS`]) to the tab it shows; a panel
    /// showing [`Tab::Chart`] has no entry.
    pub tabs: BTreeMap<String, Tab>,
    /// Chart panel id (one of [`PANELS`]) to the legend entries it hides,
    /// by slug (`PanelId::legend_slugs`, `charts::SeriesKey::slug`); a
    /// panel showing every series has no entry. An entry its chart does not
    /// show at the moment (another focus series, a scenario without it) is
    /// kept and ignored while drawing.
    pub hidden: BTreeMap<String, BTreeSet<String>>,
    /// Language (`?lang=`, `None`: the browser's), currency (`?cur=`) and
    /// exchange rate (`?rate=`).
    pub display: DisplayPrefs,
    /// `?embed=`: the one chart (of [`EMBEDS`]) shown with minimal chrome.
    pub embed: Option<String>,
    /// `?tabs=1`: the embedded chart keeps its Chart / Table / Sources
    /// tabs (an embed is compact without them; a `tab.*` field still picks
    /// the view it opens on).
    pub embed_tabs: bool,
}

impl ViewState {
    /// These assumptions with every panel on its chart, shown in the
    /// browser's language and yuan.
    pub fn new(assumptions: Assumptions) -> Self {
        ViewState {
            assumptions,
            tabs: BTreeMap::new(),
            hidden: BTreeMap::new(),
            display: DisplayPrefs::default(),
            embed: None,
            embed_tabs: false,
        }
    }

    /// The locale of this view: its language, or the first of the browser's
    /// preferred languages the app speaks (`navigator.languages`).
    pub fn locale<S: AsRef<str>>(&self, browser_langs: &[S]) -> crate::locale::Locale {
        self.display.locale(browser_langs)
    }

    /// The default view, the one the empty link stands for.
    pub fn article(ds: &Dataset) -> Self {
        Self::new(Assumptions::article(ds))
    }

    /// The tab `panel` shows.
    pub fn tab(&self, panel: &str) -> Tab {
        self.tabs.get(panel).copied().unwrap_or_default()
    }

    /// Shows `tab` on `panel`; [`Tab::Chart`] removes the entry, so that two
    /// equal views compare equal.
    pub fn set_tab(&mut self, panel: &str, tab: Tab) {
        if tab == Tab::Chart {
            self.tabs.remove(panel);
        } else {
            self.tabs.insert(panel.to_string(), tab);
        }
    }

    /// The legend entries `panel` hides, by slug (none: empty).
    pub fn hidden_in(&self, panel: &str) -> BTreeSet<String> {
        self.hidden.get(panel).cloned().unwrap_or_default()
    }

    /// Whether `panel` hides its legend entry `series`.
    pub fn hides(&self, panel: &str, series: &str) -> bool {
        self.hidden.get(panel).is_some_and(|h| h.contains(series))
    }

    /// Shows or hides legend entry `series` of `panel`; a panel left hiding
    /// nothing loses its entry, so that two equal views compare equal.
    /// True if that changed anything. The slug is not checked here
    /// (`Session::apply` does, against `PanelId::legend_slugs`).
    pub fn set_shown(&mut self, panel: &str, series: &str, shown: bool) -> bool {
        if shown {
            let Some(set) = self.hidden.get_mut(panel) else {
                return false;
            };
            let changed = set.remove(series);
            if set.is_empty() {
                self.hidden.remove(panel);
            }
            changed
        } else {
            self.hidden
                .entry(panel.to_string())
                .or_default()
                .insert(series.to_string())
        }
    }
}

/// A part of a link that was not applied as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The link's key ("n", "industry", "tab.gmv"), or "link" for the link
    /// as a whole.
    pub field: String,
    /// A sentence for the reader: the field, the value, and what was done
    /// (`Display` gives the English, `Note::text` the reader's language).
    pub message: Note,
}

/// A decoded link: the view to show and what could not be used as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub state: ViewState,
    pub notices: Vec<Notice>,
}

fn preset_slug(p: Preset) -> &'static str {
    match p {
        Preset::ArticleLow => "article-low",
        Preset::ArticleHigh => "article-high",
        Preset::WhatHappened => "what-happened",
        Preset::Custom => "custom",
    }
}

fn preset_from(s: &str) -> Option<Preset> {
    [
        Preset::ArticleLow,
        Preset::ArticleHigh,
        Preset::WhatHappened,
        Preset::Custom,
    ]
    .into_iter()
    .find(|&p| preset_slug(p) == s)
}

fn reading_slug(r: Reading) -> &'static str {
    match r {
        Reading::AsPrinted => "as-printed",
        Reading::Corrected => "corrected",
    }
}

fn reading_from(s: &str) -> Option<Reading> {
    [Reading::AsPrinted, Reading::Corrected]
        .into_iter()
        .find(|&r| reading_slug(r) == s)
}

fn series_from(s: &str) -> Option<SeriesId> {
    SeriesId::ALL.into_iter().find(|id| id.slug() == s)
}

/// A series as the bounds checks' notes name it ("Douyin live"), so that
/// notices from both read alike.
fn short_name(id: SeriesId) -> &'static str {
    id.def().short
}

/// A version of the link format, with what a link of it leaves out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// Written before the corrected reading became the default: a link
    /// without `reading` is read as printed, and series lines are read
    /// against the presets as v1 defined them
    /// ([`Scenario::preset_link_v1`]: Kuaishou from `kuaishou-gmv-2019`
    /// under the link's reading, 450 bn as printed, in every preset). A
    /// link without `v` that holds any field is one of these: the app
    /// wrote `v` on every link but the embed snippet of the plain view
    /// (`embed=gmv`), and people typed links without it.
    V1,
    /// A link without `reading` is read as corrected, and series lines are
    /// read against the presets as v2 defined them
    /// ([`Scenario::preset_link_v2`]: today's article cases, Kuaishou from
    /// its corrected 2019 figure in either reading, and "what happened"
    /// with the growths typed by hand then).
    V2,
    /// This version's ([`VERSION`]): as v2, but series lines are read and
    /// written against today's presets ([`Scenario::preset`]: "what
    /// happened" fitted from later reports).
    V3,
}

impl Format {
    /// The reading a link of this version means when it writes none.
    fn reading(self, ds: &Dataset) -> Reading {
        match self {
            Format::V1 => Reading::AsPrinted,
            Format::V2 | Format::V3 => Assumptions::article(ds).reading,
        }
    }

    /// The scenario a link's series lines are read against: the named
    /// preset under the link's reading, or the article's low case for a
    /// custom set, as this version defines the presets. A link that names a
    /// preset and writes no series line opens exactly as it did when it was
    /// made, though presets have changed since.
    fn baseline(self, ds: &Dataset, preset: Preset, reading: Reading) -> Scenario {
        match self {
            Format::V1 => Scenario::preset_link_v1(ds, preset, reading),
            Format::V2 => Scenario::preset_link_v2(ds, preset, reading),
            Format::V3 => current(ds, preset, reading),
        }
    }

    /// The presets of the other versions, which a series line that states
    /// its values may match: such a series keeps the preset's name and its
    /// base's source. So an older link's view, written again by this
    /// version (Kuaishou's line at 450 bn, "what happened" as v2 typed it),
    /// reads back as the preset it named. Each older version keeps the list
    /// it had (v1 the presets of v2, the version then current; v2 those of
    /// v1), so its links read exactly as they did.
    fn others(self, ds: &Dataset, preset: Preset, reading: Reading) -> Vec<Scenario> {
        match self {
            Format::V1 => vec![Scenario::preset_link_v2(ds, preset, reading)],
            Format::V2 => vec![Scenario::preset_link_v1(ds, preset, reading)],
            Format::V3 => vec![
                Scenario::preset_link_v2(ds, preset, reading),
                Scenario::preset_link_v1(ds, preset, reading),
            ],
        }
    }
}

/// Today's preset, which this version writes series lines against
/// (`Scenario::preset` gives the article's low case for `Custom` too).
fn current(ds: &Dataset, preset: Preset, reading: Reading) -> Scenario {
    Scenario::preset(ds, preset, reading)
}

/// Whether a series differs from the baseline's in what it assumes (its base
/// or growth); the display form alone does not make a preset the user's own.
fn assumes_differently(s: &SeriesAssumption, b: Option<&SeriesAssumption>) -> bool {
    b.is_none_or(|b| s.base != b.base || s.phases != b.phases)
}

/// The query for a view, without a leading "?"; "" for the default view.
/// The assumptions are checked first, so what is written always reads back
/// without notices. Not written: the user's own set kept while a preset is
/// shown (`Assumptions::custom`), phases split other than [`PHASES`] (each
/// phase of the link takes the growth of its first year), and tabs and
/// hidden series of panels not in [`PANELS`] or series their chart never
/// has (`PanelId::legend_slugs`). Hidden series are written per panel in
/// slug order, `hide.industry=iimedia-research,projection`.
pub fn encode(ds: &Dataset, s: &ViewState) -> String {
    let (a, _) = s.assumptions.clone().checked();
    let default = Assumptions::article(ds);
    let base = current(ds, a.preset, a.reading);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |k: &str, v: String| out.push((k.to_string(), v));
    if a.preset != default.preset {
        put("preset", preset_slug(a.preset).to_string());
    }
    if a.reading != default.reading {
        put("reading", reading_slug(a.reading).to_string());
    }
    if a.page.log_industry != default.page.log_industry {
        put(
            "scale",
            if a.page.log_industry { "log" } else { "linear" }.to_string(),
        );
    }
    if a.page.focus != default.page.focus {
        put("focus", a.page.focus.slug().to_string());
    }
    if a.page.sensitivity != default.page.sensitivity {
        let (id, year) = a.page.sensitivity;
        put("sens", format!("{}:{year}", id.slug()));
    }
    if a.page.span != default.page.span {
        put("span", format!("{}-{}", a.page.span.0, a.page.span.1));
    }
    if a.scenario.level != base.level {
        put("level", number(a.scenario.level));
    }
    if a.scenario.samples != base.samples {
        put("n", a.scenario.samples.to_string());
    }
    if a.scenario.seed != base.seed {
        put("seed", a.scenario.seed.to_string());
    }
    for id in SeriesId::ALL {
        let Some(s) = a.scenario.get(id) else {
            continue;
        };
        let b = base.get(id);
        if !assumes_differently(s, b) && b.is_some_and(|b| b.form == s.form) {
            continue;
        }
        put(id.slug(), series_line(s));
    }
    for (panel, tab) in &s.tabs {
        if *tab != Tab::Chart && PANELS.contains(&panel.as_str()) {
            put(&format!("tab.{panel}"), tab.slug().to_string());
        }
    }
    for (panel, set) in &s.hidden {
        let Some(id) = PanelId::from_slug(panel).filter(|_| !set.is_empty()) else {
            continue;
        };
        let known = id.legend_slugs(ds);
        let list: Vec<&str> = set
            .iter()
            .map(String::as_str)
            .filter(|s| known.iter().any(|k| k == s))
            .collect();
        if !list.is_empty() {
            put(&format!("hide.{panel}"), list.join(","));
        }
    }
    let (display, _) = s.display.checked();
    let plain = DisplayPrefs::default();
    if let Some(lang) = display.lang {
        put("lang", lang.code().to_string());
    }
    if display.currency != plain.currency {
        put("cur", display.currency.code().to_string());
    }
    if display.cny_per_usd != plain.cny_per_usd {
        put("rate", number(display.cny_per_usd));
    }
    if let Some(e) = s.embed.as_deref().filter(|e| EMBEDS.contains(e)) {
        put("embed", e.to_string());
        if s.embed_tabs {
            put("tabs", "1".to_string());
        }
    }
    if out.is_empty() {
        return String::new();
    }
    let mut q = format!("v={VERSION}");
    for (k, v) in out {
        q.push('&');
        q.extend(utf8_percent_encode(&k, ESCAPE));
        q.push('=');
        q.extend(utf8_percent_encode(&v, ESCAPE));
    }
    q
}

/// Whether `query`, as [`encode`] writes it, is the default view: nothing
/// but the version and the language. That is the view the prerendered page
/// shows (`cargo xtask dist`), in that language.
pub fn is_default_view(query: &str) -> bool {
    query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .all(|kv| kv.starts_with("v=") || kv.starts_with("lang="))
}

/// The notices of one decode, capped at [`MAX_NOTICES`].
#[derive(Default)]
struct Notes {
    list: Vec<Notice>,
    dropped: usize,
}

impl Notes {
    fn push(&mut self, field: &str, message: Note) {
        if self.list.len() < MAX_NOTICES {
            self.list.push(Notice {
                field: shown(field, QUOTE),
                message,
            });
        } else {
            self.dropped += 1;
        }
    }

    /// A note of `Scenario::sanitize` or `Assumptions::checked`, as a sentence.
    fn push_note(&mut self, field: &str, note: Note) {
        self.push(field, note.sentence());
    }

    fn finish(mut self) -> Vec<Notice> {
        if self.dropped > 0 {
            let n = self.dropped;
            self.list.push(Notice {
                field: "link".to_string(),
                message: if n == 1 {
                    Note::new(
                        "{} more problem in the link is not listed here.",
                        [Arg::text(n)],
                    )
                } else {
                    Note::new(
                        "{} more problems in the link are not listed here.",
                        [Arg::text(n)],
                    )
                },
            });
        }
        self.list
    }
}

/// A known key's value as found in the link.
enum Raw {
    Text(String),
    NotUtf8,
    TooLong(usize),
}

/// A link split into fields.
struct Fields {
    /// The known keys (the last of duplicates) and how often each came.
    known: BTreeMap<String, (Raw, usize)>,
    /// Unknown keys in the order they came, and how often each came.
    unknown: Vec<(String, usize)>,
    /// Fields whose name is not UTF-8, and fields without a name.
    bad_names: usize,
    nameless: usize,
}

/// Every key this version reads.
fn known(key: &str) -> bool {
    matches!(
        key,
        "v" | "preset"
            | "reading"
            | "scale"
            | "focus"
            | "sens"
            | "span"
            | "level"
            | "n"
            | "seed"
            | "lang"
            | "cur"
            | "rate"
            | "embed"
            | "tabs"
    ) || series_from(key).is_some()
        || key
            .strip_prefix("tab.")
            .is_some_and(|p| PANELS.contains(&p))
        || key
            .strip_prefix("hide.")
            .is_some_and(|p| PANELS.contains(&p))
}

/// The longest value `key` may have: [`MAX_HIDDEN`] for hidden series,
/// which list slugs, [`MAX_VALUE`] for the others.
fn value_limit(key: &str) -> usize {
    if key.starts_with("hide.") {
        MAX_HIDDEN
    } else {
        MAX_VALUE
    }
}

/// Whether a link of format v1 could hold `key`: every key this version
/// reads but the hidden series (`hide.*`), which came later within v2, so a
/// link without `v` holding only those is no v1 link.
fn in_v1(key: &str) -> bool {
    !key.starts_with("hide.")
}

/// How a message names a key's field: a phrase translated with the
/// message.
fn label(key: &str) -> Arg {
    let word = match key {
        "v" => "The version",
        "preset" => "The preset",
        "reading" => "The reading",
        "scale" => "The industry chart's scale",
        "focus" => "The projection explorer's series",
        "sens" => "The sensitivity output",
        "span" => "The growth-rate span",
        "level" => "The level",
        "n" => "The number of samples",
        "seed" => "The seed",
        "lang" => "The language",
        "cur" => "The currency",
        "rate" => "The exchange rate",
        "embed" => "The embedded chart",
        "tabs" => "The embedded chart's tabs",
        _ => {
            return match (series_from(key), key.strip_prefix("tab.")) {
                (Some(id), _) => Arg::word(short_name(id)),
                (None, Some(panel)) => match PanelId::from_slug(panel) {
                    Some(id) => {
                        Note::new("The tab of the chart “{}”", [Arg::word(id.title())]).into()
                    }
                    None => {
                        Note::new("The tab of the chart “{}”", [shown(panel, QUOTE).into()]).into()
                    }
                },
                (None, None) => match key.strip_prefix("hide.") {
                    Some(panel) => match PanelId::from_slug(panel) {
                        Some(id) => Note::new(
                            "The hidden series of the chart “{}”",
                            [Arg::word(id.title())],
                        )
                        .into(),
                        None => Note::new(
                            "The hidden series of the chart “{}”",
                            [shown(panel, QUOTE).into()],
                        )
                        .into(),
                    },
                    None => format!("“{}”", shown(key, QUOTE)).into(),
                },
            };
        }
    };
    Arg::word(word)
}

impl Fields {
    /// Splits the query into fields.
    fn read(q: &str) -> Fields {
        let mut map: BTreeMap<String, (Raw, usize)> = BTreeMap::new();
        let mut unknown: Vec<(String, usize)> = Vec::new();
        let mut unknown_at: BTreeMap<String, usize> = BTreeMap::new();
        let (mut nameless, mut bad_names) = (0usize, 0usize);
        for part in q.split('&') {
            if part.is_empty() {
                continue;
            }
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let Ok(key) = percent_decode_str(k).decode_utf8() else {
                bad_names += 1;
                continue;
            };
            if key.is_empty() {
                nameless += 1;
                continue;
            }
            if !known(&key) {
                match unknown_at.get(key.as_ref()) {
                    Some(&i) => unknown[i].1 += 1,
                    None => {
                        unknown_at.insert(key.to_string(), unknown.len());
                        unknown.push((key.to_string(), 1));
                    }
                }
                continue;
            }
            let raw = match percent_decode_str(v).decode_utf8() {
                Err(_) => Raw::NotUtf8,
                Ok(v) => match v.chars().count() {
                    n if n > value_limit(&key) => Raw::TooLong(n),
                    _ => Raw::Text(v.into_owned()),
                },
            };
            let count = map.get(key.as_ref()).map_or(0, |e| e.1) + 1;
            map.insert(key.into_owned(), (raw, count));
        }
        Fields {
            known: map,
            unknown,
            bad_names,
            nameless,
        }
    }

    /// Notices for what could not be a field at all. They come last, so
    /// that a link full of junk does not crowd out the notices on real
    /// fields.
    fn rest(self, notes: &mut Notes) {
        let Fields {
            unknown,
            bad_names,
            nameless,
            ..
        } = self;
        if bad_names > 0 {
            notes.push(
                "link",
                if bad_names == 1 {
                    Note::new(
                        "{} field name in the link is not valid text, so it was ignored.",
                        [Arg::text(bad_names)],
                    )
                } else {
                    Note::new(
                        "{} field names in the link are not valid text, so they were ignored.",
                        [Arg::text(bad_names)],
                    )
                },
            );
        }
        if nameless > 0 {
            notes.push(
                "link",
                if nameless == 1 {
                    Note::new(
                        "{} field without a name was ignored.",
                        [Arg::text(nameless)],
                    )
                } else {
                    Note::new(
                        "{} fields without a name were ignored.",
                        [Arg::text(nameless)],
                    )
                },
            );
        }
        for (key, count) in unknown {
            if let Some(panel) = key.strip_prefix("hide.") {
                let message = if count > 1 {
                    Note::new(
                        "There is no chart “{}” in this app, so its hidden series ({} times) were ignored.",
                        [shown(panel, QUOTE).into(), Arg::text(count)],
                    )
                } else {
                    Note::new(
                        "There is no chart “{}” in this app, so its hidden series were ignored.",
                        [shown(panel, QUOTE).into()],
                    )
                };
                notes.push(&key, message);
                continue;
            }
            let message = match (key.strip_prefix("tab."), count > 1) {
                (Some(panel), false) => Note::new(
                    "There is no chart “{}” in this app, so its tab was ignored.",
                    [shown(panel, QUOTE).into()],
                ),
                (Some(panel), true) => Note::new(
                    "There is no chart “{}” in this app, so its tab ({} times) was ignored.",
                    [shown(panel, QUOTE).into(), Arg::text(count)],
                ),
                (None, false) => Note::new(
                    "Unknown field “{}” was ignored.",
                    [shown(&key, QUOTE).into()],
                ),
                (None, true) => Note::new(
                    "Unknown field “{}” ({} times) was ignored.",
                    [shown(&key, QUOTE).into(), Arg::text(count)],
                ),
            };
            notes.push(&key, message);
        }
    }

    /// The text of `key`, if it is there and usable, with a notice for a
    /// duplicate, a value that is not text, or one too long.
    fn take(&mut self, key: &str, notes: &mut Notes) -> Option<String> {
        let (raw, count) = self.known.remove(key)?;
        if count > 1 {
            notes.push(
                key,
                Note::new(
                    "{} appears {} times in the link, and the last one was used.",
                    [label(key), Arg::text(count)],
                ),
            );
        }
        match raw {
            Raw::Text(s) => Some(s),
            Raw::NotUtf8 => {
                notes.push(
                    key,
                    Note::new("{} is not valid text, so it was ignored.", [label(key)]),
                );
                None
            }
            Raw::TooLong(n) => {
                notes.push(
                    key,
                    Note::new(
                        "{} is {} characters long, more than {}, so it was ignored.",
                        [label(key), Arg::text(n), Arg::text(value_limit(key))],
                    ),
                );
                None
            }
        }
    }
}

/// "The seed “abc” is not a whole number, so it was ignored."
/// `what` says what the value should be ("a whole number").
fn garbled(notes: &mut Notes, key: &str, value: &str, what: Arg) {
    notes.push(
        key,
        Note::new(
            "{} “{}” is not {}, so it was ignored.",
            [label(key), shown(value, QUOTE).into(), what],
        ),
    );
}

/// Applies `edit` to a copy of `a`, checks it against the app's bounds, and
/// keeps the checked result, turning each bounds note into a notice on
/// `field`. `a` is always clean before, so every note is the edit's.
fn apply(a: &mut Assumptions, field: &str, notes: &mut Notes, edit: impl FnOnce(&mut Assumptions)) {
    let mut trial = a.clone();
    edit(&mut trial);
    let (checked, msgs) = trial.checked();
    for m in msgs {
        notes.push_note(field, m);
    }
    *a = checked;
}

/// Reads one series line, "<base>,<g2020>,<g2021-22>,<g2023-30>[,rate]",
/// against the baseline's series: a garbled part keeps the baseline's value.
fn read_series(
    key: &str,
    text: &str,
    b: &SeriesAssumption,
    notes: &mut Notes,
) -> Option<SeriesAssumption> {
    let parts: Vec<&str> = text.split(',').collect();
    if !(4..=5).contains(&parts.len()) {
        let args = [
            label(key),
            shown(text, QUOTE).into(),
            Arg::text(parts.len()),
            series_line(b).into(),
        ];
        notes.push(
            key,
            if parts.len() == 1 {
                Note::new(
                    "{} “{}” has {} part, not a base and three growths such as “{}”, so it was ignored.",
                    args,
                )
            } else {
                Note::new(
                    "{} “{}” has {} parts, not a base and three growths such as “{}”, so it was ignored.",
                    args,
                )
            },
        );
        return None;
    }
    let name = || label(key);
    let mut s = b.clone();
    match parse_number(parts[0]) {
        Some(v) if v == f64::INFINITY => {
            // Clamped here: the bounds check would read infinity as "not an
            // amount" and fall back to a base that ignores the reading.
            notes.push(
                key,
                Note::new(
                    "{} base “{}” is too large, so the largest base, {}, is used.",
                    [
                        name(),
                        shown(parts[0], QUOTE).into(),
                        Arg::Money(BASE_MAX, BASE_MAX),
                    ],
                ),
            );
            s.base = BASE_MAX;
            s.base_source.clear();
        }
        Some(v) if v > 0.0 => {
            if v != b.base {
                s.base = v;
                s.base_source.clear();
            }
        }
        _ => notes.push(
            key,
            Note::new(
                "{} base “{}” is not a positive number of billion yuan, so {} was kept.",
                [
                    name(),
                    shown(parts[0], QUOTE).into(),
                    Arg::Money(b.base, b.base),
                ],
            ),
        ),
    }
    let mut phases = Vec::with_capacity(PHASES.len());
    for (i, &(first, last)) in PHASES.iter().enumerate() {
        // The baseline is sanitized, so it covers every phase.
        let mut phase = Phase {
            first,
            last,
            growth: b.growth_in(first)?,
        };
        match parse_growth(parts[i + 1]) {
            Some(g) => phase.growth = g,
            None => notes.push(
                key,
                Note::new(
                    "{} {} growth “{}” is not a multiplier such as 2 or a range such as 1.15-1.6, so {} was kept.",
                    [
                        name(),
                        phase.years().into(),
                        shown(parts[i + 1], QUOTE).into(),
                        growth(&phase.growth).into(),
                    ],
                ),
            ),
        }
        phases.push(phase);
    }
    s.phases = phases;
    s.form = match parts.get(4).map(|f| f.trim()) {
        None | Some("multiplier") => GrowthForm::Multiplier,
        Some("rate") => GrowthForm::Rate,
        Some(other) => {
            notes.push(
                key,
                Note::new(
                    "{} display “{}” is neither a rate nor a multiplier, so it was ignored.",
                    [name(), shown(other, QUOTE).into()],
                ),
            );
            b.form
        }
    };
    Some(s)
}

/// A series as a link writes it: "433.8,2,1.15-1.6,1.05-1.35[,rate]".
fn series_line(s: &SeriesAssumption) -> String {
    let mut line = number(s.base);
    for &(first, _) in &PHASES {
        line.push(',');
        if let Some(g) = s.growth_in(first) {
            line.push_str(&growth(&g));
        }
    }
    if s.form == GrowthForm::Rate {
        line.push_str(",rate");
    }
    line
}

/// Reads a query (with or without its leading "?") into a view. Never
/// panics, for any input: the valid part is applied, and every field that
/// was ignored, clamped or repeated is named in a notice. Fields are applied
/// in a fixed order whatever their order in the link: the preset and reading
/// first (they decide the baseline the series lines are read against), then
/// the series, the Monte Carlo settings and the view settings.
pub fn decode(ds: &Dataset, query: &str) -> Decoded {
    let mut notes = Notes::default();
    let q = cut(query, &mut notes);
    let mut fields = Fields::read(q);
    let format = read_version(&mut fields, &mut notes);
    let mut a = read_model(ds, format, &mut fields, &mut notes);
    read_page(&mut a, &mut fields, &mut notes);
    let tabs = read_tabs(&mut fields, &mut notes);
    let hidden = read_hidden(ds, &mut fields, &mut notes);
    let display = read_display(&mut fields, &mut notes);
    let embed = read_embed(&mut fields, &mut notes);
    let embed_tabs = read_embed_tabs(&mut fields, &mut notes);
    fields.rest(&mut notes);

    // Every field was checked as it was applied; this only guards against a
    // combination the checks above did not foresee.
    let (a, rest) = a.checked();
    for m in rest {
        notes.push_note("link", m);
    }
    Decoded {
        state: ViewState {
            assumptions: a,
            tabs,
            hidden,
            display,
            embed_tabs: embed_tabs && embed.is_some(),
            embed,
        },
        notices: notes.finish(),
    }
}

/// The query without its `?`, cut to [`MAX_QUERY`] bytes on a field
/// boundary (with a notice when it was longer).
fn cut<'q>(query: &'q str, notes: &mut Notes) -> &'q str {
    let q = query.strip_prefix('?').unwrap_or(query);
    if q.len() > MAX_QUERY {
        let mut end = MAX_QUERY;
        while !q.is_char_boundary(end) {
            end -= 1;
        }
        // A field cut in two is dropped whole rather than read half.
        if !q[end..].starts_with('&') {
            end = q[..end].rfind('&').unwrap_or(0);
        }
        notes.push(
            "link",
            Note::new(
                "The link is {} bytes long; only the first {} were read and the rest was ignored.",
                [Arg::text(q.len()), Arg::text(MAX_QUERY)],
            ),
        );
        &q[..end]
    } else {
        q
    }
}

/// `v`: the link format's version. Versions 1 and 2 and this one are read with
/// their own meaning; another one is read as this one, with a notice. A
/// link without `v` is version 1 if it holds any field this version knows
/// (see [`Format::V1`]); the plain address, and a link of nothing but
/// fields unknown, is the default view.
fn read_version(fields: &mut Fields, notes: &mut Notes) -> Format {
    let written = fields.known.contains_key("v");
    let Some(v) = fields.take("v", notes) else {
        // No "v", or one that was not text (a notice says so).
        return if written || !fields.known.keys().any(|k| in_v1(k)) {
            Format::V3
        } else {
            Format::V1
        };
    };
    match parse_digits(&v) {
        Some(Ok(1)) => return Format::V1,
        Some(Ok(2)) => return Format::V2,
        Some(Ok(n)) if n == u64::from(VERSION) => {}
        Some(Ok(0)) | None => notes.push(
            "v",
            Note::new(
                "The version “{}” is not a version of the link format, so the link was read as version {}.",
                [shown(&v, QUOTE).into(), Arg::text(VERSION)],
            ),
        ),
        Some(_) => notes.push(
            "v",
            Note::new(
                "This link comes from a newer version of the app, so only the parts this version understands were applied.",
                [],
            ),
        ),
    }
    Format::V3
}

/// The model's inputs: reading, preset, each series, level, samples, seed.
fn read_model(ds: &Dataset, format: Format, fields: &mut Fields, notes: &mut Notes) -> Assumptions {
    let mut a = Assumptions::article(ds);
    a.reading = format.reading(ds);
    if let Some(v) = fields.take("reading", notes) {
        match reading_from(v.trim()) {
            Some(r) => a.reading = r,
            None => garbled(
                notes,
                "reading",
                &v,
                Arg::word("a reading of the figures (as printed or corrected)"),
            ),
        }
    }
    if let Some(v) = fields.take("preset", notes) {
        match preset_from(v.trim()) {
            Some(p) => a.preset = p,
            None => garbled(notes, "preset", &v, Arg::word("one of the app's presets")),
        }
    }
    let base = format.baseline(ds, a.preset, a.reading);
    let others = format.others(ds, a.preset, a.reading);
    a.scenario = base.clone();

    let mut own = false;
    for id in SeriesId::ALL {
        let key = id.slug();
        let Some(text) = fields.take(key, notes) else {
            continue;
        };
        let Some(b) = base.get(id) else {
            continue;
        };
        let Some(mut s) = read_series(key, &text, b, notes) else {
            continue;
        };
        let then: Vec<&SeriesAssumption> = others.iter().filter_map(|o| o.get(id)).collect();
        if let Some(c) = then
            .iter()
            .find(|c| c.base == s.base && s.base_source.is_empty())
        {
            s.base_source = c.base_source.clone();
        }
        apply(&mut a, key, notes, |t| {
            if let Some(slot) = t.scenario.get_mut(id) {
                *slot = s;
            }
        });
        // A series that is the preset's, as the link's version or the other
        // defines it, does not make the set the user's own.
        own |= a.scenario.get(id).is_some_and(|s| {
            assumes_differently(s, Some(b)) && then.iter().all(|&c| assumes_differently(s, Some(c)))
        });
    }
    // Series that differ from a named preset make the set the user's own,
    // as editing a preset does in the app.
    if own {
        a.preset = Preset::Custom;
    }

    if let Some(v) = fields.take("level", notes) {
        match parse_number(&v) {
            Some(level) => apply(&mut a, "level", notes, |t| t.set_level(level)),
            None => garbled(notes, "level", &v, Arg::word("a number of billion yuan")),
        }
    }
    if let Some(v) = fields.take("n", notes) {
        match parse_digits(&v) {
            Some(n) => {
                // Too many digits for a u64 is still "too many samples".
                let n = n.map_or(u32::MAX, |n| u32::try_from(n).unwrap_or(u32::MAX));
                apply(&mut a, "n", notes, |t| t.scenario.samples = n);
            }
            None => garbled(notes, "n", &v, Arg::word("a whole number")),
        }
    }
    if let Some(v) = fields.take("seed", notes) {
        match parse_digits(&v) {
            Some(Ok(seed)) => a.scenario.seed = seed,
            _ => garbled(
                notes,
                "seed",
                &v,
                Note::new("a whole number from 0 to {}", [Arg::text(u64::MAX)]).into(),
            ),
        }
    }
    a
}

/// The page's settings kept with the assumptions: scale, focus, the
/// tornado's output and the growth span.
fn read_page(a: &mut Assumptions, fields: &mut Fields, notes: &mut Notes) {
    if let Some(v) = fields.take("scale", notes) {
        match v.trim() {
            "log" => a.page.log_industry = true,
            "linear" => a.page.log_industry = false,
            _ => garbled(notes, "scale", &v, Arg::word("log or linear")),
        }
    }
    if let Some(v) = fields.take("focus", notes) {
        match series_from(v.trim()) {
            Some(id) => a.page.focus = id,
            None => garbled(notes, "focus", &v, Arg::word("one of the app's series")),
        }
    }
    if let Some(v) = fields.take("sens", notes) {
        let parsed = v
            .split_once(':')
            .and_then(|(s, y)| Some((series_from(s.trim())?, parse_year(y)?)));
        match parsed {
            Some(sens) => apply(a, "sens", notes, |t| t.page.sensitivity = sens),
            None => garbled(
                notes,
                "sens",
                &v,
                Arg::word("one of the app's series and a year"),
            ),
        }
    }
    if let Some(v) = fields.take("span", notes) {
        let parsed =
            split_range(v.trim()).and_then(|(x, y)| Some((parse_year(x)?, parse_year(y)?)));
        match parsed {
            Some(span) => apply(a, "span", notes, |t| t.page.span = span),
            None => garbled(notes, "span", &v, Arg::word("two years such as 2019-2025")),
        }
    }
}

/// `tab.<panel>`: each panel's view other than its chart.
fn read_tabs(fields: &mut Fields, notes: &mut Notes) -> BTreeMap<String, Tab> {
    let mut tabs = BTreeMap::new();
    for panel in PANELS {
        let key = format!("tab.{panel}");
        let Some(v) = fields.take(&key, notes) else {
            continue;
        };
        match Tab::from_slug(v.trim()) {
            Some(Tab::Chart) => {}
            Some(t) => {
                tabs.insert(panel.to_string(), t);
            }
            None => garbled(notes, &key, &v, Arg::word("chart, table or sources")),
        }
    }
    tabs
}

/// `hide.<panel>`: the legend entries each panel hides, by slug, separated
/// by commas. Spaces around a slug and repeated or empty entries are fine;
/// a slug the panel's chart never has is ignored, and named in one notice
/// per panel.
fn read_hidden(
    ds: &Dataset,
    fields: &mut Fields,
    notes: &mut Notes,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut hidden = BTreeMap::new();
    for id in PanelId::ALL {
        let panel = id.slug();
        let key = format!("hide.{panel}");
        let Some(v) = fields.take(&key, notes) else {
            continue;
        };
        let known = id.legend_slugs(ds);
        let mut set = BTreeSet::new();
        let mut unknown: Vec<String> = Vec::new();
        for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if known.iter().any(|k| k == s) {
                set.insert(s.to_string());
            } else {
                let s = format!("“{}”", shown(s, QUOTE));
                if !unknown.contains(&s) {
                    unknown.push(s);
                }
            }
        }
        if !unknown.is_empty() {
            notes.push(
                &key,
                if known.is_empty() {
                    Note::new(
                        "The chart “{}” has no series to hide, so {} was ignored.",
                        [Arg::word(id.title()), unknown.join(", ").into()],
                    )
                } else {
                    Note::new(
                        "The chart “{}” has no series {}, so it was ignored.",
                        [Arg::word(id.title()), unknown.join(", ").into()],
                    )
                },
            );
        }
        if !set.is_empty() {
            hidden.insert(panel.to_string(), set);
        }
    }
    hidden
}

/// `lang`, `cur` and `rate`: how the page is written.
fn read_display(fields: &mut Fields, notes: &mut Notes) -> DisplayPrefs {
    let mut display = DisplayPrefs::default();
    if let Some(v) = fields.take("lang", notes) {
        match v.trim() {
            "" => garbled(
                notes,
                "lang",
                &v,
                Arg::word("a language this app is written in"),
            ),
            t => match Lang::parse(t) {
                Some(l) => display.lang = Some(l),
                None => garbled(
                    notes,
                    "lang",
                    &v,
                    Arg::word("a language this app is written in"),
                ),
            },
        }
    }
    if let Some(v) = fields.take("cur", notes) {
        match Currency::parse(&v) {
            Some(c) => display.currency = c,
            None => garbled(notes, "cur", &v, Arg::word("yuan or US dollars")),
        }
    }
    if let Some(v) = fields.take("rate", notes) {
        match parse_number(&v) {
            Some(r) => {
                let (r, note) = checked_rate(r);
                display.cny_per_usd = r;
                if let Some(n) = note {
                    notes.push_note("rate", n);
                }
            }
            None => garbled(
                notes,
                "rate",
                &v,
                Note::new(
                    "a number of yuan per US dollar from {} to {}",
                    [Arg::text(RATE_MIN), Arg::text(RATE_MAX)],
                )
                .into(),
            ),
        }
    }
    display
}

/// `embed`: one panel shown alone.
fn read_embed(fields: &mut Fields, notes: &mut Notes) -> Option<String> {
    let mut embed = None;
    if let Some(v) = fields.take("embed", notes) {
        match EMBEDS.iter().find(|e| **e == v.trim()) {
            Some(e) => embed = Some((*e).to_string()),
            None => notes.push(
                "embed",
                Note::new(
                    "The embedded chart “{}” is not a chart of this app, so it was ignored and the whole page is shown.",
                    [shown(&v, QUOTE).into()],
                ),
            ),
        }
    }
    embed
}

/// `tabs`: whether an embedded chart shows its tabs (`1`) or not (`0`).
fn read_embed_tabs(fields: &mut Fields, notes: &mut Notes) -> bool {
    match fields.take("tabs", notes) {
        None => false,
        Some(v) => match v.trim() {
            "1" => true,
            "0" => false,
            _ => {
                garbled(notes, "tabs", &v, Arg::word("1 or 0"));
                false
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> &'static Dataset {
        match Dataset::embedded() {
            Ok(d) => d,
            Err(e) => panic!("embedded dataset: {e}"),
        }
    }

    #[test]
    fn only_the_version_and_language_leave_the_default_view() {
        let ds = ds();
        let mut view = ViewState::new(Assumptions::article(ds));
        assert!(is_default_view(&encode(ds, &view)));
        view.display.lang = Some(crate::locale::Lang::Zh);
        assert!(is_default_view(&encode(ds, &view)));
        view.display.currency = crate::locale::Currency::Usd;
        assert!(!is_default_view(&encode(ds, &view)));
        assert!(!is_default_view("v=3&tab.gmv=table"));
        assert!(!is_default_view("v=3&level=2"));
    }

    #[test]
    fn slugs_read_back() {
        for t in [Tab::Chart, Tab::Table, Tab::Sources] {
            assert_eq!(Tab::from_slug(t.slug()), Some(t));
        }
        for p in [
            Preset::ArticleLow,
            Preset::ArticleHigh,
            Preset::WhatHappened,
            Preset::Custom,
        ] {
            assert_eq!(preset_from(preset_slug(p)), Some(p));
        }
        for r in [Reading::AsPrinted, Reading::Corrected] {
            assert_eq!(reading_from(reading_slug(r)), Some(r));
        }
        for id in SeriesId::ALL {
            assert!(known(id.slug()));
        }
    }

    #[test]
    fn cut_long_query_on_a_field_boundary() {
        // A multi-byte character straddles the limit.
        let q = format!("v=1&ab={}&n=5000", "é".repeat(MAX_QUERY));
        let d = decode(ds(), &q);
        assert_eq!(d.state.assumptions.scenario.samples, 100_000);
        assert!(d.notices.iter().any(|n| n.field == "link"));
    }

    #[test]
    fn notices_are_capped() {
        let q: String = (0..100).map(|i| format!("x{i}=1&")).collect();
        let d = decode(ds(), &q);
        assert_eq!(d.notices.len(), MAX_NOTICES + 1);
        assert!(
            d.notices[MAX_NOTICES]
                .message
                .to_string()
                .starts_with("80 more problems")
        );
    }
}
