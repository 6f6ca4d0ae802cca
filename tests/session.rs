//! The session: undo and redo, slider drags as one step, links, loading,
//! and how the address bar follows each action.

use live_commerce_explorer::data::{Dataset, Reading};
use live_commerce_explorer::locale::Locale;
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::scenario::{Preset, SeriesId};
use live_commerce_explorer::session::{Action, Edit, Entry, Session};
use live_commerce_explorer::share::Tab;
use live_commerce_explorer::views::{Assumptions, GROWTH_LATER};

fn ds() -> &'static Dataset {
    Dataset::embedded().expect("the embedded dataset")
}

/// A slider keeps a range's ends to six significant digits, so its median
/// is the slider's value to about one part in a million.
fn near(got: f64, want: f64) {
    assert!((got / want - 1.0).abs() < 1e-5, "{got} is not {want}");
}

fn slide(key: &'static str, v: f64) -> Action {
    Action::Slide(
        key.to_string(),
        Edit::Median {
            series: SeriesId::Industry,
            phase: 1,
            value: v,
            bounds: GROWTH_LATER,
        },
    )
}

fn preset(p: Preset) -> Action {
    Action::Edit(Edit::Preset(p))
}

#[test]
fn a_plain_address_is_the_article_with_nothing_to_undo() {
    let s = Session::from_query(ds(), "");
    assert_eq!(*s.assumptions(), Assumptions::article(ds()));
    assert!(!s.can_undo() && !s.can_redo());
    assert!(s.notes.is_empty());
    assert_eq!(s.query(ds()), "");
}

#[test]
fn a_drag_is_one_undo_step_and_replaces_the_address() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    let start = s.assumptions().clone();
    for v in [1.2, 1.3, 1.4] {
        assert_eq!(s.apply(ds, slide("growth-2021", v)), Some(Entry::Replace));
    }
    assert_eq!(s.apply(ds, Action::Seal), None);
    near(s.assumptions().median(SeriesId::Industry, 1), 1.4);
    assert_eq!(s.apply(ds, Action::Undo), Some(Entry::Push));
    assert_eq!(*s.assumptions(), start);
    assert!(!s.can_undo());
    assert_eq!(s.apply(ds, Action::Redo), Some(Entry::Push));
    near(s.assumptions().median(SeriesId::Industry, 1), 1.4);
}

#[test]
fn two_drags_are_two_steps_and_a_new_edit_clears_redo() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    s.apply(ds, slide("growth-2021", 1.2));
    s.apply(ds, Action::Seal);
    s.apply(ds, slide("growth-2021", 1.5));
    s.apply(ds, Action::Seal);
    s.apply(ds, Action::Undo);
    near(s.assumptions().median(SeriesId::Industry, 1), 1.2);
    assert!(s.can_redo());
    assert_eq!(s.apply(ds, preset(Preset::ArticleHigh)), Some(Entry::Push));
    assert!(!s.can_redo());
    s.apply(ds, Action::Undo);
    near(s.assumptions().median(SeriesId::Industry, 1), 1.2);
}

#[test]
fn an_edit_that_changes_nothing_is_not_a_step() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    assert_eq!(s.apply(ds, preset(Preset::ArticleLow)), None);
    assert!(!s.can_undo());
    assert_eq!(s.apply(ds, Action::Undo), None);
}

#[test]
fn out_of_range_slides_are_clamped_with_a_note() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    s.apply(ds, slide("growth-2021", 50.0));
    near(
        s.assumptions().median(SeriesId::Industry, 1),
        GROWTH_LATER.max,
    );
    assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
    assert_eq!(s.apply(ds, Action::Dismiss), None);
    assert!(s.notes.is_empty());
}

#[test]
fn tabs_push_but_are_not_undone() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    assert_eq!(
        s.apply(ds, Action::Tab(PanelId::Gmv, Tab::Table)),
        Some(Entry::Push)
    );
    assert_eq!(s.apply(ds, Action::Tab(PanelId::Gmv, Tab::Table)), None);
    assert!(s.query(ds).contains("tab.gmv=table"), "{}", s.query(ds));
    assert!(!s.can_undo());
    assert_eq!(
        s.apply(ds, Action::Tab(PanelId::Gmv, Tab::Chart)),
        Some(Entry::Push)
    );
    assert_eq!(s.query(ds), "");
}

fn series(panel: PanelId, slug: &str, shown: bool) -> Action {
    Action::Series {
        panel,
        series: slug.to_string(),
        shown,
    }
}

/// A legend entry hidden or shown is like a tab: a new address-bar entry,
/// in the link, never an undo step.
#[test]
fn hidden_series_push_but_are_not_undone() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    assert_eq!(
        s.apply(ds, series(PanelId::Industry, "projection", false)),
        Some(Entry::Push)
    );
    // The same again changes nothing.
    assert_eq!(
        s.apply(ds, series(PanelId::Industry, "projection", false)),
        None
    );
    assert_eq!(
        s.apply(ds, series(PanelId::Platforms, "douyin-article", false)),
        Some(Entry::Push)
    );
    assert_eq!(
        s.query(ds),
        "v=3&hide.industry=projection&hide.platforms=douyin-article"
    );
    assert!(!s.can_undo());
    // A series the chart never has, or a chart without a legend: nothing.
    assert_eq!(s.apply(ds, series(PanelId::Industry, "nope", false)), None);
    assert_eq!(s.apply(ds, series(PanelId::Gmv, "projection", false)), None);
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    // An edit and its undo leave the legend as it is.
    s.apply(ds, preset(Preset::ArticleHigh));
    s.apply(ds, Action::Undo);
    assert!(s.view.hides("industry", "projection"));
    // Shown again: gone from the link.
    assert_eq!(
        s.apply(ds, series(PanelId::Industry, "projection", true)),
        Some(Entry::Push)
    );
    assert_eq!(
        s.apply(ds, series(PanelId::Industry, "projection", true)),
        None
    );
    assert_eq!(
        s.apply(ds, series(PanelId::Platforms, "douyin-article", true)),
        Some(Entry::Push)
    );
    assert_eq!(s.query(ds), "");
    assert!(s.view.hidden.is_empty());
}

/// Reset keeps the hidden series (like the tabs); Back and Forward restore
/// the link's; loading a saved scenario (assumptions only) keeps them.
#[test]
fn reset_and_loading_keep_hidden_series_and_navigating_restores_them() {
    let ds = ds();
    let mut s = Session::from_query(ds, "v=3&hide.douyin=yours&tab.douyin=table");
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    assert!(s.view.hides("douyin", "yours"));
    s.apply(ds, preset(Preset::ArticleHigh));
    assert_eq!(s.apply(ds, Action::Reset), Some(Entry::Push));
    assert!(s.view.hides("douyin", "yours"));
    assert_eq!(s.view.tab("douyin"), Tab::Table);
    s.apply(
        ds,
        Action::Load(
            "mine".to_string(),
            "v=3&n=5000&hide.industry=projection".to_string(),
        ),
    );
    assert_eq!(s.assumptions().scenario.samples, 5000);
    assert!(s.view.hides("douyin", "yours"));
    assert!(!s.view.hides("industry", "projection"));
    // Back to an address without hidden series: all shown.
    assert_eq!(s.apply(ds, Action::Navigate(String::new())), None);
    assert!(s.view.hidden.is_empty());
    assert_eq!(
        s.apply(
            ds,
            Action::Navigate("v=3&hide.third-pole=kuaishou".to_string())
        ),
        None
    );
    assert!(s.view.hides("third-pole", "kuaishou"));
    assert_eq!(s.query(ds), "v=3&hide.third-pole=kuaishou");
}

/// A recorded session with legend toggles replays to the same link, and
/// reads back from JSON unchanged.
#[test]
fn recorded_legend_toggles_replay_to_the_same_share_link() {
    let ds = ds();
    let recorded = r#"[
        {"Series": {"panel": "Industry", "series": "projection", "shown": false}},
        {"Series": {"panel": "Industry", "series": "iimedia-research", "shown": false}},
        {"Tab": ["Industry", "Table"]},
        {"Series": {"panel": "ThirdPole", "series": "taobao-live", "shown": false}},
        {"Series": {"panel": "Industry", "series": "projection", "shown": true}},
        {"Series": {"panel": "Focus", "series": "no-such-series", "shown": false}},
        "Reset"
    ]"#;
    let actions: Vec<Action> = serde_json::from_str(recorded).unwrap_or_else(|e| panic!("{e}"));
    let again: Vec<Action> = serde_json::to_string(&actions)
        .and_then(|j| serde_json::from_str(&j))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, actions);
    let mut s = Session::from_query(ds, "");
    let entries: Vec<Option<Entry>> = actions.into_iter().map(|a| s.apply(ds, a)).collect();
    assert_eq!(
        entries,
        [
            Some(Entry::Push),
            Some(Entry::Push),
            Some(Entry::Push),
            Some(Entry::Push),
            Some(Entry::Push),
            None,
            None
        ]
    );
    assert_eq!(
        s.query(ds),
        "v=3&tab.industry=table&hide.industry=iimedia-research&hide.third-pole=taobao-live"
    );
}

#[test]
fn reset_returns_to_the_article_and_can_be_undone() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    s.apply(ds, preset(Preset::WhatHappened));
    let changed = s.assumptions().clone();
    assert_eq!(s.apply(ds, Action::Reset), Some(Entry::Push));
    assert_eq!(*s.assumptions(), Assumptions::article(ds));
    s.apply(ds, Action::Undo);
    assert_eq!(*s.assumptions(), changed);
}

#[test]
fn navigating_restores_the_linked_view_without_writing_the_address() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    s.apply(ds, preset(Preset::ArticleHigh));
    s.apply(ds, Action::Tab(PanelId::Industry, Tab::Sources));
    let there = s.query(ds);
    let mut t = Session::from_query(ds, "");
    assert_eq!(t.apply(ds, Action::Navigate(there.clone())), None);
    assert_eq!(t.view, s.view);
    assert_eq!(t.query(ds), there);
    // Back to the plain address.
    t.apply(ds, Action::Navigate(String::new()));
    assert_eq!(*t.assumptions(), Assumptions::article(ds));
    assert!(t.view.tabs.is_empty());
}

#[test]
fn loading_a_saved_scenario_names_the_page_until_it_is_edited() {
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    s.apply(ds, preset(Preset::ArticleHigh));
    let saved = s.query(ds);
    let mut t = Session::from_query(ds, "");
    assert_eq!(
        t.apply(ds, Action::Load("<b>High</b>".into(), saved)),
        Some(Entry::Push)
    );
    assert_eq!(t.assumptions(), s.assumptions());
    assert_eq!(t.loaded_name(), Some("<b>High</b>"));
    t.apply(ds, slide("growth-2021", 1.9));
    assert_eq!(t.loaded_name(), None);
    t.apply(ds, Action::Undo);
    assert_eq!(t.loaded_name(), Some("<b>High</b>"));
}

#[test]
fn a_bad_link_is_applied_in_part_with_named_notes() {
    let ds = ds();
    let s = Session::from_query(ds, "v=1&preset=article-high&nonsense=1");
    assert_eq!(s.assumptions().preset, Preset::ArticleHigh);
    assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
    assert!(s.notes[0].to_string().contains("nonsense"), "{:?}", s.notes);
}

#[test]
fn display_choices_push_an_entry_but_are_not_undone() {
    use live_commerce_explorer::locale::{Currency, DisplayPrefs, Lang, RATE_MAX};
    let ds = ds();
    let mut s = Session::from_query(ds, "");
    assert_eq!(s.display(), DisplayPrefs::default());
    assert_eq!(s.locale(&["zh-Hans-CN"]).lang, Lang::Zh);
    let zh_usd = DisplayPrefs {
        lang: Some(Lang::Zh),
        currency: Currency::Usd,
        cny_per_usd: 7.0,
    };
    assert_eq!(s.apply(ds, Action::Display(zh_usd)), Some(Entry::Push));
    assert_eq!(s.query(ds), "v=3&lang=zh&cur=usd&rate=7");
    assert_eq!(s.locale(&["en-GB"]).lang, Lang::Zh);
    assert_eq!(s.locale::<&str>(&[]).cny_per_usd, 7.0);
    // The same choice again changes nothing.
    assert_eq!(s.apply(ds, Action::Display(zh_usd)), None);
    // Not an assumption: nothing to undo, and undo leaves the display.
    assert!(!s.can_undo());
    s.apply(ds, slide("growth-2021", 1.3));
    s.apply(ds, Action::Seal);
    assert_eq!(s.apply(ds, Action::Undo), Some(Entry::Push));
    assert_eq!(s.display(), zh_usd);
    // A rate out of bounds is clamped with a note.
    let absurd = DisplayPrefs {
        cny_per_usd: 1e6,
        ..zh_usd
    };
    assert_eq!(s.apply(ds, Action::Display(absurd)), Some(Entry::Push));
    assert_eq!(s.display().cny_per_usd, RATE_MAX);
    assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
    // Reset and loading a scenario keep the display; Back restores it.
    s.apply(ds, Action::Reset);
    assert_eq!(s.display().cny_per_usd, RATE_MAX);
    s.apply(
        ds,
        Action::Load("mine".to_string(), "v=1&n=5000".to_string()),
    );
    assert_eq!(s.display().currency, Currency::Usd);
    assert_eq!(
        s.apply(ds, Action::Navigate("v=1&embed=gmv".to_string())),
        None
    );
    assert_eq!(s.display(), DisplayPrefs::default());
    assert_eq!(s.embed(), Some("gmv"));
}

#[test]
fn notes_are_written_in_the_readers_language() {
    use live_commerce_explorer::locale::{DisplayPrefs, Lang};
    let ds = ds();
    let mut s = Session::from_query(ds, "v=1&lang=zh&n=abc");
    let zh = s.locale(&["en-GB"]);
    assert_eq!(zh.lang, Lang::Zh);
    let en = live_commerce_explorer::locale::Locale::en();
    assert_eq!(
        s.notes[0].text(&en),
        "Link: The number of samples “abc” is not a whole number, so it was ignored."
    );
    assert_eq!(s.notes[0].text(&en), s.notes[0].to_string());
    assert_eq!(
        s.notes[0].text(&zh),
        "链接：样本数“abc”不是整数，因此已忽略。"
    );
    // A slider pushed past its bounds, a saved scenario with a bad field,
    // and an absurd exchange rate: each note in Chinese.
    s.apply(ds, slide("growth-2021", 1e9));
    s.apply(
        ds,
        Action::Load("我的".to_string(), "v=1&seed=x".to_string()),
    );
    s.apply(
        ds,
        Action::Display(DisplayPrefs {
            cny_per_usd: f64::NAN,
            ..s.display()
        }),
    );
    let texts: Vec<String> = s.notes.iter().map(|n| n.text(&zh)).collect();
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts[1].starts_with("直播电商行业增长倍数：×"), "{texts:?}");
    assert!(
        texts[2].starts_with("已保存的情景“我的”：随机种子"),
        "{texts:?}"
    );
    assert!(texts[3].starts_with("汇率不是数字"), "{texts:?}");
    for (n, t) in s.notes.iter().zip(&texts) {
        assert_ne!(*t, n.to_string());
        assert!(
            !t.contains(" is ") && !t.contains("The "),
            "English left in {t:?}"
        );
    }
}

#[test]
fn reset_restores_every_assumption_and_keeps_the_page_settings() {
    let ds = ds();
    let mut s = Session::from_query(ds, "lang=zh&cur=usd&tab.gmv=table");
    for e in [
        Edit::Preset(Preset::WhatHappened),
        Edit::Reading(Reading::Corrected),
        Edit::LogIndustry(false),
        Edit::Focus(SeriesId::Kuaishou),
        Edit::SensitivitySeries(SeriesId::TaobaoLive),
        Edit::SensitivityYear(2030),
        Edit::SpanFrom(2021),
        Edit::SpanTo(2028),
        Edit::Seed(7),
    ] {
        s.apply(ds, Action::Edit(e));
    }
    s.apply(
        ds,
        Action::Edit(Edit::SeedText {
            text: "x".into(),
            locale: Locale::en(),
        }),
    );
    let notes_before = s.notes.clone();
    assert!(!notes_before.is_empty());
    s.apply(ds, Action::Reset);
    let a = s.assumptions();
    let article = Assumptions::article(ds);
    // Back to the article's: every assumption.
    assert_eq!(a.scenario, article.scenario);
    assert_eq!(a.preset, Preset::ArticleLow);
    assert_eq!(a.custom, None);
    assert_eq!(a.reading, Reading::Corrected);
    assert!(a.page.log_industry);
    assert_eq!(a.page.sensitivity, (SeriesId::Industry, 2025));
    assert_eq!(a.page.span, (2019, 2025));
    // Kept: the page's settings.
    assert_eq!(a.page.focus, SeriesId::Kuaishou);
    assert_eq!(s.view.tab("gmv"), Tab::Table);
    assert_eq!(
        s.display().currency,
        live_commerce_explorer::locale::Currency::Usd
    );
    assert_eq!(s.notes, notes_before);
}

/// A reader's session recorded as data (what the page dispatches), replayed
/// into a fresh session: the share link it ends on is fixed, and the
/// recording reads back from JSON unchanged.
#[test]
fn a_recorded_session_replays_to_the_same_share_link() {
    let ds = ds();
    let recorded = r#"[
        {"Slide": ["growth-2021", {"Median": {"series": "Industry", "phase": 1, "value": 1.5, "bounds": {"min": 0.8, "max": 2.0, "step": 0.01}}}]},
        {"Slide": ["growth-2021", {"Median": {"series": "Industry", "phase": 1, "value": 1.6, "bounds": {"min": 0.8, "max": 2.0, "step": 0.01}}}]},
        "Seal",
        {"Edit": {"Knob": {"knob": "DouyinLive2020", "value": 11.0}}},
        {"Edit": {"BaseText": {"series": "Kuaishou", "text": "433,8", "locale": {"lang": "En", "currency": "Cny", "cny_per_usd": 6.8985}}}},
        {"Edit": {"BaseText": {"series": "Kuaishou", "text": "45", "locale": {"lang": "En", "currency": "Cny", "cny_per_usd": 6.8985}}}},
        {"Edit": {"SeedText": {"text": "abc", "locale": {"lang": "En", "currency": "Cny", "cny_per_usd": 6.8985}}}},
        {"Edit": {"Samples": 10000}},
        {"Tab": ["ThirdPole", "Table"]},
        "Undo",
        "Redo",
        {"Edit": {"Focus": "TaobaoLive"}}
    ]"#;
    let actions: Vec<Action> = serde_json::from_str(recorded).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(actions.len(), 12);
    let again: Vec<Action> = serde_json::to_string(&actions)
        .and_then(|j| serde_json::from_str(&j))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, actions);
    let mut s = Session::from_query(ds, "");
    for a in actions {
        s.apply(ds, a);
    }
    // Kuaishou's typed 45 bn is the corrected figure every preset starts
    // from since format v2, so the link has no line for it.
    assert_eq!(
        s.query(ds),
        "v=3&preset=custom&focus=taobao-live&n=10000\
         &industry=433.8,2,1.35647-1.88725,1.05-1.35\
         &douyin-live=10,10.0416-12.0499,1.3-2.5,1.05-1.35&tab.third-pole=table"
    );
    // The ambiguous base ("433,8": 433.8 or 4338?) and the seed that read
    // as nothing were refused with a note, and the values kept.
    let notes: Vec<String> = s.notes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes,
        [
            "Kuaishou, all e-commerce base: “433,8” could be 433.8 or 4338: write the decimal point \
             as “.”, and thousands in groups of three; kept the previous value",
            "Seed: “abc” is not a number; kept 20200401"
        ]
    );
}
