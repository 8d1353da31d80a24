//! Your data on this device: what is kept, keeping it, a private session, export, import, delete.

pub(crate) mod backups;
mod erase;
mod kept;
pub(crate) mod transfer;

use yew::prelude::*;

use crate::components::back_link::ReturnLink;
use crate::components::page_heading::page_heading;
use crate::content::{data, steps};
use crate::context::use_mend;
use crate::persist::Persistence;
use crate::route::Route;
use crate::state::Action;

pub fn data_page() -> Html {
    html! {
        <>
            // Reached from the footer of any page: Back returns there.
            <ReturnLink fallback={Route::Home} label={steps::BACK} />
            { page_heading(Route::Data) }
            <p class="lead">{ data::INTRO }</p>
            <kept::Kept />
            <backups::Backups />
            <PrivateSession />
            <transfer::Export />
            <transfer::Import />
            <erase::Erase />
        </>
    }
}

/// The switch that stops saving for now.
#[component]
fn PrivateSession() -> Html {
    let mend = use_mend();
    let persistence = &mend.state.persistence;
    let private = *persistence == Persistence::Private;
    // Only meaningful while saving works; a notice explains the other cases.
    let disabled = !matches!(persistence, Persistence::On | Persistence::Private);
    let onchange = {
        let mend = mend.clone();
        Callback::from(move |_: Event| {
            if !private {
                // Whatever was typed so far is kept before saving stops.
                mend.save_now();
            }
            mend.dispatch(Action::SetPrivate(!private));
        })
    };
    html! {
        <section aria-labelledby="private-title">
            <h2 id="private-title">{ data::PRIVATE_TITLE }</h2>
            <div class="checkbox">
                <input type="checkbox" class="checkbox__input" id="private-session" role="switch"
                    checked={private} {disabled} {onchange} aria-describedby="private-session-hint" />
                <label class="checkbox__label" for="private-session">{ data::PRIVATE_LABEL }</label>
            </div>
            <p class="hint" id="private-session-hint">{ data::PRIVATE_HINT }</p>
        </section>
    }
}
