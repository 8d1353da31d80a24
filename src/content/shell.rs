//! Words of the frame around every page: header, footer, save status and storage notices.

use crate::model::StepOf;

pub const SKIP_TO_CONTENT: &str = "Skip to content";
pub const HOME_LINK_LABEL: &str = "Mend, start page";
pub const FOOTER_DATA_LINK: &str = "Your data";
pub const FOOTER_SAFETY_LINK: &str = "Safety";
pub const FOOTER_PRIVACY: &str = "Everything you write stays on this device.";
pub const NOT_FOUND_BODY: &str = "There is no page at this address.";
pub const NOT_FOUND_HOME: &str = "Go to the start page";

pub const STATUS_SAVED: &str = "Saved on this device";
/// In the header while the page is shown but the app is not running yet (a prerendered page).
pub const STATUS_OPENING: &str = "Opening…";
/// Inside a field that can't be typed in until the app is running, instead of a silent field.
pub const FIELD_OPENING: &str = "One moment: Mend is opening…";
/// On a page of stored words, while they are being read.
pub const PAGE_OPENING: &str = "Opening what you have written on this device…";
pub const STATUS_SAVING: &str = "Saving…";
/// While the two-tab question is open: where this tab's words are.
pub const STATUS_IN_BACKUP: &str =
    "Your words in this tab are kept as a backup copy on this device until you choose a version";

pub const SAVE_FAILED_TITLE: &str = "Your latest changes are not saved";
pub const SAVE_FAILED_FULL: &str = "This device’s storage for Mend is full. Your text is still here while this page stays open. Copy anything important somewhere safe, or free space by deleting an old apology.";
pub const SAVE_FAILED_OTHER: &str = "The browser refused to save. Your text is still here while this page stays open; copy anything important somewhere safe.";
pub const SAVE_RETRY: &str = "Try saving again";

pub const UNAVAILABLE_TITLE: &str = "Progress won’t be kept on this device";
pub const UNAVAILABLE_BODY: &str = "This browser is not letting Mend save (private browsing or blocked storage can do this). You can still use everything; your words stay only until you close this page.";

pub const READ_ONLY_TITLE: &str = "Opened without saving";
pub const READ_ONLY_BODY: &str = "Your saved work was written by a newer version of Mend. To keep it safe, this version will not change it. Reload to get the newest version; anything you type here now is not saved.";

pub const UNREADABLE_TITLE: &str = "Some saved text could not be read";
pub const UNREADABLE_BODY: &str = "Mend found saved text it could not understand, so it started fresh. The old text has not been deleted: it is kept on this device, and you can copy it below.";
pub const UNREADABLE_NOT_COPIED_BODY: &str = "Mend found saved text it could not understand, and there was no room to keep a copy of it. To protect it, Mend will not save over it. You can copy it below; anything you type now is not saved.";
pub const JOURNAL_KEPT_TITLE: &str = "Words from a tab that closed were kept aside";
pub const JOURNAL_KEPT_BODY: &str = "A tab closed before it saved its last words, and Mend was saved again since, so those words were not put over the newer ones. They are kept on this device, and you can copy them below or find them under Your data.";
/// Under a long list: how many the button adds, and how many are not shown yet.
pub fn show_more(next: usize, left: usize) -> String {
    format!("Show {next} more ({left} not shown yet)")
}
pub const SHOW_RAW: &str = "Show the saved text";
pub const COPY_RAW: &str = "Copy the saved text";
pub const COPIED: &str = "Copied";
pub const COPY_FAILED: &str = "Could not copy. Select the text and copy it by hand.";
pub const RAW_LABEL: &str = "The saved text, exactly as found";

pub const MIGRATED_BODY: &str = "Your saved work was brought up to date for this version of Mend.";

pub const CONFLICT_TITLE: &str = "Mend was changed in another tab";
pub const CONFLICT_BODY: &str = "Mend is open in another tab or window, and it saved changes while you were typing here. Which version do you want to keep? The one you don’t choose is kept as a backup copy on this device. Until you choose, what you type here is kept as a backup copy too.";
pub const CONFLICT_KEEP_MINE: &str = "Keep this tab’s version";
pub const CONFLICT_TAKE_THEIRS: &str = "Use the other tab’s version";

pub const DISMISS: &str = "Dismiss";

/// "Step N of M", for the caption above a numbered page's heading.
pub fn step_caption(step: StepOf) -> String {
    format!("Step {} of {}", step.number, step.of)
}

/// The progress marks, as a screen reader hears them: "Step 3 of 6, Weighing the apology".
pub fn progress_label(step: StepOf, title: &str) -> String {
    format!("{}, {title}", step_caption(step))
}

/// What a screen reader hears when a new page opens.
pub fn page_announcement(title: &str, step: Option<StepOf>) -> String {
    match step {
        Some(step) => format!("{}: {title}", step_caption(step)),
        None => title.to_owned(),
    }
}

pub const PRIVATE_TITLE: &str = "Private session: nothing new is saved";
pub const PRIVATE_BODY: &str = "What you type now is not saved: it is gone when you reload or close the page. Anything saved earlier is still on this device.";
pub const PRIVATE_RESUME: &str = "Go back to saving";
/// Stored data held two apologies under one inner id; each now has its own.
pub const DUPLICATE_IDS_BODY: &str = "Some of your apologies were saved under the same inner name, so opening or deleting one could have acted on another. Each now has its own. Nothing you wrote was changed.";
