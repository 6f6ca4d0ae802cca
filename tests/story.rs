//! The story (src/story.rs), natively: what it says at the article's
//! defaults, that its derived sentences move with its knobs exactly as the
//! charts' numbers do, the knobs' bounds, steps and drags, and typed values.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::data::{Dataset, Reading};
use live_commerce_explorer::locale::Locale;
use live_commerce_explorer::scenario::{SeriesId, monte_carlo};
use live_commerce_explorer::session::{Action, Session};
use live_commerce_explorer::story::{self, Knob, LEVEL, Paragraph, Scale, Span, Speed, ids};
use live_commerce_explorer::views::{
    self, Assumptions, DOUYIN_MULTIPLIER, GROWTH_2020, GROWTH_LATER,
};

fn dataset() -> &'static Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("embedded dataset: {e}"))
}

fn tell(a: &Assumptions) -> Vec<Paragraph> {
    story::story(dataset(), a, None, &Locale::en()).unwrap_or_else(|e| panic!("{e}"))
}

/// Equal up to the rounding `Assumptions::set_median` gives a range's ends
/// (six significant digits), which moves its median a little.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-5 * b.abs().max(1.0)
}

fn whole(ps: &[Paragraph]) -> String {
    ps.iter()
        .map(Paragraph::text)
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn derived<'a>(ps: &'a [Paragraph], id: &str) -> &'a str {
    ps.iter()
        .find_map(|p| p.derived(id))
        .unwrap_or_else(|| panic!("no derived span {id} in {}", whole(ps)))
}

fn knobs(ps: &[Paragraph]) -> Vec<Knob> {
    ps.iter()
        .flat_map(|p| &p.spans)
        .filter_map(|s| match s {
            Span::Knob(k) => Some(k.knob),
            _ => None,
        })
        .collect()
}

/// Applies an edit through the session, as the page does.
fn apply(
    a: &Assumptions,
    edit: live_commerce_explorer::session::Edit,
) -> (Assumptions, Vec<String>) {
    let mut next = a.clone();
    let note = next.apply(dataset(), &edit);
    let (checked, notes) = next.checked();
    let mut notes: Vec<String> = notes.iter().map(ToString::to_string).collect();
    notes.extend(note.map(|n| n.to_string()));
    (checked, notes)
}

#[test]
fn at_the_articles_defaults_the_story_doubles_then_crosses_in_2021() {
    let a = Assumptions::article(dataset());
    let ps = tell(&a);
    let text = whole(&ps);
    println!("{text}");
    for expected in [
        "Douyin, the Chinese twin of TikTok with more than 400 million daily users",
        "Taobao Live and Kuaishou",
        "On 1 April 2020 (a date per later reporting: Douyin data) one 3-hour Douyin stream drew 48 million viewers and sold 110 million yuan of goods.",
        "In 2019 the whole industry sold 433.8 bn yuan.",
        "Kuaishou's e-commerce turnover was 40–50 bn yuan (corrected; the article prints 400–500 bn yuan, \
         which the article's own total for the whole industry, 433.8 bn yuan, rules out)",
        "Douyin's was 180 bn yuan, but only 10 bn of it came through live streams: 2.31% of the industry.",
        "The statistics the article quotes expect the industry to “double” in 2020 (×2, to 867.6 bn yuan) \
         and to reach the “trillion level”. You assume ×2 in 2020, to 867.6 bn yuan, and a level of 1 trillion yuan.",
        "the industry passes 1 trillion yuan in 2021",
        "5–6× or 10–12× as much in 2020 as in 2019",
        "Take ×5.48: Douyin's live streams then sell 54.77 bn yuan in 2020, within the article's 5–6× forecast",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert_eq!(derived(&ps, ids::INDUSTRY_2020), "867.6 bn yuan");
    assert_eq!(
        derived(&ps, ids::CROSSING),
        "the industry passes 1 trillion yuan in 2021"
    );
    assert_eq!(derived(&ps, ids::DOUYIN_2020), "54.77 bn yuan in 2020");
    // 54.77 of 867.6.
    assert_eq!(derived(&ps, ids::DOUYIN_SHARE_2020), "6.31%");
    assert_eq!(
        knobs(&ps),
        [
            Knob::Growth2020,
            Knob::Level,
            Knob::Growth2021,
            Knob::Growth2023,
            Knob::DouyinLive2020
        ]
    );
    // Without a Monte Carlo result, no chance is claimed, but its paragraph
    // is there (so nothing moves when the result arrives).
    assert!(ps.iter().all(|p| p.derived(ids::CHANCE).is_none()));
    assert!(
        text.contains("The chance of reaching 1 trillion yuan shows here once"),
        "{text}"
    );
}

/// The article's words stay the article's (issue 13, point 5): after the
/// reader sets ×3 for 2020 and a level of 2 trillion yuan, the story still
/// says the statistics expect the industry to double, to 867.6 bn yuan, and
/// to reach the trillion level; the reader's values are a clause of their
/// own ("You assume …"), in English and Chinese.
#[test]
fn the_readers_values_are_their_own_clause() {
    let ds = dataset();
    let mut a = Assumptions::article(ds);
    Knob::Growth2020.apply(&mut a, 3.0);
    Knob::Level.apply(&mut a, 2000.0);
    let text = whole(&tell(&a));
    assert!(
        text.contains(
            "The statistics the article quotes expect the industry to “double” in 2020 \
             (×2, to 867.6 bn yuan) and to reach the “trillion level”. \
             You assume ×3 in 2020, to 1.301 trn yuan, and a level of 2 trillion yuan."
        ),
        "{text}"
    );
    assert!(!text.contains("expect the industry to grow ×3"), "{text}");
    let zh_text = whole(&tell_in(&a, &zh()));
    assert!(
        zh_text.contains(
            "文章引用的统计预计，行业将在2020年“翻番”（×2，达到8,676亿元），并达到“万亿级”。\
             你假设2020年增长×3，达到1.301万亿元，并以2万亿元为目标。"
        ),
        "{zh_text}"
    );
}

/// The story shows the corrected Kuaishou figure by default with the
/// printed one and why beside it; as printed, the printed one with the
/// same reason, the corrected one and that projections start from it.
#[test]
fn the_printed_reading_changes_the_figures_quoted_and_says_why() {
    let ds = dataset();
    let ps = tell(&Assumptions::article(ds));
    let k = derived(&ps, ids::KUAISHOU_2019);
    assert!(k.starts_with("40–50 bn yuan (corrected; "), "{k}");
    assert!(k.contains("400–500 bn yuan"), "{k}");
    let mut a = Assumptions::article(ds);
    a.set_reading(ds, Reading::AsPrinted);
    let ps = tell(&a);
    let text = whole(&ps);
    assert!(text.contains("47 million viewers"), "{text}");
    assert_eq!(
        derived(&ps, ids::KUAISHOU_2019),
        "400–500 bn yuan (as printed, which the article's own total for the whole industry, \
         433.8 bn yuan, rules out; corrected: 40–50 bn yuan, where projections start)"
    );
}

/// The story's derived values agree with what `views::build` gives the
/// charts and the sentences beside them, for any knob setting.
fn assert_consistent(a: &Assumptions) {
    let ds = dataset();
    let v = views::build(ds, a, None, &Locale::en()).unwrap_or_else(|e| panic!("{e}"));
    let ps = tell(a);
    let crossing = derived(&ps, ids::CROSSING);
    let expected = v.crossing_sentence.trim_end_matches('.');
    assert_eq!(
        crossing.to_lowercase(),
        expected.to_lowercase(),
        "{crossing:?} vs {expected:?}"
    );
    let douyin = derived(&ps, ids::DOUYIN_2020);
    let value = format!(
        "{} yuan in 2020",
        live_commerce_explorer::format::bn_cny(v.douyin_user_value)
    );
    assert_eq!(douyin, value);
    let position = derived(&ps, ids::DOUYIN_POSITION);
    assert!(
        v.douyin_sentence.ends_with(&format!(": {position}.")),
        "{position:?} vs {:?}",
        v.douyin_sentence
    );
    let (year, last) = v.industry_last;
    assert_eq!(year, 2030);
    assert_eq!(
        derived(&ps, ids::INDUSTRY_LAST),
        format!("{} yuan", live_commerce_explorer::format::bn_cny(last))
    );
    // The knobs show the assumptions' values.
    for p in &ps {
        for s in &p.spans {
            if let Span::Knob(k) = s {
                assert_eq!(k.value, k.knob.value(a), "{:?}", k.knob);
                assert_eq!(k.text, k.knob.text(k.value));
            }
        }
    }
}

#[test]
fn moving_a_knob_moves_every_derived_sentence_with_the_charts() {
    let ds = dataset();
    let start = Assumptions::article(ds);
    assert_consistent(&start);

    // Slower growth after 2020: the trillion is not reached.
    let (a, notes) = apply(&start, Knob::Growth2021.set(1.0));
    let (a, _) = apply(&a, Knob::Growth2023.set(1.0));
    assert!(notes.is_empty(), "{notes:?}");
    let ps = tell(&a);
    assert_eq!(
        derived(&ps, ids::CROSSING),
        "the industry does not reach 1 trillion yuan by 2030"
    );
    assert_consistent(&a);

    // Faster in 2020: crossed in 2020 itself.
    let (a, _) = apply(&a, Knob::Growth2020.set(2.5));
    let ps = tell(&a);
    assert_eq!(derived(&ps, ids::INDUSTRY_2020), "1.085 trn yuan");
    assert_eq!(
        derived(&ps, ids::CROSSING),
        "the industry passes 1 trillion yuan in 2020"
    );
    assert_consistent(&a);

    // A higher level moves the crossing year.
    let (b, _) = apply(&start, Knob::Level.set(2000.0));
    let ps = tell(&b);
    assert!(
        derived(&ps, ids::CROSSING).starts_with("the industry passes 2 trillion yuan in 20"),
        "{}",
        whole(&ps)
    );
    assert_consistent(&b);

    // Douyin live: each multiplier gives the chart's value and position.
    for (m, position) in [
        (1.0, "below both of the article's forecasts"),
        (5.5, "within the article's 5–6× forecast"),
        (8.0, "between the article's two forecasts"),
        (11.0, "within the article's 10–12× forecast"),
        (20.0, "above both of the article's forecasts"),
    ] {
        let (a, _) = apply(&start, Knob::DouyinLive2020.set(m));
        let ps = tell(&a);
        assert_eq!(derived(&ps, ids::DOUYIN_POSITION), position, "×{m}");
        assert_eq!(
            derived(&ps, ids::DOUYIN_2020),
            format!(
                "{} bn yuan in 2020",
                live_commerce_explorer::format::sig(m * 10.0, 4)
            )
        );
        assert_consistent(&a);
    }
}

#[test]
fn a_knob_sets_the_same_assumption_as_its_slider() {
    let ds = dataset();
    let start = Assumptions::article(ds);
    for (knob, id, phase, bounds) in [
        (Knob::Growth2020, SeriesId::Industry, 0, GROWTH_2020),
        (Knob::Growth2021, SeriesId::Industry, 1, GROWTH_LATER),
        (Knob::Growth2023, SeriesId::Industry, 2, GROWTH_LATER),
        (
            Knob::DouyinLive2020,
            SeriesId::DouyinLive,
            0,
            DOUYIN_MULTIPLIER,
        ),
    ] {
        assert_eq!(knob.bounds(), bounds, "{knob:?}");
        assert_eq!(knob.target(), Some((id, phase)));
        let v = (bounds.min + bounds.max) / 2.0;
        let (by_knob, _) = apply(&start, knob.set(v));
        let mut by_slider = start.clone();
        by_slider.set_median(id, phase, v, bounds);
        let (by_slider, _) = by_slider.checked();
        assert_eq!(by_knob, by_slider, "{knob:?}");
        assert!(close(knob.value(&by_knob), v), "{knob:?}");
    }
    assert_eq!(Knob::Level.bounds(), LEVEL);
    assert_eq!(
        (LEVEL.min, LEVEL.max),
        (
            live_commerce_explorer::scenario::LEVEL_MIN,
            live_commerce_explorer::scenario::LEVEL_MAX
        )
    );
    // Keys are unique and distinct from the sliders'.
    let keys: std::collections::HashSet<&str> = Knob::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys.len(), Knob::ALL.len());
    assert!(keys.iter().all(|k| k.starts_with("story-")));
}

#[test]
fn out_of_range_values_are_clamped_with_a_note() {
    let start = Assumptions::article(dataset());
    let (a, notes) = apply(&start, Knob::DouyinLive2020.set(99.0));
    assert!(close(Knob::DouyinLive2020.value(&a), DOUYIN_MULTIPLIER.max));
    assert!(notes.iter().any(|n| n.contains("above")), "{notes:?}");
    let (a, notes) = apply(&start, Knob::Level.set(1e9));
    assert_eq!(Knob::Level.value(&a), LEVEL.max);
    assert!(notes.iter().any(|n| n.starts_with("Level:")), "{notes:?}");
    let (a, notes) = apply(&start, Knob::Level.set(f64::NAN));
    assert_eq!(Knob::Level.value(&a), 1000.0);
    assert!(!notes.is_empty());
}

#[test]
fn keyboard_steps_follow_the_grid() {
    let k = Knob::Growth2021;
    // From a range's median (×1.3565) to the next point of the 0.01 grid.
    assert_eq!(k.stepped(1.3565, true, Speed::Normal), 1.36);
    assert_eq!(k.stepped(1.36, true, Speed::Normal), 1.37);
    assert_eq!(k.stepped(1.36, false, Speed::Normal), 1.35);
    assert_eq!(k.stepped(1.3565, false, Speed::Normal), 1.35);
    assert_eq!(k.stepped(1.36, true, Speed::Coarse), 1.4);
    assert_eq!(k.stepped(1.36, true, Speed::Fine), 1.361);
    assert_eq!(k.stepped(1.99, true, Speed::Coarse), GROWTH_LATER.max);
    assert_eq!(k.stepped(0.8, false, Speed::Normal), GROWTH_LATER.min);
    let d = Knob::DouyinLive2020;
    assert_eq!(d.stepped(5.477, true, Speed::Normal), 5.5);
    assert_eq!(d.stepped(5.5, true, Speed::Normal), 6.0);
    assert_eq!(d.stepped(5.5, true, Speed::Coarse), 10.0);
    assert_eq!(d.stepped(5.5, true, Speed::Fine), 5.55);
    assert_eq!(d.stepped(5.5, false, Speed::Fine), 5.45);
    let g = Knob::Growth2020;
    assert_eq!(g.stepped(2.0, true, Speed::Normal), 2.05);
    assert_eq!(g.stepped(2.0, false, Speed::Normal), 1.95);
    assert_eq!(Knob::Level.stepped(1000.0, true, Speed::Normal), 1100.0);
    assert_eq!(Knob::Level.stepped(1000.0, true, Speed::Coarse), 2000.0);
    assert_eq!(Knob::Level.stepped(1000.0, false, Speed::Fine), 990.0);
    assert_eq!(Speed::from_keys(true, false), Speed::Coarse);
    assert_eq!(Speed::from_keys(false, true), Speed::Fine);
    assert_eq!(Speed::from_keys(false, false), Speed::Normal);
    // No float noise in what is shown.
    assert_eq!(k.text(k.stepped(1.06, true, Speed::Normal)), "+7%");
}

#[test]
fn dragging_is_logarithmic_for_multipliers_and_linear_for_rates() {
    let d = Knob::DouyinLive2020;
    assert_eq!(d.scale(), Scale::Log);
    assert_eq!(d.dragged(5.0, 0.0, Speed::Normal), 5.0);
    // Doubles every LOG_DOUBLING_PX, either way.
    assert_eq!(d.dragged(5.0, story::LOG_DOUBLING_PX, Speed::Normal), 10.0);
    assert_eq!(d.dragged(10.0, -story::LOG_DOUBLING_PX, Speed::Normal), 5.0);
    assert_eq!(d.dragged(5.0, 1e6, Speed::Normal), DOUYIN_MULTIPLIER.max);
    assert_eq!(d.dragged(5.0, -1e6, Speed::Normal), DOUYIN_MULTIPLIER.min);
    // Alt: ten times slower, on the fine grid.
    let fine = d.dragged(5.0, story::LOG_DOUBLING_PX, Speed::Fine);
    assert!((fine - 5.35).abs() < 1e-9, "{fine}");
    let r = Knob::Growth2023;
    assert_eq!(r.scale(), Scale::Linear);
    let span = GROWTH_LATER.max - GROWTH_LATER.min;
    let moved = r.dragged(1.0, story::LINEAR_RANGE_PX / 2.0, Speed::Normal);
    assert!((moved - (1.0 + span / 2.0)).abs() < 1e-9, "{moved}");
    assert_eq!(r.dragged(1.0, f64::NAN, Speed::Normal), GROWTH_LATER.min);
    assert_eq!(
        Knob::Level.dragged(1000.0, story::LOG_DOUBLING_PX, Speed::Normal),
        2000.0
    );
}

#[test]
fn typed_values_are_read_leniently_and_garbage_becomes_a_note() {
    let start = Assumptions::article(dataset());
    let (a, notes) = apply(&start, Knob::Growth2021.typed("25%"));
    assert!(notes.is_empty(), "{notes:?}");
    assert!(close(Knob::Growth2021.value(&a), 1.25));
    // Every growth knob reads a bare number as a multiplier, as the slider
    // beside it speaks; "%" makes it a rate.
    let (a, _) = apply(&start, Knob::Growth2021.typed("1.5"));
    assert!(close(Knob::Growth2021.value(&a), 1.5));
    assert!(Knob::Growth2021.editing_text(1.5).starts_with('×'));
    let (a, _) = apply(&start, Knob::Growth2021.typed("×1.1"));
    assert!(close(Knob::Growth2021.value(&a), 1.1));
    let (a, _) = apply(&start, Knob::DouyinLive2020.typed("11"));
    assert!(close(Knob::DouyinLive2020.value(&a), 11.0));
    let (a, _) = apply(&start, Knob::Level.typed("1,500"));
    assert_eq!(Knob::Level.value(&a), 1500.0);

    for (knob, text) in [
        (Knob::Growth2020, "abc"),
        (Knob::Growth2020, ""),
        (Knob::DouyinLive2020, "NaN"),
        (Knob::Growth2023, "inf"),
        (Knob::Level, "<img src=x>"),
        (Knob::Level, "-5"),
    ] {
        let (a, notes) = apply(&start, knob.typed(text));
        assert_eq!(a, start, "{knob:?} {text:?} changed the assumptions");
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(
            notes[0].starts_with(knob.label()) && notes[0].contains("kept"),
            "{notes:?}"
        );
    }
    // The text a field starts with reads back as the value.
    for knob in Knob::ALL {
        let v = knob.value(&start);
        let back = knob
            .parse(&knob.editing_text(v))
            .unwrap_or_else(|e| panic!("{knob:?}: {e}"));
        assert!((back - v).abs() < 1e-3 * v, "{knob:?}: {v} -> {back}");
    }
}

#[test]
fn through_the_session_a_drag_is_one_undo_step_and_bad_text_a_notice() {
    let ds = dataset();
    let mut s = Session::from_query(ds, "");
    let k = Knob::DouyinLive2020;
    for v in [6.0, 7.0, 8.0] {
        s.apply(ds, Action::Slide(k.key().to_string(), k.set(v)));
    }
    s.apply(ds, Action::Seal);
    assert!(close(k.value(s.assumptions()), 8.0));
    s.apply(ds, Action::Undo);
    assert!((k.value(s.assumptions()) - 30f64.sqrt()).abs() < 1e-9);
    s.apply(ds, Action::Edit(k.typed("lots")));
    assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
    assert!(
        s.notes[0].to_string().contains("“lots” is not a number"),
        "{:?}",
        s.notes
    );
}

#[test]
fn aria_texts_name_the_unit() {
    let a = Assumptions::article(dataset());
    let span = |k: Knob| k.span(&a);
    assert_eq!(span(Knob::Growth2020).value_text, "×2 (+100%) in 2020");
    assert_eq!(span(Knob::Growth2020).text, "×2");
    assert!(
        span(Knob::Growth2021)
            .value_text
            .ends_with("a year (×1.36)")
    );
    assert_eq!(span(Knob::DouyinLive2020).value_text, "×5.48 2019's GMV");
    assert_eq!(
        span(Knob::Level).value_text,
        "1 trillion yuan (1,000 billion yuan)"
    );
    for k in Knob::ALL {
        let s = span(k);
        assert!(s.min <= s.value && s.value <= s.max, "{k:?}");
        assert!(!k.label().is_empty());
    }
}

#[test]
fn a_monte_carlo_result_for_this_level_adds_the_chance() {
    let ds = dataset();
    let mut a = Assumptions::article(ds);
    a.set_run(5_000, 7);
    let mc = monte_carlo(&a.scenario);
    let ps = story::story(ds, &a, Some(&mc), &Locale::en()).unwrap_or_else(|e| panic!("{e}"));
    let chance = derived(&ps, ids::CHANCE);
    assert!(
        chance.starts_with(
            "Sampling the ranges of the assumptions (5,000 runs), the chance of reaching 1 trillion yuan by 2021 is "
        ),
        "{chance}"
    );
    // A result for another level says nothing.
    let mut b = a.clone();
    b.set_level(2000.0);
    let ps = story::story(ds, &b, Some(&mc), &Locale::en()).unwrap_or_else(|e| panic!("{e}"));
    assert!(ps.iter().all(|p| p.derived(ids::CHANCE).is_none()));
}

#[test]
fn a_missing_figure_is_an_error_not_a_panic() {
    let mut ds = dataset().clone();
    ds.figures.retain(|f| f.id != views::ids::DOUYIN_LIVE_GMV);
    assert!(story::story(&ds, &Assumptions::article(&ds), None, &Locale::en()).is_err());
}

/// The star stream's date and length are read from the dataset, not typed
/// into the story (issue 13, point 5): the length is the article's own
/// figure ("3 hours"), the date later reporting's, said as such with the
/// firm that gives it, in English and Chinese. Changed in the dataset, the
/// sentence changes; missing from it, the sentence says nothing of it.
#[test]
fn the_star_streams_date_and_length_come_from_the_dataset() {
    use live_commerce_explorer::views::events::{
        STAR_STREAM_HOURS, STAR_STREAM_SALES, star_stream_date,
    };
    let base = dataset();
    let sentence = |ds: &Dataset, l: &Locale| {
        let ps =
            story::story(ds, &Assumptions::article(ds), None, l).unwrap_or_else(|e| panic!("{e}"));
        ps.iter()
            .find(|p| p.id == "story-intro")
            .map(Paragraph::text)
            .unwrap_or_else(|| panic!("no introduction in {}", whole(&ps)))
    };
    // The dataset: the article prints the length, later reporting dates it.
    let hours = base
        .figure(STAR_STREAM_HOURS)
        .unwrap_or_else(|| panic!("no length"));
    assert_eq!((hours.low, hours.printed.as_str()), (3.0, "3 hours"));
    assert!(hours.quote.contains("3 hours"));
    assert_eq!(star_stream_date(base), Some(((2020, 4, 1), "Douyin data")));
    let en = sentence(base, &Locale::en());
    assert!(
        en.contains(
            "On 1 April 2020 (a date per later reporting: Douyin data) one 3-hour Douyin stream"
        ),
        "{en}"
    );
    let zh_text = sentence(base, &zh());
    assert!(
        zh_text.contains("2020年4月1日（日期据后来的报道：抖音数据），抖音一场3小时的直播"),
        "{zh_text}"
    );
    // Another length and date in the dataset: another sentence.
    let mut ds = base.clone();
    for f in ds.figures.iter_mut() {
        if f.id == STAR_STREAM_HOURS {
            (f.low, f.high) = (3.0, 3.5);
        }
        if f.id.starts_with("livestream-2020-04-01") {
            f.period = "2020-04-02".into();
        }
    }
    for f in ds.later.iter_mut().filter(|f| f.period == "2020-04-01") {
        f.period = "2020-04-02".into();
    }
    let en = sentence(&ds, &Locale::en());
    assert!(
        en.contains(
            "On 2 April 2020 (a date per later reporting: Douyin data) one 3–3.5-hour Douyin stream"
        ),
        "{en}"
    );
    let zh_text = sentence(&ds, &zh());
    assert!(
        zh_text.contains("2020年4月2日（日期据后来的报道：抖音数据），抖音一场3–3.5小时的直播"),
        "{zh_text}"
    );
    // No later report of that day: no date; no length: none stated.
    let mut ds = base.clone();
    let day = ds
        .figure(STAR_STREAM_SALES)
        .map(|f| f.period.clone())
        .unwrap_or_default();
    ds.later.retain(|f| f.period != day);
    ds.figures.retain(|f| f.id != STAR_STREAM_HOURS);
    let en = sentence(&ds, &Locale::en());
    assert!(
        en.contains(" One Douyin stream drew 47 million viewers")
            || en.contains(" One Douyin stream drew 48 million viewers"),
        "{en}"
    );
    assert!(!en.contains("April") && !en.contains("hour"), "{en}");
    let zh_text = sentence(&ds, &zh());
    assert!(zh_text.contains("。抖音一场直播吸引了"), "{zh_text}");
    assert!(
        !zh_text.contains("4月") && !zh_text.contains("小时"),
        "{zh_text}"
    );
}

fn tell_in(a: &Assumptions, l: &Locale) -> Vec<Paragraph> {
    story::story(dataset(), a, None, l).unwrap_or_else(|e| panic!("{e}"))
}

fn zh() -> Locale {
    Locale {
        lang: live_commerce_explorer::locale::Lang::Zh,
        ..Locale::default()
    }
}

#[test]
fn in_chinese_amounts_are_in_yi_and_growth_stays_a_multiplier() {
    let ds = dataset();
    let a = Assumptions::article(ds);
    let l = zh();
    let ps = tell_in(&a, &l);
    let text = whole(&ps);
    assert_eq!(derived(&ps, ids::INDUSTRY_2019), "4,338亿元");
    assert_eq!(derived(&ps, ids::INDUSTRY_2020), "8,676亿元");
    assert_eq!(derived(&ps, ids::CROSSING), "行业在2021年突破1万亿元");
    assert!(
        derived(&ps, ids::DOUYIN_POSITION).contains("在文章5–6×的预测之内"),
        "{text}"
    );
    assert!(
        derived(&ps, ids::DOUYIN_2020).starts_with("2020年"),
        "{text}"
    );
    assert!(text.contains("4,800万观众"), "{text}");
    assert_eq!(
        derived(&ps, ids::KUAISHOU_2019),
        "400–500亿元（已更正；文章英文译文为4,000–5,000亿元，与文章自己给出的全行业总量4,338亿元相矛盾）"
    );
    // The same knobs as in English, with the same values.
    assert_eq!(knobs(&ps), knobs(&tell(&a)));
    let spans: Vec<&Span> = ps.iter().flat_map(|p| &p.spans).collect();
    for s in spans {
        if let Span::Knob(k) = s {
            match k.knob {
                Knob::Growth2020 => assert_eq!(k.text, "×2"),
                Knob::Level => {
                    assert_eq!(k.text, "1万亿元");
                    assert_eq!(k.editing_text, "10000");
                    assert_eq!(k.value, 1000.0);
                }
                _ => {}
            }
        }
    }
    // No English unit words are left in the Chinese text.
    for word in [" bn", " trn", "yuan", "billion"] {
        assert!(!text.contains(word), "{word}: {text}");
    }
    // The crossing agrees with the views in the same language.
    let v = views::build(ds, &a, None, &l).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        derived(&ps, ids::CROSSING),
        v.crossing_sentence.trim_end_matches('。')
    );
}

#[test]
fn in_us_dollars_amounts_are_converted_at_the_chosen_rate() {
    let ds = dataset();
    let a = Assumptions::article(ds);
    let l = Locale {
        currency: live_commerce_explorer::locale::Currency::Usd,
        cny_per_usd: 7.0,
        ..Locale::default()
    };
    let ps = tell_in(&a, &l);
    assert_eq!(derived(&ps, ids::INDUSTRY_2019), "$61.97 bn");
    assert_eq!(
        derived(&ps, ids::CROSSING),
        "the industry passes 142.9 billion US dollars in 2021"
    );
    let text = whole(&ps);
    assert!(!text.contains("yuan"), "{text}");
    // Shares and multipliers do not depend on the currency.
    assert_eq!(
        derived(&ps, ids::LIVE_SHARE_2019),
        derived(&tell(&a), ids::LIVE_SHARE_2019)
    );
}

#[test]
fn a_level_typed_in_the_readers_units_is_read_back_in_billion_yuan() {
    let ds = dataset();
    let a = Assumptions::article(ds);
    let (b, notes) = apply(&a, Knob::Level.typed_in(&zh(), "20000"));
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(b.scenario.level, 2000.0);
    let usd = Locale {
        currency: live_commerce_explorer::locale::Currency::Usd,
        cny_per_usd: 8.0,
        ..Locale::default()
    };
    let (c, _) = apply(&a, Knob::Level.typed_in(&usd, "250"));
    assert_eq!(c.scenario.level, 2000.0);
    let (d, notes) = apply(&a, Knob::Level.typed_in(&zh(), "许多"));
    assert_eq!(d.scenario.level, a.scenario.level);
    assert!(
        notes.iter().any(|n| n.starts_with("行业要达到的规模")),
        "{notes:?}"
    );
}

/// The page's first sentence is the article's headline claim in its own
/// numbers and words, in either language and currency: the 2019 size, the
/// doubling and the trillion level.
#[test]
fn the_claim_is_the_articles_headline_in_its_own_numbers() {
    let en = story::claim(dataset(), &Locale::en()).unwrap_or_default();
    for part in ["433.8", "2019", "“double”", "2020", "“trillion level”"] {
        assert!(en.contains(part), "{part} in {en}");
    }
    let zh = story::claim(dataset(), &zh()).unwrap_or_default();
    for part in ["4,338亿元", "2019年", "“翻番”", "2020年", "“万亿级”"] {
        assert!(zh.contains(part), "{part} in {zh}");
    }
    let usd = Locale {
        currency: live_commerce_explorer::locale::Currency::Usd,
        ..Locale::en()
    };
    let usd = story::claim(dataset(), &usd).unwrap_or_default();
    assert!(usd.contains('$') && !usd.contains("yuan"), "{usd}");
}
