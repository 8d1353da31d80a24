//! "Leave this page quickly": replaces Mend at once with a neutral page (see
//! `receive::QUICK_EXIT_URL` and the README), and Shift pressed three times does the same while
//! the control is on screen.

use yew::prelude::*;

use crate::browser;
use crate::content::receive;

#[derive(Properties, PartialEq)]
pub struct QuickExitProps {
    /// The safety note shows it larger, near the top.
    #[prop_or_default]
    pub prominent: bool,
}

#[component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    use_effect_with((), |_| {
        let listener =
            browser::on_shift_three_times(|| browser::leave_for(receive::QUICK_EXIT_URL));
        move || drop(listener)
    });
    let onclick = Callback::from(|_: MouseEvent| browser::leave_for(receive::QUICK_EXIT_URL));
    html! {
        <div class={classes!("quick-exit", props.prominent.then_some("quick-exit--prominent"))}>
            <button type="button" class="button quick-exit__button" aria-describedby="quick-exit-hint" {onclick}>
                { receive::QUICK_EXIT }
            </button>
            <p class="hint quick-exit__hint" id="quick-exit-hint">{ receive::QUICK_EXIT_HINT }</p>
        </div>
    }
}
