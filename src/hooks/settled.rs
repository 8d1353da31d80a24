//! The text as it was at the last pause in typing, for checker notes and what is said about them.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long typing must pause before notes are updated.
const PAUSE_MS: u32 = 1_200;

/// `text` as it was at the last pause in typing (`after_pause`), or as it is now: what the notes,
/// and what is said about them, describe. Starts as the text the page opened with. Any value
/// works: the step pages settle a part's text together with its fields.
#[hook]
pub fn use_settled<T: Clone + PartialEq + 'static>(text: T, after_pause: bool) -> T {
    let settled = use_state(|| text.clone());
    {
        let settled = settled.clone();
        use_effect_with(text, move |text| {
            let text = text.clone();
            let timer = if after_pause {
                Some(Timeout::new(PAUSE_MS, move || settled.set(text)))
            } else {
                settled.set(text);
                None
            };
            move || drop(timer)
        });
    }
    (*settled).clone()
}
