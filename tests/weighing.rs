//! Weighing a received apology: every checker note has its question, and the reflection on the
//! person's answers says what they say and points to a next step, whatever they answered.

use mend::content::checker_rules::RULES;
use mend::content::receive::{self, QUESTIONS};
use mend::content::weighing::{self, question_for_rule, reflect, Next, GENERAL, RULE_QUESTIONS};
use mend::model::Answer;

fn answers<'a>(pairs: &'a [(&'a str, Answer)]) -> impl Fn(&str) -> Option<Answer> + 'a {
    move |id| pairs.iter().find(|(q, _)| *q == id).map(|(_, a)| *a)
}

fn all(answer: Answer) -> Vec<(&'static str, Answer)> {
    QUESTIONS.iter().map(|q| (q.id, answer)).collect()
}

#[test]
fn the_six_questions_follow_the_article_with_regret_third() {
    let ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(
        ids,
        ["specific", "owns", "regret", "repair", "change", "room"]
    );
    assert_eq!(
        QUESTIONS[2].question,
        "Does it show real regret for the hurt (not just that there was conflict)?"
    );
}

#[test]
fn every_checker_rule_goes_with_one_question_or_the_general_group() {
    for rule in RULES {
        let listed = RULE_QUESTIONS
            .iter()
            .filter(|(id, _)| *id == rule.id)
            .count();
        assert_eq!(listed, 1, "{} is listed {listed} times", rule.id);
    }
    for (id, question) in RULE_QUESTIONS {
        assert!(RULES.iter().any(|r| r.id == *id), "no rule {id}");
        assert!(
            *question == GENERAL || QUESTIONS.iter().any(|q| q.id == *question),
            "{id} points to no question ({question})"
        );
    }
    assert_eq!(question_for_rule("conditional"), "owns");
    assert_eq!(question_for_rule("but"), "owns");
    assert_eq!(question_for_rule("no-owned-act"), "specific");
    assert_eq!(question_for_rule("conflict-regret"), "regret");
    assert_eq!(question_for_rule("weak-commitment"), "change");
    assert_eq!(question_for_rule("demand-closure"), "room");
    assert_eq!(question_for_rule("no-such-rule"), GENERAL);
}

#[test]
fn no_reflection_until_every_question_has_an_answer() {
    let mut some = all(Answer::Yes);
    some.pop();
    assert_eq!(reflect(answers(&some)), None);
    assert_eq!(reflect(|_| None), None);
}

#[test]
fn all_not_really_says_so_kindly_and_points_to_what_i_still_need_and_safety() {
    let r = reflect(answers(&all(Answer::No))).expect("a reflection");
    assert!(!r.sentences.is_empty());
    assert!(
        r.sentences[0].contains("doesn’t yet do what you need"),
        "{:?}",
        r.sentences
    );
    assert!(r.sentences[0].contains("you don’t have to accept it"));
    assert_eq!(r.next, Next::StillNeed);
    assert!(r.offer_safety);
}

#[test]
fn all_yes_points_to_accepting_when_ready() {
    let r = reflect(answers(&all(Answer::Yes))).unwrap();
    assert!(r.sentences[0].starts_with("By your answers, it does what a real apology does"));
    assert_eq!(r.next, Next::Accept);
    assert!(!r.offer_safety);
}

#[test]
fn names_what_happened_but_not_what_will_change() {
    let mut pairs = all(Answer::Yes);
    pairs.retain(|(q, _)| *q != "change");
    pairs.push(("change", Answer::No));
    let r = reflect(answers(&pairs)).unwrap();
    assert_eq!(
        r.sentences,
        ["It names what happened, owns what they did, shows regret for the hurt, offers to make it right, and leaves you room, but doesn’t yet say what will change."]
    );
    assert_eq!(r.next, Next::SeeChange);
}

#[test]
fn a_mixed_pattern_names_each_kind_of_answer() {
    let pairs = [
        ("specific", Answer::Yes),
        ("owns", Answer::No),
        ("regret", Answer::Partly),
        ("repair", Answer::NotSure),
        ("change", Answer::No),
        ("room", Answer::Yes),
    ];
    let r = reflect(answers(&pairs)).unwrap();
    assert_eq!(
        r.sentences,
        [
            "It names what happened and leaves you room, but doesn’t yet own what they did or say what will change.",
            "In part, it shows regret for the hurt.",
            "You’re not sure yet whether it offers to make it right.",
        ]
    );
    assert_eq!(r.next, Next::StillNeed);
    assert!(!r.offer_safety);
}

#[test]
fn only_uncertainty_points_to_taking_time() {
    let r = reflect(answers(&all(Answer::NotSure))).unwrap();
    assert_eq!(r.next, Next::Time);
    let mut pairs = all(Answer::Yes);
    pairs[3].1 = Answer::NotSure;
    let r = reflect(answers(&pairs)).unwrap();
    assert_eq!(r.next, Next::Time);
    assert_eq!(
        r.sentences[1],
        "You’re not sure yet whether it offers to make it right."
    );
}

#[test]
fn every_next_step_has_words_and_a_link() {
    for next in [Next::Accept, Next::StillNeed, Next::SeeChange, Next::Time] {
        let (sentence, link) = next.words();
        assert!(sentence.ends_with('.') && !link.is_empty());
    }
    assert!(!weighing::REFLECTION_TITLE.is_empty());
}

#[test]
fn ticked_needs_finish_the_still_need_sentence_once() {
    let suggested = receive::SCRIPTS
        .iter()
        .find(|s| s.id == receive::STILL_NEED_ID)
        .unwrap()
        .text;
    let heard = receive::need_phrase("heard").unwrap();
    let time = receive::need_phrase("time").unwrap();
    let safety = receive::need_phrase("safety").unwrap();
    let once = receive::with_needs(suggested, &[heard, time]).unwrap();
    assert_eq!(
        once,
        "Thank you for your apology. Before I can put this behind me, I still need to know you understand what it was like for me and some time before I decide anything."
    );
    // Pressed again, nothing new is added; a need ticked later joins as its own sentence.
    assert_eq!(receive::with_needs(&once, &[heard, time]), None);
    let more = receive::with_needs(&once, &[heard, time, safety]).unwrap();
    assert!(
        more.ends_with("I also need to feel safe that it won’t happen again."),
        "{more}"
    );
    assert_eq!(
        receive::with_needs("", &[safety]).unwrap(),
        "I still need to feel safe that it won’t happen again."
    );
    assert_eq!(receive::with_needs("Thanks", &[]), None);
    for need in receive::NEEDS {
        assert!(!need.phrase.contains(','), "{} would blur a list", need.id);
    }
}
