//! Issue 16, third round of development sentences (2026-12-01), written for the gaps the second
//! blind batch (`blind16b.rs`) and the first one showed: "each other's" (a possessive the
//! tokenizer keeps whole), a talk "out of hand", "since you…", "you'd been…", their mistake as
//! the cause ("because you told me the wrong time"), names called, "the only reason … is that
//! you…", "if you had told me, I would have…", and circumstances the first rounds had no words
//! for (a meeting that dragged on, a babysitter who cancelled, the power gone out, "and I was
//! late"). Each pattern has sincere twins that use the same words cleanly. Both blind batches
//! were read for these gaps, so neither is blind any more; `blind16c.rs` is.

use mend::checker::Scope;

// The scopes, named once in checker_corpus.rs.
use crate::{A, C, M, R, X};

#[rustfmt::skip]
pub const FLAG: &[(&str, Scope, &str)] = &[
    ("conflict-regret", M, "so sorry we were at each other's throats all weekend"),
    ("conflict-regret", X, "sorry we ended up at each other’s throats again"),
    ("conflict-regret", M, "I hate that we're at each other's throats over money."),
    ("conflict-regret", M, "I'm sorry our talk spiralled out of control last night."),
    ("conflict-regret", M, "So sorry the dinner got out of hand."),
    ("conflict-regret", X, "sorry our call got out of hand x"),
    ("blame-back", R, "I stopped answering since you kept checking up on me."),
    ("blame-back", R, "I snapped since you'd been nagging me all evening."),
    ("blame-back", R, "I went to the wrong restaurant because you gave me the wrong address."),
    ("blame-back", R, "i missed the train cos u told me the wrong time"),
    ("blame-back", R, "I shouted because you called me selfish in front of your parents."),
    ("blame-back", R, "I said those things because you called me a liar."),
    ("blame-back", R, "The only reason I left early was that you ignored me all night."),
    ("blame-back", X, "I'm sorry I was rude, but the only reason was because you kept laughing at me."),
    ("blame-back", R, "If you had told me it mattered, I would have come."),
    ("blame-back", R, "if u had texted me i would have picked you up"),
    ("blame-back", R, "If you'd asked me to stay, I would have stayed."),
    ("excuse-as-fact", R, "The roads were a nightmare and I was late again."),
    ("excuse-as-fact", R, "the meeting dragged on and i missed the start of your play"),
    ("excuse-as-fact", R, "Our nanny cancelled at the last minute, so I couldn't make your birthday."),
    ("excuse-as-fact", R, "the sitter fell through last minute so i couldnt come"),
    ("excuse-as-fact", R, "The power went out, so I never got your message."),
    ("excuse-as-fact", X, "work was chaos this week and i was late to pick you up"),
    ("excuse-as-fact", R, "The internet went down and I missed our call."),
];

#[rustfmt::skip]
pub const CLEAN: &[(&str, Scope, &str)] = &[
    // conflict-regret: the same words, with the writer's own act named, or in a plan.
    ("conflict-regret", M, "I'm sorry I shouted when our talk got out of hand."),
    ("conflict-regret", A, "We were at each other's throats, and I said things that hurt you."),
    ("conflict-regret", M, "I'm sorry I let the conversation get out of hand by mocking you."),
    ("conflict-regret", M, "I'm sorry our talk got out of hand because I raised my voice."),
    ("conflict-regret", C, "If our conversation gets out of hand, I'll suggest a break."),
    ("conflict-regret", M, "I'm sorry I went for your throat every time we argued."),
    // blame-back: the cause is the writer, or "you" is not the cause of the act.
    ("blame-back", R, "I went to the wrong restaurant because I didn't check the address you gave me."),
    ("blame-back", M, "I'm sorry, because you did nothing wrong."),
    ("blame-back", R, "I called you a liar, and you had done nothing wrong."),
    ("blame-back", X, "I lied to you. The only reason I'm writing this is that you deserve the truth."),
    ("blame-back", R, "If you had told me sooner, I would have understood, but I never asked."),
    ("blame-back", C, "If you ever call me selfish again, I'll tell you calmly how it lands."),
    ("blame-back", R, "I know you called me selfish because I was being selfish."),
    ("blame-back", R, "I read the message because you gave me your phone, and I had no right to read it."),
    ("blame-back", R, "You gave me the right address and I still went to the wrong place."),
    // excuse-as-fact: the circumstance is there, and so is plain ownership, or it is context.
    ("excuse-as-fact", R, "The roads were a nightmare and I was late, and that's on me for leaving so late."),
    ("excuse-as-fact", R, "The meeting dragged on, but I should have stepped out to call you."),
    ("excuse-as-fact", R, "When the babysitter cancelled, I chose to stay home instead of telling you."),
    ("excuse-as-fact", C, "If the power goes out, I'll text you from my neighbour's phone."),
    ("excuse-as-fact", R, "Work was chaos, and I still had time to call you; I just didn't."),
    ("excuse-as-fact", A, "The wifi went down during your presentation and I laughed instead of helping."),
    ("excuse-as-fact", R, "The nursery called and I left you to handle the dinner alone, which wasn't fair."),
    ("excuse-as-fact", R, "The internet went down and I missed our call, which is my fault for not saving your number."),
];
