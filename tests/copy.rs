//! One set of rules for the app's longer copy (the steps' guidance and examples, the checker's
//! notes, the receiver's guide and the plan): final (no placeholders), typographic (curly
//! quotes, no stray spaces) and in US English.

use mend::content::checker_rules::RULES;
use mend::content::steps::*;
use mend::content::{forward as fwd_text, receive};
use mend::model::{Answer, Outcome, Part, Relationship};

fn apology_copy() -> Vec<&'static str> {
    let mut all = Vec::new();
    for part in Part::ALL {
        let text = step(part);
        all.push(text.guidance);
        all.extend(text.why);
        all.extend(text.avoid);
        for relationship in Relationship::ALL {
            all.extend(examples(part, relationship));
        }
    }
    for field in [
        WHAT_HAPPENED,
        FEELINGS,
        RESPONSIBILITY,
        REMORSE,
        COMMITMENT,
        REPAIR,
        RECIPIENT,
        CALM,
        LISTENED,
        VALUES,
    ] {
        all.push(field.label);
        all.push(field.hint);
    }
    for relationship in Relationship::ALL {
        all.push(relationship_name(relationship));
    }
    all.extend([
        COMMITMENTS_LEGEND,
        PREPARE_INTRO,
        RELATIONSHIP_LABEL,
        SKIP_PREPARE,
        WHY_TITLE,
        ARTICLE_EXAMPLE_TITLE,
        MORE_EXAMPLES_TITLE,
        AVOID_TITLE,
        BACK,
        CONTINUE,
        CONTINUE_TO_REVIEW,
        ADD_COMMITMENT,
        REMOVE_COMMITMENT,
        COMMITMENT_REMOVED,
        UNDO,
        EMPTY_PART_NOTE,
    ]);
    all
}

fn receiver_and_plan_copy() -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    let mut push = |s: &str| all.push(s.to_owned());
    for s in [
        receive::ARTICLE_LEAD,
        receive::TIME_TITLE,
        receive::GUIDE_TITLE,
        receive::GUIDE_INTRO,
        receive::NEEDS_INTRO,
        receive::NEEDS_LEGEND,
        receive::NEEDS_HINT,
        receive::WEIGH_INTRO,
        receive::QUESTIONS_TITLE,
        receive::AFTER_QUESTIONS,
        receive::CHECKER_TITLE,
        receive::CHECKER_INTRO,
        receive::CHECKER_EMPTY,
        receive::CHECKER_NONE,
        receive::RESPOND_INTRO,
        receive::RESPOND_GOTTMAN,
        receive::BOUNDARIES_INTRO,
        receive::BUILDER_HINT,
        receive::PREVIEW_EMPTY,
        receive::BOUNDARIES_FORWARD,
        receive::BOUNDARY_EMPTY,
        receive::PROCESS,
        receive::PROMISES_INTRO,
        receive::PROMISES_AFTER,
        receive::CLOSING_QUESTION,
        receive::SAFETY_LEAD,
        receive::SIGNS_PLAIN,
        receive::DEVICE,
        receive::SAFETY_LINK,
        fwd_text::INTRO,
        fwd_text::TRUST_INTRO,
        fwd_text::TRUST_EMPTY,
        fwd_text::CHECK_IN_NEEDS_NOTE,
        fwd_text::SLIP_NOTE,
        fwd_text::CALENDAR_HINT,
        fwd_text::EARLIER_INTRO,
        fwd_text::CLOSING,
        fwd_text::WRITE_FIRST,
    ] {
        push(s);
    }
    for list in [
        receive::TIME_POINTS,
        receive::TIME_WHY,
        receive::NEEDS_WHY,
        receive::GRACE,
        receive::NOT,
        receive::PROMISES,
        receive::SIGNS,
        receive::HELP,
        receive::SAFETY_WHY,
        fwd_text::REPLAY,
    ] {
        list.iter().for_each(|s| push(s));
    }
    receive::NEEDS.iter().for_each(|n| push(n.label));
    for q in receive::QUESTIONS {
        push(q.question);
        push(q.hint);
    }
    for s in receive::SCRIPTS {
        push(s.title);
        push(s.when);
        push(s.text);
    }
    for f in [
        receive::NOTES,
        receive::RECEIVED,
        receive::WILLING,
        receive::NEED,
        receive::IF_AGAIN,
        receive::THEN,
        fwd_text::CHECK_IN_NOTE,
        fwd_text::NEXT_CHECK_IN,
        fwd_text::PROMISE,
        fwd_text::WIN,
        fwd_text::BOUNDARY,
        fwd_text::TALKED_NOTE,
    ] {
        push(f.label);
        push(f.hint);
    }
    for a in Answer::ALL {
        push(receive::answer_label(a));
    }
    for o in Outcome::ALL {
        push(fwd_text::outcome_button(o));
        push(fwd_text::outcome_label(o));
    }
    all
}

/// Every rule's title, explanation, suggestion and note for someone receiving an apology.
fn checker_copy() -> Vec<&'static str> {
    RULES
        .iter()
        .flat_map(|r| [r.title, r.why, r.instead, r.receiver_note])
        .collect()
}

#[test]
fn copy_is_final_typographic_and_us_english() {
    let all = apology_copy()
        .into_iter()
        .chain(checker_copy())
        .map(str::to_owned)
        .chain(receiver_and_plan_copy());
    for text in all {
        assert!(!text.trim().is_empty());
        assert_eq!(text, text.trim(), "{text:?}");
        assert!(!text.contains('\''), "straight apostrophe in {text:?}");
        assert!(!text.contains('"'), "straight quote in {text:?}");
        assert!(!text.contains("  "), "double space in {text:?}");
        let lower = text.to_lowercase();
        for marker in ["todo", "tbd", "xxx", "lorem", "placeholder"] {
            assert!(!lower.contains(marker), "{marker:?} in {text:?}");
        }
        for uk in [
            "apologis",
            "cancelled",
            "criticis",
            "recognis",
            "colour",
            "behaviour",
            " mum ",
        ] {
            assert!(!lower.contains(uk), "{uk:?} in {text:?}");
        }
    }
}
