//! Weighing an apology (`/receive/weigh`): which question each checker note belongs with, and
//! the short reflection on the person's own answers, with the next step that fits them.
//!
//! Pure: the page passes the answers in, and gets sentences back.

use super::receive::{join_and, QUESTIONS};
use crate::model::Answer;

/// Notes that belong with no one question: wording that turns on the reader or on the writer.
pub const GENERAL: &str = "general";

/// Every checker rule, by id, with the question it bears on (or `GENERAL`). A note about "if"
/// or "but" sits with "Does it own it?", a missing act with "Is it specific?", sorrow for the
/// fight with the regret question.
pub const RULE_QUESTIONS: &[(&str, &str)] = &[
    ("vague", "specific"),
    ("no-owned-act", "specific"),
    ("sympathy-only", "specific"),
    ("corporate", "specific"),
    ("conditional", "owns"),
    ("their-feelings", "owns"),
    ("but", "owns"),
    ("passive", "owns"),
    ("intent", "owns"),
    ("blame-shift", "owns"),
    ("excuse", "owns"),
    ("counter-accusation", "owns"),
    ("identity", "owns"),
    ("hedging", "owns"),
    ("fatalism", "owns"),
    ("misunderstanding", "owns"),
    ("blame-back", "owns"),
    ("excuse-as-fact", "owns"),
    ("conflict-regret", "regret"),
    ("no-remorse", "regret"),
    ("regret-not-sorry", "regret"),
    ("minimizing", "regret"),
    ("weak-commitment", "change"),
    ("demand-closure", "room"),
    ("attack-reaction", GENERAL),
    ("insult", GENERAL),
    ("self-pity", GENERAL),
    ("sarcastic", GENERAL),
    ("obviously", GENERAL),
    ("over-apologizing", GENERAL),
];

/// The question a rule's note is shown with, or `GENERAL` (also for an id not in the table).
pub fn question_for_rule(rule: &str) -> &'static str {
    RULE_QUESTIONS
        .iter()
        .find(|(id, _)| *id == rule)
        .map(|(_, question)| *question)
        .unwrap_or(GENERAL)
}

/// Above the notes shown inside a question.
pub const NOTED_HERE: &str = "What Mend noticed:";
/// Under the pasted apology, when its notes are shown with the questions.
pub const NOTES_WITH_QUESTIONS: &str = "Each note is shown below, with the question it bears on.";
/// Before notes that go with no one question.
pub const GENERAL_TITLE: &str = "Also worth noticing";

pub const REFLECTION_TITLE: &str = "What your answers say";
/// Until every question has an answer.
pub const REFLECTION_WAITING: &str =
    "Once you’ve answered each question, a short summary of your answers will appear here.";
/// After the summary, whatever it says.
pub const REFLECTION_OWN: &str =
    "This only sums up your own answers. What you feel counts, and you can change any answer.";
/// With the summary when every answer is "Not really".
pub const REFLECTION_SAFETY: &str =
    "If apologies like this keep following the same hurt, the safety note is for you.";
pub const REFLECTION_SAFETY_LINK: &str = "Read the safety note";

/// What the question's answer says when it is there ("names what happened") and when it isn't
/// yet ("name what happened", after "doesn't yet").
fn phrases(question: &str) -> (&'static str, &'static str) {
    match question {
        "specific" => ("names what happened", "name what happened"),
        "owns" => ("owns what they did", "own what they did"),
        "regret" => ("shows regret for the hurt", "show regret for the hurt"),
        "repair" => ("offers to make it right", "offer to make it right"),
        "change" => ("says what will change", "say what will change"),
        "room" => ("leaves you room", "leave you room"),
        _ => ("", ""),
    }
}

/// Where the answers point next, in "Ways to respond".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Everything is there: accepting is one way to answer, when ready.
    Accept,
    /// Something is missing: "To say what you still need".
    StillNeed,
    /// Only the change (and perhaps repair) is missing: "To ask to see change".
    SeeChange,
    /// Only uncertainty: "To ask for time".
    Time,
}

impl Next {
    /// The sentence that points to it, and the link's words.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Next::Accept => (
                "If it feels real to you too, “To accept it” is one way to answer, when you’re ready. Taking your time is still fine.",
                "Ways to respond",
            ),
            Next::StillNeed => (
                "You can tell them what’s missing: “To say what you still need” can help you put it into words.",
                "Say what you still need",
            ),
            Next::SeeChange => (
                "If words aren’t enough on their own, “To ask to see change” says so kindly.",
                "Ask to see change",
            ),
            Next::Time => (
                "You don’t have to decide now. “To ask for time” is a complete answer.",
                "Ways to respond",
            ),
        }
    }
}

/// The summary of the answers: a few short sentences, and the next step that fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reflection {
    pub sentences: Vec<String>,
    pub next: Next,
    /// Every answer was "Not really": the safety note is offered too.
    pub offer_safety: bool,
}

/// The reflection once every question has an answer (`None` before that), from `answer`, which
/// looks up the person's answer to a question by id.
pub fn reflect(answer: impl Fn(&str) -> Option<Answer>) -> Option<Reflection> {
    let answers: Vec<(&str, Answer)> = QUESTIONS
        .iter()
        .map(|q| answer(q.id).map(|a| (q.id, a)))
        .collect::<Option<_>>()?;
    let with = |kind: Answer| -> Vec<&str> {
        answers
            .iter()
            .filter(|(_, a)| *a == kind)
            .map(|(q, _)| *q)
            .collect()
    };
    let (yes, partly, no, unsure) = (
        with(Answer::Yes),
        with(Answer::Partly),
        with(Answer::No),
        with(Answer::NotSure),
    );
    let all = answers.len();
    let does = |qs: &[&str]| -> Vec<&'static str> { qs.iter().map(|q| phrases(q).0).collect() };
    let lacks = |qs: &[&str]| -> Vec<&'static str> { qs.iter().map(|q| phrases(q).1).collect() };
    let mut sentences = Vec::new();
    if yes.len() == all {
        sentences.push("By your answers, it does what a real apology does: it names what happened, owns it, shows regret for the hurt, offers to make it right, says what will change, and leaves you room.".to_owned());
    } else if no.len() == all {
        sentences.push("By your answers, this apology doesn’t yet do what you need from one. It makes sense that it didn’t land, and you don’t have to accept it.".to_owned());
    } else if unsure.len() == all {
        sentences.push("You’re not sure yet about any of it, and that’s all right: knowing how an apology landed can take time.".to_owned());
    } else {
        match (yes.is_empty(), no.is_empty()) {
            (false, false) => sentences.push(format!(
                "It {}, but doesn’t yet {}.",
                join_and(&does(&yes)),
                or_list(&lacks(&no))
            )),
            (false, true) => sentences.push(format!("It {}.", join_and(&does(&yes)))),
            (true, false) => sentences.push(format!("It doesn’t yet {}.", or_list(&lacks(&no)))),
            (true, true) => {}
        }
        if !partly.is_empty() {
            sentences.push(format!("In part, it {}.", join_and(&does(&partly))));
        }
        if !unsure.is_empty() {
            sentences.push(format!(
                "You’re not sure yet whether it {}.",
                or_list(&does(&unsure))
            ));
        }
    }
    let missing: Vec<&str> = no.iter().chain(&partly).copied().collect();
    let next = if missing.is_empty() {
        if unsure.is_empty() {
            Next::Accept
        } else {
            Next::Time
        }
    } else if missing.contains(&"change")
        && missing.iter().all(|q| matches!(*q, "change" | "repair"))
    {
        Next::SeeChange
    } else {
        Next::StillNeed
    };
    Some(Reflection {
        sentences,
        next,
        offer_safety: no.len() == all,
    })
}

/// "a", "a or b", "a, b, or c".
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [a, b] => format!("{a} or {b}"),
        [rest @ .., last] => format!("{}, or {last}", rest.join(", ")),
    }
}
