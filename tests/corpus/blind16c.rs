//! Issue 16's third blind batch: written after the third round of rules (`dev16c.rs`) was done,
//! scored once, and kept as it was (no rule was changed because of it). Its first figures are in
//! the README and in `third_blind_batch_of_issue_16`. Included by `checker_corpus.rs`.

use mend::checker::Scope;

// The scopes, named once in checker_corpus.rs.
use crate::{A, C, M, R, X};

#[rustfmt::skip]
pub const FLAG: &[(&str, Scope, &str)] = &[
    ("conflict-regret", M, "I'm sorry we had such a horrible argument on the way home."),
    ("conflict-regret", X, "soz about the fight babe"),
    ("conflict-regret", M, "I regret that we argued in front of the kids."),
    ("conflict-regret", M, "I'm sad that we keep fighting about the same things."),
    ("conflict-regret", M, "Sorry that the evening turned into a shouting match."),
    ("conflict-regret", X, "im sorry we've been so tense with each other lately"),
    ("conflict-regret", M, "I feel awful about the row we had."),
    ("conflict-regret", M, "I'm so sorry things got ugly between us on Saturday."),
    ("conflict-regret", M, "I wish we hadn't argued before your trip."),
    ("conflict-regret", X, "Sorry for all the bickering this week."),
    ("blame-back", R, "I shouted because you wouldn't stop going on about it."),
    ("blame-back", R, "I left the party because you were flirting with him."),
    ("blame-back", R, "i didnt call bc u never pick up anyway"),
    ("blame-back", R, "I only lied because you always overreact when I tell you the truth."),
    ("blame-back", X, "If you hadn't checked my phone, I wouldn't have lost it like that."),
    ("blame-back", R, "I forgot since you didn't put it on the calendar like you said you would."),
    ("blame-back", R, "I said it because you were being so condescending."),
    ("blame-back", R, "I slammed the door because you kept interrupting me."),
    ("blame-back", R, "The reason I didn't come is that you never invite me properly."),
    ("blame-back", R, "I got drunk because you left me alone with your friends all night."),
    ("excuse-as-fact", R, "My car broke down on the motorway and I missed the whole thing."),
    ("excuse-as-fact", R, "Work has been insane. I didn't have a minute to call."),
    ("excuse-as-fact", R, "The train was cancelled, so I couldn't get there in time."),
    ("excuse-as-fact", X, "my boss kept me late again and my phone was dead so i couldnt text"),
    ("excuse-as-fact", R, "I had a migraine all day and forgot to reply."),
    ("excuse-as-fact", R, "The kids were up all night, so I slept through the alarm."),
    ("excuse-as-fact", R, "There was an accident on the ring road and I was stuck for two hours."),
    ("excuse-as-fact", R, "My mum was in hospital that week. I just forgot your birthday."),
    ("excuse-as-fact", R, "The flight got delayed and by the time I landed your party was over."),
    ("excuse-as-fact", R, "Exams all week, no sleep, and I snapped at you."),
];

#[rustfmt::skip]
pub const CLEAN: &[(&str, Scope, &str)] = &[
    ("-", M, "I'm sorry I started the argument by mocking your job."),
    ("-", R, "During our fight I called you names, and that was cruel."),
    ("-", M, "I regret the things I said to you when we argued."),
    ("-", A, "We argued, and I was the one who raised my voice and walked out."),
    ("-", C, "When we argue, I'll keep my voice down and ask for a break if I need one."),
    ("-", R, "I shouted because I was angry with myself, and you got the brunt of it."),
    ("-", R, "I didn't call because I was embarrassed, and that's not your fault."),
    ("-", R, "You asked me to stop, and I kept going anyway."),
    ("-", M, "I'm sorry, because you trusted me and I let you down."),
    ("-", R, "If you hadn't spoken up, I would never have seen what I was doing."),
    ("-", R, "I left because I didn't want you to see me cry, and I should have stayed."),
    ("-", A, "You waited for me at the station, and I never showed up."),
    ("-", R, "My car broke down, but I could have called you, and I didn't."),
    ("-", R, "Work has been busy, and that's no excuse for forgetting your birthday."),
    ("-", R, "The train was cancelled, and I still should have let you know."),
    ("-", C, "If my boss keeps me late again, I'll call you before six."),
    ("-", R, "Even with the kids up all night, I had no right to snap at you."),
    ("-", A, "Your mum was in hospital that week and I wasn't there for you."),
    ("-", R, "I forgot your birthday. There's no reason for it except that I didn't make it a priority."),
    ("-", M, "I'm so sorry I snapped at you when you were already exhausted."),
];
