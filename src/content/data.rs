//! "Your data on this device": what is kept, export, import, delete, persistence, private session.

use crate::model::transfer::ImportError;
use crate::model::Document;

pub const INTRO: &str = "What you write in Mend stays in this browser, on this device. It is never sent anywhere: Mend has no server and no account, and makes no request to any other site.";
pub const WHAT_TITLE: &str = "What is kept";
pub const NOTHING_KEPT: &str = "Nothing yet. As soon as you write something, it is saved here.";
pub const CLEARING_NOTE: &str = "Browsers can clear a site’s data, for example when space runs low or when you clear your browsing data. Installing Mend to your home screen makes that less likely, and an export keeps a copy you control.";

pub fn apologies_kept(n: usize) -> String {
    match n {
        1 => "1 apology".to_owned(),
        n => format!("{n} apologies"),
    }
}
/// What `doc` holds (and `backups` copies beside it), one line each, for "What is kept", the
/// delete confirmation and the import preview.
pub fn holdings(doc: &Document, backups: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let apologies = doc.written_apologies();
    if apologies > 0 {
        lines.push(apologies_kept(apologies));
    }
    if doc.receiver.has_content() {
        lines.push(RECEIVER_KEPT.to_owned());
    }
    if doc.forward.has_content() {
        lines.push(FORWARD_KEPT.to_owned());
    }
    if backups > 0 {
        lines.push(backups_kept(backups));
    }
    lines
}

pub const RECEIVER_KEPT: &str = "Your notes from the receiver’s guide";
pub const FORWARD_KEPT: &str = "Your moving-forward plan";
pub fn backups_kept(n: usize) -> String {
    match n {
        1 => "1 backup copy of text Mend could not read or that you chose not to keep".to_owned(),
        n => format!("{n} backup copies of text Mend could not read or that you chose not to keep"),
    }
}
pub fn size_used(kilobytes: f64) -> String {
    format!(
        "Mend uses about {} on this device.",
        human_size(kilobytes * 1024.0)
    )
}
/// What the browser reports for this site's other storage (the app's offline copy, once saved);
/// browsers leave the text above out of this figure, so it is not a total.
pub fn site_usage(bytes: f64) -> String {
    format!(
        "The app’s own files for offline use take {} more.",
        human_size(bytes)
    )
}
/// "118 KB", "2.1 MB", "4 GB": a browser's quota is often gigabytes ("4096.0 MB" read badly).
fn human_size(bytes: f64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let one_decimal = |n: f64, unit: &str| {
        let text = format!("{n:.1}");
        format!("{} {unit}", text.strip_suffix(".0").unwrap_or(&text))
    };
    if bytes < MB {
        format!("{:.0} KB", (bytes / 1024.0).max(1.0))
    } else if bytes < 1024.0 * MB {
        one_decimal(bytes / MB, "MB")
    } else {
        one_decimal(bytes / (1024.0 * MB), "GB")
    }
}

pub const KEEP_TITLE: &str = "Keep my data";
pub const KEEP_GRANTED: &str = "This browser has agreed to keep Mend’s data until you delete it.";
pub const KEEP_NOT_GRANTED: &str =
    "This browser has not promised to keep Mend’s data: it may clear it if space runs low.";
pub const KEEP_UNKNOWN: &str = "This browser does not say whether it will keep Mend’s data.";
pub const KEEP_ASK: &str = "Ask the browser to keep my data";
pub const KEEP_REFUSED: &str =
    "The browser said no for now. Browsers often agree once a site is installed or used regularly.";

pub const PRIVATE_TITLE: &str = "Private session";
pub const PRIVATE_LABEL: &str = "Don’t save on this device for now";
pub const PRIVATE_HINT: &str = "While this is on, nothing new is saved: what you type is gone when you reload or close the page. It stays on until you turn it off or close this tab. What was saved before stays saved.";

pub const BACKUPS_TITLE: &str = "Backup copies";
pub const BACKUPS_INTRO: &str = "Mend keeps a copy whenever it could not read saved text, or before one version of your words took the place of another. Nothing here is used by Mend; each stays until you delete it.";
pub const BACKUPS_NONE: &str = "No backup copies are kept on this device.";
pub fn backup_of_document(apologies: usize) -> String {
    match apologies {
        1 => "A copy of Mend’s saved words (1 apology)".to_owned(),
        n => format!("A copy of Mend’s saved words ({n} apologies)"),
    }
}
pub const BACKUP_OF_JOURNAL: &str = "The last words of a tab that closed before saving";
pub const BACKUP_UNREADABLE: &str = "Saved text Mend could not read";
pub fn backup_made(date: Option<(String, String)>, chars: usize) -> String {
    let size = human_size(chars as f64 * 2.0);
    match date {
        Some((day, time)) => format!("Kept on {day} at {time} · {size}"),
        None => format!("Kept earlier · {size}"),
    }
}
pub const BACKUP_DOWNLOAD: &str = "Download";
pub const BACKUP_DELETE: &str = "Delete";
pub const BACKUP_FILE_PREFIX: &str = "mend-backup";
pub const BACKUP_CONFIRM: &str = "Delete this copy for good? It cannot be brought back.";
pub const BACKUP_CONFIRM_YES: &str = "Delete it";
pub const BACKUP_CONFIRM_NO: &str = "Keep it";
pub const BACKUP_DELETED: &str = "Backup copy deleted.";
pub const BACKUP_DELETE_FAILED: &str = "That copy could not be deleted. Try again.";
/// After "Download" and "Delete": which copy, for a screen reader.
pub fn backup_label(n: usize) -> String {
    format!(" backup copy {n}")
}
pub fn export_backups(count: usize) -> String {
    match count {
        1 => "Include the backup copy in the Mend file".to_owned(),
        n => format!("Include the {n} backup copies in the Mend file"),
    }
}
pub const EXPORT_TITLE: &str = "Take a copy";
pub const EXPORT_HINT: &str = "A Mend file holds everything and can be brought back here or on another device. The text file is for reading.";
pub const EXPORT_JSON: &str = "Download everything (Mend file)";
pub const EXPORT_TEXT: &str = "Download your apologies as text";
pub const EXPORT_FILE_PREFIX: &str = "mend-export";
pub const EXPORT_TEXT_PREFIX: &str = "mend-apologies";
pub const EXPORTED: &str = "Downloaded.";
pub const EXPORT_FAILED: &str =
    "Could not make the file. Try again, or copy your apology from the review page.";

pub const IMPORT_TITLE: &str = "Bring back a copy";
pub const IMPORT_LABEL: &str = "Choose a Mend file";
pub const IMPORT_HINT: &str =
    "Nothing changes until you have seen what the file holds and chosen what to do.";
pub const IMPORT_READ_FAILED: &str = "That file could not be opened. Try choosing it again.";
pub fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::Empty => "That file is empty.".to_owned(),
        ImportError::Truncated => "That file is cut off part-way through, so it can’t be read safely. Try exporting it again.".to_owned(),
        ImportError::NotJson => "That file isn’t a Mend file: it isn’t in the format Mend exports.".to_owned(),
        ImportError::NotMend => "That file wasn’t made by Mend, so nothing was brought in.".to_owned(),
        ImportError::Newer { .. } => "That file was made by a newer version of Mend. Reload Mend to get the newest version, then try again.".to_owned(),
        ImportError::Damaged => "That Mend file is damaged: some of it can’t be read, so nothing was brought in.".to_owned(),
    }
}
pub const IMPORT_ERROR_TITLE: &str = "Nothing was imported";
pub const IMPORT_PREVIEW_TITLE: &str = "This file holds";
pub const IMPORT_NOTHING: &str = "No written apologies or notes.";
pub const IMPORT_ADD: &str = "Add to what’s here";
pub const IMPORT_REPLACE: &str = "Replace what’s here";
pub const IMPORT_CANCEL: &str = "Cancel";
pub const IMPORT_REPLACE_NOTE: &str =
    "Replacing removes what is here now; you can undo it straight after.";
/// How much room the file takes, against what the browser says it can still give this site.
pub fn import_space(needed: f64, available: Option<f64>) -> String {
    match available {
        Some(available) => format!(
            "It needs about {} of space; this browser can give Mend about {} more.",
            human_size(needed),
            human_size(available)
        ),
        None => format!("It needs about {} of space.", human_size(needed)),
    }
}
pub fn import_too_big(needed: f64, available: f64) -> String {
    format!(
        "That file needs about {} of space, and this browser can give Mend only about {} more. Free some space on this device (or in the browser's settings) and try again.",
        human_size(needed),
        human_size(available)
    )
}
pub const IMPORT_SAVING: &str = "Saving the imported file…";
pub const IMPORT_SAVE_FAILED_TITLE: &str = "The file could not be saved";
pub fn import_save_failed(full: bool) -> &'static str {
    if full {
        "There is not enough room on this device for it, so nothing was imported: what was here before is back, unchanged."
    } else {
        "The browser would not save it, so nothing was imported: what was here before is back, unchanged."
    }
}
pub const IMPORTED: &str = "Imported.";
pub const IMPORT_NOTHING_NEW: &str = "Everything in that file is already here, so nothing changed.";
pub const IMPORT_UNDO: &str = "Undo";
pub const IMPORT_UNDONE: &str = "Import undone.";

pub const DELETE_TITLE: &str = "Delete everything";
pub const DELETE_HINT: &str = "Removes everything Mend has kept in this browser. Nothing is kept anywhere else, so this can’t be undone: export a copy first if you may want it.";
pub const DELETE_BUTTON: &str = "Delete everything from this device";
pub const DELETE_CONFIRM_TITLE: &str = "Delete all of this?";
pub const DELETE_CONFIRM_YES: &str = "Yes, delete everything";
pub const DELETE_CONFIRM_NO: &str = "Cancel";
pub const DELETED: &str = "Everything Mend kept on this device has been deleted.";
pub const DELETE_FAILED: &str = "The browser would not delete everything. Try again, or clear this site’s data in the browser’s settings.";
pub const DELETE_NOTHING_STORED: &str = "Mend could not use this browser’s storage, so nothing was kept here; what was on screen has been cleared.";

#[cfg(test)]
mod tests {
    use super::human_size;

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        assert_eq!(human_size(120.0 * 1024.0), "120 KB");
        assert_eq!(human_size(2.1 * 1024.0 * 1024.0), "2.1 MB");
        assert_eq!(human_size(3.0 * 1024.0 * 1024.0), "3 MB");
        assert_eq!(human_size(4096.0 * 1024.0 * 1024.0), "4 GB");
        assert_eq!(human_size(1.5 * 1024.0 * 1024.0 * 1024.0), "1.5 GB");
    }
}
