//! The review page, the ways to deliver the apology, and the rehearse view.

pub const PARTS_TITLE: &str = "The four parts";
/// Under the heading once all four parts hold words: a quiet acknowledgement, not a prize.
pub const ALL_WRITTEN: &str =
    "All four parts are written. That took honesty. Read it through once more, as they will hear it.";
pub const CHANGE: &str = "Change";
pub const WHOLE_TITLE: &str = "Your apology";
pub const WHOLE_HINT: &str =
    "Put together from your four parts. You can edit the wording; the parts stay as they are.";
pub const NOTHING_YET: &str = "Nothing written yet. Start with step 1, or any step you like.";
pub const START_STEP_ONE: &str = "Go to step 1";
pub const EDIT_WORDING: &str = "Edit the wording";
pub const EDITED_LABEL: &str = "Your apology, in your words";
pub const EDITING_HINT: &str = "Change any words you like. Your four parts stay as they are.";
pub const EDITED_NOTE: &str =
    "You have edited the wording by hand, so changes to the parts no longer appear here.";
pub const RECOMPOSE: &str = "Put it together from the parts again";
pub const RECOMPOSE_CONFIRM: &str =
    "This replaces your hand edits with the text put together from the parts.";
pub const RECOMPOSE_YES: &str = "Yes, use the parts";
pub const RECOMPOSE_UNDO: &str = "Undo";
pub const RECOMPOSED: &str = "Put together from the parts again.";
pub const CANCEL: &str = "Cancel";
/// Before the offer to make it right, in the summary of part 4.
pub const REPAIR_LABEL: &str = "To make it right:";
pub const DONE_EDITING: &str = "Done";

pub const READY: &str = "Ready to deliver it";

/// The first words of a part, for the review's checklist: about a line, cut at a word.
pub fn first_words(text: &str) -> String {
    const MAX: usize = 70;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX {
        return text;
    }
    let cut: String = text.chars().take(MAX).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > MAX / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// The one line that sums up notes still open.
pub fn open_notes(count: usize) -> String {
    match count {
        1 => "One checker note is still open, in:".to_owned(),
        n => format!("{n} checker notes are still open, in:"),
    }
}
/// Copies the whole apology (on the delivery page, beside Share).
pub const COPY: &str = "Copy your apology";
pub const SHARE: &str = "Share";
pub const DOWNLOAD: &str = "Download as text";
pub const PRINT: &str = "Print";
pub const REHEARSE: &str = "Rehearse";
pub const COPIED: &str = "Copied to the clipboard.";
pub const COPY_FAILED: &str = "Could not copy. Select the text and copy it by hand.";
pub const DOWNLOADED: &str = "Saved as a text file.";
pub const DOWNLOAD_FAILED: &str = "Could not make the file. Select the text and copy it instead.";
pub const FILE_NAME_PREFIX: &str = "apology";
pub const SHARE_TITLE: &str = "An apology";

/// The article's closing thought, quoted.
pub const REMINDER: &str =
    "“I’m sorry” is a start, but true healing begins with heart, humility, and honest action.";

pub const REHEARSE_INTRO: &str = "Say each part out loud, slowly. Look up between parts.";
pub const REHEARSE_POSITION: fn(usize, usize) -> String = |n, of| format!("Part {n} of {of}");
pub const REHEARSE_PREVIOUS: &str = "Previous";
pub const REHEARSE_NEXT: &str = "Next";
pub const REHEARSE_DONE: &str = "Done rehearsing";
pub const REHEARSE_TITLE: &str = "Rehearse your apology";
