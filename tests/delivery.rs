//! After the apology is written: "I've said it", how it went, replies kept, and an apology
//! opened from a private link, which stays in memory until the person keeps it.

use std::rc::Rc;

use mend::model::merge::merge_receiver;
use mend::model::{
    ApologyChange, DeliveryChange, Document, LinkKind, LinkMessage, ReceivedLink, ReceiverAction,
    ReceiverNotes, Reply, Step, Way,
};
use mend::persist::{self, Persistence};
use mend::state::{Action, State};

const NOW: f64 = 1_796_000_000_000.0;

fn with_apology() -> State {
    let mut state = State::from_boot(persist::Boot {
        doc: Document::default(),
        base_revision: 0,
        persistence: Persistence::On,
        notice: None,
    });
    state.reduce(Action::StartApology {
        id: "a1".into(),
        now: NOW,
        step: Step::Review,
    });
    state
}

fn deliver(state: &mut State, change: DeliveryChange, now: f64) -> bool {
    state.reduce(Action::Apology {
        id: "a1".into(),
        now,
        change: ApologyChange::Delivery(change),
    })
}

fn apology(state: &State) -> &mend::model::Apology {
    state.doc.apology("a1").unwrap()
}

#[test]
fn ive_said_it_records_how_and_when_and_is_saved_like_any_words() {
    let mut state = with_apology();
    let before = state.word_edits;
    assert!(deliver(
        &mut state,
        DeliveryChange::MarkDelivered { way: Way::Letter },
        NOW + 5.0
    ));
    let delivery = apology(&state).delivery.clone().unwrap();
    assert_eq!((delivery.way, delivery.at), (Way::Letter, NOW + 5.0));
    assert!(state.word_edits > before, "a delivery is words to keep");
    // The same press again changes nothing; another way corrects the way, not the date.
    assert!(!deliver(
        &mut state,
        DeliveryChange::MarkDelivered { way: Way::Letter },
        NOW + 9.0
    ));
    assert!(deliver(
        &mut state,
        DeliveryChange::MarkDelivered { way: Way::InPerson },
        NOW + 9.0
    ));
    let delivery = apology(&state).delivery.clone().unwrap();
    assert_eq!((delivery.way, delivery.at), (Way::InPerson, NOW + 5.0));
}

#[test]
fn undoing_ive_said_it_never_takes_words_with_it() {
    let mut state = with_apology();
    deliver(
        &mut state,
        DeliveryChange::MarkDelivered { way: Way::Message },
        NOW,
    );
    assert!(deliver(&mut state, DeliveryChange::Unmark, NOW));
    assert!(apology(&state).delivery.is_none());
    deliver(
        &mut state,
        DeliveryChange::MarkDelivered { way: Way::Message },
        NOW,
    );
    assert!(deliver(
        &mut state,
        DeliveryChange::SetHowItWent("They hugged me.".into()),
        NOW
    ));
    assert!(!deliver(&mut state, DeliveryChange::Unmark, NOW));
    assert_eq!(
        apology(&state).delivery.as_ref().unwrap().how_it_went,
        "They hugged me."
    );
    // "How did it go?" needs a delivery to belong to.
    let mut fresh = with_apology();
    assert!(!deliver(
        &mut fresh,
        DeliveryChange::SetHowItWent("x".into()),
        NOW
    ));
}

#[test]
fn a_reply_kept_twice_is_kept_once() {
    let mut state = with_apology();
    let reply = Reply {
        text: "Thank you. I accept your apology.".into(),
        from: "Sam".into(),
        sent_at: NOW,
    };
    assert!(deliver(
        &mut state,
        DeliveryChange::KeepReply(reply.clone()),
        NOW
    ));
    assert!(!deliver(
        &mut state,
        DeliveryChange::KeepReply(reply.clone()),
        NOW + 1.0
    ));
    assert_eq!(apology(&state).replies, vec![reply]);
}

fn opened(text: &str) -> Rc<LinkMessage> {
    Rc::new(LinkMessage {
        kind: LinkKind::Apology,
        text: text.into(),
        to: "Sam".into(),
        from: "Alex".into(),
        thread: "a9".into(),
        sent_at: NOW,
    })
}

#[test]
fn an_opened_link_stays_in_memory_and_is_never_saved_unless_kept() {
    let mut state = with_apology();
    let (edits, words) = (state.edits, state.word_edits);
    assert!(state.reduce(Action::SetOpened(Some(opened("I'm sorry I left.")))));
    assert_eq!(
        (state.edits, state.word_edits),
        (edits, words),
        "nothing to save"
    );
    assert!(state.doc.receiver.received_links.is_empty());
    let (link, kept) = state.received_by_link().unwrap();
    assert_eq!(
        (link.text.as_str(), link.to.as_str(), kept),
        ("I'm sorry I left.", "Sam", false)
    );

    state.reduce(Action::Receiver {
        now: NOW,
        change: ReceiverAction::KeepReceivedLink { link: link.clone() },
    });
    assert_eq!(state.received_by_link(), Some((link.clone(), true)));
    assert!(state.word_edits > words);
    // Kept once, however often "Keep" is pressed.
    assert!(!state
        .doc
        .receiver
        .apply(ReceiverAction::KeepReceivedLink { link }, NOW));
    // Forgotten from memory, the kept one is still there for the guide.
    state.reduce(Action::SetOpened(None));
    assert_eq!(
        state.received_by_link().map(|(l, kept)| (l.thread, kept)),
        Some(("a9".into(), true))
    );
}

#[test]
fn a_reply_link_is_not_an_apology_to_weigh() {
    let mut state = with_apology();
    let reply = Rc::new(LinkMessage {
        kind: LinkKind::Reply,
        ..(*opened("Thank you.")).clone()
    });
    state.reduce(Action::SetOpened(Some(reply)));
    assert_eq!(state.received_by_link(), None);
}

#[test]
fn importing_notes_adds_kept_links_without_doubling_them() {
    let link = |text: &str| ReceivedLink {
        text: text.into(),
        from: "Jo".into(),
        to: "Ana".into(),
        thread: "t1".into(),
        sent_at: NOW,
    };
    let mut here = ReceiverNotes {
        received_links: vec![link("One.")],
        ..ReceiverNotes::default()
    };
    let incoming = ReceiverNotes {
        received_links: vec![link("One."), link("Two.")],
        ..ReceiverNotes::default()
    };
    merge_receiver(&mut here, incoming);
    let texts: Vec<&str> = here
        .received_links
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(texts, ["One.", "Two."]);
}
