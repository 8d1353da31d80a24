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

/// Joins pieces into one paragraph, ending each with a full stop if the person left it open and
/// starting it with a capital where it begins a sentence ("…birthday. you felt" would read as a
/// slip in the words they send).
fn sentences<'a>(pieces: impl IntoIterator<Item = &'a String>) -> String {
    let mut paragraph = String::new();
    for piece in pieces
        .into_iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
    {
        let piece = finish_sentence(piece);
        if paragraph.is_empty() {
            paragraph = capitalize_first(&piece);
        } else if ends_sentence(&paragraph) {
            paragraph.push(' ');
            paragraph.push_str(&capitalize_first(&piece));
        } else {
            paragraph.push(' ');
            paragraph.push_str(&piece);
        }
    }
    paragraph
}

fn finish_sentence(text: &str) -> String {
    match text.chars().last() {
        Some(c) if c.is_alphanumeric() => format!("{text}."),
        _ => text.to_owned(),
    }
}

/// True when the text ends a sentence, looking past closing quotes and brackets.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['”', '"', '’', '\'', ')'])
        .ends_with(['.', '!', '?', '…'])
}

/// The text with its first letter in capitals, if it is a plain (ASCII) lowercase letter.
fn capitalize_first(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Whether an answer to "How it may have made them feel" is a bare feeling ("Embarrassed, and
/// like I don't take you seriously", "Really hurt", "Like you didn't matter"): the apology sets
/// it down after what happened as a sentence of its own, where it reads as a fragment. Only the
/// opening word is looked at (past one softener), so a sentence about feelings ("I can see…",
/// "You felt…", "That must have…") never counts.
pub fn reads_as_fragment(feelings: &str) -> bool {
    let mut words = feelings
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let Some(first) = words.next() else {
        return false;
    };
    let opening = if SOFTENERS.contains(&first.as_str()) {
        match words.next() {
            Some(second) => second,
            None => return false,
        }
    } else {
        first
    };
    BARE_FEELINGS.contains(&opening.as_str())
}

/// Words that may come before a bare feeling ("*probably* embarrassed").
#[rustfmt::skip]
const SOFTENERS: &[&str] = &[
    "really", "very", "so", "probably", "maybe", "perhaps", "deeply", "pretty", "quite", "totally",
    "completely", "kind", "incredibly", "extremely", "super",
];

/// How someone may have felt, as the first word of an answer that has no sentence around it.
#[rustfmt::skip]
const BARE_FEELINGS: &[&str] = &[
    "hurt", "upset", "embarrassed", "humiliated", "ashamed", "small", "alone", "lonely", "ignored",
    "dismissed", "unheard", "unseen", "invisible", "unimportant", "unloved", "unwanted",
    "unappreciated", "undervalued", "disrespected", "belittled", "betrayed", "abandoned",
    "rejected", "excluded", "forgotten", "overlooked", "angry", "mad", "furious", "sad",
    "disappointed", "frustrated", "annoyed", "scared", "afraid", "frightened", "anxious",
    "worried", "confused", "stupid", "worthless", "insignificant", "foolish", "powerless",
    "helpless", "unsafe", "insecure", "judged", "blamed", "attacked", "controlled", "invalidated",
    "offended", "insulted", "devastated", "crushed", "heartbroken", "neglected", "uncared",
    "like", "as", "feeling", "felt",
];

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
                        ..Commitment::default()
                    },
                    Commitment {
                        id: "c2".into(),
                        text: "  ".into(),
                        ..Commitment::default()
                    },
                ],
                repair: "I want to do better.".into(),
                ..Parts::default()
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
    fn a_piece_that_starts_a_sentence_starts_with_a_capital() {
        let mut a = Apology::default();
        a.parts.what_happened = "i forgot your birthday".into();
        a.parts.feelings = "you felt unimportant".into();
        a.parts.remorse = "I was careless,".into();
        a.parts.commitments = vec![Commitment {
            id: "c1".into(),
            text: "when plans change, I will tell you “today.”".into(),
            ..Commitment::default()
        }];
        a.parts.repair = "can we go out on Friday?".into();
        assert_eq!(
            compose(&a),
            "I forgot your birthday. You felt unimportant.\n\n\
             I was careless,\n\n\
             When plans change, I will tell you “today.” Can we go out on Friday?"
        );
        // A piece that carries on a sentence is left as written.
        assert_eq!(
            sentences([&"I was late,".to_owned(), &"and I didn’t call".to_owned()]),
            "I was late, and I didn’t call."
        );
        // Only plain letters change: "élan" keeps its case rather than pull in Unicode tables.
        assert_eq!(capitalize_first("élan"), "élan");
        assert_eq!(capitalize_first(""), "");
    }

    #[test]
    fn a_bare_feeling_is_told_apart_from_a_sentence_about_one() {
        for fragment in [
            "Embarrassed, and like I don't take you seriously.",
            "hurt",
            "Really hurt and alone",
            "Like you didn’t matter to me.",
            "“Small.”",
            "As if I didn't care",
            "Probably embarrassed",
            "Felt ignored",
        ] {
            assert!(reads_as_fragment(fragment), "{fragment}");
        }
        for sentence in [
            "I can see how that made you feel dismissed.",
            "You felt unimportant",
            "That must have been humiliating.",
            "It made you feel small.",
            "Maybe you felt I didn't care.",
            "Sam, I can see you were hurt.",
            "Really",
            "",
            "  …  ",
        ] {
            assert!(!reads_as_fragment(sentence), "{sentence}");
        }
    }

    #[test]
    fn nothing_written_composes_to_nothing() {
        assert_eq!(compose(&Apology::default()), "");
    }
}
