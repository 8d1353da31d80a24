//! Matching compiled patterns against a tokenized text: one lookup per token, then only the
//! patterns indexed under that token (and the next) are tried, and only if the sentence holds
//! one of the words they still need.

use super::pattern::{pair, Compiled, Elem, Pattern, Word, UNKNOWN};
use super::text::Tokens;
use super::words::derive;

/// A token as the matcher sees it: its word id and class bits, looked up once per check.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lexeme {
    id: u32,
    classes: u32,
}

impl Word {
    /// `word` is only called for prefixes, so the common cases never touch the text.
    fn matches<'a>(self, lex: Lexeme, word: impl FnOnce() -> &'a str) -> bool {
        match self {
            Word::Exact(e) => e == lex.id,
            Word::Class(c) => c & lex.classes != 0,
            Word::Prefix(p) => word().starts_with(p),
        }
    }
}

impl Compiled {
    /// Looks up every token once: its word id and classes (listed, and by ending).
    pub fn lex(&self, toks: &Tokens) -> Vec<Lexeme> {
        (0..toks.len())
            .map(|i| {
                let w = toks.word(i);
                let (id, listed) = self.vocab.get(w).copied().unwrap_or((UNKNOWN, 0));
                Lexeme {
                    id,
                    classes: derive(w, listed),
                }
            })
            .collect()
    }

    /// Calls `hit(pattern, first_token, end_token)` for every match, in text order. `wanted`
    /// filters patterns cheaply (by their table row) before any matching is tried.
    pub fn scan(
        &self,
        toks: &Tokens,
        lex: &[Lexeme],
        wanted: impl Fn(usize) -> bool,
        mut hit: impl FnMut(&Pattern, usize, usize),
    ) {
        let m = Matcher { toks, lex };
        // Which vocabulary words the current sentence holds, for the `needs` prefilter.
        let mut present = vec![0u64; self.vocab.len().div_ceil(64)];
        let mark = |present: &mut [u64], range: std::ops::Range<usize>, on: bool| {
            for k in range {
                let id = lex[k].id as usize;
                if let Some(word) = present.get_mut(id / 64) {
                    let bit = 1u64 << (id % 64);
                    *word = if on { *word | bit } else { *word & !bit };
                }
            }
        };
        let mut sentence = 0..0;
        for i in 0..toks.len() {
            if i >= sentence.end {
                mark(&mut present, sentence.clone(), false);
                sentence = toks.sentence_of(i).tokens.clone();
                mark(&mut present, sentence.clone(), true);
            }
            let has = |id: &u32| present[*id as usize / 64] & (1 << (id % 64)) != 0;
            let mut attempt = |id: usize| {
                let p = &self.patterns[id];
                if !wanted(p.group)
                    || (p.at_start && i != sentence.start)
                    || (!p.needs.is_empty() && !p.needs.iter().any(has))
                    || (i > sentence.start && m.any(&p.not_after, i - 1))
                {
                    return;
                }
                if let Some(end) = m.from(&p.elems[p.known..], i + p.known, sentence.end) {
                    hit(p, i, end);
                }
            };
            if i + 1 < sentence.end {
                if let Some(ids) = self.by_pair.get(&pair(lex[i].id, lex[i + 1].id)) {
                    ids.iter().for_each(|&id| attempt(id));
                }
            }
            if let Some(ids) = self.by_id.get(lex[i].id as usize) {
                ids.iter().for_each(|&id| attempt(id));
            }
            self.always.iter().for_each(|&id| attempt(id));
        }
    }
}

struct Matcher<'a> {
    toks: &'a Tokens,
    lex: &'a [Lexeme],
}

impl Matcher<'_> {
    fn any(&self, words: &[Word], i: usize) -> bool {
        let lex = self.lex[i];
        words.iter().any(|w| w.matches(lex, || self.toks.word(i)))
    }

    /// Matches `elems` from token `i`, never past `end` (the sentence end). Returns the index
    /// after the last consumed token. Gaps try the shortest skip first; optional words try to
    /// consume first.
    fn from(&self, elems: &[Elem], i: usize, end: usize) -> Option<usize> {
        let Some((elem, rest)) = elems.split_first() else {
            return Some(i);
        };
        let here = i < end;
        match elem {
            Elem::End => (i == end).then_some(i),
            Elem::Words(ws) => {
                if here && self.any(ws, i) {
                    self.from(rest, i + 1, end)
                } else {
                    None
                }
            }
            Elem::Optional(ws) => (here && self.any(ws, i))
                .then(|| self.from(rest, i + 1, end))
                .flatten()
                .or_else(|| self.from(rest, i, end)),
            Elem::NotNext(ws) => {
                if here && self.any(ws, i) {
                    None
                } else {
                    self.from(rest, i, end)
                }
            }
            Elem::Any => here.then(|| self.from(rest, i + 1, end)).flatten(),
            Elem::Gap(n) => (0..=*n)
                .take_while(|k| i + k <= end)
                .find_map(|k| self.from(rest, i + k, end)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    fn hits(pattern: &'static str, text: &str) -> Vec<String> {
        let mut c = Compiled::new();
        c.add(0, pattern);
        let toks = tokenize(text);
        let lex = c.lex(&toks);
        let mut out = Vec::new();
        c.scan(
            &toks,
            &lex,
            |_| true,
            |_, a, b| out.push(text[toks.tokens[a].start..toks.tokens[b - 1].end].to_string()),
        );
        out
    }

    #[test]
    fn literal_alternatives_and_optional() {
        assert_eq!(hits("sorry if|that", "I’m SORRY if"), ["SORRY if"]);
        // A leading optional compiles to two patterns; `check` merges the overlapping hits.
        assert_eq!(
            hits("so|really? sorry", "I am really sorry"),
            ["really sorry", "sorry"]
        );
        assert_eq!(hits("i am really? sorry", "I'm sorry"), ["I'm sorry"]);
    }

    #[test]
    fn an_optional_second_word_is_indexed_by_pairs_and_matches_either_way() {
        assert_eq!(
            hits("i really? sorry", "I really sorry"),
            ["I really sorry"]
        );
        assert_eq!(hits("i really? sorry", "I sorry"), ["I sorry"]);
        assert!(hits("i really? sorry", "I am sorry").is_empty());
        assert_eq!(hits("i @adv? wish", "I truly wish"), ["I truly wish"]);
        // Never tried at every "i": only where the first two words fit.
        let mut c = Compiled::new();
        c.add(0, "i @adv? wish");
        assert!(c.by_id.iter().all(Vec::is_empty) && c.always.is_empty());
    }

    #[test]
    fn gaps_stop_at_the_sentence_end() {
        assert_eq!(
            hits("sorry ~3 but", "Sorry I was late, but"),
            ["Sorry I was late, but"]
        );
        assert!(hits("sorry ~3 but", "Sorry I was very late, but").is_empty());
        assert!(hits("sorry ~3 but", "Sorry. But").is_empty());
    }

    #[test]
    fn anchors_and_lookarounds() {
        assert_eq!(
            hits("^ calm down", "Calm down. You calm down"),
            ["Calm down"]
        );
        assert_eq!(
            hits("happy now $", "Happy now? happy now and then"),
            ["Happy now"]
        );
        assert!(hits("!the|what kind of", "what kind of partner").is_empty());
        assert_eq!(hits("!the|what kind of", "I was kind of rude"), ["kind of"]);
        assert!(hits("a little !more", "a little more").is_empty());
        assert_eq!(hits("a little !more", "a little."), ["a little"]);
    }

    #[test]
    fn prefixes_and_any() {
        assert_eq!(
            hits("you ~2 overreact*", "you're overreacting"),
            ["you're overreacting"]
        );
        assert_eq!(hits("i * you", "I hurt you"), ["I hurt you"]);
    }
}
