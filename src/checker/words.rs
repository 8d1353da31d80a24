//! Word classes the pattern table refers to as `@name`, and the test for "a verb naming an act".
//!
//! Lists are normalized words (lowercase, contractions already expanded by the tokenizer).

/// Words that make an apology ("sorry", "apologize"…).
#[rustfmt::skip]
const SORRY: &[&str] = &[
    "sorry", "apologize", "apologise", "apologies", "apologizing", "apologising", "apology", "sry",
    "srry", "soz",
];

/// How someone may have felt: the object of "if you were…" or "sorry you were…".
#[rustfmt::skip]
const HURT: &[&str] = &[
    "hurt", "hurts", "upset", "upsets", "offended", "offend", "offends", "offensive", "bothered",
    "bother", "bothers", "harmed", "insulted", "disrespected", "uncomfortable", "sad", "wronged",
    "disappointed", "embarrassed", "annoyed", "angry", "mad", "ignored", "dismissed", "belittled",
    "attacked", "excluded", "unheard", "invalidated", "scared", "frightened", "frustrated",
    "anxious", "worried", "bad", "lonely", "overwhelmed", "uneasy", "humiliated", "betrayed",
];

/// Softeners and intensifiers that may sit between a subject and its verb.
#[rustfmt::skip]
const ADV: &[&str] = &[
    "really", "completely", "totally", "just", "also", "then", "basically", "always", "often",
    "constantly", "repeatedly", "clearly", "carelessly", "thoughtlessly", "deliberately", "even",
    "so", "truly", "deeply", "genuinely", "sincerely", "very", "terribly", "awfully", "incredibly",
    "extremely", "honestly", "actually", "badly", "unfairly", "rudely", "still", "again", "once",
    "never", "accidentally", "stupidly", "kept", "pretty", "quite", "beyond", "utterly",
    "absolutely", "profoundly",
];

/// States offered as reasons ("because I was tired").
#[rustfmt::skip]
const STATE: &[&str] = &[
    "tired", "exhausted", "stressed", "drunk", "tipsy", "high", "hungover", "busy", "hungry",
    "hangry", "overwhelmed", "overworked", "distracted", "anxious", "sick", "ill", "upset", "angry",
    "frustrated", "sleepy", "grumpy", "cranky", "burned", "burnt", "worn", "pressured", "rushed",
    "jetlagged", "emotional", "hormonal", "depressed", "triggered", "provoked", "preoccupied",
    "swamped", "drinking", "hurt", "jealous", "scared", "nervous", "panicking",
];

/// Outside circumstances offered as a cause ("*work* was insane", "my *phone* died").
#[rustfmt::skip]
const CAUSE: &[&str] = &[
    "work", "job", "traffic", "meeting", "meetings", "call", "calls", "deadline", "deadlines",
    "shift", "boss", "office", "school", "project", "schedule", "week", "day", "month", "year",
    "morning", "night", "phone", "battery", "train", "bus", "flight", "plane", "car", "subway",
    "taxi", "commute", "internet", "wifi", "signal", "power", "alarm", "kids", "baby", "life",
    "things", "everything", "stuff", "something", "weather", "emergency", "crisis", "manager",
    "supervisor", "client", "clients", "customer", "customers", "laptop", "computer", "printer",
    "exam", "exams", "uni", "college", "trains", "buses", "flights", "roads", "roadworks",
    "babysitter", "sitter", "nanny", "childminder", "childcare", "nursery", "daycare",
];

/// How circumstances went, when offered as a cause ("work was *insane*", "the train was *late*").
#[rustfmt::skip]
const WILD: &[&str] = &[
    "insane", "crazy", "hectic", "busy", "nuts", "chaotic", "intense", "overwhelming", "stressful",
    "nightmare", "brutal", "rough", "slammed", "swamped", "nonstop", "relentless", "manic",
    "frantic", "packed", "delayed", "cancelled", "canceled", "dead", "late", "long", "exhausting",
    "draining", "demanding", "bad", "sick", "ill", "mental", "bonkers", "wild", "stuck", "jammed",
    "down", "off", "terrible", "awful", "horrible", "horrendous", "heavy", "gridlocked", "flat",
    "broken", "bust", "busted", "knackered", "smashed", "dying", "mad", "overrun", "overbooked",
    "chaos", "mayhem", "madness", "carnage",
];

/// The conflict itself, as something to be sorry about ("sorry for the *fight*").
#[rustfmt::skip]
const CONFLICT: &[&str] = &[
    "argument", "arguments", "arguing", "fight", "fights", "fighting", "row", "rows", "tension",
    "tensions", "drama", "conflict", "conflicts", "disagreement", "disagreements", "quarrel",
    "quarrels", "quarrelling", "quarreling", "spat", "friction", "bickering", "squabble",
    "squabbles", "squabbling", "blowup", "clash", "clashes", "feud", "tiff", "standoff",
    "fallout", "falling", "bustup", "showdown", "argy", "shouting", "screaming",
];

/// Words that carry sorrow at the head of a conflict-regret phrase ("*gutted* we fell out", "I
/// feel *sick* about how we left it"): wider than `@remorse`, because the conflict words after
/// them are what make the phrase.
#[rustfmt::skip]
const SORROW: &[&str] = &[
    "sorry", "apologize", "apologise", "apologies", "sry", "soz", "regret", "regretted",
    "regretting", "hate", "hated", "gutted", "awful", "terrible", "horrible", "sad", "sick",
    "miserable", "bad", "upset", "heartbroken", "devastated", "wish", "wished",
];

/// What "we" did when it was a conflict ("sorry we *argued*").
#[rustfmt::skip]
const FOUGHT: &[&str] = &[
    "argued", "argue", "fought", "fight", "bickered", "bicker", "clashed", "clash", "quarrelled",
    "quarreled", "quarrel", "squabbled", "squabble", "rowed", "disagreed",
];

/// Ways of behaving badly ("I was rude"): owning them counts as naming an act.
#[rustfmt::skip]
const FAULT: &[&str] = &[
    "rude", "unkind", "harsh", "cruel", "dismissive", "selfish", "mean", "late", "careless",
    "thoughtless", "inconsiderate", "disrespectful", "hurtful", "absent", "distant", "cold",
    "unfair", "defensive", "condescending", "impatient", "dishonest", "controlling", "critical",
    "short", "sharp", "loud", "aggressive", "wrong", "insensitive", "neglectful", "irresponsible",
    "unreliable", "sarcastic", "petty", "nasty", "abrupt", "curt", "snappy", "patronizing",
    "patronising", "judgmental", "judgemental", "hostile", "jealous", "possessive", "stubborn",
    "arrogant", "awful", "horrible", "terrible", "out", "unfaithful", "manipulative", "passive",
    "unavailable", "flaky",
];

/// Feelings that carry remorse after "I am" / "I feel" ("I feel *terrible*", "I'm *heartbroken*").
/// "bad" is not here: "I feel bad" is remorse, "I was bad at…" is not (see `patterns.rs`).
#[rustfmt::skip]
const REMORSE: &[&str] = &[
    "sorry", "terrible", "awful", "horrible", "sick", "ashamed", "guilty", "remorseful",
    "regretful", "gutted", "dreadful", "heartbroken", "heartsick", "devastated", "mortified",
    "horrified", "disgusted", "wretched", "crushed", "contrite", "repentant", "penitent", "sad",
    "saddened", "sorrowful", "miserable", "haunted",
];

/// Traits used as jabs ("sorry you're so sensitive").
#[rustfmt::skip]
const TRAIT: &[&str] = &[
    "confused", "stupid", "dumb", "slow", "insecure", "sensitive", "dramatic", "emotional",
    "immature", "fragile", "naive", "clueless", "ignorant", "hysterical", "crazy", "irrational",
    "paranoid", "unreasonable", "petty", "jealous", "needy", "touchy", "childish", "difficult",
    "defensive", "uptight", "oversensitive", "hypersensitive", "easily", "offended",
];

/// Labels that call a reaction excessive ("you're being dramatic").
#[rustfmt::skip]
const OVERREACT: &[&str] = &[
    "sensitive", "touchy", "dramatic", "emotional", "fragile", "hysterical", "irrational",
    "paranoid", "ridiculous", "unreasonable", "crazy", "insane", "petty", "childish",
    "oversensitive", "hypersensitive", "overdramatic", "hormonal", "silly",
];

/// Roles a person can have ("a terrible partner").
#[rustfmt::skip]
const PERSON: &[&str] = &[
    "person", "human", "partner", "friend", "boyfriend", "girlfriend", "husband", "wife", "spouse",
    "parent", "mother", "father", "mom", "mum", "dad", "son", "daughter", "sister", "brother",
    "man", "woman", "guy", "girl", "colleague", "boss", "roommate", "being",
];

/// Concrete, checkable actions for a plan ("I will *pause*").
#[rustfmt::skip]
const PLAN: &[&str] = &[
    "stop", "pause", "step", "walk", "leave", "take", "ask", "check", "call", "text", "tell",
    "wait", "count", "breathe", "write", "set", "put", "book", "schedule", "see", "start", "join",
    "read", "keep", "turn", "show", "use", "say", "plan", "go", "come", "pick", "switch", "sleep",
    "limit", "cut", "talk", "repeat", "remind", "share", "sit", "reply", "respond", "answer",
    "mute", "delete", "block", "give", "cook", "drive", "find", "sign", "let",
];

/// Units of time that make a plan checkable ("every *evening*").
#[rustfmt::skip]
const PERIOD: &[&str] = &[
    "day", "days", "week", "weeks", "night", "nights", "morning", "evening", "weekend", "month",
    "time", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
];

/// Irregular (or unmarked) past forms that name something done.
#[rustfmt::skip]
const IRREGULAR_ACTS: &[&str] = &[
    "hurt", "said", "told", "broke", "broken", "forgot", "forgotten", "made", "took", "taken",
    "let", "left", "cut", "spoke", "spoken", "threw", "thrown", "hit", "blew", "gave", "given",
    "kept", "ran", "put", "chose", "did", "done", "drove", "ate", "drank", "sent", "wrote",
    "written", "bit", "swore", "stole", "stolen", "spent", "lost", "hid", "hidden", "brought",
    "caught", "fought", "sold", "shut", "came", "went", "got", "became", "held", "struck", "shot",
    "overslept", "misled", "mistook", "misspoke", "sat", "stood", "slept", "shook", "tore", "torn",
    "beat", "bent", "dealt", "drew", "fed", "fled", "froze", "hung", "laid", "led", "lit", "quit",
    "rode", "rang", "snuck", "spat", "split", "spread", "stuck", "stung", "swung", "woke", "wound",
    "undid", "upset", "shouted", "bailed", "misunderstood", "misread", "misheard", "withheld",
    "overheard", "lied", "read", "set", "rung", "sung", "swum", "begun", "began", "woken", "wore",
    "worn", "flew", "flown", "sped", "slid", "spun",
];

/// Past forms ending in "-ed" that name a thought or feeling rather than an act.
#[rustfmt::skip]
const NON_ACTS: &[&str] = &[
    "wanted", "needed", "tried", "supposed", "guessed", "hoped", "wished", "seemed", "realized",
    "realised", "noticed", "learned", "loved", "liked", "worried", "believed", "cared", "regretted",
    "apologized", "apologised", "feared", "imagined", "wondered", "considered", "expected",
    "intended", "used", "owed", "deserved", "planned", "agreed", "appreciated", "valued",
    "promised", "struggled", "suffered", "prayed", "sensed", "tended", "figured", "assumed",
    "preferred", "hated", "reckoned", "listened", "waited", "died",
];

/// "-ing" words that are not actions ("everything", "feeling") or that name intent or jokes.
#[rustfmt::skip]
const NON_ING_WORDS: &[&str] = &[
    "thing", "things", "nothing", "something", "anything", "everything", "morning", "evening",
    "during", "king", "ring", "sing", "bring", "feeling", "feelings", "meaning", "string", "spring",
    "swing", "ceiling", "wedding", "building", "sibling", "darling", "trying", "hoping",
    "wondering", "thinking", "going", "joking", "kidding", "teasing", "wanting", "needing",
    "caring", "loving", "working", "wishing", "planning", "looking", "playing", "willing",
];

/// Every class: its name (for `@name` in patterns) and its listed words. A class's bit is
/// `1 << index`. `act` and `ing` also take words by their ending (see [`derive`]); the `non-`
/// classes exist only to exclude words from those endings.
pub(crate) const CLASSES: &[(&str, &[&str])] = &[
    ("sorry", SORRY),
    ("hurt", HURT),
    ("adv", ADV),
    ("state", STATE),
    ("fault", FAULT),
    ("trait", TRAIT),
    ("overreact", OVERREACT),
    ("person", PERSON),
    ("plan", PLAN),
    ("period", PERIOD),
    ("act", IRREGULAR_ACTS),
    ("ing", &[]),
    ("non-act", NON_ACTS),
    ("non-ing", NON_ING_WORDS),
    ("cause", CAUSE),
    ("wild", WILD),
    ("remorse", REMORSE),
    ("conflict", CONFLICT),
    ("fought", FOUGHT),
    ("sorrow", SORROW),
];

/// The bit of the class named `name`.
pub(crate) fn class_bit(name: &str) -> Option<u32> {
    CLASSES.iter().position(|(n, _)| *n == name).map(|i| 1 << i)
}

const fn bit(i: usize) -> u32 {
    1 << i
}
const ACT: u32 = bit(10);
const ING: u32 = bit(11);
const NON_ACT: u32 = bit(12);
const NON_ING: u32 = bit(13);

/// Whether a class also takes words by their ending, so it cannot be indexed by its list.
pub(crate) fn is_open(class: u32) -> bool {
    class & (ACT | ING) != 0
}

/// Adds the classes a word gets by its ending to the `listed` classes it was found in:
/// a regular "-ed" past names an act ("yelled"), unless it names a thought or feeling
/// ("wanted"); an "-ing" form names an action ("yelling"), unless it is a noun or names
/// intent or a joke ("everything", "trying", "joking").
pub(crate) fn derive(w: &str, listed: u32) -> u32 {
    let mut bits = listed;
    // "-eed" words are not pasts ("need", "indeed", "proceed"); short "-ed" ones can be ("lied").
    if listed & NON_ACT == 0 && w.len() > 3 && w.ends_with("ed") && !w.ends_with("eed") {
        bits |= ACT;
    }
    if listed & NON_ING == 0 && w.len() >= 5 && w.ends_with("ing") {
        bits |= ING;
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(w: &str) -> u32 {
        CLASSES
            .iter()
            .enumerate()
            .filter(|(_, (_, words))| words.contains(&w))
            .fold(0, |b, (i, _)| b | bit(i))
    }

    #[test]
    fn acts_and_non_acts() {
        let act = |w: &str| derive(w, listed(w)) & ACT != 0;
        let ing = |w: &str| derive(w, listed(w)) & ING != 0;
        for w in [
            "yelled",
            "hurt",
            "ignored",
            "forgot",
            "snapped",
            "said",
            "lied",
            "misunderstood",
        ] {
            assert!(act(w), "{w}");
        }
        for w in [
            "wanted", "need", "felt", "meant", "tried", "red", "bed", "indeed", "agreed",
        ] {
            assert!(!act(w), "{w}");
        }
        assert!(ing("yelling") && ing("being"));
        assert!(!ing("everything") && !ing("trying") && !ing("sing"));
    }

    #[test]
    fn class_bits_match_their_names() {
        assert_eq!(class_bit("act"), Some(ACT));
        assert_eq!(class_bit("ing"), Some(ING));
        assert_eq!(class_bit("non-act"), Some(NON_ACT));
        assert_eq!(class_bit("non-ing"), Some(NON_ING));
        assert!(CLASSES.len() <= 32);
    }
}
