//! The reducer, natively: each action changes what it says and nothing else, reports whether it
//! changed anything, and the steps a page takes in one go are one action each.

use mend::model::{
    ApologyChange, ApologyField, Commitment, Document, ForwardAction, List, ReceiverAction, Step,
};
use mend::persist::{self, boot, MemoryStore, Persistence};
use mend::state::{Action, State};

const NOW: f64 = 1_795_000_500_000.0;

fn edit_remorse(state: &mut State, text: &str) {
    state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: text.into(),
        },
    });
}

/// A fresh state, saving on, with one blank apology started under `id`.
fn started_with_apology(id: &str) -> State {
    let mut state = State::from_boot(persist::Boot {
        doc: Document::default(),
        base_revision: 0,
        persistence: Persistence::On,
        notice: None,
    });
    state.reduce(Action::StartApology {
        id: id.into(),
        now: NOW,
        step: Step::Prepare,
    });
    state
}

#[test]
fn a_removed_commitment_can_be_put_back_where_it_was() {
    let mut state = started_with_apology("a1");
    for (cid, text) in [("c1", "first"), ("c2", "second"), ("c3", "third")] {
        state.reduce(Action::Apology {
            id: "a1".into(),
            now: NOW,
            change: ApologyChange::AddCommitments(vec![Commitment {
                id: cid.into(),
                text: text.into(),
                ..Commitment::default()
            }]),
        });
    }
    let texts = |state: &State| -> Vec<String> {
        let apology = state.doc.apology("a1").unwrap();
        apology
            .parts
            .commitments
            .iter()
            .map(|c| c.text.clone())
            .collect()
    };
    let removed = state.doc.apology("a1").unwrap().parts.commitments[1].clone();
    assert!(state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::RemoveCommitment {
            commitment_id: "c2".into(),
        },
    }));
    assert_eq!(texts(&state), ["first", "third"]);
    let restore = Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::RestoreCommitment {
            commitment: removed,
            index: 1,
        },
    };
    assert!(state.reduce(restore.clone()));
    assert_eq!(texts(&state), ["first", "second", "third"]);
    // A second Undo (another tab, a double tap) never doubles it.
    assert!(!state.reduce(restore));
    assert_eq!(texts(&state), ["first", "second", "third"]);
}

#[test]
fn opening_another_apology_drops_a_new_one_left_blank() {
    let mut state = started_with_apology("a1");
    edit_remorse(&mut state, "I am sorry.");
    state.reduce(Action::StartApology {
        id: "a2".into(),
        now: NOW,
        step: Step::Prepare,
    });
    assert_eq!(state.doc.apologies.len(), 2);
    assert!(state.reduce(Action::OpenApology { id: "a1".into() }));
    let ids: Vec<&str> = state.doc.apologies.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a1"]);
    assert_eq!(state.doc.current.as_deref(), Some("a1"));
    // One with words in it is never dropped.
    state.reduce(Action::StartApology {
        id: "a3".into(),
        now: NOW,
        step: Step::Prepare,
    });
    state.reduce(Action::Apology {
        id: "a3".into(),
        now: NOW,
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: "Also sorry.".into(),
        },
    });
    state.reduce(Action::OpenApology { id: "a1".into() });
    assert_eq!(state.doc.apologies.len(), 2);
}

#[test]
fn a_note_marked_fine_can_be_put_back_and_is_kept_once() {
    let store = MemoryStore::default();
    let mut state = State::from_boot(boot(&store, NOW));
    state.reduce(Action::StartApology {
        id: "a1".into(),
        now: NOW,
        step: Step::Prepare,
    });
    let mark = |dismissed| Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::DismissNote {
            key: "conditional:remorse:if".into(),
            dismissed,
        },
    };
    assert!(state.reduce(mark(true)));
    assert!(!state.reduce(mark(true)), "marking twice changes nothing");
    assert_eq!(
        state.current().unwrap().dismissed_notes,
        ["conditional:remorse:if"]
    );
    assert!(state.reduce(mark(false)));
    assert!(state.current().unwrap().dismissed_notes.is_empty());
    assert!(!state.reduce(mark(false)), "nothing left to put back");
}

#[test]
fn two_deletes_are_undone_newest_first_and_each_returns_to_its_place() {
    let store = MemoryStore::default();
    let mut state = State::from_boot(boot(&store, NOW));
    for id in ["a1", "a2", "a3"] {
        state.reduce(Action::StartApology {
            id: id.into(),
            now: NOW,
            step: Step::Prepare,
        });
        state.reduce(Action::Apology {
            id: id.into(),
            now: NOW,
            change: ApologyChange::Edit {
                field: ApologyField::Recipient,
                text: format!("Name {id}"),
            },
        });
    }
    let ids = |state: &State| {
        state
            .doc
            .apologies
            .iter()
            .map(|a| a.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&state), ["a1", "a2", "a3"]);
    state.reduce(Action::DeleteApology { id: "a1".into() });
    state.reduce(Action::DeleteApology { id: "a3".into() });
    assert_eq!(ids(&state), ["a2"]);
    assert_eq!(state.deleted.len(), 2);
    assert!(state.reduce(Action::UndoDelete));
    assert_eq!(ids(&state), ["a2", "a3"]);
    assert!(state.reduce(Action::UndoDelete));
    assert_eq!(ids(&state), ["a1", "a2", "a3"]);
    assert!(
        !state.reduce(Action::UndoDelete),
        "nothing left to put back"
    );
}

#[test]
fn receiver_and_plan_changes_count_as_edits_only_when_something_changed() {
    let mut state = State::from_boot(persist::Boot {
        doc: Document::default(),
        base_revision: 0,
        persistence: Persistence::On,
        notice: None,
    });
    assert!(state.reduce(Action::Receiver {
        now: NOW,
        change: ReceiverAction::SetNotes {
            text: "notes".into(),
        },
    }));
    assert!(state.is_dirty());
    let edits = state.edits;
    assert!(!state.reduce(Action::Receiver {
        now: NOW,
        change: ReceiverAction::SetNotes {
            text: "notes".into(),
        },
    }));
    assert!(!state.reduce(Action::Forward {
        now: NOW,
        change: ForwardAction::RemoveCheckIn { id: "none".into() },
    }));
    assert_eq!(state.edits, edits);
    assert!(state.reduce(Action::Forward {
        now: NOW,
        change: ForwardAction::AddEntry {
            list: List::TalkedThrough,
            id: "t1".into(),
            text: String::new(),
        },
    }));
    assert_eq!(state.edits, edits + 1);
    assert!(state.doc.has_content());
}

#[test]
fn starting_from_a_page_opens_the_new_apology_at_that_page_in_one_action() {
    // A deep link to step 3 on a first visit: the first keystroke starts an apology there.
    let mut state = State::from_boot(boot(&MemoryStore::default(), NOW));
    let step = Step::Part(mend::model::Part::Remorse);
    assert!(state.reduce(Action::StartApology {
        id: "a1".into(),
        now: NOW,
        step,
    }));
    let apology = state.current().unwrap();
    assert_eq!((apology.id.as_str(), apology.last_step), ("a1", step));
    assert_eq!(apology.created_at, NOW);
    assert!(state.has_unsaved_words());
}

#[test]
fn typing_in_the_empty_first_commitment_adds_it_with_its_text_in_one_action() {
    let mut state = started_with_apology("a1");
    let before = state.edits;
    assert!(state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW + 1.0,
        change: ApologyChange::AddCommitments(vec![Commitment {
            id: "c1".into(),
            text: "I will pause.".into(),
            ..Commitment::default()
        }]),
    }));
    assert_eq!(state.edits, before + 1);
    let apology = state.current().unwrap();
    assert_eq!(apology.parts.commitments.len(), 1);
    assert_eq!(apology.parts.commitments[0].text, "I will pause.");
    assert_eq!(apology.updated_at, NOW + 1.0);
    // Nothing to add changes nothing, and leaves the time alone.
    assert!(!state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW + 2.0,
        change: ApologyChange::AddCommitments(Vec::new()),
    }));
    assert_eq!(state.current().unwrap().updated_at, NOW + 1.0);
}

#[test]
fn start_new_reuses_a_blank_draft_and_waits_for_words_before_starting() {
    // Nothing written anywhere yet: the first keystroke will start the apology.
    let mut state = State::from_boot(boot(&MemoryStore::default(), NOW));
    let start_new = |id: &str| Action::StartNew {
        id: id.into(),
        now: NOW,
    };
    assert!(!state.reduce(start_new("a1")));
    assert!(state.doc.apologies.is_empty());

    // One written, and it is open: a new one is started and opened.
    state = started_with_apology("a1");
    edit_remorse(&mut state, "I am sorry.");
    assert!(state.reduce(start_new("a2")));
    assert_eq!(state.doc.current.as_deref(), Some("a2"));
    assert_eq!(state.current().unwrap().last_step, Step::Prepare);

    // The open one is still blank: it is reused, not joined by another blank one.
    assert!(!state.reduce(start_new("a3")));
    assert_eq!(state.doc.apologies.len(), 2);
    assert_eq!(state.doc.current.as_deref(), Some("a2"));
}

#[test]
fn a_change_to_a_missing_apology_changes_nothing() {
    let mut state = started_with_apology("a1");
    let edits = state.edits;
    assert!(!state.reduce(Action::Apology {
        id: "gone".into(),
        now: NOW,
        change: ApologyChange::SetEditedText(Some("Text".into())),
    }));
    assert_eq!(state.edits, edits);
}

#[test]
fn the_first_keystroke_on_a_deep_link_starts_the_apology_and_keeps_the_words_in_one_action() {
    let mut state = State::from_boot(boot(&MemoryStore::default(), NOW));
    let step = Step::Part(mend::model::Part::Remorse);
    let write = |new_id: &str, text: &str| Action::WriteCurrent {
        now: NOW,
        step,
        new_id: new_id.into(),
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: text.into(),
        },
    };
    assert!(state.reduce(write("a1", "I")));
    assert_eq!(state.edits, 1);
    let apology = state.current().unwrap();
    assert_eq!((apology.id.as_str(), apology.last_step), ("a1", step));
    assert_eq!(apology.parts.remorse, "I");
    // With one open, the next keystroke writes into it and starts nothing.
    assert!(state.reduce(write("a2", "I am")));
    assert_eq!(state.doc.apologies.len(), 1);
    assert_eq!(state.current().unwrap().parts.remorse, "I am");
    assert!(
        !state.reduce(write("a3", "I am")),
        "the same text changes nothing"
    );
    assert_eq!(state.doc.apologies.len(), 1);
}

#[test]
fn a_keystroke_copies_only_the_apology_it_changes() {
    // The reducer builds the next state from a copy of the last: with many apologies stored,
    // copying every one on each keystroke made typing slower as the document grew.
    let mut state = started_with_apology("a1");
    for i in 2..=50 {
        state.reduce(Action::StartApology {
            id: format!("a{i}"),
            now: NOW,
            step: Step::Prepare,
        });
    }
    let before = state.clone();
    edit_remorse(&mut state, "I'm sorry.");
    let (typed, untouched): (Vec<_>, Vec<_>) = state
        .doc
        .apologies
        .iter()
        .zip(&before.doc.apologies)
        .partition(|(now, _)| now.id == "a1");
    assert!(untouched
        .iter()
        .all(|(now, was)| mend::model::Shared::is_same(now, was)));
    let (now, was) = typed[0];
    assert!(!mend::model::Shared::is_same(now, was));
    // The copy kept from before the keystroke still reads as it was.
    assert_eq!(was.parts.remorse, "");
    assert_eq!(now.parts.remorse, "I'm sorry.");
    assert_eq!(before.doc.apology("a1").unwrap().parts.remorse, "");
}
