//! "Rebuild trust with consistency": every commitment to follow, with check-ins, and earlier history.

use yew::prelude::*;
use yew_router::prelude::*;

use super::commitment::CommitmentItem;
use super::entries::AddEntry;
use super::{date_html, dispatch};
use crate::components::undo_status::undo_status;
use crate::content::forward;
use crate::context::use_mend;
use crate::hooks::Clock;
use crate::hooks::{remove_button_id, use_focus_later};
use crate::model::forward::check_in_key;
use crate::model::{tracked_commitments, CheckIn, Entry, ForwardAction, List};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct TrustProps {
    pub clock: Option<Clock>,
}

#[component]
pub fn Trust(props: &TrustProps) -> Html {
    let mend = use_mend();
    let removed = use_state(|| None::<(Entry, usize)>);
    let focus_later = use_focus_later();
    let doc = &mend.state.doc;
    let plan = &doc.forward;
    let tracked = tracked_commitments(&doc.apologies, plan);
    // Decided once, when the page opens: the form must not fold away under the person's hands
    // when their first promise is added.
    let promise_form_open = *use_state(|| tracked.is_empty());

    let items = tracked.iter().enumerate().map(|(index, t)| {
        let check_ins: Vec<CheckIn> = plan
            .check_ins_for(&t.apology_id, &t.commitment_id)
            .into_iter()
            .cloned()
            .collect();
        let note = plan
            .draft(&check_in_key(&t.apology_id, &t.commitment_id))
            .to_owned();
        let next = plan
            .next_check_in(&t.apology_id, &t.commitment_id)
            .map(str::to_owned);
        // Only promises added here can be removed here; the rest belong to their apology.
        let on_remove = t.apology_id.is_empty().then(|| {
            let (mend, removed, focus_later) = (mend.clone(), removed.clone(), focus_later.clone());
            let id = t.commitment_id.clone();
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
        });
        html! {
            <CommitmentItem key={format!("{}/{}", t.apology_id, t.commitment_id)}
                number={index + 1} tracked={t.clone()} {check_ins} {note} {next}
                clock={props.clock} {on_remove} />
        }
    });

    let on_undo = {
        let (mend, removed, focus_later) = (mend.clone(), removed.clone(), focus_later.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((entry, index)) = (*removed).clone() {
                // Undo goes away; focus lands on the restored promise.
                focus_later.set(Some(remove_button_id(&entry.id)));
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

    let earlier = plan.earlier_check_ins(&tracked);
    let earlier_items = earlier.iter().map(|c| {
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
            <p>{ forward::TRUST_INTRO }</p>
            if tracked.is_empty() {
                <p class="entries__empty">{ forward::TRUST_EMPTY }</p>
                // Not offered to someone here from the receiver's guide with no apology of their
                // own: writing one is not their next step.
                if !doc.apologies.is_empty() || !doc.receiver.has_content() {
                    <p class="standalone-link"><Link<Route> to={Route::Change}>{ forward::TRUST_EMPTY_LINK }</Link<Route>></p>
                }
            } else {
                <ol class="tracked-list" data-testid="commitments">{ for items }</ol>
            }
            { undo_status(removed.is_some(), forward::REMOVED, forward::UNDO, "promise-undo".into(), on_undo) }
            // Folded away beside someone's own commitments; open when there are none, which is
            // where a person who received an apology lands.
            <details class="disclosure forward-disclosure" open={promise_form_open}>
                <summary>{ forward::PROMISE_TITLE }</summary>
                <AddEntry list={List::Promises} field={forward::PROMISE} button={forward::ADD_PROMISE} added={forward::PROMISE_ADDED} />
            </details>
            if !earlier.is_empty() {
                <h3>{ forward::EARLIER_TITLE }</h3>
                <p class="hint">{ forward::EARLIER_INTRO }</p>
                <ul class="entries">{ for earlier_items }</ul>
            }
        </>
    }
}
