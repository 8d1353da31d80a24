//! The checker read-only, on an apology someone received: each note in plain terms, its words quoted.

use yew::prelude::*;

use crate::checker::{check_received, Extent};
use crate::content::receive;

#[derive(Properties, PartialEq)]
pub struct CheckerNotesProps {
    pub text: AttrValue,
}

#[component]
pub fn CheckerNotes(props: &CheckerNotesProps) -> Html {
    let text = props.text.as_str();
    if text.trim().is_empty() {
        return html! { <p class="hint">{ receive::CHECKER_EMPTY }</p> };
    }
    let findings = check_received(text);
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
        <section class="received-notes" aria-labelledby="checker-title" data-testid="checker-notes">
            <h2 id="checker-title">{ receive::CHECKER_TITLE }</h2>
            if findings.is_empty() {
                <p>{ receive::CHECKER_NONE }</p>
            } else {
                <p>{ receive::CHECKER_INTRO }</p>
                <ul class="findings">{ for notes }</ul>
            }
        </section>
    }
}
