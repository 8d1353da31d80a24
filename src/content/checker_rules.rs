//! The checker's rule catalogue: each non-apology pattern from apology-research.md, with the
//! words we show about it.
//!
//! Only people-facing text lives here; the triggers are in `checker/patterns.rs` and
//! `checker/heuristics.rs`. Tone: kind, second person, plain, short; a nudge, never a verdict.

/// One rule of the checker, with everything the UI shows about it. Rules are compared by id.
#[derive(Debug)]
pub struct Rule {
    /// Stable identifier, e.g. `"conditional"`.
    pub id: &'static str,
    /// A short title for the note.
    pub title: &'static str,
    /// Why this wording can hurt, for the person writing the apology.
    pub why: &'static str,
    /// A gentler way to say it.
    pub instead: &'static str,
    /// What this wording may mean, in plain terms, for someone who received it.
    pub receiver_note: &'static str,
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        std::ptr::eq(self, other) || self.id == other.id
    }
}

impl Eq for Rule {}

impl std::hash::Hash for Rule {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

/// Looks up a rule by its id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Every rule, in the order of the research catalogue.
pub static RULES: &[Rule] = &[
    Rule {
        id: "conditional",
        title: "Sorry “if”…",
        why: "An “if”, or “anyone who was hurt”, makes it sound as though the hurt might not have happened. They know it did.",
        instead: "Name it plainly: “I’m sorry I hurt you when I…”",
        receiver_note: "An “if” can mean they aren’t sure they hurt you, or aren’t ready to say so. You know what you felt.",
    },
    Rule {
        id: "their-feelings",
        title: "Sorry for their feelings",
        why: "Apologizing for how they feel points at their reaction, not at what you did.",
        instead: "Own the act: “I’m sorry I [what you did]. I can see it left you feeling…”",
        receiver_note: "This apologizes for your feelings rather than for what they did. It’s fair to want the act itself named.",
    },
    Rule {
        id: "but",
        title: "A “but” that takes it back",
        why: "Whatever follows “but” tends to cancel what came before it, so the apology gets lost.",
        instead: "End the apology with a full stop. If context matters, share it another time, or use “and”.",
        receiver_note: "What comes after “but” is often what they most want to say. Notice whether the apology survives it.",
    },
    Rule {
        id: "passive",
        title: "Who did it?",
        why: "Wording like “mistakes were made” leaves out the person who made them.",
        instead: "Put yourself in the sentence: “I made a mistake when I…”",
        receiver_note: "The wording leaves out who did it. It’s fair to wonder whether they see it as their doing.",
    },
    Rule {
        id: "vague",
        title: "Name what happened",
        why: "A blanket apology can sound as though you don’t know, or won’t say, what hurt them.",
        instead: "Name the moment: “I’m sorry I interrupted you at dinner with your parents.”",
        receiver_note: "A general “sorry for everything” may mean they haven’t understood what hurt you. You can ask them to name it.",
    },
    Rule {
        id: "minimizing",
        title: "Making it smaller",
        why: "Words like “just” or “a little” shrink the hurt below what it felt like to them.",
        instead: "Describe what you did at its real size, without softeners.",
        receiver_note: "Softening words can make your hurt sound smaller than it was. Your sense of how much it hurt counts.",
    },
    Rule {
        id: "intent",
        title: "Intent before impact",
        why: "What you meant matters less to them right now than what it did. Leading with it can sound like a defense.",
        instead: "Start with the impact: “I hurt you.” If you mention your intent, do it after you’ve owned the act.",
        receiver_note: "Hearing what they meant can help, but it doesn’t undo what happened. You can ask for the impact to be named first.",
    },
    Rule {
        id: "blame-shift",
        title: "Putting it back on them",
        why: "Saying they caused your behavior moves the responsibility onto the person you hurt.",
        instead: "Keep it about your choice: “I chose to raise my voice. That was on me.”",
        receiver_note: "This puts their behavior on you. What they did was their choice, not your fault.",
    },
    Rule {
        id: "attack-reaction",
        title: "Judging their reaction",
        why: "Calling their reaction too much tells them their feelings are the problem.",
        instead: "Accept their reaction as real: “I can see why that upset you.”",
        receiver_note: "This questions your reaction instead of their action. Your feelings are not what’s on trial.",
    },
    Rule {
        id: "self-pity",
        title: "Turning to your own pain",
        why: "When the apology is about how bad you feel, they may end up comforting you.",
        instead: "Keep the focus on them for now. Your feelings matter too; they can have their own conversation.",
        receiver_note: "If you find yourself comforting them, the apology has turned toward their pain. You don’t have to look after them right now.",
    },
    Rule {
        id: "excuse",
        title: "Explaining it away",
        why: "Reasons can sound like excuses, even when they’re true. They land better once the other person feels heard.",
        instead: "Own the act first. Offer context later, briefly, and only if they want it.",
        receiver_note: "Reasons can be real and still work as an excuse. You can listen to them and still hold them responsible.",
    },
    Rule {
        id: "demand-closure",
        title: "Rushing to move on",
        why: "Pressing to be done puts your comfort ahead of their healing. Forgiveness takes the time it takes.",
        instead: "Leave the door open: “Take whatever time you need. I’m here when you’re ready.”",
        receiver_note: "You don’t owe forgiveness on their schedule. Taking your time is fine.",
    },
    Rule {
        id: "counter-accusation",
        title: "Keeping score",
        why: "Bringing up what they did turns the apology into a trade.",
        instead: "Keep this apology about your part. Their part can be its own conversation, another day.",
        receiver_note: "Raising what you did, inside their apology, makes it a trade. You can ask to talk about one thing at a time.",
    },
    Rule {
        id: "regret-not-sorry",
        title: "Regret without “sorry”",
        why: "Calling something regrettable or unfortunate describes it without actually apologizing.",
        instead: "Say the words yourself: “I’m sorry I…”",
        receiver_note: "Notice whether “I’m sorry” ever appears. Regretting a situation is not the same as apologizing to you.",
    },
    Rule {
        id: "corporate",
        title: "Sounds like a press release",
        why: "Formal, hedged wording like “any inconvenience” can feel distant, as if written for a stranger.",
        instead: "Speak as yourself, to them: “I’m sorry I kept you waiting.”",
        receiver_note: "Stiff, formal wording can be a way of keeping distance. You can ask them to say it plainly.",
    },
    Rule {
        id: "identity",
        title: "Protecting your image",
        why: "Saying who you really are turns attention to your reputation, away from what they went through.",
        instead: "Let what you do next speak for you. For now, name what you did.",
        receiver_note: "This asks you to think well of them. Whether they’re a good person isn’t the question right now.",
    },
    Rule {
        id: "hedging",
        title: "Half-owning it",
        why: "Words like “I guess” or “kind of” make the ownership sound unsure.",
        instead: "Say it fully: “I was unkind,” not “I guess I was kind of unkind.”",
        receiver_note: "Hedges can mean they’re only partly convinced they did something wrong. You can ask what they really think.",
    },
    Rule {
        id: "weak-commitment",
        title: "A promise with nothing to check",
        why: "“I’ll try” or “It won’t happen again” is hard to trust, because neither of you can tell what will be different.",
        instead: "Name a concrete step: “When I notice I’m getting loud, I’ll pause and step outside for ten minutes.”",
        receiver_note: "A promise with no concrete step gives you nothing to watch for. It’s fair to ask what they will actually do differently.",
    },
    Rule {
        id: "sarcastic",
        title: "Sarcasm",
        why: "A sarcastic sorry says the opposite of sorry, and usually makes things worse.",
        instead: "Wait until you can mean it. A sincere apology later is worth more than a sharp one now.",
        receiver_note: "A sarcastic apology isn’t an apology. You don’t have to accept it.",
    },
    Rule {
        id: "fatalism",
        title: "As if it couldn’t be helped",
        why: "“Everyone makes mistakes” or “that’s just how I am” spreads your responsibility thin and leaves nothing to change.",
        instead: "Speak only for yourself: “I made a mistake, and I’m sorry.”",
        receiver_note: "A general truth about people, or “that’s just how I am”, can be a way to avoid owning a specific act.",
    },
    Rule {
        id: "insult",
        title: "A jab inside the apology",
        why: "Wording like “no offense, but” or “sorry you’re so confused” carries an attack inside the apology.",
        instead: "Leave the jab out and say what you’re sorry for.",
        receiver_note: "This is an insult wearing an apology’s clothes. It’s okay to name it for what it is.",
    },
    Rule {
        id: "sympathy-only",
        title: "Sympathy instead of ownership",
        why: "“Sorry that happened” sounds like a kind bystander. It doesn’t say you did anything.",
        instead: "Connect it to your act: “I’m sorry I did that.”",
        receiver_note: "Sympathy is kind, but it isn’t taking responsibility. Notice whether they say what they did.",
    },
    Rule {
        id: "obviously",
        title: "“Obviously”",
        why: "If it were obvious, there’d be no need to say it. It can sound as though they should have known.",
        instead: "Leave it out; the sentence is stronger without it.",
        receiver_note: "“Obviously” can suggest you should have known or understood. You’re allowed to need things said.",
    },
    Rule {
        id: "misunderstanding",
        title: "Blaming a misunderstanding",
        why: "Calling it a misunderstanding suggests the problem was how they understood you.",
        instead: "Own your side of it: “I wasn’t clear, and that hurt you.”",
        receiver_note: "This suggests the problem was how you understood them. If you understood just fine, you can say so.",
    },
    Rule {
        id: "over-apologizing",
        title: "Sorry, sorry, sorry",
        why: "Many sorrys in a row can turn the moment toward your distress. One clear sorry is enough.",
        instead: "Say it once, clearly, then name what you did.",
        receiver_note: "A flood of sorrys can leave you reassuring them. One clear apology is what you’re owed.",
    },
    Rule {
        id: "no-owned-act",
        title: "What did you do?",
        why: "This doesn’t yet say, in your words, what you did. Taking responsibility starts there.",
        instead: "Start with “I” and an action: “I raised my voice and called your idea stupid.”",
        receiver_note: "The apology never says what they did. It’s fair to ask them to name it.",
    },
    Rule {
        id: "no-remorse",
        title: "How do you feel about it?",
        why: "This doesn’t yet say how you feel about the hurt you caused. Remorse is where they can hear that you care.",
        instead: "Name the feeling and the hurt together: “I feel terrible that I caused you pain.”",
        receiver_note: "The apology never says how they feel about hurting you. It’s fair to want to hear that it matters to them.",
    },
    Rule {
        id: "conflict-regret",
        title: "Sorry for the fight, not the hurt",
        why: "Regretting the argument or the tension is not the same as regretting what you did in it. They need to hear you name the hurt.",
        instead: "Name your part and its hurt: “I’m sorry I shouted at you during our argument. I scared you.”",
        receiver_note: "This regrets that there was conflict, not what they did in it. It’s fair to want your hurt, and their part, named.",
    },
    Rule {
        id: "blame-back",
        title: "A reason that points at them",
        why: "When the reason you give for what you did is something they did, the responsibility goes back to them.",
        instead: "Keep the reason about you, or leave it out: “I forgot because I didn’t write it down.”",
        receiver_note: "The explanation makes you the cause of what they did. What they did was still their choice.",
    },
    Rule {
        id: "excuse-as-fact",
        title: "Circumstances in place of you",
        why: "Traffic, work or a dead phone, set down as plain facts, can stand in for owning what you did, even with no “because”.",
        instead: "Say what you did, then own it: “I was late. I should have left earlier; that’s on me.”",
        receiver_note: "Circumstances can be real and still be offered instead of responsibility. Notice whether they own what they did.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_every_text_is_filled_in() {
        let mut seen = HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate id {}", r.id);
            for text in [r.title, r.why, r.instead, r.receiver_note] {
                assert!(!text.trim().is_empty(), "{} has an empty text", r.id);
                assert!(text.len() < 200, "{} has a long text: {text}", r.id);
            }
        }
        assert_eq!(RULES.len(), 30);
    }

    #[test]
    fn lookup_by_id() {
        assert_eq!(rule("conditional").map(|r| r.id), Some("conditional"));
        assert!(rule("nope").is_none());
    }
}
