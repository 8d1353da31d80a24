//! Long lists in pages: a list that can grow to thousands of rows (check-ins, wins, apologies)
//! renders a page of them at a time, with "Show 50 more", so a huge import never freezes a page.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::shell;
use crate::sheet;

/// How many more rows each "Show more" adds.
pub const PAGE: usize = 50;

/// How many rows of a list to render, starting at `first`.
#[hook]
pub fn use_shown(first: usize) -> UseStateHandle<usize> {
    use_state(move || first)
}

/// "Show 50 more" under a list of `count` rows of which `*shown` are rendered; nothing once all
/// are. `name` names the list, for the button's id.
pub fn show_more(shown: &UseStateHandle<usize>, count: usize, name: &str) -> Html {
    let left = count.saturating_sub(**shown);
    if left == 0 {
        return Html::default();
    }
    let onclick = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <p class="timeline__more stylist-more">
            <button type="button" class="button button--link" id={format!("{name}-more")} {onclick}
                data-testid={format!("{name}-more")}>
                { shell::show_more(PAGE.min(left), left) }
            </button>
        </p>
    }
}

/// The line under a list with its "Show more" (and the plan's timeline's "Show all"): drawn up
/// close to the list it extends.
pub const SHEET: Sheet = sheet!(
    "stylist-more",
    r#"
    margin: calc(-1 * var(--space-3)) 0 var(--space-3);
    "#
);
