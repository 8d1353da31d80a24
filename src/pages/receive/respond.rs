//! Step 4 (`/receive/respond`): the response scripts, each editable and copyable.

use yew::prelude::*;

use super::reply_link::ReplyLink;
use super::script::ScriptCard;
use super::GuidePage;
use crate::content::receive;
use crate::context::use_mend;
use crate::route::Route;

#[component]
pub fn Respond() -> Html {
    let mend = use_mend();
    let notes = &mend.state.doc.receiver;
    // The needs ticked in step 2, to help finish "what I still need".
    let needs: Vec<receive::Need> = receive::NEEDS
        .iter()
        .filter(|n| notes.needs.contains(n.id))
        .copied()
        .collect();
    let cards = receive::SCRIPTS.iter().map(|script| {
        let edited = notes.response(script.id).map(str::to_owned);
        let needs = if script.id == receive::STILL_NEED_ID {
            needs.clone()
        } else {
            Vec::new()
        };
        html! { <ScriptCard key={script.id} script={*script} {edited} {needs} /> }
    });
    html! {
        <GuidePage route={Route::ReceiveRespond}>
            <p class="lead">{ receive::RESPOND_INTRO }</p>
            <p>{ receive::RESPOND_GOTTMAN }</p>
            <div class="scripts">{ for cards }</div>
            <ReplyLink />
        </GuidePage>
    }
}
