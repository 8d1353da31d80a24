//! The checker read-only, on an apology someone received: each note in plain terms, its words
//! quoted, shown with the weighing question it bears on (or, for the few that bear on none, here).
//! The weighing page asks the checker's worker (`use_checks`, every rule at text level) and
//! hands each text's answer here.

use yew::prelude::*;

use crate::checker::Extent;
use crate::content::checker_rules::Rule;
use crate::content::weighing::{self, question_for_rule, GENERAL};
use crate::content::{checker as checker_words, receive};
use crate::hooks::{use_settled, Notes};

/// One note on a received apology: the rule and the words it is about (`None`: the whole text).
#[derive(Debug, Clone, PartialEq)]
pub struct Noted {
    pub rule: &'static Rule,
    pub quote: Option<String>,
}

/// The notes on each of the texts (the apology from a link, the one pasted), one per rule: as
/// far as the checker has answered, and until a new answer comes, its answer on the text before.
pub fn noted(texts: &[&Notes]) -> Vec<Noted> {
    let mut all: Vec<Noted> = Vec::new();
    for checked in texts.iter().filter_map(|notes| notes.latest()) {
        let text = checked.text.as_str();
        for finding in checked.findings.iter() {
            if all.iter().any(|n| n.rule == finding.rule) {
                continue;
            }
            let quote = match finding.extent {
                Extent::Whole => None,
                _ => Some(finding.text(text).trim().to_owned()),
            };
            all.push(Noted {
                rule: finding.rule,
                quote,
            });
        }
    }
    all
}

fn note(noted: &Noted) -> Html {
    let quote = match noted.quote.as_deref() {
        None => html! { <p class="finding__about">{ receive::CHECKER_WHOLE }</p> },
        Some("") => Html::default(),
        Some(words) => html! { <p class="finding__quote">{ format!("“{words}”") }</p> },
    };
    html! {
        <li class="finding" data-rule={noted.rule.id}>
            { quote }
            <p class="finding__note">{ noted.rule.receiver_note }</p>
        </li>
    }
}

/// The notes that bear on one weighing question, shown inside it; nothing when there are none.
pub fn question_notes(noted: &[Noted], question: &str) -> Html {
    let here: Vec<&Noted> = noted
        .iter()
        .filter(|n| question_for_rule(n.rule.id) == question)
        .collect();
    if here.is_empty() {
        return Html::default();
    }
    html! {
        <div class="question-notes" data-testid="question-notes">
            <p class="question-notes__title">{ weighing::NOTED_HERE }</p>
            <ul class="findings">{ for here.into_iter().map(note) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReceivedNotesProps {
    pub text: AttrValue,
    /// The checker's answer on `text`.
    pub notes: Notes,
}

/// Under a received apology: a short spoken count, and the notes that go with no question.
#[component]
pub fn ReceivedNotes(props: &ReceivedNotesProps) -> Html {
    // The text as it was at the last pause in typing: the spoken count waits for it.
    let settled = use_settled(props.text.clone(), true);
    let text = props.text.as_str();
    let notes = noted(&[&props.notes]);
    // The notes change as text is pasted or typed: a short, polite count says so, once typing
    // pauses (not at every key) and the checker has answered. The live region is drawn first and
    // always, so it already exists when the first count appears.
    let typing = settled != props.text || props.notes.ready().is_none();
    let summary = match (text.trim().is_empty() || typing, notes.len()) {
        (true, _) => String::new(),
        (false, 0) => receive::CHECKER_NONE.to_owned(),
        (false, n) => checker_words::count(n),
    };
    let live = html! { <p class="visually-hidden" aria-live="polite" id="received-notes-count">{ summary }</p> };
    if text.trim().is_empty() {
        return html! { <>{ live }<p class="hint">{ receive::CHECKER_EMPTY }</p></> };
    }
    let general: Vec<&Noted> = notes
        .iter()
        .filter(|n| question_for_rule(n.rule.id) == GENERAL)
        .collect();
    let with_questions = notes.len() > general.len();
    html! {
        <>
            { live }
            <section class="received-notes" aria-labelledby="checker-title" data-testid="checker-notes">
                <h2 id="checker-title">{ receive::CHECKER_TITLE }</h2>
                if props.notes == Notes::Unavailable {
                    <p data-testid="notes-unavailable">{ receive::CHECKER_UNAVAILABLE }</p>
                } else if notes.is_empty() && props.notes.latest().is_none() {
                    <p class="hint">{ receive::CHECKER_READING }</p>
                } else if notes.is_empty() {
                    <p>{ receive::CHECKER_NONE }</p>
                } else {
                    <p>{ receive::CHECKER_INTRO }</p>
                    if with_questions {
                        <p>{ weighing::NOTES_WITH_QUESTIONS }</p>
                    }
                    if !general.is_empty() {
                        <h3 class="received-notes__general">{ weighing::GENERAL_TITLE }</h3>
                        <ul class="findings">{ for general.into_iter().map(note) }</ul>
                    }
                }
            </section>
        </>
    }
}
