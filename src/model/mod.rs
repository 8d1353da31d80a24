//! The pure data model: apologies, their parts, and the stored document. No browser code here.

pub mod apology;
pub mod change;
pub mod codec;
pub mod compose;
pub mod delivery;
pub mod document;
pub mod forward;
pub mod ics;
pub mod link;
pub mod lists;
pub mod merge;
pub mod part;
pub mod plan;
pub mod qr;
pub mod receiver;
pub mod shared;
pub mod text_map;
pub mod transfer;
pub mod unknown;

pub use apology::{field_at, Apology, Commitment, Millis, Parts, Preparation, Relationship};
pub use change::{ApologyChange, ApologyField};
pub use codec::{decode, encode, Decoded};
pub use compose::{compose, final_text};
pub use delivery::{Delivery, DeliveryChange, Reply, Way};
pub use document::{Document, SCHEMA_VERSION};
pub use forward::{
    tracked_commitments, CheckIn, Entry, ForwardAction, ForwardPlan, List, Outcome, ReminderChoice,
    Tracked,
};
pub use link::{Frame, LinkError, LinkKind, LinkMessage, Lock};
pub use lists::put_back;
pub use part::{Part, Step, StepOf};
pub use receiver::{
    Answer, BoundaryDraft, BoundaryField, ReceivedLink, ReceiverAction, ReceiverNotes,
};
pub use shared::Shared;
pub use text_map::{TextMap, TextSet};
