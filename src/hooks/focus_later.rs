//! Moving keyboard focus to an element that the next render draws: after a button removes
//! itself (Remove, Done, Undo), focus must land somewhere sensible, never on the page itself.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;

/// Set an element id to move focus there after the next render.
#[hook]
pub fn use_focus_later() -> UseStateHandle<Option<String>> {
    let target = use_state(|| None::<String>);
    {
        let handle = target.clone();
        use_effect_with((*target).clone(), move |target| {
            if let Some(id) = target {
                focus_when_drawn(id.clone(), ATTEMPTS);
                handle.set(None);
            }
        });
    }
    target
}

/// The id of a removable item's "Remove" button, where focus goes when "Undo" brings it back.
pub fn remove_button_id(item_id: &str) -> String {
    format!("remove-{item_id}")
}

/// How many times to look for the element, a task apart.
const ATTEMPTS: u8 = 5;

/// Focuses the element now, or, when another component has yet to draw it (a list a parent
/// renders after this one's effect), once it appears a moment later.
fn focus_when_drawn(id: String, attempts_left: u8) {
    if browser::try_focus_element(&id) || attempts_left == 0 {
        return;
    }
    Timeout::new(0, move || focus_when_drawn(id, attempts_left - 1)).forget();
}
