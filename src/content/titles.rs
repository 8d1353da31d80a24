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
pub const OPEN: &str = "A private link";

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
