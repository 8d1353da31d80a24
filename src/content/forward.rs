//! The words of "Moving forward together" (`/forward`): the article's four tips, made into things to do.

use crate::content::steps::Field;
use crate::model::Outcome;

/// The article's words about moving forward as a team, quoted.
pub const LEAD: &str = "Healing together means choosing unity over ego. It means prioritizing the relationship over the desire to be right.";
pub const INTRO: &str = "The article’s four tips for after an apology, made into something you can do. Everything here stays on this device.";

// Rebuild trust with consistency.

/// The article's tip, quoted, as the section title.
pub const TRUST_TITLE: &str = "Rebuild trust with consistency and communication";
pub const TRUST_INTRO: &str = "Each commitment from step 4 of an apology is here, with its offer to make it right. Check in now and then: did it go as promised? Small promises kept, again and again, are how trust comes back.";
pub const TRUST_EMPTY: &str = "Nothing to check in on yet. If someone made you a promise, add it below. If you apologized, the commitments you write in step 4, “Commit to change”, appear here.";
pub const TRUST_EMPTY_LINK: &str = "Write a commitment in step 4";
/// Above a commitment from an apology to a named person.
pub fn from_apology_to(name: &str) -> String {
    format!("From your apology to {name}")
}
pub const FROM_APOLOGY: &str = "From an apology";
/// Above an apology's offer to make it right: "The offer to make it right · From your apology to Sam".
pub fn repair_from(from: &str) -> String {
    format!("The offer to make it right · {from}")
}
pub const FROM_PROMISE: &str = "A promise you added here";
/// The visually hidden name of a commitment, after the buttons' words: "commitment 2".
pub fn commitment_suffix(number: usize) -> String {
    format!(" for commitment {number}")
}
pub fn commitment_heading(number: usize) -> String {
    format!("Commitment {number}")
}

pub const HISTORY_TITLE: &str = "Check-ins";
pub const HISTORY_EMPTY: &str = "No check-ins yet.";
pub const CHECK_IN_NOTE: Field = Field {
    label: "Check-in note (optional)",
    hint: "What happened, in a few words. Then choose how it went.",
};
pub const CHECK_IN_LEGEND: &str = "How did it go?";
pub const CHECK_IN_SAVED: &str = "Check-in saved.";
pub const CHECK_IN_NEEDS_NOTE: &str = "Write a note first, or choose “Kept it” or “Slipped”.";
pub const SLIP_NOTE: &str = "A slip isn’t the end. Name it, talk about it, and keep going. The goal isn’t perfection—it’s progress.";
pub const CHECK_IN_REMOVED: &str = "Check-in removed.";

/// The buttons that record a check-in.
pub fn outcome_button(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Kept => "Kept it",
        Outcome::Slipped => "Slipped",
        Outcome::NoteOnly => "Save the note",
    }
}

/// How a check-in's outcome reads in its history.
pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Kept => "Kept it",
        Outcome::Slipped => "Slipped",
        Outcome::NoteOnly => "Note",
    }
}

pub const REMINDER_TITLE: &str = "Set a reminder";
pub const NEXT_CHECK_IN: Field = Field {
    label: "Next check-in",
    hint: "Pick a day to look at this again. You can add it to your calendar as a reminder.",
};
pub const ADD_TO_CALENDAR: &str = "Add to my calendar";
pub const CALENDAR_HINT: &str =
    "Makes a calendar file on this device. Open it to add the reminder.";
pub const CALENDAR_DONE: &str = "Calendar file made. Open it to add the reminder.";
pub const CALENDAR_FAILED: &str = "Could not make the calendar file.";
pub const CALENDAR_NO_DATE: &str = "Choose a date first.";
pub const CALENDAR_FILE_PREFIX: &str = "mend-check-in";
/// The calendar event's title.
pub fn reminder_summary(commitment: &str) -> String {
    format!("Check in: {}", shorten(commitment, 60))
}
/// The calendar event's description. The quoted commitment ends with one full stop, inside the
/// quotes (US style), however it was typed.
pub fn reminder_description(commitment: &str) -> String {
    format!(
        "A check-in on a commitment: “{}” How has it gone? Open Mend to note it.",
        super::with_full_stop(commitment.trim())
    )
}

pub const PROMISE_TITLE: &str = "Track a promise made to you";
pub const PROMISE: Field = Field {
    label: "A promise made to you",
    hint: "If someone made you a promise, write it here to check in on it too.",
};
pub const ADD_PROMISE: &str = "Add this promise";
pub const PROMISE_ADDED: &str = "Promise added.";

pub const EARLIER_TITLE: &str = "Earlier check-ins";
pub const EARLIER_INTRO: &str = "Check-ins on commitments that are no longer in an apology.";

// Celebrate small wins.

pub const WINS_TITLE: &str = "Celebrate small wins";
/// The article's tip, quoted.
pub const WINS_INTRO: &str = "Celebrate small wins—even honest conversations are steps forward.";
pub const WIN: Field = Field {
    label: "A small win",
    hint: "An honest conversation, a promise kept, a good day: anything that felt like a step forward.",
};
pub const ADD_WIN: &str = "Add to the log";
pub const WIN_ADDED: &str = "Added to the log.";
pub const WINS_LOG_TITLE: &str = "Your log";
pub const WINS_EMPTY: &str = "Nothing logged yet.";

// Set healthy boundaries.

pub const BOUNDARIES_TITLE: &str = "Set healthy boundaries";
/// The article's tip, quoted.
pub const BOUNDARIES_INTRO: &str =
    "Set healthy boundaries if needed, but allow the other person a chance to grow.";
pub const BOUNDARIES_EMPTY: &str = "No boundaries written yet.";
pub const FROM_GUIDE: &str = "From the receiver’s guide";
pub const ADDED_HERE: &str = "Added here";
pub const BOUNDARY_TEMPLATE_LINK: &str = "Write one with the boundary template";
pub const BOUNDARY: Field = Field {
    label: "Add a boundary",
    hint: "In your own words. For example: “I need us to talk about money before either of us spends a lot.”",
};
pub const ADD_BOUNDARY: &str = "Add boundary";
pub const BOUNDARY_ADDED: &str = "Boundary added.";

// Don't keep replaying the hurt.

pub const REPLAY_TITLE: &str = "Don’t keep replaying the hurt";
/// The article's tip, quoted.
pub const REPLAY_INTRO: &str =
    "Don’t keep replaying the hurt—acknowledge it, then release it when you’re ready.";
pub const REPLAY: &[&str] = &[
    "Letting go happens in its own time. The one who was hurt may need to come back to it more than once, and that’s okay.",
    "If you were the one who apologized, don’t push for closure. Listen again when they need to talk.",
    "When you’ve talked it through and it feels settled, you can mark it here. It’s a way to notice you’ve moved on together, not a rule that it can never come up again.",
];
pub const TALKED_NOTE: Field = Field {
    label: "A note about it (optional)",
    hint: "What you talked about, or how it felt afterwards.",
};
pub const TALKED_BUTTON: &str = "We talked it through";
pub const TALKED_ADDED: &str = "Marked as talked through.";
/// A "talked it through" marker without a note.
pub const TALKED_ENTRY: &str = "We talked it through.";
pub const TALKED_LOG_TITLE: &str = "Talked through";
pub const TALKED_EMPTY: &str = "Not marked yet.";

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
pub const WIN_KIND: &str = "win";
pub const BOUNDARY_KIND: &str = "boundary";
pub const TALKED_KIND: &str = "marker";
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
