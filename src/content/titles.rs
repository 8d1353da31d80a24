//! The title of every page: the words only; `Route::meta` says which page has which.

use crate::model::{Part, Step};

pub const APP_NAME: &str = "Mend";
/// The start page's document title.
pub const APP_TITLE: &str = "Mend – say sorry so it lands";

pub const HOME: &str = "Say sorry so it lands";
pub const RECEIVE: &str = "When you receive an apology";
pub const RECEIVE_NEEDS: &str = "What do I need?";
pub const RECEIVE_WEIGH: &str = "Weighing the apology";
pub const RECEIVE_RESPOND: &str = "Ways to respond";
pub const RECEIVE_BOUNDARIES: &str = "Setting boundaries";
pub const RECEIVE_FORGIVENESS: &str = "Grace, courage and forgiveness";
pub const SAFETY: &str = "When an apology is not safe";
pub const FORWARD: &str = "Moving forward together";
pub const DATA: &str = "Your data on this device";
pub const NOT_FOUND: &str = "Page not found";
pub const DELIVER: &str = "Deliver your apology";
/// Names the moment, not the technology, and stays discreet in a tab or on a shared screen: the
/// same words whether the link holds an apology, a reply, or turns out to be damaged.
pub const OPEN: &str = "A message for you";

/// The title of each stop of the apology journey, also used to say where someone left off.
pub fn of_step(step: Step) -> &'static str {
    match step {
        Step::Prepare => "Before you begin",
        Step::Part(Part::Acknowledge) => "Acknowledge the hurt",
        Step::Part(Part::Responsibility) => "Take responsibility",
        Step::Part(Part::Remorse) => "Express genuine remorse",
        Step::Part(Part::Change) => "Commit to change",
        Step::Review => "Check your apology",
    }
}

/// Each page's meta description (search results, link previews), written once at build time into
/// the page's prerendered HTML. The start page's is the one in `index.html`.
pub mod descriptions {
    pub const PREPARE: &str =
        "Before you begin an apology: who it is for, what happened, and whether now is the time.";
    pub const ACKNOWLEDGE: &str =
        "Step 1 of a true apology: name the specific hurt you caused, in words said to the person.";
    pub const RESPONSIBILITY: &str =
        "Step 2 of a true apology: own what you did, without excuses, blame or \u{201c}if\u{201d}.";
    pub const REMORSE: &str = "Step 3 of a true apology: say how you feel about the hurt you caused, not just that there was conflict.";
    pub const CHANGE: &str =
        "Step 4 of a true apology: commit to specific changes, and offer to make it right.";
    pub const REVIEW: &str =
        "Read your whole apology once more before you say it, with the checker’s notes.";
    pub const DELIVER: &str =
        "Deliver your apology in person, as a message, as a letter, or as a private link.";
    pub const OPEN: &str =
        "An apology sent to you as a private link: it opens on this device only.";
    pub const RECEIVE: &str = "When you receive an apology: you do not have to respond right away.";
    pub const RECEIVE_NEEDS: &str =
        "What do you need before you respond to an apology? Take the time you need.";
    pub const RECEIVE_WEIGH: &str =
        "Weigh an apology you received: was the hurt named, owned, regretted, and will it change?";
    pub const RECEIVE_RESPOND: &str = "Ways to respond to an apology, from \u{201c}I need time\u{201d} to \u{201c}I forgive you\u{201d}.";
    pub const RECEIVE_BOUNDARIES: &str =
        "Setting boundaries after an apology: say what you need to feel safe again.";
    pub const RECEIVE_FORGIVENESS: &str =
        "Grace, courage and forgiveness: forgiving is a choice, and it can take time.";
    pub const SAFETY: &str = "When an apology is not safe: if you are afraid of someone, you do not owe them a response.";
    pub const FORWARD: &str =
        "Moving forward together: keep the promises of an apology, one check-in at a time.";
    pub const DATA: &str = "Export, import or delete what Mend keeps in this browser. Nothing leaves unless you send it.";
    pub const NOT_FOUND: &str = "This page is not part of Mend.";
}
