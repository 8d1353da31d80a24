//! Tokenizer for the checker: lowercased words with byte offsets, contractions expanded, sentences.
//!
//! The text is read once per check. Every word becomes one or two tokens whose normalized form
//! lives in a single shared buffer (no allocation per word). Contractions are expanded so the
//! rule table can say "i am" or "did not" once and still match "I'm", "Im", "didn’t" and "didnt".

use std::ops::Range;

/// One normalized word. `start..end` is a byte range in the original text, always on char
/// boundaries; `norm` indexes into [`Tokens::norm`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    norm_start: u32,
    norm_end: u32,
    pub sentence: u32,
}

/// A sentence: its byte range (first word to closing punctuation) and its token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub bytes: Range<usize>,
    pub tokens: Range<usize>,
}

/// How the first half of a contraction is normalized: a prefix of the word ("did" of "didn't")
/// or a fixed word ("will" of "won't").
enum First {
    Keep(usize),
    Is(&'static str),
}

/// The tokenized text.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    norm: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Tokens {
    /// The normalized (lowercase, straight-apostrophe, expanded) form of token `i`.
    pub fn word(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm[t.norm_start as usize..t.norm_end as usize]
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The token range of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> &Sentence {
        &self.sentences[self.tokens[i].sentence as usize]
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Characters that end a sentence. A '.' directly followed by a letter or digit ("3.5", "e.g.")
/// does not; that is decided where the character is read.
fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{2026}' | '\n' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{061F}'
    )
}

/// Contractions typed without an apostrophe ("im", "didnt"): (word, first, second, split byte).
/// Sorted by word, for a binary search.
#[rustfmt::skip]
const BARE: &[(&str, &str, &str, usize)] = &[
    ("arent", "are", "not", 3),
    ("cannot", "can", "not", 3),
    ("cant", "can", "not", 2),
    ("couldnt", "could", "not", 5),
    ("didnt", "did", "not", 3),
    ("doesnt", "does", "not", 4),
    ("dont", "do", "not", 2),
    ("hadnt", "had", "not", 3),
    ("hasnt", "has", "not", 3),
    ("havent", "have", "not", 4),
    ("im", "i", "am", 1),
    ("isnt", "is", "not", 2),
    ("ive", "i", "have", 1),
    ("shouldnt", "should", "not", 6),
    ("thats", "that", "is", 4),
    ("theres", "there", "is", 5),
    ("theyre", "they", "are", 4),
    ("wasnt", "was", "not", 3),
    ("werent", "were", "not", 4),
    ("whats", "what", "is", 4),
    ("wont", "will", "not", 2),
    ("wouldnt", "would", "not", 5),
    ("youll", "you", "will", 3),
    ("youre", "you", "are", 3),
    ("youve", "you", "have", 3),
];

/// Words whose "'s" means "is" ("it's", "nobody's"); any other "'s" is a possessive and stays.
const S_IS: &[&str] = &[
    "it",
    "that",
    "there",
    "what",
    "who",
    "he",
    "she",
    "here",
    "where",
    "how",
    "this",
    "nobody",
    "everybody",
    "everyone",
    "someone",
    "somebody",
    "nothing",
    "everything",
    "something",
    "life",
    // Outside circumstances, so "work's been mental" and "my phone's dead" read as a state.
    "work",
    "job",
    "traffic",
    "phone",
    "battery",
    "week",
    "day",
    "wifi",
    "internet",
    "car",
    "train",
    "meeting",
    "school",
    "uni",
    "laptop",
];

/// Tokenizes `text`. Never panics; every range lands on char boundaries.
pub(crate) fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens {
        norm: String::with_capacity(text.len() + text.len() / 8),
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        sentences: Vec::new(),
    };
    let mut chars = text.char_indices().peekable();
    let mut word_start: Option<usize> = None;
    let mut pending_break = true; // the next word opens a sentence
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let inside_word = c.is_alphanumeric()
            || (word_start.is_some()
                && is_apostrophe(c)
                && next.is_some_and(char::is_alphanumeric));
        if inside_word {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            out.push_word(text, start, i, &mut pending_break);
        }
        if ends_sentence(c) && !(c == '.' && next.is_some_and(char::is_alphanumeric)) {
            if let Some(s) = out.sentences.last_mut() {
                // Extend over "?!" or "..." that directly close the sentence, but not over a
                // line break, so a highlighted sentence never swallows the newline.
                if c != '\n' && (!pending_break || s.bytes.end == i) {
                    s.bytes.end = i + c.len_utf8();
                }
            }
            pending_break = true;
        }
    }
    if let Some(start) = word_start {
        out.push_word(text, start, text.len(), &mut pending_break);
    }
    out
}

impl Tokens {
    fn push_word(&mut self, text: &str, start: usize, end: usize, pending_break: &mut bool) {
        if *pending_break || self.sentences.is_empty() {
            let first = self.tokens.len();
            self.sentences.push(Sentence {
                bytes: start..end,
                tokens: first..first,
            });
            *pending_break = false;
        }
        let raw = &text[start..end];
        let norm_at = self.norm.len();
        if raw.is_ascii() {
            // Fast path: ASCII lowercases in place, byte for byte.
            self.norm.push_str(raw);
            self.norm[norm_at..].make_ascii_lowercase();
        } else {
            for c in raw.chars() {
                if is_apostrophe(c) {
                    self.norm.push('\'');
                } else {
                    // The rules are English words: ASCII lowercasing is all they need, and it
                    // keeps Unicode's case tables out of the download.
                    self.norm.push(c.to_ascii_lowercase());
                }
            }
        }
        match self.split_contraction(raw, norm_at) {
            Some((raw_split, first, second)) => {
                match first {
                    First::Keep(len) => self.norm.truncate(norm_at + len),
                    First::Is(word) => {
                        self.norm.truncate(norm_at);
                        self.norm.push_str(word);
                    }
                }
                self.push_norm(start, start + raw_split, norm_at);
                let second_at = self.norm.len();
                self.norm.push_str(second);
                self.push_norm(start + raw_split, end, second_at);
            }
            None => self.push_norm(start, end, norm_at),
        }
        let s = self
            .sentences
            .last_mut()
            .expect("a sentence was opened above");
        s.tokens.end = self.tokens.len();
        s.bytes.end = end;
    }

    /// If the word at `norm[norm_at..]` is a contraction, returns where to split the raw word,
    /// what the first half normalizes to, and the second half.
    fn split_contraction(&self, raw: &str, norm_at: usize) -> Option<(usize, First, &'static str)> {
        let word = &self.norm[norm_at..];
        if let Some(q) = word.bytes().rposition(|b| b == b'\'') {
            let (base, suffix) = (&word[..q], &word[q + 1..]);
            // Byte index of the last apostrophe in the raw word (it may be 3 bytes wide).
            let raw_q = raw.char_indices().rev().find(|&(_, c)| is_apostrophe(c))?.0;
            if suffix == "t" && base.len() > 1 && base.ends_with('n') {
                let stem = &base[..base.len() - 1];
                let first = match stem {
                    "ca" => First::Is("can"),
                    "wo" => First::Is("will"),
                    "sha" => First::Is("shall"),
                    "ai" => First::Is("is"),
                    _ => First::Keep(stem.len()),
                };
                // Split before the 'n'; refuse if odd lowercasing moved it off a boundary.
                let at = raw_q
                    .checked_sub(1)
                    .filter(|&at| at > 0 && raw.is_char_boundary(at))?;
                return Some((at, first, "not"));
            }
            let second = match suffix {
                "m" => "am",
                "re" => "are",
                "ve" => "have",
                "ll" => "will",
                "d" => "'d",
                "s" if S_IS.contains(&base) => "is",
                "s" if base == "let" => "us",
                _ => return None,
            };
            return Some((raw_q, First::Keep(base.len()), second));
        }
        // Every bare contraction is short, starts with one of a few letters and ends with one of
        // a few others: test that before searching, since most words are not contractions.
        let b = word.as_bytes();
        let plausible = b.len() <= 8
            && matches!(b.last(), Some(b'm' | b'e' | b'l' | b's' | b't'))
            && matches!(
                b.first(),
                Some(b'a' | b'c' | b'd' | b'h' | b'i' | b's' | b't' | b'w' | b'y')
            );
        if !raw.is_ascii() || !plausible {
            return None;
        }
        let k = BARE.binary_search_by(|(w, ..)| (*w).cmp(word)).ok()?;
        let (_, a, b, at) = BARE[k];
        Some((at, First::Is(a), b))
    }

    fn push_norm(&mut self, start: usize, end: usize, norm_at: usize) {
        self.tokens.push(Token {
            start,
            end,
            norm_start: norm_at as u32,
            norm_end: self.norm.len() as u32,
            sentence: (self.sentences.len() - 1) as u32,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let t = tokenize(text);
        (0..t.len()).map(|i| t.word(i).to_string()).collect()
    }

    #[test]
    fn empty_and_blank_text_give_nothing() {
        assert!(tokenize("").tokens.is_empty());
        assert!(tokenize("  \n\t ...!?").tokens.is_empty());
        assert!(tokenize("  \n\t ...!?").sentences.is_empty());
    }

    #[test]
    fn lowercases_and_folds_curly_apostrophes() {
        assert_eq!(words("I’M Sorry"), ["i", "am", "sorry"]);
        assert_eq!(
            words("didn't DIDN’T didnt"),
            ["did", "not", "did", "not", "did", "not"]
        );
        assert_eq!(
            words("can't won’t cannot"),
            ["can", "not", "will", "not", "can", "not"]
        );
        assert_eq!(
            words("it's Mom's nobody’s"),
            ["it", "is", "mom's", "nobody", "is"]
        );
        assert_eq!(words("I'd you’ll"), ["i", "'d", "you", "will"]);
        assert_eq!(words("Let’s go"), ["let", "us", "go"]);
    }

    #[test]
    fn bare_contractions_are_sorted_for_the_binary_search() {
        assert!(BARE.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(
            words("Im sure you didnt"),
            ["i", "am", "sure", "you", "did", "not"]
        );
    }

    #[test]
    fn expanded_halves_slice_the_original() {
        let text = "I’m sure you didn’t";
        let t = tokenize(text);
        let slices: Vec<&str> = t.tokens.iter().map(|k| &text[k.start..k.end]).collect();
        assert_eq!(slices, ["I", "’m", "sure", "you", "did", "n’t"]);
    }

    #[test]
    fn punctuation_apostrophes_are_not_words() {
        assert_eq!(
            words("'cause the students' 'quote'"),
            ["cause", "the", "students", "quote"]
        );
    }

    #[test]
    fn words_are_not_substrings() {
        assert_eq!(words("justice, just-now"), ["justice", "just", "now"]);
    }

    #[test]
    fn splits_sentences_but_not_decimals() {
        let t = tokenize("I was wrong. It was 3.5 hours!? Sorry… Really\nNew line");
        let ranges: Vec<_> = t.sentences.iter().map(|s| s.tokens.clone()).collect();
        assert_eq!(ranges, [0..3, 3..8, 8..9, 9..10, 10..12]);
        let text = "I was wrong. It was 3.5 hours!? Sorry… Really\nNew line";
        assert_eq!(&text[t.sentences[1].bytes.clone()], "It was 3.5 hours!?");
        assert_eq!(&text[t.sentences[2].bytes.clone()], "Sorry…");
    }

    #[test]
    fn emoji_and_right_to_left_text_keep_char_boundaries() {
        let text = "😀 I’m sorry 🙏🏽 آسف جدا. מצטער! ok";
        let t = tokenize(text);
        for k in &t.tokens {
            assert!(text.is_char_boundary(k.start) && text.is_char_boundary(k.end));
            assert!(!text[k.start..k.end].is_empty());
        }
        assert!(words(text).contains(&"آسف".to_string()));
        assert_eq!(t.sentences.len(), 3);
    }

    #[test]
    fn odd_lowercasing_does_not_break_offsets() {
        // 'İ' lowercases to two chars and 'K' (Kelvin) to ASCII: offsets must stay on the original.
        let text = "İM KANT’T Kdidnt";
        let t = tokenize(text);
        for k in &t.tokens {
            assert!(text.get(k.start..k.end).is_some());
        }
    }

    #[test]
    fn a_hundred_kilobytes_does_not_panic() {
        let text = "I’m sorry if you felt hurt, but 😀 I was tired. ".repeat(2_200);
        assert!(text.len() > 100_000);
        let t = tokenize(&text);
        assert!(t.len() > 20_000);
        let last = t.tokens.last().unwrap();
        assert_eq!(&text[last.start..last.end], "tired");
    }
}
