//! The start page.

use crate::content::shell;
use crate::content::titles;
use crate::model::{Apology, Part, Step};

pub const INTRO: &str = "“I’m sorry” is a start. Mend walks you through the four parts of a true apology, privately, in your own words, and helps the person receiving one take the time they need.";
pub const WRITE_APOLOGY: &str = "Write an apology";
pub const START_NEW: &str = "Start a new apology";
pub const RECEIVED_APOLOGY: &str = "I received an apology";
pub const MOVING_FORWARD: &str = "Moving forward together";
pub const SAFETY_LINK: &str = "If an apology doesn’t feel safe";
pub const CONTINUE_TITLE: &str = "Continue where you left off";
pub const CONTINUE_BUTTON: &str = "Continue";
/// The apologies other than the one under "Continue where you left off" (each is listed once).
pub const LIST_TITLE: &str = "Your other apologies";
pub const OPEN: &str = "Open";
pub const DELETE: &str = "Delete";
/// After a delete, naming which: "Deleted: your apology to Ana."
pub fn deleted(title: &str) -> String {
    format!("Deleted: {}.", super::lowercase_first(title))
}
pub const UNDO: &str = "Undo";
/// Asked before a delivered apology is deleted: what goes with it.
pub fn confirm_delete_delivered(title: &str) -> String {
    format!(
        "Delete {}? It was delivered, and its plan and check-ins go with it.",
        super::lowercase_first(title)
    )
}
pub const KEEP_IT: &str = "Keep it";
pub const DELETE_IT: &str = "Delete it";
pub const UNTITLED: &str = "An apology";

/// "Your apology to Sam", or a neutral title when no name was given.
pub fn apology_title(apology: &Apology) -> String {
    match apology.recipient.trim() {
        "" => UNTITLED.to_owned(),
        name => format!("Your apology to {name}"),
    }
}

/// Where the person left off, e.g. "Step 3 of 4: Express genuine remorse".
pub fn step_name(step: Step) -> String {
    let title = titles::of_step(step);
    match step.numbered() {
        Some(of) => format!("{}: {title}", shell::step_caption(of)),
        None => title.to_owned(),
    }
}

/// The step last open, in a list entry beside "N of 4 parts written", e.g. "left off at
/// “Express genuine remorse”" (a bare "Step 3 of 4" there would read as a contradiction).
pub fn left_off_at(step: Step) -> String {
    format!("left off at “{}”", titles::of_step(step))
}

/// An apology marked "I've said it": "Delivered on 3 Dec 2026".
pub fn delivered_on(date: &str) -> String {
    format!("Delivered on {date}")
}

/// After delivery, the start page's next step.
pub const NEXT_PLAN: &str = "On to moving forward";

pub fn parts_written(count: usize) -> String {
    let total = Part::ALL.len();
    format!("{count} of {total} parts written")
}

pub fn last_edited(date: &str) -> String {
    format!("Last edited {date}")
}
