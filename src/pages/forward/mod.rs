//! Moving forward together (`/forward`): the article's four tips, made into things to do.

mod commitment;
mod entries;
mod trust;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::components::back_link::ReturnLink;
use crate::components::page_heading::page_heading;
use crate::components::safety_link::safety_link;
use crate::content::{dates, forward};
use crate::context::{use_mend, Mend};
use crate::hooks::{use_clock, Clock};
use crate::model::{ForwardAction, List, Millis};
use crate::route::Route;
use entries::{AddEntry, EntryLog};
use trust::Trust;

/// Sends one change to the plan, stamped with the time.
pub fn dispatch(mend: &Mend, change: ForwardAction) {
    dispatch_at(mend, browser::now(), change);
}

/// Sends one change to the plan made at `now` (when the change itself holds the same time).
pub fn dispatch_at(mend: &Mend, now: Millis, change: ForwardAction) {
    mend.dispatch(crate::state::Action::Forward { now, change });
}

/// `<time>` with the local date of a moment.
pub fn date_html(clock: Option<Clock>, millis: Millis) -> Html {
    let date = Clock::date_of(clock, millis);
    html! { <time datetime={date.iso()}>{ dates::day(date) }</time> }
}

#[component]
pub fn Forward() -> Html {
    let mend = use_mend();
    let clock = use_clock();
    let doc = &mend.state.doc;
    let plan = &doc.forward;
    let from_guide = doc.receiver.boundaries.iter().rev().map(|b| {
        html! {
            <li class="entry" key={b.id.clone()}>
                <p class="entry__text">{ b.text.clone() }</p>
                <p class="entry__meta">{ forward::FROM_GUIDE }{ " · " }{ date_html(clock, b.date) }</p>
            </li>
        }
    });
    let no_boundaries = doc.receiver.boundaries.is_empty() && plan.boundaries.is_empty();
    html! {
        <>
            <ReturnLink fallback={Route::Home} label={crate::content::receive::BACK} />
            { page_heading(Route::Forward) }
            <div class="forward">
                <p class="lead">{ forward::LEAD }</p>
                <p>{ forward::INTRO }</p>

                <section class="forward-section" aria-labelledby="trust-title">
                    <h2 id="trust-title">{ forward::TRUST_TITLE }</h2>
                    <Trust {clock} />
                </section>

                <section class="forward-section" aria-labelledby="wins-title">
                    <h2 id="wins-title">{ forward::WINS_TITLE }</h2>
                    <p class="tip">{ forward::WINS_INTRO }</p>
                    <AddEntry list={List::Wins} field={forward::WIN} button={forward::ADD_WIN} added={forward::WIN_ADDED} />
                    <h3>{ forward::WINS_LOG_TITLE }</h3>
                    <EntryLog list={List::Wins} kind={forward::WIN_KIND} empty={forward::WINS_EMPTY} {clock} />
                </section>

                <section class="forward-section" aria-labelledby="boundaries-title">
                    <h2 id="boundaries-title">{ forward::BOUNDARIES_TITLE }</h2>
                    <p class="tip">{ forward::BOUNDARIES_INTRO }</p>
                    if no_boundaries {
                        <p class="entries__empty">{ forward::BOUNDARIES_EMPTY }</p>
                    }
                    if !doc.receiver.boundaries.is_empty() {
                        <ul class="entries" data-testid="guide-boundaries">{ for from_guide }</ul>
                    }
                    <EntryLog list={List::Boundaries} kind={forward::BOUNDARY_KIND} empty="" meta={forward::ADDED_HERE} {clock} />
                    <p class="standalone-link"><Link<Route> to={Route::ReceiveBoundaries}>{ forward::BOUNDARY_TEMPLATE_LINK }</Link<Route>></p>
                    <AddEntry list={List::Boundaries} field={forward::BOUNDARY} button={forward::ADD_BOUNDARY} added={forward::BOUNDARY_ADDED} />
                </section>

                <section class="forward-section" aria-labelledby="replay-title">
                    <h2 id="replay-title">{ forward::REPLAY_TITLE }</h2>
                    <p class="tip">{ forward::REPLAY_INTRO }</p>
                    { for forward::REPLAY.iter().map(|p| html! { <p>{ *p }</p> }) }
                    <AddEntry list={List::TalkedThrough} field={forward::TALKED_NOTE} button={forward::TALKED_BUTTON} added={forward::TALKED_ADDED} />
                    <h3>{ forward::TALKED_LOG_TITLE }</h3>
                    <EntryLog list={List::TalkedThrough} kind={forward::TALKED_KIND} empty={forward::TALKED_EMPTY} {clock} />
                </section>

                <p class="reminder">{ forward::CLOSING }</p>
            </div>
            { safety_link() }
        </>
    }
}
