//! A short status message ("Copied to the clipboard.") for a `role="status"` element, that a
//! screen reader announces again when the same thing happens twice in a row.
//!
//! A live region is read out when its text changes; the same words set again change nothing, so
//! the second "Check-in saved." would pass in silence. Every other repeat ends with a no-break
//! space: invisible, but a change.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Said {
    text: String,
    /// How many times a message has been said: its parity decides the invisible mark.
    times: u32,
}

pub enum Say {
    Message(String),
    Clear,
}

impl Reducible for Said {
    type Action = Say;

    fn reduce(self: Rc<Self>, action: Say) -> Rc<Self> {
        match action {
            Say::Message(text) => Rc::new(Said {
                text,
                times: self.times.wrapping_add(1),
            }),
            Say::Clear if self.text.is_empty() => self,
            Say::Clear => Rc::new(Said {
                text: String::new(),
                times: self.times,
            }),
        }
    }
}

impl Said {
    /// What the status element shows.
    pub fn text(&self) -> String {
        if self.text.is_empty() || self.times % 2 == 1 {
            self.text.clone()
        } else {
            format!("{}\u{a0}", self.text)
        }
    }
}

/// The status of one part of a page.
#[derive(Clone, PartialEq)]
pub struct Status(UseReducerHandle<Said>);

impl Status {
    pub fn say(&self, text: impl Into<String>) {
        self.0.dispatch(Say::Message(text.into()));
    }

    pub fn clear(&self) {
        self.0.dispatch(Say::Clear);
    }

    pub fn text(&self) -> String {
        self.0.text()
    }
}

#[hook]
pub fn use_status() -> Status {
    Status(use_reducer(Said::default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(said: Rc<Said>, action: Say) -> Rc<Said> {
        said.reduce(action)
    }

    #[test]
    fn the_same_message_twice_still_changes_the_text() {
        let first = said(Rc::new(Said::default()), Say::Message("Saved.".into()));
        let second = said(first.clone(), Say::Message("Saved.".into()));
        let third = said(second.clone(), Say::Message("Saved.".into()));
        assert_eq!(first.text(), "Saved.");
        assert_ne!(first.text(), second.text());
        assert_eq!(second.text().trim_end_matches('\u{a0}'), "Saved.");
        assert_ne!(second.text(), third.text());
        let cleared = said(third, Say::Clear);
        assert_eq!(cleared.text(), "");
    }
}
