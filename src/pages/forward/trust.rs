//! "Your plan": every commitment, offer to make it right and promise to follow, one row each,
//! grouped by apology; the form to add a promise; and check-ins whose commitment is gone.

use yew::prelude::*;

use crate::components::more::{show_more, use_shown, PAGE};
use yew_router::prelude::*;

use super::entries::AddEntry;
use super::row::PlanRowItem;
use super::{date_html, dispatch};
use crate::components::sheet::Sheet;
use crate::components::undo_status::undo_status;
use crate::content::forward;
use crate::context::use_mend;
use crate::hooks::use_focus_later;
use crate::hooks::Clock;
use crate::model::forward::check_in_key;
use crate::model::plan::{plan_groups, PlanGroup};
use crate::model::{tracked_commitments, Entry, ForwardAction, List};
use crate::route::Route;
use crate::sheet;

#[derive(Properties, PartialEq)]
pub struct TrustProps {
    pub clock: Option<Clock>,
}

#[component]
pub fn Trust(props: &TrustProps) -> Html {
    let mend = use_mend();
    let removed = use_state(|| None::<(Entry, usize)>);
    let earlier_shown = use_shown(PAGE);
    let focus_later = use_focus_later();
    let doc = &mend.state.doc;
    let plan = &doc.forward;
    let groups = plan_groups(&doc.apologies, plan);
    // Decided once, when the page opens: the form must not fold away under the person's hands
    // when their first promise is added.
    let promise_form_open = *use_state(|| groups.is_empty());

    let remove_promise = |id: &str| {
        let (mend, removed, focus_later) = (mend.clone(), removed.clone(), focus_later.clone());
        let id = id.to_owned();
        let at = plan.promises.iter().position(|p| p.id == id);
        let entry = at.map(|i| plan.promises[i].clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(entry), Some(at)) = (entry.clone(), at) {
                removed.set(Some((entry, at)));
            }
            let id = id.clone();
            dispatch(
                &mend,
                ForwardAction::RemoveEntry {
                    list: List::Promises,
                    id,
                },
            );
            focus_later.set(Some("promise-undo".into()));
        })
    };

    let mut number = 0;
    let group_html = |group: &PlanGroup, number: &mut usize| {
        let title = if group.is_promises() {
            forward::PROMISES_GROUP.to_owned()
        } else {
            forward::group_title(&group.recipient)
        };
        let rows = group.rows.iter().map(|row| {
            *number += 1;
            let t = &row.tracked;
            let note = plan.draft(&check_in_key(&t.apology_id, &t.commitment_id)).to_owned();
            let next = plan.next_check_in(&t.apology_id, &t.commitment_id).map(str::to_owned);
            // Only promises added here can be removed here; the rest belong to their apology.
            let on_remove = t.apology_id.is_empty().then(|| remove_promise(&t.commitment_id));
            html! {
                <PlanRowItem key={format!("{}/{}", t.apology_id, t.commitment_id)}
                    number={*number} row={row.clone()} {note} {next} clock={props.clock} {on_remove} />
            }
        }).collect::<Html>();
        let heading_id = format!("group-{}", *number + 1);
        html! {
            <section class="plan-group stylist-plan-group" aria-labelledby={heading_id.clone()} key={group.apology_id.clone()}>
                <h3 class="plan-group__title" id={heading_id}>{ title }</h3>
                <ul class="plan-rows" data-testid="commitments">{ rows }</ul>
            </section>
        }
    };
    let group_items: Vec<Html> = groups.iter().map(|g| group_html(g, &mut number)).collect();

    let on_undo = {
        let (mend, removed, focus_later) = (mend.clone(), removed.clone(), focus_later.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((entry, index)) = (*removed).clone() {
                // Undo goes away; focus lands on the restored promise's "Check in".
                focus_later.set(Some(format!("check-in--{}", entry.id)));
                dispatch(
                    &mend,
                    ForwardAction::RestoreEntry {
                        list: List::Promises,
                        entry,
                        index,
                    },
                );
            }
            removed.set(None);
        })
    };

    let tracked = tracked_commitments(&doc.apologies, plan);
    let earlier = plan.earlier_check_ins(&tracked);
    let earlier_items = earlier.iter().take(*earlier_shown).map(|c| {
        html! {
            <li class="entry" key={c.id.clone()}>
                <p class="entry__text">{ format!("“{}”", c.commitment_text) }</p>
                <p class="entry__meta">
                    { date_html(props.clock, c.date) }{ " · " }
                    <strong>{ forward::outcome_label(c.outcome) }</strong>
                    if !c.note.is_empty() { { " · " }{ c.note.clone() } }
                </p>
            </li>
        }
    });

    html! {
        <>
            if groups.is_empty() {
                <p>{ forward::TRUST_INTRO }</p>
                <p class="entries__empty">{ forward::TRUST_EMPTY }</p>
                // Not offered to someone here from the receiver's guide with no apology of their
                // own: writing one is not their next step.
                if !doc.apologies.is_empty() || !doc.receiver.has_content() {
                    <p class="standalone-link"><Link<Route> to={Route::Change}>{ forward::TRUST_EMPTY_LINK }</Link<Route>></p>
                }
            } else {
                { for group_items }
            }
            { undo_status(removed.is_some(), forward::REMOVED, forward::UNDO, "promise-undo".into(), on_undo) }
            // Folded away beside someone's own commitments; open when there are none, which is
            // where a person who received an apology lands.
            <details class="disclosure forward-disclosure" open={promise_form_open}>
                <summary>{ forward::PROMISE_TITLE }</summary>
                <AddEntry list={List::Promises} field={forward::PROMISE} button={forward::ADD_PROMISE} added={forward::PROMISE_ADDED} />
            </details>
            if !earlier.is_empty() {
                <details class="disclosure forward-disclosure">
                    <summary>{ forward::EARLIER_TITLE }</summary>
                    <p class="hint">{ forward::EARLIER_INTRO }</p>
                    <ul class="entries" data-testid="earlier-check-ins">{ for earlier_items }</ul>
                    { show_more(&earlier_shown, earlier.len(), "earlier-check-ins") }
                </details>
            }
        </>
    }
}

/// One apology's rows under its title, in one bordered box.
pub const SHEET: Sheet = sheet!(
    "stylist-plan-group",
    r#"
    margin: var(--space-3) 0 0;
    max-width: var(--measure);
    /* A label over its box, not a third heading size under the section's: quieter than the
       section's title, so the page reads as sections, then the apologies within them. */
    .plan-group__title {
        margin: 0 0 var(--space-1);
        font-size: var(--text-s);
        font-weight: 600;
        color: var(--color-text-muted);
    }
    .plan-rows {
        list-style: none;
        padding: 0;
        margin: 0;
        border: 1px solid var(--color-border-soft);
        border-radius: var(--radius);
        background: var(--color-surface);
    }
    "#
);
