//! "I've said it": marks the apology delivered (how, and when), then "How did it go?", replies
//! that came back, and the way on to the plan.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::sheet::Sheet;
use crate::components::text_field::TextField;
use crate::content::{dates, deliver as words};
use crate::context::use_mend;
use crate::hooks::use_focus_later;
use crate::model::{Apology, ApologyChange, DeliveryChange, Way};
use crate::route::Route;
use crate::sheet;

const SAID_STATUS_ID: &str = "said-status";
const SAID_BUTTON_ID: &str = "said-button";

#[derive(Properties, PartialEq)]
pub struct SaidProps {
    pub apology: Apology,
    /// The way chosen on the page, recorded with "I've said it".
    pub way: Way,
}

#[component]
pub fn Said(props: &SaidProps) -> Html {
    let mend = use_mend();
    let focus_later = use_focus_later();
    // The warm line is for the moment it happens, not for every later visit.
    let just_said = use_state(|| false);
    let apology = &props.apology;
    let change = {
        let (mend, id) = (mend.clone(), apology.id.clone());
        Callback::from(move |change: DeliveryChange| {
            super::change(&mend, id.clone(), ApologyChange::Delivery(change));
            mend.save_now();
        })
    };
    let offset = mend.utc_offset_minutes;

    let body = match &apology.delivery {
        None => {
            let way = props.way;
            let (change, just_said, focus_later) =
                (change.clone(), just_said.clone(), focus_later.clone());
            let on_said = Callback::from(move |_: MouseEvent| {
                change.emit(DeliveryChange::MarkDelivered { way });
                just_said.set(true);
                // The button goes: focus moves to what replaced it.
                focus_later.set(Some(SAID_STATUS_ID.into()));
            });
            html! {
                <>
                    <p class="hint">{ words::SAID_HINT }</p>
                    <div class="button-row">
                        <button type="button" id={SAID_BUTTON_ID} class="button" onclick={on_said}>{ words::SAID_BUTTON }</button>
                    </div>
                </>
            }
        }
        Some(delivery) => {
            let date = dates::short_local_date(delivery.at, offset);
            let on_unmark = {
                let (change, just_said) = (change.clone(), just_said.clone());
                Callback::from(move |_: MouseEvent| {
                    change.emit(DeliveryChange::Unmark);
                    just_said.set(false);
                    focus_later.set(Some(SAID_BUTTON_ID.into()));
                })
            };
            let on_note = {
                let (mend, id) = (mend.clone(), apology.id.clone());
                Callback::from(move |text: String| {
                    super::change(
                        &mend,
                        id.clone(),
                        ApologyChange::Delivery(DeliveryChange::SetHowItWent(text)),
                    )
                })
            };
            html! {
                <>
                    <p id={SAID_STATUS_ID} class="said__done" tabindex="-1" data-testid="delivered">
                        <strong>{ words::delivered_on(delivery.way, &date) }</strong>
                        if *just_said {
                            { " " }{ words::SAID_WARM }
                        }
                    </p>
                    if delivery.how_it_went.trim().is_empty() {
                        <p><button type="button" class="button button--link" onclick={on_unmark}>{ words::UNMARK }</button></p>
                    }
                    <TextField id="how-it-went" label={words::HOW_IT_WENT_LABEL} hint={words::HOW_IT_WENT_HINT}
                        value={delivery.how_it_went.clone()} rows={3} on_input={on_note} />
                    <p class="standalone-link">
                        <Link<Route> to={Route::Forward} classes="button">{ words::ON_TO_PLAN }</Link<Route>>
                    </p>
                </>
            }
        }
    };
    html! {
        <section class="said stylist-said" aria-labelledby="said-title">
            <h2 id="said-title">{ words::SAID_TITLE }</h2>
            { body }
            { replies(apology, offset) }
        </section>
    }
}

/// Replies kept with this apology, newest last.
pub fn replies(apology: &Apology, offset: f64) -> Html {
    if apology.replies.is_empty() {
        return html! {};
    }
    let items = apology.replies.iter().map(|reply| {
        let date = dates::short_local_date(reply.sent_at, offset);
        html! {
            <li class="reply">
                <p class="reply__who">{ words::replied(&reply.from, &date) }</p>
                <blockquote class="reply__text prose">{ reply.text.clone() }</blockquote>
            </li>
        }
    });
    html! {
        <div class="replies" data-testid="replies">
            <h3>{ words::REPLIES_TITLE }</h3>
            <ul class="replies__list">{ for items }</ul>
        </div>
    }
}

/// "I've said it"'s own look: ruled off from the way above it, and the replies kept under it.
pub const SHEET: Sheet = sheet!(
    "stylist-said",
    r#"
    max-width: var(--measure);
    margin-top: var(--space-5);
    padding-top: var(--space-4);
    border-top: 1px solid var(--color-border-soft);
    .said__done:focus {
        outline: none;
    }
    .replies__list {
        list-style: none;
        padding: 0;
    }
    .reply__who {
        margin-bottom: var(--space-1);
        font-weight: 600;
    }
    .reply__text {
        margin: 0 0 var(--space-4);
    }
    "#
);
