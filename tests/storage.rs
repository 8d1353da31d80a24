//! Every way stored data can turn out, and every way saving can fail: nothing crashes, nothing is lost.

use mend::model::{decode, Decoded, Document, Part, Step};
use mend::model::{ApologyChange, ApologyField};
use mend::persist::{
    self, boot, save, LoadNotice, MemoryStore, Persistence, SaveError, Store, StoreError,
    BACKUP_PREFIX, DOCUMENT_KEY,
};
use mend::state::{Action, State};

const NOW: f64 = 1_795_000_500_000.0;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

fn backups(store: &MemoryStore) -> Vec<String> {
    store
        .snapshot()
        .into_iter()
        .filter(|(k, _)| k.starts_with(BACKUP_PREFIX))
        .map(|(_, v)| v)
        .collect()
}

#[test]
fn nothing_stored_is_a_fresh_start_that_writes_nothing() {
    let store = MemoryStore::default();
    let booted = boot(&store, NOW);
    assert_eq!(booted.persistence, Persistence::On);
    assert_eq!(booted.notice, None);
    assert_eq!(booted.doc, Document::default());
    assert!(store.snapshot().is_empty());
}

#[test]
fn a_version_1_document_loads_every_field() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let booted = boot(&store, NOW);
    assert_eq!(booted.notice, None);
    assert_eq!(booted.base_revision, 12);
    let apology = booted.doc.current_apology().expect("current apology");
    assert_eq!(apology.recipient, "Sam");
    assert_eq!(apology.parts.commitments.len(), 1);
    assert_eq!(apology.last_step, Step::Part(Part::Remorse));
    assert_eq!(apology.dismissed_notes, vec!["hedging:remorse".to_string()]);
}

#[test]
fn unreadable_data_is_copied_aside_and_the_original_is_untouched() {
    for name in ["truncated.json", "wrong-shape.json", "foreign.json"] {
        let raw = fixture(name);
        let store = MemoryStore::default();
        store.seed(DOCUMENT_KEY, &raw);
        let booted = boot(&store, NOW);
        assert!(
            matches!(booted.notice, Some(LoadNotice::Unreadable { .. })),
            "{name}: {:?}",
            booted.notice
        );
        assert_eq!(booted.persistence, Persistence::On, "{name}");
        assert_eq!(backups(&store), vec![raw.clone()], "{name}");
        assert_eq!(
            store.get(DOCUMENT_KEY).unwrap(),
            Some(raw.clone()),
            "{name}"
        );
        // Booting again does not copy it twice.
        boot(&store, NOW + 1.0);
        assert_eq!(backups(&store).len(), 1, "{name}");
    }
}

#[test]
fn saving_over_unreadable_data_happens_only_after_it_is_kept() {
    let raw = fixture("truncated.json");
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &raw);
    let booted = boot(&store, NOW);
    // Someone removed the backup by hand in the meantime: saving makes a new one first.
    for (key, _) in store.snapshot() {
        if key.starts_with(BACKUP_PREFIX) {
            store.remove(&key).unwrap();
        }
    }
    let revision = save(&store, &booted.doc, booted.base_revision, NOW).expect("saved");
    assert_eq!(revision, 1);
    assert_eq!(backups(&store), vec![raw]);
}

#[test]
fn unreadable_data_with_no_room_for_a_copy_is_protected_from_saves() {
    let raw = "x".repeat(5 * 1024 * 1024);
    let store = MemoryStore::with_quota(6 * 1024 * 1024);
    store.seed(DOCUMENT_KEY, &raw);
    let booted = boot(&store, NOW);
    assert!(matches!(
        booted.notice,
        Some(LoadNotice::UnreadableNotCopied { .. })
    ));
    assert!(matches!(booted.persistence, Persistence::Protecting { .. }));
    let mut state = State::from_boot(booted);
    state.reduce(Action::StartApology {
        id: "a1".into(),
        now: NOW,
        step: Step::Prepare,
    });
    assert!(!state.wants_save(), "nothing may be written over it");
    assert_eq!(store.get(DOCUMENT_KEY).unwrap(), Some(raw));
}

#[test]
fn a_five_megabyte_document_loads() {
    let mut doc = Document::default();
    let mut state = State::from_boot(persist::Boot {
        doc: doc.clone(),
        base_revision: 0,
        persistence: Persistence::On,
        notice: None,
    });
    state.reduce(Action::StartApology {
        id: "a1".into(),
        now: NOW,
        step: Step::Prepare,
    });
    state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: "I am sorry. ".repeat(5 * 1024 * 1024 / 12),
        },
    });
    doc = state.doc.clone();
    let store = MemoryStore::default();
    save(&store, &doc, 0, NOW).expect("saved");
    let booted = boot(&store, NOW);
    assert_eq!(booted.notice, None);
    assert_eq!(
        booted.doc.current_apology().unwrap().parts.remorse,
        doc.current_apology().unwrap().parts.remorse
    );
}

#[test]
fn a_newer_schema_opens_read_only_and_is_never_overwritten() {
    let raw = fixture("newer-schema.json");
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &raw);
    let booted = boot(&store, NOW);
    assert_eq!(booted.persistence, Persistence::ReadOnly { version: 2 });
    assert_eq!(booted.notice, Some(LoadNotice::Newer { version: 2 }));
    let mut state = State::from_boot(booted);
    state.reduce(Action::StartApology {
        id: "a1".into(),
        now: NOW,
        step: Step::Prepare,
    });
    assert!(!state.wants_save());
    // Even a direct save refuses.
    assert_eq!(
        save(&store, &state.doc, 40, NOW),
        Err(SaveError::NewerVersionStored { version: 2 })
    );
    assert_eq!(store.get(DOCUMENT_KEY).unwrap(), Some(raw));
}

#[test]
fn blocked_storage_starts_in_memory() {
    let booted = boot(&MemoryStore::blocked(), NOW);
    assert!(matches!(
        booted.persistence,
        Persistence::Unavailable { .. }
    ));
    let mut state = State::from_boot(booted);
    state.reduce(Action::StartApology {
        id: "a1".into(),
        now: NOW,
        step: Step::Prepare,
    });
    assert!(state.is_dirty());
    assert!(!state.wants_save());
}

#[test]
fn a_full_quota_fails_the_save_and_keeps_the_stored_copy() {
    let store = MemoryStore::with_quota(2_000);
    let mut doc = Document::default();
    let first = save(&store, &doc, 0, NOW).expect("small document fits");
    let before = store.get(DOCUMENT_KEY).unwrap();
    doc.receiver.notes = "a long note ".repeat(500);
    assert_eq!(
        save(&store, &doc, first, NOW),
        Err(SaveError::Store(StoreError::Full))
    );
    assert_eq!(store.get(DOCUMENT_KEY).unwrap(), before);
}

#[test]
fn saving_bumps_the_revision_and_stamps_the_time() {
    let store = MemoryStore::default();
    let doc = Document::default();
    assert_eq!(save(&store, &doc, 0, NOW).unwrap(), 1);
    assert_eq!(save(&store, &doc, 1, NOW + 5.0).unwrap(), 2);
    let Decoded::Current(stored) = decode(store.get(DOCUMENT_KEY).unwrap().as_deref()) else {
        panic!("not current");
    };
    assert_eq!(stored.revision, 2);
    assert_eq!(stored.saved_at, NOW + 5.0);
}

#[test]
fn erasing_data_a_newer_version_wrote_turns_saving_back_on() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("newer-schema.json"));
    let mut state = State::from_boot(boot(&store, NOW));
    assert!(matches!(state.persistence, Persistence::ReadOnly { .. }));
    persist::erase_all(&store).unwrap();
    state.reduce(Action::Erased);
    assert_eq!(state.persistence, Persistence::On);
    assert_eq!(state.notice, None);
}

#[test]
fn fields_a_newer_version_wrote_survive_a_keystroke_and_a_save() {
    let mut raw: serde_json::Value = serde_json::from_str(&fixture("v1-document.json")).unwrap();
    raw["future_top"] = serde_json::json!({ "mood": "calm", "list": [1, 2.5, "x", null] });
    raw["apologies"][0]["future_apology"] = serde_json::json!(["kept", { "exactly": true }]);
    raw["apologies"][0]["parts"]["future_part"] = serde_json::json!("a part's new field");
    raw["receiver"]["future_receiver"] = serde_json::json!(7);
    raw["forward"]["future_forward"] = serde_json::json!({ "deep": { "er": [] } });
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &raw.to_string());

    let mut state = State::from_boot(boot(&store, NOW));
    assert_eq!(state.persistence, Persistence::On);
    state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: "A keystroke.".into(),
        },
    });
    save(&store, &state.doc, state.base_revision, NOW).unwrap();
    let saved: serde_json::Value =
        serde_json::from_str(&store.get(DOCUMENT_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(saved["apologies"][0]["parts"]["remorse"], "A keystroke.");
    for path in [
        "/future_top",
        "/apologies/0/future_apology",
        "/apologies/0/parts/future_part",
        "/receiver/future_receiver",
        "/forward/future_forward",
    ] {
        assert_eq!(
            saved.pointer(path),
            raw.pointer(path),
            "{path} kept as it was"
        );
    }
    // And no known field became unknown on the way.
    let doc = match decode(Some(&saved.to_string())) {
        Decoded::Current(doc) => doc,
        other => panic!("{other:?}"),
    };
    assert_eq!(doc.unknown.len(), 1);
    assert_eq!(doc.apologies[0].unknown.len(), 1);
    assert_eq!(doc.apologies[0].parts.unknown.len(), 1);
}

#[test]
fn a_document_with_no_unknown_fields_writes_none() {
    let text = mend::model::encode(&Document::default()).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    assert!(keys.iter().all(|k| !k.starts_with("future")));
    assert!(!text.contains("unknown"));
}

#[test]
fn apologies_stored_under_one_id_each_get_their_own_and_it_is_said() {
    let mut raw: serde_json::Value = serde_json::from_str(&fixture("v1-document.json")).unwrap();
    let first = raw["apologies"][0].clone();
    let mut second = first.clone();
    second["recipient"] = serde_json::json!("Second");
    let mut third = first.clone();
    third["recipient"] = serde_json::json!("Third");
    let mut taken = first.clone();
    taken["id"] = serde_json::json!("a1-2");
    taken["recipient"] = serde_json::json!("Already a1-2");
    raw["apologies"] = serde_json::json!([first, second, taken, third]);
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &raw.to_string());

    let booted = boot(&store, NOW);
    let ids: Vec<&str> = booted.doc.apologies.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a1-3", "a1-2", "a1-4"]);
    assert_eq!(booted.notice, Some(LoadNotice::DuplicateIds { count: 2 }));
    // The words are untouched, and the one opened is still the first.
    assert_eq!(booted.doc.apologies[1].recipient, "Second");
    assert_eq!(booted.doc.current.as_deref(), Some("a1"));

    // Deleting the second deletes the second.
    let mut state = State::from_boot(booted);
    state.reduce(Action::DeleteApology { id: "a1-3".into() });
    let left: Vec<&str> = state
        .doc
        .apologies
        .iter()
        .map(|a| a.recipient.as_str())
        .collect();
    assert!(!left.contains(&"Second") && left.len() == 3);

    // An import with duplicates is given fresh ids too.
    let preview = mend::model::transfer::preview_import(&raw.to_string()).unwrap();
    assert_eq!(preview.doc.apologies[3].id, "a1-4");
}

#[test]
fn text_a_rust_string_cannot_hold_is_copied_aside_exactly_before_anything_is_written() {
    // A browser can store lone surrogates; `get` reads them as U+FFFD. MemoryStore stands in.
    let lossy = fixture("v1-document.json").replace("I feel terrible", "I feel \u{FFFD}terrible");
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &lossy);
    store.mark_inexact(DOCUMENT_KEY);

    let booted = boot(&store, NOW);
    let Some(LoadNotice::Unreadable { backup_key, .. }) = booted.notice.clone() else {
        panic!("expected a notice, got {:?}", booted.notice);
    };
    // The copy was made through `copy` (exact), not through a Rust string.
    assert!(!store.is_exact(&backup_key).unwrap());
    assert_eq!(booted.persistence, Persistence::On);
    assert!(booted.doc.apologies[0].parts.remorse.contains('\u{FFFD}'));
    // A second start makes no second copy.
    let again = boot(&store, NOW + 1.0);
    assert_eq!(again.notice, booted.notice);
    assert_eq!(backups(&store).len(), 1);

    // Saving over it then is safe: the exact copy stays; no lossy copy is added.
    let revision = save(&store, &booted.doc, booted.base_revision, NOW).unwrap();
    assert_eq!(revision, booted.base_revision + 1);
    assert_eq!(backups(&store).len(), 1);
    assert!(!store.is_exact(&backup_key).unwrap());
    assert!(store.is_exact(DOCUMENT_KEY).unwrap());
}

#[test]
fn inexact_text_with_no_room_for_a_copy_is_protected() {
    let text = fixture("v1-document.json");
    let store = MemoryStore::with_quota(text.len() + 20);
    store.seed(DOCUMENT_KEY, &text);
    store.mark_inexact(DOCUMENT_KEY);
    let booted = boot(&store, NOW);
    assert!(matches!(booted.persistence, Persistence::Protecting { .. }));
    assert!(save(&store, &booted.doc, booted.base_revision, NOW).is_err());
    assert_eq!(
        store.get(DOCUMENT_KEY).unwrap().as_deref(),
        Some(text.as_str())
    );
    assert!(!store.is_exact(DOCUMENT_KEY).unwrap());
}

#[test]
fn unreadable_inexact_text_gets_one_exact_copy_and_no_lossy_one() {
    let store = MemoryStore::default();
    store.seed(
        DOCUMENT_KEY,
        "{\"schema_version\":1,\"apologies\":\"\u{FFFD}",
    );
    store.mark_inexact(DOCUMENT_KEY);
    let booted = boot(&store, NOW);
    assert!(matches!(booted.notice, Some(LoadNotice::Unreadable { .. })));
    assert_eq!(backups(&store).len(), 1);
    save(&store, &booted.doc, booted.base_revision, NOW).unwrap();
    let kept: Vec<String> = persist::backups(&store)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(!store.is_exact(&kept[0]).unwrap());
}

#[test]
fn an_import_is_said_to_be_done_only_once_saved_and_a_failed_save_puts_back_what_was_here() {
    use mend::state::{ImportSave, SaveEvent};
    use std::rc::Rc;
    let mut here = Document::default();
    here.apologies.push(
        mend::model::Apology {
            id: "mine".into(),
            ..Default::default()
        }
        .into(),
    );
    let mut imported = Document::default();
    imported.apologies.push(
        mend::model::Apology {
            id: "theirs".into(),
            ..Default::default()
        }
        .into(),
    );
    let boot = |doc: &Document| {
        State::from_boot(persist::Boot {
            doc: doc.clone(),
            base_revision: 0,
            persistence: Persistence::On,
            notice: None,
        })
    };

    let mut state = boot(&here);
    state.reduce(Action::Import {
        doc: Rc::new(imported.clone()),
    });
    assert!(matches!(state.import, Some(ImportSave::Pending { .. })));
    state.reduce(Action::Save(SaveEvent::Failed {
        full: true,
        reason: "storage is full".into(),
    }));
    assert_eq!(state.import, Some(ImportSave::Failed { full: true }));
    assert_eq!(state.doc.apologies[0].id, "mine");
    assert!(state.before_import.is_none(), "nothing left to undo");

    let mut state = boot(&here);
    state.reduce(Action::Import {
        doc: Rc::new(imported),
    });
    let edits = state.edits;
    state.reduce(Action::Save(SaveEvent::Saved {
        edits,
        revision: 1,
        at: NOW,
    }));
    assert_eq!(state.import, Some(ImportSave::Saved));
    assert_eq!(state.doc.apologies[0].id, "theirs");
}

#[test]
fn backups_are_listed_newest_first_with_what_they_are_when_and_how_big_and_only_backups_can_be_deleted(
) {
    use mend::persist::backups::{self, BackupKind};
    let store = MemoryStore::default();
    let doc = mend::model::encode(&Document::default()).unwrap();
    store.seed("mend:backup:1795000000000", "{not json");
    store.seed("mend:backup:1795000100000", &doc);
    store.seed(
        "mend:backup:1795000100000-2",
        r#"{"base_revision":1,"at":1,"apology":{"id":"a"}}"#,
    );
    store.seed(DOCUMENT_KEY, &doc);
    let list = backups::list(&store);
    let keys: Vec<&str> = list.iter().map(|b| b.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "mend:backup:1795000100000-2",
            "mend:backup:1795000100000",
            "mend:backup:1795000000000"
        ]
    );
    assert_eq!(list[0].kind, BackupKind::Journal);
    assert_eq!(list[1].kind, BackupKind::Document { apologies: 0 });
    assert_eq!(list[2].kind, BackupKind::Unreadable);
    assert_eq!(list[2].made_at, Some(1_795_000_000_000.0));
    assert_eq!(list[2].chars, "{not json".len());

    assert!(backups::delete(&store, DOCUMENT_KEY).is_err());
    assert!(store.get(DOCUMENT_KEY).unwrap().is_some());
    backups::delete(&store, "mend:backup:1795000000000").unwrap();
    assert_eq!(backups::list(&store).len(), 2);
}

#[test]
fn an_export_can_carry_the_backups_and_importing_it_leaves_them_in_the_file() {
    use mend::model::transfer;
    let backups = vec![("mend:backup:1".to_owned(), "{not json".to_owned())];
    let text = transfer::export_json_with_backups(&Document::default(), &backups).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["mend_backups"][0]["text"], "{not json");
    let preview = transfer::preview_import(&text).unwrap();
    assert!(preview.doc.unknown.is_empty());
}
