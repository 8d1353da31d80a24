//! Context for the phrase rules (guards) and the rules that look at whole sentences or texts:
//! "but" after an apology, "but"/"because" + an outside cause after an owned act, many sorrys, a
//! long string of reasons, no owned act, and no remorse.

use super::patterns::{Guard, CHG, RCV, REM, RESP};
use super::text::Tokens;
use super::{Extent, Finding};
use crate::content::checker_rules::{rule, Rule};
use std::ops::Range;

/// What the text says about itself, gathered in the same pass as the phrase rules.
#[derive(Debug, Default)]
pub(crate) struct Signals {
    /// First tokens of owned acts ("I yelled", "it was wrong of me"), in text order.
    pub owned: Vec<usize>,
    /// First tokens of plain remorse ("I'm sorry", "I feel terrible"), in text order.
    pub remorse: Vec<usize>,
    /// Whether the text holds a softer sign of remorse ("it's been on my mind").
    pub remorse_hint: bool,
    /// Whether the text holds a checkable plan anywhere.
    pub plan: bool,
    /// Tokens that are apology words ("sorry", "apologize"…), in text order.
    pub apologies: Vec<usize>,
    /// First tokens of reason markers ("because", "on top of"…), in text order.
    pub reasons: Vec<usize>,
    /// First tokens of admissions that name no act ("that was wrong"), in text order.
    pub admissions: Vec<usize>,
    /// Outside circumstances offered as causes ("work was insane"), as (first, end) tokens, in
    /// text order of their first token.
    pub circumstances: Vec<(usize, usize)>,
    /// Whether the text owns its act plainly somewhere ("that's no excuse", "I should have").
    pub plain: bool,
}

const PRONOUNS: &[&str] = &[
    "i", "me", "my", "we", "it", "you", "your", "he", "his", "she", "her", "they", "their",
];
const OTHERS: &[&str] = &["you", "your", "he", "his", "she", "her", "they", "their"];

fn rule_for(id: &str) -> &'static Rule {
    rule(id).unwrap_or_else(|| panic!("no rule {id}"))
}

/// How far back (in words) a guard looks for a negation or a subject: far enough for
/// "none of this, not one bit, was your fault", and bounded so a huge sentence stays linear.
const LOOK_BACK: usize = 12;

const PLAN_WORDS: &[&str] = &[
    "again", "ever", "next", "future", "will", "can", "could", "would", "'d", "tell", "let",
];
const REALIZED: &[&str] = &[
    "known",
    "realized",
    "realised",
    "understood",
    "noticed",
    "learned",
    "learnt",
    "seen",
];
const NEGATIONS: &[&str] = &["not", "never", "no", "none", "nothing", "neither", "nor"];

/// Evaluates guards, remembering per-sentence answers so many hits stay cheap.
pub(crate) struct Guards<'a> {
    toks: &'a Tokens,
    sig: &'a Signals,
    in_plan: Vec<Option<bool>>,
}

impl<'a> Guards<'a> {
    pub fn new(toks: &'a Tokens, sig: &'a Signals) -> Guards<'a> {
        Guards {
            toks,
            sig,
            in_plan: vec![None; toks.sentences.len()],
        }
    }

    /// Whether `guard` excuses the phrase match from token `start` to `end` (exclusive).
    pub fn excused(&mut self, guard: Guard, start: usize, end: usize) -> bool {
        let (toks, sig) = (self.toks, self.sig);
        let s = toks.tokens[start].sentence as usize;
        let sentence = toks.sentences[s].tokens.clone();
        let back = sentence.start.max(start.saturating_sub(LOOK_BACK))..start;
        match guard {
            Guard::Never => false,
            Guard::InPlan => *self.in_plan[s].get_or_insert_with(|| {
                sentence.clone().any(|k| PLAN_WORDS.contains(&toks.word(k)))
            }),
            Guard::AfterOwnership => {
                sig.owned.first().is_some_and(|&k| k < start)
                    || sig.remorse.first().is_some_and(|&k| k < start)
            }
            Guard::TextApologizes => !sig.apologies.is_empty(),
            Guard::TextOwnsAct => !sig.owned.is_empty(),
            Guard::SentenceOwnsAct => {
                // `owned` is in text order: find the first at or after the sentence start.
                let at = sig.owned.partition_point(|&k| k < sentence.start);
                sig.owned.get(at).is_some_and(|k| sentence.contains(k))
            }
            Guard::TextHasPlan => sig.plan,
            Guard::Negated => back.clone().any(|k| NEGATIONS.contains(&toks.word(k))),
            Guard::OtherSubject => back
                .rev()
                .map(|k| toks.word(k))
                .find(|w| PRONOUNS.contains(w))
                .is_some_and(|w| OTHERS.contains(&w)),
            Guard::NoActInSentence => {
                let at = sig.owned.partition_point(|&k| k < sentence.start);
                !sig.owned.get(at).is_some_and(|k| sentence.contains(k))
            }
            Guard::Realized => (end..sentence.end).any(|k| REALIZED.contains(&toks.word(k))),
            Guard::AtMyself => {
                let word = |k: usize| if k < sentence.end { toks.word(k) } else { "" };
                word(end) == "myself"
                    || (matches!(word(end), "at" | "with" | "in" | "of")
                        && word(end + 1) == "myself")
            }
        }
    }
}

/// Adds the sentence- and text-level findings for `scope`.
pub(crate) fn sentence_rules(
    scope: u8,
    text: &str,
    toks: &Tokens,
    sig: &Signals,
    out: &mut Vec<Finding>,
) {
    but_after_sorry(toks, sig, out);
    over_apologizing(toks, sig, out);
    if scope & CHG == 0 {
        long_reasons(text, toks, sig, out);
        outside_causes(text, toks, sig, out);
        excuse_as_fact(scope, text, toks, sig, out);
    }
    if scope & (RESP | RCV) != 0 && toks.len() >= 4 && sig.owned.is_empty() {
        out.push(whole_text(text, "no-owned-act"));
    }
    // The remorse step only: no feeling about the hurt, no regret and no "sorry" anywhere. When a
    // feeling is there but aimed elsewhere ("self-pity": at yourself; "regret-not-sorry": at the
    // situation), that card already turns it toward them, and one card makes the point.
    if scope & REM != 0
        && toks.len() >= 4
        && sig.remorse.is_empty()
        && !sig.remorse_hint
        && sig.apologies.is_empty()
        && !out.iter().any(|f| {
            matches!(
                f.rule.id,
                "self-pity" | "regret-not-sorry" | "conflict-regret"
            )
        })
    {
        out.push(whole_text(text, "no-remorse"));
    }
    supersede(toks, out);
}

/// The right rule, not the nearest one: (winner, loser, whether the loser must start at or after
/// the winner). When both are found in one sentence, only the winner's note is kept. "I'm sorry
/// things got heated" regrets the conflict (the `passive` wording is part of it); "I only said it
/// because you kept pushing" hands the blame back (its "only" is not the point); "My boss kept me
/// late, that's why I missed dinner" offers a circumstance, which its "that's why" only carries.
const SUPERSEDES: &[(&str, &str, bool)] = &[
    ("conflict-regret", "passive", false),
    ("blame-back", "blame-shift", false),
    ("blame-back", "minimizing", false),
    ("excuse-as-fact", "excuse", true),
];

fn supersede(toks: &Tokens, out: &mut Vec<Finding>) {
    let sentence = |byte: usize| {
        let k = toks.tokens.partition_point(|t| t.end <= byte);
        toks.tokens.get(k).map_or(u32::MAX, |t| t.sentence)
    };
    let beaten = |f: &Finding| {
        SUPERSEDES.iter().any(|&(winner, loser, after)| {
            f.rule.id == loser
                && f.extent == Extent::Phrase
                && out.iter().any(|w| {
                    w.rule.id == winner
                        && sentence(w.range.start) == sentence(f.range.start)
                        && (!after || f.range.start >= w.range.start)
                })
        })
    };
    let keep: Vec<bool> = out.iter().map(|f| !beaten(f)).collect();
    let mut k = keep.iter();
    out.retain(|_| *k.next().unwrap_or(&true));
}

/// A note about the whole (trimmed) text.
fn whole_text(text: &str, id: &str) -> Finding {
    let start = text.len() - text.trim_start().len();
    Finding {
        rule: rule_for(id),
        range: start..text.trim_end().len(),
        extent: Extent::Whole,
    }
}

/// "Sorry, but…" / "I apologize; however…", and a next sentence opening with "But"/"However".
/// Not flagged: "not only … but also", "not because …, but because …", "but also".
/// One pass per sentence, so a huge sentence full of sorrys stays linear.
fn but_after_sorry(toks: &Tokens, sig: &Signals, out: &mut Vec<Finding>) {
    let rule = rule_for("but");
    let word = |k: usize| if k < toks.len() { toks.word(k) } else { "" };
    let is_but = |k: usize| matches!(word(k), "but" | "however");
    let also_follows =
        |t: usize| word(t + 1) == "also" || (word(t + 1) == "i" && word(t + 2) == "also");
    let mut last_sentence = usize::MAX;
    for &a in &sig.apologies {
        let s = toks.tokens[a].sentence as usize;
        if s == last_sentence {
            continue;
        }
        last_sentence = s;
        let sentence = toks.sentences[s].tokens.clone();
        let mut contrast =
            (sentence.start..a).any(|k| word(k) == "not" && CONTRAST.contains(&word(k + 1)));
        for t in a + 1..sentence.end {
            contrast |= word(t) == "not" && CONTRAST.contains(&word(t + 1));
            if is_but(t) && !also_follows(t) && !contrast {
                push_token(out, rule, toks, t);
            }
        }
        // The sentence right after an apologizing one opens with "But" or "However".
        if let Some(next) = toks.sentences.get(s + 1) {
            let first = next.tokens.start;
            if is_but(first) && !also_follows(first) {
                push_token(out, rule, toks, first);
            }
        }
    }
}

/// A contrast set up earlier ("not because…", "not only…") makes "but" a pivot, not a retraction.
const CONTRAST: &[&str] = &[
    "because", "only", "just", "for", "out", "to", "that", "about", "from", "as", "simply",
    "merely",
];

/// Words after "I" that keep the clause a hedge, not the speaker's own motive: "but I guess it
/// was a crazy week" still offers the week as the cause.
const HEDGES: &[&str] = &["guess", "suppose", "mean", "think", "reckon", "know"];

/// Words that turn a reason into context the writer has already owned ("…, and that is no
/// excuse"), when they come after it.
const DISCLAIMERS: &[&str] = &[
    "excuse",
    "excuses",
    "justify",
    "justifies",
    "justified",
    "justification",
];

/// Words that make a sentence a plan, where a circumstance is part of the plan ("I'll call at
/// lunch, but work is busy until then"). Narrower than the conditional rule's plan words.
const FUTURE: &[&str] = &["will", "next", "future", "tomorrow", "tonight"];

/// How many words may sit between "but"/"because" and the outside cause ("but I guess it was…").
const CAUSE_REACH: usize = 4;

/// How far (in words) the outside-cause checks look around a match, so a huge text stays linear.
const CAUSE_WINDOW: usize = 30;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pivot {
    /// "but", "however": the `but` rule, on that word.
    But,
    /// "because", "'cause", "due to": the `excuse` rule, from that word to the end of the cause.
    Because,
}

/// "I didn't call you because the meeting ran over", "That was wrong, but work was insane",
/// "I was wrong. But work has been insane lately": after an owned act, an admission or an
/// apology, a "but"/"however" or a "because"/"due to" that goes on to an outside circumstance.
///
/// Deliberately narrow, since a missed excuse costs less than a false alarm: only a listed
/// circumstance counts (`~circumstance` in `patterns.rs`), so own motives and own faults ("I was
/// wrong because I didn't listen", "because I care about you") never do; nor does a clause led
/// by "I" ("but I also…") or about "you", a "not because…", a plan, or a cause the text goes on
/// to call no excuse.
fn outside_causes(text: &str, toks: &Tokens, sig: &Signals, out: &mut Vec<Finding>) {
    let Some(&anchor) = [
        sig.owned.first(),
        sig.admissions.first(),
        sig.apologies.first(),
    ]
    .into_iter()
    .flatten()
    .min() else {
        return;
    };
    let word = |k: usize| if k < toks.len() { toks.word(k) } else { "" };
    let pivot = |k: usize| match word(k) {
        "but" | "however" => Some(Pivot::But),
        "because" | "cuz" | "coz" | "bc" => Some(Pivot::Because),
        "due" if word(k + 1) == "to" => Some(Pivot::Because),
        // "'cause" is a reason; plain "cause" is a verb ("cause you pain").
        "cause" if text[..toks.tokens[k].start].ends_with(['\'', '\u{2019}', '\u{2018}']) => {
            Some(Pivot::Because)
        }
        _ => None,
    };
    let (but, excuse) = (rule_for("but"), rule_for("excuse"));
    for &(first, end) in &sig.circumstances {
        let sentence = toks.sentence_of(first).tokens.clone();
        let from = sentence
            .start
            .max(first.saturating_sub(CAUSE_REACH + 1))
            .max(anchor + 1);
        let Some((t, kind)) = (from..=first).rev().find_map(|k| Some((k, pivot(k)?))) else {
            continue;
        };
        // The clause after the pivot is the speaker's own ("because I didn't listen"), unless
        // the "I" only hedges ("but I guess it was…").
        let own = (t + 1..first).any(|k| word(k) == "i" && !HEDGES.contains(&word(k + 1)));
        // About them, not a circumstance ("because it was a hard week for you").
        let about_you = (t + 1..(end + 2).min(sentence.end))
            .any(|k| matches!(word(k), "you" | "your" | "yours" | "yourself"));
        let near = sentence.start.max(t.saturating_sub(CAUSE_WINDOW))
            ..sentence.end.min(end + CAUSE_WINDOW);
        let plan = near.clone().any(|k| FUTURE.contains(&word(k)));
        let contrast = match kind {
            Pivot::But => {
                word(t + 1) == "also"
                    || (near.start..t).any(|k| word(k) == "not" && CONTRAST.contains(&word(k + 1)))
            }
            Pivot::Because => {
                let before = |n: usize| t.checked_sub(n).map_or("", word);
                before(1) == "not"
                    || (before(2) == "not"
                        && matches!(before(1), "just" | "only" | "simply" | "merely"))
            }
        };
        // "…, and that is no excuse" in the same sentence or the next one.
        let next_end = toks
            .sentences
            .get(toks.tokens[first].sentence as usize + 1)
            .map_or(sentence.end, |s| s.tokens.end);
        let disclaimed =
            (end..next_end.min(end + CAUSE_WINDOW)).any(|k| DISCLAIMERS.contains(&word(k)));
        if own || about_you || plan || contrast || disclaimed {
            continue;
        }
        match kind {
            Pivot::But => push_token(out, but, toks, t),
            Pivot::Because => out.push(Finding {
                rule: excuse,
                range: toks.tokens[t].start..toks.tokens[end - 1].end,
                extent: Extent::Phrase,
            }),
        }
    }
}

/// Words that may open a circumstance's clause before its own words ("*the* traffic", "*my*
/// phone"), looked through when deciding where the clause starts.
const DETERMINERS: &[&str] = &[
    "the", "my", "a", "an", "our", "this", "that", "these", "those", "all", "some", "whole",
    "stupid", "damn", "bloody", "freaking", "dumb", "last", "new", "his", "her", "their",
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
fn excuse_as_fact(scope: u8, text: &str, toks: &Tokens, sig: &Signals, out: &mut Vec<Finding>) {
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
    let excuse = rule_for("excuse");
    let but = rule_for("but");
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
        let plan = sentence.clone().any(|k| FUTURE.contains(&word(k)));
        let owned_later = sig.admissions.iter().any(|&k| k > first);
        let (from, to) = (toks.tokens[p].start, toks.tokens[end - 1].end);
        // Already noted as an explanation: a "but"/"because" earlier in the sentence, or the
        // same words as an `excuse` ("it's been a long week").
        let noted = out.iter().any(|f| {
            (std::ptr::eq(f.rule, excuse) || std::ptr::eq(f.rule, but))
                && ((f.range.start < to && from < f.range.end)
                    || (f.range.start < from && f.range.start >= toks.sentences[s].bytes.start))
        });
        if !opens || pivoted || about_you || plan || owned_later || noted {
            continue;
        }
        let leads_on = consequence(toks, end, sentence.end)
            || toks.sentences.get(s + 1).is_some_and(|next| {
                consequence(
                    toks,
                    next.tokens.start,
                    next.tokens.end.min(next.tokens.start + 4),
                )
            });
        let listed = spans.iter().enumerate().any(|(j, &(other, _))| {
            j != i && (toks.tokens[other].sentence as usize).abs_diff(s) <= 1
        });
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

/// Whether "so I…", "that's why I…", "which is why I…", "which meant I…" or "hence/therefore"
/// comes in `from..to`: a circumstance leading to what you did.
fn consequence(toks: &Tokens, from: usize, to: usize) -> bool {
    let word = |k: usize| if k < to { toks.word(k) } else { "" };
    (from..to).any(|k| match word(k) {
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

fn push_token(out: &mut Vec<Finding>, rule: &'static Rule, toks: &Tokens, t: usize) {
    let k = &toks.tokens[t];
    out.push(Finding {
        rule,
        range: k.start..k.end,
        extent: Extent::Phrase,
    });
}

/// Groups `positions` into runs whose neighbours are at most `gap` tokens apart, and reports
/// runs of at least `min` as the span of the sentences that hold them.
fn dense_runs(toks: &Tokens, positions: &[usize], gap: usize, min: usize) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut run_start = 0;
    for k in 1..=positions.len() {
        let breaks = k == positions.len() || positions[k] - positions[k - 1] > gap;
        if breaks {
            if k - run_start >= min {
                let first = toks.sentence_of(positions[run_start]).bytes.start;
                let last = toks.sentence_of(positions[k - 1]).bytes.end;
                spans.push(first..last);
            }
            run_start = k;
        }
    }
    spans
}

/// Three or more apology words close together ("I'm sorry, I'm so sorry, I'm so so sorry").
fn over_apologizing(toks: &Tokens, sig: &Signals, out: &mut Vec<Finding>) {
    let rule = rule_for("over-apologizing");
    for range in dense_runs(toks, &sig.apologies, 15, 3) {
        out.push(Finding {
            rule,
            range,
            extent: Extent::Sentence,
        });
    }
}

/// A long string of reasons: three or more reason markers close together.
fn long_reasons(text: &str, toks: &Tokens, sig: &Signals, out: &mut Vec<Finding>) {
    let rule = rule_for("excuse");
    // "'cause" is a reason; plain "cause" is a verb ("cause you pain").
    let markers: Vec<usize> = sig
        .reasons
        .iter()
        .copied()
        .filter(|&k| {
            toks.word(k) != "cause"
                || text[..toks.tokens[k].start].ends_with(['\'', '\u{2019}', '\u{2018}'])
        })
        .collect();
    for range in dense_runs(toks, &markers, 40, 3) {
        out.push(Finding {
            rule,
            range,
            extent: Extent::Sentence,
        });
    }
}
