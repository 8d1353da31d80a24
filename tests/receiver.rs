//! The receiver's notes: needs, answers, reworded scripts and boundaries, each change reporting whether it changed anything.

mod common;

use common::*;
use mend::model::{Answer, BoundaryField, ReceiverAction, ReceiverNotes};

// The receiver's notes.

#[test]
fn receiver_changes_report_whether_anything_changed_and_stamp_the_time() {
    let mut notes = ReceiverNotes::default();
    assert!(!notes.has_content());
    assert!(notes.apply(
        ReceiverAction::SetNotes {
            text: "I need to be heard.".into(),
        },
        T
    ));
    assert_eq!(notes.updated_at, T);
    assert!(!notes.apply(
        ReceiverAction::SetNotes {
            text: "I need to be heard.".into(),
        },
        T + 1.0
    ));
    assert_eq!(notes.updated_at, T, "an unchanged value keeps the old time");
    assert!(notes.has_content());
}

#[test]
fn needs_are_a_set_ticked_and_unticked() {
    let mut notes = ReceiverNotes::default();
    let set = |need: &str, on| ReceiverAction::SetNeed {
        need: need.into(),
        on,
    };
    assert!(notes.apply(set("heard", true), T));
    assert!(!notes.apply(set("heard", true), T));
    assert!(notes.apply(set("safety", true), T));
    assert_eq!(notes.needs.iter().collect::<Vec<_>>(), ["heard", "safety"]);
    assert!(notes.apply(set("heard", false), T));
    assert!(!notes.apply(set("heard", false), T));
    assert!(notes.has_content());
    assert!(notes.apply(set("safety", false), T));
    assert!(!notes.has_content());
}

#[test]
fn answers_are_set_changed_and_cleared() {
    let mut notes = ReceiverNotes::default();
    let answer = |a| ReceiverAction::SetAnswer {
        question: "specific".into(),
        answer: a,
    };
    assert!(notes.apply(answer(Some(Answer::Partly)), T));
    assert!(!notes.apply(answer(Some(Answer::Partly)), T));
    assert!(notes.apply(answer(Some(Answer::NotSure)), T));
    assert_eq!(notes.answers.get("specific"), Some(&Answer::NotSure));
    assert!(notes.apply(answer(None), T));
    assert!(!notes.apply(answer(None), T));
}

#[test]
fn a_reworded_script_is_kept_until_reset_even_when_emptied() {
    let mut notes = ReceiverNotes::default();
    assert_eq!(notes.response("accept"), None);
    let set = |text: &str| ReceiverAction::SetResponse {
        script: "accept".into(),
        text: text.into(),
    };
    assert!(notes.apply(set("Thank you. I accept."), T));
    assert!(!notes.apply(set("Thank you. I accept."), T));
    assert!(notes.apply(set(""), T));
    assert_eq!(
        notes.response("accept"),
        Some(""),
        "an emptied script stays empty"
    );
    assert!(notes.apply(
        ReceiverAction::ResetResponse {
            script: "accept".into(),
        },
        T
    ));
    assert_eq!(notes.response("accept"), None);
    assert!(!notes.apply(
        ReceiverAction::ResetResponse {
            script: "accept".into(),
        },
        T
    ));
}

#[test]
fn saving_a_boundary_keeps_it_and_clears_the_template() {
    let mut notes = ReceiverNotes::default();
    for (field, text) in [
        (BoundaryField::Willing, "keep talking"),
        (BoundaryField::IfAgain, "shouting"),
    ] {
        assert!(notes.apply(
            ReceiverAction::SetBoundaryField {
                field,
                text: text.into(),
            },
            T
        ));
    }
    assert_eq!(notes.boundary_draft.willing, "keep talking");
    assert!(notes.has_content(), "a half-written template counts");
    let save = |id: &str, text: &str| ReceiverAction::SaveBoundary {
        id: id.into(),
        text: text.into(),
    };
    assert!(!notes.apply(save("b0", "   "), T), "nothing to save");
    assert!(notes.apply(save("b1", " I need calm. "), T));
    assert_eq!(notes.boundaries, vec![entry("b1", "I need calm.")]);
    assert!(notes.boundary_draft.is_blank());
    assert!(!notes.apply(save("b1", "Again"), T), "ids are unique");
}

#[test]
fn a_removed_boundary_can_be_put_back_where_it_was() {
    let mut notes = ReceiverNotes {
        boundaries: vec![entry("b1", "one"), entry("b2", "two"), entry("b3", "three")],
        ..ReceiverNotes::default()
    };
    assert!(notes.apply(ReceiverAction::RemoveBoundary { id: "b2".into() }, T));
    assert!(!notes.apply(ReceiverAction::RemoveBoundary { id: "b2".into() }, T));
    assert!(notes.apply(
        ReceiverAction::RestoreBoundary {
            entry: entry("b2", "two"),
            index: 1,
        },
        T
    ));
    let ids: Vec<&str> = notes.boundaries.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["b1", "b2", "b3"]);
    assert!(!notes.apply(
        ReceiverAction::RestoreBoundary {
            entry: entry("b2", "two"),
            index: 0,
        },
        T
    ));
    // An index past the end (the list shrank meanwhile) appends.
    notes.boundaries.truncate(1);
    assert!(notes.apply(
        ReceiverAction::RestoreBoundary {
            entry: entry("b9", "nine"),
            index: 7,
        },
        T
    ));
    assert_eq!(notes.boundaries.last().map(|b| b.id.as_str()), Some("b9"));
}
