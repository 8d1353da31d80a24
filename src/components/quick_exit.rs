//! "Leave this page quickly": replaces Mend at once with a neutral page (see
//! `receive::QUICK_EXIT_URL` and the README), and Shift pressed three times does the same while
//! the control is on screen.

use yew::prelude::*;

use crate::browser;
use crate::components::sheet::Sheet;
use crate::content::receive;
use crate::sheet;

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
    let control = html! {
        <>
            <button type="button" class="button quick-exit__button" aria-describedby="quick-exit-hint" {onclick}>
                { receive::QUICK_EXIT }
            </button>
            <p class="hint quick-exit__hint" id="quick-exit-hint">{ receive::QUICK_EXIT_HINT }</p>
        </>
    };
    // Two literal class lists rather than one built at run time: the sheet's class is a literal.
    if props.prominent {
        html! { <div class="quick-exit quick-exit--prominent stylist-quick-exit">{ control }</div> }
    } else {
        html! { <div class="quick-exit stylist-quick-exit">{ control }</div> }
    }
}

/// Plain and strong, in the text's own colour, not an alarm. On the guide's pages it sits quietly
/// below the page, outlined; on the safety note, solid, in a panel near the top. (`:not(a):not(b)`
/// is `:not(a, b)` written so that stylist's selector lists don't split it at the comma.)
pub const SHEET: Sheet = sheet!(
    "stylist-quick-exit",
    r#"
    margin: var(--space-3) 0;
    .quick-exit__button {
        background: transparent;
        border-color: var(--color-text);
        color: var(--color-text);
    }
    .quick-exit__button:hover:not(:disabled):not([aria-disabled="true"]) {
        background: var(--color-surface-muted);
        border-color: var(--color-text);
        color: var(--color-text);
    }
    .quick-exit__hint {
        margin: var(--space-1) 0 0;
        font-size: var(--text-s);
    }
    &.quick-exit--prominent .quick-exit__button,
    &.quick-exit--prominent .quick-exit__button:hover:not(:disabled):not([aria-disabled="true"]) {
        background: var(--color-text);
        border-color: var(--color-text);
        color: var(--color-bg);
    }
    &.quick-exit--prominent {
        margin: 0 0 var(--space-5);
        padding: var(--space-3) var(--gutter);
        border: 1px solid var(--color-border-soft);
        border-radius: var(--radius);
        background: var(--color-surface);
    }
    &.quick-exit--prominent .quick-exit__button {
        width: 100%;
    }
    "#
);
