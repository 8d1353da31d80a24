//! The checker's gentle notes for one part, or for the whole apology once edited by hand: shown
//! once the person pauses typing, never while they type; each explains itself, suggests another
//! way, and can be set aside with "Keep my wording" (with Undo). On a part with several fields,
//! one instance sits under each field and shows the notes on its words; several notes fold to
//! their titles, one open at a time, so Continue stays near. The checking itself happens in the
//! checker's worker (`use_checks`); until its answer comes, the notes on the text before stay.

use std::rc::Rc;

use yew::prelude::*;

use crate::checker::{one_per_rule, Extent, Finding, Rule, Scope};
use crate::components::sheet::Sheet;
use crate::content::checker as words;
use crate::hooks::{use_checks, use_focus_later, use_settled, Notes};
use crate::model::{field_at, Apology, Part};
use crate::sheet;

/// The key under which a dismissed note is remembered: rule, part and the words themselves,
/// so dismissing one "I guess" does not silence a different phrase later.
pub fn dismissal_key(finding: &Finding, scope: Scope, text: &str) -> String {
    key_of(finding.id(), scope, &noted_words(finding, text))
}

fn key_of(rule: &str, scope: Scope, words: &str) -> String {
    format!("{rule}:{}:{words}", scope.id())
}

fn noted_words(finding: &Finding, text: &str) -> String {
    match finding.extent {
        Extent::Whole => String::new(),
        _ => finding.text(text).trim().to_ascii_lowercase(),
    }
}

/// Of the findings for `text`, those the person has not dismissed, one per rule. In the whole,
/// hand-edited text, a note already marked fine for the same words in one of the parts stays
/// dismissed. Set aside first, then one per rule: marking one "I guess" fine lets a later,
/// different one show.
pub fn still_open(
    found: &[Finding],
    scope: Scope,
    text: &str,
    dismissed: &[String],
) -> Vec<Finding> {
    let open = found
        .iter()
        .filter(|f| {
            let words = noted_words(f, text);
            let key = key_of(f.id(), scope, &words);
            !dismissed.iter().any(|d| {
                *d == key || (scope == Scope::Whole && same_rule_and_words(d, f.id(), &words))
            })
        })
        .cloned()
        .collect();
    one_per_rule(open)
}

/// What to check for the notes still open on an apology, as the steps show them: each part, or
/// the whole text once edited by hand.
pub fn apology_checks(apology: &Apology) -> Vec<(Scope, AttrValue)> {
    match &apology.edited_text {
        Some(edited) => vec![(Scope::Whole, AttrValue::from(edited.clone()))],
        None => Part::ALL
            .iter()
            .map(|part| (Scope::Part(*part), apology.parts.text_of(*part).into()))
            .collect(),
    }
}

/// How many notes are still open in each text of `apology_checks` that has any, once the checker
/// has answered for every one (`None` until then: a count is never shown half-made). What the
/// review and the delivery page sum up in one line.
pub fn open_counts(
    notes: &[Notes],
    checks: &[(Scope, AttrValue)],
    dismissed: &[String],
) -> Option<Vec<(Scope, usize)>> {
    let mut counts = Vec::new();
    for (note, (scope, _)) in notes.iter().zip(checks) {
        let checked = note.ready()?;
        let open = still_open(&checked.findings, *scope, &checked.text, dismissed).len();
        if open > 0 {
            counts.push((*scope, open));
        }
    }
    Some(counts)
}

/// Whether a dismissal key ("rule:scope:words") is about this rule and these words, in any scope.
fn same_rule_and_words(key: &str, rule: &str, words: &str) -> bool {
    let mut fields = key.splitn(3, ':');
    fields.next() == Some(rule) && fields.nth(1) == Some(words)
}

/// Which of a part's notes an instance shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    /// Every note (a part with one field, or the whole text).
    #[default]
    All,
    /// The notes on the words of `fields[i]`.
    Field(usize),
    /// Notes about the text as a whole; this instance also tells a screen reader the count.
    Rest,
}

impl Show {
    fn shows(self, finding: &Finding, fields: &[AttrValue]) -> bool {
        let field = || field_at(fields, finding.range.start);
        match self {
            Show::All => true,
            Show::Field(i) => finding.extent != Extent::Whole && field() == Some(i),
            Show::Rest => finding.extent == Extent::Whole || field().is_none(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckerNotesProps {
    pub scope: Scope,
    pub text: AttrValue,
    pub dismissed: Vec<String>,
    /// A note marked fine (`true`), or put back by Undo (`false`), by its dismissal key.
    pub on_dismiss: Callback<(String, bool)>,
    /// Wait for a pause in typing before updating (on the step pages; not on review).
    #[prop_or(true)]
    pub after_pause: bool,
    pub id: AttrValue,
    /// Show the heading and introduction (step pages); the review lists notes under each part.
    #[prop_or(true)]
    pub with_heading: bool,
    /// The part's fields, in the order `text` joins them, for `Show::Field` and `Show::Rest`.
    #[prop_or_default]
    pub fields: Vec<AttrValue>,
    #[prop_or_default]
    pub show: Show,
}

#[component]
pub fn CheckerNotes(props: &CheckerNotesProps) -> Html {
    // The text the notes describe: what was there when the page opened, then what was there at
    // the last pause.
    let (text, fields) = use_settled(
        (props.text.clone(), props.fields.clone()),
        props.after_pause,
    );
    let opened_with = use_state(|| props.text.clone());
    // The note last marked fine, for Undo: its dismissal key and its rule.
    let marked = use_state(|| None::<(String, &'static Rule)>);
    let focus_later = use_focus_later();
    let answer = use_checks(vec![(props.scope, text.clone())]).remove(0);
    // The fields of the text the notes describe: while the answer for a new text comes, the notes
    // on the one before stay, placed under its own fields.
    let fields_of_checked = use_mut_ref(|| (AttrValue::default(), Vec::<AttrValue>::new()));
    if let Notes::Ready(checked) = &answer {
        *fields_of_checked.borrow_mut() = (checked.text.clone(), fields.clone());
    }
    let (text, fields, found) = match answer.latest() {
        Some(checked) if fields_of_checked.borrow().0 == checked.text => (
            checked.text.clone(),
            fields_of_checked.borrow().1.clone(),
            checked.findings.clone(),
        ),
        _ => (AttrValue::default(), Vec::new(), Rc::default()),
    };
    // Filtered again only when the answer or the dismissals change, not on every keystroke.
    let findings = use_memo(
        (props.scope, text.clone(), found, props.dismissed.clone()),
        |(scope, text, found, dismissed)| still_open(found, *scope, text, dismissed),
    );
    let undo_id = format!("{}-undo", props.id);
    let shown: Vec<&Finding> = findings
        .iter()
        .filter(|f| props.show.shows(f, &fields))
        .collect();
    // Several notes fold to their titles, the first open; opening one closes the others.
    let folded = shown.len() > 1;
    let group = format!("{}-fold", props.id);
    let notes = shown.iter().enumerate().map(|(index, finding)| {
        let key = dismissal_key(finding, props.scope, &text);
        let rule = finding.rule;
        let (dismiss, marked, focus_later) = (props.on_dismiss.clone(), marked.clone(), focus_later.clone());
        let undo_id = undo_id.clone();
        let on_dismiss = Callback::from(move |_: MouseEvent| {
            dismiss.emit((key.clone(), true));
            marked.set(Some((key.clone(), rule)));
            // The button is about to go: focus goes to Undo, as after any removal.
            focus_later.set(Some(undo_id.clone()));
        });
        let fine_id = fine_button_id(&props.id, rule.id);
        let body = html! {
            <>
                if finding.extent != Extent::Whole {
                    <p class="checker-note__quote">{ words::quoted(finding.text(&text)) }</p>
                }
                <p>{ rule.why }</p>
                <p><span class="checker-note__try">{ words::TRY_INSTEAD }</span>{ " " }{ rule.instead }</p>
                <button type="button" id={fine_id} class="button button--link" onclick={on_dismiss}>
                    { words::FINE_HERE }<span class="visually-hidden">{ format!(" – {}", rule.title) }</span>
                </button>
            </>
        };
        if folded {
            html! {
                <li key={rule.id} class="checker-note checker-note--folded">
                    <details class="checker-note__fold" name={group.clone()} open={index == 0}>
                        <summary class="checker-note__summary fold-marker"><span class="checker-note__title">{ rule.title }</span></summary>
                        <div class="checker-note__body">{ body }</div>
                    </details>
                </li>
            }
        } else {
            html! {
                <li key={rule.id} class="checker-note">
                    <p class="checker-note__title">{ rule.title }</p>
                    { body }
                </li>
            }
        }
    });
    let on_undo = {
        let (dismiss, marked, focus_later, container) = (
            props.on_dismiss.clone(),
            marked.clone(),
            focus_later.clone(),
            props.id.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some((key, rule)) = (*marked).clone() else {
                return;
            };
            dismiss.emit((key, false));
            marked.set(None);
            // Back on the note that returns (one note per rule in a text).
            focus_later.set(Some(fine_button_id(&container, rule.id)));
        })
    };
    // Not the notes themselves as a live region (a screen reader would read every note while the
    // person writes): a short count after a pause in typing, once the text has changed.
    // One instance per part says the count (of all its notes), not one per field.
    let announce = props.after_pause && !matches!(props.show, Show::Field(_));
    let count = (announce && *opened_with != text).then(|| words::notes_below(findings.len()));
    // Said once per part, by the instance that speaks for it, and only once there are words.
    let unavailable = answer == Notes::Unavailable
        && !matches!(props.show, Show::Field(_))
        && !props.text.trim().is_empty();
    html! {
        <div class="checker-notes stylist-checker-notes" id={props.id.clone()} data-testid="checker-notes">
            if announce {
                <p class="visually-hidden" role="status">{ count.unwrap_or_default() }</p>
            }
            <p class="inline-status checker-notes__status" role="status">
                if let Some((_, rule)) = &*marked {
                    { words::marked_fine(rule.title) }{ " " }
                    <button type="button" id={undo_id.clone()} class="button button--link" onclick={on_undo}>{ words::UNDO }</button>
                }
            </p>
            if unavailable {
                <p class="hint checker-notes__unavailable" data-testid="notes-unavailable">{ words::NOTES_UNAVAILABLE }</p>
            }
            if !shown.is_empty() {
                if props.with_heading {
                    <h2 class="checker-notes__title">{ words::NOTES_TITLE }</h2>
                    if !matches!(props.show, Show::Field(_)) {
                        <p class="hint">{ words::NOTES_INTRO }</p>
                    }
                }
                <ul class="checker-notes__list">{ for notes }</ul>
            }
        </div>
    }
}

/// The id of a note's "Keep my wording" button.
fn fine_button_id(container: &str, rule: &str) -> String {
    format!("{container}-fine-{rule}")
}

/// The notes' own look: advice, not errors, so calm colours and no alarm. Under a field they sit
/// close to it; several fold to their titles.
pub const SHEET: Sheet = sheet!(
    "stylist-checker-notes",
    r#"
    .checker-notes__title {
        font-size: var(--text-m);
        margin-top: var(--space-4);
    }
    .field > & .checker-notes__title {
        margin-top: var(--space-3);
        font-size: var(--text-s);
    }
    .checker-notes__list {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--space-4);
        display: grid;
        gap: var(--space-3);
    }
    .checker-note {
        padding: var(--space-3) var(--gutter);
        border-left: 4px solid var(--color-note-border);
        border-radius: 0 var(--radius) var(--radius) 0;
        background: var(--color-note-bg);
        max-width: var(--measure);
    }
    .checker-note p {
        margin-bottom: var(--space-2);
    }
    .checker-note__title {
        font-weight: 700;
    }
    .checker-note__quote {
        font-family: var(--font-serif);
        font-style: italic;
    }
    .checker-note__try {
        font-weight: 600;
    }
    .checker-note--folded {
        padding: 0;
    }
    .checker-note__summary {
        display: flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--tap);
        padding: var(--space-2) var(--gutter);
        list-style: none;
        cursor: pointer;
    }
    .checker-note__body {
        padding: 0 var(--gutter) var(--space-3);
    }
    "#
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::check_all_in;

    fn open_findings(scope: Scope, text: &str, dismissed: &[String]) -> Vec<Finding> {
        still_open(&check_all_in(scope, text), scope, text, dismissed)
    }

    #[test]
    fn a_note_marked_fine_in_a_part_stays_dismissed_in_the_whole_edited_text() {
        let part = "I’m sorry if that upset you.";
        let whole = "Sam,\n\nI’m sorry if that upset you. I was wrong.";
        let scope = Scope::Part(Part::Remorse);
        let found = open_findings(scope, part, &[]);
        let conditional = found
            .iter()
            .find(|f| f.id() == "conditional")
            .expect("flagged");
        let dismissed = vec![dismissal_key(conditional, scope, part)];
        assert!(open_findings(scope, part, &dismissed)
            .iter()
            .all(|f| f.id() != "conditional"));
        assert!(open_findings(Scope::Whole, whole, &dismissed)
            .iter()
            .all(|f| f.id() != "conditional"));
        // Other words for the same rule are still noted, in the part itself too.
        let two = "I’m sorry if that upset you. I apologize if you felt ignored.";
        let first = open_findings(scope, two, &[]);
        let first = first
            .iter()
            .find(|f| f.id() == "conditional")
            .expect("flagged");
        assert!(first.text(two).contains("sorry if"));
        let dismissed_first = vec![dismissal_key(first, scope, two)];
        let next = open_findings(scope, two, &dismissed_first);
        let next = next
            .iter()
            .find(|f| f.id() == "conditional")
            .expect("the later one shows");
        assert!(next.text(two).contains("apologize if"));
        let other = "Sam,\n\nI apologize if you felt ignored.";
        assert!(open_findings(Scope::Whole, other, &dismissed)
            .iter()
            .any(|f| f.id() == "conditional"));
    }
}
