//! The one versioned document that holds everything a person writes in Mend.

use serde::{Deserialize, Serialize};

use super::apology::{Apology, Millis};
use super::forward::ForwardPlan;
use super::receiver::ReceiverNotes;
use super::shared::Shared;

/// The schema this build writes. Raise it only together with a migration step in `codec`.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything Mend stores, as one JSON document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    pub schema_version: u32,
    /// Raised by one on every save, so a stale tab can tell that another tab saved after it.
    pub revision: u64,
    pub saved_at: Millis,
    /// The tab that wrote this revision (an id made when the tab opened): two tabs that wrote
    /// the same revision a moment apart tell each other's save from their own by it.
    pub saved_by: String,
    /// Shared with the state's earlier copies until changed (see `Shared`).
    pub apologies: Vec<Shared<Apology>>,
    /// The id of the apology the person is working on.
    pub current: Option<String>,
    pub receiver: ReceiverNotes,
    pub forward: ForwardPlan,
    /// Fields a newer version wrote that this one doesn't know: written back as they were.
    #[serde(flatten)]
    pub unknown: crate::model::unknown::Unknown,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            revision: 0,
            saved_at: 0.0,
            saved_by: String::new(),
            apologies: Vec::new(),
            current: None,
            receiver: ReceiverNotes::default(),
            forward: ForwardPlan::default(),
            unknown: Default::default(),
        }
    }
}

impl Document {
    pub fn apology(&self, id: &str) -> Option<&Apology> {
        self.apologies.iter().find(|a| a.id == id).map(|a| &**a)
    }

    pub fn apology_mut(&mut self, id: &str) -> Option<&mut Apology> {
        self.apologies
            .iter_mut()
            .find(|a| a.id == id)
            .map(|a| &mut **a)
    }

    pub fn current_apology(&self) -> Option<&Apology> {
        self.current.as_deref().and_then(|id| self.apology(id))
    }

    /// How many apologies hold any writing (blank drafts are not counted).
    pub fn written_apologies(&self) -> usize {
        self.apologies.iter().filter(|a| !a.is_blank()).count()
    }

    /// Apologies, most recently edited first, as the start page lists them.
    pub fn apologies_by_recency(&self) -> Vec<&Apology> {
        let mut list: Vec<&Apology> = self.apologies.iter().map(|a| &**a).collect();
        crate::sorting::sort_by(&mut list, |a, b| b.updated_at.total_cmp(&a.updated_at));
        list
    }

    /// Whether both hold the same words (apologies, the receiver's notes, the plan), wherever
    /// each was saved from and whichever apology each has open.
    pub fn same_words(&self, other: &Document) -> bool {
        self.apologies == other.apologies
            && self.receiver == other.receiver
            && self.forward == other.forward
    }

    /// Gives every apology whose id an earlier one already has a fresh id of its own (the old id
    /// with "-2", "-3"… after it), so Open and Delete act on the apology chosen and not on the
    /// first with that id. Returns how many were given one.
    pub fn give_duplicates_fresh_ids(&mut self) -> usize {
        let mut seen: Vec<String> = Vec::with_capacity(self.apologies.len());
        let mut renamed = 0;
        for index in 0..self.apologies.len() {
            let id = self.apologies[index].id.clone();
            if seen.contains(&id) {
                let mut n = 2;
                let taken = |candidate: &String, seen: &[String], all: &[Shared<Apology>]| {
                    seen.contains(candidate) || all.iter().any(|a| &a.id == candidate)
                };
                let mut fresh = format!("{id}-{n}");
                while taken(&fresh, &seen, &self.apologies) {
                    n += 1;
                    fresh = format!("{id}-{n}");
                }
                self.apologies[index].id = fresh.clone();
                seen.push(fresh);
                renamed += 1;
            } else {
                seen.push(id);
            }
        }
        renamed
    }

    /// True when the person has written anything worth keeping.
    pub fn has_content(&self) -> bool {
        self.apologies.iter().any(|a| !a.is_blank())
            || self.receiver.has_content()
            || self.forward.has_content()
    }
}
