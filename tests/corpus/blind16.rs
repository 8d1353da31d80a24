//! Issue 16's blind batch: written after the three new rules were done, scored once, and kept as
//! it was (no rule was changed because of it). Its first figures are in the README. Included by
//! `checker_corpus.rs`.

use mend::checker::Scope;
use mend::model::Part;

const A: Scope = Scope::Part(Part::Acknowledge);
const R: Scope = Scope::Part(Part::Responsibility);
const M: Scope = Scope::Part(Part::Remorse);
const C: Scope = Scope::Part(Part::Change);
const X: Scope = Scope::Whole;

#[rustfmt::skip]
pub const FLAG: &[(&str, Scope, &str)] = &[
    ("conflict-regret", M, "I'm sorry our night ended in a screaming match."),
    ("conflict-regret", M, "I'm sorry for the argument we had on Friday."),
    ("conflict-regret", X, "sorry we've been at each other's throats lately"),
    ("conflict-regret", M, "I really regret our fight."),
    ("conflict-regret", M, "It's awful that we ended up shouting at each other."),
    ("conflict-regret", X, "I hate how we left things after the argument."),
    ("conflict-regret", M, "so sorry about the tension this week"),
    ("conflict-regret", M, "I’m sorry that we can’t seem to stop arguing."),
    ("conflict-regret", X, "Sorry things got so tense at dinner."),
    ("conflict-regret", M, "I feel sad that we fought again."),
    ("conflict-regret", M, "I apologize for the fight."),
    ("conflict-regret", X, "I'm sorry we had words at the party."),
    ("conflict-regret", M, "I'm sorry we clashed over the holiday plans."),
    ("conflict-regret", X, "sorry bout the drama last night x"),
    ("conflict-regret", M, "I'm sorry it turned into a fight."),
    ("blame-back", R, "I shouted because you wouldn't listen to me."),
    ("blame-back", R, "I only lied because you always overreact."),
    ("blame-back", X, "If you'd told me earlier, I wouldn't have made plans."),
    ("blame-back", R, "I missed the call cause you never ring at a normal time."),
    ("blame-back", R, "I said it because you were being so smug."),
    ("blame-back", X, "I got angry since you kept bringing up my ex."),
    ("blame-back", R, "I wasn't there because you didn't tell me the time."),
    ("blame-back", R, "i checked ur phone bc u were acting weird"),
    ("blame-back", M, "I'm sorry I snapped, but you were pushing me."),
    ("blame-back", R, "I left because you started yelling."),
    ("blame-back", X, "If you hadn't gone through my things, I never would have said it."),
    ("blame-back", R, "I was rude because you were rude first."),
    ("blame-back", R, "I cancelled because you made such a fuss about it."),
    ("blame-back", X, "I only did it because of how you treated me."),
    ("blame-back", R, "I didn't reply since you were ignoring my texts all week."),
    ("excuse-as-fact", R, "The traffic was a nightmare and I was late."),
    ("excuse-as-fact", X, "Sorry, work was mental this week."),
    ("excuse-as-fact", R, "My boss dumped a project on me at five, so I couldn't make dinner."),
    ("excuse-as-fact", R, "The train got cancelled, so I missed your birthday drinks."),
    ("excuse-as-fact", X, "I'm sorry I didn't text. My battery ran out."),
    ("excuse-as-fact", R, "The kids were sick, work was a mess and I just forgot."),
    ("excuse-as-fact", R, "My phone was dead all day."),
    ("excuse-as-fact", X, "I'm sorry I missed your party; my flight was delayed."),
    ("excuse-as-fact", R, "The meeting dragged on and I lost track of time."),
    ("excuse-as-fact", R, "i was swamped at work so i couldnt reply"),
    ("excuse-as-fact", X, "I'm sorry I forgot to call. Everything has been so hectic."),
    ("excuse-as-fact", M, "I feel awful, the traffic was just terrible."),
    ("excuse-as-fact", R, "Something came up at work, so I had to cancel."),
    ("excuse-as-fact", R, "My alarm didn't go off and I overslept."),
    ("excuse-as-fact", X, "Sorry, the bus never turned up."),
];

#[rustfmt::skip]
pub const CLEAN: &[(&str, Scope, &str)] = &[
    ("conflict-regret", M, "I'm sorry I turned a simple question into a fight."),
    ("conflict-regret", M, "I'm sorry I raised my voice during the argument; you didn't deserve that."),
    ("conflict-regret", X, "Sorry for the fight last night. I was harsh and I said things that hurt you."),
    ("conflict-regret", M, "I regret the cruel things I said while we were fighting."),
    ("conflict-regret", A, "When we argued on Friday, I mocked your family, and you felt humiliated."),
    ("conflict-regret", M, "I'm sorry I let our disagreement turn into name-calling."),
    ("conflict-regret", R, "I started the fight by accusing you of lying."),
    ("conflict-regret", M, "I hate that I made you cry during our fight."),
    ("conflict-regret", C, "Next time we disagree, I'll lower my voice and ask what you need."),
    ("conflict-regret", M, "I feel awful that I slammed the door in the middle of our argument."),
    ("conflict-regret", X, "im sorry i blew up at u during the argument"),
    ("conflict-regret", M, "I'm sorry for walking away when you were trying to talk it through."),
    ("blame-back", R, "I shouted because I wanted to win the argument, not because you did anything."),
    ("blame-back", R, "I lied because I was afraid of looking bad."),
    ("blame-back", M, "I'm sorry, because you trusted me and I let you down."),
    ("blame-back", A, "You were angry because I forgot, and you had every right to be."),
    ("blame-back", R, "I forgot because I didn't check the calendar you shared with me."),
    ("blame-back", X, "Since you asked what happened: I went through your phone while you were asleep."),
    ("blame-back", R, "I hid it from you because I was ashamed."),
    ("blame-back", C, "I'll text you when I leave work, because you deserve not to wonder where I am."),
    ("blame-back", M, "I feel terrible, because you've always been kind to me."),
    ("blame-back", R, "I kept going even though you asked me to stop."),
    ("blame-back", A, "You stopped talking because I kept interrupting you."),
    ("blame-back", X, "If you hadn't said something, I might never have seen what I was doing."),
    ("excuse-as-fact", R, "The traffic was heavy, but I should have left earlier, and that's on me."),
    ("excuse-as-fact", R, "I got stuck at work, and I chose not to tell you. That was wrong."),
    ("excuse-as-fact", A, "You had a rough day at work and I didn't even ask about it."),
    ("excuse-as-fact", R, "Even with the meeting running over, I could have sent you a message."),
    ("excuse-as-fact", C, "If work runs late, I'll call you before six."),
    ("excuse-as-fact", X, "I'm sorry I was late. I left the house too late, and that's my fault."),
    ("excuse-as-fact", R, "My phone died, but honestly that's no excuse; I could have borrowed one."),
    ("excuse-as-fact", A, "Your train was cancelled and you waited alone in the cold for an hour."),
    ("excuse-as-fact", R, "I said work was busy, but the truth is I didn't want to come."),
    ("excuse-as-fact", X, "I'm sorry I forgot. Work has been busy, but I should have set a reminder."),
    ("excuse-as-fact", M, "I'm sorry. There's no excuse for leaving you waiting."),
    ("excuse-as-fact", R, "I blamed traffic, but I was late because I left late."),
    // Sincere apologies of other kinds, to see that nothing else started to speak up.
    ("-", X, "I'm sorry I read your messages. It was a violation of your trust."),
    ("-", M, "I'm so sorry I embarrassed you in front of your colleagues."),
    ("-", R, "I broke my promise to call every night, and that was my choice."),
    ("-", A, "You felt invisible at your own birthday, because I spent the night on my phone."),
    ("-", C, "Every Sunday I'll ask you how the week felt, and I'll listen without arguing."),
    ("-", X, "I was wrong to yell at you on Saturday. You didn't deserve it, and I'm sorry."),
];
