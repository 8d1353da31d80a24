//! Every sentence a person reads in Mend, kept out of the markup so the words can be reviewed in one place.

pub mod checker;
pub mod checker_rules;
pub mod data;
pub mod dates;
pub mod deliver;
pub mod forward;
pub mod home;
pub mod pwa;
pub mod receive;
pub mod review;
pub mod shell;
pub mod steps;
pub mod titles;
pub mod weighing;

/// `text` ending with a full stop, unless it already ends a sentence ("…", "?", "!", ".").
pub fn with_full_stop(text: &str) -> String {
    if text.ends_with(['.', '!', '?', '…']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// `text` with its first letter in lower case (plain letters only), for a title used
/// mid-sentence: "Your apology to Ana" in "Deleted: your apology to Ana."
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase())
        .into_iter()
        .chain(chars)
        .collect()
}
