//! One response script: its words (the person's own, once edited), Copy, and back to the suggestion.

use yew::prelude::*;

use super::dispatch;
use crate::browser;
use crate::components::sheet::Sheet;
use crate::components::text_field::TextField;
use crate::content::receive::{self, Need, Script};
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::model::ReceiverAction;
use crate::sheet;

#[derive(Properties, PartialEq)]
pub struct ScriptCardProps {
    pub script: Script,
    /// The person's wording, when they changed the suggestion.
    pub edited: Option<String>,
    /// Needs ticked in step 2, listed under "what I still need".
    #[prop_or_default]
    pub needs: Vec<Need>,
}

#[component]
pub fn ScriptCard(props: &ScriptCardProps) -> Html {
    let mend = use_mend();
    let status = use_status();
    // The wording replaced by "Use the suggested words", so "Undo" can bring it back.
    let undo = use_state(|| None::<String>);
    let script = props.script;
    let text = props
        .edited
        .clone()
        .unwrap_or_else(|| script.text.to_owned());
    let suffix = receive::script_suffix(&script);

    let on_input = {
        let (mend, status, undo) = (mend.clone(), status.clone(), undo.clone());
        Callback::from(move |text: String| {
            status.clear();
            undo.set(None);
            dispatch(
                &mend,
                ReceiverAction::SetResponse {
                    script: script.id.to_owned(),
                    text,
                },
            )
        })
    };
    let on_copy = {
        let (status, text) = (status.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if text.trim().is_empty() {
                status.say(receive::NOTHING_TO_COPY);
                return;
            }
            let (status, text) = (status.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&text).await.is_ok();
                status.say(if ok {
                    receive::COPIED
                } else {
                    receive::COPY_FAILED
                });
            });
        })
    };
    let on_reset = {
        let (mend, status, undo) = (mend.clone(), status.clone(), undo.clone());
        let previous = props.edited.clone();
        Callback::from(move |_: MouseEvent| {
            undo.set(previous.clone());
            status.say(receive::RESET_DONE);
            dispatch(
                &mend,
                ReceiverAction::ResetResponse {
                    script: script.id.to_owned(),
                },
            );
            // This button goes away with the person's wording: focus goes to the words now shown.
            browser::focus_element(&format!("script-{}", script.id));
        })
    };
    let on_undo = {
        let (mend, status, undo) = (mend.clone(), status.clone(), undo.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = (*undo).clone() {
                dispatch(
                    &mend,
                    ReceiverAction::SetResponse {
                        script: script.id.to_owned(),
                        text,
                    },
                );
            }
            undo.set(None);
            status.clear();
            browser::focus_element(&format!("script-{}", script.id));
        })
    };
    // One tap puts the ticked needs into the words; Undo gives the words back as they were.
    let on_add_needs = {
        let (mend, status, undo) = (mend.clone(), status.clone(), undo.clone());
        let (text, previous) = (text.clone(), props.edited.clone());
        let phrases: Vec<&'static str> = props.needs.iter().map(|n| n.phrase).collect();
        Callback::from(
            move |_: MouseEvent| match receive::with_needs(&text, &phrases) {
                Some(words) => {
                    undo.set(Some(
                        previous.clone().unwrap_or_else(|| script.text.to_owned()),
                    ));
                    dispatch(
                        &mend,
                        ReceiverAction::SetResponse {
                            script: script.id.to_owned(),
                            text: words,
                        },
                    );
                    status.say(receive::NEEDS_ADDED);
                }
                None => status.say(receive::NEEDS_ALREADY_IN),
            },
        )
    };
    let needs = (!props.needs.is_empty()).then(|| {
        html! {
            <div class="script__needs">
                <p class="hint">{ receive::YOUR_NEEDS }</p>
                <ul class="hint">{ for props.needs.iter().map(|n| html! { <li>{ n.label }</li> }) }</ul>
                <button type="button" class="button button--secondary script__add-needs" onclick={on_add_needs}>
                    { receive::ADD_NEEDS }
                </button>
            </div>
        }
    });
    html! {
        <section class="script stylist-script" data-script={script.id}>
            <TextField
                id={format!("script-{}", script.id)}
                label={script.title}
                hint={script.when}
                value={text}
                rows={3}
                label_class="script__title"
                label_is_heading=true
                {on_input}
            >
                { for needs }
            </TextField>
            <div class="button-row button-row--tight">
                <button type="button" class="button button--secondary" onclick={on_copy}>
                    { receive::COPY }<span class="visually-hidden">{ suffix.clone() }</span>
                </button>
                // Offered only when the words differ from the suggestion.
                if props.edited.as_deref().is_some_and(|edited| edited != script.text) {
                    <button type="button" class="button button--link" onclick={on_reset}>
                        { receive::RESET }<span class="visually-hidden">{ suffix }</span>
                    </button>
                }
            </div>
            <p class="inline-status script__status" role="status">
                { status.text() }
                if undo.is_some() {
                    { " " }
                    <button type="button" class="button button--link" onclick={on_undo}>{ receive::UNDO }</button>
                }
            </p>
        </section>
    }
}

/// A script's own look: a card whose words are in reading type, with the needs it can take in
/// and its status under it.
pub const SHEET: Sheet = sheet!(
    "stylist-script",
    r#"
    margin-bottom: var(--space-5);
    padding: var(--space-4) var(--gutter);
    border: 1px solid var(--color-border-soft);
    border-radius: var(--radius);
    background: var(--color-surface);
    max-width: var(--measure);
    .field {
        margin-bottom: var(--space-3);
    }
    .script__title {
        font-size: var(--text-l);
        font-family: var(--font-serif);
    }
    .textarea {
        min-height: 4.5rem;
        font-family: var(--font-serif);
        font-size: var(--text-l);
    }
    .script__needs {
        margin-top: var(--space-2);
    }
    .script__needs ul {
        margin: 0;
        padding-left: var(--space-5);
    }
    .script__add-needs {
        margin: var(--space-1) 0 var(--space-3);
    }
    .script__status {
        margin: var(--space-2) 0 0;
        min-height: 1.5em;
    }
    .script__status:empty {
        margin: 0;
        min-height: 0;
    }
    "#
);
