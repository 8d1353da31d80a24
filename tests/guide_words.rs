//! The words of the receiver's guide and the plan: the boundary template, stable ids, quotes and the safety note.

mod common;

use mend::content::{forward as fwd_text, receive};
use mend::model::BoundaryDraft;

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
    let safety: Vec<&str> = [receive::SIGNS, receive::HELP, receive::FIND]
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
    // Something to act on, wherever the reader is: how to find each number, not a number.
    assert!(receive::FIND.iter().any(|h| h.contains("emergency number")));
    assert!(receive::FIND.iter().any(|h| h.contains("support line")));
}

#[test]
fn a_reminder_keeps_the_secret_unless_asked_for_the_words() {
    let long =
        "When I notice I'm frustrated, I will say so and take ten minutes before we talk again.";
    // By default, nothing of the commitment: calendars sync, show on lock screens, are shared.
    assert_eq!(fwd_text::reminder_summary(None), "Mend check-in");
    let neutral = fwd_text::reminder_description(None);
    for word in ["frustrated", "commitment", "promise", "apolog", "sorry"] {
        assert!(
            !neutral.to_lowercase().contains(word),
            "{word:?} in {neutral:?}"
        );
    }
    // Asked for, the words come in, shortened in the title.
    let summary = fwd_text::reminder_summary(Some(long));
    assert!(summary.starts_with("Mend check-in: When I notice"));
    assert!(summary.ends_with('…'));
    assert!(summary.chars().count() <= "Mend check-in: ".len() + 61);
    assert_eq!(fwd_text::shorten("short", 60), "short");
    assert!(fwd_text::reminder_description(Some(long)).contains(long));
    // One full stop, inside the quotes, whether or not the commitment was typed with one.
    for typed in [
        "I will call first.",
        "I will call first",
        " I will call first. ",
    ] {
        assert_eq!(
            fwd_text::reminder_description(Some(typed)),
            "A check-in on a commitment: “I will call first.” How has it gone? Open Mend to note it."
        );
    }
    assert!(fwd_text::reminder_description(Some("Can I call first?"))
        .contains("“Can I call first?” How"));
}
