//! The apology checker (issue 4): finds non-apology wording and explains it kindly. Pure Rust.
//!
//! [`check`] reads one part of a draft apology; [`check_received`] reads a whole apology that
//! someone received. Both return [`Finding`]s in text order. The rules, and every word shown to
//! people, are in [`RULES`]; the triggers are in `patterns.rs` (phrases), `heuristics.rs`
//! (sentence-level rules) and `circumstances.rs` (`excuse-as-fact`).
//!
//! How a text is read: it is tokenized once into lowercased words with byte offsets (curly
//! apostrophes fold to straight ones, contractions expand: "didn’t" reads as "did not"), then
//! one pass over the words tries only the patterns that can start with each word. Matching is by
//! whole word, never by substring ("justice" is not "just").
//!
//! What depends on the part:
//! - `conditional`: in [`Part::Change`] an "if" is a plan ("If I notice…, I will stop"), so only
//!   "sorry if" / "apologize if" count there. Elsewhere "if you were hurt" counts unless the
//!   sentence reads as a plan ("again", "next time", "tell me", "I will").
//! - `weak-commitment` applies to [`Part::Change`] (and to received apologies): "I'll try",
//!   "I'll do better" are flagged only when no concrete plan stands beside them: in the change
//!   step on the same line (each commitment is a line of its own), elsewhere in the whole text.
//! - `no-owned-act` applies to [`Part::Responsibility`] (and to received apologies).
//! - `no-remorse` applies to [`Part::Remorse`] only: a text of four words or more with no remorse
//!   in words ("I feel terrible", "I regret", "I wish I hadn't", "it breaks my heart"…) and no
//!   "sorry" or "apologize" at all. Not to received apologies, where remorse may sit anywhere.
//! - Some excuse triggers ("which is why I…", "under pressure", a long string of reasons) are
//!   skipped in [`Part::Change`], where reasons belong to a plan.
//! - Outside of [`Part::Change`], a "but" or "because" that goes on to an outside cause after an
//!   owned act, an admission or an apology is flagged: "That was wrong, but work was insane"
//!   (`but`), "I didn't call because the meeting ran over" (`excuse`). Own motives and own faults
//!   ("because I didn't listen", "because I care about you") are ownership and never count.
//! - Outside of [`Part::Change`] (issue 16): `conflict-regret`, sorrow for the fight, the
//!   tension or the drama in a text that names nothing you did ("I'm sorry we had a fight", "we
//!   fell out", "it turned into a row", "we ended up screaming at each other");
//!   `blame-back`, a reason for your act whose cause is them ("I forgot because you didn't remind
//!   me", "if you had answered…, I wouldn't have…", "I was rude, but you started it", "you kept
//!   on at me so I…"), never "because I…" or "because you deserved better"; `excuse-as-fact`, an
//!   outside circumstance set down as fact in place of ownership ("Traffic was terrible, so I was
//!   late", "Work was mental and I forgot"), never in a text that owns the act plainly ("that's
//!   no excuse", "that's on me", "I should have called"), nor beside an act ("…and I left you to
//!   handle it") or a reason of your own ("…and I didn't call because I was ashamed").
//! - The right rule, not the nearest: when two rules fit one sentence and one of them is the
//!   more specific reading, only that one speaks ("I'm sorry things got heated" is
//!   `conflict-regret`, not `passive`; see `heuristics::SUPERSEDES`).
//! - "you" is never a trigger on its own, so "you were embarrassed" in the acknowledgment is fine;
//!   the "you" rules need a tell-tale word ("sorry you feel", "you made me", "you're overreacting").
//!
//! For a received apology ([`check_received`]) every rule applies to the whole text, with the
//! part-specific rules read at text level: `no-owned-act` flags an apology that never names an
//! act, `weak-commitment` flags "I'll try" when nothing concrete is promised anywhere, and
//! `conditional` uses the same plan exception as outside the change step.

mod circumstances;
mod heuristics;
mod pattern;
mod patterns;
mod scan;
mod text;
pub mod wire;
mod words;

pub use crate::content::checker_rules::{rule, Rule, RULES};

use crate::model::Part;
use crate::sorting::sort_by_key;
use patterns::{Target, ACK, CHG, RCV, REM, RESP};
use std::ops::Range;

/// What was read: one part of a draft, or a whole apology (one someone received, or the
/// writer's own hand edit of theirs), where every rule is read at text level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    Part(Part),
    Whole,
}

impl Scope {
    /// A stable name, for remembering dismissed notes.
    pub fn id(self) -> &'static str {
        match self {
            Scope::Part(part) => part.id(),
            Scope::Whole => "whole",
        }
    }
}

impl Scope {
    fn bit(self) -> u8 {
        match self {
            Scope::Part(Part::Acknowledge) => ACK,
            Scope::Part(Part::Responsibility) => RESP,
            Scope::Part(Part::Remorse) => REM,
            Scope::Part(Part::Change) => CHG,
            Scope::Whole => RCV,
        }
    }
}

/// How a finding should be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Extent {
    /// Highlight the matched words.
    Phrase,
    /// Mark the sentence (or run of sentences) in `range`.
    Sentence,
    /// A note about the text as a whole; `range` is the whole (trimmed) text. Don't highlight.
    Whole,
}

/// One piece of wording that may hurt the apology.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule, with its title, why, suggestion and receiver note.
    pub rule: &'static Rule,
    /// Byte range in the checked text; always on char boundaries.
    pub range: Range<usize>,
    pub extent: Extent,
}

impl Finding {
    /// The rule's stable id, e.g. `"conditional"`.
    pub fn id(&self) -> &'static str {
        self.rule.id
    }

    /// The words that triggered it, sliced from the text that was checked.
    pub fn text<'a>(&self, checked: &'a str) -> &'a str {
        checked.get(self.range.clone()).unwrap_or("")
    }
}

/// Checks one part of a draft apology.
pub fn check(part: Part, text: &str) -> Vec<Finding> {
    check_in(Scope::Part(part), text)
}

/// Checks a whole apology someone received (the "look at an apology I received" mode).
pub fn check_received(text: &str) -> Vec<Finding> {
    check_in(Scope::Whole, text)
}

/// Checks `text` in `scope`. Findings are sorted by start (then end, then rule order). Each rule
/// gives at most one finding per text, its earliest (overlapping matches are merged first), so
/// the notes never show the same card twice: "I guess it was kind of…" is one "hedging" note.
pub fn check_in(scope: Scope, text: &str) -> Vec<Finding> {
    one_per_rule(check_all_in(scope, text))
}

/// Keeps each rule's first finding; `found` is in text order, as the checks return it. Callers
/// that set some findings aside (notes marked fine) do so first, so a later one can show.
pub fn one_per_rule(found: Vec<Finding>) -> Vec<Finding> {
    let mut kept: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        if !kept.iter().any(|k| std::ptr::eq(k.rule, f.rule)) {
            kept.push(f);
        }
    }
    kept
}

/// Every finding for `text` in `scope`, in text order, overlapping matches of a rule merged, but
/// a rule found in several places reported at each.
pub fn check_all_in(scope: Scope, text: &str) -> Vec<Finding> {
    let toks = text::tokenize(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let table = patterns::table();
    let bit = scope.bit();
    let mut sig = heuristics::Signals::default();
    if scope == Scope::Part(Part::Change) {
        // One commitment per line: a concrete one doesn't excuse a vague one beside it.
        sig.line_breaks = text.match_indices('\n').map(|(at, _)| at).collect();
    }
    // Phrase hits are kept as (group, first token, end token) until the signals are complete,
    // because a guard may depend on something later in the text.
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    let lex = table.compiled.lex(&toks);
    table.compiled.scan(
        &toks,
        &lex,
        |group| table.groups[group].1 & bit != 0,
        |p, start, end| match table.groups[p.group].0 {
            Target::Owned => sig.owned.push(start),
            Target::Remorse => sig.remorse.push(start),
            Target::RemorseHint => sig.remorse_hint = true,
            Target::Plan => sig.plans.push(start),
            Target::Sorry => sig.apologies.push(start),
            Target::Reason => sig.reasons.push(start),
            Target::Admission => sig.admissions.push(start),
            Target::Circumstance => sig.circumstances.push((start, end)),
            Target::Plain => sig.plain = true,
            Target::Rule(_) => hits.push((p.group, start, end)),
        },
    );
    let mut out = Vec::with_capacity(hits.len() + 2);
    let mut guards = heuristics::Guards::new(&toks, &sig);
    for (group, start, end) in hits {
        let (Target::Rule(rule), _, guard) = table.groups[group] else {
            continue;
        };
        if !guards.excused(guard, start, end) {
            out.push(Finding {
                rule,
                range: toks.tokens[start].start..toks.tokens[end - 1].end,
                extent: Extent::Phrase,
            });
        }
    }
    heuristics::sentence_rules(bit, text, &toks, &sig, &mut out);
    // Called from here rather than from `heuristics`, which it builds on: no loop between them.
    if bit & CHG == 0 {
        circumstances::excuse_as_fact(bit, text, &toks, &sig, &mut out);
    }
    // After every rule has spoken: the right rule, not the nearest.
    heuristics::supersede(&toks, &mut out);
    tidy(out)
}

/// Position of a rule in [`RULES`], for a stable order between findings at the same place.
/// Every `&'static Rule` points into `RULES`, so the address gives the index without a search.
fn order(rule: &Rule) -> usize {
    let offset = (rule as *const Rule as usize).wrapping_sub(RULES.as_ptr() as usize);
    offset / std::mem::size_of::<Rule>()
}

/// Merges overlapping findings of the same rule and sorts everything into text order.
fn tidy(mut found: Vec<Finding>) -> Vec<Finding> {
    sort_by_key(&mut found, |f| (order(f.rule), f.range.start, f.range.end));
    let mut merged: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        match merged.last_mut() {
            Some(last) if std::ptr::eq(last.rule, f.rule) && f.range.start < last.range.end => {
                last.range.end = last.range.end.max(f.range.end);
                last.extent = last.extent.max(f.extent);
            }
            _ => merged.push(f),
        }
    }
    sort_by_key(&mut merged, |f| (f.range.start, f.range.end, order(f.rule)));
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(part: Part, text: &str) -> Vec<&'static str> {
        check(part, text).iter().map(Finding::id).collect()
    }

    #[test]
    fn empty_text_has_no_findings() {
        for part in Part::ALL {
            assert!(check(part, "").is_empty());
            assert!(check(part, " \n ").is_empty());
        }
        assert!(check_received("").is_empty());
    }

    #[test]
    fn finds_a_conditional_and_slices_it() {
        let text = "I’m sorry if you felt hurt.";
        let found = check(Part::Remorse, text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].id(), "conditional");
        assert_eq!(found[0].text(text), "sorry if you felt hurt");
        assert_eq!(found[0].extent, Extent::Phrase);
    }

    #[test]
    fn one_finding_per_rule_and_order_is_textual() {
        let text = "I'm sorry, I'm so sorry, I'm sorry if you were upset, but you overreacted. \
                    Sorry if I was loud. Sorry, sorry, sorry.";
        let found = check_received(text);
        for w in found.windows(2) {
            assert!(w[0].range.start <= w[1].range.start);
        }
        for (i, a) in found.iter().enumerate() {
            for b in &found[i + 1..] {
                assert!(a.rule != b.rule, "{a:?} and {b:?} share a rule");
            }
        }
        assert!(ids(Part::Remorse, text).contains(&"over-apologizing"));
        // The earliest occurrence is the one kept.
        let conditional = found.iter().find(|f| f.id() == "conditional").unwrap();
        assert_eq!(conditional.text(text), "sorry if you were upset");
    }

    #[test]
    fn repeated_wording_gives_one_card() {
        let text = "Can we just move on and put this behind us?";
        let closure = check(Part::Responsibility, text)
            .into_iter()
            .filter(|f| f.id() == "demand-closure")
            .collect::<Vec<_>>();
        assert_eq!(closure.len(), 1, "{closure:?}");
        assert_eq!(closure[0].text(text), "Can we just move on");
    }

    #[test]
    fn ranges_slice_the_original_even_with_emoji_and_rtl() {
        let text = "🙏 אני מצטער. I’m sorry if 😀 you were hurt, but obviously… آسف";
        for part in Part::ALL {
            for f in check(part, text) {
                assert!(text.get(f.range.clone()).is_some(), "{f:?}");
            }
        }
    }

    #[test]
    fn one_huge_sentence_full_of_sorrys_stays_linear() {
        // Quadratic rescans would take minutes here in a debug build.
        let text = "sorry but you were upset and I yelled ".repeat(3_000);
        let found = check_received(&text);
        assert!(found.iter().any(|f| f.id() == "over-apologizing"));
        // Pivots and outside causes in one endless sentence: each is checked in a bounded window.
        let text = "I was wrong but work was insane because my phone died and ".repeat(3_000);
        let ids: Vec<&str> = check_received(&text).iter().map(Finding::id).collect();
        assert!(ids.contains(&"but") && ids.contains(&"excuse"), "{ids:?}");
    }

    #[test]
    fn issue_16_rules_stay_linear_in_one_endless_sentence() {
        // Thousands of circumstances, blamed causes and fights in one sentence: each check and
        // each note that gives way to another is bounded, never a scan of everything found.
        let text = "sorry things got heated and work was insane and my phone died so I could not \
                    call and if you had listened I would not have yelled and "
            .repeat(3_000);
        let ids: Vec<&str> = check_received(&text).iter().map(Finding::id).collect();
        for id in ["conflict-regret", "excuse-as-fact", "blame-back"] {
            assert!(ids.contains(&id), "{id}: {ids:?}");
        }
        assert!(!ids.contains(&"passive"), "{ids:?}");
    }

    #[test]
    fn long_text_does_not_panic_and_each_rule_speaks_once() {
        let text = "I’m sorry if you felt hurt, but you made me so angry. ".repeat(2_000);
        let found = check_received(&text);
        let ids: Vec<&str> = found.iter().map(Finding::id).collect();
        assert!(ids.contains(&"conditional") && ids.contains(&"blame-shift"));
        assert!(found.len() <= RULES.len());
        let first = found.iter().find(|f| f.id() == "blame-shift").unwrap();
        assert!(first.range.end < 60, "{first:?}");
    }
}
