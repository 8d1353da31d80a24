//! Delete everything Mend kept on this device, after saying exactly what will go.

use yew::prelude::*;

use crate::browser;
use crate::content::data;
use crate::context::use_mend;
use crate::context::Erasure;

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Idle,
    /// Holds how many backup copies will go, counted when the person asked.
    Confirming(usize),
    Done(&'static str),
}

#[component]
pub fn Erase() -> Html {
    let mend = use_mend();
    let stage = use_state(|| Stage::Idle);
    {
        // Focus follows the step: into the confirmation, to its result, or back to the button.
        let target = match *stage {
            Stage::Confirming(_) => "erase-confirm-title",
            Stage::Done(_) => "erase-done",
            Stage::Idle => "erase-start",
        };
        let first = use_mut_ref(|| true);
        use_effect_with(target, move |target| {
            // Not when the page opens: focus then belongs to the heading.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                browser::focus_element(target);
            }
        });
    }
    let ask = {
        let (mend, stage) = (mend.clone(), stage.clone());
        Callback::from(move |_: MouseEvent| stage.set(Stage::Confirming(mend.backup_count())))
    };
    let cancel = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(Stage::Idle))
    };
    let erase = {
        let (mend, stage) = (mend.clone(), stage.clone());
        Callback::from(move |_: MouseEvent| {
            stage.set(Stage::Done(match mend.erase_all() {
                Erasure::NothingStored => data::DELETE_NOTHING_STORED,
                Erasure::Erased => data::DELETED,
                Erasure::Failed => data::DELETE_FAILED,
            }))
        })
    };

    let state = &*mend.state;
    let backups = match *stage {
        Stage::Confirming(n) => n,
        _ => 0,
    };
    let goes = data::holdings(&state.doc, backups);

    html! {
        <section aria-labelledby="erase-title">
            <h2 id="erase-title">{ data::DELETE_TITLE }</h2>
            <p class="hint">{ data::DELETE_HINT }</p>
            { match *stage {
                Stage::Idle => html! {
                    <button type="button" id="erase-start" class="button button--danger" onclick={ask}>{ data::DELETE_BUTTON }</button>
                },
                Stage::Confirming(_) => html! {
                    <div class="notice notice--error" data-testid="erase-confirm">
                        <h3 class="notice__title" id="erase-confirm-title" tabindex="-1">{ data::DELETE_CONFIRM_TITLE }</h3>
                        if goes.is_empty() {
                            <p>{ data::NOTHING_KEPT }</p>
                        } else {
                            <ul>{ for goes.into_iter().map(|g| html! { <li>{ g }</li> }) }</ul>
                        }
                        <div class="button-row">
                            <button type="button" class="button button--danger" onclick={erase}>{ data::DELETE_CONFIRM_YES }</button>
                            <button type="button" class="button button--secondary" onclick={cancel}>{ data::DELETE_CONFIRM_NO }</button>
                        </div>
                    </div>
                },
                Stage::Done(message) => html! { <p class="notice" id="erase-done" tabindex="-1" role="status" data-testid="erase-done">{ message }</p> },
            } }
        </section>
    }
}
