//! The saved-scenario library over an in-memory store: the list operations,
//! every way storage can fail or hold something unreadable (nothing may be
//! lost), the scenarios file and its import errors, and round trips.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::locale::Note;
use live_commerce_explorer::saved::{
    BACKUP_KEY, ImportError, KEY, KeyValue, Library, LibraryError, MAX_FILE_BYTES, MAX_NAME_CHARS,
    MAX_QUERY_BYTES, MAX_SCENARIOS, MemoryStore, Persistence, Saved, StoreError, clean_name,
    export_file, parse_file,
};
use proptest::prelude::*;

const T0: f64 = 1_700_000_000_000.0;
const MARKUP: &str = "<img src=x onerror=alert(1)>";

/// Stands in for the share codec's check: `g` (a growth multiple) must be a
/// number from 0 to 100, and `bad` is never accepted.
fn validate(query: &str) -> Result<(), Note> {
    for pair in query.split('&') {
        if pair == "bad" {
            return Err(Note::plain("it holds an unknown setting"));
        }
        if let Some(g) = pair.strip_prefix("g=") {
            match g.parse::<f64>() {
                Ok(v) if (0.0..=100.0).contains(&v) => {}
                _ => {
                    return Err(Note::plain(format!(
                        "a growth multiple of {g} is out of range."
                    )));
                }
            }
        }
    }
    Ok(())
}

fn accept(_: &str) -> Result<(), Note> {
    Ok(())
}

/// The library and its problems, in English.
fn open_with(
    store: &MemoryStore,
    validate: &dyn Fn(&str) -> Result<(), Note>,
) -> (Library, Vec<String>) {
    let (lib, problems) = Library::open(store, validate);
    (lib, problems.iter().map(ToString::to_string).collect())
}

fn open(store: &MemoryStore) -> (Library, Vec<String>) {
    open_with(store, &validate)
}

fn names(lib: &Library) -> Vec<&str> {
    lib.items().iter().map(|s| s.name.as_str()).collect()
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/saved/{name}", env!("CARGO_MANIFEST_DIR"));
    match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => panic!("{path}: {e}"),
    }
}

fn ok<T, E: std::fmt::Display>(r: Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("unexpected error: {e}"),
    }
}

/// A store holding a library with scenarios "A" and "B".
fn two() -> (MemoryStore, Library) {
    let store = MemoryStore::new();
    let (mut lib, _) = open(&store);
    ok(lib.save(&store, "A", "v=1&g=2", T0));
    ok(lib.save(&store, "B", "v=1&g=3", T0 + 1.0));
    (store, lib)
}

/// Runs `op`, which must fail, and checks that neither the library nor the
/// store changed.
fn unchanged<T: std::fmt::Debug, E>(
    store: &MemoryStore,
    lib: &mut Library,
    op: impl FnOnce(&MemoryStore, &mut Library) -> Result<T, E>,
) -> E {
    let (before, raw, keys) = (lib.clone(), store.raw(KEY), store.keys());
    let err = match op(store, lib) {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e,
    };
    assert_eq!(*lib, before, "library changed");
    assert_eq!(store.raw(KEY), raw, "stored library changed");
    assert_eq!(store.keys(), keys, "keys changed");
    err
}

#[test]
fn empty_store_opens_empty_and_writes_nothing() {
    let store = MemoryStore::new();
    let (lib, problems) = open(&store);
    assert!(problems.is_empty());
    assert!(lib.items().is_empty());
    assert!(lib.writable());
    assert_eq!(lib.persistence(), Persistence::Stored);
    assert_eq!(store.writes(), 0);
    assert_eq!(BACKUP_KEY, format!("{KEY}.backup"));
}

#[test]
fn save_list_rename_duplicate_delete() {
    let (store, mut lib) = two();
    assert_eq!(names(&lib), ["A", "B"]);
    assert_eq!(lib.items()[1].query, "v=1&g=3");
    assert_eq!(lib.items()[1].saved_at, T0 + 1.0);

    ok(lib.rename(&store, 0, "  Optimistic "));
    assert_eq!(names(&lib), ["Optimistic", "B"]);
    ok(lib.rename(&store, 0, "B"));
    assert_eq!(names(&lib), ["B (2)", "B"]);
    ok(lib.rename(&store, 0, "B (2)"));
    assert_eq!(names(&lib), ["B (2)", "B"]);

    assert_eq!(ok(lib.duplicate(&store, 1, T0 + 5.0)), 2);
    assert_eq!(names(&lib), ["B (2)", "B", "B (copy)"]);
    assert_eq!(lib.items()[2].query, "v=1&g=3");
    assert_eq!(lib.items()[2].saved_at, T0 + 5.0);
    assert_eq!(ok(lib.duplicate(&store, 2, T0)), 3);
    assert_eq!(names(&lib), ["B (2)", "B", "B (copy)", "B (copy 2)"]);

    let gone = ok(lib.delete(&store, 1));
    assert_eq!(gone.name, "B");
    assert_eq!(names(&lib), ["B (2)", "B (copy)", "B (copy 2)"]);
    // Undo puts it back where it was, as it was, and in the store.
    assert_eq!(ok(lib.restore(&store, 1, gone.clone())), 1);
    assert_eq!(names(&lib), ["B (2)", "B", "B (copy)", "B (copy 2)"]);
    assert_eq!(lib.items()[1], gone);
    assert_eq!(names(&open(&store).0), names(&lib));
    let gone = ok(lib.delete(&store, 1));
    // Past the end it goes last; a name taken meanwhile gets " (2)".
    assert_eq!(ok(lib.save(&store, "B", "v=1", T0)), 3);
    assert_eq!(ok(lib.restore(&store, 9, gone)), 4);
    assert_eq!(
        names(&lib),
        ["B (2)", "B (copy)", "B (copy 2)", "B", "B (3)"]
    );
    ok(lib.delete(&store, 4));
    ok(lib.delete(&store, 3));
    assert_eq!(ok(lib.save(&store, "B (copy)", "v=1", T0)), 3);
    assert_eq!(lib.items()[3].name, "B (copy) (2)");

    assert_eq!(
        unchanged(&store, &mut lib, |s, l| l.delete(s, 9)),
        LibraryError::NoSuchScenario(9)
    );
    assert_eq!(
        unchanged(&store, &mut lib, |s, l| l.rename(s, 4, "x")),
        LibraryError::NoSuchScenario(4)
    );
    assert_eq!(
        unchanged(&store, &mut lib, |s, l| l.duplicate(s, 4, T0)),
        LibraryError::NoSuchScenario(4)
    );
}

#[test]
fn reopening_gives_the_same_items() {
    let (store, mut lib) = two();
    ok(lib.save(&store, MARKUP, "v=1&g=4", T0 + 2.0));
    ok(lib.rename(&store, 0, "Ünïcödé 直播 🛒"));
    let (again, problems) = open(&store);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(again.items(), lib.items());
    assert_eq!(again.items()[2].name, MARKUP);
}

#[test]
fn names_are_cleaned_and_made_unique() {
    let (store, mut lib) = two();
    for blank in ["", "   ", "\u{0}\t\n", "\u{202E}"] {
        assert_eq!(
            unchanged(&store, &mut lib, |s, l| l.save(s, blank, "v=1", T0)),
            LibraryError::EmptyName
        );
        assert_eq!(
            unchanged(&store, &mut lib, |s, l| l.rename(s, 0, blank)),
            LibraryError::EmptyName
        );
    }
    let i = ok(lib.save(&store, " Line\none\u{7}\r\n two ", "v=1", T0));
    assert_eq!(lib.items()[i].name, "Line one two");
    let long = "長".repeat(200);
    let i = ok(lib.save(&store, &long, "v=1", T0));
    assert_eq!(lib.items()[i].name, "長".repeat(MAX_NAME_CHARS));
    let i = ok(lib.save(&store, &long, "v=1", T0));
    assert_eq!(lib.items()[i].name.chars().count(), MAX_NAME_CHARS);
    assert!(lib.items()[i].name.ends_with("長 (2)"));
    let i = ok(lib.save(&store, "A", "v=1", T0));
    assert_eq!(lib.items()[i].name, "A (2)");
    let i = ok(lib.save(&store, "A", "v=1", T0));
    assert_eq!(lib.items()[i].name, "A (3)");
}

#[test]
fn markup_in_a_name_is_just_text_through_save_export_and_import() {
    let store = MemoryStore::new();
    let (mut lib, _) = open(&store);
    let tricky = format!("{MARKUP} \"quoted\" & </script>");
    ok(lib.save(&store, &tricky, "v=1&g=2", T0));
    assert_eq!(lib.items()[0].name, tricky);
    let file = export_file(lib.items());
    // JSON-escaped (the quotes), never HTML-escaped.
    assert!(file.contains(MARKUP));
    assert!(file.contains(r#"\"quoted\" & </script>"#));
    assert!(!file.contains("&lt;"));

    let other = MemoryStore::new();
    let (mut fresh, _) = open(&other);
    assert_eq!(ok(fresh.import(&other, file.as_bytes(), &validate, T0)), 1);
    assert_eq!(fresh.items(), lib.items());
    let (reopened, _) = open(&other);
    assert_eq!(reopened.items()[0].name, tricky);
}

#[test]
fn corrupt_store_is_backed_up_and_new_saves_work() {
    let store = MemoryStore::with(&[(KEY, "{\"format\": \"live-commerce-ex")]);
    let (mut lib, problems) = open(&store);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("could not be read"), "{}", problems[0]);
    assert!(problems[0].contains("kept aside"), "{}", problems[0]);
    assert_eq!(
        store.raw(BACKUP_KEY).as_deref(),
        Some("{\"format\": \"live-commerce-ex")
    );
    assert!(lib.writable());
    assert!(lib.items().is_empty());
    // Still there until the first save replaces it.
    assert_eq!(
        store.raw(KEY).as_deref(),
        Some("{\"format\": \"live-commerce-ex")
    );

    ok(lib.save(&store, "Fresh", "v=1&g=2", T0));
    let (again, problems) = open(&store);
    assert!(problems.is_empty());
    assert_eq!(names(&again), ["Fresh"]);
    assert_eq!(
        store.raw(BACKUP_KEY).as_deref(),
        Some("{\"format\": \"live-commerce-ex")
    );
}

#[test]
fn backups_are_never_overwritten() {
    let store = MemoryStore::with(&[(KEY, "first corrupt")]);
    let (_, problems) = open(&store);
    assert!(problems[0].contains("kept aside"));
    // The same data again: already kept, no second copy.
    let (_, problems) = open(&store);
    assert!(problems[0].contains("kept aside"));
    assert_eq!(store.keys(), [KEY, BACKUP_KEY]);

    store.insert(KEY, "second corrupt");
    let (_, problems) = open(&store);
    let second = format!("{BACKUP_KEY}.2");
    assert!(problems[0].contains("kept aside"), "{}", problems[0]);
    assert_eq!(store.raw(BACKUP_KEY).as_deref(), Some("first corrupt"));
    assert_eq!(store.raw(&second).as_deref(), Some("second corrupt"));
}

#[test]
fn wrong_schema_in_store_counts_as_unreadable() {
    for raw in [
        "[1, 2, 3]",
        "{\"some\": \"other app\"}",
        "{\"format\":\"live-commerce-explorer/scenarios\",\"version\":1,\"scenarios\":7}",
        "{\"format\":\"live-commerce-explorer/scenarios\",\"scenarios\":[]}",
        "{\"format\":\"live-commerce-explorer/scenarios\",\"version\":\"one\",\"scenarios\":[]}",
    ] {
        let store = MemoryStore::with(&[(KEY, raw)]);
        let (lib, problems) = open(&store);
        assert_eq!(problems.len(), 1, "{raw}");
        assert_eq!(store.raw(BACKUP_KEY).as_deref(), Some(raw));
        assert!(lib.writable());
    }
}

#[test]
fn when_the_backup_fails_the_library_is_read_only() {
    let store = MemoryStore::with(&[(KEY, "not json at all")]);
    store.set_full(true);
    let (mut lib, problems) = open(&store);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("turned off"), "{}", problems[0]);
    assert!(problems[0].contains("full"), "{}", problems[0]);
    assert!(!lib.writable());
    assert_eq!(lib.persistence(), Persistence::ReadOnly);

    store.set_full(false);
    let err = unchanged(&store, &mut lib, |s, l| l.save(s, "New", "v=1", T0));
    assert!(matches!(err, LibraryError::ReadOnly(_)));
    assert!(err.to_string().contains("Saving is turned off"), "{err}");
    let err = unchanged(&store, &mut lib, |s, l| {
        l.import(s, &fixture("single.json"), &validate, T0)
    });
    assert!(matches!(
        err,
        ImportError::Library(LibraryError::ReadOnly(_))
    ));
    assert_eq!(store.raw(KEY).as_deref(), Some("not json at all"));
    assert_eq!(store.writes(), 0);
}

#[test]
fn a_newer_stored_version_is_left_alone() {
    let raw = String::from_utf8(fixture("newer.json")).unwrap_or_default();
    let store = MemoryStore::with(&[(KEY, &raw)]);
    let (mut lib, problems) = open(&store);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("newer version"), "{}", problems[0]);
    assert!(!lib.writable());
    unchanged(&store, &mut lib, |s, l| l.save(s, "x", "v=1", T0));
    assert_eq!(store.keys(), [KEY]);
    assert_eq!(store.raw(KEY), Some(raw));
}

#[test]
fn unavailable_storage_keeps_scenarios_for_this_page_only() {
    let store = MemoryStore::with(&[(KEY, "whatever is there")]);
    store.set_unavailable(true);
    let (mut lib, problems) = open(&store);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("only until this page is closed"));
    assert!(lib.writable());
    assert_eq!(lib.persistence(), Persistence::SessionOnly);

    ok(lib.save(&store, "A", "v=1&g=2", T0));
    ok(lib.duplicate(&store, 0, T0));
    ok(lib.rename(&store, 1, "C"));
    ok(lib.import(&store, &fixture("single.json"), &validate, T0));
    ok(lib.delete(&store, 0));
    assert_eq!(names(&lib), ["C", "Only one"]);
    // What could not be read was not touched, even once storage comes back.
    store.set_unavailable(false);
    ok(lib.save(&store, "D", "v=1", T0));
    assert_eq!(store.writes(), 0);
    assert_eq!(store.raw(KEY).as_deref(), Some("whatever is there"));

    let lib = Library::in_memory();
    assert_eq!(lib.persistence(), Persistence::SessionOnly);
}

#[test]
fn a_full_store_changes_nothing() {
    let (store, mut lib) = two();
    store.set_full(true);
    let err = unchanged(&store, &mut lib, |s, l| l.save(s, "C", "v=1", T0));
    assert!(matches!(err, LibraryError::Store(StoreError::Full(_))));
    assert!(err.to_string().contains("full"), "{err}");
    assert!(err.to_string().contains("nothing was changed"), "{err}");
    unchanged(&store, &mut lib, |s, l| l.rename(s, 0, "Z"));
    unchanged(&store, &mut lib, |s, l| l.duplicate(s, 0, T0));
    unchanged(&store, &mut lib, |s, l| l.delete(s, 0));
    let err = unchanged(&store, &mut lib, |s, l| {
        l.import(s, &fixture("two.json"), &validate, T0)
    });
    assert!(matches!(
        err,
        ImportError::Library(LibraryError::Store(StoreError::Full(_)))
    ));

    // A quota: small saves fit, a large one does not.
    store.set_full(false);
    store.set_quota(Some(store.used() + 200));
    ok(lib.save(&store, "Small", "v=1", T0));
    let big = "v=1&x=".to_owned() + &"9".repeat(400);
    unchanged(&store, &mut lib, |s, l| l.save(s, "Big", &big, T0));
    assert_eq!(open(&store).0.items(), lib.items());
}

#[test]
fn storage_lost_mid_session_fails_the_save() {
    let (store, mut lib) = two();
    store.set_unavailable(true);
    let err = unchanged(&store, &mut lib, |s, l| l.save(s, "C", "v=1", T0));
    assert!(matches!(
        err,
        LibraryError::Store(StoreError::Unavailable(_))
    ));
    assert_eq!(lib.persistence(), Persistence::Stored);
}

#[test]
fn another_tab_s_changes_are_not_overwritten() {
    let (store, mut lib) = two();
    let (mut other_tab, _) = open(&store);
    ok(other_tab.save(&store, "From the other tab", "v=1", T0));
    let err = unchanged(&store, &mut lib, |s, l| l.save(s, "C", "v=1", T0));
    assert_eq!(err, LibraryError::ChangedElsewhere);
    assert!(err.to_string().contains("another tab"));
    let (mut lib, _) = open(&store);
    ok(lib.save(&store, "C", "v=1", T0));
    assert_eq!(names(&lib), ["A", "B", "From the other tab", "C"]);
}

#[test]
fn entries_failing_validation_are_set_aside_not_dropped() {
    let (store, mut lib) = two();
    ok(lib.save(&store, "Absurd later", "v=1&g=50", T0));
    // A stricter codec (a later app version, or a hand-edited store).
    let strict = |q: &str| match q.contains("g=50") {
        true => Err(Note::plain("a growth multiple of 50 is out of range")),
        false => validate(q),
    };
    let (mut lib, problems) = open_with(&store, &strict);
    assert_eq!(names(&lib), ["A", "B"]);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("“Absurd later”"), "{}", problems[0]);
    assert!(problems[0].contains("out of range"), "{}", problems[0]);
    assert_eq!(lib.set_aside().len(), 1);
    assert_eq!(lib.set_aside()[0].name.as_deref(), Some("Absurd later"));

    // Saves keep it in storage; a codec that accepts it brings it back.
    ok(lib.save(&store, "C", "v=1", T0));
    assert!(store.raw(KEY).unwrap_or_default().contains("g=50"));
    let (lib2, problems) = open_with(&store, &strict);
    assert_eq!(problems.len(), 1);
    assert_eq!(names(&lib2), ["A", "B", "C"]);
    let (lenient, problems) = open(&store);
    assert!(problems.is_empty());
    assert_eq!(names(&lenient), ["A", "B", "C", "Absurd later"]);

    // Only the user's word removes it.
    assert_eq!(ok(lib.discard_set_aside(&store)), 1);
    assert!(!store.raw(KEY).unwrap_or_default().contains("g=50"));
    assert_eq!(names(&open(&store).0), ["A", "B", "C"]);
}

#[test]
fn malformed_stored_entries_are_set_aside_and_summed_up() {
    let mut entries = vec![
        r#"{"name":"Good","query":"v=1"}"#.to_owned(),
        r#""just a string""#.to_owned(),
        r#"{"query":"v=1"}"#.to_owned(),
    ];
    entries.extend((0..6).map(|i| format!(r#"{{"name":"Bad {i}","query":"bad"}}"#)));
    let raw = format!(
        r#"{{"format":"live-commerce-explorer/scenarios","version":1,"scenarios":[{}]}}"#,
        entries.join(",")
    );
    let store = MemoryStore::with(&[(KEY, &raw)]);
    let (mut lib, problems) = open(&store);
    assert_eq!(names(&lib), ["Good"]);
    assert_eq!(lib.set_aside().len(), 8);
    assert_eq!(problems.len(), 6, "{problems:#?}");
    assert!(problems[0].contains("without a name"));
    assert!(problems[5].starts_with("3 more"), "{}", problems[5]);
    ok(lib.delete(&store, 0));
    let (lib, _) = open(&store);
    assert!(lib.items().is_empty());
    assert_eq!(lib.set_aside().len(), 8);
}

#[test]
fn the_library_is_capped() {
    let store = MemoryStore::new();
    let (mut lib, _) = open(&store);
    for i in 0..MAX_SCENARIOS {
        ok(lib.save(&store, &format!("S{i}"), "v=1", T0));
    }
    assert_eq!(
        unchanged(&store, &mut lib, |s, l| l.save(s, "One more", "v=1", T0)),
        LibraryError::TooMany
    );
    assert_eq!(
        unchanged(&store, &mut lib, |s, l| l.duplicate(s, 0, T0)),
        LibraryError::TooMany
    );
    let err = unchanged(&store, &mut lib, |s, l| {
        l.import(s, &fixture("single.json"), &validate, T0)
    });
    assert_eq!(
        err,
        ImportError::LibraryFull {
            have: MAX_SCENARIOS,
            adding: 1
        }
    );
    // What it exports it can import.
    let file = export_file(lib.items());
    assert_eq!(
        ok(parse_file(file.as_bytes(), &validate)).len(),
        MAX_SCENARIOS
    );

    let long = "v=1&".to_owned() + &"x".repeat(MAX_QUERY_BYTES);
    let (store, mut lib) = two();
    assert!(matches!(
        unchanged(&store, &mut lib, |s, l| l.save(s, "Long", &long, T0)),
        LibraryError::TooLong(_)
    ));
}

#[test]
fn export_has_the_documented_shape() {
    let (_, lib) = two();
    let file = export_file(lib.items());
    assert!(file.contains('\n'), "pretty");
    assert!(file.contains("\"savedAt\": 1700000000001\n"), "{file}");
    let v: serde_json::Value = ok(serde_json::from_str(&file));
    assert_eq!(v["format"], "live-commerce-explorer/scenarios");
    assert_eq!(v["version"], 1);
    assert_eq!(v["scenarios"][0]["name"], "A");
    assert_eq!(v["scenarios"][0]["query"], "v=1&g=2");
    assert_eq!(v["scenarios"][1]["savedAt"], T0 + 1.0);
    assert!(v.get("setAside").is_none());
}

#[test]
fn fixtures_parse_as_expected() {
    let two = ok(parse_file(&fixture("two.json"), &validate));
    assert_eq!(
        two,
        [
            Saved {
                name: "Article's forecast".into(),
                query: "v=1&g=2".into(),
                saved_at: T0
            },
            Saved {
                name: MARKUP.into(),
                query: "v=1&g=3.5".into(),
                saved_at: T0 + 1000.0
            },
        ]
    );
    assert_eq!(ok(parse_file(&fixture("single.json"), &validate)).len(), 1);
    let hand = ok(parse_file(&fixture("no-time.json"), &validate));
    assert_eq!(hand[0].name, "Hand written");
    assert_eq!(hand[0].saved_at, 0.0);

    let store = MemoryStore::new();
    let (mut lib, _) = open(&store);
    ok(lib.import(&store, &fixture("no-time.json"), &validate, T0 + 7.0));
    assert_eq!(lib.items()[0].saved_at, T0 + 7.0);
}

#[test]
fn import_errors_name_the_problem_and_change_nothing() {
    let (store, mut lib) = two();
    let mut import =
        |file: &[u8]| unchanged(&store, &mut lib, |s, l| l.import(s, file, &validate, T0));

    let e = import(&fixture("not-json.csv"));
    assert!(matches!(e, ImportError::NotJson(_)), "{e:?}");
    // The parser's words stay out of the message.
    assert!(e.to_string().contains("cannot be read"), "{e}");
    assert!(!e.to_string().contains("line 1"), "{e}");

    assert_eq!(import(&[0xff, 0xfe, b'{', b'}']), ImportError::NotUtf8);
    assert_eq!(
        import(&fixture("other-format.json")),
        ImportError::NotScenarioFile
    );
    assert_eq!(import(b"[]"), ImportError::NotScenarioFile);

    let e = import(&fixture("wrong-schema.json"));
    assert!(matches!(e, ImportError::Schema(_)), "{e:?}");
    assert!(e.to_string().contains("not a list"), "{e}");

    let e = import(&fixture("newer.json"));
    assert_eq!(e, ImportError::NewerVersion(2));
    assert!(e.to_string().contains("newer version"), "{e}");

    let e = import(&fixture("absurd.json"));
    assert_eq!(
        e,
        ImportError::Entry {
            index: 2,
            name: Some("Growth to the moon".into()),
            reason: Note::plain("a growth multiple of 1e300 is out of range.")
        }
    );
    let text = e.to_string();
    assert!(text.contains("Scenario 2"), "{text}");
    assert!(text.contains("“Growth to the moon”"), "{text}");
    assert!(
        text.contains("(a growth multiple of 1e300 is out of range), so nothing"),
        "{text}"
    );

    let empty = br#"{"format":"live-commerce-explorer/scenarios","version":1,"scenarios":[]}"#;
    assert_eq!(import(empty), ImportError::NoScenarios);

    let missing = br#"{"format":"live-commerce-explorer/scenarios","version":1,"scenarios":[{"name":"No query"}]}"#;
    let e = import(missing);
    assert!(
        matches!(&e, ImportError::Entry { index: 1, name: Some(n), .. } if n == "No query"),
        "{e:?}"
    );
    assert!(e.to_string().contains("no link"), "{e}");
    let nameless = br#"{"format":"live-commerce-explorer/scenarios","version":1,"scenarios":[{"name":"ok","query":"v=1"},{"query":"v=1"}]}"#;
    assert!(matches!(
        import(nameless),
        ImportError::Entry {
            index: 2,
            name: None,
            ..
        }
    ));

    let entry = r#"{"name":"x","query":"v=1"}"#;
    let many = format!(
        r#"{{"format":"live-commerce-explorer/scenarios","version":1,"scenarios":[{}]}}"#,
        vec![entry; MAX_SCENARIOS + 1].join(",")
    );
    assert_eq!(
        import(many.as_bytes()),
        ImportError::TooMany(MAX_SCENARIOS + 1)
    );

    let long = format!(
        r#"{{"format":"live-commerce-explorer/scenarios","version":1,"scenarios":[{{"name":"Long","query":"{}"}}]}}"#,
        "q".repeat(MAX_QUERY_BYTES + 1)
    );
    assert!(import(long.as_bytes()).to_string().contains("too long"));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let store = MemoryStore::new();
    let (mut lib, _) = open(&store);
    // Valid JSON, one byte too many: only the size can refuse it.
    let mut file = export_file(&[Saved {
        name: "Big".into(),
        query: "v=1".into(),
        saved_at: T0,
    }])
    .into_bytes();
    file.resize(MAX_FILE_BYTES + 1, b' ');
    let called = std::cell::Cell::new(false);
    let spy = |_: &str| {
        called.set(true);
        Ok(())
    };
    let e = unchanged(&store, &mut lib, |s, l| l.import(s, &file, &spy, T0));
    assert_eq!(e, ImportError::TooLarge(MAX_FILE_BYTES + 1));
    assert!(e.to_string().contains("too large"));
    assert!(!called.get());
    // At the limit it is read.
    file.truncate(MAX_FILE_BYTES);
    assert_eq!(ok(lib.import(&store, &file, &spy, T0)), 1);
    assert!(called.get());
}

#[test]
fn imported_names_that_clash_get_suffixes() {
    let (store, mut lib) = two();
    let file = export_file(&[
        Saved {
            name: "A".into(),
            query: "v=1&g=5".into(),
            saved_at: T0,
        },
        Saved {
            name: "C".into(),
            query: "v=1".into(),
            saved_at: T0,
        },
        Saved {
            name: "C".into(),
            query: "v=1".into(),
            saved_at: T0,
        },
    ]);
    assert_eq!(ok(lib.import(&store, file.as_bytes(), &validate, T0)), 3);
    assert_eq!(names(&lib), ["A", "B", "A (2)", "C", "C (2)"]);
    assert_eq!(lib.items()[2].query, "v=1&g=5");
    // Importing the library's own export doubles it, suffixing every name.
    let again = export_file(lib.items());
    assert_eq!(ok(lib.import(&store, again.as_bytes(), &validate, T0)), 5);
    assert_eq!(lib.items().len(), 10);
    assert_eq!(lib.items()[5].name, "A (3)");
    assert_eq!(open(&store).0.items(), lib.items());
}

#[test]
fn a_single_scenario_export_imports() {
    let (store, mut lib) = two();
    let one = export_file(std::slice::from_ref(&lib.items()[1]));
    let parsed = ok(parse_file(one.as_bytes(), &validate));
    assert_eq!(parsed, [lib.items()[1].clone()]);
    assert_eq!(ok(lib.import(&store, one.as_bytes(), &validate, T0)), 1);
    assert_eq!(names(&lib), ["A", "B", "B (2)"]);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut file = "\u{FEFF}".as_bytes().to_vec();
    file.extend(fixture("single.json"));
    assert_eq!(ok(parse_file(&file, &validate)).len(), 1);
}

#[test]
fn errors_read_as_sentences() {
    let all_library = [
        LibraryError::ReadOnly(Note::plain("your saved scenarios could not be read.")),
        LibraryError::EmptyName,
        LibraryError::NoSuchScenario(3),
        LibraryError::TooMany,
        LibraryError::TooLong(99_999),
        LibraryError::ChangedElsewhere,
        LibraryError::Store(StoreError::Other(String::new())),
    ];
    for e in all_library {
        let text = e.to_string();
        assert!(text.ends_with('.'), "{text}");
        assert!(text.starts_with(char::is_uppercase), "{text}");
        assert!(!text.contains(".."), "{text}");
        let _: &dyn std::error::Error = &e;
    }
    let all_import = [
        ImportError::TooLarge(2_000_000),
        ImportError::NotUtf8,
        ImportError::NotJson("expected value at line 1 column 1".into()),
        ImportError::NotScenarioFile,
        ImportError::NewerVersion(3),
        ImportError::Schema(Note::plain("it has no version")),
        ImportError::NoScenarios,
        ImportError::TooMany(500),
        ImportError::Entry {
            index: 1,
            name: None,
            reason: Note::plain("bad."),
        },
        ImportError::LibraryFull {
            have: 150,
            adding: 60,
        },
        ImportError::Library(LibraryError::TooMany),
    ];
    for e in all_import {
        let text = e.to_string();
        assert!(text.ends_with('.'), "{text}");
        assert!(!text.contains(".."), "{text}");
        let _: &dyn std::error::Error = &e;
    }
}

/// Names as people type and paste them: any text, with markup and unicode
/// over-represented.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,100}",
        ".{0,120}",
        Just(MARKUP.to_owned()),
        "[<>&\"' a-z/=()]{1,40}",
        "[直播电商 🛒é\u{202E}\t\n]{1,30}",
    ]
}

fn any_query() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9=&.%-]{0,200}", "\\PC{0,200}", ".{0,50}"]
}

proptest! {
    #[test]
    fn clean_names_are_clean(raw in any_name()) {
        let name = clean_name(&raw);
        prop_assert_eq!(clean_name(&name), name.clone());
        prop_assert!(name.chars().count() <= MAX_NAME_CHARS);
        prop_assert!(!name.chars().any(char::is_control));
        prop_assert_eq!(name.trim(), name.as_str());
    }

    #[test]
    fn export_then_import_round_trips(
        entries in prop::collection::vec((any_name(), any_query(), 0u64..4_000_000_000_000), 1..20)
    ) {
        let store = MemoryStore::new();
        let (mut lib, _) = Library::open(&store, &accept);
        for (name, query, t) in &entries {
            match lib.save(&store, name, query, *t as f64) {
                Ok(_) | Err(LibraryError::EmptyName) => {}
                Err(e) => return Err(TestCaseError::fail(e.to_string())),
            }
        }
        prop_assume!(!lib.items().is_empty());
        let file = export_file(lib.items());
        prop_assert_eq!(parse_file(file.as_bytes(), &accept), Ok(lib.items().to_vec()));

        let other = MemoryStore::new();
        let (mut fresh, _) = Library::open(&other, &accept);
        prop_assert_eq!(fresh.import(&other, file.as_bytes(), &accept, 0.0), Ok(lib.items().len()));
        prop_assert_eq!(fresh.items(), lib.items());
        let (reopened, problems) = Library::open(&other, &accept);
        prop_assert!(problems.is_empty());
        prop_assert_eq!(reopened.items(), lib.items());
    }

    /// Any sequence of changes, some refused by a full store: the list in
    /// memory always equals what reopening the store gives, and a refused
    /// change changes nothing.
    #[test]
    fn memory_and_store_agree(ops in prop::collection::vec((0u8..6, any_name(), 0usize..8), 1..40)) {
        let store = MemoryStore::new();
        let (mut lib, _) = Library::open(&store, &accept);
        for (op, name, i) in ops {
            let before = lib.items().to_vec();
            let result = match op {
                0 => lib.save(&store, &name, &format!("v=1&n={i}"), i as f64).map(drop),
                1 => lib.rename(&store, i, &name),
                2 => lib.duplicate(&store, i, 1.0).map(drop),
                3 => lib.delete(&store, i).map(drop),
                4 => {
                    store.set_full(i < 4);
                    Ok(())
                }
                _ => {
                    store.set_full(false);
                    Ok(())
                }
            };
            if result.is_err() {
                prop_assert_eq!(lib.items(), before.as_slice());
            }
            let (reopened, problems) = Library::open(&store, &accept);
            prop_assert!(problems.is_empty());
            prop_assert_eq!(reopened.items(), lib.items());
            let mut seen: Vec<&str> = names(&lib);
            seen.sort_unstable();
            seen.dedup();
            prop_assert_eq!(seen.len(), lib.items().len(), "names are unique");
        }
    }
}

#[test]
fn memory_store_knobs() {
    let store = MemoryStore::new();
    ok(store.set("k", "v"));
    assert_eq!(ok(store.get("k")).as_deref(), Some("v"));
    store.set_unavailable(true);
    assert!(matches!(store.get("k"), Err(StoreError::Unavailable(_))));
    assert!(matches!(store.remove("k"), Err(StoreError::Unavailable(_))));
    store.set_unavailable(false);
    store.set_quota(Some(4));
    assert!(matches!(store.set("k", "vvvv"), Err(StoreError::Full(_))));
    ok(store.set("k", "vv"));
    ok(store.remove("k"));
    assert_eq!(ok(store.get("k")), None);
    assert_eq!(store.writes(), 3);
}
