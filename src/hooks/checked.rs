//! The checker's findings on some texts, asked of its worker (`crate::checking`) whenever a text
//! changes and read when the answer comes: a component renders with what it has meanwhile.

use std::rc::Rc;

use yew::prelude::*;

use crate::checker::{Finding, Scope};
use crate::checking::{self, Answer};

/// Findings with the very text they describe (their ranges are in it).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub text: AttrValue,
    pub findings: Rc<Vec<Finding>>,
}

/// What is known about one text.
#[derive(Debug, Clone, PartialEq)]
pub enum Notes {
    /// The answer for this text is on its way; the one for the text before, if any, meanwhile.
    Waiting(Option<Checked>),
    Ready(Checked),
    /// The checker's worker could not start: there will be no notes on this page.
    Unavailable,
}

impl Notes {
    /// The findings to show now: this text's, or while they come, the previous text's.
    pub fn latest(&self) -> Option<&Checked> {
        match self {
            Notes::Ready(checked) | Notes::Waiting(Some(checked)) => Some(checked),
            Notes::Waiting(None) | Notes::Unavailable => None,
        }
    }

    /// The findings for the current text, once they are in.
    pub fn ready(&self) -> Option<&Checked> {
        match self {
            Notes::Ready(checked) => Some(checked),
            _ => None,
        }
    }
}

#[derive(Debug, Default, PartialEq)]
struct Answers {
    /// Per text, in the order asked: the scope and the last answer received.
    latest: Vec<Option<(Scope, Checked)>>,
    unavailable: bool,
}

struct Answered {
    slot: usize,
    scope: Scope,
    text: AttrValue,
    answer: Answer,
}

impl Reducible for Answers {
    type Action = Answered;

    fn reduce(self: Rc<Self>, action: Answered) -> Rc<Self> {
        let mut next = Answers {
            latest: self.latest.clone(),
            unavailable: self.unavailable,
        };
        match action.answer {
            Answer::Unavailable => next.unavailable = true,
            Answer::Found(findings) => {
                if next.latest.len() <= action.slot {
                    next.latest.resize(action.slot + 1, None);
                }
                next.latest[action.slot] = Some((
                    action.scope,
                    Checked {
                        text: action.text,
                        findings: Rc::new(findings),
                    },
                ));
            }
        }
        Rc::new(next)
    }
}

/// The notes on each of `texts` (a scope and its text), in the same order. Only a text with
/// words in it is sent to the worker: an empty one has no findings, and a page that has nothing
/// written yet does not fetch the checker at all.
#[hook]
pub fn use_checks(texts: Vec<(Scope, AttrValue)>) -> Vec<Notes> {
    let answers = use_reducer(Answers::default);
    {
        let dispatcher = answers.dispatcher();
        let known = answers.clone();
        use_effect_with(texts.clone(), move |texts| {
            for (slot, (scope, text)) in texts.iter().cloned().enumerate() {
                if answered(&known, slot, scope, &text).is_some() {
                    continue;
                }
                if text.trim().is_empty() {
                    dispatcher.dispatch(Answered {
                        slot,
                        scope,
                        text,
                        answer: Answer::Found(Vec::new()),
                    });
                    continue;
                }
                let dispatcher = dispatcher.clone();
                checking::check(scope, text.to_string(), move |answer| {
                    dispatcher.dispatch(Answered {
                        slot,
                        scope,
                        text,
                        answer,
                    })
                });
            }
        });
    }
    texts
        .iter()
        .enumerate()
        .map(|(slot, (scope, text))| {
            if let Some(checked) = answered(&answers, slot, *scope, text) {
                Notes::Ready(checked.clone())
            } else if answers.unavailable {
                Notes::Unavailable
            } else {
                let before = answers.latest.get(slot).cloned().flatten();
                Notes::Waiting(before.filter(|(s, _)| s == scope).map(|(_, c)| c))
            }
        })
        .collect()
}

fn answered<'a>(
    answers: &'a Answers,
    slot: usize,
    scope: Scope,
    text: &AttrValue,
) -> Option<&'a Checked> {
    match answers.latest.get(slot) {
        Some(Some((s, checked))) if *s == scope && checked.text == *text => Some(checked),
        _ => None,
    }
}
