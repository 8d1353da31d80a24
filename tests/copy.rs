//! One set of rules for every line of copy in the app (the steps, the checker, the receiver's
//! guide, the plan and the interface's own words): final (no placeholders), typographic (curly
//! quotes, no stray spaces) and in US English.

use mend::content::checker_rules::RULES;
use mend::content::steps::*;
use mend::content::{
    checker, data, deliver, forward as fwd_text, home, pwa, receive, review, shell, titles,
    weighing,
};
use mend::model::{Answer, Outcome, Part, Relationship};
use mend::route::Route;

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
        PREPARE_SAFETY,
        EDITED_ELSEWHERE,
        EDITED_ELSEWHERE_LINK,
        PREPARE_SAFETY_LINK,
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
        COMMITMENT_SHAPE_TIP,
        IF_SLIP.label,
        IF_SLIP.hint,
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
        receive::NOTHING_TO_COPY,
        receive::PROCESS,
        receive::PROMISES_INTRO,
        receive::PROMISES_AFTER,
        receive::CLOSING_QUESTION,
        receive::SAFETY_LEAD,
        receive::SIGNS_PLAIN,
        receive::SIGNS_APOLOGIZER,
        receive::CLEAR_ANSWER,
        receive::DEVICE,
        receive::SAFETY_LINK,
        receive::ADD_NEEDS,
        receive::NEEDS_ADDED,
        receive::NEEDS_ALREADY_IN,
        receive::BOUNDARY_SAVED,
        receive::FIND_TITLE,
        receive::QUICK_EXIT,
        receive::QUICK_EXIT_HINT,
        receive::QUICK_EXIT_LIMITS,
        weighing::NOTED_HERE,
        weighing::NOTES_WITH_QUESTIONS,
        weighing::GENERAL_TITLE,
        weighing::REFLECTION_TITLE,
        weighing::REFLECTION_WAITING,
        weighing::REFLECTION_OWN,
        weighing::REFLECTION_SAFETY,
        weighing::REFLECTION_SAFETY_LINK,
        fwd_text::TRUST_INTRO,
        fwd_text::TRUST_EMPTY,
        fwd_text::SLIP_NOTE,
        fwd_text::SLIP_TITLE,
        fwd_text::SLIP_PLAN_NONE,
        fwd_text::SLIP_PLAN_LINK,
        fwd_text::KEPT_SAVED,
        fwd_text::INCLUDE_WORDS,
        fwd_text::INCLUDE_WORDS_HINT,
        fwd_text::REPEAT_RECURRING,
        fwd_text::WIN_ADDED,
        fwd_text::TALKED_ADDED,
        fwd_text::BOUNDARY_ADDED,
        fwd_text::PROMISE_ADDED,
        fwd_text::WINS_EMPTY,
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
        receive::FIND,
        receive::SAFETY_WHY,
        fwd_text::REPLAY,
    ] {
        list.iter().for_each(|s| push(s));
    }
    receive::NEEDS.iter().for_each(|n| push(n.label));
    receive::NEEDS.iter().for_each(|n| push(n.phrase));
    for next in [
        weighing::Next::Accept,
        weighing::Next::StillNeed,
        weighing::Next::SeeChange,
        weighing::Next::Time,
    ] {
        let (sentence, link) = next.words();
        push(sentence);
        push(link);
    }
    // Every reflection the six answers can give, in the four kinds of answer.
    let mut answers = [Answer::Yes; 6];
    for code in 0..4usize.pow(6) {
        for (i, a) in answers.iter_mut().enumerate() {
            *a = Answer::ALL[(code / 4usize.pow(i as u32)) % 4];
        }
        let reflection = weighing::reflect(|id| {
            receive::QUESTIONS
                .iter()
                .position(|q| q.id == id)
                .map(|i| answers[i])
        })
        .expect("six answers give a reflection");
        reflection.sentences.iter().for_each(|s| push(s));
    }
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

/// The interface's own words: the review, the start page, "Your data", the shell and notices,
/// updates, the checker panel and every page title.
fn interface_copy() -> Vec<String> {
    let mut all: Vec<String> = [
        review::PARTS_TITLE,
        review::CHANGE,
        review::WHOLE_TITLE,
        review::WHOLE_HINT,
        review::NOTHING_YET,
        review::START_STEP_ONE,
        review::EDIT_WORDING,
        review::EDITED_LABEL,
        review::EDITED_NOTE,
        review::RECOMPOSE,
        review::RECOMPOSE_CONFIRM,
        review::RECOMPOSE_YES,
        review::RECOMPOSE_UNDO,
        review::RECOMPOSED,
        review::CANCEL,
        review::DONE_EDITING,
        review::READY,
        review::EDITING_HINT,
        review::COPY,
        review::SHARE,
        review::DOWNLOAD,
        review::PRINT,
        review::REHEARSE,
        review::COPIED,
        review::COPY_FAILED,
        review::DOWNLOADED,
        review::DOWNLOAD_FAILED,
        review::FILE_NAME_PREFIX,
        review::SHARE_TITLE,
        review::REMINDER,
        review::REHEARSE_INTRO,
        review::REHEARSE_PREVIOUS,
        review::REHEARSE_NEXT,
        review::REHEARSE_DONE,
        review::REHEARSE_TITLE,
        review::REPAIR_LABEL,
        home::INTRO,
        home::WRITE_APOLOGY,
        home::START_NEW,
        home::RECEIVED_APOLOGY,
        home::MOVING_FORWARD,
        home::SAFETY_LINK,
        home::CONTINUE_TITLE,
        home::CONTINUE_BUTTON,
        home::LIST_TITLE,
        home::OPEN,
        home::DELETE,
        home::UNDO,
        home::KEEP_IT,
        home::DELETE_IT,
        home::UNTITLED,
        data::INTRO,
        data::WHAT_TITLE,
        data::NOTHING_KEPT,
        data::CLEARING_NOTE,
        data::RECEIVER_KEPT,
        data::FORWARD_KEPT,
        data::KEEP_TITLE,
        data::KEEP_GRANTED,
        data::KEEP_NOT_GRANTED,
        data::KEEP_UNKNOWN,
        data::KEEP_ASK,
        data::KEEP_REFUSED,
        data::PRIVATE_TITLE,
        data::PRIVATE_LABEL,
        data::PRIVATE_HINT,
        data::EXPORT_TITLE,
        data::EXPORT_HINT,
        data::EXPORT_JSON,
        data::EXPORT_TEXT,
        data::EXPORT_FILE_PREFIX,
        data::EXPORT_TEXT_PREFIX,
        data::EXPORTED,
        data::EXPORT_FAILED,
        data::IMPORT_TITLE,
        data::IMPORT_LABEL,
        data::IMPORT_HINT,
        data::IMPORT_READ_FAILED,
        data::IMPORT_ERROR_TITLE,
        data::IMPORT_PREVIEW_TITLE,
        data::IMPORT_NOTHING,
        data::IMPORT_ADD,
        data::IMPORT_REPLACE,
        data::IMPORT_CANCEL,
        data::IMPORT_REPLACE_NOTE,
        data::IMPORTED,
        data::IMPORT_UNDO,
        data::IMPORT_UNDONE,
        data::DELETE_TITLE,
        data::DELETE_HINT,
        data::DELETE_BUTTON,
        data::DELETE_CONFIRM_TITLE,
        data::DELETE_CONFIRM_YES,
        data::DELETE_CONFIRM_NO,
        data::DELETED,
        data::DELETE_FAILED,
        data::DELETE_NOTHING_STORED,
        shell::SKIP_TO_CONTENT,
        shell::HOME_LINK_LABEL,
        shell::FOOTER_DATA_LINK,
        shell::FOOTER_SAFETY_LINK,
        shell::FOOTER_PRIVACY,
        shell::NOT_FOUND_BODY,
        shell::NOT_FOUND_HOME,
        shell::STATUS_SAVED,
        shell::STATUS_SAVING,
        shell::SAVE_FAILED_TITLE,
        shell::SAVE_FAILED_FULL,
        shell::SAVE_FAILED_OTHER,
        shell::SAVE_RETRY,
        shell::UNAVAILABLE_TITLE,
        shell::UNAVAILABLE_BODY,
        shell::READ_ONLY_TITLE,
        shell::READ_ONLY_BODY,
        shell::UNREADABLE_TITLE,
        shell::UNREADABLE_BODY,
        shell::UNREADABLE_NOT_COPIED_BODY,
        shell::SHOW_RAW,
        shell::COPY_RAW,
        shell::COPIED,
        shell::COPY_FAILED,
        shell::RAW_LABEL,
        shell::MIGRATED_BODY,
        shell::CONFLICT_TITLE,
        shell::CONFLICT_BODY,
        shell::CONFLICT_KEEP_MINE,
        shell::CONFLICT_TAKE_THEIRS,
        shell::DISMISS,
        shell::PRIVATE_TITLE,
        shell::PRIVATE_BODY,
        shell::PRIVATE_RESUME,
        pwa::UPDATE_READY,
        pwa::UPDATE_RELOAD,
        pwa::UPDATE_LATER,
        pwa::UPDATE_UNSAVED,
        pwa::UPDATE_TRY_AGAIN,
        pwa::UPDATE_RELOAD_ANYWAY,
        checker::NOTES_TITLE,
        checker::NOTES_INTRO,
        checker::TRY_INSTEAD,
        checker::FINE_HERE,
        checker::REVIEW_NOTES_TITLE,
        titles::APP_NAME,
        titles::APP_TITLE,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    all.extend(Route::ALL.iter().map(|r| r.title().to_owned()));
    all.push((review::REHEARSE_POSITION)(1, 4));
    all.push(home::deleted("Your apology to Ana"));
    all.push(data::IMPORT_NOTHING_NEW.to_owned());
    all.push(fwd_text::group_title("Sam"));
    all.push(fwd_text::recent_sentence(5, 6));
    all.push(fwd_text::recent_sentence(1, 1));
    all.push(
        fwd_text::on_words("When I’m late, I will text you first.")
            .trim()
            .to_owned(),
    );
    all.push(fwd_text::reminder_description(None));
    all.push(checker::marked_fine("A “but” that takes it back"));
    all.push(checker::notes_below(0));
    all.push(checker::notes_below(2));
    all.push(checker::UNDO.to_owned());
    all.extend(delivery_copy());
    all
}

/// The delivery page, private links and the `/open` page.
fn delivery_copy() -> Vec<String> {
    use mend::model::Way;
    let mut all: Vec<String> = [
        deliver::INTRO,
        deliver::TIMING_TITLE,
        deliver::HOW_TITLE,
        deliver::REHEARSE_HINT,
        deliver::MESSAGE_ADVICE,
        deliver::LETTER_ADVICE,
        deliver::NOTHING_YET,
        deliver::SEE_NOTES,
        deliver::LINK_TITLE,
        deliver::LINK_EXPLAINED,
        deliver::LINK_WARNING,
        deliver::FROM_LABEL,
        deliver::FROM_HINT,
        deliver::LOCK_LABEL,
        deliver::PASSPHRASE_LABEL,
        deliver::PASSPHRASE_HINT,
        deliver::PASSPHRASE_SHORT,
        deliver::MAKE_LINK,
        deliver::MAKING_LINK,
        deliver::LINK_LABEL,
        deliver::LINK_MADE,
        deliver::LINK_STALE,
        deliver::COPY_LINK,
        deliver::SHARE_LINK,
        deliver::LINK_COPIED,
        deliver::SHARE_AS_TEXT,
        deliver::SHOW_QR,
        deliver::HIDE_QR,
        deliver::QR_LABEL,
        deliver::QR_HINT,
        deliver::QR_TOO_LONG,
        deliver::LINK_SIZE_OK,
        deliver::LINK_SIZE_LONG,
        deliver::LINK_TOO_LONG,
        deliver::LINK_CANNOT_LOCK,
        deliver::LINK_FAILED,
        deliver::SHARE_LINK_TEXT,
        deliver::SAID_TITLE,
        deliver::SAID_BUTTON,
        deliver::SAID_HINT,
        deliver::SAID_WARM,
        deliver::UNMARK,
        deliver::HOW_IT_WENT_LABEL,
        deliver::HOW_IT_WENT_HINT,
        deliver::ON_TO_PLAN,
        deliver::REPLIES_TITLE,
        deliver::NOT_NOW_OK,
        deliver::READ_IT,
        deliver::NOT_NOW,
        deliver::LATER,
        deliver::TAKE_YOUR_TIME,
        deliver::ONLY_ON_PAGE,
        deliver::KEEP_IT,
        deliver::KEPT,
        deliver::KEPT_HERE,
        deliver::WEIGH_IT,
        deliver::START_GUIDE,
        deliver::KEEP_REPLY,
        deliver::REPLY_KEPT,
        deliver::REPLY_ORPHAN,
        deliver::TO_YOUR_APOLOGY,
        deliver::LOCKED,
        deliver::UNLOCK,
        deliver::UNLOCKING,
        deliver::WRONG_PASSPHRASE,
        deliver::NO_LINK,
        deliver::CUT_OFF,
        deliver::ALTERED,
        deliver::TOO_LONG,
        deliver::UNSUPPORTED,
        deliver::GO_HOME,
        deliver::OPENED_TITLE,
        deliver::PASTE_INSTEAD,
        deliver::REPLY_LINK,
        deliver::REPLY_LINK_HINT,
        deliver::REPLY_SHARE_TEXT,
        deliver::REPLY_CHOOSE_FIRST,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    all.extend(deliver::TIMING.iter().map(|s| s.to_string()));
    all.extend(deliver::IN_PERSON_ADVICE.iter().map(|s| s.to_string()));
    for way in Way::ALL {
        all.push(deliver::way_label(way).to_owned());
        all.push(deliver::way_hint(way).to_owned());
        all.push(deliver::delivered_on(way, "3 Dec 2026"));
    }
    for n in [1, 3] {
        all.push((deliver::OPEN_NOTES)(n));
        all.push(review::open_notes(n));
    }
    all.push(deliver::link_size(1_500));
    all.push(deliver::replied("Sam", "4 Dec 2026"));
    all.push(deliver::replied("", "4 Dec 2026"));
    all.push(deliver::sent_you("Alex"));
    all.push(deliver::sent_you(""));
    all.push(deliver::replied_to_you("Sam"));
    all.push(deliver::replied_to_you(""));
    all.push(deliver::from_line("Alex"));
    all.push(deliver::sent_on("3 Dec 2026"));
    all.push(deliver::newer(2));
    all.push(home::delivered_on("3 Dec 2026"));
    all.push(home::NEXT_PLAN.to_owned());
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
        .chain(receiver_and_plan_copy())
        .chain(interface_copy());
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
