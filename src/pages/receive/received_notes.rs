//! The checker read-only, on an apology someone received: each note in plain terms, its words quoted.

use yew::prelude::*;

use crate::checker::{check_received, Extent};
use crate::content::{checker as checker_words, receive};
use crate::hooks::use_settled;

#[derive(Properties, PartialEq)]
pub struct ReceivedNotesProps {
    pub text: AttrValue,
}

#[component]
pub fn ReceivedNotes(props: &ReceivedNotesProps) -> Html {
    // The text as it was at the last pause in typing: the spoken count waits for it.
    let settled = use_settled(props.text.clone(), true);
    let text = props.text.as_str();
    let findings = if text.trim().is_empty() {
        Vec::new()
    } else {
        check_received(text)
    };
    // The notes change as text is pasted or typed: a short, polite count says so, once typing
    // pauses (not at every key). The live region is drawn first and always, so it already exists
    // when the first count appears.
    let typing = settled != props.text;
    let summary = match (text.trim().is_empty() || typing, findings.len()) {
        (true, _) => String::new(),
        (false, 0) => receive::CHECKER_NONE.to_owned(),
        (false, n) => checker_words::count(n),
    };
    let live = html! { <p class="visually-hidden" aria-live="polite" id="received-notes-count">{ summary }</p> };
    if text.trim().is_empty() {
        return html! { <>{ live }<p class="hint">{ receive::CHECKER_EMPTY }</p></> };
    }
    let notes = findings.iter().map(|finding| {
        let words = finding.text(text).trim();
        let quote = match finding.extent {
            Extent::Whole => html! { <p class="finding__about">{ receive::CHECKER_WHOLE }</p> },
            _ if words.is_empty() => Html::default(),
            _ => html! { <p class="finding__quote">{ format!("“{words}”") }</p> },
        };
        html! {
            <li class="finding" data-rule={finding.id()}>
                { quote }
                <p class="finding__note">{ finding.rule.receiver_note }</p>
            </li>
        }
    });
    html! {
        <>
            { live }
            <section class="received-notes" aria-labelledby="checker-title" data-testid="checker-notes">
                <h2 id="checker-title">{ receive::CHECKER_TITLE }</h2>
                if findings.is_empty() {
                    <p>{ receive::CHECKER_NONE }</p>
                } else {
                    <p>{ receive::CHECKER_INTRO }</p>
                    <ul class="findings">{ for notes }</ul>
                }
            </section>
        </>
    }
}
