//! Issue 16, second round of development sentences (2026-12-01): the ways people really write
//! the three slips that the first round did not cover (idioms for a fight, blame without
//! "because you", a circumstance followed by "and I forgot"), and the sincere look-alikes that
//! must stay clean (owned motives, "because I…", "that's no excuse", an act owned during the
//! fight). Phone writing on purpose: lower case, no apostrophes, run-ons, UK and US spelling.
//! The rules were widened from these; `blind16b.rs` was written before, and not looked at since.

use mend::checker::Scope;

// The scopes, named once in checker_corpus.rs.
use crate::{A, C, M, R, X};

#[rustfmt::skip]
pub const FLAG: &[(&str, Scope, &str)] = &[
    // Sorrow for the fight, in the words people use for one, with nothing the writer did named.
    ("conflict-regret", M, "I'm sorry we ended up screaming at each other."),
    ("conflict-regret", M, "sorry that things blew up between us"),
    ("conflict-regret", M, "I'm gutted we fell out over the wedding plans."),
    ("conflict-regret", X, "so sorry for the row on sunday x"),
    ("conflict-regret", M, "I'm sorry the conversation turned into an argument."),
    ("conflict-regret", M, "I feel sick about how we left things after that fight."),
    ("conflict-regret", M, "hate that were not speaking after the argument"),
    ("conflict-regret", M, "I'm sorry about the whole blow-up at dinner."),
    ("conflict-regret", M, "I'm sorry it became such a big fight"),
    ("conflict-regret", M, "I’m so sorry for our fallout"),
    ("conflict-regret", M, "Sorry our chat got so heated"),
    ("conflict-regret", M, "I'm sorry the evening ended in a fight."),
    ("conflict-regret", M, "I'm sorry that tempers flared."),
    ("conflict-regret", X, "Sorry it all kicked off last night"),
    ("conflict-regret", M, "im sorry we got into a huge fight over money"),
    ("conflict-regret", M, "I'm sorry we said such horrible things to each other."),
    ("conflict-regret", M, "I feel awful that we've been at war for weeks."),
    ("conflict-regret", M, "really sorry our discussion turned ugly"),
    // Blame handed back, with and without "because you".
    ("blame-back", R, "It was only because of what you said about my mum that I lost it."),
    ("blame-back", R, "I lost my temper because of the way you spoke to me."),
    ("blame-back", R, "Ok I yelled but you were pushing every button I have"),
    ("blame-back", R, "I was rude to you, but you started it."),
    ("blame-back", R, "I wouldn't have gone through your phone if you hadn't been so secretive."),
    ("blame-back", R, "I never would've said it if you hadn't kept on at me."),
    ("blame-back", R, "I wouldn't have had to lie if you were less controlling."),
    ("blame-back", R, "I was short with you since you'd woken me up at 3am."),
    ("blame-back", R, "you kept going on at me so I said something nasty"),
    ("blame-back", R, "You started shouting first, so I shouted back."),
    ("blame-back", R, "i only did it coz u made me feel small"),
    ("blame-back", R, "I stopped replying because your texts were so aggressive."),
    ("blame-back", R, "I took the money because you'd never have agreed if I asked."),
    ("blame-back", X, "I'm sorry I said it, but you were winding me up all night."),
    ("blame-back", R, "If you'd been home when you said, I wouldn't have gone out."),
    ("blame-back", R, "I wouldnt have snapped if u didnt keep nagging me"),
    // Outside causes set down as facts.
    ("excuse-as-fact", R, "My phone was on silent all afternoon, that's why I missed your calls."),
    ("excuse-as-fact", R, "my phone was flat so I couldnt text u back"),
    ("excuse-as-fact", R, "Work's been mental this week and I just didn't get round to calling."),
    ("excuse-as-fact", R, "The meeting overran, then the trains were all delayed, so I missed dinner."),
    ("excuse-as-fact", R, "There were roadworks everywhere and I ended up being really late."),
    ("excuse-as-fact", R, "My manager landed a huge report on me at half four, so I couldn't get away."),
    ("excuse-as-fact", R, "The kids were sick all night so I wasn't in the mood when you got home."),
    ("excuse-as-fact", R, "it's been a mad week at work, so i forgot"),
    ("excuse-as-fact", R, "Uni deadlines have been piling up and I've barely slept, so I snapped at you."),
    ("excuse-as-fact", R, "The car wouldn't start this morning and I missed your appointment."),
    ("excuse-as-fact", R, "My laptop crashed and I lost the slides we'd made together."),
    ("excuse-as-fact", R, "My boss wouldn't let me leave, that's why I missed it."),
    ("excuse-as-fact", R, "The wifi kept cutting out so I gave up on the call."),
    ("excuse-as-fact", R, "Work was non-stop and I completely forgot our anniversary."),
    ("excuse-as-fact", X, "Sorry hun, exams all week and I never got a chance to ring you."),
    ("excuse-as-fact", R, "The school called about Sam, then my mum needed a lift, and I forgot to pick you up."),
    ("excuse-as-fact", R, "My train was cancelled and I didn't have signal to tell you."),
];

/// Sincere look-alikes: the same trigger words, used cleanly. Each must get no note at all.
#[rustfmt::skip]
pub const CLEAN: &[(&str, Scope, &str)] = &[
    // conflict-regret: the fight is named, and so is what the writer did in it.
    ("conflict-regret", M, "I'm sorry I screamed at you in the car."),
    ("conflict-regret", M, "I'm sorry that in the middle of the fight I brought up your dad."),
    ("conflict-regret", M, "I hate that I made our argument about your weight."),
    ("conflict-regret", M, "I'm sorry I turned a small disagreement into a fight by shouting."),
    ("conflict-regret", M, "I'm sorry I started the row and said you were useless."),
    ("conflict-regret", M, "sorry i blew up at you over the dishes"),
    ("conflict-regret", M, "I regret storming out during our row."),
    ("conflict-regret", R, "After the argument I ignored your calls for two days, and I'm sorry."),
    ("conflict-regret", A, "I know the fight hurt you most when I called your family names."),
    ("conflict-regret", M, "It breaks my heart that I frightened you when things got heated."),
    ("conflict-regret", M, "I feel awful that I let the fight get so heated in front of your mum."),
    ("conflict-regret", C, "When we fight, I will stop and take a break before I say anything cruel."),
    ("conflict-regret", M, "I'm sorry I kicked off at you in front of everyone."),
    ("conflict-regret", M, "I'm sorry for my part in the argument: I mocked you and kept interrupting."),
    ("conflict-regret", M, "I regret the things I said during our fight."),
    ("conflict-regret", A, "We fell out because I forgot your graduation, and I know that hurt."),
    ("conflict-regret", M, "im so sorry i made the argument worse by swearing at u"),
    ("conflict-regret", M, "I'm sorry things got heated when I accused you of lying."),
    // blame-back: the cause is the writer, or "you" is not the cause of the act.
    ("blame-back", R, "Because you told me how scared you were, I understand now what I did."),
    ("blame-back", R, "I stayed quiet because I was afraid of losing you, and that wasn't fair to you."),
    ("blame-back", R, "I lied to you. You kept asking and I kept lying, and none of that is on you."),
    ("blame-back", A, "You were asleep so I left without saying goodbye, and I know that hurt."),
    ("blame-back", R, "I got defensive since you were right and I didn't want to admit it."),
    ("blame-back", R, "I ignored your texts because I was ashamed, not because of anything you did."),
    ("blame-back", R, "Since you've been away I've realised how much I took you for granted."),
    ("blame-back", R, "I was short with you, but you were only trying to help."),
    ("blame-back", R, "I yelled, but you had every right to be upset."),
    ("blame-back", R, "I kept pushing you, so I understand why you walked away."),
    ("blame-back", R, "I said it because I wanted to win the argument, not because of anything you did."),
    ("blame-back", R, "You asked me to slow down and I kept driving fast, so I scared you."),
    ("blame-back", R, "i went quiet bc i didnt know how to say sorry, thats on me"),
    ("blame-back", A, "You cried because I laughed at you in front of your friends."),
    ("blame-back", R, "I cancelled because I'd double-booked myself, which was careless."),
    ("blame-back", M, "I'm sorry I shouted. You were trying to help and I made you feel stupid."),
    ("blame-back", R, "If you hadn't said something, I'd never have seen how unfair I was being."),
    // excuse-as-fact: the circumstance is there, and so is plain ownership, or the act is good.
    ("excuse-as-fact", R, "Traffic was terrible, but I should have left an hour earlier. I'm sorry I was late."),
    ("excuse-as-fact", R, "My phone was flat, but that's not why I didn't call. I didn't want to talk."),
    ("excuse-as-fact", R, "The meeting overran and I didn't text you, which was thoughtless of me."),
    ("excuse-as-fact", R, "Work was mental and I chose to stay late instead of coming to your show."),
    ("excuse-as-fact", A, "The kids were ill all week and I left you to deal with it on your own."),
    ("excuse-as-fact", R, "My flight got delayed, and I still should have called you from the airport."),
    ("excuse-as-fact", R, "Uni has been stressful, and that's no excuse for what I said to you."),
    ("excuse-as-fact", R, "When the train got cancelled I should have rung you straight away."),
    ("excuse-as-fact", R, "I was stuck at work, and I could have texted you but I didn't."),
    ("excuse-as-fact", R, "The laptop crashed, and that's on me for not saving our work."),
    ("excuse-as-fact", R, "The car wouldn't start, so I got a taxi, but I was still late and I'm sorry."),
    ("excuse-as-fact", R, "Work has been busy, but I forgot because I didn't put it in my calendar."),
    ("excuse-as-fact", R, "I could have called you from the office and I didn't."),
    ("excuse-as-fact", C, "When work is mental, I'll still text you by six."),
    ("excuse-as-fact", R, "My boss asked me to stay and I said yes without thinking about you."),
    ("excuse-as-fact", A, "Your week at work was brutal and I added to it by picking a fight."),
    ("excuse-as-fact", R, "The bus was late, which isn't the reason I forgot; I just didn't plan."),
    ("excuse-as-fact", R, "my phone died but honestly i should of charged it, my fault"),
];
