//! The four parts of a true apology, and the steps of the guided journey around them.

use serde::{Deserialize, Serialize};

/// One of the four parts of a true apology, in the order the source article gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Acknowledge,
    Responsibility,
    Remorse,
    Change,
}

impl Part {
    pub const ALL: [Part; 4] = [
        Part::Acknowledge,
        Part::Responsibility,
        Part::Remorse,
        Part::Change,
    ];

    /// 1-based position, as shown in "Step N of 4".
    pub fn number(self) -> u8 {
        match self {
            Part::Acknowledge => 1,
            Part::Responsibility => 2,
            Part::Remorse => 3,
            Part::Change => 4,
        }
    }

    /// A stable identifier, used in stored data and element ids.
    pub fn id(self) -> &'static str {
        match self {
            Part::Acknowledge => "acknowledge",
            Part::Responsibility => "responsibility",
            Part::Remorse => "remorse",
            Part::Change => "change",
        }
    }
}

/// Every stop of the apology journey, so "continue where you left off" can name one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Prepare,
    Part(Part),
    Review,
}

impl Step {
    /// The journey in order.
    pub const ALL: [Step; 6] = [
        Step::Prepare,
        Step::Part(Part::Acknowledge),
        Step::Part(Part::Responsibility),
        Step::Part(Part::Remorse),
        Step::Part(Part::Change),
        Step::Review,
    ];

    pub fn next(self) -> Option<Step> {
        let at = Self::ALL.iter().position(|s| *s == self)?;
        Self::ALL.get(at + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        let at = Self::ALL.iter().position(|s| *s == self)?;
        at.checked_sub(1).map(|i| Self::ALL[i])
    }

    /// "Step N of 4" for the four parts; the steps around them are not numbered.
    pub fn numbered(self) -> Option<StepOf> {
        match self {
            Step::Part(part) => Some(StepOf {
                number: part.number(),
                of: Part::ALL.len() as u8,
            }),
            _ => None,
        }
    }
}

/// A page's place in a numbered sequence ("Step 2 of 4").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepOf {
    pub number: u8,
    pub of: u8,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_numbered_one_to_four_in_article_order() {
        let numbers: Vec<u8> = Part::ALL.iter().map(|p| p.number()).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4]);
    }

    #[test]
    fn steps_walk_forward_and_back() {
        assert_eq!(Step::Prepare.next(), Some(Step::Part(Part::Acknowledge)));
        assert_eq!(Step::Part(Part::Change).next(), Some(Step::Review));
        assert_eq!(Step::Review.next(), None);
        assert_eq!(Step::Prepare.previous(), None);
        assert_eq!(Step::Review.previous(), Some(Step::Part(Part::Change)));
    }
}
