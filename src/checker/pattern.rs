//! A tiny phrase-pattern language, compiled once and matched against the token stream.
//!
//! A pattern is a space-separated list of elements, matched within one sentence:
//!
//! | element      | meaning                                                        |
//! |--------------|----------------------------------------------------------------|
//! | `a\|b`       | one word, any of the alternatives                              |
//! | `pre*`       | a word starting with `pre` ("overreact*")                      |
//! | `@name`      | a word from a named class (see `words::CLASSES`)              |
//! | `x?`         | optional element (alternatives allowed: `so\|really?`)         |
//! | `*`          | exactly one word, any                                          |
//! | `~N`         | skip 0 to N words                                              |
//! | `!a\|b`      | next word is not one of these (consumes nothing); as the very  |
//! |              | first element: the word *before* the match is not one of these |
//! | `^` / `$`    | at the start / end of the sentence                             |
//!
//! Words are compared after normalization (lowercase, straight apostrophes, contractions
//! expanded), so patterns are written in lowercase with "i am", "did not" and so on.
//! Matching itself is in `scan.rs`.

use super::words::{class_bit, is_open, CLASSES};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the vocabulary keys are short words, where SipHash's setup cost dominates.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Id of a word no pattern mentions.
pub(super) const UNKNOWN: u32 = u32::MAX;

/// One way a single word can match: an interned word, a prefix, or any word of some classes.
#[derive(Debug, Clone, Copy)]
pub(super) enum Word {
    Exact(u32),
    Prefix(&'static str),
    Class(u32),
}

impl Word {
    /// The word ids this can match, if it is a closed set (an exact word, or a listed class).
    fn ids(self, vocab: &FastMap<&'static str, (u32, u32)>) -> Option<Vec<u32>> {
        match self {
            Word::Exact(e) => Some(vec![e]),
            Word::Class(c) if !is_open(c) => Some(
                vocab
                    .values()
                    .filter(|(_, cl)| cl & c != 0)
                    .map(|(i, _)| *i)
                    .collect(),
            ),
            Word::Class(_) | Word::Prefix(_) => None,
        }
    }
}

/// The ids a required element can match, if all its alternatives are closed sets.
fn closed_ids(elem: Option<&Elem>, vocab: &FastMap<&'static str, (u32, u32)>) -> Option<Vec<u32>> {
    let Some(Elem::Words(ws)) = elem else {
        return None;
    };
    let mut all = Vec::new();
    for w in ws {
        all.extend(w.ids(vocab)?);
    }
    Some(all)
}

pub(super) fn pair(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

#[derive(Debug)]
pub(super) enum Elem {
    Words(Vec<Word>),
    Optional(Vec<Word>),
    NotNext(Vec<Word>),
    Any,
    Gap(usize),
    End,
}

/// A compiled pattern; `group` says which table row (rule, scopes, guard) it belongs to.
#[derive(Debug)]
pub(crate) struct Pattern {
    pub group: usize,
    /// Ids of which at least one must be in the sentence for a match (empty: no such filter).
    pub(super) needs: Vec<u32>,
    pub(super) at_start: bool,
    pub(super) not_after: Vec<Word>,
    pub(super) elems: Vec<Elem>,
    /// How many leading elements the index already guarantees (0, 1 or 2).
    pub(super) known: usize,
}

/// All patterns, the vocabulary they use, and an index by the word they can start with.
#[derive(Debug, Default)]
pub(crate) struct Compiled {
    pub patterns: Vec<Pattern>,
    /// Word → (id, classes it is listed in).
    pub(super) vocab: FastMap<&'static str, (u32, u32)>,
    /// Patterns by the ids of their first two words, when both are closed sets; these start
    /// matching at their third element.
    pub(super) by_pair: FastMap<u64, Vec<usize>>,
    /// Other patterns by the id of their first word; these start at their second element.
    pub(super) by_id: Vec<Vec<usize>>,
    /// Patterns whose first word cannot be indexed (a prefix, or a class open by ending).
    pub(super) always: Vec<usize>,
}

impl Compiled {
    /// An empty table with every class's words in the vocabulary.
    pub fn new() -> Compiled {
        let mut c = Compiled::default();
        for (i, (_, words)) in CLASSES.iter().enumerate() {
            for w in *words {
                c.intern(w).1 |= 1 << i;
            }
        }
        c
    }

    fn intern(&mut self, w: &'static str) -> &mut (u32, u32) {
        let next = self.vocab.len() as u32;
        self.vocab.entry(w).or_insert((next, 0))
    }

    fn parse_words(&mut self, spec: &'static str, source: &str) -> Vec<Word> {
        spec.split('|')
            .map(|alt| {
                if let Some(name) = alt.strip_prefix('@') {
                    let bit = class_bit(name)
                        .unwrap_or_else(|| panic!("unknown class @{name} in {source:?}"));
                    Word::Class(bit)
                } else if let Some(prefix) = alt.strip_suffix('*') {
                    Word::Prefix(prefix)
                } else {
                    assert!(!alt.is_empty(), "empty alternative in {source:?}");
                    Word::Exact(self.intern(alt).0)
                }
            })
            .collect()
    }

    /// Whether the one-word element `spec` matches a closed set of words (no prefix, no class
    /// open by ending), so it can be indexed.
    fn closed(&mut self, spec: &'static str, source: &str) -> bool {
        let words = self.parse_words(spec, source);
        closed_ids(Some(&Elem::Words(words)), &self.vocab).is_some()
    }

    /// Compiles `source` as part of table row `group`. Panics on a malformed pattern: the table
    /// is static, and a unit test compiles it.
    pub fn add(&mut self, group: usize, source: &'static str) {
        let mut parts: Vec<&'static str> = source.split_whitespace().collect();
        let at_start = parts.first() == Some(&"^");
        if at_start {
            parts.remove(0);
        }
        let mut not_after = Vec::new();
        if let Some(first) = parts.first().and_then(|p| p.strip_prefix('!')) {
            not_after = self.parse_words(first, source);
            parts.remove(0);
        }
        self.add_parts(group, source, at_start, not_after, parts);
    }

    /// A leading optional element becomes two patterns (with and without it), so every pattern
    /// starts with a required word and can be indexed by it. So does an optional second word
    /// after a closed first one ("i @adv? wish"), so both can be indexed by their first two words
    /// rather than tried at every "i". A text matching both ways gives two overlapping hits,
    /// which `check` merges, as it does for a leading optional.
    fn add_parts(
        &mut self,
        group: usize,
        source: &'static str,
        at_start: bool,
        not_after: Vec<Word>,
        mut parts: Vec<&'static str>,
    ) {
        if let Some(first) = parts.first().copied() {
            if first.len() > 1 && first.ends_with('?') {
                let without = parts[1..].to_vec();
                self.add_parts(group, source, at_start, not_after.clone(), without);
                parts[0] = &first[..first.len() - 1];
            }
        }
        if let [first, second, ..] = parts[..] {
            let optional = second
                .strip_suffix('?')
                .filter(|w| !w.is_empty() && !second.starts_with('!'));
            if let Some(word) = optional {
                if self.closed(first, source) && self.closed(word, source) {
                    let mut without = parts.clone();
                    without.remove(1);
                    self.add_parts(group, source, at_start, not_after.clone(), without);
                    parts[1] = word;
                }
            }
        }
        let last = parts.len().saturating_sub(1);
        let elems: Vec<Elem> = parts
            .iter()
            .enumerate()
            .map(|(k, &p)| match p {
                "$" => {
                    assert_eq!(k, last, "$ must come last in {source:?}");
                    Elem::End
                }
                "*" => Elem::Any,
                _ if p.starts_with('~') => Elem::Gap(p[1..].parse().expect("~N needs a number")),
                _ if p.starts_with('!') => Elem::NotNext(self.parse_words(&p[1..], source)),
                _ if p.len() > 1 && p.ends_with('?') => {
                    Elem::Optional(self.parse_words(&p[..p.len() - 1], source))
                }
                _ => Elem::Words(self.parse_words(p, source)),
            })
            .collect();
        assert!(
            matches!(elems.first(), Some(Elem::Words(_))),
            "a pattern must start with a word: {source:?}"
        );
        let id = self.patterns.len();
        let known = match (
            closed_ids(elems.first(), &self.vocab),
            closed_ids(elems.get(1), &self.vocab),
        ) {
            (Some(firsts), Some(seconds)) => {
                for &a in &firsts {
                    for &b in &seconds {
                        push_once(self.by_pair.entry(pair(a, b)).or_default(), id);
                    }
                }
                2
            }
            (Some(firsts), None) => {
                for a in firsts {
                    let slot = a as usize;
                    if self.by_id.len() <= slot {
                        self.by_id.resize_with(slot + 1, Vec::new);
                    }
                    push_once(&mut self.by_id[slot], id);
                }
                1
            }
            (None, _) => {
                self.always.push(id);
                0
            }
        };
        // The smallest closed set among the later required words makes a cheap prefilter.
        let needs = elems[known..]
            .iter()
            .filter_map(|e| closed_ids(Some(e), &self.vocab))
            .min_by_key(Vec::len)
            .unwrap_or_default();
        self.patterns.push(Pattern {
            group,
            needs,
            at_start,
            not_after,
            elems,
            known,
        });
    }
}

fn push_once(ids: &mut Vec<usize>, id: usize) {
    if ids.last() != Some(&id) {
        ids.push(id);
    }
}
