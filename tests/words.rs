//! Words for readers: every notice and error the core can put on the page
//! is one sentence in the reader's language, names no file and no internal
//! id, and every source a chart lists is named by publisher and title.
//!
//! The rules, in [`check_message`]:
//! - **One sentence.** Outside what the message quotes (“…”, the reader's
//!   own text or a value from a link), at most one sentence-ending mark:
//!   "!", "?", "。", "！", "？", or a "." followed by a space or the end of
//!   the text (so decimals such as "1.3" and "433.8 bn" never count), unless
//!   the "." closes one of [`ABBREVIATIONS`]. A notice or error ends with
//!   its one mark.
//! - **No file names.** No ".json", ".csv" or ".rs" followed by anything
//!   but a letter or digit, quoted or not.
//! - **No internal ids.** No word of lowercase letters and digits joined by
//!   "_" (snake_case), none joined by "-" into three or more parts one of
//!   which has a digit (`kuaishou-gmv-2019`), and no word that is one of
//!   the app's own ids: a dataset figure's id, a panel's or a series' link
//!   word with a "-" in it (`third-pole`, `douyin-live`), a preset's or a
//!   reading's link word (`article-low`, `as-printed`). Plain English
//!   compounds ("live-stream", "e-commerce") are words, not ids. Nor any of
//!   [`INTERNAL_TERMS`] (type names, storage and serialisation words,
//!   `Debug` output such as `Some(`).
//! - **Chinese is Chinese.** In Chinese a message has CJK characters, and
//!   outside what it quotes every run of Latin letters is one of
//!   [`LATIN_IN_CHINESE`]: units and abbreviations the Chinese text keeps
//!   (GMV, KB, US$…).
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::checks;
use live_commerce_explorer::data::{Dataset, Reading};
use live_commerce_explorer::locale::{Lang, Locale, Note};
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::saved::{
    BACKUP_KEY, ImportError, KEY, Library, LibraryError, MemoryStore, StoreError, parse_file,
};
use live_commerce_explorer::scenario::SeriesId;
use live_commerce_explorer::share::{self, MAX_QUERY, MAX_VALUE};
use live_commerce_explorer::views::input::{FieldKind, Typed, read_field};
use live_commerce_explorer::views::{self, Assumptions, tips};

/// Abbreviations whose "." does not end a sentence.
const ABBREVIATIONS: &[&str] = &["e.g.", "i.e.", "etc.", "vs.", "approx."];

/// Words that are the code's, not the reader's.
const INTERNAL_TERMS: &[&str] = &[
    "ViewState",
    "serde",
    "localStorage",
    "KeyValue",
    "StoreError",
    "LibraryError",
    "ImportError",
    "GoalError",
    "Monte Carlo job",
    "Some(",
    "None)",
    "Ok(",
    "Err(",
    "unwrap",
    "panicked",
    "src/",
    "lce.scenarios",
    "UTF-8",
    "percent escape",
    "query",
];

/// Latin words a Chinese message may keep (outside quotes): units and
/// abbreviations the catalogue keeps in Latin letters.
const LATIN_IN_CHINESE: &[&str] = &["GMV", "DAU", "US", "KB", "PNG", "P5", "P50", "P95"];

/// The app's own ids that a reader should never see.
fn internal_ids(ds: &Dataset) -> Vec<String> {
    let mut ids: Vec<String> = ds.figures.iter().map(|f| f.id.clone()).collect();
    ids.extend(ds.later.iter().map(|f| f.id.clone()));
    ids.extend(PanelId::ALL.map(|p| p.slug().to_string()));
    ids.extend(SeriesId::ALL.map(|s| s.slug().to_string()));
    ids.extend(
        [
            "article-low",
            "article-high",
            "what-happened",
            "as-printed",
            "corrected",
        ]
        .map(String::from),
    );
    // Link words without a "-" are plain words too ("industry", "gmv",
    // "corrected"): only the joined ones are ids.
    ids.retain(|id| id.contains('-') || id.contains('_'));
    ids
}

/// `text` without what it quotes (“…”).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// How many sentences `text` ends (see the module docs).
fn sentence_ends(text: &str) -> usize {
    let text = unquoted(text);
    let chars: Vec<char> = text.chars().collect();
    let mut n = 0;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '!' | '?' | '。' | '！' | '？' => n += 1,
            '.' => {
                let next = chars.get(i + 1);
                if next.is_some_and(|c| !c.is_whitespace()) {
                    continue;
                }
                let before: String = chars[..=i].iter().collect();
                let lower = before.to_lowercase();
                if ABBREVIATIONS.iter().any(|a| lower.ends_with(a)) {
                    continue;
                }
                n += 1;
            }
            _ => {}
        }
    }
    n
}

/// The words of `text`: runs of letters, digits, "-" and "_".
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `w` looks like a code id (see the module docs).
fn looks_like_id(w: &str) -> bool {
    let lowercase = w
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !lowercase || !w.chars().any(|c| c.is_ascii_lowercase()) {
        return false;
    }
    if w.contains('_') {
        return true;
    }
    let parts: Vec<&str> = w.split('-').collect();
    parts.len() >= 3 && parts.iter().any(|p| p.chars().any(|c| c.is_ascii_digit()))
}

/// Every broken rule of `text`, a message the reader sees in `lang`;
/// `sentence` when it must be exactly one whole sentence.
fn check_message(ids: &[String], lang: Lang, text: &str, sentence: bool) -> Vec<String> {
    let mut bad = Vec::new();
    let ends = sentence_ends(text);
    if ends > 1 {
        bad.push(format!("{ends} sentences"));
    }
    if sentence {
        let last = unquoted(text.trim()).trim_end().chars().next_back();
        if ends != 1 || !last.is_some_and(|c| ".!?。！？".contains(c)) {
            bad.push("not one whole sentence".into());
        }
    }
    let lower = text.to_lowercase();
    for ext in [".json", ".csv", ".rs"] {
        let mut from = 0;
        while let Some(i) = lower[from..].find(ext) {
            let end = from + i + ext.len();
            if !lower[end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric())
            {
                bad.push(format!("a file name ({ext})"));
            }
            from = end;
        }
    }
    let plain = unquoted(text);
    for w in words(&plain) {
        if looks_like_id(w) || ids.iter().any(|id| id == w) {
            bad.push(format!("an internal id: {w}"));
        }
    }
    for term in INTERNAL_TERMS {
        if plain.contains(term) {
            bad.push(format!("an internal term: {term}"));
        }
    }
    if lang == Lang::Zh {
        if !text.chars().any(is_cjk) {
            bad.push("no Chinese".into());
        }
        for w in without_exponents(&plain).split(|c: char| !c.is_ascii_alphanumeric()) {
            let latin = w.chars().any(|c| c.is_ascii_alphabetic());
            if latin && !LATIN_IN_CHINESE.contains(&w) {
                bad.push(format!("English in Chinese: {w}"));
            }
        }
    }
    bad
}

/// `text` with numbers written with an exponent ("1e-7", "4.29e9")
/// blanked out: they are numbers, not English.
fn without_exponents(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == 'e'
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '-' || *c == '+')
        {
            out[i] = ' ';
        }
        i += 1;
    }
    out.into_iter().collect()
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

fn ds() -> &'static Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn locale(lang: Lang) -> Locale {
    Locale {
        lang,
        ..Locale::default()
    }
}

const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

/// Collects what breaks the rules, to report every failure at once.
#[derive(Default)]
struct Report {
    ids: Vec<String>,
    failures: Vec<String>,
    seen: usize,
}

impl Report {
    fn new() -> Report {
        Report {
            ids: internal_ids(ds()),
            ..Report::default()
        }
    }

    fn text(&mut self, source: &str, lang: Lang, text: &str, sentence: bool) {
        self.seen += 1;
        let bad = check_message(&self.ids, lang, text, sentence);
        if !bad.is_empty() {
            self.failures.push(format!(
                "{source} [{}]: {text:?}: {}",
                lang.code(),
                bad.join("; ")
            ));
        }
    }

    /// A note in both languages, as a whole sentence.
    fn note(&mut self, source: &str, note: &Note) {
        for lang in LANGS {
            self.text(source, lang, &note.text(&locale(lang)), true);
        }
    }

    fn finish(mut self, least: usize) {
        self.failures.sort();
        self.failures.dedup();
        assert!(self.seen >= least, "only {} messages checked", self.seen);
        assert!(
            self.failures.is_empty(),
            "{} messages break the rules:\n{}",
            self.failures.len(),
            self.failures.join("\n")
        );
    }
}

#[test]
fn the_rules_catch_what_they_should() {
    let ids = internal_ids(ds());
    let ok = |lang, t: &str| check_message(&ids, lang, t, true);
    assert!(ok(Lang::En, "The base “1.5.3” is 433.8 bn, so 1.3 is kept.").is_empty());
    assert!(!ok(Lang::En, "Two sentences. Here.").is_empty());
    assert!(!ok(Lang::En, "See later.json for it.").is_empty());
    assert!(!ok(Lang::En, "Read from kuaishou-gmv-2019.").is_empty());
    assert!(!ok(Lang::En, "The chart third-pole was ignored.").is_empty());
    assert!(!ok(Lang::En, "A some_field was ignored.").is_empty());
    assert!(!ok(Lang::En, "It failed: Err(NotFound).").is_empty());
    assert!(ok(Lang::En, "Live-stream e-commerce grew, e.g. on Douyin.").is_empty());
    assert!(ok(Lang::Zh, "抖音GMV为1,800亿元。").is_empty());
    assert!(!ok(Lang::Zh, "抖音 is ignored。").is_empty());
    assert!(!ok(Lang::Zh, "Ignored.").is_empty());
    assert_eq!(sentence_ends("“a. b.” was kept."), 1);
}

/// Links that go wrong in every way the decoder words a notice for.
fn garbage_links() -> Vec<String> {
    let mut links: Vec<String> = [
        "v=abc",
        "v=0",
        "v=99",
        "v=1&v=2",
        "preset=best",
        "reading=x",
        "scale=up",
        "focus=tv",
        "sens=a:b",
        "sens=industry:1900",
        "span=1-2",
        "span=2030-2019",
        "level=x",
        "level=1e300",
        "level=0.001",
        "n=abc",
        "n=99999999999",
        "n=1",
        "seed=-1",
        "lang=fr",
        "lang=",
        "cur=eur",
        "rate=abc",
        "rate=1e9",
        "rate=0",
        "embed=map",
        "tab.gmv=pie",
        "tab.map=table",
        "tab.map=table&tab.map=chart",
        "foo=1",
        "foo=1&foo=2",
        "=1",
        "=1&=2",
        "%FF=1",
        "%FF=1&%FE=2",
        "n=%FF",
        "tab.gmv=%FF",
    ]
    .map(String::from)
    .to_vec();
    for id in SeriesId::ALL {
        let k = id.slug();
        for v in [
            "abc",
            "1,2",
            "-5,1,1,1",
            "1e999,1,1,1",
            "400,x,1,1",
            "400,2,1.1,1.1,pct",
            "400,100,1,1",
            "400,0.0001,1,1",
            "0.0000001,1,1,1",
            "400,2,1.1-9,1.1",
            "%FF",
        ] {
            links.push(format!("{k}={v}"));
        }
    }
    links.push(format!("n={}", "9".repeat(MAX_VALUE + 5)));
    let junk: String = (0..100).map(|i| format!("x{i}=1&")).collect();
    links.push(format!("{junk}{}", "z=1&".repeat(MAX_QUERY / 4)));
    links
}

#[test]
fn share_link_notices_are_one_sentence_in_each_language() {
    let mut r = Report::new();
    for q in garbage_links() {
        let d = share::decode(ds(), &q);
        for n in &d.notices {
            r.note(&format!("share {q:.60}"), &n.message);
        }
        // The page shows them through the session, with "Link:" before.
        let s = live_commerce_explorer::session::Session::from_query(ds(), &q);
        for n in &s.notes {
            r.note(&format!("session {q:.60}"), n);
        }
    }
    r.finish(200);
}

fn store_errors() -> Vec<StoreError> {
    vec![
        StoreError::Unavailable("SecurityError: The operation is insecure.".into()),
        StoreError::Full("QuotaExceededError: localStorage is full".into()),
        StoreError::Other("all 20 backup places are taken".into()),
    ]
}

fn library_errors() -> Vec<LibraryError> {
    let mut all = vec![
        LibraryError::EmptyName,
        LibraryError::NoSuchScenario(3),
        LibraryError::TooMany,
        LibraryError::TooLong(99_999),
        LibraryError::ChangedElsewhere,
    ];
    all.extend(store_errors().into_iter().map(LibraryError::Store));
    all
}

/// The share link's validator, as the page's library uses it.
fn validate(q: &str) -> Result<(), Note> {
    match share::decode(ds(), q).notices.into_iter().next() {
        None => Ok(()),
        Some(n) => Err(n.message),
    }
}

const FORMAT: &str = r#""format":"live-commerce-explorer/scenarios""#;

/// Files that fail to import in every way there is.
fn bad_files() -> Vec<Vec<u8>> {
    let mut files: Vec<Vec<u8>> = vec![
        vec![0xff, 0xfe, b'{', b'}'],
        b"not json at all".to_vec(),
        b"{\"a\": ".to_vec(),
        b"[]".to_vec(),
        br#"{"format":"another app"}"#.to_vec(),
        format!(r#"{{{FORMAT},"version":9,"scenarios":[]}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"scenarios":[]}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"version":"one","scenarios":[]}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"version":1}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"version":1,"scenarios":7}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"version":1,"scenarios":[]}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"version":1,"scenarios":["x"]}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"version":1,"scenarios":[{{"query":"v=2"}}]}}"#).into_bytes(),
        format!(r#"{{{FORMAT},"version":1,"scenarios":[{{"name":"A"}}]}}"#).into_bytes(),
        format!(
            r#"{{{FORMAT},"version":1,"scenarios":[{{"name":"A","query":"{}"}}]}}"#,
            "n=1&".repeat(5000)
        )
        .into_bytes(),
        vec![b' '; 2_000_000],
    ];
    let many: Vec<String> = (0..250)
        .map(|i| format!(r#"{{"name":"S{i}","query":"v=2"}}"#))
        .collect();
    files.push(
        format!(
            r#"{{{FORMAT},"version":1,"scenarios":[{}]}}"#,
            many.join(",")
        )
        .into_bytes(),
    );
    // Entries whose link the share codec refuses, with and without a name.
    for q in garbage_links().iter().take(40) {
        let q = q.replace(['\\', '"'], "");
        files.push(
            format!(r#"{{{FORMAT},"version":1,"scenarios":[{{"name":"Mine","query":"{q}"}}]}}"#)
                .into_bytes(),
        );
        files.push(
            format!(r#"{{{FORMAT},"version":1,"scenarios":[{{"name":"","query":"{q}"}}]}}"#)
                .into_bytes(),
        );
    }
    files
}

#[test]
fn saved_scenario_errors_are_one_sentence_in_each_language() {
    let mut r = Report::new();
    for e in store_errors() {
        // A clause inside other messages, never shown alone.
        for lang in LANGS {
            r.text("store error", lang, &e.note().text(&locale(lang)), false);
        }
    }
    for e in library_errors() {
        r.note(&format!("library {e:?}"), &e.note());
    }
    let mut kinds = std::collections::HashSet::new();
    for file in bad_files() {
        match parse_file(&file, &validate) {
            Ok(_) => {}
            Err(e) => {
                kinds.insert(std::mem::discriminant(&e));
                r.note(&format!("import {e:?}"), &e.note());
            }
        }
    }
    for e in [
        ImportError::LibraryFull {
            have: 150,
            adding: 60,
        },
        ImportError::Library(LibraryError::Store(StoreError::Full(String::new()))),
    ] {
        kinds.insert(std::mem::discriminant(&e));
        r.note("import", &e.note());
    }
    assert_eq!(kinds.len(), 11, "every kind of import error");

    // Opening the library: storage that fails, data that cannot be read,
    // entries set aside.
    let mut stores: Vec<MemoryStore> = Vec::new();
    let blocked = MemoryStore::new();
    blocked.set_unavailable(true);
    stores.push(blocked);
    for raw in [
        "not json at all".to_string(),
        "[1, 2]".to_string(),
        format!(r#"{{{FORMAT},"version":9,"scenarios":[]}}"#),
        format!(r#"{{{FORMAT},"version":1,"scenarios":7}}"#),
        format!(r#"{{{FORMAT},"scenarios":[]}}"#),
    ] {
        stores.push(MemoryStore::with(&[(KEY, &raw)]));
        let full = MemoryStore::with(&[(KEY, &raw)]);
        full.set_full(true);
        stores.push(full);
    }
    let taken: Vec<(String, String)> = (1..=20)
        .map(|n| {
            let key = if n == 1 {
                BACKUP_KEY.to_string()
            } else {
                format!("{BACKUP_KEY}.{n}")
            };
            (key, format!("other {n}"))
        })
        .collect();
    let mut entries: Vec<(&str, &str)> = taken
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    entries.push((KEY, "corrupt"));
    stores.push(MemoryStore::with(&entries));
    let mut set_aside = vec![r#""just a string""#.to_string()];
    set_aside.extend((0..8).map(|i| format!(r#"{{"name":"Bad {i}","query":"n=abc"}}"#)));
    set_aside.push(r#"{"name":"","query":"preset=best"}"#.to_string());
    stores.push(MemoryStore::with(&[(
        KEY,
        &format!(
            r#"{{{FORMAT},"version":1,"scenarios":[{}]}}"#,
            set_aside.join(",")
        ),
    )]));
    for store in &stores {
        let (mut lib, problems) = Library::open(store, &validate);
        assert!(!problems.is_empty(), "{store:?}");
        for p in &problems {
            r.note("opening the library", p);
        }
        // What a change says when the library could not be opened for
        // writing.
        if let Err(e) = lib.save(store, "X", "v=2", 0.0) {
            r.note("saving", &e.note());
        }
    }
    r.finish(150);
}

#[test]
fn typed_numbers_are_refused_or_held_in_one_sentence() {
    let mut r = Report::new();
    let kinds = [
        FieldKind::Growth(live_commerce_explorer::scenario::GrowthForm::Multiplier),
        FieldKind::Growth(live_commerce_explorer::scenario::GrowthForm::Rate),
        FieldKind::Base,
        FieldKind::Level,
        FieldKind::Seed,
    ];
    for lang in LANGS {
        let l = locale(lang);
        for kind in kinds {
            for text in [
                "",
                "   ",
                "abc",
                "1,5",
                "433,8",
                "1.234,5",
                "-5",
                "0",
                "1e999",
                "1.5",
                "NaN",
                "×",
                "9999999999",
                "0.000001",
                "<b>",
                "１２",
            ] {
                match read_field(&l, kind, text, 1.3) {
                    Typed::Refused(why) => r.text(&format!("{kind:?} {text:?}"), lang, &why, true),
                    Typed::Used { note: Some(n), .. } => {
                        r.text(&format!("{kind:?} {text:?}"), lang, &n, true)
                    }
                    Typed::Used { note: None, .. } => {}
                }
            }
        }
    }
    r.finish(60);
}

#[test]
fn goal_seek_errors_read_in_each_language() {
    use live_commerce_explorer::scenario::{GoalError, goal_seek};
    let mut r = Report::new();
    let s = Assumptions::article(ds()).scenario;
    let mut errors: Vec<GoalError> = Vec::new();
    for (target, year, phase) in [
        (f64::NAN, 2025, 2),
        (1e12, 2025, 2),
        (1e-9, 2025, 2),
        (1000.0, 1990, 2),
        (1000.0, 2020, 2),
        (1000.0, 2025, 9),
    ] {
        if let Err(e) = goal_seek(&s, SeriesId::Industry, target, year, phase) {
            errors.push(e);
        }
    }
    assert!(errors.len() >= 5, "{errors:?}");
    for e in errors {
        // The page writes "No answer: …." around the clause.
        for lang in LANGS {
            let l = locale(lang);
            let shown = l.trf(
                "No answer: {}.",
                &[&live_commerce_explorer::locale::clause(&e.note().text(&l))],
            );
            r.text(&format!("goal {e:?}"), lang, &shown, true);
        }
    }
    r.finish(10);
}

#[test]
fn consistency_notes_are_one_sentence_in_each_language() {
    let mut r = Report::new();
    for reading in [Reading::AsPrinted, Reading::Corrected] {
        for v in checks::check(ds(), reading) {
            r.note(&format!("check {:?}", v.rule), &v.note);
        }
    }
    r.finish(2);
}

#[test]
fn every_source_a_panel_lists_is_named_by_publisher_and_title() {
    let ds = ds();
    let mut checked = 0;
    for lang in LANGS {
        let l = locale(lang);
        for reading in [Reading::Corrected, Reading::AsPrinted] {
            let a = Assumptions {
                reading,
                ..Assumptions::article(ds)
            };
            let built = views::build(ds, &a, None, &l).unwrap_or_else(|e| panic!("{e}"));
            for (id, panel) in &built.panels {
                assert!(
                    !panel.sources.is_empty() || *id == PanelId::Tornado,
                    "{id:?}"
                );
                for src in &panel.sources {
                    let Some(cite) = tips::citation(&l, ds, src) else {
                        panic!("{id:?}: {src} is not in the dataset");
                    };
                    let (publisher, title) = match (ds.figure(src), ds.later_figure(src)) {
                        (Some(_), _) => (
                            l.tr_any(&ds.source.publisher).to_string(),
                            l.tr_any(&ds.source.title).to_string(),
                        ),
                        (None, Some(f)) => (
                            views::later_publisher(&l, &f.publisher),
                            l.tr_any(&f.entity).to_string(),
                        ),
                        (None, None) => unreachable!(),
                    };
                    let label = &cite.label;
                    assert!(label.starts_with(&publisher), "{id:?} {src}: {label}");
                    assert!(label.contains(&title), "{id:?} {src}: {label}");
                    assert!(!label.contains("://"), "{id:?} {src}: {label}");
                    assert!(!label.contains(src.as_str()), "{id:?} {src}: {label}");
                    let ids = internal_ids(ds);
                    let bad: Vec<String> = check_message(&ids, Lang::En, label, false)
                        .into_iter()
                        .filter(|b| !b.starts_with("English") && !b.contains("sentences"))
                        .collect();
                    assert!(bad.is_empty(), "{id:?} {src}: {label}: {bad:?}");
                    if let Some(u) = &cite.url {
                        assert!(u.starts_with("https://"), "{src}: {u}");
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 50, "{checked}");
}

/// The page's own fallback texts: the panic screen and the no-script line.
#[test]
fn the_panic_screen_is_one_sentence() {
    let html = include_str!("../index.html");
    let start = html
        .find("id=\"fatal\"")
        .unwrap_or_else(|| panic!("no #fatal"));
    let block = &html[start..];
    let block = &block[..block.find("</div>").unwrap_or(block.len())];
    let p = &block[block.find("<p>").unwrap_or(0)..];
    let p = &p[..p.find("</p>").unwrap_or(p.len())];
    // The text without tags.
    let mut text = String::new();
    let mut tag = false;
    for c in p.chars() {
        match c {
            '<' => tag = true,
            '>' => tag = false,
            _ if !tag => text.push(c),
            _ => {}
        }
    }
    let ids = internal_ids(ds());
    let bad = check_message(&ids, Lang::En, text.trim(), true);
    assert!(bad.is_empty(), "{text:?}: {bad:?}");
    assert!(!block.contains("fatal-detail"), "no debug text on screen");
    // In Chinese, as `ui::fatal` writes it.
    let zh = locale(Lang::Zh);
    let text = format!(
        "{}{}{}",
        zh.tr("The explorer stopped because of an internal error;"),
        zh.tr("reload the page"),
        zh.tr(" to start again.")
    );
    let bad = check_message(&ids, Lang::Zh, &text, true);
    assert!(bad.is_empty(), "{text:?}: {bad:?}");
}

/// What the Sources view shows from the dataset (notes, corrections,
/// publishers) names no internal id and no file: a figure that needs
/// another is named in words.
#[test]
fn dataset_words_in_the_sources_name_no_ids() {
    let ds = ds();
    let ids = internal_ids(ds);
    let mut texts: Vec<(String, String)> = Vec::new();
    for f in &ds.figures {
        texts.push((f.id.clone(), f.note.clone().unwrap_or_default()));
        if let Some(c) = &f.correction {
            texts.push((f.id.clone(), c.explanation.clone()));
        }
        texts.push((
            f.id.clone(),
            format!("{} {} {}", f.entity, f.metric, f.period),
        ));
    }
    for f in &ds.later {
        texts.push((f.id.clone(), f.note.clone().unwrap_or_default()));
        texts.push((f.id.clone(), f.publisher.clone()));
        texts.push((
            f.id.clone(),
            format!("{} {} {}", f.entity, f.metric, f.period),
        ));
    }
    let bad: Vec<String> = texts
        .iter()
        .flat_map(|(id, t)| {
            check_message(&ids, Lang::En, t, false)
                .into_iter()
                .filter(|b| !b.contains("sentences"))
                .map(move |b| format!("{id}: {t:?}: {b}"))
        })
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The errors the page writes itself (`src/ui`): every `tr("…")` on a line
/// that shows an alert or an error (`role="alert"`, `chart-error`,
/// `saved-failed`), and the saved-scenario panel's failures, in both
/// languages, with their holes filled by a plain value.
#[test]
fn the_pages_own_errors_are_one_sentence_in_each_language() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut templates: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let Ok(src) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        for line in src.lines() {
            if !(line.contains("role=\"alert\"")
                || line.contains("chart-error")
                || line.contains("saved-failed"))
            {
                continue;
            }
            for pat in ["tr(\"", "trf(\""] {
                if let Some(i) = line.find(pat) {
                    let rest = &line[i + pat.len()..];
                    if let Some(end) = rest.find("\")").or_else(|| rest.find("\",")) {
                        templates.push(rest[..end].to_string());
                    }
                }
            }
        }
    }
    templates.extend(
        [
            "Your saved scenarios were changed in another tab or window, so nothing was changed here; the list below is now up to date, so try again.",
            "“{}” was not imported because it is {} KB and a scenarios file is at most {} KB.",
            "“{}” could not be read, so nothing was changed.",
            "The simulation could not run, so the charts show no bands of uncertainty until the next change.",
        ]
        .map(String::from),
    );
    assert!(templates.len() >= 8, "{templates:?}");
    let mut r = Report::new();
    for t in &templates {
        for lang in LANGS {
            let l = locale(lang);
            let known: &'static str = Box::leak(t.clone().into_boxed_str());
            assert!(
                lang == Lang::En || live_commerce_explorer::locale::has_zh(known),
                "no Chinese for {t:?}"
            );
            let text = l.trf(known, &[&"“x”", &"2", &"3"]);
            r.text(&format!("ui {t:.50}"), lang, text.trim(), true);
        }
    }
    r.finish(16);
}

/// What every panel shows beside its chart (its notes, its table's caption,
/// headers and cells), in both readings and languages, names no file and
/// no internal id. (The table's download name is a file name, and is not
/// shown as text.)
#[test]
fn panel_notes_and_tables_name_no_file_or_id() {
    let ds = ds();
    let ids = internal_ids(ds);
    let mut bad = Vec::new();
    for lang in LANGS {
        let l = locale(lang);
        for reading in [Reading::Corrected, Reading::AsPrinted] {
            let a = Assumptions {
                reading,
                ..Assumptions::article(ds)
            };
            let built = views::build(ds, &a, None, &l).unwrap_or_else(|e| panic!("{e}"));
            for (id, panel) in &built.panels {
                let mut texts: Vec<&String> = panel.notes.iter().collect();
                texts.push(&panel.table.caption);
                texts.extend(&panel.table.columns);
                texts.extend(panel.table.rows.iter().flatten());
                for t in texts {
                    for b in check_message(&ids, Lang::En, t, false) {
                        if !b.contains("sentences") {
                            bad.push(format!("{id:?} [{}]: {t:?}: {b}", lang.code()));
                        }
                    }
                }
            }
        }
    }
    bad.sort();
    bad.dedup();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

// ---------------------------------------------------------------------------
// The Chinese page: no English sentence (issue 13, point 7).
//
// Everything the core writes for the page is walked in Chinese (every
// panel's title, subtitle, notes, table, description, legend, drawn labels
// and tooltips; the story and its claim; key numbers; derived figures;
// consistency notes; the Sources view's entries and the errata;
// the catalogue, which holds every literal the page itself writes), and no
// run of two or more English words may be left outside what it quotes and
// [`english_names`], the proper names a Chinese page keeps in Latin letters
// (platforms, publishers, the article's source and title, units and
// abbreviations such as GMV).

#[path = "support/svg.rs"]
mod svg;

use live_commerce_explorer::charts::{self, Theme, View};
use live_commerce_explorer::data::CorrectionKind;
use live_commerce_explorer::locale::Currency;
use live_commerce_explorer::story;

/// Names and abbreviations a Chinese page writes in Latin letters.
const LATIN_NAMES: &[&str] = &[
    "Douyin",
    "Kuaishou",
    "Taobao Live",
    "Taobao",
    "TikTok",
    "ByteDance",
    "Monte Carlo",
    "GMV",
    "DAU",
    "KOL",
    "US$",
    "PNG",
    "CSV",
    "JSON",
    "KrASIA",
    "Pandaily",
    "36Kr",
    "WeChat ID",
    "iyingxiaobao",
    "Yiva Digital",
    "Marketing Newspaper",
    "Ctrl",
    "Shift",
];

/// [`LATIN_NAMES`] and the dataset's publishers and the article's title,
/// longest first (so "Taobao Live" goes before "Taobao").
fn english_names(ds: &Dataset) -> Vec<String> {
    let mut names: Vec<String> = LATIN_NAMES.iter().map(|s| s.to_string()).collect();
    names.push(ds.source.publisher.clone());
    names.push(ds.source.title.clone());
    for f in &ds.later {
        // The names in "LatePost (reported by TechNode)", "Ministry of
        // Commerce (reported by Xinhua / People's Daily)", never the words
        // around them ("reported by", "low", "includes product cards").
        names.extend(
            f.publisher
                .replace(" and ", ";")
                .split(['(', ')', ';', ',', '/'])
                .map(|p| p.trim().trim_start_matches("reported by ").to_string())
                // A name, not words such as "the article" or "press reports".
                .filter(|p| {
                    p.chars()
                        .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                }),
        );
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// Every run of two or more English words in `text` outside what it quotes
/// (“…”, ‘…’, "…") and outside `names`: words are runs of Latin letters,
/// and two are in one run when only spaces and ASCII punctuation stand
/// between them (a Chinese character or a digit ends a run).
fn english_runs(text: &str, names: &[String]) -> Vec<String> {
    let mut plain = unquoted(text);
    // 'single' and "double" ASCII quotes too.
    for q in ['"', '\''] {
        let parts: Vec<&str> = plain.split(q).collect();
        if parts.len() >= 3 {
            plain = parts
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    if i % 2 == 1 && i + 1 < parts.len() {
                        " "
                    } else {
                        p
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    for n in names {
        plain = plain.replace(n.as_str(), " · ");
    }
    let mut runs = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut word = String::new();
    let flush = |run: &mut Vec<String>, runs: &mut Vec<String>| {
        if run.len() >= 2 {
            runs.push(run.join(" "));
        }
        run.clear();
    };
    for c in plain.chars().chain(std::iter::once('\u{4E00}')) {
        if c.is_ascii_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            run.push(std::mem::take(&mut word));
        }
        let joins = c.is_ascii_whitespace() || (c.is_ascii_punctuation() && c != '·');
        if !joins {
            flush(&mut run, &mut runs);
        }
    }
    runs
}

/// Amounts and counts a Chinese text writes against the language's
/// magnitude words (万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹², as the charts do): a
/// number of 10,000 or more before 万 ("40,000万" is 4亿), or a number
/// before 十亿 or 百万 (English magnitudes the charts never use).
fn mixed_magnitudes(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut bad = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.') {
            i += 1;
        }
        let number: String = chars[start..i].iter().filter(|c| **c != ',').collect();
        let after: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let value: f64 = number.trim_end_matches('.').parse().unwrap_or(0.0);
        let wan = after.starts_with('万') && !after.starts_with("万亿");
        if (wan && value >= 10_000.0) || after == "十亿" || after == "百万" {
            bad.push(format!(
                "{}{after}",
                chars[start..i].iter().collect::<String>()
            ));
        }
    }
    bad
}

/// Everything the core writes for the page in `l` under `a`, as (where,
/// text); the article's verbatim quotes are left out (they are quotes).
fn page_texts(ds: &Dataset, a: &Assumptions, l: &Locale) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut say = |what: &str, text: &str| out.push((what.to_string(), text.to_string()));
    let mut sc = a.scenario.clone();
    sc.samples = 2_000;
    let mc = live_commerce_explorer::scenario::monte_carlo(&sc);
    let a = &Assumptions {
        scenario: sc,
        ..a.clone()
    };
    let v = views::build(ds, a, Some(&mc), l).unwrap_or_else(|e| panic!("{e}"));
    let theme = Theme {
        locale: l.clone(),
        ..Theme::light(1.0)
    };
    for id in PanelId::ALL {
        let slug = id.slug();
        say(&format!("{slug} title"), &id.heading(l));
        say(&format!("{slug} subtitle"), &id.subtitle(l, a.reading));
        let Some(panel) = v.panel(id) else { continue };
        for n in &panel.notes {
            say(&format!("{slug} note"), n);
        }
        let t = &panel.table;
        say(&format!("{slug} table caption"), &t.caption);
        for c in t.columns.iter().chain(t.rows.iter().flatten()) {
            say(&format!("{slug} table"), c);
        }
        let d = charts::describe(&panel.spec, l);
        say(&format!("{slug} description"), &d.name);
        say(&format!("{slug} description"), &d.text);
        say(&format!("{slug} units"), &charts::units(&panel.spec, l));
        for k in charts::series_keys(&panel.spec, l) {
            say(&format!("{slug} legend"), &k.name);
        }
        let (drawn, hits) = svg::render_view(&panel.spec, (900, 520), &theme, &View::default());
        for c in svg::contents(&drawn) {
            say(&format!("{slug} chart label"), &c);
        }
        for m in hits.marks() {
            let tip = &m.tip;
            for t in [&tip.title, &tip.value, &tip.period, &tip.source] {
                say(&format!("{slug} tooltip"), t);
            }
        }
        for c in hits.columns() {
            say(&format!("{slug} crosshair"), &c.title);
            for (k, val) in &c.rows {
                say(&format!("{slug} crosshair"), k);
                say(&format!("{slug} crosshair"), val);
            }
        }
        for src in &panel.sources {
            let Some(e) = tips::source_entry(l, ds, src, a.reading) else {
                continue;
            };
            say("sources heading", &e.heading);
            say("sources value", &e.value);
            say("sources citation", &e.citation.label);
            for t in [&e.confidence, &e.correction, &e.note]
                .into_iter()
                .flatten()
            {
                say("sources note", t);
            }
        }
    }
    say("crossing sentence", &v.crossing_sentence);
    say("douyin sentence", &v.douyin_sentence);
    say("key numbers", &v.keys.level_name);
    for r in &v.keys.rows {
        say("key numbers", &r.crossing);
        if let Some(c) = &r.caveat {
            say("key numbers", c);
        }
    }
    for (_, _, src) in &v.keys.retail_share {
        say("key numbers", src);
    }
    for p in story::story_with(ds, a, Some(&mc), l, &v) {
        say("story", &p.text());
    }
    say("claim", &story::claim(ds, l).unwrap_or_default());
    for k in story::Knob::ALL {
        say("story knob", k.label_in(l));
        say("story knob", &k.value_text_in(l, k.value(a)));
    }
    for d in live_commerce_explorer::derived::derived_in(ds, a.reading, l) {
        for t in [&d.label, &d.formula, &d.display] {
            say("derived", t);
        }
    }
    for c in checks::check(ds, a.reading) {
        say("consistency note", &c.note.text(l));
    }
    for kind in [
        CorrectionKind::SelfContradiction,
        CorrectionKind::OtherSource,
    ] {
        say("errata", tips::errata_heading(l, kind));
        for e in tips::errata(ds, l, kind) {
            say("errata", &e.head);
            say("errata", &e.text);
        }
    }
    for f in &ds.figures {
        if let Some(n) = tips::correction_note(l, f, a.reading) {
            say("correction note", &n);
        }
    }
    out
}

/// The assumption sets the page opens with: the article's, in both
/// readings, and every preset.
fn page_views(ds: &Dataset) -> Vec<Assumptions> {
    use live_commerce_explorer::scenario::{Preset, Scenario};
    let mut all = Vec::new();
    for reading in [Reading::Corrected, Reading::AsPrinted] {
        for preset in [
            Preset::ArticleLow,
            Preset::ArticleHigh,
            Preset::WhatHappened,
        ] {
            all.push(Assumptions {
                scenario: Scenario::preset(ds, preset, reading),
                preset,
                reading,
                ..Assumptions::article(ds)
            });
        }
    }
    all
}

#[test]
fn english_runs_are_found_outside_names_and_quotes() {
    let names = english_names(ds());
    assert_eq!(english_runs("快手（as printed）", &names), ["as printed"]);
    assert_eq!(
        english_runs("Correction: 按英文译文", &names),
        Vec::<String>::new(),
        "one word is not a run"
    );
    assert_eq!(
        english_runs("the article prints 4,000亿元", &names),
        ["the article prints"]
    );
    assert!(english_runs("淘宝直播（Taobao Live）与抖音", &names).is_empty());
    assert!(english_runs("英文译文写作“400-500 billion yuan”", &names).is_empty());
    assert!(english_runs("抖音GMV（iiMedia Research）", &names).is_empty());
    assert_eq!(english_runs("2023-Jan-Oct", &names), ["Jan Oct"]);
    assert_eq!(mixed_magnitudes("日活跃用户超过40,000万"), ["40,000万"]);
    assert_eq!(mixed_magnitudes("改用1e7十亿元"), ["7十亿"]);
    assert!(mixed_magnitudes("4亿、4,700万、1.128万亿、9,999万").is_empty());
}

/// The dataset's own prose, which the Sources view and the contradictions
/// box show: each has a Chinese translation in the catalogue (the quotes
/// stay as the article printed them).
#[test]
fn every_dataset_note_and_correction_has_chinese() {
    let ds = ds();
    let mut prose: Vec<(String, &str)> = ds
        .source
        .note
        .as_deref()
        .map(|n| ("source".to_string(), n))
        .into_iter()
        .collect();
    for f in &ds.figures {
        prose.extend(f.note.as_deref().map(|n| (f.id.clone(), n)));
        prose.extend(
            f.correction
                .as_ref()
                .map(|c| (format!("{} correction", f.id), c.explanation.as_str())),
        );
    }
    for f in &ds.later {
        prose.extend(f.note.as_deref().map(|n| (f.id.clone(), n)));
    }
    assert!(prose.len() > 40, "{}", prose.len());
    let zh = locale(Lang::Zh);
    let names = english_names(ds);
    let mut bad = Vec::new();
    for (id, en) in prose {
        if !live_commerce_explorer::locale::has_zh(en) {
            bad.push(format!("{id}: no Chinese for {en:?}"));
            continue;
        }
        let t = tips::dataset_words(&zh, en);
        if !t.chars().any(is_cjk) || !english_runs(t, &names).is_empty() {
            bad.push(format!("{id}: {t:?}: {:?}", english_runs(t, &names)));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Every translation in the catalogue (which holds every literal the page
/// writes, `tests/locale.rs` checks that) is Chinese: no run of English
/// words outside quotes and names.
#[test]
fn the_catalogue_is_chinese() {
    let names = english_names(ds());
    let bad: Vec<String> = Lang::Zh
        .info()
        .catalogue
        .iter()
        .filter_map(|(en, zh)| {
            let runs = english_runs(zh, &names);
            (!runs.is_empty()).then(|| format!("{en:?} → {zh:?}: {runs:?}"))
        })
        .collect();
    assert!(bad.is_empty(), "{} entries:\n{}", bad.len(), bad.join("\n"));
}

/// What the core writes for the Chinese page, for the article's view and
/// every preset in both readings, in yuan and in US dollars.
#[test]
fn the_chinese_page_has_no_english_sentence() {
    let ds = ds();
    let names = english_names(ds);
    let mut bad = Vec::new();
    let mut seen = 0;
    for currency in [Currency::Cny, Currency::Usd] {
        let l = Locale {
            lang: Lang::Zh,
            currency,
            ..Locale::default()
        };
        for a in page_views(ds) {
            for (what, text) in page_texts(ds, &a, &l) {
                seen += 1;
                let runs = english_runs(&text, &names);
                if !runs.is_empty() {
                    bad.push(format!(
                        "{what} [{:?} {:?}]: {text:?}: {runs:?}",
                        a.reading, currency
                    ));
                }
                let mixed = mixed_magnitudes(&unquoted(&text));
                if !mixed.is_empty() {
                    bad.push(format!(
                        "{what} [{:?} {:?}]: {text:?}: {mixed:?}",
                        a.reading, currency
                    ));
                }
            }
        }
    }
    assert!(seen > 2_000, "only {seen} texts");
    bad.sort();
    bad.dedup();
    assert!(bad.is_empty(), "{} texts:\n{}", bad.len(), bad.join("\n"));
}

/// "As printed" is the article's English translation, not its Chinese
/// original (which, the dataset's note says, very likely read 400–500亿 for
/// Kuaishou): every translation of a "printed" phrase says 英文译文, and no
/// entry says 原文 ("the original") except where it means the Chinese
/// original (中文原文).
#[test]
fn printed_means_the_english_translation() {
    let bad: Vec<String> = Lang::Zh
        .info()
        .catalogue
        .iter()
        .filter(|(en, zh)| {
            let key = en.to_lowercase();
            let printed = (key.contains("printed") || key.contains("prints"))
                && !key.contains("kept exactly as printed")
                && key.len() < 200;
            (printed && !zh.contains("英文译文")) || zh.replace("中文原文", "").contains("原文")
        })
        .map(|(en, zh)| format!("{en:?} → {zh:?}"))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    let zh = locale(Lang::Zh);
    let kuaishou = ds()
        .figure("kuaishou-gmv-2019")
        .unwrap_or_else(|| panic!("no Kuaishou figure"));
    let value = tips::figure_value_in(&zh, kuaishou, Reading::Corrected);
    assert_eq!(value, "400–500亿元（已更正；英文译文为4,000–5,000亿元）");
}
