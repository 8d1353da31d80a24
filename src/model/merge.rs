//! Adding an imported document to the one here: nothing here is lost, nothing there is dropped.
//!
//! Lists of dated items are joined by id (an item already here is kept as it is). Texts are
//! joined: where both have different words, the file's follow this device's after a blank line.
//! Choices (an answer, the boundary being drafted) are taken from the file only where this
//! device has none, since two choices cannot both stand.

use super::forward::{commitment_key, CheckIn, Entry, ForwardPlan, NextCheckIn, ReminderChoice};
use super::receiver::ReceiverNotes;
use super::text_map::{TextMap, TextSet};

/// Appends the items of `theirs` whose id is not in `ours`.
fn join_by_id<T>(ours: &mut Vec<T>, theirs: Vec<T>, id: impl Fn(&T) -> String) {
    let known: TextSet = ours.iter().map(&id).collect();
    ours.extend(theirs.into_iter().filter(|item| !known.contains(&id(item))));
}

/// Adds the keys of `theirs` that `ours` does not have.
fn join_maps<V>(ours: &mut TextMap<V>, theirs: TextMap<V>) {
    for (key, value) in theirs {
        ours.get_or_insert_with(key, || value);
    }
}

/// Joins texts kept under the same key, as `join_text` does.
fn join_text_maps(ours: &mut TextMap<String>, theirs: TextMap<String>) {
    for (key, text) in theirs {
        join_text(ours.get_or_insert_with(key, String::new), text);
    }
}

/// Keeps both texts: the file's words after this device's, unless they are already here.
fn join_text(ours: &mut String, theirs: String) {
    let incoming = theirs.trim();
    if incoming.is_empty() || ours.contains(incoming) {
        return;
    }
    if ours.trim().is_empty() {
        *ours = theirs;
    } else {
        ours.push_str("\n\n");
        ours.push_str(incoming);
    }
}

pub fn merge_receiver(ours: &mut ReceiverNotes, theirs: ReceiverNotes) {
    join_text(&mut ours.notes, theirs.notes);
    join_text(&mut ours.received_text, theirs.received_text);
    ours.needs.extend(theirs.needs);
    join_maps(&mut ours.answers, theirs.answers);
    join_text_maps(&mut ours.responses, theirs.responses);
    if ours.boundary_draft.is_blank() {
        ours.boundary_draft = theirs.boundary_draft;
    }
    join_by_id(&mut ours.boundaries, theirs.boundaries, |e: &Entry| {
        e.id.clone()
    });
    for link in theirs.received_links {
        if !ours.has_kept(&link) {
            ours.received_links.push(link);
        }
    }
    ours.updated_at = ours.updated_at.max(theirs.updated_at);
}

pub fn merge_forward(ours: &mut ForwardPlan, theirs: ForwardPlan) {
    join_text(&mut ours.notes, theirs.notes);
    join_by_id(&mut ours.check_ins, theirs.check_ins, |c: &CheckIn| {
        c.id.clone()
    });
    join_by_id(
        &mut ours.next_check_ins,
        theirs.next_check_ins,
        |n: &NextCheckIn| commitment_key(&n.apology_id, &n.commitment_id),
    );
    join_by_id(
        &mut ours.reminders,
        theirs.reminders,
        |r: &ReminderChoice| commitment_key(&r.apology_id, &r.commitment_id),
    );
    for (list, other) in [
        (&mut ours.promises, theirs.promises),
        (&mut ours.wins, theirs.wins),
        (&mut ours.boundaries, theirs.boundaries),
        (&mut ours.talked_through, theirs.talked_through),
    ] {
        join_by_id(list, other, |e: &Entry| e.id.clone());
    }
    join_text_maps(&mut ours.drafts, theirs.drafts);
    ours.updated_at = ours.updated_at.max(theirs.updated_at);
}
