//! Words around the checker's notes (the notes themselves live with their rules in `checker`).

pub const NOTES_TITLE: &str = "Worth a second look";
pub const NOTES_INTRO: &str = "Only you know what fits. These are gentle suggestions, not rules.";
/// When the checker's worker could not start: writing and saving go on without it.
pub const NOTES_UNAVAILABLE: &str = "Notes on your wording aren’t available right now. Your words are saved as you write; reloading the page may bring the notes back.";
pub const TRY_INSTEAD: &str = "Try instead:";
/// Sets a note aside: the person's words stay as they are.
pub const FINE_HERE: &str = "Keep my wording";
pub const REVIEW_NOTES_TITLE: &str = "Notes still open";
pub const UNDO: &str = "Undo";

/// After "Keep my wording": which note was set aside.
pub fn marked_fine(title: &str) -> String {
    format!("Kept as you wrote it: {}", super::with_full_stop(title))
}

/// Said by a screen reader after a pause in typing, when the notes below a field change.
pub fn notes_below(n: usize) -> String {
    match n {
        0 => "No notes on the wording.".to_owned(),
        1 => "1 note on the wording, below the field.".to_owned(),
        n => format!("{n} notes on the wording, below the field."),
    }
}

/// The words that triggered a note, quoted; whole-text notes quote nothing.
pub fn quoted(words: &str) -> String {
    const LIMIT: usize = 80;
    let words = words.trim();
    if words.chars().count() > LIMIT {
        let cut: String = words.chars().take(LIMIT).collect();
        format!("“{}…”", cut.trim_end())
    } else {
        format!("“{words}”")
    }
}

/// A screen reader's one-line summary of how many notes there are.
pub fn count(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "1 note to look at".to_owned(),
        n => format!("{n} notes to look at"),
    }
}
