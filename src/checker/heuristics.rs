//! Context for the phrase rules (guards) and the rules that look at whole sentences or texts:
//! "but" after an apology, "but"/"because" + an outside cause after an owned act, many sorrys, a
//! long string of reasons, no owned act, and no remorse; and which note gives way when two fit
//! one sentence.

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
    /// First tokens of checkable plans ("I will text you"), in text order.
    pub plans: Vec<usize>,
    /// Where the text's lines break (byte offsets), when each line is read as its own promise
    /// (the change step's fields); empty when the text is read whole.
    pub line_breaks: Vec<usize>,
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

pub(super) fn rule_for(id: &str) -> &'static Rule {
    rule(id).unwrap_or_else(|| panic!("no rule {id}"))
}

/// How far back (in words) a guard looks for a negation or a subject: far enough for
/// "none of this, not one bit, was your fault", and bounded so a huge sentence stays linear.
/// Also how far ahead `Guard::Realized` looks ("if you hadn't told me, I'd never have known").
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
            Guard::PlanBeside => {
                let line = |byte: usize| sig.line_breaks.partition_point(|&b| b < byte);
                let here = line(toks.tokens[start].start);
                sig.plans
                    .iter()
                    .any(|&k| line(toks.tokens[k].start) == here)
            }
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
            Guard::Realized => {
                (end..sentence.end.min(end + LOOK_BACK)).any(|k| REALIZED.contains(&toks.word(k)))
            }
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

pub(crate) fn supersede(toks: &Tokens, out: &mut Vec<Finding>) {
    let sentence = |f: &Finding| {
        let k = toks.tokens.partition_point(|t| t.end <= f.range.start);
        toks.tokens.get(k).map_or(0, |t| t.sentence as usize)
    };
    // Per sentence, each winner's earliest start: one pass to note them, one to drop the losers,
    // so a huge text with thousands of notes stays linear.
    let mut earliest = vec![[usize::MAX; SUPERSEDES.len()]; toks.sentences.len()];
    for f in out.iter() {
        for (i, &(winner, _, _)) in SUPERSEDES.iter().enumerate() {
            if f.rule.id == winner {
                let slot = &mut earliest[sentence(f)][i];
                *slot = (*slot).min(f.range.start);
            }
        }
    }
    out.retain(|f| {
        let s = sentence(f);
        f.extent != Extent::Phrase
            || !SUPERSEDES
                .iter()
                .enumerate()
                .any(|(i, &(_, loser, after))| {
                    let start = earliest[s][i];
                    f.rule.id == loser && start != usize::MAX && (!after || start <= f.range.start)
                })
    });
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
pub(super) const FUTURE: &[&str] = &["will", "next", "future", "tomorrow", "tonight"];

/// How many words may sit between "but"/"because" and the outside cause ("but I guess it was…").
pub(super) const CAUSE_REACH: usize = 4;

/// How far (in words) the outside-cause checks look around a match, so a huge text stays linear.
pub(super) const CAUSE_WINDOW: usize = 30;

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
