//! The plan at a glance: one row per commitment, offer to make it right and promise, grouped by
//! the apology it came from, each with its last check-in and how the recent ones went.

use std::borrow::Borrow;

use super::apology::Apology;
use super::forward::{tracked_commitments, CheckIn, Entry, ForwardPlan, List, Outcome, Tracked};

/// How many check-ins the row's dots (and its sentence) look back over.
pub const RECENT: usize = 6;

/// The verdicts of a commitment's latest check-ins, oldest first (notes without a verdict are
/// left out: they say nothing about kept or slipped).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Recent {
    pub outcomes: Vec<Outcome>,
}

impl Recent {
    /// From check-ins newest first, as `ForwardPlan::check_ins_for` gives them.
    pub fn of(newest_first: &[&CheckIn]) -> Recent {
        let mut outcomes: Vec<Outcome> = newest_first
            .iter()
            .map(|c| c.outcome)
            .filter(|o| *o != Outcome::NoteOnly)
            .take(RECENT)
            .collect();
        outcomes.reverse();
        Recent { outcomes }
    }

    pub fn kept(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| **o == Outcome::Kept)
            .count()
    }

    pub fn len(&self) -> usize {
        self.outcomes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.outcomes.is_empty()
    }

    /// Kept in a row, up to the latest check-in.
    pub fn streak(&self) -> usize {
        self.outcomes
            .iter()
            .rev()
            .take_while(|o| **o == Outcome::Kept)
            .count()
    }
}

/// One line of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    pub tracked: Tracked,
    /// The latest check-in of any kind.
    pub last: Option<CheckIn>,
    /// Every check-in on it, newest first.
    pub check_ins: Vec<CheckIn>,
    pub recent: Recent,
}

/// The rows of one apology (its commitments, then its offer to make it right), or of the
/// promises added on the plan (`apology_id` empty).
#[derive(Debug, Clone, PartialEq)]
pub struct PlanGroup {
    pub apology_id: String,
    /// Who the apology was for, when named.
    pub recipient: String,
    pub rows: Vec<PlanRow>,
}

impl PlanGroup {
    pub fn is_promises(&self) -> bool {
        self.apology_id.is_empty()
    }
}

/// The whole plan, in the order `tracked_commitments` gives (oldest apology first, promises last).
pub fn plan_groups<A: Borrow<Apology>>(apologies: &[A], plan: &ForwardPlan) -> Vec<PlanGroup> {
    let mut groups: Vec<PlanGroup> = Vec::new();
    for tracked in tracked_commitments(apologies, plan) {
        let newest_first = plan.check_ins_for(&tracked.apology_id, &tracked.commitment_id);
        let row = PlanRow {
            last: newest_first.first().map(|c| (*c).clone()),
            recent: Recent::of(&newest_first),
            check_ins: newest_first.into_iter().cloned().collect(),
            tracked,
        };
        match groups.last_mut() {
            Some(group) if group.apology_id == row.tracked.apology_id => group.rows.push(row),
            _ => groups.push(PlanGroup {
                apology_id: row.tracked.apology_id.clone(),
                recipient: row.tracked.recipient.clone(),
                rows: vec![row],
            }),
        }
    }
    groups
}

/// Whether a commitment already reads as an if-then plan ("When I'm late, I will text",
/// "If we argue, I'll pause"): the shape step 4 offers, which is easier to keep.
pub fn has_if_then_shape(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let opens = ["when ", "if ", "whenever ", "next time "]
        .iter()
        .any(|w| lower.starts_with(w));
    let then = [
        ", i will ",
        ", i'll ",
        ", i’ll ",
        " i will ",
        " i'll ",
        " i’ll ",
    ]
    .iter()
    .any(|w| lower.contains(w));
    opens && then
}

/// One line of a timeline that merges several of the plan's lists.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem<'a> {
    pub list: List,
    /// Where it sits in its own list, so a removal can be put back there.
    pub index: usize,
    pub entry: &'a Entry,
}

/// The entries of `lists`, newest first (the later-added first on the same moment).
pub fn timeline<'a>(plan: &'a ForwardPlan, lists: &[List]) -> Vec<TimelineItem<'a>> {
    let mut items: Vec<TimelineItem<'a>> = lists
        .iter()
        .flat_map(|list| {
            plan.list(*list)
                .iter()
                .enumerate()
                .map(move |(index, entry)| TimelineItem {
                    list: *list,
                    index,
                    entry,
                })
        })
        .collect();
    crate::sorting::sort_by(&mut items, |a, b| {
        b.entry
            .date
            .total_cmp(&a.entry.date)
            .then(b.index.cmp(&a.index))
    });
    items
}
