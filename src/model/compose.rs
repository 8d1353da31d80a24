//! Turns the four parts into one natural apology: a greeting, then each part as a paragraph.

use super::apology::Apology;

/// The whole apology as one text, as the person would say or send it. No headings in the prose.
pub fn compose(apology: &Apology) -> String {
    let parts = &apology.parts;
    let paragraphs = [
        sentences([&parts.what_happened, &parts.feelings]),
        sentences([&parts.responsibility]),
        sentences([&parts.remorse]),
        sentences(
            parts
                .commitments
                .iter()
                .map(|c| &c.text)
                .chain(std::iter::once(&parts.repair)),
        ),
    ];
    let mut out: Vec<String> = Vec::new();
    let name = apology.recipient.trim();
    if !name.is_empty() {
        out.push(format!("{name},"));
    }
    out.extend(paragraphs.into_iter().filter(|p| !p.is_empty()));
    out.join("\n\n")
}

/// The text to show and share: the person's own edit if they made one, else the composition.
pub fn final_text(apology: &Apology) -> String {
    apology
        .edited_text
        .clone()
        .unwrap_or_else(|| compose(apology))
}

/// Joins pieces into one paragraph, ending each with a full stop if the person left it open.
fn sentences<'a>(pieces: impl IntoIterator<Item = &'a String>) -> String {
    pieces
        .into_iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .map(finish_sentence)
        .collect::<Vec<_>>()
        .join(" ")
}

fn finish_sentence(text: &str) -> String {
    match text.chars().last() {
        Some(c) if c.is_alphanumeric() => format!("{text}."),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Parts};

    fn apology() -> Apology {
        Apology {
            recipient: "Sam".into(),
            parts: Parts {
                what_happened: "I know I hurt you when I raised my voice at dinner".into(),
                feelings: "I can see how that made you feel dismissed.".into(),
                responsibility:
                    "It was wrong of me to speak to you that way. I take full responsibility."
                        .into(),
                remorse: "I feel terrible that I caused you pain. That was never my intention."
                    .into(),
                commitments: vec![
                    Commitment {
                        id: "c1".into(),
                        text: "When I feel frustrated, I will pause before I speak".into(),
                    },
                    Commitment {
                        id: "c2".into(),
                        text: "  ".into(),
                    },
                ],
                repair: "I want to do better.".into(),
            },
            ..Apology::default()
        }
    }

    #[test]
    fn parts_become_paragraphs_in_order_after_a_greeting() {
        assert_eq!(
            compose(&apology()),
            "Sam,\n\n\
             I know I hurt you when I raised my voice at dinner. I can see how that made you feel dismissed.\n\n\
             It was wrong of me to speak to you that way. I take full responsibility.\n\n\
             I feel terrible that I caused you pain. That was never my intention.\n\n\
             When I feel frustrated, I will pause before I speak. I want to do better."
        );
    }

    #[test]
    fn empty_parts_and_a_missing_name_leave_no_gaps() {
        let mut a = apology();
        a.recipient = " ".into();
        a.parts.responsibility.clear();
        a.parts.what_happened.clear();
        a.parts.feelings.clear();
        let text = compose(&a);
        assert!(text.starts_with("I feel terrible"));
        assert!(!text.contains("\n\n\n"));
    }

    #[test]
    fn the_persons_own_edit_wins() {
        let mut a = apology();
        a.edited_text = Some("My own words.".into());
        assert_eq!(final_text(&a), "My own words.");
        a.edited_text = None;
        assert_eq!(final_text(&a), compose(&a));
    }

    #[test]
    fn nothing_written_composes_to_nothing() {
        assert_eq!(compose(&Apology::default()), "");
    }
}
