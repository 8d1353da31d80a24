//! Export and import: a file round-trips everything, and every kind of bad file is refused with its own reason.

use std::rc::Rc;

use mend::model::transfer::{export_json, export_text, merge, preview_import, ImportError};
use mend::model::{decode, Decoded, Document};
use mend::persist::{erase_all, MemoryStore, Store, DOCUMENT_KEY};
use mend::state::{Action, State};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

fn full_document() -> Document {
    match decode(Some(&fixture("v1-document.json"))) {
        Decoded::Current(doc) => doc,
        other => panic!("fixture should load: {other:?}"),
    }
}

#[test]
fn export_then_import_round_trips_every_field() {
    let doc = full_document();
    let file = export_json(&doc).unwrap();
    let preview = preview_import(&file).expect("valid export");
    assert_eq!(preview.doc, doc);
    assert_eq!(preview.apologies, 1);
    // Field by field, as JSON: every value in the fixture comes back exactly.
    let original: serde_json::Value = serde_json::from_str(&fixture("v1-document.json")).unwrap();
    let again: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_contains(&again, &original, "$");
}

/// Every field of `expected` is in `actual` with the same value (fields added since are allowed).
fn assert_contains(actual: &serde_json::Value, expected: &serde_json::Value, path: &str) {
    match (actual, expected) {
        (serde_json::Value::Object(a), serde_json::Value::Object(e)) => {
            for (key, value) in e {
                let inner = a.get(key).unwrap_or_else(|| panic!("{path}.{key} missing"));
                assert_contains(inner, value, &format!("{path}.{key}"));
            }
        }
        (serde_json::Value::Array(a), serde_json::Value::Array(e)) => {
            assert_eq!(a.len(), e.len(), "{path} length");
            for (i, (x, y)) in a.iter().zip(e).enumerate() {
                assert_contains(x, y, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(actual, expected, "{path}"),
    }
}

/// Every field of the whole model, from a fixture in which none is left at its default: the
/// export must give back exactly the same JSON. (A field added to the model appears here at its
/// default and fails `no_defaults_in`, until the fixture is extended.)
#[test]
fn every_field_of_the_whole_model_round_trips() {
    let text = fixture("full-document.json");
    let fixture_json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let doc = match decode(Some(&text)) {
        Decoded::Current(doc) => doc,
        other => panic!("full fixture should load: {other:?}"),
    };
    let exported: serde_json::Value = serde_json::from_str(&export_json(&doc).unwrap()).unwrap();
    no_defaults_in(&exported, "$");
    assert_eq!(exported, fixture_json);
    assert_eq!(
        preview_import(&export_json(&doc).unwrap()).unwrap().doc,
        doc
    );
}

fn no_defaults_in(value: &serde_json::Value, path: &str) {
    use serde_json::Value;
    match value {
        Value::Null => panic!("{path} is null: fill it in the full fixture"),
        Value::Array(items) if items.is_empty() => panic!("{path} is empty in the full fixture"),
        Value::Object(map) if map.is_empty() => panic!("{path} is empty in the full fixture"),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                no_defaults_in(item, &format!("{path}[{i}]"));
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                no_defaults_in(item, &format!("{path}.{key}"));
            }
        }
        // "We talked it through" is a dated marker whose text may rightly be empty.
        Value::String(s) if s.is_empty() && !path.contains("talked_through") => {
            panic!("{path} is an empty string in the full fixture")
        }
        _ => {}
    }
}

#[test]
fn each_kind_of_bad_file_has_its_own_reason() {
    let cases: Vec<(String, ImportError)> = vec![
        ("".into(), ImportError::Empty),
        ("   \n".into(), ImportError::Empty),
        (fixture("truncated.json"), ImportError::Truncated),
        ("this is a letter, not a file".into(), ImportError::NotJson),
        (fixture("foreign.json"), ImportError::NotMend),
        ("[1,2,3]".into(), ImportError::NotMend),
        (
            fixture("newer-schema.json"),
            ImportError::Newer { version: 2 },
        ),
        (fixture("wrong-shape.json"), ImportError::Damaged),
    ];
    for (text, expected) in cases {
        assert_eq!(preview_import(&text).unwrap_err(), expected, "for {text:?}");
    }
}

#[test]
fn a_hand_corrupted_export_is_refused() {
    let file = export_json(&full_document()).unwrap();
    let corrupted = file.replace("\"parts\":{", "\"parts\":[");
    assert_ne!(corrupted, file, "the corruption applied");
    assert!(preview_import(&corrupted).is_err());
    let cut = &file[..file.len() / 2];
    assert_eq!(preview_import(cut).unwrap_err(), ImportError::Truncated);
}

#[test]
fn adding_keeps_both_and_never_doubles_the_same_apology() {
    let here = full_document();
    let mut incoming = full_document();
    let mut changed = incoming.apologies[0].clone();
    changed.parts.remorse = "Different words.".into();
    incoming.apologies.push(changed);
    let mut n = 0;
    let merged = merge(here.clone(), incoming, &mut || {
        n += 1;
        format!("new{n}")
    });
    assert_eq!(merged.apologies.len(), 2, "identical apology not doubled");
    assert_eq!(merged.apologies[1].id, "new1");
    assert_eq!(merged.apologies[1].parts.remorse, "Different words.");
    assert_eq!(merged.apologies[0], here.apologies[0]);
}

#[test]
fn replacing_can_be_undone_exactly() {
    let mut state = State::from_boot(mend::persist::Boot {
        doc: full_document(),
        base_revision: 12,
        persistence: mend::persist::Persistence::On,
        notice: None,
    });
    let before = state.doc.clone();
    state.reduce(Action::Import {
        doc: Rc::new(Document::default()),
    });
    assert!(state.doc.apologies.is_empty());
    assert!(state.wants_save());
    state.reduce(Action::UndoImport);
    assert_eq!(state.doc, before);
}

#[test]
fn delete_everything_removes_every_key_the_app_wrote_and_nothing_else() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    store.seed("mend:backup:1", "old");
    store.seed("another-app", "theirs");
    assert_eq!(erase_all(&store).unwrap(), 2);
    assert_eq!(store.keys().unwrap(), vec!["another-app".to_string()]);

    let mut state = State::from_boot(mend::persist::boot(&store, 0.0));
    state.reduce(Action::Erased);
    assert!(!state.wants_save(), "nothing is written back after erasing");
}

#[test]
fn the_text_export_holds_every_written_apology() {
    let text = export_text(&full_document(), |a| format!("To {}", a.recipient));
    assert!(text.starts_with("To Sam\n\nSam,\n\nI know I hurt you"));
    assert!(text.contains("I'd like to ask how I can make this right."));
}

#[test]
fn adding_joins_the_receivers_notes_and_the_plan_item_by_item() {
    // (Texts: see also `adding_keeps_both_devices_words`.)
    let incoming = match decode(Some(&fixture("full-document.json"))) {
        Decoded::Current(doc) => doc,
        other => panic!("{other:?}"),
    };
    let mut here = Document::default();
    here.forward.wins.push(mend::model::Entry {
        id: "w-here".into(),
        date: 1.0,
        text: "A win written here.".into(),
    });
    here.receiver.notes = "Notes written here.".into();
    let merged = merge(here, incoming.clone(), &mut || "fresh".into());
    let wins: Vec<&str> = merged.forward.wins.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(wins, vec!["w-here", "w1"]);
    assert_eq!(merged.forward.check_ins, incoming.forward.check_ins);
    assert_eq!(
        merged.forward.talked_through,
        incoming.forward.talked_through
    );
    // Both devices' words are kept: the file's after this one's.
    assert_eq!(
        merged.receiver.notes,
        format!("Notes written here.\n\n{}", incoming.receiver.notes)
    );
    assert_eq!(
        merged.receiver.received_text,
        incoming.receiver.received_text
    );
    assert_eq!(merged.receiver.needs, incoming.receiver.needs);
    assert_eq!(merged.receiver.boundaries, incoming.receiver.boundaries);
    // Adding the same file twice changes nothing the second time.
    let again = merge(merged.clone(), incoming, &mut || "fresh2".into());
    assert_eq!(again, merged);
}

#[test]
fn adding_keeps_both_devices_words() {
    let mut theirs = Document::default();
    theirs.receiver.notes = "Notes from my other phone.".into();
    theirs.receiver.received_text = "I am sorry I shouted.".into();
    theirs
        .receiver
        .responses
        .insert("accept".into(), "Thank you for saying that.".into());
    theirs.forward.notes = "We talked on Sunday.".into();
    let mut here = Document::default();
    here.receiver.notes = "Notes from this phone.".into();
    here.receiver.received_text = "I am sorry I shouted.".into();
    here.receiver
        .responses
        .insert("accept".into(), String::new());
    let merged = merge(here, theirs, &mut || "fresh".into());
    assert_eq!(
        merged.receiver.notes,
        "Notes from this phone.\n\nNotes from my other phone."
    );
    // The same words are not doubled.
    assert_eq!(merged.receiver.received_text, "I am sorry I shouted.");
    // A response emptied here takes the file's words rather than lose them.
    assert_eq!(
        merged.receiver.responses.get("accept").unwrap(),
        "Thank you for saying that."
    );
    assert_eq!(merged.forward.notes, "We talked on Sunday.");
}

#[test]
fn sameness_is_judged_on_the_words_not_on_where_the_person_left_off() {
    let here = full_document();
    // My own export, after only moving between steps here.
    let mut exported = here.clone();
    exported.apologies[0].last_step = mend::model::Step::Review;
    exported.apologies[0].updated_at += 60_000.0;
    let merged = merge(here.clone(), exported, &mut || "fresh".into());
    assert_eq!(merged.apologies.len(), here.apologies.len());

    // A file whose apology shares an id with one here but holds other words: added once, under
    // a new id; adding the same file again changes nothing.
    let mut colliding = here.clone();
    colliding.apologies[0].parts.remorse = "Other words under the same id.".into();
    let mut n = 0;
    let mut fresh = || {
        n += 1;
        format!("fresh{n}")
    };
    let once = merge(here.clone(), colliding.clone(), &mut fresh);
    assert_eq!(once.apologies.len(), here.apologies.len() + 1);
    let twice = merge(once.clone(), colliding, &mut fresh);
    assert_eq!(twice.apologies, once.apologies);
}
