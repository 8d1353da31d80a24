//! Issue 16's second blind batch, written on 2026-12-01 before this session read the checker's
//! rules or any other corpus: only the issue, the research doc's "Non-apology patterns" rows and
//! the article were open. No helper agent could be started in that session, so the same engineer
//! who then widened the rules wrote it; it was committed before any rule changed, and no rule was
//! changed because of it. Scored once; its figures are in the README. Do not edit it to fit.

use mend::checker::Scope;

// The scopes, named once in checker_corpus.rs.
use crate::{A, C, M, R, X};

#[rustfmt::skip]
pub const FLAG: &[(&str, Scope, &str)] = &[
    ("conflict-regret", M, "i hate that we keep fighting like this"),
    ("conflict-regret", M, "I'm so sorry about the argument last night."),
    ("conflict-regret", X, "Sorry things got so heated on Saturday, I hate when we're like this."),
    ("conflict-regret", M, "I regret the whole fight honestly"),
    ("conflict-regret", M, "I'm sorry for all the arguing lately."),
    ("conflict-regret", X, "sorry for the drama at your mum's party"),
    ("conflict-regret", M, "I feel awful about the tension between us since Christmas."),
    ("conflict-regret", M, "I'm sorry it turned into a shouting match."),
    ("conflict-regret", M, "Really sorry that we fell out over something so stupid"),
    ("conflict-regret", A, "I know we had a big row and I'm sorry it happened."),
    ("conflict-regret", M, "I feel terrible that things got so tense between us."),
    ("conflict-regret", X, "Im sorry we argued. Can we talk tonight"),
    ("conflict-regret", M, "I’m sorry our conversation got out of hand."),
    ("conflict-regret", M, "It breaks my heart that we've been at each other's throats all week."),
    ("conflict-regret", M, "so sorry about the blow up yesterday, i hate fighting with u"),
    ("conflict-regret", M, "I regret that our disagreement went the way it did."),

    ("blame-back", R, "I forgot to pick you up because you never texted me the time."),
    ("blame-back", R, "I only said it because you kept pushing me."),
    ("blame-back", R, "If you had answered your phone, I wouldn't have driven over."),
    ("blame-back", R, "I snapped since you were being so dismissive."),
    ("blame-back", R, "i yelled bc u wouldnt stop interrupting me"),
    ("blame-back", R, "I didn't tell you because you always overreact"),
    ("blame-back", R, "I was late because you took the car keys with you."),
    ("blame-back", R, "If you'd told me earlier, I wouldn't have booked it."),
    ("blame-back", R, "I read your messages because you were acting so secretive."),
    ("blame-back", R, "I went quiet on you since you'd been ignoring me all day."),
    ("blame-back", X, "I'm sorry I lost my temper, but it was because you called me lazy in front of everyone."),
    ("blame-back", R, "I missed the recital cause you put the wrong date in the calendar"),
    ("blame-back", R, "The only reason I raised my voice is that you wouldn't listen."),
    ("blame-back", R, "I cancelled on you because you'd cancelled on me twice already."),
    ("blame-back", R, "if you had reminded me i would have remembered your birthday"),
    ("blame-back", R, "I said those things because you were drunk and picking a fight."),

    ("excuse-as-fact", R, "Traffic was a nightmare so I was an hour late."),
    ("excuse-as-fact", R, "My boss kept me back at work and my phone was dead."),
    ("excuse-as-fact", R, "Work has been insane, the kids have been sick, and I haven't slept, so I snapped at you."),
    ("excuse-as-fact", R, "the train got cancelled and i couldnt get signal to let you know"),
    ("excuse-as-fact", R, "My battery died, that's why I didn't call."),
    ("excuse-as-fact", R, "I had three deadlines that week and it just slipped my mind."),
    ("excuse-as-fact", R, "There was an accident on the motorway, so I missed the start of your speech."),
    ("excuse-as-fact", R, "My alarm didn't go off and I missed the flight."),
    ("excuse-as-fact", R, "The meeting ran long and by the time it finished the restaurant had closed."),
    ("excuse-as-fact", R, "The babysitter cancelled last minute, so I couldn't come."),
    ("excuse-as-fact", R, "it was a crazy day at the office and I was exhausted so I took it out on you"),
    ("excuse-as-fact", R, "My sister needed me and then the car broke down, so the dinner didn't happen."),
    ("excuse-as-fact", R, "Between the move, my new job and my dad being ill, I just didn't have time to call."),
    ("excuse-as-fact", R, "The wifi went down right before our call, so I couldn't join."),
    ("excuse-as-fact", R, "The bus never came, so I wasn't there when you landed."),
    ("excuse-as-fact", R, "Honestly the week was chaos, deadlines everywhere, I was running on four hours sleep and I forgot."),
];

#[rustfmt::skip]
pub const CLEAN: &[(&str, Scope, &str)] = &[
    ("conflict-regret", M, "I'm sorry I shouted at you during our argument."),
    ("blame-back", R, "I forgot to pick you up because I didn't write the time down. That's on me."),
    ("excuse-as-fact", R, "I was late because I left the house too late, and that's no excuse."),
    ("excuse-as-fact", R, "Traffic was bad, but I should have left earlier and I didn't. That's on me."),
    ("conflict-regret", M, "I'm sorry that during our fight I called you selfish. It was cruel."),
    ("blame-back", R, "I snapped at you because I was angry at myself, and you didn't deserve it."),
    ("blame-back", R, "I read your messages because I was jealous, and that was wrong of me."),
    ("blame-back", R, "You asked me to stop and I kept going. I'm the one who made it worse."),
    ("conflict-regret", C, "Next time we argue, I'll take a break and come back in twenty minutes instead of shouting."),
    ("conflict-regret", A, "I know I hurt you when I walked out in the middle of our fight."),
    ("excuse-as-fact", R, "My phone died, but I could have borrowed one and I didn't think to. I'm sorry."),
    ("excuse-as-fact", R, "My boss asked me to stay late and I said yes without checking with you first. I chose work over our plans."),
    ("conflict-regret", M, "I hate that I made you cry while we were fighting."),
    ("blame-back", R, "I yelled because I was frustrated with myself, not with you, and it was still wrong."),
    ("excuse-as-fact", R, "I ignored your messages for two days. Work was busy, but that's no excuse."),
    ("conflict-regret", M, "I'm sorry the argument ended with me slamming the door on you."),
    ("blame-back", R, "since you told me how much it hurt, I've realised I was wrong to joke about your weight."),
    ("blame-back", R, "Because you trusted me with it, telling anyone was a real betrayal, and I did it anyway."),
];
