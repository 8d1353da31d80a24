//! The start page: what Mend is, where you left off, your other apologies, and the three ways in.
//! Each apology shows once: the one to pick up under "Continue where you left off", the rest below.

use yew::prelude::*;

use crate::components::more::{show_more, use_shown, PAGE};
use yew_router::prelude::*;

use crate::browser;
use crate::components::page_heading::page_heading;
use crate::components::sheet::Sheet;
use crate::content::{self, dates, home};
use crate::context::{use_mend, Mend};
use crate::hooks::use_focus_later;
use crate::model::{Apology, Step};
use crate::route::Route;
use crate::sheet;
use crate::state::Action;

#[component]
pub fn Home() -> Html {
    let mend = use_mend();
    let shown = use_shown(PAGE);
    let navigator = use_navigator();
    let state = &*mend.state;
    let drafts: Vec<&Apology> = state
        .doc
        .apologies_by_recency()
        .into_iter()
        .filter(|a| !a.is_blank())
        .collect();
    // Where to pick up: the open apology, or, when that one is new and still blank (they tapped
    // "Start a new apology" and came back), the one they wrote in last.
    let current = state
        .current()
        .filter(|a| !a.is_blank())
        .or_else(|| drafts.first().copied());
    let others: Vec<&Apology> = drafts
        .iter()
        .copied()
        .filter(|a| Some(a.id.as_str()) != current.map(|c| c.id.as_str()))
        .collect();

    let open = |apology: &Apology| {
        let (mend, navigator) = (mend.clone(), navigator.clone());
        let (id, step) = (apology.id.clone(), apology.last_step);
        Callback::from(move |_: MouseEvent| {
            mend.dispatch(Action::OpenApology { id: id.clone() });
            if let Some(navigator) = &navigator {
                navigator.push(&Route::for_step(step));
            }
        })
    };
    let start_new = {
        let (mend, navigator) = (mend.clone(), navigator.clone());
        Callback::from(move |_: MouseEvent| {
            mend.dispatch(Action::StartNew {
                id: browser::new_id("a"),
                now: browser::now(),
            });
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Prepare);
            }
        })
    };

    html! {
        <>
            { page_heading(Route::Home) }
            <p class="lead">{ home::INTRO }</p>
            if let Some(apology) = current {
                <section class="resume stylist-home" aria-labelledby="resume-title">
                    <h2 id="resume-title">{ home::CONTINUE_TITLE }</h2>
                    <p class="resume__what">
                        <strong>{ home::apology_title(apology) }</strong><br />
                        if let Some(delivery) = &apology.delivery {
                            { home::delivered_on(&dates::short_local_date(delivery.at, mend.utc_offset_minutes)) }
                        } else {
                            { home::step_name(apology.last_step) }
                        }
                    </p>
                    <div class="button-row button-row--tight">
                        if apology.delivery.is_some() {
                            // Said: what comes next is keeping the promises.
                            <Link<Route> to={Route::Forward} classes="button">{ home::NEXT_PLAN }</Link<Route>>
                        } else {
                            <button type="button" id={open_button_id(&apology.id)} class="button" onclick={open(apology)}>
                                { home::CONTINUE_BUTTON }
                            </button>
                        }
                        { delete_button(apology) }
                    </div>
                </section>
            }
            <ul class="choices">
                <li>
                    <button type="button" class={classes!("choice", current.is_none().then_some("choice--primary"))} onclick={start_new}>
                        { if drafts.is_empty() { home::WRITE_APOLOGY } else { home::START_NEW } }
                    </button>
                </li>
                <li><Link<Route> to={Route::Receive} classes="choice">{ home::RECEIVED_APOLOGY }</Link<Route>></li>
                <li><Link<Route> to={Route::Forward} classes="choice">{ home::MOVING_FORWARD }</Link<Route>></li>
            </ul>
            <UndoDelete />
            if !others.is_empty() {
                <section aria-labelledby="list-title">
                    <h2 id="list-title">{ home::LIST_TITLE }</h2>
                    <ul class="apology-list stylist-home">
                        { for others.iter().take(*shown).map(|a| apology_item(&mend, a, open(a))) }
                    </ul>
                    { show_more(&shown, others.len(), "apology-list") }
                </section>
            }
            <p class="safety-link standalone-link"><Link<Route> to={Route::Safety}>{ home::SAFETY_LINK }</Link<Route>></p>
        </>
    }
}

fn apology_item(mend: &Mend, apology: &Apology, on_open: Callback<MouseEvent>) -> Html {
    let offset = mend.utc_offset_minutes;
    let title = home::apology_title(apology);
    let step = match &apology.delivery {
        Some(delivery) => format!(
            " · {}",
            home::delivered_on(&dates::short_local_date(delivery.at, offset))
        ),
        None if apology.last_step == Step::Prepare => String::new(),
        None => format!(" · {}", home::left_off_at(apology.last_step)),
    };
    html! {
        <li class="apology-item" key={apology.id.clone()}>
            <div>
                <p class="apology-item__title">{ title.clone() }</p>
                <p class="apology-item__meta">
                    { home::last_edited(&dates::short_local_date(apology.updated_at, offset)) }
                    { " · " }{ home::parts_written(apology.parts.written_count()) }{ step }
                </p>
            </div>
            <div class="button-row button-row--tight">
                <button type="button" id={open_button_id(&apology.id)} class="button button--secondary" onclick={on_open}>
                    { home::OPEN }{ hidden_title(apology) }
                </button>
                { delete_button(apology) }
            </div>
        </li>
    }
}

/// " your apology to Ana", heard after "Open" and "Delete" ("Continue" sits in a region named
/// for the apology it continues).
fn hidden_title(apology: &Apology) -> Html {
    let title = home::apology_title(apology);
    html! { <span class="visually-hidden">{ format!(" {}", content::lowercase_first(&title)) }</span> }
}

/// "Delete", in the list and beside "Continue"; Undo follows in the status.
fn delete_button(apology: &Apology) -> Html {
    html! {
        <DeleteApology
            id={apology.id.clone()}
            title={home::apology_title(apology)}
            delivered={apology.delivery.is_some()}
        />
    }
}

#[derive(Properties, PartialEq)]
struct DeleteApologyProps {
    id: AttrValue,
    title: AttrValue,
    delivered: bool,
}

/// A draft goes at one tap, with Undo after it. A delivered apology carries its plan and
/// check-ins, and Undo lasts only this visit: it asks first, with "Keep it" the one focused.
#[component]
fn DeleteApology(props: &DeleteApologyProps) -> Html {
    let mend = use_mend();
    let asking = use_state(|| false);
    let focus_later = use_focus_later();
    let (keep_id, ask_id) = (format!("keep-{}", props.id), format!("delete-{}", props.id));
    let delete = {
        let (mend, id) = (mend.clone(), props.id.to_string());
        Callback::from(move |_: MouseEvent| mend.dispatch(Action::DeleteApology { id: id.clone() }))
    };
    let hidden = html! { <span class="visually-hidden">{ format!(" {}", content::lowercase_first(&props.title)) }</span> };
    if *asking {
        let keep = {
            let (asking, focus_later, ask_id) =
                (asking.clone(), focus_later.clone(), ask_id.clone());
            Callback::from(move |_: MouseEvent| {
                asking.set(false);
                focus_later.set(Some(ask_id.clone()));
            })
        };
        return html! {
            <div class="confirm-delete" role="group" aria-labelledby={format!("{ask_id}-question")} data-testid="confirm-delete">
                <p class="hint" id={format!("{ask_id}-question")}>{ home::confirm_delete_delivered(&props.title) }</p>
                <div class="button-row button-row--tight">
                    <button type="button" id={keep_id} class="button button--secondary" onclick={keep}>{ home::KEEP_IT }</button>
                    <button type="button" class="button button--link" onclick={delete}>{ home::DELETE_IT }{ hidden }</button>
                </div>
            </div>
        };
    }
    let onclick = if props.delivered {
        let (asking, focus_later) = (asking.clone(), focus_later.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(true);
            focus_later.set(Some(keep_id.clone()));
        })
    } else {
        delete
    };
    html! {
        <button type="button" id={ask_id} class="button button--link" {onclick}>
            { home::DELETE }{ hidden }
        </button>
    }
}

/// The id of an apology's "Open" button in the list, or of "Continue" for the one to pick up.
fn open_button_id(apology_id: &str) -> String {
    format!("open-{apology_id}")
}

/// "Deleted: your apology to Ana. Undo", for as long as a deleted apology is held; after one
/// Undo, the delete before it is offered in turn.
#[component]
fn UndoDelete() -> Html {
    let mend = use_mend();
    let held = mend.state.deleted.len();
    // The deleted item's button is gone, so focus goes to Undo whenever an apology has just been
    // deleted, a second one while the first's Undo still shows included; not after an Undo, which
    // sends focus to the apology it put back.
    let shown = use_mut_ref(|| held);
    use_effect_with(held, move |held| {
        if *held > std::mem::replace(&mut *shown.borrow_mut(), *held) {
            browser::focus_element("undo-delete");
        }
    });
    let focus_later = use_focus_later();
    let on_undo = {
        let mend = mend.clone();
        Callback::from(move |_: MouseEvent| {
            // The Undo button goes; focus lands on the restored apology's "Open".
            if let Some(deleted) = mend.state.deleted.last() {
                focus_later.set(Some(open_button_id(&deleted.apology.id)));
            }
            mend.dispatch(Action::UndoDelete);
        })
    };
    html! {
        <div role="status" class="undo-status stylist-undo-status">
            if let Some(deleted) = mend.state.deleted.last() {
                <p class="notice">
                    { home::deleted(&home::apology_title(&deleted.apology)) }{ " " }
                    <button type="button" id="undo-delete" class="button button--link" onclick={on_undo}>{ home::UNDO }</button>
                </p>
            }
        </div>
    }
}

/// The start page's own: the card to continue where the person left off, and the list of their
/// other apologies, each row's words and buttons wrapping as the width allows.
pub const SHEET: Sheet = sheet!(
    "stylist-home",
    r#"
    &.resume {
        margin-bottom: var(--space-5);
        padding: var(--space-4) var(--gutter);
        border-radius: var(--radius);
        background: var(--color-surface);
        border: 1px solid var(--color-border-soft);
    }
    &.resume h2 {
        margin-top: 0;
    }
    &.apology-list {
        list-style: none;
        padding: 0;
        max-width: var(--measure);
    }
    .apology-item {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-2) var(--space-4);
        padding: var(--space-3) 0;
        border-bottom: 1px solid var(--color-border-soft);
    }
    .apology-item__meta {
        color: var(--color-text-muted);
        font-size: var(--text-s);
        margin: 0;
    }
    .apology-item__title {
        margin: 0;
        font-weight: 700;
    }
    "#
);
