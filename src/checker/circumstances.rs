//! `excuse-as-fact` (issue 16): an outside circumstance set down as plain fact, with no
//! "because" or "but", in place of owning the act ("Traffic was terrible, so I was late").

use super::heuristics::{rule_for, Signals, CAUSE_REACH, CAUSE_WINDOW, FUTURE};
use super::patterns::{RCV, REM, RESP};
use super::text::Tokens;
use super::{Extent, Finding};
use crate::sorting::sort_by_key;

/// Words that may open a circumstance's clause before its own words ("*the* traffic", "*my*
/// phone"), looked through when deciding where the clause starts.
const DETERMINERS: &[&str] = &[
    "the", "my", "a", "an", "our", "this", "that", "these", "those", "all", "some", "whole",
    "stupid", "damn", "bloody", "freaking", "dumb", "last", "new", "his", "her", "their",
    // Nouns that name which one ("*uni* deadlines", "*work* calls").
    "uni", "work", "school", "college", "office", "family", "exam", "project", "client",
];

/// Words after which a circumstance still opens a clause of its own ("*and* my phone died",
/// "*honestly* work was insane"). Subordinators ("when", "while", "though", "if") are not here:
/// "even though work was insane, I chose to snap" sets the circumstance aside.
const CONNECTORS: &[&str] = &[
    "and",
    "plus",
    "also",
    "then",
    "well",
    "honestly",
    "look",
    "ok",
    "okay",
    "so",
    "anyway",
    "basically",
    "like",
    "um",
    "ugh",
    "oh",
    "sorry",
    "sry",
    "soz",
    "babe",
    "just",
    "lol",
];

/// Reason words that put a circumstance under `but` or `excuse` instead (see `outside_causes`),
/// or under a contrast ("not because work was busy").
const PIVOTS: &[&str] = &[
    "but", "however", "because", "cuz", "coz", "bc", "cos", "cause", "due", "since",
];

/// After "so I…", words that make it a purpose or a plan, not a consequence ("so I can call").
const NOT_CONSEQUENCE: &[&str] = &[
    "will",
    "am",
    "can",
    "want",
    "plan",
    "promise",
    "hope",
    "need",
    "would",
    "'d",
    "should",
    "shall",
    "must",
    "know",
    "understand",
    "see",
    "think",
    "feel",
    "apologize",
    "apologise",
    "owe",
];

/// "Traffic was terrible, so I was late", "I was busy at work and my phone died", "I'm sorry I
/// was late. The meeting ran over.": an outside circumstance set down as plain fact, with no
/// "because" or "but" (those are `excuse` and `but`), in place of owning the act.
///
/// Narrow on purpose. The circumstance must open a clause (so "even though work was insane…" and
/// "when the meeting ran over" are context), be about none of "you" ("your boss kept you late"),
/// sit in no plan, and do one of: lead to what you did ("so I…", "that's why I…"), come with
/// another one (a list of pressures), follow an apology, an admission or an owned act, stand as
/// the sentence just before an apology, or stand where the text owns no act at all
/// (responsibility, remorse, a whole apology). A text that owns
/// the act plainly anywhere ("…and that's no excuse", "that's on me", "I should have called")
/// is never flagged, nor is one that goes on to call the act wrong ("which wasn't fair").
pub(super) fn excuse_as_fact(
    scope: u8,
    text: &str,
    toks: &Tokens,
    sig: &Signals,
    out: &mut Vec<Finding>,
) {
    if sig.plain || sig.circumstances.is_empty() {
        return;
    }
    let word = |k: usize| if k < toks.len() { toks.word(k) } else { "" };
    // Overlapping matches of the circumstance patterns are one circumstance.
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(sig.circumstances.len());
    for &(first, end) in &sig.circumstances {
        match spans.last_mut() {
            Some(last) if first < last.1 => last.1 = last.1.max(end),
            _ => spans.push((first, end)),
        }
    }
    let anchor = [
        sig.owned.first(),
        sig.admissions.first(),
        sig.apologies.first(),
    ]
    .into_iter()
    .flatten()
    .min()
    .copied();
    let rule = rule_for("excuse-as-fact");
    let (excuse, but) = (rule_for("excuse"), rule_for("but"));
    // What is already noted as an explanation.
    let explained = Spans::of(out, |f| {
        std::ptr::eq(f.rule, excuse) || std::ptr::eq(f.rule, but)
    });
    // "Sorry that things blew up between us" is the fight (`conflict-regret`), not a
    // circumstance: words already noted as one are left to that note.
    let conflict = rule_for("conflict-regret");
    let fights = Spans::of(out, |f| std::ptr::eq(f.rule, conflict));
    for (i, &(first, end)) in spans.iter().enumerate() {
        let s = toks.tokens[first].sentence as usize;
        let sentence = toks.sentences[s].tokens.clone();
        // Where its clause starts, looking through "the", "my"…
        let mut p = first;
        while p > sentence.start && first - p < 3 && DETERMINERS.contains(&word(p - 1)) {
            p -= 1;
        }
        let gap = |k: usize| &text[toks.tokens[k - 1].end..toks.tokens[k].start];
        let opens = p == sentence.start
            || gap(p).contains([',', ';', ':', '\u{2013}', '\u{2014}', '('])
            || CONNECTORS.contains(&word(p - 1));
        let pivoted = (sentence.start.max(first.saturating_sub(CAUSE_REACH + 1))..=first)
            .any(|k| PIVOTS.contains(&word(k)));
        let about_you = (p..(end + 2).min(sentence.end))
            .any(|k| matches!(word(k), "you" | "your" | "yours" | "yourself" | "u" | "ur"));
        let near = sentence.start.max(p.saturating_sub(CAUSE_WINDOW))
            ..sentence.end.min(end + CAUSE_WINDOW);
        let plan = near.clone().any(|k| FUTURE.contains(&word(k)));
        let owned_later = sig.admissions.last().is_some_and(|&k| k > first);
        let (from, to) = (toks.tokens[p].start, toks.tokens[end - 1].end);
        // Already noted as an explanation: a "but"/"because" earlier in the sentence, or the
        // same words as an `excuse` ("it's been a long week"), or one reaching into them.
        let sentence_byte = toks.sentences[s].bytes.start;
        let noted = explained.starting_before(to) > explained.starting_before(sentence_byte)
            || explained.overlap(from, sentence_byte);
        if !opens
            || pivoted
            || about_you
            || plan
            || owned_later
            || noted
            || fights.overlap(from, to)
        {
            continue;
        }
        let leads_on = consequence(toks, end, near.end)
            || toks.sentences.get(s + 1).is_some_and(|next| {
                consequence(
                    toks,
                    next.tokens.start,
                    next.tokens.end.min(next.tokens.start + 4),
                )
            });
        // Spans are in text order, so a neighbour in the list is the nearest other circumstance.
        let sentence_at = |j: usize| spans.get(j).map(|&(k, _)| toks.tokens[k].sentence as usize);
        let listed = [i.checked_sub(1).and_then(sentence_at), sentence_at(i + 1)]
            .into_iter()
            .flatten()
            .any(|other| other.abs_diff(s) <= 1);
        let after_anchor = anchor.is_some_and(|a| a < p);
        // "My phone died. I'm sorry I didn't call.": the reason set down first, then the sorry.
        let before_sorry = toks.sentences.get(s + 1).is_some_and(|next| {
            let at = sig.apologies.partition_point(|&k| k < next.tokens.start);
            sig.apologies
                .get(at)
                .is_some_and(|k| next.tokens.contains(k))
        });
        let instead_of_act = scope & (RESP | REM | RCV) != 0 && sig.owned.is_empty();
        if leads_on || listed || after_anchor || before_sorry || instead_of_act {
            out.push(Finding {
                rule,
                range: from..to,
                extent: Extent::Phrase,
            });
        }
    }
}

/// After "and I…", what makes the clause a failure the circumstance is blamed for ("…and I
/// forgot", "…and I didn't get round to it", "…and I ended up late"). An act ("and I left you to
/// handle it") is not here: it is owned, and the circumstance beside it is context.
#[rustfmt::skip]
const FAILURES: &[&str] = &[
    "forgot", "missed", "lost", "overslept", "ended", "never", "ran", "slipped", "blanked",
];

/// Words that may sit between "and I" and the failure ("and I *just* forgot").
#[rustfmt::skip]
const SOFTENERS: &[&str] = &[
    "just", "completely", "totally", "simply", "then", "kind", "sort", "of", "kinda", "sorta",
    "literally", "honestly", "basically", "also", "still",
];

/// "…and I forgot", "…and I didn't call", "…and I couldn't get away": a failure that follows
/// the circumstance in the same breath, offered as what it led to. `word` is empty past the end.
fn failure_follows<'a>(word: &dyn Fn(usize) -> &'a str, k: usize) -> bool {
    let mut j = k + 1;
    if word(j) == "then" {
        j += 1;
    }
    if word(j) != "i" {
        return false;
    }
    j += 1;
    while j < k + 6 && SOFTENERS.contains(&word(j)) {
        j += 1;
    }
    let failed = FAILURES.contains(&word(j))
        // "…and I was late": lateness set down as what the circumstance made of you.
        || (matches!(word(j), "was" | "were") && word(j + 1) == "late")
        || (matches!(word(j), "did" | "could" | "was" | "had" | "have" | "can")
            && matches!(word(j + 1), "not" | "never" | "no")
            // "…and I didn't want to": a choice, owned.
            && !matches!(word(j + 2), "want" | "care" | "bother" | "feel" | "think" | "mean"));
    // "…and I didn't pick up because I was angry": the failure given a reason of your own.
    failed && !(j..j + 16).any(|t| REASONS.contains(&word(t)) && word(t + 1) == "i")
}

/// Reason words, for "…because I…" after a failure.
const REASONS: &[&str] = &["because", "cos", "coz", "cuz", "bc", "since"];

/// Whether "so I…", "that's why I…", "which is why I…", "which meant I…", "hence/therefore" or
/// "and I forgot" comes in `from..to`: a circumstance leading to what you did or failed to do.
fn consequence(toks: &Tokens, from: usize, to: usize) -> bool {
    let word = |k: usize| if k < to { toks.word(k) } else { "" };
    (from..to).any(|k| match word(k) {
        "and" => failure_follows(&word, k),
        "so" => {
            word(k + 1) != "that"
                && (k + 1..=k + 3).find(|&j| word(j) == "i").is_some_and(|j| {
                    let next = word(j + 1);
                    !NOT_CONSEQUENCE.contains(&next)
                        && (next != "could" || matches!(word(j + 2), "not" | "never"))
                })
        }
        "why" => matches!(word(k.wrapping_sub(1)), "is" | "was") && word(k + 1) == "i",
        "meant" | "means" => word(k.wrapping_sub(1)) == "which" && word(k + 1) == "i",
        "hence" | "therefore" => true,
        _ => false,
    })
}

/// Byte ranges of some findings, sorted by start with the furthest end so far, so whether any
/// overlaps a range is a binary search (a huge text holds thousands).
struct Spans {
    starts: Vec<usize>,
    reach: Vec<usize>,
}

impl Spans {
    fn of(found: &[Finding], keep: impl Fn(&Finding) -> bool) -> Spans {
        let mut spans: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| keep(f))
            .map(|f| (f.range.start, f.range.end))
            .collect();
        sort_by_key(&mut spans, |&span| span);
        let mut max = 0;
        let reach = spans
            .iter()
            .map(|&(_, e)| {
                max = max.max(e);
                max
            })
            .collect();
        Spans {
            starts: spans.iter().map(|&(b, _)| b).collect(),
            reach,
        }
    }

    /// How many ranges start before `byte`.
    fn starting_before(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }

    /// Whether a range that starts before `to` reaches past `from`: one overlaps `from..to`.
    fn overlap(&self, from: usize, to: usize) -> bool {
        let before = self.starting_before(to);
        before > 0 && self.reach[before - 1] > from
    }
}
