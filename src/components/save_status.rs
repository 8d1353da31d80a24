//! The quiet "Saved on this device" line; failures are shown loudly by `Notices` instead.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::shell;
use crate::context::use_mend;
use crate::sheet;
use crate::state::LastSave;

#[component]
pub fn SaveStatus() -> Html {
    let mend = use_mend();
    let state = &*mend.state;
    if !mend.ready() {
        return html! { <p class="save-status stylist-save-status" data-testid="save-status">{ shell::STATUS_OPENING }</p> };
    }
    if !state.persistence.is_on() {
        return Html::default();
    }
    // Not a live region: announcing every save while someone types would drown out their words.
    let text = match (&state.last_save, state.is_dirty()) {
        _ if state.words_in_copy() => shell::STATUS_IN_BACKUP,
        (LastSave::Failed { .. }, _) => return Html::default(),
        (_, true) => shell::STATUS_SAVING,
        (LastSave::Saved { .. }, false) => shell::STATUS_SAVED,
        (LastSave::Idle, false) => return Html::default(),
    };
    html! { <p class="save-status stylist-save-status" data-testid="save-status">{ text }</p> }
}

/// Small and muted beside the name in the header.
pub const SHEET: Sheet = sheet!(
    "stylist-save-status",
    r#"
    margin: 0;
    font-size: var(--text-s);
    color: var(--color-text-muted);
    "#
);
