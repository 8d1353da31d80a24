//! The words of the receiver's guide (`/receive` and below) and of the safety note.
//!
//! Built from the article's "For the Person Receiving the Apology" and published research on
//! receiving an apology: Lazare's needs, Gottman's "say what you still need", Risen and
//! Gilovich on accepting too quickly, Sande's four promises, Walker and Freyd on safety.

use crate::content::steps::Field;
use crate::model::{Answer, BoundaryDraft};

pub const BACK: &str = "Back";
pub const CONTINUE: &str = "Continue";
/// The link to the safety note, on every page of the guide.
pub const SAFETY_LINK: &str = "If an apology doesn’t feel safe";

// Step 1: it's okay to need time.

/// The article's words for the person receiving, quoted.
pub const ARTICLE_LEAD: &str = "It’s okay to need time to heal. A true apology doesn’t demand immediate forgiveness—it invites a process of repair.";
pub const TIME_TITLE: &str = "It’s okay to need time";
pub const TIME_POINTS: &[&str] = &[
    "You don’t have to answer now. “Thank you. I need some time to think about this” is a complete answer.",
    "Forgiveness isn’t owed. It’s yours to give, if and when you’re ready.",
    "If you do talk it through, choose a time when you’re both calm.",
];
pub const TIME_WHY_TITLE: &str = "Why taking your time helps";
pub const TIME_WHY: &[&str] = &[
    "Risen and Gilovich (2007) found that people who receive an apology usually accept it, and aren’t good at telling whether it was sincere. Saying yes on the spot is a habit, not a duty.",
    "The Gottman Institute suggests talking about a hurtful moment only when you’re both calm, and accepting that you may each remember it differently. Both of your experiences are real.",
];
pub const GUIDE_TITLE: &str = "The guide, step by step";
pub const GUIDE_INTRO: &str =
    "Go through it in order, or open any step. What you write is saved on this device.";

// Step 2: what do I need?

pub const NEEDS_INTRO: &str =
    "What would help you feel okay again? Tick anything that fits. This is just for you.";
pub const NEEDS_LEGEND: &str = "What I need";
pub const NEEDS_HINT: &str = "Tick as many as you like, or none.";

/// One need of the self-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    /// Stable: stored in the person's notes.
    pub id: &'static str,
    pub label: &'static str,
    /// The need as it reads after "I still need" in a reply: "to feel respected by you again".
    pub phrase: &'static str,
}

/// Lazare's needs of a hurt person, and the article's time, in plain words.
pub const NEEDS: &[Need] = &[
    Need {
        id: "heard",
        label: "To be heard: to know they understand what it was like for me",
        phrase: "to know you understand what it was like for me",
    },
    Need {
        id: "not-my-fault",
        label: "To know it wasn’t my fault",
        phrase: "to hear that it wasn’t my fault",
    },
    Need {
        id: "dignity",
        label: "To feel respected again",
        phrase: "to feel respected by you again",
    },
    Need {
        id: "safety",
        label: "To feel safe that it won’t happen again",
        phrase: "to feel safe that it won’t happen again",
    },
    Need {
        id: "repair",
        label: "For them to make it right, where they can",
        phrase: "you to make it right where you can",
    },
    Need {
        id: "change",
        label: "To see change, not just hear about it",
        phrase: "to see things actually change",
    },
    Need {
        id: "shared-values",
        label: "To know we still care about the same things",
        phrase: "to know we still care about the same things",
    },
    Need {
        id: "time",
        label: "Time, before I decide anything",
        phrase: "some time before I decide anything",
    },
];

pub fn need_phrase(id: &str) -> Option<&'static str> {
    NEEDS.iter().find(|n| n.id == id).map(|n| n.phrase)
}

pub fn need_label(id: &str) -> Option<&'static str> {
    NEEDS.iter().find(|n| n.id == id).map(|n| n.label)
}

pub const NOTES: Field = Field {
    label: "Anything else, in your own words",
    hint: "What you feel, what you need, what you want to say. It stays on this device.",
};
pub const NEEDS_WHY_TITLE: &str = "Where these come from";
pub const NEEDS_WHY: &[&str] = &[
    "In On Apology (2004), Aaron Lazare describes what a hurt person often needs: to be heard, to have their dignity restored, to know it wasn’t their fault, to feel safe from a repeat, to see the harm repaired, and to know the two of you still share the same values.",
    "Knowing which matter most to you makes it easier to say what you still need.",
];

// Step 3: weighing the apology.

pub const WEIGH_INTRO: &str = "A real apology usually does a few things. These questions can help you notice how this one landed with you. There are no right answers, and being unsure is fine.";
pub const RECEIVED: Field = Field {
    label: "The apology you received (optional)",
    hint: "Paste or type it here to look at it closely. It stays on this device.",
};
pub const QUESTIONS_TITLE: &str = "The questions that matter";

/// One weighing question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Stable: stored with the person's answer.
    pub id: &'static str,
    pub question: &'static str,
    pub hint: &'static str,
}

pub const QUESTIONS: &[Question] = &[
    Question {
        id: "specific",
        question: "Is it specific?",
        hint: "Does it name what happened and how it affected you, rather than “whatever I did”?",
    },
    Question {
        id: "owns",
        question: "Does it own it, without “if” or “but”?",
        hint: "“I did this”, not “sorry if you were hurt” or “sorry, but…”.",
    },
    Question {
        id: "regret",
        question: "Does it show real regret for the hurt (not just that there was conflict)?",
        hint: "“I feel terrible that I hurt you”, not only “I’m sorry we argued”.",
    },
    Question {
        id: "repair",
        question: "Does it offer repair?",
        hint: "Do they offer, or ask, how to make it right?",
    },
    Question {
        id: "change",
        question: "Does it say what will change?",
        hint: "Something concrete you could notice, not only “I’ll try”.",
    },
    Question {
        id: "room",
        question: "Does it leave you room?",
        hint: "Does it let you take your time, rather than asking you to forgive or move on now?",
    },
];

pub fn answer_label(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "Yes",
        Answer::Partly => "Partly",
        Answer::No => "Not really",
        Answer::NotSure => "Not sure",
    }
}

/// Under a weighing question once it has an answer: back to no answer.
pub const CLEAR_ANSWER: &str = "Clear answer";
pub const AFTER_QUESTIONS: &str = "However you answered, what you feel counts. If something is missing, you can say what you still need in the next step.";
pub const CHECKER_TITLE: &str = "What Mend notices in the wording";
pub const CHECKER_INTRO: &str = "Some wording can take the heart out of an apology. These notes are only pointers: you know what happened, and how it felt.";
/// When the checker's worker could not start.
pub const CHECKER_UNAVAILABLE: &str = "Mend’s notes on the wording aren’t available right now. The questions below work without them; reloading the page may bring the notes back.";
/// While the checker reads an apology for the first time (its worker may still be starting).
pub const CHECKER_READING: &str = "Reading the wording…";
pub const CHECKER_EMPTY: &str =
    "Paste the apology above, and Mend will point out wording worth a second look.";
pub const CHECKER_NONE: &str = "Mend didn’t notice any of the usual non-apology wording. That doesn’t decide anything for you: how it felt to you matters most.";
/// Before a note about the apology as a whole rather than some of its words.
pub const CHECKER_WHOLE: &str = "About the whole apology";

// Step 4: responding.

pub const RESPOND_INTRO: &str = "There’s no one right answer. Pick the words closest to what you feel, change them as you like, and copy them when you’re ready. You don’t have to send anything.";
pub const RESPOND_GOTTMAN: &str =
    "The Gottman Institute suggests: if you accept the apology, say so; if not, say what you still need.";

/// One response script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Script {
    /// Stable: the person's own wording is stored under it.
    pub id: &'static str,
    pub title: &'static str,
    /// When these words fit.
    pub when: &'static str,
    pub text: &'static str,
}

pub const STILL_NEED_ID: &str = "still-need";
/// Choosing which script a reply link carries.
pub const REPLY_WHICH: &str = "Which words to send";

pub const SCRIPTS: &[Script] = &[
    Script {
        id: "accept",
        title: "To accept it",
        when: "When it feels real, and you’re ready.",
        text: "Thank you. I accept your apology.",
    },
    Script {
        id: "still-hurt",
        title: "To appreciate it, and still be hurt",
        when: "When you can tell they mean it, and it still hurts.",
        text: "Thank you for saying that. I can tell you mean it, and it helps. I’m still hurting, and I need a little time to feel okay again.",
    },
    Script {
        id: "need-time",
        title: "To ask for time",
        when: "When you don’t know yet what you feel.",
        text: "Thank you for apologizing. I’m not ready to answer yet. I need some time, and I’ll come back to you when I am.",
    },
    Script {
        id: "see-change",
        title: "To ask to see change",
        when: "When words aren’t enough on their own.",
        text: "I appreciate your apology. What will help me most is seeing things change over the coming weeks. I want to trust this, and I need to see it.",
    },
    Script {
        id: STILL_NEED_ID,
        title: "To say what you still need",
        when: "When something is missing. Finish the last sentence in your own words.",
        text: "Thank you for your apology. Before I can put this behind me, I still need",
    },
];

/// Under "To say what you still need", when the person ticked needs in step 2.
pub const YOUR_NEEDS: &str = "What you ticked in step 2:";
/// One tap puts the needs ticked in step 2 into "what I still need".
pub const ADD_NEEDS: &str = "Put these into my words";
pub const NEEDS_ADDED: &str = "Added to your words. Change anything that doesn’t sound like you.";
pub const NEEDS_ALREADY_IN: &str = "Your words already say all of these.";

/// `current` with each of `phrases` it doesn't already hold said after "I still need": the
/// suggested words end with "I still need", so the list finishes that sentence; words the person
/// rewrote get a sentence of their own. `None` when there is nothing new to add.
pub fn with_needs(current: &str, phrases: &[&str]) -> Option<String> {
    let fresh: Vec<&str> = phrases
        .iter()
        .copied()
        .filter(|p| !current.contains(p))
        .collect();
    if fresh.is_empty() {
        return None;
    }
    let list = join_and(&fresh);
    let open = current
        .trim_end()
        .trim_end_matches(['…', ':', ','])
        .trim_end();
    let lower = open.to_ascii_lowercase();
    Some(if open.is_empty() {
        format!("I still need {list}.")
    } else if lower.ends_with("still need") || lower.ends_with("i need") {
        format!("{open} {list}.")
    } else {
        format!("{} I also need {list}.", super::with_full_stop(open))
    })
}

/// "a", "a and b", "a, b, and c".
pub fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}
pub const COPY: &str = "Copy";
pub const RESET: &str = "Use the suggested words";
/// Visually hidden after "Copy" and "Use the suggested words", naming the script:
/// "Copy (to accept it)".
pub fn script_suffix(script: &Script) -> String {
    format!(" ({})", script.title.to_ascii_lowercase())
}
pub const COPIED: &str = "Copied to the clipboard.";
/// Copy pressed on a script whose words were all deleted.
pub const NOTHING_TO_COPY: &str = "Nothing to copy: the words are empty.";
pub const COPY_FAILED: &str = "Could not copy. Select the text and copy it by hand.";
pub const RESET_DONE: &str = "Back to the suggested words.";
pub const UNDO: &str = "Undo";

// Step 5: boundaries.

/// The article's tip, quoted.
pub const BOUNDARIES_LEAD: &str =
    "Set healthy boundaries if needed, but allow the other person a chance to grow.";
pub const BOUNDARIES_INTRO: &str = "A boundary says what you’ll do to look after yourself. It isn’t a punishment or a threat: it’s about your own actions, not about controlling theirs. Written down, it’s easier to say calmly, and easier for you both to remember.";
pub const BUILDER_LEGEND: &str = "Write a boundary";
pub const BUILDER_HINT: &str = "Fill in the blanks you need. You can leave any of them empty.";
pub const WILLING: Field = Field {
    label: "I’m willing to…",
    hint: "For example: “keep talking about this”, or “give this another try”.",
};
pub const NEED: Field = Field {
    label: "…and I need…",
    hint: "For example: “you to tell me when you’re running late”.",
};
pub const IF_AGAIN: Field = Field {
    label: "If this happens again…",
    hint: "Name it in a few words. For example: “shouting”, or “being left to wait without a message”.",
};
pub const THEN: Field = Field {
    label: "…I will…",
    hint: "What you will do. That part is yours to decide. For example: “leave the room and come back to it later”.",
};
pub const PREVIEW_TITLE: &str = "How it reads";
pub const PREVIEW_EMPTY: &str = "Fill in any of the blanks to see your boundary here.";
pub const SAVE_BOUNDARY: &str = "Save this boundary";
/// Said when a boundary is saved: writing one down is worth a warm word, not a bare status.
pub const BOUNDARY_SAVED: &str =
    "Saved to your boundaries. Knowing what you need, and saying it, is a way of looking after yourself.";
/// "Save" pressed with every blank still empty.
pub const BOUNDARY_EMPTY: &str = "Nothing to save yet: fill in at least one blank first.";
pub const BOUNDARIES_TITLE: &str = "Your boundaries";
pub const BOUNDARIES_EMPTY: &str = "None saved yet.";
pub const BOUNDARIES_FORWARD: &str =
    "Your boundaries also appear under “Moving forward together”, where you can add more.";
pub const REMOVE: &str = "Remove";
pub const BOUNDARY_REMOVED: &str = "Boundary removed.";

/// "Saved 27 Nov 2026".
pub fn saved_on(date: &str) -> String {
    format!("Saved {date}")
}

/// "boundary 2", visually hidden after "Remove".
pub fn boundary_suffix(number: usize) -> String {
    format!(" boundary {number}")
}

/// The boundary template put together from whatever blanks are filled:
/// "I’m willing to …, and I need …. If … happens again, I will …."
///
/// People often type the start of a blank's label again ("I’m willing to…", "I will…"), or
/// write "If this happens again" as a whole clause ("you read my messages"); both still read
/// as one sentence they could say.
pub fn boundary_sentence(draft: &BoundaryDraft) -> String {
    let clean = |s: &str, leads: &[&str]| {
        let s = s.trim().trim_start_matches(['…', '.']).trim_start();
        without_lead(s, leads)
            .trim_end_matches(['.', '!', ',', ';', ':', '…'])
            .trim()
            .to_owned()
    };
    let willing = clean(
        &draft.willing,
        &["i’m willing to", "i am willing to", "willing to"],
    );
    let need = clean(&draft.need, &["and i need", "i need"]);
    let if_again = clean(&draft.if_again, &["if"]);
    // The sentence says "again" itself: one typed at the end would be said twice.
    let if_again = strip_trailing_word(&if_again, "again").to_owned();
    let then = clean(
        &draft.then,
        &["then i will", "then i’ll", "i will", "i’ll", "then"],
    );
    let first = match (willing.is_empty(), need.is_empty()) {
        (false, false) => format!("I’m willing to {willing}, and I need {need}."),
        (false, true) => format!("I’m willing to {willing}."),
        (true, false) => format!("I need {need}."),
        (true, true) => String::new(),
    };
    let clause = starts_with_a_subject(&if_again);
    let second = match (if_again.is_empty(), then.is_empty()) {
        (false, false) if clause => format!("If {if_again} again, I will {then}."),
        (false, false) => format!("If {if_again} happens again, I will {then}."),
        (false, true) if clause => format!("I don’t want this to happen again: {if_again}."),
        (false, true) => format!("I don’t want {if_again} to happen again."),
        (true, false) => format!("If it happens again, I will {then}."),
        (true, true) => String::new(),
    };
    [first, second]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` without the first of `leads` it starts with (a whole-word match, ignoring ASCII case
/// and the kind of apostrophe).
fn without_lead<'a>(text: &'a str, leads: &[&str]) -> &'a str {
    let same = |a: char, b: char| {
        a.eq_ignore_ascii_case(&b) || (matches!(a, '\'' | '’') && matches!(b, '\'' | '’'))
    };
    for lead in leads {
        let mut chars = text.char_indices();
        let mut end = Some(0);
        for l in lead.chars() {
            end = match chars.next() {
                Some((at, c)) if same(c, l) => Some(at + c.len_utf8()),
                _ => None,
            };
            if end.is_none() {
                break;
            }
        }
        let Some(end) = end else { continue };
        let tail = &text[end..];
        if tail.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
            return tail.trim_start_matches([',', ':', '…']).trim_start();
        }
    }
    text
}

/// Whether the words read as a clause with its own subject ("you read my messages"), rather
/// than a name for what happened ("shouting").
/// `text` without `word` as its last word (ignoring ASCII case), trimmed.
fn strip_trailing_word<'a>(text: &'a str, word: &str) -> &'a str {
    match text.rsplit_once(char::is_whitespace) {
        Some((rest, last)) if last.eq_ignore_ascii_case(word) => rest.trim_end(),
        _ => text,
    }
}

fn starts_with_a_subject(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let first = first.to_ascii_lowercase().replace('’', "'");
    matches!(
        first.as_str(),
        "you"
            | "you're"
            | "he"
            | "he's"
            | "she"
            | "she's"
            | "they"
            | "they're"
            | "we"
            | "i"
            | "i'm"
            | "it"
            | "it's"
            | "someone"
            | "somebody"
            | "anyone"
            | "anybody"
    )
}

// Step 6: grace, courage and forgiveness.

/// The article's words, quoted.
pub const GRACE_LEAD: &str = "Allow space for honesty, but also openness. If the effort is genuine, try to receive it with grace and courage.";
pub const GRACE_TITLE: &str = "Receiving genuine effort";
pub const GRACE: &[&str] = &[
    "Grace means letting a real effort count, even when the words aren’t perfect. Courage means staying open to someone who hurt you, while still looking after yourself.",
    "You can do both and still take your time. As the article puts it: “The goal isn’t perfection—it’s progress.”",
];
pub const PROCESS_TITLE: &str = "Forgiveness is a process";
pub const PROCESS: &str = "Forgiveness is a process, not a debt. It may come slowly, in pieces, or not at all, and that’s yours to decide.";
pub const NOT_TITLE: &str = "Forgiving is not:";
pub const NOT: &[&str] = &[
    "Forgetting. You can forgive and still remember what happened.",
    "Condoning. Forgiving doesn’t say that what they did was okay.",
    "Reconciling. You can forgive someone and still decide not to be close to them. Being close again needs trust, and trust is rebuilt over time.",
];
pub const PROMISES_TITLE: &str = "If you do forgive";
pub const PROMISES_INTRO: &str = "Ken Sande describes forgiving as making four promises:";
pub const PROMISES: &[&str] = &[
    "I won’t dwell on what happened.",
    "I won’t bring it up and use it against you.",
    "I won’t talk to others about it.",
    "I won’t let it stand between us.",
];
pub const PROMISES_AFTER: &str = "They are promises to make when you’re ready, not before. Not telling others means not gossiping about it: it never stops you getting support from someone you trust.";
pub const CLOSING_QUESTION: &str = "When you’re both ready, a question to talk through together: what do you need to put this behind you?";
pub const CONTINUE_FORWARD: &str = "Continue to moving forward together";

// The safety note.

pub const SAFETY_LEAD: &str = "Most of Mend is about repair between two people who both want it. It isn’t meant for a relationship where you keep getting hurt, or where you feel afraid.";
pub const SIGNS_TITLE: &str = "When it’s not about the words";
pub const SIGNS: &[&str] = &[
    "The same harm keeps happening, followed each time by intense apologies and promises.",
    "Apologies turn into attacks on you, twist what happened, or end with you being the one who apologizes.",
    "You feel afraid of them, or they make threats.",
];
pub const SIGNS_PLAIN: &str = "If this sounds familiar, it is not a communication problem, and better wording won’t fix it. It is not your fault. You don’t have to accept an apology, or forgive, to keep yourself safe.";
/// For someone who came to write an apology.
pub const SIGNS_APOLOGIZER: &str = "The same is true if you came to write an apology because you’re afraid of what happens if you don’t: saying sorry the right way is not what will keep you safe, and you don’t owe an apology for harm done to you.";
pub const HELP_TITLE: &str = "What you can do";
pub const HELP: &[&str] = &[
    "If you are in danger right now, call your local emergency number.",
    "Talk to someone you trust: a friend, a family member, or a doctor.",
    "Contact a local support service for people facing abuse. They listen in confidence and can help you think through what to do next.",
];
/// How to find the numbers, true wherever the person is: no number is named.
pub const FIND_TITLE: &str = "Finding the right number where you are";
pub const FIND: &[&str] = &[
    "Your local emergency number: on most phones, the lock screen has an “Emergency” or “Emergency SOS” button that calls it without unlocking the phone. You can also search for “emergency number” and the name of your country.",
    "A support line: search for “domestic abuse helpline” and the name of your country or city. Many are free and confidential, and some offer text or chat for when talking out loud isn’t safe. A doctor or a health clinic can also point you to one.",
    "If someone may check this device, search in a private window, or use a phone or computer they can’t see.",
];

// Leaving quickly.

/// The one place Mend leads away from itself: a neutral, well-known page that says nothing
/// about apologies (the weather, as GOV.UK’s “Exit this page” does), in place of this one.
pub const QUICK_EXIT_URL: &str = "https://www.bbc.com/weather";
pub const QUICK_EXIT: &str = "Leave this page quickly";
pub const QUICK_EXIT_HINT: &str =
    "Opens a weather page in place of this one. You can also press Shift three times.";
/// On the safety note, about what leaving quickly can and can’t do.
pub const QUICK_EXIT_LIMITS: &str = "Back won’t return to this page, but other pages of Mend you opened before it may still be in your browser’s history. A private window keeps no history at all.";
pub const DEVICE_TITLE: &str = "About this device";
pub const DEVICE: &str = "Mend keeps what you write on this device. If someone else can use it, the page about your data lets you turn on a private session, so nothing new is saved, or delete everything.";
pub const DEVICE_LINK: &str = "Your data on this device";
pub const SAFETY_WHY_TITLE: &str = "Why we say this";
pub const SAFETY_WHY: &[&str] = &[
    "The psychologist Lenore Walker described how, in abusive relationships, intense apologies and promises can be part of a repeating cycle that leads back to more harm.",
    "Jennifer Freyd (1997) named a pattern called DARVO: deny, attack, and reverse victim and offender. It can be dressed up as an apology.",
];
pub const SAFETY_TO_GUIDE: &str = "The receiver’s guide";
pub const SAFETY_TO_START: &str = "The start page";
pub const SAFETY_NAV_LABEL: &str = "Where to go next";
