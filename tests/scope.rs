#![cfg(not(target_arch = "wasm32"))]
//! One scope per figure: what a GMV figure covers (live-stream e-commerce or
//! all e-commerce) is stated once, in the dataset's `scope`, and every
//! label, series name, table, tooltip and note that names it says the same,
//! in English and in Chinese. A figure compared with another scope by the
//! consistency rules says so, and why, in its note.

use live_commerce_explorer::charts::ChartSpec;
use live_commerce_explorer::checks::{self, Rule};
use live_commerce_explorer::data::{Dataset, Reading, Scope};
use live_commerce_explorer::locale::{Lang, Locale};
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::scenario::{Preset, Scenario, SeriesId};
use live_commerce_explorer::views::{self, Assumptions, tips};

fn ds() -> &'static Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dataset does not parse: {e}"),
    }
}

fn locales() -> [Locale; 2] {
    [
        Locale::en(),
        Locale {
            lang: Lang::Zh,
            ..Locale::default()
        },
    ]
}

const READINGS: [Reading; 2] = [Reading::AsPrinted, Reading::Corrected];

/// The scope and entity of a dataset id, article or later figure.
fn scope_of(ds: &Dataset, id: &str) -> Option<(String, Option<Scope>)> {
    ds.figure(id)
        .map(|f| (f.entity.clone(), f.scope))
        .or_else(|| ds.later_figure(id).map(|f| (f.entity.clone(), f.scope)))
}

/// The 2019 GMV chart and its table label every bar with the figure's entity
/// and its dataset scope, never with words of their own ("Kuaishou, total
/// e-commerce" on the chart against "live-stream e-commerce" in the data).
#[test]
fn chart_and_table_labels_state_the_datasets_scope() {
    let ds = ds();
    for l in locales() {
        for reading in READINGS {
            let mut a = Assumptions::article(ds);
            a.reading = reading;
            let v = views::build(ds, &a, None, &l).unwrap_or_else(|e| panic!("{e}"));
            let panel = &v[PanelId::Gmv];
            let ChartSpec::Gmv(chart) = &panel.spec else {
                panic!("the GMV panel draws a GMV chart")
            };
            assert_eq!(chart.bars.len(), 3);
            for bar in &chart.bars {
                let Some(f) = ds.figure(&bar.id) else {
                    panic!("{}: not an article figure", bar.id)
                };
                let Some(scope) = f.scope else {
                    panic!("{}: a GMV bar without a scope", f.id)
                };
                assert_eq!(
                    bar.label,
                    tips::scoped_name(&l, &f.entity, f.scope),
                    "{}",
                    f.id
                );
                assert!(
                    bar.label.ends_with(l.tr(scope.text())),
                    "{}: {:?} does not state {:?}",
                    f.id,
                    bar.label,
                    l.tr(scope.text())
                );
                let rows: Vec<&Vec<String>> = panel
                    .table
                    .rows
                    .iter()
                    .filter(|r| r.first() == Some(&bar.label))
                    .collect();
                assert_eq!(rows.len(), 1, "{}: one table row", f.id);
                assert_eq!(rows[0][0], bar.label, "{}: table label", f.id);
            }
        }
    }
    // Kuaishou's is all of its e-commerce, in both languages.
    let [en, zh] = locales();
    let Some(k) = ds.figure("kuaishou-gmv-2019") else {
        panic!("kuaishou-gmv-2019: missing")
    };
    assert_eq!(
        tips::scoped_name(&en, &k.entity, k.scope),
        "Kuaishou, all e-commerce"
    );
    assert_eq!(tips::scoped_name(&zh, &k.entity, k.scope), "快手，全部电商");
}

/// A series named "<platform>, <scope>" starts, under every preset and
/// reading, from a figure of that scope, and its name is the chart's label
/// for that figure in every language; a series named by its market (the
/// industry, Taobao Live) starts from live-stream figures.
#[test]
fn series_names_state_their_bases_scope() {
    let ds = ds();
    for p in [
        Preset::ArticleLow,
        Preset::ArticleHigh,
        Preset::WhatHappened,
    ] {
        for reading in READINGS {
            let s = Scenario::preset(ds, p, reading);
            for id in SeriesId::ALL {
                let Some(series) = s.get(id) else {
                    panic!("{id:?} missing")
                };
                let Some((entity, scope)) = scope_of(ds, &series.base_source) else {
                    panic!("{id:?}: base {} not in the dataset", series.base_source)
                };
                let Some(scope) = scope else {
                    panic!("{id:?}: base {} has no scope", series.base_source)
                };
                let name = id.name();
                if name.contains(", ") {
                    for l in locales() {
                        assert_eq!(
                            l.tr(name),
                            tips::scoped_name(&l, &entity, Some(scope)),
                            "{id:?} under {p:?}, {reading:?}: base {}",
                            series.base_source
                        );
                    }
                } else {
                    assert_eq!(
                        scope,
                        Scope::LiveStream,
                        "{id:?}: {name:?} does not state the scope of its base {}",
                        series.base_source
                    );
                    assert!(name.to_lowercase().contains("live"), "{id:?}: {name:?}");
                }
            }
        }
    }
}

/// Tooltips and the Sources view name a figure by its entity and metric:
/// those words agree with the scope (a live-stream figure says "live", an
/// all-e-commerce one does not).
#[test]
fn entity_and_metric_words_agree_with_the_scope() {
    let ds = ds();
    let article = ds
        .figures
        .iter()
        .map(|f| (&f.id, &f.entity, &f.metric, f.scope));
    let later = ds
        .later
        .iter()
        .map(|f| (&f.id, &f.entity, &f.metric, f.scope));
    let mut scoped = 0;
    for (id, entity, metric, scope) in article.chain(later) {
        let Some(scope) = scope else { continue };
        scoped += 1;
        let words = format!("{entity} {metric}").to_lowercase();
        match scope {
            Scope::LiveStream => assert!(words.contains("live"), "{id}: {words:?}"),
            Scope::AllEcommerce => assert!(!words.contains("live"), "{id}: {words:?}"),
        }
    }
    assert!(scoped > 10, "{scoped} scoped figures");
}

/// A later report that restates an article figure (the only scoped article
/// figure of its entity and period, in the same unit) has its scope:
/// Kuaishou's 2019 GMV is all e-commerce in `article.json` and in every
/// later row for 2019, the article's corrected reading and Kuaishou's
/// prospectus alike.
#[test]
fn later_reports_of_an_article_figure_keep_its_scope() {
    let ds = ds();
    let mut pairs = 0;
    for f in ds.figures.iter().filter(|f| f.scope.is_some()) {
        let alone = ds
            .figures
            .iter()
            .filter(|g| g.scope.is_some() && g.entity == f.entity && g.period == f.period)
            .count()
            == 1;
        if !alone {
            continue;
        }
        for g in ds
            .later
            .iter()
            .filter(|g| g.entity == f.entity && g.period == f.period && g.unit == f.unit)
        {
            pairs += 1;
            assert_eq!(g.scope, f.scope, "{} restates {}", g.id, f.id);
        }
    }
    // kuaishou-2019, kuaishou-2019-prospectus, industry-2019-iimedia.
    assert!(pairs >= 3, "{pairs} pairs");
}

/// The platforms chart says every platform's GMV but Taobao Live's is all of
/// its e-commerce: every figure it draws has that scope.
#[test]
fn the_platforms_note_matches_the_scopes_it_describes() {
    let ds = ds();
    let l = Locale::en();
    let v = views::build(ds, &Assumptions::article(ds), None, &l).unwrap_or_else(|e| panic!("{e}"));
    let panel = &v[PanelId::Platforms];
    assert!(
        panel
            .notes
            .iter()
            .any(|n| n.contains("whole e-commerce GMV (live and not), except Taobao Live's")),
        "{:#?}",
        panel.notes
    );
    let mut seen = 0;
    for id in &panel.sources {
        let Some((entity, scope)) = scope_of(ds, id) else {
            panic!("{id}: not in the dataset")
        };
        let want = if entity == "Taobao Live" {
            Scope::LiveStream
        } else {
            Scope::AllEcommerce
        };
        assert_eq!(scope, Some(want), "{id}");
        seen += 1;
    }
    assert!(seen > 10, "{seen} figures drawn");
}

/// A figure the consistency rules compare in another scope than its own
/// says so in its note, with the assumption, and the rules use it: the
/// article's Kuaishou, all e-commerce, is held against the live-commerce
/// industry.
#[test]
fn a_comparison_in_another_scope_is_an_assumption_in_the_note() {
    let ds = ds();
    assert!(ds.validate().is_empty(), "{:?}", ds.validate());
    let assumed: Vec<_> = ds
        .figures
        .iter()
        .filter(|f| f.compared_as.is_some())
        .collect();
    assert_eq!(
        assumed.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
        ["kuaishou-gmv-2019"]
    );
    for f in assumed {
        let (Some(own), Some(as_)) = (f.scope, f.compared_as) else {
            panic!("{}: compared_as without a scope", f.id)
        };
        assert_ne!(own, as_, "{}", f.id);
        let Some(note) = &f.note else {
            panic!("{}: no note", f.id)
        };
        for words in [
            &format!("Scope: {}.", own.text()),
            "Assumption of the consistency check",
            as_.text(),
            "mostly through live streams",
        ] {
            assert!(note.contains(words), "{}: {words:?} not in {note:?}", f.id);
        }
        let v = checks::check(ds, Reading::AsPrinted);
        assert!(
            v.iter().any(|x| x.rule == Rule::PlatformWithinIndustry
                && x.ids.first() == Some(&f.id)
                && x.ids.get(1).map(String::as_str) == Some("industry-2019")),
            "{}: not compared with the industry: {v:#?}",
            f.id
        );
    }
}

/// One wording per scope in the code as well: no label, note or catalogue
/// entry calls all e-commerce "total e-commerce" (电商总额).
#[test]
fn the_sources_use_one_wording_per_scope() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            files += 1;
            for old in ["total e-commerce", "电商总额", "Douyin, live stream\""] {
                assert!(!text.contains(old), "{}: {old:?}", p.display());
            }
        }
    }
    assert!(files > 20, "{files} files");
}
