//! The receiver's notes and the plan survive storage, and documents from before they existed still load.

mod common;

use common::*;
use mend::model::{decode, encode, Answer, BoundaryDraft, CheckIn, Decoded, Document, Outcome};

// Through storage.

fn full_document() -> Document {
    let mut doc = Document::default();
    doc.apologies
        .push(apology("a1", T, "Sam", &[("c1", "When I'm late, I will text.")]).into());
    doc.current = Some("a1".into());
    let receiver = &mut doc.receiver;
    receiver.notes = "To be heard.".into();
    receiver.needs.insert("heard".into());
    receiver.received_text = "I'm sorry if you were upset.".into();
    receiver.answers.insert("owns".into(), Answer::No);
    receiver
        .responses
        .insert("need-time".into(), "Give me a week.".into());
    receiver.boundary_draft = BoundaryDraft {
        willing: "talk".into(),
        ..BoundaryDraft::default()
    };
    receiver.boundaries.push(entry("b1", "I need calm."));
    let plan = &mut doc.forward;
    plan.check_ins.push(check_in(
        "k1",
        "a1",
        "c1",
        Outcome::NoteOnly,
        "Better week.",
    ));
    plan.next_check_ins.push(mend::model::forward::NextCheckIn {
        apology_id: "a1".into(),
        commitment_id: "c1".into(),
        date: "2026-12-04".into(),
    });
    plan.wins.push(entry("w1", "A calm dinner."));
    plan.boundaries.push(entry("fb1", "No phones at dinner."));
    plan.talked_through.push(entry("t1", ""));
    plan.promises.push(entry("p1", "Call on Sundays."));
    plan.drafts.insert("win".into(), "Half a thought".into());
    doc
}

#[test]
fn everything_survives_a_round_trip_through_storage() {
    let doc = full_document();
    let text = encode(&doc).expect("encodes");
    match decode(Some(&text)) {
        Decoded::Current(back) => assert_eq!(back, doc),
        other => panic!("expected the document back, got {other:?}"),
    }
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["forward"]["check_ins"][0]["outcome"], "note_only");
    assert_eq!(json["receiver"]["answers"]["owns"], "no");
    assert_eq!(json["receiver"]["needs"][0], "heard");
}

#[test]
fn documents_from_before_these_fields_still_load() {
    let old = r#"{"schema_version":1,"revision":2,"apologies":[],"receiver":{"notes":"kept"},"forward":{"notes":""}}"#;
    let Decoded::Current(doc) = decode(Some(old)) else {
        panic!("an older document must load");
    };
    assert_eq!(doc.receiver.notes, "kept");
    assert!(doc.receiver.boundaries.is_empty());
    assert!(doc.forward.check_ins.is_empty());
    let fixture = include_str!("fixtures/v1-document.json");
    assert!(matches!(decode(Some(fixture)), Decoded::Current(_)));
    // A check-in missing fields written later still reads.
    let partial: CheckIn = serde_json::from_str(r#"{"id":"k1","outcome":"kept"}"#).unwrap();
    assert_eq!(partial.outcome, Outcome::Kept);
    assert_eq!(partial.note, "");
}
