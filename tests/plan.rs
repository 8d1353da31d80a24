//! The moving-forward plan: check-ins, the next check-in date, wins, boundaries and talks, and which commitments it tracks.

mod common;

use common::*;
use mend::model::forward::check_in_key;
use mend::model::{tracked_commitments, CheckIn, ForwardAction, ForwardPlan, List, Outcome};

// The moving-forward plan.

#[test]
fn drafts_keep_what_is_typed_and_empty_text_removes_them() {
    let mut plan = ForwardPlan::default();
    let set = |text: &str| ForwardAction::SetDraft {
        key: "win".into(),
        text: text.into(),
    };
    assert!(plan.apply(set("We laughed"), T));
    assert_eq!(plan.draft("win"), "We laughed");
    assert!(plan.has_content());
    assert!(!plan.apply(set("We laughed"), T));
    assert!(plan.apply(set(""), T));
    assert!(plan.drafts.is_empty());
    assert!(!plan.apply(set(""), T));
    assert!(!plan.has_content());
}

#[test]
fn a_check_in_is_recorded_dated_and_clears_its_note_field() {
    let mut plan = ForwardPlan::default();
    let key = check_in_key("a1", "c1");
    plan.apply(
        ForwardAction::SetDraft {
            key: key.clone(),
            text: " Texted before leaving. ".into(),
        },
        T,
    );
    assert!(plan.apply(
        ForwardAction::AddCheckIn {
            check_in: check_in("k1", "a1", "c1", Outcome::Kept, " Texted before leaving. "),
        },
        T
    ));
    assert_eq!(plan.check_ins[0].note, "Texted before leaving.");
    assert_eq!(plan.check_ins[0].date, T);
    assert_eq!(plan.draft(&key), "");
    assert!(
        !plan.apply(
            ForwardAction::AddCheckIn {
                check_in: check_in("k1", "a1", "c1", Outcome::Kept, ""),
            },
            T
        ),
        "ids are unique"
    );
    assert!(plan.apply(
        ForwardAction::AddCheckIn {
            check_in: check_in("k2", "a1", "c1", Outcome::Slipped, ""),
        },
        T
    ));
    assert!(
        !plan.apply(
            ForwardAction::AddCheckIn {
                check_in: check_in("k3", "a1", "c1", Outcome::NoteOnly, "  "),
            },
            T
        ),
        "a note-only check-in needs a note"
    );
}

#[test]
fn check_ins_read_newest_first_per_commitment() {
    let mut plan = ForwardPlan::default();
    for (id, commitment, date) in [("k1", "c1", 3.0), ("k2", "c2", 2.0), ("k3", "c1", 5.0)] {
        plan.apply(
            ForwardAction::AddCheckIn {
                check_in: CheckIn {
                    date,
                    ..check_in(id, "a1", commitment, Outcome::Kept, "")
                },
            },
            date,
        );
    }
    let ids: Vec<&str> = plan
        .check_ins_for("a1", "c1")
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["k3", "k1"]);
    assert!(plan.check_ins_for("a2", "c1").is_empty());
}

#[test]
fn a_removed_check_in_can_be_restored() {
    let mut plan = ForwardPlan {
        check_ins: vec![
            check_in("k1", "a1", "c1", Outcome::Kept, ""),
            check_in("k2", "a1", "c1", Outcome::Slipped, ""),
        ],
        ..ForwardPlan::default()
    };
    let removed = plan.check_ins[0].clone();
    assert!(plan.apply(ForwardAction::RemoveCheckIn { id: "k1".into() }, T));
    assert!(!plan.apply(ForwardAction::RemoveCheckIn { id: "k1".into() }, T));
    assert!(plan.apply(
        ForwardAction::RestoreCheckIn {
            check_in: removed.clone(),
            index: 0,
        },
        T
    ));
    assert_eq!(plan.check_ins[0], removed);
    assert!(!plan.apply(
        ForwardAction::RestoreCheckIn {
            check_in: removed,
            index: 0,
        },
        T
    ));
}

#[test]
fn the_next_check_in_date_is_set_changed_and_forgotten() {
    let mut plan = ForwardPlan::default();
    let set = |date: Option<&str>| ForwardAction::SetNextCheckIn {
        apology_id: "a1".into(),
        commitment_id: "c1".into(),
        date: date.map(str::to_owned),
    };
    assert!(!plan.apply(set(None), T));
    assert!(plan.apply(set(Some("2026-12-04")), T));
    assert!(!plan.apply(set(Some("2026-12-04")), T));
    assert!(plan.apply(set(Some("2026-12-11")), T));
    assert_eq!(plan.next_check_in("a1", "c1"), Some("2026-12-11"));
    assert_eq!(plan.next_check_ins.len(), 1);
    assert_eq!(plan.next_check_in("a1", "c2"), None);
    assert!(plan.apply(set(None), T));
    assert_eq!(plan.next_check_in("a1", "c1"), None);
}

#[test]
fn entries_are_added_dated_removed_and_restored() {
    let mut plan = ForwardPlan::default();
    plan.apply(
        ForwardAction::SetDraft {
            key: List::Wins.key().into(),
            text: "An honest talk".into(),
        },
        T,
    );
    let add = |list, id: &str, text: &str| ForwardAction::AddEntry {
        list,
        id: id.into(),
        text: text.into(),
    };
    assert!(
        !plan.apply(add(List::Wins, "w0", "  "), T),
        "a win needs words"
    );
    assert!(plan.apply(add(List::Wins, "w1", " An honest talk "), T));
    assert_eq!(plan.wins, vec![entry("w1", "An honest talk")]);
    assert_eq!(plan.draft(List::Wins.key()), "", "the field is cleared");
    assert!(!plan.apply(add(List::Wins, "w1", "again"), T));
    assert!(
        plan.apply(add(List::TalkedThrough, "t1", ""), T),
        "a marker needs no words"
    );
    assert!(plan.apply(add(List::Boundaries, "b1", "No shouting."), T));
    assert!(plan.apply(add(List::Promises, "p1", "I will call on Sundays."), T));
    for list in List::ALL {
        assert_eq!(plan.list(list).len(), 1, "{list:?}");
    }

    assert!(plan.apply(
        ForwardAction::RemoveEntry {
            list: List::Wins,
            id: "w1".into(),
        },
        T
    ));
    assert!(plan.wins.is_empty());
    assert!(!plan.apply(
        ForwardAction::RemoveEntry {
            list: List::Boundaries,
            id: "w1".into(),
        },
        T
    ));
    assert!(plan.apply(
        ForwardAction::RestoreEntry {
            list: List::Wins,
            entry: entry("w1", "An honest talk"),
            index: 0,
        },
        T
    ));
    assert_eq!(plan.wins.len(), 1);
}

#[test]
fn tracked_commitments_come_from_every_apology_then_added_promises() {
    let apologies = vec![
        apology(
            "a2",
            20.0,
            "",
            &[("c3", "When we argue, I will listen first.")],
        ),
        apology(
            "a1",
            10.0,
            " Sam ",
            &[("c1", " When I'm late, I will text. "), ("c2", "   ")],
        ),
    ];
    let mut apologies = apologies;
    apologies[1].parts.repair = " Dinner on Saturday, my treat. ".into();
    apologies[0].parts.repair = "  ".into();
    let plan = ForwardPlan {
        promises: vec![entry("p1", "Call on Sundays")],
        ..ForwardPlan::default()
    };
    let tracked = tracked_commitments(&apologies, &plan);
    let keys: Vec<(&str, &str, &str, &str)> = tracked
        .iter()
        .map(|t| {
            (
                t.apology_id.as_str(),
                t.commitment_id.as_str(),
                t.text.as_str(),
                t.recipient.as_str(),
            )
        })
        .collect();
    assert!(tracked[1].is_repair() && !tracked[0].is_repair() && !tracked[3].is_repair());
    assert_eq!(
        keys,
        [
            ("a1", "c1", "When I'm late, I will text.", "Sam"),
            (
                "a1",
                "make-it-right",
                "Dinner on Saturday, my treat.",
                "Sam"
            ),
            ("a2", "c3", "When we argue, I will listen first.", ""),
            ("", "p1", "Call on Sundays", ""),
        ]
    );
}

#[test]
fn check_ins_of_removed_commitments_stay_visible_as_earlier() {
    let apologies = vec![apology(
        "a1",
        10.0,
        "",
        &[("c1", "When I'm late, I will text.")],
    )];
    let plan = ForwardPlan {
        check_ins: vec![
            check_in("k1", "a1", "c1", Outcome::Kept, ""),
            check_in("k2", "a1", "gone", Outcome::Slipped, ""),
            check_in("k3", "deleted", "c1", Outcome::Kept, ""),
        ],
        ..ForwardPlan::default()
    };
    let tracked = tracked_commitments(&apologies, &plan);
    let earlier: Vec<&str> = plan
        .earlier_check_ins(&tracked)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(earlier, ["k2", "k3"]);
}
