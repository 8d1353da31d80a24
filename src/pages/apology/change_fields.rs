//! Step 4's fields: a list of concrete commitments (add, edit, remove) and how to make it right,
//! each with the checker's notes on its own words, and the person's "what I value" above them.

use yew::prelude::*;

use super::own_notes::own_note;
use super::{change, change_current, edit_callback, part_notes};
use crate::browser;
use crate::components::checker_notes::Show;
use crate::components::sheet::Sheet;
use crate::components::text_field::TextField;
use crate::components::undo_status::undo_status;
use crate::content::steps;
use crate::context::use_mend;
use crate::hooks::use_focus_later;
use crate::model::plan::has_if_then_shape;
use crate::model::{Apology, Commitment, Part, Step};
use crate::model::{ApologyChange, ApologyField as Field};
use crate::sheet;

const UNDO_ID: &str = "undo-remove-commitment";

/// The if-then tip (one at most): named by its field's `aria-describedby` while it shows, so a
/// screen reader coming back to the field hears it. Nothing is announced while someone types.
const COMMITMENT_TIP_ID: &str = "commitment-tip";

#[derive(Properties, PartialEq)]
pub struct ChangeFieldsProps {
    pub apology: Apology,
}

#[component]
pub fn ChangeFields(props: &ChangeFieldsProps) -> Html {
    let mend = use_mend();
    let step = Step::Part(Part::Change);
    // Focus follows the person: into a new commitment, or to "Undo" after a removal.
    let focus_target = use_focus_later();
    // The commitment removed last and where it was, so "Undo" can put it back.
    let removed = use_state(|| None::<(Commitment, usize)>);

    let commitments = &props.apology.parts.commitments;
    // With none yet, one empty field invites the first; typing in it creates it.
    let rows: Vec<Option<Commitment>> = if commitments.is_empty() {
        vec![None]
    } else {
        commitments.iter().cloned().map(Some).collect()
    };
    let count = rows.len();
    // The if-then tip, under the first commitment written another way only: a suggestion once,
    // not a correction under each.
    let tip_at = commitments
        .iter()
        .position(|c| !c.text.trim().is_empty() && !has_if_then_shape(&c.text));
    // Where each field's words sit in the part's text: the commitments, then the repair.
    let repair_index = commitments.len();

    let items = rows.into_iter().enumerate().map(|(index, commitment)| {
        let number = index + 1;
        let field_id = format!("commitment-{number}");
        let cid = commitment.as_ref().map(|c| c.id.clone());
        let text = commitment.as_ref().map(|c| c.text.clone()).unwrap_or_default();
        let on_input = {
            let mend = mend.clone();
            let cid = cid.clone();
            Callback::from(move |value: String| {
                let action = match cid.clone() {
                    Some(cid) => ApologyChange::Edit { field: Field::Commitment(cid), text: value },
                    None => ApologyChange::AddCommitments(vec![Commitment { id: browser::new_id("c"), text: value, ..Commitment::default() }]),
                };
                change_current(&mend, step, action);
            })
        };
        let remove = commitment.clone().filter(|c| count > 1 || !c.text.is_empty()).map(|commitment| {
            let (mend, focus_target, removed) = (mend.clone(), focus_target.clone(), removed.clone());
            Callback::from(move |_: MouseEvent| {
                let Some(id) = mend.state.current().map(|a| a.id.clone()) else { return };
                removed.set(Some((commitment.clone(), index)));
                change(&mend, id, ApologyChange::RemoveCommitment { commitment_id: commitment.id.clone() });
                focus_target.set(Some(UNDO_ID.into()));
            })
        });
        // The plan for a slip, once there are words to plan for (an empty slip plan stays
        // offered while the person still has one, so it never vanishes mid-sentence).
        let if_slip = commitment.as_ref().filter(|c| !c.text.trim().is_empty() || !c.if_slip.is_empty()).map(|c| {
            html! {
                <TextField
                    id={format!("if-slip-{number}")}
                    label={steps::if_slip_label(number)}
                    hint={(index == 0).then_some(steps::IF_SLIP.hint)}
                    value={c.if_slip.clone()}
                    rows={1}
                    on_input={edit_callback(&mend, step, Field::CommitmentIfSlip(c.id.clone()))}
                />
            }
        });
        let shape_tip = tip_at == Some(index);
        // Keyed by position on purpose: the empty first field turns into a real commitment (with
        // a new id) at the first keystroke, and must stay the same element so focus stays in it.
        html! {
            <li key={index} class="commitment">
                <TextField
                    id={field_id}
                    label={format!("{} {number}", steps::COMMITMENT.label)}
                    hint={(index == 0).then_some(steps::COMMITMENT.hint)}
                    placeholder={steps::COMMITMENT_PLACEHOLDER}
                    value={text}
                    rows={2}
                    {on_input}
                    described_by={shape_tip.then_some(AttrValue::from(COMMITMENT_TIP_ID))}
                />
                if let Some(remove) = remove {
                    <button type="button" class="button button--link commitment__remove" onclick={remove}>
                        { steps::REMOVE_COMMITMENT }
                        <span class="visually-hidden">{ format!(" {} {number}", steps::COMMITMENT.label.to_ascii_lowercase()) }</span>
                    </button>
                }
                // The placeholder row (no commitment yet) has no words to note.
                if cid.is_some() {
                    { part_notes(&mend, &props.apology, Part::Change, Show::Field(index), format!("notes-commitment-{number}")) }
                }
                // Always drawn, so what appears inside at the first keystroke never moves the
                // field being typed in.
                <div class="commitment__after">
                    if shape_tip {
                        <p class="hint commitment__tip" id={COMMITMENT_TIP_ID} data-testid="commitment-tip">{ steps::COMMITMENT_SHAPE_TIP }</p>
                    }
                    { for if_slip }
                </div>
            </li>
        }
    });

    let on_add = {
        let mend = mend.clone();
        let focus_target = focus_target.clone();
        Callback::from(move |_: MouseEvent| {
            let existing = mend
                .state
                .current()
                .map(|a| a.parts.commitments.len())
                .unwrap_or(0);
            // The empty first field is only a placeholder: adding makes it real, then adds another.
            let adding = if existing == 0 { 2 } else { 1 };
            let added = (0..adding)
                .map(|_| Commitment {
                    id: browser::new_id("c"),
                    ..Commitment::default()
                })
                .collect();
            change_current(&mend, step, ApologyChange::AddCommitments(added));
            focus_target.set(Some(format!("commitment-{}", existing.max(1) + 1)));
        })
    };

    let on_undo = {
        let (mend, focus_target, removed) = (mend.clone(), focus_target.clone(), removed.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some((commitment, index)), Some(id)) = (
                (*removed).clone(),
                mend.state.current().map(|a| a.id.clone()),
            ) else {
                return;
            };
            change(
                &mend,
                id,
                ApologyChange::RestoreCommitment { commitment, index },
            );
            removed.set(None);
            focus_target.set(Some(format!("commitment-{}", index + 1)));
        })
    };

    html! {
        <>
            { own_note("own-values", steps::OWN_VALUES_TITLE, &props.apology.preparation.values) }
            <fieldset class="fieldset">
                <legend class="label">{ steps::COMMITMENTS_LEGEND }</legend>
                <ol class="commitments stylist-commitments">{ for items }</ol>
                { undo_status(removed.is_some(), steps::COMMITMENT_REMOVED, steps::UNDO, UNDO_ID.into(), on_undo) }
                <button type="button" id="add-commitment" class="button button--secondary" onclick={on_add}>
                    { steps::ADD_COMMITMENT }
                </button>
            </fieldset>
            <TextField
                id="repair"
                label={steps::REPAIR.label}
                hint={steps::REPAIR.hint}
                value={props.apology.parts.repair.clone()}
                on_input={edit_callback(&mend, step, Field::Repair)}
            >
                { part_notes(&mend, &props.apology, Part::Change, Show::Field(repair_index), "notes-repair".into()) }
            </TextField>
            { part_notes(&mend, &props.apology, Part::Change, Show::Rest, "notes-change".into()) }
        </>
    }
}

/// Step 4's commitments: a plain numbered column of fields, each with room for its notes and,
/// under it, a plan for a slip that starts one line high and grows as it is written.
pub const SHEET: Sheet = sheet!(
    "stylist-commitments",
    r#"
    list-style: none;
    padding: 0;
    margin: 0 0 var(--space-3);
    max-width: none;
    .commitment {
        margin-bottom: var(--space-3);
    }
    .commitment .field {
        margin-bottom: var(--space-1);
    }
    .commitment .label {
        font-weight: 600;
    }
    .commitment__after .textarea {
        min-height: 3rem;
    }
    .commitment__tip {
        margin: 0 0 var(--space-2);
    }
    "#
);
