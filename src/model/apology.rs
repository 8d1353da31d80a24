//! One apology draft: who it is for, the person's own words for each part, and what they chose to keep.

use serde::{Deserialize, Serialize};

use super::delivery::{Delivery, Reply};
use super::part::{Part, Step};

/// Milliseconds since the Unix epoch; the browser edge supplies it, so the model stays pure.
pub type Millis = f64;

/// Who the apology is for; it tunes the example sentences, nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    #[default]
    Unspecified,
    Partner,
    Friend,
    Family,
    Colleague,
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 6] = [
        Relationship::Unspecified,
        Relationship::Partner,
        Relationship::Friend,
        Relationship::Family,
        Relationship::Colleague,
        Relationship::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Relationship::Unspecified => "unspecified",
            Relationship::Partner => "partner",
            Relationship::Friend => "friend",
            Relationship::Family => "family",
            Relationship::Colleague => "colleague",
            Relationship::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Relationship {
        Self::ALL
            .into_iter()
            .find(|r| r.id() == id)
            .unwrap_or_default()
    }
}

/// The optional "Before you begin" reflections.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preparation {
    pub calm: String,
    pub listened: String,
    pub values: String,
}

/// One concrete "when …, I will …" commitment from step 4.
///
/// `text` is exactly what the person wrote, in whatever shape: commitments written before the
/// if-then template are never rewritten. `if_slip` came later (empty, and not stored, until
/// written), so older documents read unchanged.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Commitment {
    pub id: String,
    pub text: String,
    /// "If I slip, I will…": the plan for a slip, shown after a check-in that says so.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub if_slip: String,
}

/// The person's own words for the four parts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Parts {
    pub what_happened: String,
    pub feelings: String,
    pub responsibility: String,
    pub remorse: String,
    pub commitments: Vec<Commitment>,
    pub repair: String,
    /// Fields a newer version wrote that this one doesn't know: written back as they were.
    #[serde(flatten)]
    pub unknown: crate::model::unknown::Unknown,
}

impl Parts {
    /// Whether the person has written anything for `part`.
    pub fn is_written(&self, part: Part) -> bool {
        let filled = |s: &str| !s.trim().is_empty();
        match part {
            Part::Acknowledge => filled(&self.what_happened) || filled(&self.feelings),
            Part::Responsibility => filled(&self.responsibility),
            Part::Remorse => filled(&self.remorse),
            Part::Change => {
                filled(&self.repair) || self.commitments.iter().any(|c| filled(&c.text))
            }
        }
    }

    pub fn written_count(&self) -> usize {
        Part::ALL.iter().filter(|p| self.is_written(**p)).count()
    }

    /// All the text of one part, joined, as the checker reads it.
    pub fn text_of(&self, part: Part) -> String {
        match part {
            Part::Acknowledge => join_nonempty([&self.what_happened, &self.feelings]),
            Part::Responsibility => self.responsibility.clone(),
            Part::Remorse => self.remorse.clone(),
            Part::Change => {
                let mut pieces: Vec<&String> = self.commitments.iter().map(|c| &c.text).collect();
                pieces.push(&self.repair);
                join_nonempty(pieces)
            }
        }
    }
}

impl Parts {
    /// The fields of `part` in the order `text_of` joins them: for acknowledge, what happened and
    /// the feelings; for change, each commitment and then how to make it right.
    pub fn fields_of(&self, part: Part) -> Vec<&str> {
        match part {
            Part::Acknowledge => vec![&self.what_happened, &self.feelings],
            Part::Responsibility => vec![&self.responsibility],
            Part::Remorse => vec![&self.remorse],
            Part::Change => {
                let mut fields: Vec<&str> =
                    self.commitments.iter().map(|c| c.text.as_str()).collect();
                fields.push(&self.repair);
                fields
            }
        }
    }

    /// Which of `fields_of(part)` holds byte `at` of `text_of(part)`, so a checker note can sit
    /// under the field its words came from. `None` past the end.
    pub fn field_at(&self, part: Part, at: usize) -> Option<usize> {
        field_at(&self.fields_of(part), at)
    }
}

/// Which of `fields` holds byte `at` of the fields joined as `Parts::text_of` joins them (trimmed,
/// empty ones left out, one newline between; a joining newline counts with the field after it).
/// `None` past the end.
pub fn field_at<S: AsRef<str>>(fields: &[S], at: usize) -> Option<usize> {
    let mut start = 0;
    for (index, field) in fields.iter().enumerate() {
        let len = field.as_ref().trim().len();
        if len == 0 {
            continue;
        }
        if at < start + len {
            return Some(index);
        }
        start += len + 1;
    }
    None
}

fn join_nonempty<'a>(pieces: impl IntoIterator<Item = &'a String>) -> String {
    pieces
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A whole apology draft.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Apology {
    pub id: String,
    pub created_at: Millis,
    pub updated_at: Millis,
    /// A first name, optional.
    pub recipient: String,
    pub relationship: Relationship,
    pub preparation: Preparation,
    pub parts: Parts,
    /// The composed apology after the person edited it by hand; `None` while it follows the parts.
    pub edited_text: Option<String>,
    /// Checker notes the person set aside ("Keep my wording"), as `rule-id:part` keys.
    pub dismissed_notes: Vec<String>,
    /// Where the person last was, for "continue where you left off".
    pub last_step: Step,
    /// The name a private link is signed with ("Sign it as"), if any.
    pub sender_name: String,
    /// Set by "I've said it".
    pub delivery: Option<Delivery>,
    /// Replies that came back through a private link and were kept.
    pub replies: Vec<Reply>,
    /// Fields a newer version wrote that this one doesn't know: written back as they were.
    #[serde(flatten)]
    pub unknown: crate::model::unknown::Unknown,
}

impl Apology {
    pub fn new(id: impl Into<String>, now: Millis) -> Apology {
        Apology {
            id: id.into(),
            created_at: now,
            updated_at: now,
            ..Apology::default()
        }
    }

    /// Whether both hold the same writing, whatever their ids and wherever the person left off
    /// (the step and the time of the last change): how an import tells a copy it has seen.
    pub fn same_words(&self, other: &Apology) -> bool {
        let plain = |a: &Apology| Apology {
            id: String::new(),
            updated_at: 0.0,
            last_step: Step::default(),
            ..a.clone()
        };
        plain(self) == plain(other)
    }

    /// True when nothing at all has been written, so an empty draft need not be kept around.
    pub fn is_blank(&self) -> bool {
        self.recipient.trim().is_empty()
            && self.preparation == Preparation::default()
            && self.parts.written_count() == 0
            && self.edited_text.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_counts_as_written_only_with_non_blank_text() {
        let mut parts = Parts::default();
        assert_eq!(parts.written_count(), 0);
        parts.remorse = "   \n".into();
        assert!(!parts.is_written(Part::Remorse));
        parts.remorse = "I feel terrible that I caused you pain.".into();
        parts.commitments.push(Commitment {
            id: "c1".into(),
            ..Commitment::default()
        });
        assert!(parts.is_written(Part::Remorse));
        assert!(!parts.is_written(Part::Change));
        parts.commitments[0].text = "When I'm frustrated, I will pause.".into();
        assert!(parts.is_written(Part::Change));
        assert_eq!(parts.written_count(), 2);
    }

    #[test]
    fn text_of_joins_the_fields_of_a_part() {
        let parts = Parts {
            what_happened: "I know I hurt you when I interrupted you.".into(),
            feelings: " I can see how that made you feel dismissed. ".into(),
            ..Parts::default()
        };
        assert_eq!(
            parts.text_of(Part::Acknowledge),
            "I know I hurt you when I interrupted you.\nI can see how that made you feel dismissed."
        );
    }

    #[test]
    fn field_at_finds_the_field_a_byte_of_the_joined_text_came_from() {
        let parts = Parts {
            commitments: vec![
                Commitment {
                    id: "c1".into(),
                    text: "  I will call.".into(),
                    ..Commitment::default()
                },
                Commitment {
                    id: "c2".into(),
                    text: "".into(),
                    ..Commitment::default()
                },
                Commitment {
                    id: "c3".into(),
                    text: "I will listen.".into(),
                    ..Commitment::default()
                },
            ],
            repair: "Dinner.".into(),
            ..Parts::default()
        };
        let text = parts.text_of(Part::Change);
        let at = |words: &str| parts.field_at(Part::Change, text.find(words).expect("in text"));
        assert_eq!(at("call"), Some(0));
        assert_eq!(at("listen"), Some(2));
        assert_eq!(at("Dinner"), Some(3));
        assert_eq!(parts.field_at(Part::Change, text.len()), None);
        let ack = Parts {
            feelings: "You felt alone.".into(),
            ..Parts::default()
        };
        let text = ack.text_of(Part::Acknowledge);
        assert_eq!(
            ack.field_at(Part::Acknowledge, text.find("alone").expect("in text")),
            Some(1)
        );
    }

    #[test]
    fn unknown_relationship_ids_fall_back_to_unspecified() {
        assert_eq!(Relationship::from_id("partner"), Relationship::Partner);
        assert_eq!(Relationship::from_id("boss"), Relationship::Unspecified);
    }
}
