//! The words of "Moving forward together" (`/forward`): the article's four tips, made into things to do.

use crate::content::steps::Field;
use crate::model::ics::CalendarDate;
use crate::model::{List, Outcome};

/// The article's words about moving forward as a team, quoted.
pub const LEAD: &str = "Healing together means choosing unity over ego. It means prioritizing the relationship over the desire to be right.";

// Rebuild trust with consistency.

pub const PLAN_TITLE: &str = "Your plan";
/// The article's tip, quoted once, under the plan's title.
pub const TRUST_TITLE: &str = "Rebuild trust with consistency and communication";
pub const TRUST_INTRO: &str = "Small promises kept, again and again, are how trust comes back.";
pub const TRUST_EMPTY: &str = "Nothing to check in on yet. If someone made you a promise, add it below. If you apologized, the commitments you write in step 4, “Commit to change”, appear here.";
pub const TRUST_EMPTY_LINK: &str = "Write a commitment in step 4";
/// The title over one apology's commitments.
pub fn group_title(recipient: &str) -> String {
    match recipient.trim() {
        "" => "Your apology".to_owned(),
        name => format!("Your apology to {name}"),
    }
}
pub const PROMISES_GROUP: &str = "Promises made to you";

/// What kind of line a row is, above its words.
pub const KIND_REPAIR: &str = "Offer to make it right";
pub const KIND_PROMISE: &str = "Promise made to you";
/// Rows whose words run past this many characters fold to two lines, with "more".
pub const FOLD_AFTER: usize = 90;
pub const MORE: &str = "more";
pub const LESS: &str = "less";

pub const NOT_YET: &str = "No check-ins yet";
/// A date at a glance: "25 Nov" this year, "25 Nov 2025" before.
pub fn glance_date(date: CalendarDate, today: Option<CalendarDate>) -> String {
    let full = super::dates::day(date);
    match today {
        Some(today) if today.year == date.year => {
            full.trim_end_matches(&format!(" {}", date.year)).to_owned()
        }
        _ => full,
    }
}
/// "Last check-in 28 Nov 2026: kept it" (the date is a `<time>` the page puts between).
pub const LAST_PREFIX: &str = "Last ";
/// After the date, how it went: ": kept it".
pub fn last_outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Kept => ": kept it",
        Outcome::Slipped => ": slipped",
        Outcome::NoteOnly => ": a note",
    }
}

/// The sentence the row's dots say to a screen reader (and as their title).
pub fn recent_sentence(kept: usize, counted: usize) -> String {
    match counted {
        0 => "No check-ins yet.".to_owned(),
        1 if kept == 1 => "Kept it at the one check-in so far.".to_owned(),
        1 => "Slipped at the one check-in so far.".to_owned(),
        n => format!("Kept {kept} of the last {n} check-ins."),
    }
}
/// Beside the dots when the latest few were all kept.
pub fn streak(count: usize) -> Option<String> {
    (count >= 3).then(|| format!("{count} in a row"))
}

pub const CHECK_IN: &str = "Check in";
/// Visually hidden after "Check in" and in the panel's name: the promise's first words.
pub fn on_words(text: &str) -> String {
    format!(" on “{}”", shorten(text, 50))
}
pub const PANEL_TITLE: &str = "How did it go?";
pub const CHECK_IN_NOTE: Field = Field {
    label: "A note (optional)",
    hint: "What happened, in a few words. Then tap how it went: that saves it.",
};
pub const CLOSE: &str = "Close";
pub const CHECK_IN_SAVED: &str = "Check-in saved.";
/// Said when a check-in is saved as a slip: as warmly as a kept one, since owning it is the work.
pub const SLIP_SAVED: &str = "Check-in saved. Owning a slip is part of keeping the promise.";
/// Said when a check-in is saved as kept.
pub const KEPT_SAVED: &str = "Check-in saved: kept it. That’s trust, built a little more.";
pub const SLIP_TITLE: &str = "A slip isn’t the end";
pub const SLIP_NOTE: &str =
    "Name it, talk about it, and keep going. The goal isn’t perfection—it’s progress.";
pub const SLIP_PLAN_TITLE: &str = "Your plan for a slip";
/// When the commitment has no "If I slip, I will…" yet.
pub const SLIP_PLAN_NONE: &str = "You could decide now what you’ll do if it happens again: own it out loud, say what you’ll do next time.";
pub const SLIP_PLAN_LINK: &str = "Write “If I slip, I will…” in step 4";
pub const DONE: &str = "Done";
pub const CHECK_IN_REMOVED: &str = "Check-in removed.";

/// How a check-in's outcome reads in its history.
pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Kept => "Kept it",
        Outcome::Slipped => "Slipped",
        Outcome::NoteOnly => "Note",
    }
}
/// The two buttons that save a check-in, equal in weight: neither is the expected answer.
pub fn outcome_button(outcome: Outcome) -> &'static str {
    outcome_label(outcome)
}

/// The folded history in the panel: "Check-ins so far (3)".
pub fn history_title(count: usize) -> String {
    format!("Check-ins so far ({count})")
}

pub const REMINDER_TITLE: &str = "Set a reminder";
pub const NEXT_CHECK_IN: Field = Field {
    label: "Next check-in",
    hint: "Pick a day to look at this again.",
};
pub const REPEAT_LEGEND: &str = "How often";
pub const REPEAT_ONCE: &str = "Just that day";
pub const REPEAT_RECURRING: &str = "Weekly for a month, then monthly";
pub const INCLUDE_WORDS: &str = "Include the promise’s words in the reminder";
pub const INCLUDE_WORDS_HINT: &str = "Calendars often sync to the cloud, show on the lock screen and are shared. Without this, the reminder only says “Mend check-in”.";
pub const ADD_TO_CALENDAR: &str = "Add to my calendar";
pub const CALENDAR_HINT: &str =
    "Makes a calendar file on this device. Open it to add the reminder.";
pub const CALENDAR_DONE: &str = "Calendar file made. Open it to add the reminder.";
pub const CALENDAR_FAILED: &str = "Could not make the calendar file.";
pub const CALENDAR_NO_DATE: &str = "Choose a date first.";
pub const CALENDAR_FILE_PREFIX: &str = "mend-check-in";
/// The calendar event's title: neutral unless the person asks for the promise's words, since a
/// calendar is often seen by others (even the person it is about).
pub const REMINDER_NEUTRAL: &str = "Mend check-in";
pub fn reminder_summary(words: Option<&str>) -> String {
    match words {
        None => REMINDER_NEUTRAL.to_owned(),
        Some(words) => format!("{REMINDER_NEUTRAL}: {}", shorten(words, 60)),
    }
}
/// The calendar event's description. With the words, the quoted commitment ends with one full
/// stop, inside the quotes (US style), however it was typed.
pub fn reminder_description(words: Option<&str>) -> String {
    match words {
        None => "Time for a check-in. Open Mend to note how it has gone.".to_owned(),
        Some(words) => format!(
            "A check-in on a commitment: “{}” How has it gone? Open Mend to note it.",
            super::with_full_stop(words.trim())
        ),
    }
}

pub const PROMISE_TITLE: &str = "Track a promise made to you";
pub const PROMISE: Field = Field {
    label: "A promise made to you",
    hint: "If someone made you a promise, write it here to check in on it too.",
};
pub const ADD_PROMISE: &str = "Add this promise";
pub const PROMISE_ADDED: &str = "Promise added. Check in on it whenever you like.";

pub const EARLIER_TITLE: &str = "Earlier check-ins";
pub const EARLIER_INTRO: &str = "Check-ins on commitments that are no longer in an apology.";

// Celebrate small wins.

pub const WINS_TITLE: &str = "Small wins";
/// The article's tip, quoted once, under the title.
pub const WINS_INTRO: &str = "Celebrate small wins—even honest conversations are steps forward.";
pub const WIN: Field = Field {
    label: "A small win",
    hint: "An honest conversation, a promise kept, a good day.",
};
pub const ADD_WIN_TITLE: &str = "Add a small win";
pub const ADD_WIN: &str = "Add this win";
/// Said when a win is added: a warm word, not just a receipt.
pub const WIN_ADDED: &str = "That’s worth noticing. It’s on your timeline.";
pub const WINS_EMPTY: &str = "Nothing here yet. The first small win counts.";

// Set healthy boundaries.

pub const BOUNDARIES_TITLE: &str = "Boundaries";
/// The article's tip, quoted once, under the title.
pub const BOUNDARIES_INTRO: &str =
    "Set healthy boundaries if needed, but allow the other person a chance to grow.";
pub const BOUNDARIES_EMPTY: &str = "No boundaries written yet.";
pub const FROM_GUIDE: &str = "From the receiver’s guide";
pub const ADDED_HERE: &str = "Added here";
pub const ADD_BOUNDARY_TITLE: &str = "Add a boundary";
pub const BOUNDARY_TEMPLATE_LINK: &str = "Write one with the boundary template";
pub const BOUNDARY: Field = Field {
    label: "A boundary",
    hint: "In your own words. For example: “I need us to talk about money before either of us spends a lot.”",
};
pub const ADD_BOUNDARY: &str = "Add boundary";
pub const BOUNDARY_ADDED: &str = "Boundary added. Saying what you need is part of repair.";

// Don't keep replaying the hurt.

pub const REPLAY_TITLE: &str = "Letting go";
/// The article's tip, quoted once, under the title.
pub const REPLAY_INTRO: &str =
    "Don’t keep replaying the hurt—acknowledge it, then release it when you’re ready.";
pub const REPLAY_MORE: &str = "Letting go, in its own time";
pub const REPLAY: &[&str] = &[
    "Letting go happens in its own time. The one who was hurt may need to come back to it more than once, and that’s okay.",
    "If you were the one who apologized, don’t push for closure. Listen again when they need to talk.",
    "When you’ve talked it through and it feels settled, you can mark it under “Small wins”. It’s a way to notice you’ve moved on together, not a rule that it can never come up again.",
];
pub const TALKED_NOTE: Field = Field {
    label: "A note about it (optional)",
    hint: "What you talked about, or how it felt afterwards.",
};
pub const TALKED_TITLE: &str = "Mark that we talked it through";
pub const TALKED_BUTTON: &str = "We talked it through";
/// Said when a talk is marked: warm, and no pressure that it's over.
pub const TALKED_ADDED: &str =
    "Talking it through takes courage from you both. It’s on your timeline.";
/// A "talked it through" marker without a note.
pub const TALKED_ENTRY: &str = "We talked it through.";

/// The timelines show their latest few; the rest behind "Show all (N)".
pub const TIMELINE_SHOWN: usize = 3;
pub fn show_all(count: usize) -> String {
    format!("Show all ({count})")
}
pub const SHOW_FEWER: &str = "Show fewer";

// Shared.

pub const WRITE_FIRST: &str = "Write a few words first.";
pub const REMOVE: &str = "Remove";
pub const REMOVED: &str = "Removed.";
pub const UNDO: &str = "Undo";
/// Visually hidden after "Remove": what is removed, with its first words, so two entries from
/// the same day never share a name: " win from 28 Nov 2026: “We laughed at dinner”".
pub fn entry_suffix(kind: &str, date: Option<&str>, words: &str) -> String {
    let mut suffix = format!(" {kind}");
    if let Some(date) = date {
        suffix.push_str(" from ");
        suffix.push_str(date);
    }
    let words = words.trim();
    if !words.is_empty() {
        suffix.push_str(&format!(": “{}”", shorten(words, 40)));
    }
    suffix
}
/// What an entry is called after "Remove".
pub fn entry_kind(list: List) -> &'static str {
    match list {
        List::Wins => "win",
        List::Boundaries => "boundary",
        List::TalkedThrough => "talk",
        List::Promises => PROMISE_KIND,
    }
}
/// A word before an entry's date, where the list needs one.
pub fn entry_meta(list: List) -> Option<&'static str> {
    match list {
        List::Boundaries => Some(ADDED_HERE),
        List::TalkedThrough => Some(TALKED_BUTTON),
        List::Wins | List::Promises => None,
    }
}
pub const CHECK_IN_KIND: &str = "check-in";
/// A check-in's place in its list, newest first, so two alike from one day differ by name:
/// "check-in 2".
pub fn check_in_kind(number: usize) -> String {
    format!("{CHECK_IN_KIND} {number}")
}
pub const PROMISE_KIND: &str = "promise";

/// The article's closing words, quoted.
pub const CLOSING: &str = "The goal isn’t perfection—it’s progress. It’s not about never hurting one another, but about how we repair when we do.";

/// The first `max` characters of `text`, cut at a word with "…" when longer.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > max / 2 => &cut[..at],
        _ => &cut,
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':', '.']))
}
