//! "Removed. Undo": the line that offers to put back what was just removed, in one live region
//! drawn even while empty, so the message is announced when it appears.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::sheet;

/// The status line under a list; `shown` while there is something to put back. `undo_id` is
/// where focus goes after a removal.
pub fn undo_status(
    shown: bool,
    message: &'static str,
    undo_label: &'static str,
    undo_id: AttrValue,
    on_undo: Callback<MouseEvent>,
) -> Html {
    html! {
        <div role="status" class="undo-status stylist-undo-status">
            if shown {
                <p class="inline-status">
                    { message }{ " " }
                    <button type="button" id={undo_id} class="button button--link" onclick={on_undo}>{ undo_label }</button>
                </p>
            }
        </div>
    }
}

/// The live region takes no room while it has nothing to say.
pub const SHEET: Sheet = sheet!(
    "stylist-undo-status",
    r#"
    &:empty {
        display: none;
    }
    "#
);
