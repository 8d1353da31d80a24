//! The receiver's notes, the moving-forward plan, the calendar file and their words, tested natively.

use mend::content::{dates, forward as fwd_text, receive};
use mend::model::forward::check_in_key;
use mend::model::ics::{escape_text, fold, reminder_ics, reminder_uid, CalendarDate, Reminder};
use mend::model::{
    decode, encode, tracked_commitments, Answer, Apology, BoundaryDraft, BoundaryField, CheckIn,
    Commitment, Decoded, Document, Entry, ForwardAction, ForwardPlan, List, Outcome,
    ReceiverAction, ReceiverNotes,
};

const T: f64 = 1_795_816_435_000.0; // 2026-11-27T21:53:55Z

fn entry(id: &str, text: &str) -> Entry {
    Entry {
        id: id.into(),
        date: T,
        text: text.into(),
    }
}

fn check_in(id: &str, apology: &str, commitment: &str, outcome: Outcome, note: &str) -> CheckIn {
    CheckIn {
        id: id.into(),
        apology_id: apology.into(),
        commitment_id: commitment.into(),
        commitment_text: "When I'm late, I will text first.".into(),
        date: T,
        outcome,
        note: note.into(),
    }
}

// The receiver's notes.

#[test]
fn receiver_changes_report_whether_anything_changed_and_stamp_the_time() {
    let mut notes = ReceiverNotes::default();
    assert!(!notes.has_content());
    assert!(notes.apply(ReceiverAction::SetNotes {
        text: "I need to be heard.".into(),
        now: T,
    }));
    assert_eq!(notes.updated_at, T);
    assert!(!notes.apply(ReceiverAction::SetNotes {
        text: "I need to be heard.".into(),
        now: T + 1.0,
    }));
    assert_eq!(notes.updated_at, T, "an unchanged value keeps the old time");
    assert!(notes.has_content());
}

#[test]
fn needs_are_a_set_ticked_and_unticked() {
    let mut notes = ReceiverNotes::default();
    let set = |need: &str, on| ReceiverAction::SetNeed {
        need: need.into(),
        on,
        now: T,
    };
    assert!(notes.apply(set("heard", true)));
    assert!(!notes.apply(set("heard", true)));
    assert!(notes.apply(set("safety", true)));
    assert_eq!(notes.needs.iter().collect::<Vec<_>>(), ["heard", "safety"]);
    assert!(notes.apply(set("heard", false)));
    assert!(!notes.apply(set("heard", false)));
    assert!(notes.has_content());
    assert!(notes.apply(set("safety", false)));
    assert!(!notes.has_content());
}

#[test]
fn answers_are_set_changed_and_cleared() {
    let mut notes = ReceiverNotes::default();
    let answer = |a| ReceiverAction::SetAnswer {
        question: "specific".into(),
        answer: a,
        now: T,
    };
    assert!(notes.apply(answer(Some(Answer::Partly))));
    assert!(!notes.apply(answer(Some(Answer::Partly))));
    assert!(notes.apply(answer(Some(Answer::NotSure))));
    assert_eq!(notes.answers.get("specific"), Some(&Answer::NotSure));
    assert!(notes.apply(answer(None)));
    assert!(!notes.apply(answer(None)));
}

#[test]
fn a_reworded_script_is_kept_until_reset_even_when_emptied() {
    let mut notes = ReceiverNotes::default();
    assert_eq!(notes.response("accept"), None);
    let set = |text: &str| ReceiverAction::SetResponse {
        script: "accept".into(),
        text: text.into(),
        now: T,
    };
    assert!(notes.apply(set("Thank you. I accept.")));
    assert!(!notes.apply(set("Thank you. I accept.")));
    assert!(notes.apply(set("")));
    assert_eq!(
        notes.response("accept"),
        Some(""),
        "an emptied script stays empty"
    );
    assert!(notes.apply(ReceiverAction::ResetResponse {
        script: "accept".into(),
        now: T,
    }));
    assert_eq!(notes.response("accept"), None);
    assert!(!notes.apply(ReceiverAction::ResetResponse {
        script: "accept".into(),
        now: T,
    }));
}

#[test]
fn saving_a_boundary_keeps_it_and_clears_the_template() {
    let mut notes = ReceiverNotes::default();
    for (field, text) in [
        (BoundaryField::Willing, "keep talking"),
        (BoundaryField::IfAgain, "shouting"),
    ] {
        assert!(notes.apply(ReceiverAction::SetBoundaryField {
            field,
            text: text.into(),
            now: T,
        }));
    }
    assert_eq!(notes.boundary_draft.willing, "keep talking");
    assert!(notes.has_content(), "a half-written template counts");
    let save = |id: &str, text: &str| ReceiverAction::SaveBoundary {
        id: id.into(),
        text: text.into(),
        now: T,
    };
    assert!(!notes.apply(save("b0", "   ")), "nothing to save");
    assert!(notes.apply(save("b1", " I need calm. ")));
    assert_eq!(notes.boundaries, vec![entry("b1", "I need calm.")]);
    assert!(notes.boundary_draft.is_blank());
    assert!(!notes.apply(save("b1", "Again")), "ids are unique");
}

#[test]
fn a_removed_boundary_can_be_put_back_where_it_was() {
    let mut notes = ReceiverNotes {
        boundaries: vec![entry("b1", "one"), entry("b2", "two"), entry("b3", "three")],
        ..ReceiverNotes::default()
    };
    assert!(notes.apply(ReceiverAction::RemoveBoundary {
        id: "b2".into(),
        now: T,
    }));
    assert!(!notes.apply(ReceiverAction::RemoveBoundary {
        id: "b2".into(),
        now: T,
    }));
    assert!(notes.apply(ReceiverAction::RestoreBoundary {
        entry: entry("b2", "two"),
        index: 1,
        now: T,
    }));
    let ids: Vec<&str> = notes.boundaries.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["b1", "b2", "b3"]);
    assert!(!notes.apply(ReceiverAction::RestoreBoundary {
        entry: entry("b2", "two"),
        index: 0,
        now: T,
    }));
    // An index past the end (the list shrank meanwhile) appends.
    notes.boundaries.truncate(1);
    assert!(notes.apply(ReceiverAction::RestoreBoundary {
        entry: entry("b9", "nine"),
        index: 7,
        now: T,
    }));
    assert_eq!(notes.boundaries.last().map(|b| b.id.as_str()), Some("b9"));
}

// The moving-forward plan.

#[test]
fn drafts_keep_what_is_typed_and_empty_text_removes_them() {
    let mut plan = ForwardPlan::default();
    let set = |text: &str| ForwardAction::SetDraft {
        key: "win".into(),
        text: text.into(),
        now: T,
    };
    assert!(plan.apply(set("We laughed")));
    assert_eq!(plan.draft("win"), "We laughed");
    assert!(plan.has_content());
    assert!(!plan.apply(set("We laughed")));
    assert!(plan.apply(set("")));
    assert!(plan.drafts.is_empty());
    assert!(!plan.apply(set("")));
    assert!(!plan.has_content());
}

#[test]
fn a_check_in_is_recorded_dated_and_clears_its_note_field() {
    let mut plan = ForwardPlan::default();
    let key = check_in_key("a1", "c1");
    plan.apply(ForwardAction::SetDraft {
        key: key.clone(),
        text: " Texted before leaving. ".into(),
        now: T,
    });
    assert!(plan.apply(ForwardAction::AddCheckIn {
        check_in: check_in("k1", "a1", "c1", Outcome::Kept, " Texted before leaving. "),
        now: T,
    }));
    assert_eq!(plan.check_ins[0].note, "Texted before leaving.");
    assert_eq!(plan.check_ins[0].date, T);
    assert_eq!(plan.draft(&key), "");
    assert!(
        !plan.apply(ForwardAction::AddCheckIn {
            check_in: check_in("k1", "a1", "c1", Outcome::Kept, ""),
            now: T,
        }),
        "ids are unique"
    );
    assert!(plan.apply(ForwardAction::AddCheckIn {
        check_in: check_in("k2", "a1", "c1", Outcome::Slipped, ""),
        now: T,
    }));
    assert!(
        !plan.apply(ForwardAction::AddCheckIn {
            check_in: check_in("k3", "a1", "c1", Outcome::NoteOnly, "  "),
            now: T,
        }),
        "a note-only check-in needs a note"
    );
}

#[test]
fn check_ins_read_newest_first_per_commitment() {
    let mut plan = ForwardPlan::default();
    for (id, commitment, date) in [("k1", "c1", 3.0), ("k2", "c2", 2.0), ("k3", "c1", 5.0)] {
        plan.apply(ForwardAction::AddCheckIn {
            check_in: CheckIn {
                date,
                ..check_in(id, "a1", commitment, Outcome::Kept, "")
            },
            now: date,
        });
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
    assert!(plan.apply(ForwardAction::RemoveCheckIn {
        id: "k1".into(),
        now: T,
    }));
    assert!(!plan.apply(ForwardAction::RemoveCheckIn {
        id: "k1".into(),
        now: T,
    }));
    assert!(plan.apply(ForwardAction::RestoreCheckIn {
        check_in: removed.clone(),
        index: 0,
        now: T,
    }));
    assert_eq!(plan.check_ins[0], removed);
    assert!(!plan.apply(ForwardAction::RestoreCheckIn {
        check_in: removed,
        index: 0,
        now: T,
    }));
}

#[test]
fn the_next_check_in_date_is_set_changed_and_forgotten() {
    let mut plan = ForwardPlan::default();
    let set = |date: Option<&str>| ForwardAction::SetNextCheckIn {
        apology_id: "a1".into(),
        commitment_id: "c1".into(),
        date: date.map(str::to_owned),
        now: T,
    };
    assert!(!plan.apply(set(None)));
    assert!(plan.apply(set(Some("2026-12-04"))));
    assert!(!plan.apply(set(Some("2026-12-04"))));
    assert!(plan.apply(set(Some("2026-12-11"))));
    assert_eq!(plan.next_check_in("a1", "c1"), Some("2026-12-11"));
    assert_eq!(plan.next_check_ins.len(), 1);
    assert_eq!(plan.next_check_in("a1", "c2"), None);
    assert!(plan.apply(set(None)));
    assert_eq!(plan.next_check_in("a1", "c1"), None);
}

#[test]
fn entries_are_added_dated_removed_and_restored() {
    let mut plan = ForwardPlan::default();
    plan.apply(ForwardAction::SetDraft {
        key: List::Wins.key().into(),
        text: "An honest talk".into(),
        now: T,
    });
    let add = |list, id: &str, text: &str| ForwardAction::AddEntry {
        list,
        id: id.into(),
        text: text.into(),
        now: T,
    };
    assert!(
        !plan.apply(add(List::Wins, "w0", "  ")),
        "a win needs words"
    );
    assert!(plan.apply(add(List::Wins, "w1", " An honest talk ")));
    assert_eq!(plan.wins, vec![entry("w1", "An honest talk")]);
    assert_eq!(plan.draft(List::Wins.key()), "", "the field is cleared");
    assert!(!plan.apply(add(List::Wins, "w1", "again")));
    assert!(
        plan.apply(add(List::TalkedThrough, "t1", "")),
        "a marker needs no words"
    );
    assert!(plan.apply(add(List::Boundaries, "b1", "No shouting.")));
    assert!(plan.apply(add(List::Promises, "p1", "I will call on Sundays.")));
    for list in List::ALL {
        assert_eq!(plan.list(list).len(), 1, "{list:?}");
    }

    assert!(plan.apply(ForwardAction::RemoveEntry {
        list: List::Wins,
        id: "w1".into(),
        now: T,
    }));
    assert!(plan.wins.is_empty());
    assert!(!plan.apply(ForwardAction::RemoveEntry {
        list: List::Boundaries,
        id: "w1".into(),
        now: T,
    }));
    assert!(plan.apply(ForwardAction::RestoreEntry {
        list: List::Wins,
        entry: entry("w1", "An honest talk"),
        index: 0,
        now: T,
    }));
    assert_eq!(plan.wins.len(), 1);
}

fn apology(id: &str, created: f64, recipient: &str, commitments: &[(&str, &str)]) -> Apology {
    let mut apology = Apology::new(id, created);
    apology.recipient = recipient.into();
    apology.parts.commitments = commitments
        .iter()
        .map(|(id, text)| Commitment {
            id: (*id).into(),
            text: (*text).into(),
        })
        .collect();
    apology
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

// Through storage.

fn full_document() -> Document {
    let mut doc = Document::default();
    doc.apologies.push(apology(
        "a1",
        T,
        "Sam",
        &[("c1", "When I'm late, I will text.")],
    ));
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

// The calendar file.

fn sample_ics(summary: &str) -> String {
    let date = CalendarDate::parse("2026-12-04").unwrap();
    reminder_ics(&Reminder {
        uid: &reminder_uid("a1", "c1", date),
        stamp: T,
        date,
        summary,
        description: "A check-in, with a comma; and a\nnew line.",
    })
}

#[test]
fn the_calendar_file_is_a_valid_all_day_event_with_crlf_lines() {
    let ics = sample_ics("Check in: text before leaving");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
    assert!(!ics.replace("\r\n", "").contains('\r'), "no bare CR");
    for needed in [
        "UID:mend-a1-c1-20261204@mend.local\r\n",
        "DTSTAMP:20261127T215355Z\r\n",
        "DTSTART;VALUE=DATE:20261204\r\n",
        "DTEND;VALUE=DATE:20261205\r\n",
        "SUMMARY:Check in: text before leaving\r\n",
        "DESCRIPTION:A check-in\\, with a comma\\; and a\\nnew line.\r\n",
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
    ] {
        assert!(ics.contains(needed), "missing {needed:?} in\n{ics}");
    }
    assert_eq!(ics.matches("BEGIN:").count(), ics.matches("END:").count());
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_characters() {
    let summary = format!(
        "Check in: {}",
        "I’ll call you “before” I leave — ".repeat(6)
    );
    let ics = sample_ics(&summary);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    // Unfolding gives back the escaped summary exactly.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape_text(&summary))));
    assert_eq!(fold("short"), "short");
    let folded = fold(&"é".repeat(60));
    assert!(folded.split("\r\n").all(|l| l.len() <= 75));
    assert_eq!(folded.replace("\r\n ", ""), "é".repeat(60));
}

#[test]
fn text_is_escaped_as_rfc_5545_says() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(
        escape_text("one\r\ntwo\nthree\rfour"),
        r"one\ntwo\nthree\nfour"
    );
    assert_eq!(escape_text("tab\there"), "tabhere");
    assert_eq!(escape_text("colon: fine"), "colon: fine");
}

#[test]
fn uids_keep_only_safe_characters() {
    let date = CalendarDate::parse("2026-01-02").unwrap();
    assert_eq!(
        reminder_uid("a/1 x", "c;1", date),
        "mend-a1x-c1-20260102@mend.local"
    );
    assert_eq!(
        reminder_uid("", "p1", date),
        "mend-plan-p1-20260102@mend.local"
    );
}

#[test]
fn calendar_dates_parse_strictly_and_count_days() {
    assert_eq!(
        CalendarDate::parse("2024-02-29").map(|d| d.iso()),
        Some("2024-02-29".into())
    );
    for bad in [
        "2027-02-29",
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-1-01",
        "",
        "tomorrow",
        "2026-12-04T10:00",
    ] {
        assert_eq!(CalendarDate::parse(bad), None, "{bad:?}");
    }
    let new_year = CalendarDate::parse("2026-12-28").unwrap().add_days(7);
    assert_eq!(new_year.iso(), "2027-01-04");
    assert_eq!(CalendarDate::from_days(0).iso(), "1970-01-01");
    assert_eq!(CalendarDate::parse("1970-01-02").unwrap().days(), 1);
    // 21:53 UTC is already the next day at UTC+3 (offset -180), still the same day at UTC-5.
    assert_eq!(CalendarDate::local(T, -180.0).iso(), "2026-11-28");
    assert_eq!(CalendarDate::local(T, 300.0).iso(), "2026-11-27");
    assert_eq!(dates::day(CalendarDate::local(T, 0.0)), "27 Nov 2026");
}

// The words.

#[test]
fn the_boundary_template_reads_as_a_sentence_with_any_blanks_filled() {
    let draft = |w: &str, n: &str, y: &str, z: &str| BoundaryDraft {
        willing: w.into(),
        need: n.into(),
        if_again: y.into(),
        then: z.into(),
    };
    assert_eq!(
        receive::boundary_sentence(&draft(
            "keep talking",
            "you to lower your voice.",
            " shouting ",
            "leave the room…"
        )),
        "I’m willing to keep talking, and I need you to lower your voice. If shouting happens again, I will leave the room."
    );
    assert_eq!(
        receive::boundary_sentence(&draft("try again", "", "", "")),
        "I’m willing to try again."
    );
    assert_eq!(
        receive::boundary_sentence(&draft("", "honesty", "", "step back")),
        "I need honesty. If it happens again, I will step back."
    );
    assert_eq!(
        receive::boundary_sentence(&draft("", "", "name-calling", "")),
        "I don’t want name-calling to happen again."
    );
    assert_eq!(receive::boundary_sentence(&draft(" ", ".", "", "")), "");
    // The label's own words typed again, and a whole clause for "If this happens again…".
    assert_eq!(
        receive::boundary_sentence(&draft(
            "I'm willing to give this another try",
            "I need you to stop reading my phone",
            "you read my messages again",
            "I will stay at my sister’s"
        )),
        "I’m willing to give this another try, and I need you to stop reading my phone. If you read my messages again, I will stay at my sister’s."
    );
    assert_eq!(
        receive::boundary_sentence(&draft("", "", "If you shout at me", "")),
        "I don’t want this to happen again: you shout at me."
    );
    // A clause without "again" gets it, so the sentence still says "if this happens again".
    assert_eq!(
        receive::boundary_sentence(&draft(
            "",
            "",
            "you don’t show up without a message",
            "leave"
        )),
        "If you don’t show up without a message again, I will leave."
    );
    assert_eq!(
        receive::boundary_sentence(&draft("", "", "shouting again", "leave")),
        "If shouting happens again, I will leave."
    );
    assert_eq!(
        receive::boundary_sentence(&draft("", "…and I need: space", "", "then I’ll leave")),
        "I need space. If it happens again, I will leave."
    );
    // A word that merely begins like a lead is left whole.
    assert_eq!(
        receive::boundary_sentence(&draft("", "", "ifs and buts", "illustrate it")),
        "If ifs and buts happens again, I will illustrate it."
    );
}

#[test]
fn ids_of_needs_questions_and_scripts_are_unique_and_stable() {
    let mut ids: Vec<&str> = receive::NEEDS.iter().map(|n| n.id).collect();
    ids.extend(receive::QUESTIONS.iter().map(|q| q.id));
    ids.extend(receive::SCRIPTS.iter().map(|s| s.id));
    for id in &ids {
        assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
    }
    let needs: Vec<&str> = receive::NEEDS.iter().map(|n| n.id).collect();
    for lazare in [
        "heard",
        "not-my-fault",
        "dignity",
        "safety",
        "repair",
        "shared-values",
    ] {
        assert!(needs.contains(&lazare), "{lazare}");
    }
    let mut unique = needs.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), needs.len());
    let scripts: Vec<&str> = receive::SCRIPTS.iter().map(|s| s.id).collect();
    assert_eq!(
        scripts,
        [
            "accept",
            "still-hurt",
            "need-time",
            "see-change",
            "still-need"
        ]
    );
    assert_eq!(
        receive::SCRIPTS[0].text,
        "Thank you. I accept your apology."
    );
    assert_eq!(
        receive::need_label("time"),
        Some("Time, before I decide anything")
    );
}

#[test]
fn the_articles_words_are_quoted_faithfully() {
    // As in the article, with its apostrophes made typographic.
    for (ours, article) in [
        (receive::ARTICLE_LEAD, "It’s okay to need time to heal. A true apology doesn’t demand immediate forgiveness—it invites a process of repair."),
        (receive::GRACE_LEAD, "Allow space for honesty, but also openness. If the effort is genuine, try to receive it with grace and courage."),
        (receive::BOUNDARIES_LEAD, "Set healthy boundaries if needed, but allow the other person a chance to grow."),
        (fwd_text::LEAD, "Healing together means choosing unity over ego. It means prioritizing the relationship over the desire to be right."),
        (fwd_text::WINS_INTRO, "Celebrate small wins—even honest conversations are steps forward."),
        (fwd_text::REPLAY_INTRO, "Don’t keep replaying the hurt—acknowledge it, then release it when you’re ready."),
        (fwd_text::TRUST_TITLE, "Rebuild trust with consistency and communication"),
    ] {
        assert_eq!(ours, article);
    }
    assert!(fwd_text::CLOSING.starts_with("The goal isn’t perfection—it’s progress."));
}

#[test]
fn the_safety_note_names_no_service_or_number_and_says_it_plainly() {
    let safety: Vec<&str> = [receive::SIGNS, receive::HELP]
        .concat()
        .into_iter()
        .chain([receive::SAFETY_LEAD, receive::SIGNS_PLAIN])
        .collect();
    for text in &safety {
        assert!(
            !text.chars().any(|c| c.is_ascii_digit()),
            "a number in {text:?}"
        );
    }
    assert!(receive::SIGNS_PLAIN.contains("not a communication problem"));
    assert!(receive::HELP
        .iter()
        .any(|h| h.contains("someone you trust")));
    assert!(receive::HELP.iter().any(|h| h.contains("emergency number")));
}

#[test]
fn reminder_text_is_short_and_names_the_commitment() {
    let long =
        "When I notice I'm frustrated, I will say so and take ten minutes before we talk again.";
    let summary = fwd_text::reminder_summary(long);
    assert!(summary.starts_with("Check in: When I notice"));
    assert!(summary.ends_with('…'));
    assert!(summary.chars().count() <= "Check in: ".len() + 61);
    assert_eq!(fwd_text::shorten("short", 60), "short");
    assert!(fwd_text::reminder_description(long).contains(long));
    // One full stop, inside the quotes, whether or not the commitment was typed with one.
    for typed in [
        "I will call first.",
        "I will call first",
        " I will call first. ",
    ] {
        assert_eq!(
            fwd_text::reminder_description(typed),
            "A check-in on a commitment: “I will call first.” How has it gone? Open Mend to note it."
        );
    }
    assert!(fwd_text::reminder_description("Can I call first?").contains("“Can I call first?” How"));
}
