//! The reader's units and language: 亿/万/万亿 and bn/trn/m boundaries,
//! US dollars at a chosen rate, rounding, input that is not a number, and
//! that every English string the code translates has a Chinese entry.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::data::Unit;
use live_commerce_explorer::locale::{
    Currency, DEFAULT_CNY_PER_USD, DEFAULT_RATE_SOURCE, DisplayPrefs, Lang, Locale, PluralRule,
    has_translation, has_zh,
};

fn loc(lang: Lang, currency: Currency, rate: f64) -> Locale {
    Locale {
        lang,
        currency,
        cny_per_usd: rate,
    }
}

fn zh() -> Locale {
    loc(Lang::Zh, Currency::Cny, DEFAULT_CNY_PER_USD)
}

#[test]
fn english_yuan_is_the_articles_units() {
    let l = Locale::en();
    assert_eq!(l.display(433.8), 433.8);
    assert_eq!(l.caption(), "billion yuan");
    assert_eq!(l.amount(433.8), "433.8 bn");
    assert_eq!(l.amount(1127.88), "1.128 trn");
    assert_eq!(l.amount(0.85), "850 m");
    assert_eq!(l.amount(0.0), "0 bn");
    assert_eq!(l.tick(1000.0), "1 trn");
    assert_eq!(l.amount_range(400.0, 500.0), "400–500 bn");
    assert_eq!(l.amount_range(900.0, 1200.0), "900 bn–1.2 trn");
    assert_eq!(l.amount_range(10.0, 10.0), "10 bn");
    assert_eq!(l.money(433.8), "433.8 bn yuan");
    assert_eq!(l.money_range(400.0, 500.0), "400–500 bn yuan");
    assert_eq!(l.level_name(1000.0), "1 trillion yuan");
    assert_eq!(l.level_name(500.0), "500 billion yuan");
}

#[test]
fn chinese_yuan_counts_in_yi_wan_and_wanyi() {
    let l = zh();
    assert_eq!(l.display(433.8), 4338.0);
    assert_eq!(l.caption(), "亿元");
    assert_eq!(l.amount(4338.0), "4,338亿");
    assert_eq!(l.amount(11278.8), "1.128万亿");
    assert_eq!(l.amount(10_000.0), "1万亿");
    assert_eq!(l.amount(9_999.0), "9,999亿");
    assert_eq!(l.amount(1.0), "1亿");
    assert_eq!(l.amount(0.085), "850万");
    assert_eq!(l.amount(0.9999), "9,999万");
    assert_eq!(l.money(433.8), "4,338亿元");
    assert_eq!(l.money(1000.0), "1万亿元");
    assert_eq!(l.money_range(400.0, 500.0), "4,000–5,000亿元");
    assert_eq!(l.amount_range(9000.0, 12000.0), "9,000亿–1.2万亿");
    assert_eq!(l.level_name(1000.0), "1万亿元");
}

#[test]
fn rounding_picks_the_unit_after_rounding() {
    let en = Locale::en();
    assert_eq!(en.amount(999.96), "1 trn");
    assert_eq!(en.amount(999.94), "999.9 bn");
    assert_eq!(en.amount(0.99996), "1 bn");
    assert_eq!(en.amount(1234.56), "1.235 trn");
    let zh = zh();
    assert_eq!(zh.amount(9_999.6), "1万亿");
    assert_eq!(zh.amount(9_999.4), "9,999亿");
    assert_eq!(zh.amount(0.99996), "1亿");
    assert_eq!(zh.amount(12_345.6), "1.235万亿");
}

#[test]
fn us_dollars_at_the_default_and_a_chosen_rate() {
    let en = loc(Lang::En, Currency::Usd, 7.0);
    assert_eq!(en.caption(), "billion US dollars");
    assert_eq!(en.display(700.0), 100.0);
    assert_eq!(en.amount(62.9), "$62.9 bn");
    assert_eq!(en.money(700.0), "$100 bn");
    assert_eq!(en.money(7000.0), "$1 trn");
    assert_eq!(en.money(3.5), "$500 m");
    assert_eq!(en.money_range(350.0, 700.0), "$50–100 bn");
    assert_eq!(en.level_name(7000.0), "1 trillion US dollars");
    assert_eq!(en.from_display(100.0), 700.0);
    let zh = loc(Lang::Zh, Currency::Usd, 7.0);
    assert_eq!(zh.caption(), "亿美元");
    assert_eq!(zh.display(700.0), 1000.0);
    assert_eq!(zh.money(433.8), "619.7亿美元");
    assert_eq!(zh.money(7_000.0), "1万亿美元");
    assert_eq!(zh.money_range(70.0, 140.0), "100–200亿美元");
    assert_eq!(zh.money_range(3500.0, 14_000.0), "5,000亿–2万亿美元");
    assert!((zh.from_display(1000.0) - 700.0).abs() < 1e-9);
    let default = loc(Lang::En, Currency::Usd, DEFAULT_CNY_PER_USD);
    assert_eq!(default.money(433.8), "$62.88 bn");
    assert!(DEFAULT_RATE_SOURCE.contains("6.8985") && DEFAULT_RATE_SOURCE.contains("2019"));
}

#[test]
fn nothing_panics_on_odd_numbers() {
    let odd = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -0.0,
        -433.8,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        1e-300,
        -1e300,
    ];
    for lang in [Lang::En, Lang::Zh] {
        for cur in [Currency::Cny, Currency::Usd] {
            for rate in [DEFAULT_CNY_PER_USD, 0.0, -1.0, f64::NAN, f64::INFINITY, 1e9] {
                let l = loc(lang, cur, rate);
                for v in odd {
                    let _ = (l.amount(v), l.tick(v), l.money(v), l.level_name(v));
                    for w in odd {
                        let _ = (l.amount_range(v, w), l.money_range(v, w));
                    }
                    let d = l.display(v);
                    assert!(d.is_nan() == v.is_nan(), "{l:?} {v} {d}");
                }
            }
        }
    }
    let l = Locale::en();
    assert_eq!(l.amount(f64::NAN), "–");
    assert_eq!(l.money(f64::INFINITY), "–");
    assert_eq!(l.amount(-433.8), "-433.8 bn");
    assert_eq!(loc(Lang::En, Currency::Usd, 7.0).amount(-70.0), "-$70 bn");
    assert_eq!(zh().amount(-0.5), "-5,000万");
}

#[test]
fn a_rate_outside_the_bounds_is_clamped_where_it_is_used() {
    let l = loc(Lang::En, Currency::Usd, 1e9);
    assert_eq!(l.rate(), 50.0);
    let l = loc(Lang::En, Currency::Usd, f64::NAN);
    assert_eq!(l.rate(), DEFAULT_CNY_PER_USD);
    let (p, note) = DisplayPrefs {
        cny_per_usd: 0.01,
        ..DisplayPrefs::default()
    }
    .checked();
    assert_eq!(p.cny_per_usd, 0.5);
    assert!(note.is_some());
}

#[test]
fn translation_falls_back_to_english() {
    let l = zh();
    assert_eq!(l.tr("no such sentence, surely"), "no such sentence, surely");
    assert_eq!(Locale::en().tr("Growth"), "Growth");
    assert_eq!(Locale::en().trf("{} and {}", &[&1, &"two"]), "1 and two");
    // Missing arguments leave nothing behind; extra ones are dropped.
    assert_eq!(Locale::en().trf("{} and {}", &[&1]), "1 and ");
    assert_eq!(Locale::en().trf("none", &[&1]), "none");
}

/// The string literals passed to `tr(` and `trf(` in a source file: the
/// methods (`l.tr("…")`, also with the literal on the next line) and local
/// closures named so (`tr("…")`), not `l.tr(name)` with a variable; also
/// the templates of notes translated when shown (`Note::new("…", …)`) and
/// the words among their arguments (`Arg::word("…")`).
fn literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for pat in ["tr(", "trf(", "Note::new(", "Arg::word("] {
        let mut from = 0;
        while let Some(i) = src[from..].find(pat) {
            let at = from + i;
            from = at + pat.len();
            let before = src[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some(body) = src[from..].trim_start().strip_prefix('"') else {
                continue;
            };
            if let Some(s) = read_literal(body) {
                out.push(s);
            }
        }
    }
    out
}

/// A Rust string literal's text up to its closing quote (after the opening
/// one), with the escapes the sources use.
fn read_literal(body: &str) -> Option<String> {
    let mut s = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(s),
            '\\' => match chars.next()? {
                'n' => s.push('\n'),
                't' => s.push('\t'),
                '"' => s.push('"'),
                '\\' => s.push('\\'),
                '\'' => s.push('\''),
                '\n' => {
                    // A line continuation: skip the next line's indent.
                    let rest: String = chars.clone().collect();
                    let trimmed = rest.trim_start();
                    let skip = rest.chars().count() - trimmed.chars().count();
                    for _ in 0..skip {
                        chars.next();
                    }
                }
                other => {
                    s.push('\\');
                    s.push(other);
                }
            },
            c => s.push(c),
        }
    }
    None
}

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The `Note::new` templates of a source file.
fn note_templates(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = src[from..].find("Note::new(") {
        from += i + "Note::new(".len();
        if let Some(body) = src[from..].trim_start().strip_prefix('"')
            && let Some(s) = read_literal(body)
        {
            out.push(s);
        }
    }
    out
}

/// The holes of a template: how many `{}`, and which `{n}`.
fn holes(t: &str) -> (usize, Vec<usize>) {
    let mut plain = 0;
    let mut numbered = Vec::new();
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(0) => plain += 1,
            Some(c) => {
                if let Ok(n) = after[..c].parse::<usize>() {
                    numbered.push(n);
                }
            }
            None => {}
        }
        rest = after;
    }
    numbered.sort_unstable();
    numbered.dedup();
    (plain, numbered)
}

/// Every source file under `src/`, with its text.
fn sources() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    files
        .iter()
        .filter_map(|f| {
            let src = std::fs::read_to_string(f).ok()?;
            let name = f.strip_prefix(&root).unwrap_or(f).display().to_string();
            Some((name, src))
        })
        .collect()
}

/// The languages with a catalogue: all but the key language, English.
fn translated() -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|l| !l.info().catalogue.is_empty())
        .collect()
}

#[test]
fn note_templates_keep_their_arguments_in_chinese() {
    assert!(translated().contains(&Lang::Zh));
    let mut seen = 0;
    let mut wrong = Vec::new();
    for (name, src) in sources() {
        for t in note_templates(&src) {
            seen += 1;
            let (plain, numbered) = holes(&t);
            let n = plain + numbered.len();
            // A translation may number its holes to reorder them; it must
            // use each argument once, and no other.
            for lang in translated() {
                let z = Locale {
                    lang,
                    ..Locale::default()
                }
                .tr_any(&t)
                .to_string();
                let (zp, zn) = holes(&z);
                let same = if zn.is_empty() {
                    zp == n
                } else {
                    zp == 0 && zn == (0..n).collect::<Vec<_>>()
                };
                if !same || (z == t && t.chars().any(|c| c.is_ascii_alphabetic())) {
                    wrong.push(format!("{}: {name}: {t:?} => {z:?}", lang.code()));
                }
            }
        }
    }
    assert!(seen > 50, "{seen} note templates");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_bad_link_reads_back_in_chinese() {
    use live_commerce_explorer::data::Dataset;
    use live_commerce_explorer::session::Session;
    use live_commerce_explorer::share::decode;
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let zh = zh();
    // Every kind of notice the decoder writes, on every key it reads.
    let q = "v=abc&v=2&preset=best&reading=x&scale=up&focus=tv&sens=a:b&span=1-2             &level=x&n=abc&seed=-1&lang=fr&cur=eur&rate=1e9&embed=map&tab.gmv=pie             &industry=1,2&douyin=-5,fast,2,3,pct&kuaishou=1e999,1,1,1             &taobao-live=1,1e9,0,2&tab.map=table&foo=1&foo=2&%FF=1&=1             &douyin-live=%FF&cur=usd";
    let d = decode(ds, q);
    assert!(d.notices.len() >= 18, "{:#?}", d.notices);
    for n in &d.notices {
        let en = n.message.to_string();
        let text = n.message.text(&zh);
        assert_ne!(text, en);
        assert!(text.ends_with('。'), "{text}");
        // English words left over: only link syntax (keys, values, slugs)
        // may stay in Latin letters.
        for word in [
            "The ", " is ", " not ", "ignored", "using", "kept", " growth", " base", "Douyin",
            "Kuaishou", "Industry", "Taobao", " times", "one of", "number", "Link",
        ] {
            assert!(
                !strip_quoted(&text).contains(word),
                "{word:?} left in {text:?} ({en})"
            );
        }
    }
    // Every key the decoder reads is named in Chinese.
    for key in [
        "v",
        "preset",
        "reading",
        "scale",
        "focus",
        "sens",
        "span",
        "level",
        "n",
        "seed",
        "lang",
        "cur",
        "rate",
        "embed",
        "tab.gmv",
        "industry",
        "douyin",
        "douyin-live",
        "kuaishou",
        "taobao-live",
    ] {
        let d = decode(ds, &format!("{key}=%FF"));
        assert_eq!(d.notices.len(), 1, "{key}: {:#?}", d.notices);
        let text = d.notices[0].message.text(&zh);
        let name = text.split('（').next().unwrap_or_default();
        assert!(
            (!name.is_empty() && !name.chars().any(|c| c.is_ascii_alphabetic()))
                || key == "tab.gmv",
            "{key}: {text}"
        );
        assert!(text.contains("不是有效文本"), "{key}: {text}");
    }
    // The page lists the same notices through the session, in Chinese.
    let s = Session::from_query(ds, q);
    assert_eq!(s.notes.len(), d.notices.len());
    for n in &s.notes {
        let text = n.text(&zh);
        assert!(text.starts_with("链接："), "{text}");
        assert!(n.to_string().starts_with("Link: "), "{n}");
    }
    // A long link, and more notices than are listed.
    let junk: String = (0..100).map(|i| format!("x{i}=1&")).collect();
    let d = decode(ds, &format!("{junk}{}", "z=1&".repeat(2000)));
    let last = d.notices.last().map(|n| n.message.text(&zh));
    assert!(
        last.as_deref().is_some_and(|t| t.starts_with("另有")),
        "{last:?}"
    );
    assert!(
        d.notices[0].message.text(&zh).starts_with("链接长"),
        "{:#?}",
        d.notices
    );
}

/// `text` without what it quotes (“…”) and without link syntax: what the
/// reader typed stays as typed.
fn strip_quoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn every_translated_string_has_a_chinese_entry() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(files.len() > 20, "{files:?}");
    let mut missing = Vec::new();
    let mut seen = 0;
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        for s in literals(&src) {
            seen += 1;
            // Every language but the key one (English, no catalogue).
            for lang in translated() {
                if !has_translation(lang, &s) {
                    let name = f.strip_prefix(&root).unwrap_or(f).display().to_string();
                    missing.push(format!("{}: {name}: {s:?}", lang.code()));
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(seen > 0);
    assert!(
        missing.is_empty(),
        "{} strings lack a translation:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

mod views_in_the_readers_units {
    use live_commerce_explorer::charts::ChartSpec;
    use live_commerce_explorer::data::Dataset;
    use live_commerce_explorer::locale::{Currency, Lang, Locale};
    use live_commerce_explorer::panels::PanelId;
    use live_commerce_explorer::views::{self, Assumptions, Views};

    fn build(l: &Locale) -> Views {
        let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
        views::build(ds, &Assumptions::article(ds), None, l).unwrap_or_else(|e| panic!("{e}"))
    }

    fn industry_2019(v: &Views) -> (f64, f64) {
        match &v[PanelId::Industry].spec {
            ChartSpec::Industry(c) => (c.series[0].value, c.level),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn chinese_specs_and_tables_are_in_yi() {
        let en = build(&Locale::en());
        let zh = build(&Locale {
            lang: Lang::Zh,
            ..Locale::default()
        });
        assert_eq!(industry_2019(&en), (433.8, 1000.0));
        assert_eq!(industry_2019(&zh), (4338.0, 10000.0));
        assert_eq!(zh.crossing_sentence, "行业在2021年突破1万亿元。");
        assert!(
            zh[PanelId::Industry]
                .table
                .columns
                .contains(&"数值（亿元）".to_string()),
            "{:?}",
            zh[PanelId::Industry].table.columns
        );
        assert!(zh[PanelId::Gmv].table.caption.ends_with("（亿元）"));
        assert_eq!(
            zh[PanelId::Gmv].table.rows.len(),
            en[PanelId::Gmv].table.rows.len()
        );
        // Amounts in billion yuan where the core keeps them.
        assert_eq!(zh.industry_last, en.industry_last);
        assert_eq!(zh.douyin_user_value, en.douyin_user_value);
        // Labels are translated; quotes and ids are not.
        assert_eq!(zh[PanelId::Gmv].sources, en[PanelId::Gmv].sources);
        match &zh[PanelId::Gmv].spec {
            ChartSpec::Gmv(g) => {
                assert!(g.bars.iter().any(|b| b.label == "快手，全部电商"));
                // Corrected by default: Douyin's 180 bn is the largest.
                assert_eq!(g.bars[0].id, "douyin-gmv-2019");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn us_dollar_specs_divide_by_the_rate() {
        let usd = build(&Locale {
            currency: Currency::Usd,
            cny_per_usd: 8.0,
            ..Locale::default()
        });
        let (first, level) = industry_2019(&usd);
        assert!((first - 433.8 / 8.0).abs() < 1e-9, "{first}");
        assert_eq!(level, 125.0);
        assert_eq!(
            usd.crossing_sentence,
            "The industry passes 125 billion US dollars in 2021."
        );
        assert!(
            usd[PanelId::Industry]
                .table
                .columns
                .contains(&"Value (bn US dollars)".to_string())
        );
        assert!(usd.douyin_sentence.contains("$"), "{}", usd.douyin_sentence);
    }
}

#[test]
fn derived_figures_read_in_chinese_and_in_dollars() {
    use live_commerce_explorer::data::{Dataset, Reading};
    use live_commerce_explorer::derived::{derived, derived_in};
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let en = derived(ds, Reading::AsPrinted);
    let zh = derived_in(ds, Reading::AsPrinted, &zh());
    assert_eq!(en.len(), zh.len());
    let viewer = zh
        .iter()
        .find(|d| d.id == "yuan-per-viewer-2020-04-01")
        .unwrap_or_else(|| panic!("{zh:#?}"));
    assert!(viewer.display.starts_with("每位观众"), "{}", viewer.display);
    assert!(viewer.display.ends_with("元"), "{}", viewer.display);
    assert!(viewer.formula.contains("万"), "{}", viewer.formula);
    // The data stay in yuan whatever the reader sees.
    for (e, z) in en.iter().zip(&zh) {
        assert_eq!((e.id, e.value, &e.unit), (z.id, z.value, &z.unit));
    }
    let usd = derived_in(ds, Reading::AsPrinted, &loc(Lang::En, Currency::Usd, 7.0));
    let viewer = usd
        .iter()
        .find(|d| d.id == "yuan-per-viewer-2020-04-01")
        .unwrap_or_else(|| panic!("{usd:#?}"));
    assert!(viewer.display.starts_with('$'), "{}", viewer.display);
    assert!(
        viewer.display.ends_with(" per viewer"),
        "{}",
        viewer.display
    );
}

// ------------------------------------------------- languages as data

#[test]
fn every_language_is_one_lang_info_and_one_catalogue() {
    let mut codes = Vec::new();
    for lang in Lang::ALL {
        let info = lang.info();
        assert_eq!(info.lang, lang);
        assert_eq!(lang.code(), info.query_code);
        assert_eq!(Lang::parse(info.query_code), Some(lang));
        assert_eq!(Lang::parse(info.html_code), Some(lang));
        assert_eq!(Lang::from_browser(&[info.html_code]), lang);
        codes.push(info.query_code);
        assert!(!info.own_name.is_empty());
        // Magnitudes smallest first, with a word for the display unit.
        for words in [info.short_words, info.long_words] {
            assert!(words.windows(2).all(|w| w[0].exp < w[1].exp), "{words:?}");
            assert!(words.iter().any(|m| m.exp == info.base_exp), "{words:?}");
        }
        assert!(info.months.iter().all(|m| !m.is_empty()));
        for cur in [Currency::Cny, Currency::Usd] {
            let l = loc(lang, cur, 7.0);
            assert_eq!(l.caption(), info.money(cur).caption);
            // One display unit is 10^base_exp of the currency.
            let unit = 10f64.powi(info.base_exp) / 1e9;
            let expect = if cur == Currency::Usd {
                1.0 / unit / 7.0
            } else {
                1.0 / unit
            };
            assert!((l.display(1.0) - expect).abs() < 1e-12, "{lang:?} {cur:?}");
        }
        // The key language needs no catalogue; every other has one.
        assert_eq!(info.catalogue.is_empty(), lang == Lang::default());
    }
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), Lang::ALL.len());
    assert!(has_zh("corrected") && !has_translation(Lang::En, "corrected"));
}

/// The formatting code names no language: everything it writes comes from
/// `Lang::info()`, so a third language needs only its `LangInfo` and
/// catalogue (and the `Lang` variant that `info()` maps to them).
#[test]
fn formatting_reads_only_lang_info() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = [
        "locale/amounts.rs",
        "locale/text.rs",
        "locale/note.rs",
        "views/events.rs",
        "views/later.rs",
        "views/tips.rs",
        "views/compare.rs",
        "views/platforms.rs",
        "views/tables.rs",
        "views/swing.rs",
        "checks.rs",
        "ui/fatal.rs",
        "ui/units.rs",
    ];
    let mut found = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(root.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        let code = src.split("#[cfg(test)]").next().unwrap_or_default();
        for pat in [
            "Lang::En",
            "Lang::Zh",
            "match l.lang",
            "match self.lang",
            "(l.lang, l.currency)",
            "(self.lang, self.currency)",
        ] {
            if code.contains(pat) {
                found.push(format!("{f}: {pat}"));
            }
        }
    }
    // In the locale module itself, each language is named where the enum
    // lists it and where `info()` maps it to its data, nowhere else (but
    // the `has_zh` shorthand at its end).
    let module = std::fs::read_to_string(root.join("locale/mod.rs")).unwrap_or_default();
    let module = module.split("pub fn has_zh").next().unwrap_or_default();
    let zh_named = module.matches("Lang::Zh").count();
    assert_eq!(
        zh_named, 2,
        "Lang::Zh named {zh_named} times in locale/mod.rs"
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn units_brackets_and_captions_follow_the_language() {
    let en = Locale::en();
    let usd = loc(Lang::En, Currency::Usd, 7.0);
    let zh = zh();
    let zh_usd = loc(Lang::Zh, Currency::Usd, 7.0);
    assert_eq!(en.bracket("x"), "(x)");
    assert_eq!(zh.bracket("x"), "（x）");
    assert_eq!(en.short_caption(), "bn yuan");
    assert_eq!(zh_usd.short_caption(), "亿美元");
    assert_eq!(en.with_unit("Low"), "Low (bn yuan)");
    assert_eq!(usd.with_unit("Low"), "Low (bn US dollars)");
    assert_eq!(zh.with_unit("下限"), "下限（亿元）");
    assert_eq!(zh_usd.with_unit("下限"), "下限（亿美元）");
    assert_eq!(en.unit_suffix(), " (bn yuan)");
    assert_eq!(zh.unit_suffix(), "（亿元）");
    assert_eq!(
        en.caption_with_unit("2019 GMV by platform"),
        "2019 GMV by platform, billion yuan"
    );
    assert_eq!(usd.caption_with_unit("GMV"), "GMV, billion US dollars");
    assert_eq!(
        zh.caption_with_unit("各平台历年GMV"),
        "各平台历年GMV（亿元）"
    );
    assert_eq!(zh_usd.caption_with_unit("GMV"), "GMV（亿美元）");
    assert_eq!(en.number_with_unit("433.8"), "433.8 bn yuan");
    assert_eq!(usd.number_with_unit("62"), "62 bn US dollars");
    assert_eq!(zh.number_with_unit("4338"), "4338亿元");
    assert_eq!(en.month_day(4, 1), "1 Apr");
    assert_eq!(zh.month_day(6, 18), "6月18日");
    let items = ["a".to_string(), "b".to_string()];
    assert_eq!(en.list(&items), "a, b");
    assert_eq!(zh.list(&items), "a、b");
    assert_eq!((en.phrase_sep(), zh.phrase_sep()), (", ", "，"));
    assert_eq!((en.clause_sep(), zh.clause_sep()), ("; ", "；"));
    assert_eq!(en.info().plural, PluralRule::OneOther);
    assert_eq!(en.plural(1.0, "{} year", "{} years"), "{} year");
    assert_eq!(en.plural(2.0, "{} year", "{} years"), "{} years");
    assert_eq!(zh.plural(1.0, "{} year", "{} years"), "{}年");
}

#[test]
fn counts_use_the_languages_magnitude_words() {
    let en = Locale::en();
    let usd = loc(Lang::En, Currency::Usd, 7.0);
    let zh = zh();
    let zh_usd = loc(Lang::Zh, Currency::Usd, 7.0);
    assert_eq!(en.count(47.0, Unit::Million), "47 million");
    assert_eq!(usd.count(47.0, Unit::Million), "47 million");
    assert_eq!(en.count(1.9, Unit::Billion), "1.9 billion");
    assert_eq!(zh.count(47.0, Unit::Million), "4,700万");
    assert_eq!(zh_usd.count(47.0, Unit::Million), "4,700万");
    // 400 million users are 4亿, not 40,000万.
    assert_eq!(zh.count(400.0, Unit::Million), "4亿");
    assert_eq!(zh.count(265.0, Unit::Million), "2.65亿");
    assert_eq!(zh.count(1.9, Unit::Billion), "19亿");
    assert_eq!(zh.quantity(40.0, 60.0, Unit::Million), "4,000–6,000万");
    assert_eq!(zh.quantity(50.0, 120.0, Unit::Million), "5,000万–1.2亿");
    assert_eq!(zh.count(0.001, Unit::Million), "1,000");
    // Money in the figure's own unit when the language has its word and
    // the reader reads yuan; converted otherwise.
    assert_eq!(
        en.quantity(433.8, 433.8, Unit::BillionCny),
        "433.8 billion yuan"
    );
    assert_eq!(
        en.quantity(400.0, 500.0, Unit::BillionCny),
        "400–500 billion yuan"
    );
    assert_eq!(
        en.quantity(110.0, 110.0, Unit::MillionCny),
        "110 million yuan"
    );
    assert_eq!(usd.quantity(700.0, 700.0, Unit::BillionCny), "$100 bn");
    assert_eq!(usd.quantity(110.0, 110.0, Unit::MillionCny), "$15.71 m");
    assert_eq!(zh.quantity(433.8, 433.8, Unit::BillionCny), "4,338亿元");
    assert_eq!(zh.quantity(110.0, 110.0, Unit::MillionCny), "1.1亿元");
    assert_eq!(
        zh_usd.quantity(700.0, 700.0, Unit::BillionCny),
        "1,000亿美元"
    );
    // Nouns and multipliers.
    assert_eq!(en.quantity(3.0, 3.0, Unit::Hours), "3 hours");
    assert_eq!(zh.quantity(3.0, 3.0, Unit::Hours), "3小时");
    assert_eq!(
        zh.quantity(1_160_000.0, 1_160_000.0, Unit::Items),
        "1,160,000件"
    );
    // A multiplier of last year's amount: "是上一年的5–6倍", never "×5–6"
    // after "的" nor "增长五到六倍" (+500%).
    assert_eq!(zh.quantity(5.0, 6.0, Unit::Multiplier), "5–6倍");
    assert_eq!(en.quantity(5.0, 6.0, Unit::Multiplier), "5–6×");
    assert_eq!(zh.times(10.0, 10.0), "10倍");
    for l in [&en, &zh] {
        for v in [f64::NAN, f64::INFINITY, -1.0, 0.0] {
            let _ = (l.count(v, Unit::Million), l.quantity(v, 1.0, Unit::Billion));
        }
    }
}

#[test]
fn the_star_stream_reads_in_each_language() {
    use live_commerce_explorer::data::{Dataset, Reading};
    use live_commerce_explorer::views::events::industry_events;
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let en = industry_events(ds, Reading::AsPrinted, &Locale::en());
    assert_eq!(
        en[0].tip.value,
        "47 million viewers, 110 million yuan of sales in 3 hours"
    );
    let usd = industry_events(ds, Reading::AsPrinted, &loc(Lang::En, Currency::Usd, 7.0));
    assert_eq!(
        usd[0].tip.value,
        "47 million viewers, $15.71 m of sales in 3 hours"
    );
    let z = industry_events(ds, Reading::AsPrinted, &zh());
    assert_eq!(z[0].label, "4月1日：明星直播");
    assert_eq!(z[0].tip.value, "4,700万观看，3小时销售额1.1亿元");
    assert_eq!(z[1].label, "6月18日：“618”购物节");
}
