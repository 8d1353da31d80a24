//! The title of every page.

use crate::route::Route;

pub const APP_NAME: &str = "Mend";
/// The start page's document title.
pub const APP_TITLE: &str = "Mend – say sorry so it lands";

pub fn of(route: Route) -> &'static str {
    match route {
        Route::Home => "Say sorry so it lands",
        Route::Prepare => "Before you begin",
        Route::Acknowledge => "Acknowledge the hurt",
        Route::Responsibility => "Take responsibility",
        Route::Remorse => "Express genuine remorse",
        Route::Change => "Commit to change",
        Route::Review => "Check your apology",
        Route::Deliver => "Deliver your apology",
        Route::Open => "A private link",
        Route::Receive => "When you receive an apology",
        Route::ReceiveNeeds => "What do I need?",
        Route::ReceiveWeigh => "Weighing the apology",
        Route::ReceiveRespond => "Ways to respond",
        Route::ReceiveBoundaries => "Setting boundaries",
        Route::ReceiveForgiveness => "Grace, courage and forgiveness",
        Route::Safety => "When an apology is not safe",
        Route::Forward => "Moving forward together",
        Route::Data => "Your data on this device",
        Route::NotFound => "Page not found",
    }
}
