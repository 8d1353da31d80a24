//! The moving-forward plan: check-ins, the next check-in date, wins, boundaries and talks, and which commitments it tracks.

mod common;

use common::*;
use mend::model::forward::check_in_key;
use mend::model::ics::Repeat;
use mend::model::merge::merge_forward;
use mend::model::plan::{has_if_then_shape, plan_groups, Recent, RECENT};
use mend::model::{
    decode, encode, tracked_commitments, ApologyChange, ApologyField, CheckIn, Decoded,
    ForwardAction, ForwardPlan, List, Outcome, ReminderChoice,
};

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
fn reminder_options_are_remembered_per_commitment_and_kept_only_while_changed() {
    let mut plan = ForwardPlan::default();
    let choice = |commitment_id: &str, include_words, repeat| ReminderChoice {
        apology_id: "a1".into(),
        commitment_id: commitment_id.into(),
        include_words,
        repeat,
    };
    let set = |choice| ForwardAction::SetReminderChoice { choice };
    // Until changed: a neutral title, once; and nothing stored for it.
    assert_eq!(
        plan.reminder_choice("a1", "c1"),
        choice("c1", false, Repeat::Once)
    );
    assert!(!plan.apply(set(choice("c1", false, Repeat::Once)), T));
    assert!(plan.reminders.is_empty());

    assert!(plan.apply(set(choice("c1", true, Repeat::Once)), T));
    assert!(plan.has_content());
    assert!(!plan.apply(set(choice("c1", true, Repeat::Once)), T));
    assert!(plan.apply(set(choice("c1", true, Repeat::WeeklyThenMonthly)), T));
    assert_eq!(
        plan.reminder_choice("a1", "c1"),
        choice("c1", true, Repeat::WeeklyThenMonthly)
    );
    // Per commitment: the next one is untouched.
    assert_eq!(
        plan.reminder_choice("a1", "c2"),
        choice("c2", false, Repeat::Once)
    );
    assert_eq!(plan.reminders.len(), 1);

    // Stored and read back with the document.
    let json = serde_json::to_string(&plan).unwrap();
    let back: ForwardPlan = serde_json::from_str(&json).unwrap();
    assert_eq!(
        back.reminder_choice("a1", "c1"),
        choice("c1", true, Repeat::WeeklyThenMonthly)
    );
    // Another tab's choice for another commitment joins in; ours wins for the same one.
    let mut theirs = ForwardPlan::default();
    theirs.apply(set(choice("c1", false, Repeat::WeeklyThenMonthly)), T);
    theirs.apply(set(choice("c2", true, Repeat::Once)), T);
    let mut merged = back.clone();
    merge_forward(&mut merged, theirs);
    assert!(merged.reminder_choice("a1", "c1").include_words);
    assert_eq!(
        merged.reminder_choice("a1", "c2"),
        choice("c2", true, Repeat::Once)
    );

    // Back to the defaults: forgotten, so the document is as it was.
    assert!(plan.apply(set(choice("c1", false, Repeat::Once)), T));
    assert!(plan.reminders.is_empty());
    assert!(!serde_json::to_string(&plan).unwrap().contains("reminders"));
}

#[test]
fn a_repeat_choice_from_a_newer_version_reads_as_once_and_the_plan_still_opens() {
    let json = r#"{"reminders":[{"apology_id":"a1","commitment_id":"c1","include_words":true,"repeat":"every_full_moon"}]}"#;
    let plan: ForwardPlan = serde_json::from_str(json).unwrap();
    let choice = plan.reminder_choice("a1", "c1");
    assert!(choice.include_words);
    assert_eq!(choice.repeat, Repeat::Once);
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

// The plan at a glance.

fn dated(id: &str, commitment: &str, outcome: Outcome, date: f64) -> CheckIn {
    CheckIn {
        date,
        ..check_in(id, "a1", commitment, outcome, "")
    }
}

#[test]
fn the_plan_is_one_row_per_promise_grouped_by_apology_with_its_latest_check_in() {
    let mut apologies = vec![
        apology(
            "a2",
            20.0,
            "",
            &[("c3", "When we argue, I will listen first.")],
        ),
        apology(
            "a1",
            10.0,
            "Sam",
            &[
                ("c1", "When I'm late, I will text."),
                ("c2", "I will call."),
            ],
        ),
    ];
    apologies[1].parts.repair = "Dinner on Saturday.".into();
    apologies[1].parts.commitments[0].if_slip = " Say so straight away. ".into();
    let plan = ForwardPlan {
        check_ins: vec![
            dated("k1", "c1", Outcome::Kept, 1.0),
            dated("k2", "c1", Outcome::Slipped, 3.0),
            dated("k3", "c1", Outcome::NoteOnly, 4.0),
            dated("k4", "c2", Outcome::Kept, 2.0),
        ],
        promises: vec![entry("p1", "Call on Sundays")],
        ..ForwardPlan::default()
    };
    let groups = plan_groups(&apologies, &plan);
    let shape: Vec<(&str, &str, Vec<&str>)> = groups
        .iter()
        .map(|g| {
            let rows = g.rows.iter().map(|r| r.tracked.commitment_id.as_str());
            (g.apology_id.as_str(), g.recipient.as_str(), rows.collect())
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("a1", "Sam", vec!["c1", "c2", "make-it-right"]),
            ("a2", "", vec!["c3"]),
            ("", "", vec!["p1"]),
        ]
    );
    assert!(groups[2].is_promises() && !groups[0].is_promises());
    let first = &groups[0].rows[0];
    // The latest of any kind, even a note; the dots count only kept and slipped, oldest first.
    assert_eq!(first.last.as_ref().map(|c| c.id.as_str()), Some("k3"));
    assert_eq!(first.check_ins.len(), 3);
    assert_eq!(first.recent.outcomes, [Outcome::Kept, Outcome::Slipped]);
    assert_eq!((first.recent.kept(), first.recent.len()), (1, 2));
    assert_eq!(first.tracked.if_slip, "Say so straight away.");
    assert_eq!(groups[0].rows[1].recent.outcomes, [Outcome::Kept]);
    assert!(groups[0].rows[2].last.is_none() && groups[0].rows[2].recent.is_empty());
    assert!(groups[0].rows[2].tracked.is_repair());
}

#[test]
fn the_dots_look_back_over_the_latest_six_and_count_the_streak() {
    let outcomes = [
        Outcome::Slipped,
        Outcome::Kept,
        Outcome::Slipped,
        Outcome::Kept,
        Outcome::Kept,
        Outcome::Kept,
        Outcome::Kept,
    ];
    let check_ins: Vec<CheckIn> = outcomes
        .iter()
        .enumerate()
        .map(|(at, o)| dated(&format!("k{at}"), "c1", *o, at as f64))
        .collect();
    let plan = ForwardPlan {
        check_ins,
        ..ForwardPlan::default()
    };
    let newest_first = plan.check_ins_for("a1", "c1");
    let recent = Recent::of(&newest_first);
    assert_eq!(recent.len(), RECENT);
    // The oldest slip fell off the end.
    assert_eq!(recent.outcomes[0], Outcome::Kept);
    assert_eq!(recent.kept(), 5);
    assert_eq!(recent.streak(), 4);
    assert_eq!(
        mend::content::forward::recent_sentence(recent.kept(), recent.len()),
        "Kept 5 of the last 6 check-ins."
    );
    assert_eq!(Recent::default().streak(), 0);
}

#[test]
fn the_if_then_shape_is_recognised_but_never_required() {
    for shaped in [
        "When I'm running late, I will text you before, not after.",
        "If we argue, I'll take ten minutes before I answer.",
        "whenever plans change, I will call",
        "Next time I forget, I’ll own it straight away.",
    ] {
        assert!(has_if_then_shape(shaped), "{shaped:?}");
    }
    for free in [
        "I will put every family date in my calendar.",
        "no more working on weekends we've planned together",
        "When possible.",
        "",
    ] {
        assert!(!has_if_then_shape(free), "{free:?}");
    }
}

#[test]
fn a_plan_stored_before_if_then_commitments_opens_with_every_word_as_written() {
    let raw = include_str!("fixtures/plan-before-if-then.json");
    let Decoded::Current(doc) = decode(Some(raw)) else {
        panic!("today's documents must open as they are");
    };
    let json: serde_json::Value = serde_json::from_str(raw).unwrap();
    let stored = &json["apologies"][0]["parts"]["commitments"];
    let commitments = &doc.apologies[0].parts.commitments;
    assert_eq!(commitments.len(), 3);
    for (at, c) in commitments.iter().enumerate() {
        // Exactly as written: trailing spaces, lower case, no if-then shape, nothing rewritten.
        assert_eq!(c.text, stored[at]["text"].as_str().unwrap());
        assert_eq!(c.if_slip, "");
    }
    assert!(commitments[1].text.ends_with("again  "));
    // Every check-in, note, win, boundary, talk, next date and half-typed draft is there.
    let plan = &doc.forward;
    assert_eq!(plan.check_ins.len(), 6);
    assert_eq!(plan.check_ins[3].outcome, Outcome::NoteOnly);
    assert_eq!(plan.check_ins[1].note, "Forgot on Tuesday.");
    assert_eq!(plan.notes, "An old free note from the first plan.");
    assert_eq!(
        (
            plan.wins.len(),
            plan.boundaries.len(),
            plan.talked_through.len()
        ),
        (2, 1, 1)
    );
    assert_eq!(plan.next_check_in("a1", "c1"), Some("2026-12-08"));
    assert_eq!(plan.draft("win"), "Half-typed win that must survive");
    assert_eq!(doc.receiver.boundaries.len(), 1);
    // Saved again, the commitments are stored as they were: no new field appears for them,
    // nor for reminder options never chosen.
    let again = encode(&doc).unwrap();
    let json_again: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert!(json_again["forward"].get("reminders").is_none());
    assert_eq!(
        plan.reminder_choice("a1", "c1").repeat,
        Repeat::Once,
        "no choice stored: the defaults"
    );
    assert_eq!(
        &json_again["apologies"][0]["parts"]["commitments"], stored,
        "stored commitments must come back unchanged"
    );
    // And the plan shows each of them, with its history.
    let groups = plan_groups(&doc.apologies, plan);
    assert_eq!(groups.len(), 1);
    let rows = &groups[0].rows;
    assert_eq!(
        rows.len(),
        4,
        "three commitments and the offer to make it right"
    );
    assert_eq!(rows[0].check_ins.len(), 3);
    assert_eq!(rows[0].recent.kept(), 2);
    assert_eq!(
        rows[1].last.as_ref().map(|c| c.outcome),
        Some(Outcome::NoteOnly)
    );
    assert_eq!(rows[3].check_ins.len(), 1);
    // The check-in on a deleted apology's commitment stays, as earlier history.
    let tracked = tracked_commitments(&doc.apologies, plan);
    assert_eq!(plan.earlier_check_ins(&tracked).len(), 1);
}

#[test]
fn a_slip_plan_is_its_own_field_of_the_commitment() {
    let mut a = apology("a1", 1.0, "", &[("c1", "When I'm late, I will text.")]);
    assert!(a.apply(
        ApologyChange::Edit {
            field: ApologyField::CommitmentIfSlip("c1".into()),
            text: "Call and say so.".into(),
        },
        T
    ));
    assert_eq!(a.parts.commitments[0].if_slip, "Call and say so.");
    assert_eq!(a.parts.commitments[0].text, "When I'm late, I will text.");
    assert!(!a.apply(
        ApologyChange::Edit {
            field: ApologyField::CommitmentIfSlip("missing".into()),
            text: "x".into(),
        },
        T
    ));
    let json = serde_json::to_string(&a.parts.commitments[0]).unwrap();
    assert!(json.contains("\"if_slip\":\"Call and say so.\""));
}
