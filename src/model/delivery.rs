//! After the apology is written: how it was delivered, how it went, and replies that came back.

use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch, as `apology::Millis` (written out here because the apology
/// holds these types: the model's modules don't use each other in a loop).
type Millis = f64;

/// How the person chose to deliver it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Way {
    #[default]
    InPerson,
    Message,
    Letter,
}

impl Way {
    pub const ALL: [Way; 3] = [Way::InPerson, Way::Message, Way::Letter];

    /// A stable identifier, used in element ids and the address (`?way=message`).
    pub fn id(self) -> &'static str {
        match self {
            Way::InPerson => "in-person",
            Way::Message => "message",
            Way::Letter => "letter",
        }
    }

    pub fn from_id(id: &str) -> Option<Way> {
        Way::ALL.into_iter().find(|w| w.id() == id)
    }
}

/// "I've said it": recorded once the apology was delivered.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Delivery {
    pub way: Way,
    pub at: Millis,
    /// The optional "How did it go?" note, only for the person who wrote the apology.
    pub how_it_went: String,
}

/// A reply the other person sent back through a private link, kept because the person chose to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Reply {
    pub text: String,
    /// The name they signed with, if any.
    pub from: String,
    pub sent_at: Millis,
}

impl Reply {
    /// The same reply kept twice (the link opened again) is one reply.
    pub fn same_as(&self, other: &Reply) -> bool {
        self.text == other.text && self.from == other.from && self.sent_at == other.sent_at
    }
}

/// A change to an apology's delivery, applied by `apply`.
#[derive(Debug, Clone, PartialEq)]
pub enum DeliveryChange {
    /// "I've said it", with how.
    MarkDelivered {
        way: Way,
    },
    /// Takes back "I've said it" (pressed by mistake). Refused once a note is written, so no
    /// words go with it.
    Unmark,
    SetHowItWent(String),
    KeepReply(Reply),
}

/// Applies `change` to an apology's delivery and replies; returns whether anything changed.
pub fn apply(
    delivery: &mut Option<Delivery>,
    replies: &mut Vec<Reply>,
    change: DeliveryChange,
    now: Millis,
) -> bool {
    match change {
        DeliveryChange::MarkDelivered { way } => {
            if let Some(existing) = delivery {
                if existing.way == way {
                    return false;
                }
                // A second press with another way corrects the way; the date and note stay.
                existing.way = way;
            } else {
                *delivery = Some(Delivery {
                    way,
                    at: now,
                    how_it_went: String::new(),
                });
            }
            true
        }
        DeliveryChange::Unmark => {
            if delivery
                .as_ref()
                .is_some_and(|d| d.how_it_went.trim().is_empty())
            {
                *delivery = None;
                return true;
            }
            false
        }
        DeliveryChange::SetHowItWent(text) => match delivery {
            Some(existing) if existing.how_it_went != text => {
                existing.how_it_went = text;
                true
            }
            _ => false,
        },
        DeliveryChange::KeepReply(reply) => {
            if replies.iter().any(|r| r.same_as(&reply)) {
                return false;
            }
            replies.push(reply);
            true
        }
    }
}
