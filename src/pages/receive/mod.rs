//! The receiver's guide: six steps from "it's okay to need time" to forgiveness, and the safety note.

pub(crate) mod boundaries;
pub(crate) mod forgiveness;
pub(crate) mod intro;
pub(crate) mod needs;
pub(crate) mod received_notes;
pub(crate) mod reply_link;
mod respond;
pub(crate) mod safety;
pub(crate) mod script;
pub(crate) mod weigh;

pub use boundaries::Boundaries;
pub use forgiveness::forgiveness;
pub use intro::intro;
pub use needs::Needs;
pub use respond::Respond;
pub use safety::safety;
pub use weigh::Weigh;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::components::back_link::BackLink;
use crate::components::progress::heading_with_progress;
use crate::components::quick_exit::QuickExit;
use crate::components::safety_link::safety_link;
use crate::content::receive;
use crate::context::{use_mend, Mend};
use crate::model::ReceiverAction;
use crate::route::Route;
use crate::state::Action;

pub use crate::route::GUIDE;

/// Sends one change to the receiver's notes, stamped with the time.
pub fn dispatch(mend: &Mend, change: ReceiverAction) {
    mend.dispatch(Action::Receiver {
        now: browser::now(),
        change,
    });
}

#[derive(Properties, PartialEq)]
pub struct GuidePageProps {
    pub route: Route,
    pub children: Html,
}

/// One step of the guide: Back, "Step N of 6", the heading, the page, Continue, and the safety link.
#[component]
pub fn GuidePage(props: &GuidePageProps) -> Html {
    let mend = use_mend();
    let navigator = use_navigator();
    let at = GUIDE.iter().position(|r| *r == props.route).unwrap_or(0);
    let back = at.checked_sub(1).map(|i| GUIDE[i]).unwrap_or(Route::Home);
    let (next, label) = match GUIDE.get(at + 1) {
        Some(next) => (*next, receive::CONTINUE),
        None => (Route::Forward, receive::CONTINUE_FORWARD),
    };
    let on_continue = {
        let mend = mend.clone();
        Callback::from(move |_: MouseEvent| {
            mend.save_now();
            if let Some(navigator) = &navigator {
                navigator.push(&next);
            }
        })
    };
    html! {
        <>
            <BackLink to={back} label={receive::BACK} />
            { heading_with_progress(props.route) }
            <div class="receive">{ props.children.clone() }</div>
            <div class="button-row button-row--end">
                <button type="button" class="button" onclick={on_continue}>{ label }</button>
            </div>
            <div class="guide-safety">
                { safety_link() }
                <QuickExit />
            </div>
        </>
    }
}
