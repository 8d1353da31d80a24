//! Moving forward together (`/forward`): the article's four tips, made into things to do.

pub(crate) mod check_in;
pub(crate) mod dots;
pub(crate) mod entries;
pub(crate) mod reminder;
pub(crate) mod row;
pub(crate) mod trust;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::components::back_link::ReturnLink;
use crate::components::page_heading::page_heading;
use crate::components::safety_link::safety_link;
use crate::components::sheet::Sheet;
use crate::content::{dates, forward};
use crate::context::{use_mend, Mend};
use crate::hooks::{use_clock, Clock};
use crate::model::ics::CalendarDate;
use crate::model::{ForwardAction, List, Millis};
use crate::route::Route;
use crate::sheet;
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

/// `<time>` with a moment's local date at a glance ("25 Nov" this year).
pub fn glance_date_html(clock: Option<Clock>, millis: Millis) -> Html {
    let date = Clock::date_of(clock, millis);
    let today = clock.map(|c| CalendarDate::local(c.now, c.offset));
    html! { <time datetime={date.iso()}>{ forward::glance_date(date, today) }</time> }
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
            <div class="forward stylist-forward">
                <p class="forward__lead">{ forward::LEAD }</p>

                <section class="forward-section" aria-labelledby="trust-title">
                    <h2 id="trust-title">{ forward::PLAN_TITLE }</h2>
                    <p class="tip">{ forward::TRUST_TITLE }{ "." }</p>
                    <Trust {clock} />
                </section>

                <section class="forward-section" aria-labelledby="wins-title">
                    <h2 id="wins-title">{ forward::WINS_TITLE }</h2>
                    <p class="tip">{ forward::WINS_INTRO }</p>
                    <EntryLog lists={vec![List::Wins, List::TalkedThrough]} name="timeline" empty={forward::WINS_EMPTY} {clock} />
                    <details class="disclosure forward-disclosure">
                        <summary>{ forward::ADD_WIN_TITLE }</summary>
                        <AddEntry list={List::Wins} field={forward::WIN} button={forward::ADD_WIN} added={forward::WIN_ADDED} />
                    </details>
                    <details class="disclosure forward-disclosure">
                        <summary>{ forward::TALKED_TITLE }</summary>
                        <AddEntry list={List::TalkedThrough} field={forward::TALKED_NOTE} button={forward::TALKED_BUTTON} added={forward::TALKED_ADDED} />
                    </details>
                </section>

                <section class="forward-section" aria-labelledby="replay-title">
                    <h2 id="replay-title">{ forward::REPLAY_TITLE }</h2>
                    <p class="tip">{ forward::REPLAY_INTRO }</p>
                    <details class="disclosure forward-disclosure">
                        <summary>{ forward::REPLAY_MORE }</summary>
                        { for forward::REPLAY.iter().map(|p| html! { <p>{ *p }</p> }) }
                        <p class="reminder">{ forward::CLOSING }</p>
                    </details>
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
                    <EntryLog lists={vec![List::Boundaries]} name="boundary-log" empty="" {clock} />
                    <details class="disclosure forward-disclosure">
                        <summary>{ forward::ADD_BOUNDARY_TITLE }</summary>
                        <AddEntry list={List::Boundaries} field={forward::BOUNDARY} button={forward::ADD_BOUNDARY} added={forward::BOUNDARY_ADDED} />
                        <p class="standalone-link"><Link<Route> to={Route::ReceiveBoundaries}>{ forward::BOUNDARY_TEMPLATE_LINK }</Link<Route>></p>
                    </details>
                </section>
            </div>
            { safety_link() }
        </>
    }
}

/// The page's own rules: its sections, each a ruled block with a quiet tip under its title, and
/// the folds inside them. (The check-in panel's folds are spaced by its own sheet, listed after
/// this one.)
pub const SHEET: Sheet = sheet!(
    "stylist-forward",
    r#"
    /* The safety link closes the plan as one more ruled section, in the sections' rhythm. */
    & + .receive-safety {
        margin-top: var(--space-4);
        padding-top: var(--space-2);
    }
    /* The article's words on healing together: the page's one quote, in the apology's serif. */
    .forward__lead {
        margin: 0;
        font-family: var(--font-serif);
        font-size: var(--text-m);
        max-width: var(--measure);
    }
    .forward-section {
        margin-top: var(--space-4);
        padding-top: 0;
        border-top: 1px solid var(--color-border-soft);
    }
    /* A hair of room between a title and its tip (the page must stay within two screens). */
    .forward-section > h2 {
        margin: var(--space-2) 0 calc(var(--space-1) / 2);
    }
    /* Folded extras sit flush, one ruled line between them, so a section stays a glance. */
    .forward-disclosure {
        margin: 0;
        max-width: var(--measure);
    }
    .forward-disclosure:last-child {
        border-bottom: 0;
    }
    .plan-group + .forward-disclosure,
    .undo-status + .forward-disclosure {
        margin-top: var(--space-2);
    }
    /* The article's tip, once, under its section's title: quiet, not a second heading. */
    .tip {
        margin: 0 0 var(--space-4);
        padding: var(--space-3) var(--gutter);
        border-left: 4px solid var(--color-accent);
        border-radius: 0 var(--radius) var(--radius) 0;
        background: var(--color-accent-soft);
        font-family: var(--font-serif);
        font-size: var(--text-l);
    }
    .forward-section > .tip {
        margin: 0 0 var(--space-2);
        padding: 0;
        border: 0;
        background: none;
        color: var(--color-text-muted);
        font-size: var(--text-s);
    }
    /* An empty list says so in one quiet line under its tip, as a row says "No check-ins yet",
       not as a paragraph of its own. */
    .forward-section .entries__empty {
        margin: 0 0 var(--space-2);
        font-size: var(--text-s);
    }
    .forward-section .reminder {
        margin-top: var(--space-3);
    }
    "#
);
