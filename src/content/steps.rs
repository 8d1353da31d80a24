//! The words of the apology journey: "Before you begin", the four step pages, and their examples.
//!
//! The article's guidance and its four example sentences are the backbone; the "why this matters"
//! notes cite only published work, named where it is quoted.

use crate::model::{Part, Relationship};

/// A text field's visible label and the hint shown under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub hint: &'static str,
}

/// Everything a step page says about its part of the apology.
#[derive(Debug, PartialEq, Eq)]
pub struct StepText {
    /// The article's guidance for this part in plain words: 1-3 short sentences.
    pub guidance: &'static str,
    /// The article's example sentence for this part, verbatim from the article.
    pub article_example: &'static str,
    /// "Why this matters": 1-3 short paragraphs, naming the research honestly.
    pub why: &'static [&'static str],
    /// Short "try to avoid" tips (2-4), drawn from the article and the non-apology patterns.
    pub avoid: &'static [&'static str],
}

/// The words for one part of the apology.
pub fn step(part: Part) -> &'static StepText {
    match part {
        Part::Acknowledge => &ACKNOWLEDGE,
        Part::Responsibility => &RESPONSIBILITY_STEP,
        Part::Remorse => &REMORSE_STEP,
        Part::Change => &CHANGE,
    }
}

static ACKNOWLEDGE: StepText = StepText {
    guidance: "Name what happened and how it may have made the other person feel. Be specific: when the hurt runs deep, they need to feel seen, heard, and valued.",
    article_example: "I know I hurt you when I... I can see how that made you feel dismissed.",
    why: &[
        "A simple “sorry” without action or emotion can feel like a band-aid on a deeper wound. Naming the moment itself shows the other person you understand what hurt, and that they weren’t imagining it.",
        "In On Apology (2004), Aaron Lazare describes how apologies often fail right here: they stay vague (“whatever I did”), turn passive (“mistakes were made”), or name the wrong thing.",
        "Frantz and Bennigson (2005) found that apologies worked better once the hurt person felt heard. Describing how it felt for them is a big part of that.",
    ],
    avoid: &[
        "Staying vague (“whatever I did”, “anything I said”). Name the actual moment.",
        "Passive words (“mistakes were made”, “things got out of hand”). They hide who did it.",
        "Apologizing for their reaction (“sorry you feel that way”) instead of for what happened.",
        "Correcting how they felt (“you’re too sensitive”). Their feelings are theirs to describe.",
    ],
};

static RESPONSIBILITY_STEP: StepText = StepText {
    guidance: "Own your part, without excuses or deflection. Say plainly what you did, and that it was yours.",
    article_example: "It was wrong of me to speak to you that way. I take full responsibility.",
    why: &[
        "Lewicki, Polin and Lount (2016) tested six parts of an apology with 755 people. Acknowledging responsibility mattered most of all.",
        "Lazare’s On Apology notes that a hurt person often needs to know it wasn’t their fault. A clear “I did this” gives them that; hedged or passive words leave them wondering.",
        "Chapman and Thomas, in The Five Languages of Apology, count “I was wrong” as one of five apology languages. For some people, an apology without it sounds hollow.",
    ],
    avoid: &[
        "Adding a “but”. It cancels everything that came before it.",
        "Reasons that turn into excuses (“I was tired”, “I was stressed”). You can explain later, if they ask.",
        "Passing it back (“you made me”, “what about when you…”).",
        "Half-owning it (“I guess”, “maybe I was”). Say it fully: “I did this.”",
    ],
};

static REMORSE_STEP: StepText = StepText {
    guidance: "Let them know you truly regret the hurt you caused, not just that there was conflict. Keep it about them.",
    article_example: "I feel terrible that I caused you pain. That was never my intention.",
    why: &[
        "“I’m sorry” can fall flat when there’s no feeling behind it. Remorse is where your care shows: for the hurt itself, not for the argument.",
        "Chapman and Thomas count expressing regret among the five languages of apology. For some people, hearing that you are truly sorry is what matters most.",
        "Lazare’s On Apology warns against a “sorry” that offers sympathy without owning anything. Stay with what you caused, so they don’t end up comforting you.",
    ],
    avoid: &[
        "Making it about your own pain (“I’m a terrible person”). They shouldn’t have to look after you.",
        "Regretting the argument instead of the hurt. Say what you’re sorry for causing them.",
        "Leading with your intentions (“I didn’t mean to”). Put the hurt first; intentions can come after.",
        "Saying “sorry” again and again. Once, and meant, is enough.",
    ],
};

static CHANGE: StepText = StepText {
    guidance: "Share how you plan to avoid repeating what happened, in actions they could notice. Then say how you will make it right, or ask them what would help.",
    article_example: "I’m working on slowing down before I speak, especially when I’m frustrated. I want to do better.",
    why: &[
        "Schumann (2019) found that people read an apology as a signal of change. A concrete plan (“when this happens, I will do that”) counts for more than a promise to try.",
        "Lewicki, Polin and Lount (2016) found that an offer of repair mattered second only to taking responsibility. Chapman and Thomas call it restitution: “What can I do to make it right?”",
        "Lazare lists safety from a repeat, and reparation, among what a hurt person needs. Small promises you keep are how trust is rebuilt: with consistency and communication.",
    ],
    avoid: &[
        "“I’ll try” on its own. Say what you will do, and when.",
        "Promises nobody could check (“I’ll be better”). Choose something they could notice.",
        "Asking them to move on or to forgive you. A true apology doesn’t demand forgiveness; it’s theirs to give, in their own time.",
    ],
};

/// At least three further example sentences for `part`, suited to `relationship`.
pub fn examples(part: Part, relationship: Relationship) -> &'static [&'static str] {
    let set = match relationship {
        Relationship::Unspecified | Relationship::Other => &GENERAL,
        Relationship::Partner => &PARTNER,
        Relationship::Friend => &FRIEND,
        Relationship::Family => &FAMILY,
        Relationship::Colleague => &COLLEAGUE,
    };
    match part {
        Part::Acknowledge => set.acknowledge,
        Part::Responsibility => set.responsibility,
        Part::Remorse => set.remorse,
        Part::Change => set.change,
    }
}

/// The further examples for one relationship, one list per part.
struct Examples {
    acknowledge: &'static [&'static str],
    responsibility: &'static [&'static str],
    remorse: &'static [&'static str],
    change: &'static [&'static str],
}

static GENERAL: Examples = Examples {
    acknowledge: &[
        "I know I hurt you when I showed up forty minutes late without even a text. I can see how that left you feeling like your time didn’t matter to me.",
        "When I raised my voice at you on Sunday, I shut the whole conversation down. I can see how small and shaken that made you feel.",
        "I promised I’d come to your graduation, and I didn’t show up. I can see how let down and alone that left you.",
        "I told other people something you trusted me to keep private. I can see how exposed and betrayed you must feel.",
    ],
    responsibility: &[
        "I chose to keep you waiting instead of leaving on time. That was on me and nobody else.",
        "I spoke to you harshly, and it was wrong. There’s no excuse for it.",
        "I made you a promise, and I broke it. That’s mine to own.",
        "I shared what you told me in confidence. That was my choice, and it was wrong.",
    ],
    remorse: &[
        "I’m truly sorry for the hurt I caused you. I hate that you were the one left carrying it.",
        "I regret the way I spoke to you, and I’m sorry for how much it stung.",
        "I feel awful that I let you down on a day that meant so much to you.",
        "I’m deeply sorry I broke your trust. You deserved better from me.",
    ],
    change: &[
        "When I have somewhere to be with you, I will leave fifteen minutes early and text you the moment anything holds me up.",
        "When I feel my voice rising, I will tell you I need a few minutes, step away, and come back to finish talking.",
        "When I make you a promise, I will put it in my calendar that same minute. I’d like to make up for your graduation, too: can I take you to dinner this weekend to celebrate properly?",
        "When anyone asks me about your life, I will tell them it’s yours to share, not mine. I will also go back to the people I told and own what I did.",
    ],
};

static PARTNER: Examples = Examples {
    acknowledge: &[
        "I know I hurt you when I spent our anniversary dinner on my phone. I can see how that made you feel like an afterthought.",
        "When I made that joke about your cooking in front of my parents, I embarrassed you. I can see how hurt and alone you felt at that table.",
        "I forgot to pick you up from the airport last night, and you waited over an hour. I can see how forgotten that made you feel.",
        "I know I hurt you when I brushed off your worries about money as nagging. I can see how unheard that left you.",
    ],
    responsibility: &[
        "I chose my phone over you on a night that was meant for us. That’s on me.",
        "I made a joke at your expense, and it was unkind. I own that completely.",
        "I forgot you, plain and simple. I didn’t set a reminder, and that was my responsibility.",
        "I called your worry nagging, and I was wrong to dismiss you that way.",
    ],
    remorse: &[
        "I’m so sorry I made you feel like you came second. You matter more to me than anything on that screen.",
        "I hate that I embarrassed you in front of my family, and I’m sorry for the hurt it caused you.",
        "I’m truly sorry for leaving you stranded at the airport. I hate that you spent that hour wondering whether I’d forgotten you.",
        "I regret dismissing something that weighs on you so much. I’m sorry for making you feel alone with it.",
    ],
    change: &[
        "When we sit down to eat together, I will leave my phone in the other room. And I’d love to plan our anniversary dinner again, wherever you choose.",
        "When we’re with my family, I will be on your side, not make you the punchline. I will also tell my parents that joke was unkind and that I’ve apologized to you.",
        "When you tell me a time to pick you up, I will set two alarms on my phone while we’re still talking.",
        "When you bring up money, I will put my phone down, listen all the way through, and ask what would help. Can we sit down together on Sunday and go through the budget?",
    ],
};

static FRIEND: Examples = Examples {
    acknowledge: &[
        "I know I hurt you when I canceled on your birthday drinks an hour before. I can see how that made you feel like you weren’t a priority.",
        "I told Sam about your breakup before you were ready to tell anyone. I can see how betrayed and exposed that left you feeling.",
        "When I laughed along while the others teased you, I left you on your own. I can see how humiliated that made you feel.",
        "You lent me money in March, and I still haven’t paid it back or even mentioned it. I can see how awkward and taken for granted that has made you feel.",
    ],
    responsibility: &[
        "I canceled at the last minute, and I did it by text instead of calling you. That was my choice, and it was wrong.",
        "I broke your trust by telling Sam. It was my decision and mine alone.",
        "I laughed along instead of standing up for you. I own that.",
        "I borrowed money from you and let it slide for months. That’s on me.",
    ],
    remorse: &[
        "I’m really sorry I missed your birthday. I know how much you’d been looking forward to having everyone there.",
        "I deeply regret telling Sam. That was your news to share, I took that from you, and I’m sorry.",
        "I’m sorry I laughed. I hate that I added to your hurt instead of being the friend who had your back.",
        "I’m sorry I left you wondering whether to bring up the money. You shouldn’t have had to feel awkward about your own kindness.",
    ],
    change: &[
        "When I have to cancel on you, I will call you myself, as early as I know, and offer another date. For your birthday, can I take you out to dinner this week, my treat?",
        "When you tell me something private, I will keep it between us, even with friends we share. I will also tell Sam it was not mine to tell.",
        "When the group starts teasing you, I will speak up and change the subject instead of laughing.",
        "When I get paid on Friday, I will send you the first half, and the rest by the end of the month.",
    ],
};

static FAMILY: Examples = Examples {
    acknowledge: &[
        "I know I hurt you when I forgot Grandma’s birthday lunch, Mom. I can see how that made you feel like family comes last for me.",
        "I snapped at you in front of the kids when you offered to help. I can see how unwelcome that made you feel in our home.",
        "When I criticized the way you’re raising your kids at dinner, I hurt you. I can see how judged that made you feel.",
        "I haven’t called you in weeks, Dad, even after you asked me to. I can see how lonely and shut out that made you feel.",
    ],
    responsibility: &[
        "I forgot, and I didn’t check the family chat. That’s my fault.",
        "I snapped at you, and you did nothing to deserve it. That was on me.",
        "I criticized your parenting when nobody asked me to. That was out of line, and I own it.",
        "I let weeks go by without calling. I put other things ahead of you, and that’s mine to own.",
    ],
    remorse: &[
        "I’m truly sorry, Mom. I hate that I made you doubt how much this family means to me.",
        "I’m sorry for snapping at you. I feel awful that you went home feeling unwanted after you came to help us.",
        "I regret what I said about your parenting, and I’m sorry for the hurt. You’re a loving parent, and you deserved my support.",
        "I’m sorry I left you waiting for a call that never came. I miss you, and I hate that I made you feel forgotten.",
    ],
    change: &[
        "When a family date is set, I will put it in my calendar with a reminder a week ahead. And I’d love to take Grandma out for lunch this Saturday to celebrate.",
        "When I feel overwhelmed at home, I will tell you I need a minute instead of snapping, then come back and ask how you’d like to help.",
        "When I have a thought about how you raise your kids, I will keep it to myself unless you ask for it.",
        "When Sunday evening comes, I will call you, every week, starting this Sunday.",
    ],
};

static COLLEAGUE: Examples = Examples {
    acknowledge: &[
        "I know I hurt you when I presented the report as my own work in Tuesday’s meeting. I can see how that made you feel invisible and used.",
        "When I missed my deadline on the client deck, you had to stay late to cover for me. I can see how frustrating and unfair that was for you.",
        "I cut you off twice in the planning meeting and talked over your idea. I can see how that made you feel dismissed in front of the team.",
        "I criticized your work in the team chat instead of coming to you directly. I can see how embarrassed that made you feel.",
    ],
    responsibility: &[
        "I took credit for work you did. That was wrong, and it’s on me.",
        "I missed the deadline, and my late work landed on you. That was my responsibility.",
        "I interrupted you and talked over your idea. That was disrespectful, and I own it.",
        "I chose to raise it in front of everyone instead of speaking with you first. That was the wrong call, and it was mine.",
    ],
    remorse: &[
        "I’m sorry for taking the recognition you earned. I regret it, and you deserved to hear your name in that room.",
        "I’m sorry for costing you your evening. I regret putting you in that position.",
        "I’m sorry for talking over you. Your idea deserved a proper hearing, and I regret taking that away from you.",
        "I regret embarrassing you in front of the team, and I’m sorry for the hurt it caused.",
    ],
    change: &[
        "When we present shared work, I will name everyone who contributed. I will also email the team today to make clear the report was yours.",
        "When I can see a deadline slipping, I will tell you at least two days ahead, so nobody has to stay late to cover for me.",
        "When someone is speaking in a meeting, I will let them finish before I say a word. On Thursday, I will ask you to walk the team through your idea.",
        "When I have feedback on your work, I will bring it to you privately first.",
    ],
};

/// Step 1: what happened.
pub const WHAT_HAPPENED: Field = Field {
    label: "What happened",
    hint: "Name it plainly, in your own words, as you would say it to them: “I know I hurt you when I…”",
};

/// Step 1: how it may have made them feel.
pub const FEELINGS: Field = Field {
    label: "How it may have made them feel",
    hint: "How might it have felt from their side? Say it to them: “I can see how that made you feel…”",
};

/// Under step 1's second field, when the answer is a bare feeling ("Embarrassed, and…"): the
/// apology sets it down as a sentence of its own, so say how to make it one.
pub const FEELINGS_SENTENCE_TIP: &str = "Tip: in the apology this follows what happened as a sentence of its own, so it reads best in full: “I can see that made you feel…” Your words stay as you wrote them.";

/// Step 2.
pub const RESPONSIBILITY: Field = Field {
    label: "What you did, and that it was yours",
    hint: "Start with “I” and say what you did. Leave the reasons out for now.",
};

/// Step 3.
pub const REMORSE: Field = Field {
    label: "What you regret",
    hint: "Say it to them, and say sorry: for the hurt you caused, not for the argument.",
};

/// Step 4: one commitment item; the page numbers them ("Commitment 1").
pub const COMMITMENT: Field = Field {
    label: "Commitment",
    hint: "Something you will do, that they could notice, in the shape “When [it happens], I will [do this].” A plan for the moment is easier to keep than a good intention.",
};
/// "If I slip on commitment 2, I will… (optional)".
pub fn if_slip_label(number: usize) -> String {
    format!("If I slip on commitment {number}, I will… (optional)")
}
/// What an empty commitment field shows, as the shape to fill in (the label and hint say it too).
pub const COMMITMENT_PLACEHOLDER: &str = "When …, I will …";
/// Under a written commitment that isn't yet in the if-then shape: a suggestion, never a rewrite.
pub const COMMITMENT_SHAPE_TIP: &str = "Tip: saying when it applies (“When I’m running late, I will…”) makes it easier to keep. Your words stay as you wrote them.";
/// The plan for a slip, under each written commitment (Moving forward shows it after a slip).
/// Its label names the commitment: see `if_slip_label`.
pub const IF_SLIP: Field = Field {
    label: "If I slip, I will…",
    hint: "What you’ll do if it happens again anyway. For example: “own it straight away and say what I’ll do next time.”",
};

/// Step 4: the legend over the list of commitments.
pub const COMMITMENTS_LEGEND: &str = "What you will do differently";

/// Step 4: repair, which ranks second only to responsibility (Lewicki et al. 2016).
pub const REPAIR: Field = Field {
    label: "How you will make it right",
    hint: "What could you do, or offer, to put right what was hurt? You can also ask them.",
};

/// "Before you begin": why the optional prepare step helps.
pub const PREPARE_INTRO: &str = "Optional. A few quiet minutes here make an apology fuller, less defensive, and easier to hear.";

pub const RECIPIENT: Field = Field {
    label: "Who is this apology for?",
    hint: "A first name is enough. Optional.",
};

/// The legend of the relationship radio group.
pub const RELATIONSHIP_LABEL: &str = "Your relationship";

/// The name of each relationship choice.
pub fn relationship_name(r: Relationship) -> &'static str {
    match r {
        Relationship::Unspecified => "Not saying",
        Relationship::Partner => "Partner",
        Relationship::Friend => "Friend",
        Relationship::Family => "Family",
        Relationship::Colleague => "Colleague",
        Relationship::Other => "Someone else",
    }
}

pub const CALM: Field = Field {
    label: "Am I calm enough now?",
    hint: "It’s okay to wait until you’re both calm.",
};

pub const LISTENED: Field = Field {
    label: "Have I listened to how they see it?",
    hint: "What did they say hurt, in their words?",
};

pub const VALUES: Field = Field {
    label: "What do I value in this relationship?",
    hint: "What they mean to you, and what to protect.",
};

/// The link that skips the reflection questions of "Before you begin" (below the name and
/// relationship, which the greeting and the examples use).
pub const SKIP_PREPARE: &str = "Skip the questions and start writing";

/// On a step, once the whole apology has been edited by hand on the review page.
pub const EDITED_ELSEWHERE: &str = "You’ve edited the whole apology by hand on the review page, so what you change here won’t appear in it until you put it together from the parts again there.";
pub const EDITED_ELSEWHERE_LINK: &str = "Go to the review";

/// On "Before you begin": the apologizer's side of the safety note.
pub const PREPARE_SAFETY: &str = "If you’re apologizing because you’re afraid of what happens if you don’t, or you keep being the one who says sorry for harm done to you, better words won’t fix that.";
pub const PREPARE_SAFETY_LINK: &str = "Read the safety note";

pub const WHY_TITLE: &str = "Why this matters";
pub const ARTICLE_EXAMPLE_TITLE: &str = "For example";
/// Shown as the summary of a `<details>`.
pub const MORE_EXAMPLES_TITLE: &str = "More ways to say it";
pub const AVOID_TITLE: &str = "Try to avoid";
pub const BACK: &str = "Back";
pub const CONTINUE: &str = "Continue";
/// Shown instead of "Continue" when the person came from a "Change" link on the review page.
pub const CONTINUE_TO_REVIEW: &str = "Continue to review";
pub const ADD_COMMITMENT: &str = "Add a commitment";
/// The page adds a visually hidden "commitment N" after it.
pub const REMOVE_COMMITMENT: &str = "Remove";
pub const COMMITMENT_REMOVED: &str = "Commitment removed.";
pub const UNDO: &str = "Undo";
/// Shown on the review page for a part with nothing written.
pub const EMPTY_PART_NOTE: &str = "You haven’t written this part yet. You can leave it out, but each part helps the apology land.";

/// The person's own notes from "Before you begin", shown as a quiet card where they help.
pub const OWN_LISTENED_TITLE: &str = "What they told me";
pub const OWN_VALUES_TITLE: &str = "What I value";
/// Under each card: where the words came from.
pub const OWN_NOTES_SOURCE: &str = "Your notes from “Before you begin”";
/// On the review page: the notes folded away, to look at while reading it through.
pub const OWN_NOTES_REVIEW: &str = "Your notes from before you began";

/// The four marks above a step, as a screen reader hears them: "Step 2 of 4, Take responsibility".
pub fn step_progress(caption: &str, title: &str) -> String {
    format!("{caption}, {title}")
}

/// One of the four marks, read after the part's name.
/// `written` is `None` while what is stored is still being read: nothing is said of it yet.
pub fn step_mark(title: &str, current: bool, written: Option<bool>) -> String {
    match (current, written) {
        (true, Some(true)) => format!("{title}: this step, written"),
        (true, _) => format!("{title}: this step"),
        (false, Some(true)) => format!("{title}: written"),
        (false, Some(false)) => format!("{title}: not written yet"),
        (false, None) => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The article's four example sentences, in order, as they appear in the article (without its quotes).
    const ARTICLE_SENTENCES: [&str; 4] = [
        "I know I hurt you when I... I can see how that made you feel dismissed.",
        "It was wrong of me to speak to you that way. I take full responsibility.",
        "I feel terrible that I caused you pain. That was never my intention.",
        "I’m working on slowing down before I speak, especially when I’m frustrated. I want to do better.",
    ];

    /// Lowercased, with typographic apostrophes made plain, so phrase checks see "I’ll" as "i'll".
    fn plain(s: &str) -> String {
        s.replace('’', "'").to_lowercase()
    }

    #[test]
    fn every_part_has_guidance_why_and_avoid() {
        for part in Part::ALL {
            let text = step(part);
            assert!(!text.guidance.trim().is_empty(), "{part:?} has no guidance");
            assert!((1..=3).contains(&text.why.len()), "{part:?} why");
            assert!((2..=4).contains(&text.avoid.len()), "{part:?} avoid");
        }
    }

    #[test]
    fn article_examples_are_the_articles_sentences_in_order() {
        for part in Part::ALL {
            let expected = ARTICLE_SENTENCES[usize::from(part.number()) - 1];
            assert_eq!(step(part).article_example, expected);
        }
    }

    #[test]
    fn every_part_and_relationship_has_at_least_three_distinct_examples() {
        for part in Part::ALL {
            for relationship in Relationship::ALL {
                let list = examples(part, relationship);
                assert!(list.len() >= 3, "{part:?} {relationship:?}");
                for (i, a) in list.iter().enumerate() {
                    assert!(!a.trim().is_empty());
                    assert!(!ARTICLE_SENTENCES.contains(a), "{a}");
                    for b in &list[i + 1..] {
                        assert_ne!(plain(a), plain(b), "{part:?} {relationship:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn examples_avoid_non_apology_wording() {
        const BANNED: [&str; 16] = [
            "sorry if",
            " but ",
            "you made me",
            "i'll try",
            "i will try",
            "however",
            "whatever i did",
            "didn't mean",
            "mistakes were made",
            "sorry you",
            "sorry that",
            "i guess",
            "kind of",
            "sort of",
            "obviously",
            "may have",
        ];
        for part in Part::ALL {
            for relationship in Relationship::ALL {
                for example in examples(part, relationship) {
                    let text = plain(example);
                    for phrase in BANNED {
                        assert!(!text.contains(phrase), "{phrase:?} in {example:?}");
                    }
                    assert!(text.matches("sorry").count() <= 1, "{example:?}");
                }
            }
        }
    }

    #[test]
    fn responsibility_examples_own_an_act_and_change_examples_are_plans() {
        for relationship in Relationship::ALL {
            for example in examples(Part::Responsibility, relationship) {
                assert!(example.starts_with("I "), "{example:?}");
            }
            for example in examples(Part::Change, relationship) {
                let text = plain(example);
                assert!(text.starts_with("when "), "{example:?}");
                assert!(text.contains("i will"), "{example:?}");
            }
        }
    }
}
