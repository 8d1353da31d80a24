//! Shared by the receiver's and the plan's native tests: a fixed time and small builders.
#![allow(dead_code)]

use mend::model::{Apology, CheckIn, Commitment, Entry, Outcome};

pub const T: f64 = 1_795_816_435_000.0; // 2026-11-27T21:53:55Z

pub fn entry(id: &str, text: &str) -> Entry {
    Entry {
        id: id.into(),
        date: T,
        text: text.into(),
    }
}

pub fn check_in(
    id: &str,
    apology: &str,
    commitment: &str,
    outcome: Outcome,
    note: &str,
) -> CheckIn {
    CheckIn {
        id: id.into(),
        apology_id: apology.into(),
        commitment_id: commitment.into(),
        commitment_text: "When I'm late, I will text first.".into(),
        date: T,
        outcome,
        note: note.into(),
    }
}

pub fn apology(id: &str, created: f64, recipient: &str, commitments: &[(&str, &str)]) -> Apology {
    let mut apology = Apology::new(id, created);
    apology.recipient = recipient.into();
    apology.parts.commitments = commitments
        .iter()
        .map(|(id, text)| Commitment {
            id: (*id).into(),
            text: (*text).into(),
            ..Commitment::default()
        })
        .collect();
    apology
}
