//! The checker read-only, on an apology someone received: each note in plain terms, its words
//! quoted, shown with the weighing question it bears on (or, for the few that bear on none, here).
//! The weighing page asks the checker's worker (`use_checks`, every rule at text level) and
//! hands each text's answer here.

use yew::prelude::*;

use crate::checker::Extent;
use crate::components::sheet::Sheet;
use crate::content::checker_rules::Rule;
use crate::content::weighing::{self, question_for_rule, GENERAL};
use crate::content::{checker as checker_words, receive};
use crate::hooks::{use_settled, Notes};
use crate::sheet;

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
        <div class="question-notes stylist-received-notes" data-testid="question-notes">
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
            <section class="received-notes stylist-received-notes" aria-labelledby="checker-title" data-testid="checker-notes">
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

/// The notes' own look, in both places they appear: a card of all of them on the page that
/// weighs the apology, and the few inside the question they bear on, in the notes' colours.
pub const SHEET: Sheet = sheet!(
    "stylist-received-notes",
    r#"
    &.received-notes {
        margin: 0 0 var(--space-6);
        padding: var(--space-4) var(--gutter);
        border-radius: var(--radius);
        background: var(--color-surface);
        border: 1px solid var(--color-border-soft);
        max-width: var(--measure);
    }
    &.received-notes h2 {
        margin-top: 0;
    }
    .received-notes__general {
        font-size: var(--text-m);
        margin: var(--space-4) 0 var(--space-2);
    }
    .findings {
        list-style: none;
        padding: 0;
        margin: 0;
    }
    .finding {
        padding: var(--space-3) 0;
        border-top: 1px solid var(--color-border-soft);
    }
    .finding p {
        margin: 0;
    }
    .finding__quote {
        font-family: var(--font-serif);
        font-weight: 700;
        margin-bottom: var(--space-1) !important;
    }
    .finding__about {
        font-size: var(--text-s);
        font-weight: 700;
        color: var(--color-text-muted);
        margin-bottom: var(--space-1) !important;
    }
    &.question-notes {
        margin: var(--space-2) 0 var(--space-3);
        padding: var(--space-2) var(--space-3);
        border-left: 4px solid var(--color-note-border);
        background: var(--color-note-bg);
        border-radius: 0 var(--radius) var(--radius) 0;
    }
    .question-notes__title {
        margin: 0;
        font-size: var(--text-s);
        font-weight: 700;
    }
    &.question-notes .finding {
        padding: var(--space-2) 0;
    }
    &.question-notes .finding:first-child {
        border-top: 0;
    }
    "#
);
