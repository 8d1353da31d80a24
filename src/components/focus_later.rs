//! Moving keyboard focus to an element that the next render draws: after a button removes
//! itself (Remove, Done, Undo), focus must land somewhere sensible, never on the page itself.

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
                browser::focus_element(id);
                handle.set(None);
            }
        });
    }
    target
}
