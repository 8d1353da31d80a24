//! Words about Mend's own updates: the notice shown when a new version is ready.

pub const UPDATE_READY: &str =
    "A new version is ready — reload to start using it. What you have written is saved first.";
pub const UPDATE_RELOAD: &str = "Reload";
pub const UPDATE_LATER: &str = "Not now";
pub const UPDATE_UNSAVED: &str = "A new version is ready, but your latest changes could not be saved on this device, so reloading now would lose them. Copy anything important somewhere safe, then try again, or keep using this version for now.";
pub const UPDATE_TRY_AGAIN: &str = "Try again";
pub const UPDATE_RELOAD_ANYWAY: &str = "Reload anyway";
