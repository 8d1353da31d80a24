//! The trigger table: phrase patterns for each rule, the steps they apply to, and their guards.
//!
//! Each group names a rule id (or an internal signal starting with `~`), the scopes where it
//! applies, and a guard that can excuse a match in context. The pattern language is described
//! in `pattern.rs`; word classes (`@sorry`, `@hurt`…) are in `words.rs`. Sentence-level rules
//! (`but`, `over-apologizing`, `no-owned-act`, `no-remorse`, long strings of reasons,
//! "but"/"because" + an outside cause) are in `heuristics.rs`; circumstances set down as facts
//! (`excuse-as-fact`) in `circumstances.rs`.

use super::pattern::Compiled;
use crate::content::checker_rules::{rule, Rule};
use std::sync::OnceLock;

// Scope bits: one per apology part, plus the "apology I received" reading.
pub(crate) const ACK: u8 = 1;
pub(crate) const RESP: u8 = 2;
pub(crate) const REM: u8 = 4;
pub(crate) const CHG: u8 = 8;
pub(crate) const RCV: u8 = 16;
pub(crate) const ALL: u8 = ACK | RESP | REM | CHG | RCV;
const NOT_CHG: u8 = ALL & !CHG;

/// When a match is excused by its context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guard {
    Never,
    /// The sentence reads as a plan ("if … again", "… tell me", "I will…").
    InPlan,
    /// An owned act or a clear "I'm sorry" comes earlier in the text.
    AfterOwnership,
    /// The text apologizes somewhere ("sorry", "apologize"…).
    TextApologizes,
    /// The text names an owned act somewhere.
    TextOwnsAct,
    /// The same sentence names an owned act.
    SentenceOwnsAct,
    /// A concrete plan stands beside the match: anywhere in the text, or in the change step on
    /// the same line (each commitment is its own field, so one concrete promise doesn't excuse a
    /// vague one).
    PlanBeside,
    /// A negation comes shortly before, in the same sentence ("it's *not* your fault").
    Negated,
    /// The nearest pronoun before the match is about someone else ("*you* were kind of quiet"),
    /// so the wording describes them rather than softening your own part.
    OtherSubject,
    /// The same sentence names no owned act: a "because you…" that explains nothing you did
    /// ("I'm sorry, because you deserved better") is not blame handed back.
    NoActInSentence,
    /// Later in the sentence, you came to know something ("…I'd never have *known*"): a
    /// condition about them that led to understanding, not to your act.
    Realized,
    /// The state is aimed at yourself ("because I was angry *at myself*"): ownership.
    AtMyself,
}

/// What a group of patterns detects.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Target {
    Rule(&'static Rule),
    /// "I" + an act, or another way of owning one ("it was wrong of me").
    Owned,
    /// A plain statement of remorse ("I'm sorry", "I feel terrible").
    Remorse,
    /// A softer sign of remorse ("it's been on my mind", "you deserved better").
    RemorseHint,
    /// A checkable plan ("when I notice…, I will pause").
    Plan,
    /// An apology word ("sorry", "apologize"…).
    Sorry,
    /// A reason marker ("because", "plus", "on top of"…).
    Reason,
    /// An admission without a named act ("that was wrong", "it wasn't fair").
    Admission,
    /// An outside circumstance offered as a cause ("work was insane", "my phone died").
    Circumstance,
    /// Ownership stated plainly, which a circumstance does not undo ("that's no excuse", "I
    /// should have called", "that's on me").
    Plain,
}

struct Group {
    target: &'static str,
    scopes: u8,
    guard: Guard,
    patterns: &'static [&'static str],
}

const fn g(
    target: &'static str,
    scopes: u8,
    guard: Guard,
    patterns: &'static [&'static str],
) -> Group {
    Group {
        target,
        scopes,
        guard,
        patterns,
    }
}

use Guard::*;

#[rustfmt::skip]
static GROUPS: &[Group] = &[
    // Internal signals, used by guards and sentence-level rules.
    g("~owned", ALL, Never, &[
        "i @adv? @adv? @act",
        "i have|had|'d @adv? @act",
        "i did not|never !mean|meant|intend|know|think|want|realize|realise|expect *",
        "i was|been @adv? @adv? @fault",
        "i was|been @adv? @ing",
        "i was|been a|an ~1 terrible|horrible|awful|bad|lousy|poor|selfish|careless|thoughtless|unkind|rude|mean|cruel|jerk|idiot|bully|coward|hypocrite|liar|brat",
        "wrong|unfair|unkind|rude|cruel|selfish|thoughtless|careless|mean of me",
        "my fault|mistake|doing|responsibility|choice|part",
        "on me $",
        "on me for|that|because",
        "i take|accept|bear|claim full|complete|total? responsibility|ownership|blame",
        "i take|accept the blame",
        "i own|accept that|this|it|what|my",
        "i am responsible|accountable|culpable",
        "i am to blame",
        "@sorry for|about @ing|my|not|being",
        "regret @ing|my|not",
        "my words|behavior|behaviour|actions|comment|comments|tone|joke|jokes|choice|choices|decision|reaction|outburst|lie|lies|temper|remark|remarks|silence|absence|message|text|mistake|mistakes|anger|yelling|lateness|drinking",
        "it was me who|that",
        "i @adv? should not? have @adv? @act",
        "because of me|my",
        "i only|merely|simply @act",
    ]),
    g("~sorry", ALL, Never, &["@sorry"]),
    g("~reason", ALL, Never, &[
        "because|cuz|coz|bc|besides|plus|cause",
        "on top of",
        "not to mention",
        "what with",
    ]),
    g("~admission", NOT_CHG, Never, &[
        "that|it|this|which was|is|were @adv? wrong|unfair|unkind|cruel|selfish|thoughtless|careless|hurtful|inexcusable|unacceptable|disrespectful|mean|rude|awful|terrible|horrible|shameful|cowardly|dishonest",
        "that|it|this|which was|is|were @adv? not|never okay|ok|fair|right|kind|cool|acceptable|fine|alright",
        "that|it|this|which was|is @adv? my fault|mistake|doing|responsibility",
        "that|it|this|which was|is @adv? on me",
        "that|it|this|which was|is @adv? out of line",
    ]),
    // Outside causes, for "but"/"because" after an owned act (see `heuristics::outside_causes`).
    // Only circumstances: own motives and own faults ("because I didn't listen") never match.
    g("~circumstance", NOT_CHG, Never, &[
        "@cause|things|everything|stuff|something|life has|had|have|is? was|is|were|are|been|got|gets|getting|being all? @adv? @adv? a? @wild",
        "@cause|things|everything|stuff|life has|had|have|is? was|is|were|are|been @adv? non stop",
        "@cause overran|overrun|overruns|overrunning",
        "@cause would|could|will not|never start|go|work|charge|connect|turn|load|open|stop|let",
        "@cause kept|keeps cutting|dropping|going out|off",
        "@cause landed|dumped|sprang|threw|put|piled|loaded ~4 on me",
        "@cause called|rang|phoned|emailed",
        "@cause has|have|had|were|was|kept|keep? been? piling|piled|pile|piles up",
        "@cause was|is|were|had been? on|in silent|mute|airplane|aeroplane|charge",
        "exams|deadlines|meetings|calls|shifts|work|school|uni|training|rehearsals all|every day|week|night|weekend|month",
        "@cause ran|runs|running|went|goes|going|dragged over|late|long|overtime",
        "@cause died|crashed|froze|exploded",
        "@cause dragged|drags|dragging on",
        "@cause went|goes|going down|out",
        "@cause cancelled|canceled|cancels|bailed|flaked",
        "@cause fell through",
        "@cause broke|breaks down",
        "@cause|things|everything|stuff|something|life blew|flared|came|comes|piled up",
        "@cause ran|runs out",
        "@cause|things|everything|stuff|something|life got|gets|was|were in the way",
        "@cause kept|keeps|held|holds|had me busy|late|up|back|away|there|occupied",
        "@cause took|takes longer|forever|ages",
        "@cause made|needed me",
        "i got|was|had|'d been? stuck|held|caught|tied up? in|at|with|by ~2 work|job|traffic|meeting|meetings|deadline|deadlines|school|boss|shift|flight|train|bus|commute|emergency|kids|baby",
        "because|due of|to the|my|a|an|all|that|this|some|his|her|their? @wild? work|job|traffic|meeting|meetings|deadline|deadlines|weather|school|boss|schedule|shift|flight|train|bus|commute|emergency|crisis|kids|baby",
        "there was|were ~2 traffic|accident|emergency|delay|delays|roadworks|diversion|diversions|strike|strikes|storm|jam|crash|pileup",
        "@cause did? not|never go|went|ring|rang|work|worked|charge|charged|connect|come|came|show|showed|arrive|arrived|turn|turned",
        "i was|am|have|had been? @adv? @adv? busy|swamped|slammed|snowed|buried|drowning at|with|in ~2 work|job|school|office|meetings|deadlines|calls|emails",
        "i was|had|'d been? in|at a|the|my|an? meeting|meetings|work|class|lecture|shift|call",
        "i had|'d|have to work|stay|go ~2 late|over|overtime|longer|early|in",
        "it|this|that has|had|is? been|was|is @adv? kind|sort|kinda|sorta? of? a|an|such|one ~2 @wild|hard|tough|awful|terrible|horrible|difficult day|days|week|weeks|month|months|year|night|morning|shift|few",
    ]),
    // Ownership stated plainly: with it, a circumstance is context, not `excuse-as-fact`.
    g("~plain", ALL, Never, &[
        "excuse|excuses|justify|justifies|justified|justification",
        "my fault|responsibility|choice|doing|decision",
        // "That's on me", not "my boss landed it on me".
        "is|was|all|totally|entirely|completely|squarely on me",
        // "…so I got a taxi, but I was still late": the act owned despite the circumstance.
        "but|yet i @adv? was|am|did still",
        "but|yet i still",
        "i take|accept|bear|own full|complete|total? responsibility|ownership|blame|it",
        "i @adv? should|ought not|never? have|to",
        "i @adv? could have",
        "i @adv? chose|choose|decided|prioritized|prioritised",
        "took|take|taking it out on you|u",
        "i @adv? let it|that|this|work|things|everything",
        "no one|nobody|none ~3 but me|myself",
        "is|was|were not|never why",
        "is|was|were not|never the reason",
        "wrong|unfair|unkind|selfish|thoughtless|careless|inexcusable of me",
        "i am|was to blame",
        "i am responsible|accountable",
    ]),
    // Remorse in words: a feeling about the hurt, regret, or a plea for forgiveness. Read by
    // `intent` (after remorse, "that was never my intention" is fine) and by `no-remorse`, which
    // flags a remorse step with none of this, no "~remorse-hint" and no "sorry" at all. Wide on
    // purpose: a sincere sentence told it shows no remorse costs more than a flat one let through.
    // The plainest forms are read everywhere; the rest only where remorse is expected to stand
    // without an owned act before it (in the other steps an owned act already excuses `intent`).
    g("~remorse", ALL, Never, &[
        "i am|feel|felt @adv? @adv? @remorse",
        "i @adv? apologize|apologise|regret",
        "forgive me",
        "my @adv? apologies",
        "i wish i had|'d not|never",
    ]),
    g("~remorse", REM | RCV, Never, &[
        // A feeling about it: "I feel terrible", "I'm embarrassed and ashamed", "I've been
        // feeling awful", "I feel so bad", "I'm upset with myself", "I'm not proud of it".
        "i am|feel|felt|feeling ~2 @remorse",
        "i was @adv? @adv? sorry|ashamed|guilty|remorseful|heartbroken|heartsick|devastated|mortified|horrified|gutted|contrite",
        "i have|had|'d been|felt @adv? feeling? ~2 @remorse|bad",
        "i feel|felt|feeling @adv? @adv? bad|low|rotten|ill|worse",
        "i @adv? feel|felt it|this @adv? deeply|keenly|every|all|too|so|more",
        "i @adv? feel|felt it $",
        "how @adv? bad|@remorse i @adv? feel|felt|am",
        "am|was|feel|felt|been @adv? @adv? torn|cut|choked|eaten up|apart",
        "i am|was|have|had|'d been? kicking myself",
        "i @adv? cringe|cringed|wince|winced|shudder|shuddered",
        "i am|was|feel|felt not|never @adv? proud",
        "i am|was|feel|felt @adv? @adv? disappointed|angry|mad|upset|furious|frustrated|embarrassed in|with|at myself",
        "i am|was|feel|felt @adv? @adv? embarrassed by|about|of how|what|my",
        "makes me @adv? feel? @adv? @adv? @remorse|bad",
        "!you made me @adv? feel? @adv? @adv? sick|ashamed|terrible|awful|horrible|guilty",
        // Regret, remorse, guilt and shame by name ("I'm full of regret", "I regret it"), unless
        // denied ("no regrets", "I don't regret it"), corporate ("we regret") or idle ("it's a
        // shame", "shame on you").
        "!not|no|never|any|we regret|regrets|regretted|regretting|remorse|remorseful|guilt|contrite|repent|repentant|penitent",
        "!a|what|the shame !on",
        // What you would undo: "I wish I hadn't…", "I should never have…", "I'd take it back".
        "i @adv? wish|wished that? i",
        "i @adv? wish|wished ~5 i had|'d|could|would|did|never|was|were|have",
        "if only i",
        "i @adv? should not|never? have",
        "take|taking|taken it|that|this|those|them|everything|my ~1 back",
        "take|taking|taken back what|my|those|everything|it",
        "undo|unsay|undone",
        "would|'d give|do anything to",
        "could|can go back",
        "could|can rewind|redo",
        // It stays with you: "I hate that I…", "I can't stop thinking about how I hurt you",
        // "it breaks my heart", "it kills me", "it weighs on me".
        "i @adv? hate|hated|despise|loathe that|how|the|what|knowing|thinking|seeing|remembering|it",
        "i @adv? can|could not believe|stand|bear what|how|that|knowing|thinking? i|myself",
        "i @adv? can|could not stop|help thinking|replaying|picturing|remembering|seeing|imagining|going",
        "i @adv? keep|kept thinking|replaying|picturing|remembering|seeing|imagining|going",
        "i @adv? think|thought about it|this|that ~4 every|constantly|nonstop|daily|all",
        "awful|terrible|horrible|hard|painful|unbearable|impossible to live with",
        "break|breaks|broke|breaking|broken|crush|crushes|crushed|hurts my @adv? heart",
        "my heart|chest|stomach|gut @adv? breaks|broke|aches|ached|sinks|sank|hurts|bleeds|tightens|tightened|drops|dropped|turns|churns|knots",
        "my heart is|was|feels|felt|has been? @adv? heavy|broken|breaking|aching|sick|sore",
        "heavy heart|hearted",
        "kills|pains|guts|sickens|haunts|crushes|torments|tears|stings|stung|wrecks|wrecked|gnaws|breaks|broke me",
        "it|this|that @adv? hurts|pains me that|to|knowing|so|deeply",
        "it|this|that hurts|pains to know|think|see|remember|hear",
        "eats|eating|ate at me",
        "weighs|weighed|weighing on me",
        // Knowing how much you hurt them.
        "how much|badly|deeply i @adv? hurt|wounded|upset|disappointed|failed|let|embarrassed|humiliated|scared|frightened|betrayed|hurting",
    ]),
    // Softer signs of remorse: enough to keep `no-remorse` quiet in the remorse step, too loose
    // to excuse `intent` ("I had a lot on my mind. I didn't mean to…" is still flagged).
    g("~remorse-hint", REM, Never, &[
        "i feel|felt|feeling like i|a|an|the|such|garbage|crap|dirt|trash|scum|shit",
        "worst feeling|feelings",
        "not okay|ok|fine|alright with how|what|myself|the|my",
        "not at peace with",
        "i @adv? have|had? cried|wept about|over",
        "would|'d|could|should ~4 differently",
        "think|thinking|thought about|of what|how i",
        "can|could not shake",
        "get|got it|this|that out of my head|mind",
        "in|into|on|through my mind|head|memory|conscience",
        "weighs|weighed|weighing on my",
        "feel|felt|feeling|carry|carrying|carried the weight|burden",
        "carry|carried|carrying it|that|this ~2 with me|around",
        "my heart",
        "in|to|into my stomach|gut|chest|throat",
        "was|is|been unforgivable",
        "forgiveness",
        "forgive ~3 myself",
        "stay|stays|stayed|stick|sticks|stuck with me",
        "i owe you",
        "how much ~3 meant|means|mattered|matters to you",
        "you @adv? deserve|deserved better|more|so",
        "you did not|never deserve|deserved",
    ]),
    g("~plan", ALL, Never, &[
        "when|whenever|if|before|after|once|next|each|every|anytime ~10 i will|am|'ll|'d @adv? going? to? @plan",
        "i will|am|'ll|promise|plan|want @adv? going? to? @plan ~8 when|whenever|before|after|each|every|if|by|until|within|instead|at|on|twice|once|daily|weekly|tonight|tomorrow",
        "i am|have|had @adv? working|started|starting|booked|booking|joined|joining|signed|seeing|reading|taking|learning|practicing|practising|setting|scheduled|scheduling|found|finding|asked|talking|writing|using|keeping|getting",
        "instead of @ing",
        "every|each @period",
        "therapy|therapist|counselor|counsellor|counseling|counselling|coach|course|class|meeting|meetings|appointment|sponsor|reminder|alarm|calendar|timer|journal",
        "tonight|tomorrow|weekly|daily|twice|minutes|hours",
        "i will|'ll be home|there|back|ready|on ~3 by|at|before|every|time",
    ]),

    g("conditional", ALL, Never, &[
        "@sorry if|whether",
        "@sorry in case",
        "to|for anyone|anybody|everyone|whoever|those|people who|that ~2 @hurt",
    ]),
    g("conditional", NOT_CHG, InPlan, &[
        "!understand|know|see|accept|okay|ok|fine|alright|ask|asked|asking|wonder|wondering|whether|even if you|anyone|anybody|someone|somebody|people|they|he|she ~3 @hurt",
        "!understand|know|see|accept|okay|ok|fine|alright|ask|asked|asking|wonder|wondering|whether|even if i|it|that|this|anything|something|what|my|those|these ~4 @hurt",
        "if i ~3 something|anything wrong|hurtful|offensive|upsetting|bad",
        "if ~4 came|come|comes across",
        "if it|that|this|my|what ~3 sounded|seemed|felt|looked",
    ]),
    g("their-feelings", ALL, SentenceOwnsAct, &[
        "@sorry that? you are|were? feel|felt|feeling",
        "@sorry that? you are|were|got|get|became|have been? @adv? @hurt",
        "@sorry that? you took|take|see|saw|view|viewed|interpreted|heard it|this|that|things|what|my ~3 way|personally|badly|wrong|wrongly",
        "@sorry for|about your feelings|reaction|hurt",
        "@sorry that? your feelings",
    ]),
    // How it went, with no one in it: "things got heated". With your own act in the same sentence
    // ("it got heated because I kept interrupting you") someone is in it.
    g("passive", ALL, SentenceOwnsAct, &[
        "things|it|everything|situation|conversation|argument|fight|discussion|stuff|matters|tempers got|went|spun heated|ugly|messy|tense|nasty|too|sideways|wrong|south|out",
        "things|it|everything|situation|argument|fight blew|flared up",
        "things|it|situation|conversation|argument|fight|discussion|everything escalated|spiraled|spiralled|spiraling|spiralling|snowballed",
    ]),
    g("passive", ALL, Never, &[
        "mistakes|errors|things|words|comments|feelings|lines|boundaries|promises were|was|got|been|are made|said|done|exchanged|hurt|crossed|broken",
        "there was|were a|some? miscommunication|confusion|mix|mixup|breakdown",
        "was|were handled badly|poorly",
        "was|were not handled well|properly|right",
        "tempers flared|rose",
        "the ball was dropped",
    ]),
    g("vague", ALL, Never, &[
        "whatever i|it did|said|was|may|might|caused|have|had",
        "whatever happened",
        "anything|something i|that? may|might|could have|'ve said|done|did|caused|@hurt",
        "@sorry for|about anything|whatever",
        "@sorry for|about everything $",
        "@sorry for|about all of? it|that|this $",
        "@sorry for|about the? how|way things|everything|it went|turned|ended|played|worked|unfolded",
    ]),
    g("minimizing", ALL, Never, &[
        "only|just|merely|simply joking|kidding|teasing|messing|fooling|venting",
        "was|is|were|are only|just|merely|simply a|one|some? joke|comment|question|remark|text|word|words|prank|game|bit|little|small|tiny|minor|harmless|silly|quick|few|couple|innocent|banter",
        "it|that|this was|is a joke|prank $",
        "no|not ~2 big|huge ~2 deal",
        "all i did|said|asked|meant|was was|is|doing|saying|asking",
        "came|come|comes across ~1 a? little|bit|tad|slightly|somewhat",
        "to the|whatever|any degree|extent",
        "it is|was not like i",
        "at least i",
        "could|might have been worse",
        "not that|so|even bad|serious|terrible",
        "my bad",
        "i was? just|only|merely said|asked|saying|asking|joking|kidding|teasing|pointing|commented|mentioned|suggested|being|venting|messing|reminding",
        "no harm done|meant|intended",
    ]),
    g("minimizing", ALL, OtherSubject, &[
        "was|were|got|been|being|sounded|seemed|acted a? little|bit|tad|touch !after|before|while|over|under|more|less|longer|ago|later|earlier",
        "was|were|got|been|being|sounded|seemed|acted slightly|somewhat|mildly|marginally",
    ]),
    g("intent", ALL, AfterOwnership, &[
        "i did? not|never mean|meant|intend|intended|want|wanted to|it|that|this|any|for",
        "not|never my intention|intent|aim|goal|plan|purpose",
        "my intention|intent was never|not",
        "was|is not|never intentional|deliberate|intended|meant|on|planned",
        "i would|'d never intentionally|knowingly|deliberately|purposely? hurt|upset|want|try",
        "unintentional|unintentionally|accidental|accidentally",
    ]),
    g("intent", ALL, Never, &[
        "not what i meant|mean|intended",
        "had|with|from|out|came|meant ~2 best|good|right|noble|pure of? intentions|intention|intent",
        "i meant well",
        "i was|am? only|just|simply|merely trying|wanted|meant to help|be|protect|do|make|look|give|keep|get",
        "my heart was in the right place",
        "you know i would|'d never|not",
    ]),
    g("blame-shift", ALL, Never, &[
        "you made|make|forced|force|pushed|push|drove|drive me so|really|do|say|act|react|snap|yell|shout|lose|angry|mad|furious|jealous|crazy|upset|this|that|it|lash|explode|scream|hit|leave|lie|to|into|over",
        "look what you made me",
        "you provoked|provoke|provoking|triggered|instigated|goaded|baited",
        "you started it|this|that|first|everything",
        "you set|wound|riled me up|off",
        "you asked|were asking for it",
        "you brought ~1 on yourself",
        "you know how i get|am",
        "you should|ought to? have known",
        "what did you expect",
        "you left|gave me no choice|option",
    ]),
    // "If you hadn't told me, I'd never have known how much it hurt" thanks them; it blames nothing.
    g("blame-shift", ALL, Realized, &[
        "if you had|would not|never|just|only|listened|stopped|been|left|told|said",
    ]),
    g("blame-shift", ALL, Negated, &[
        "your own? fault",
        "is|was on you $",
        "you are|were to blame",
        "you are|were the reason i",
    ]),
    g("attack-reaction", ALL, Never, &[
        "you ~3 too|overly sensitive|touchy|emotional|dramatic|fragile|serious|seriously|personally|thin|easily",
        "you are being? so|too|really|very? @overreact",
        "you ~3 overreact*",
        "your overreaction",
        "take|handle a joke|joking|teasing",
        "^ calm|settle|chill down",
        "^ just|please|ok|okay|so calm|chill|settle down",
        "^ relax|chill it|i|you|$",
        "you need|have|should|must|gotta ~1 calm|chill|relax|settle",
        "you have|had|are|completely|totally|clearly|obviously|just|always? misunderstood|misinterpreted|misread|misheard|twisted|twisting|twist|misconstrued|misunderstand|misinterpret|misinterpreting|misreading",
        "out of proportion",
        "you ~3 reading|read too|into",
        "you ~2 making|make|made ~2 deal|fuss|drama|scene|mountain",
        "you ~2 take|taking everything|things personally",
        "grow|toughen|man up",
        "get a grip",
    ]),
    g("self-pity", ALL, Never, &[
        "i am a|an|such ~1 terrible|horrible|awful|bad|rotten|worthless|pathetic|useless|despicable|evil|disgusting @person",
        "i am such? a|an|the failure|monster|idiot|loser|disaster|disappointment|fool|screwup|mess|worst|scum|wreck",
        "i hate|despise|loathe myself",
        "i can|could|will not|never forgive|stand|face|live with? myself",
        "i can|could not sleep|eat|function|cope|breathe",
        "i can|could not stop crying|shaking",
        "i have|had been @adv? miserable|depressed|wrecked|devastated|crying|sleepless|heartbroken|beating|torturing|tormented|suffering|awake",
        "this|it|that has? been|is|was @adv? hell|torture|agony|hard|awful|difficult|painful|rough|tough|miserable|horrible|terrible|brutal for|on me",
        "is|has|was been? eating|killing|tearing|destroying|wrecking|haunting me",
        "poor me",
        "i feel|felt like a|an|the|such ~1 failure|monster|idiot|loser|worst|terrible|horrible|awful|fool|fraud|mess",
        "i feel|felt|am @adv? terrible|awful|horrible|bad|sick|disgusted|worthless about|with myself",
        "i feel|felt|am @adv? worthless|pathetic|useless|hopeless",
        "i do|did not deserve you|your",
        "deserve|deserved someone better",
        "deserve|deserved better than me",
        "i ruin|ruined|wreck|destroy|mess|screw everything",
        "i can not do anything right",
    ]),
    g("excuse", ALL, AtMyself, &[
        "because|cause|cuz|coz|bc|since|as i was|got|felt|had|became|'d @adv? @adv? been? @state",
        "i was|got|felt|been @adv? @adv? @state because|since|from|after|with|due",
    ]),
    g("excuse", ALL, Never, &[
        "i was|got|had|have been? @adv? drunk|wasted|high|hungover|tipsy",
        // A state offered with a shrug: "I guess I was tired", "I was just stressed".
        "i guess|suppose|mean i was|got|felt @adv? @adv? @state",
        "i was|got|felt just @adv? @state",
        "i|it had|has|have|was|is been|had? a|such ~1 long|rough|hard|stressful|bad|crazy|busy|tough|terrible|awful|exhausting|hectic day|week|month|year|night|shift",
        "with everything|all ~3 going on",
        "you have|need|got|must to? understand",
        "i was|have|had|am not|never been? myself",
        "the alcohol|drink|drinks|stress|anger|tiredness ~1 talking",
        "my hands were tied",
    ]),
    g("excuse", ALL, Negated, &["blame it|that on"]),
    g("excuse", NOT_CHG, Never, &[
        "because|cause|cuz|coz|bc|since|as i am @adv? @adv? @state",
        "which|that is|was why i !am|want|will|would|need|apologize|apologise|feel|know|understand|see|care|think|hope|wanted|'d",
        "under ~3 pressure|stress",
    ]),
    // "The traffic wasn't the reason I was late" sets the reason aside.
    g("excuse", NOT_CHG, Negated, &[
        "the only? reason why|that? i @act|was|did|got|had|acted|reacted|said",
    ]),
    g("demand-closure", ALL, Never, &[
        "can|could|shall we just|please? just|please? move on|past|forward",
        "can|could|shall we just|please? just|please? forget|drop|leave|let it|this|that|about|everything",
        "can|could|shall we just|please? just|please? get past|over|back",
        "can|could|shall we just|please? just|please? go back to normal|how",
        "can|could|shall we just|please? just|please? start over|fresh|again",
        "can|could|shall we just|please? just|please? be okay|ok|good|fine|normal",
        "can|could we stop|not talking|talk|discussing|discuss|bringing|bring",
        "let us just? move|forget|drop|put|leave on|it|this|that|about|behind|past",
        "lets just? move|forget|drop|put|leave on|it|this|that|about|behind|past",
        "put|leave|get|move|have ~3 behind us",
        "already apologized|apologised|apologize|apologise",
        "already said ~2 sorry",
        "i said i am|was sorry okay|ok|alright|already|so",
        "i said i am|was sorry $",
        "how many times ~4 sorry|apologize|apologise|say|tell",
        "what else|more do|can|could|would you want|expect",
        "you have|need|got|ought to forgive|move|let|drop",
        "you must|should|better forgive|move|let|drop",
        "get over it|this|that",
        "^ just|please? let it|this|that go",
        "you ~3 let it|this|that go",
        "are we good|okay|ok|fine|cool|square|even",
        "we are good|okay|ok|fine|cool|square|even now|then|right|again",
        "we are good|okay|ok|fine|cool|square|even $",
        "forgive and forget",
        "just forgive me",
        "i want|need|expect you to forgive|move|forget|drop|get",
        "^ just|please? drop it",
        "water under the bridge",
        "is|was in the past|behind us",
        "want|wanna to? talk about it|this|that anymore",
        "you ~1 keep|always bringing|bring it|this|that up",
    ]),
    g("counter-accusation", ALL, Never, &[
        "what about when|you|your",
        "what about the|that|all|those the? time|times",
        "but you were|did|are|said|have|had? also|too",
        "you did|do it|that|this too|also|as",
        "you did|do|said|say the same",
        "you are|were not|never exactly|either? a|an? perfect|innocent|blameless|saint|angel|faultless",
        "you were|are|was ~2 @fault too|also|either",
        "you owe me ~1 apology|sorry",
        "you should|need|ought|have to? apologize|apologise|apologizing",
        "you should|need|ought|have to? say|be sorry",
        "^ but|and? to be fair",
        "^ but|and? in all? fairness",
        "it takes two",
        "we both|both of us ~2 wrong|blame|fault|mistakes|messed|screwed|said|played|contributed|share|at",
        "we are|were both ~1 wrong|to|at|responsible|guilty",
        "you always|never do|did|say|said this|that|the",
        "you are no|not any? better",
        "i am not the only one",
        "you hurt me too|also|as",
    ]),
    g("regret-not-sorry", ALL, TextApologizes, &[
        "regret any|if",
        "regret that any|you|your",
        "regret the inconvenience|misunderstanding|situation|confusion",
        "regret what happened|occurred",
        "is|was|seems unfortunate|regrettable",
        "unfortunate|regrettable situation|incident|events|series|turn|circumstances|misunderstanding|event|episode|chain",
        "^ unfortunately you|your|things|it|feelings|mistakes|there|some|people|this|that|the",
        "regrettably",
    ]),
    g("corporate", ALL, Never, &[
        "any|the|this inconvenience|inconveniences",
        "may|might|could have caused|created|resulted|led",
        "apologize|apologise|apologies|regret|sorry for|about any",
        "any distress|discomfort|offense|offence|grievance|disruption|unpleasantness",
        "any hurt|harm|pain|upset caused|incurred|experienced",
        "we apologize|apologise|regret",
        "sincerest|deepest apologies",
        "bringing this|it|that to my|our attention",
        "regret to inform",
        "thank you|thanks for your patience|understanding $",
    ]),
    g("identity", ALL, Never, &[
        "not|never who|what i really|truly? am",
        "not the real me",
        "is|was not|never like me",
        "i am not a|an|the|that|this ~1 bad|mean|cruel|horrible|terrible|awful|monster|liar|cheater|kind|type|sort",
        "i am not usually|normally|typically|like ~1 this|that",
        "i am really|basically|actually|still? a|an|such ~1 good|decent|nice|kind|caring|loving|great|honest|gentle|reasonable|patient @person",
        "you know me $",
        "you know that? i am not|never|a|better|good|kind",
        "i have always been|was a|an? good|decent|nice|kind|caring|loving|great|honest|loyal",
        "my character|reputation",
        "reflection of|on my|who",
        "i am better than this|that",
    ]),
    g("hedging", ALL, Never, &[
        "i guess|suppose|suspect|reckon",
        "i think|feel maybe|perhaps|possibly",
        "maybe|perhaps|possibly i|it was|did|went|got|came|might|may|@act",
        "i may|might have !caused|created|led been|@act",
        "^ in a|some way|ways|sense",
        "to some|a certain? extent|degree",
        "i was|did|have|had? probably|possibly",
        "more or less",
        "technically",
    ]),
    g("hedging", ALL, OtherSubject, &[
        "!the|what|a|this|that|any|some|every|which|same|one|these|those|no|my|your|his|her|their|our|different|other|another|right|wrong|its kind|sort of",
        "kinda|sorta",
    ]),
    g("weak-commitment", CHG | RCV, PlanBeside, &[
        "i will|'d @adv? try",
        "i am going|gonna to? @adv? try",
        "i can|promise|hope @adv? to? try",
        "i am @adv? trying",
        "i will|want|promise|hope|am|need going? to? do|be|get|act|treat ~1 better|differently|different",
        "i will|promise|want|hope|am going? to? change",
        "i will|am|want|promise going? to? work on it|this|that|myself|me|things|us",
        "it|this|that will not|never happen again",
        "i will not|never do it|that|this again",
        "i will|promise to? @adv? improve",
        "i will make it up to you",
    ]),
    g("sarcastic", ALL, Never, &[
        "^ fine|whatever|geez|jeez|god|gosh i am sorry",
        "^ fine|whatever|geez|jeez sorry",
        "^ ok|okay|alright fine",
        "happy|satisfied|pleased now $",
        "are you happy|satisfied now|$",
        "@sorry for|about existing|breathing|living",
        "@sorry for|about being alive|born",
        "sorry i exist|breathe|breathed|existed",
        "sorry i am not perfect",
        "sorry i even? asked|bothered|spoke|tried $",
        "well|oh excuse me",
        "excuse me for living|breathing|existing",
        "^ there i said it",
        "is that what you want|wanted to hear",
        "is that good? enough",
        "@sorry okay|ok|alright $",
        "sorry not sorry",
        "so sue me",
        "boo hoo",
        "what more|else? do you want me to say",
    ]),
    g("fatalism", ALL, Never, &[
        "everyone|everybody|we|people all? make|makes|made mistakes|errors",
        "nobody|noone is perfect",
        "no one is perfect",
        "it is what it is",
        "that is|was just? life",
        "that is|was just? the? how|way it|things|life goes|go|is|are|works",
        "these|such things|stuff happen|happens",
        "stuff|shit|things happen|happens $",
        "it happens $",
        "i am only|just|also? human",
        "we are all? only|just? human",
        "that is just? how|who i am|was",
        "can|could not change who|how|what i am",
        "what is done is done",
        "was|were bound|meant|always going? to happen",
        "the past is the past",
        "how|way i was raised|brought",
        "boys will be boys",
        "what can you|i do $",
        "such is life",
    ]),
    g("insult", ALL, Never, &[
        "@sorry that? you are|were|seem|get so|too|such|this|that|easily a? @trait",
        "@sorry that? you are|were|seem an? stupid|dumb|clueless|ignorant|incapable|crazy|insane|idiot|moron",
        "@sorry that? you can|could|did|do not understand|handle|get|see|take|follow|grasp|comprehend",
        "!meant|intended|took|taken|intend|mean no offense|offence",
        "with all due respect",
        "not to be rude|mean|harsh|funny",
        "do not take this|it the? wrong",
        "bless your heart",
    ]),
    g("sympathy-only", ALL, TextOwnsAct, &[
        "@sorry that|this|it happened|happens",
        "@sorry to hear|see|learn|find",
        "@sorry for|about what|all|everything that|what? happened|you",
        "@sorry that? you had|have to",
        "@sorry that? you are? had|have|having a|such ~1 bad|rough|hard|tough|long|awful|terrible|difficult|stressful day|night|week|time|year|morning|evening",
        "@sorry that? you went|go|are|were|have|had going|been? through",
        "@sorry for|about your loss|trouble|pain|suffering|situation|experience|day|week",
        "@sorry that? things|it|this turned|ended|went|worked|played",
    ]),
    g("obviously", ALL, Never, &["obviously"]),
    g("misunderstanding", ALL, Never, &[
        "just|only|simply|merely|all|big|simple|silly|small|huge|honest|innocent a? misunderstanding|miscommunication|mixup",
        "was|is|been|were a|some? misunderstanding|misunderstandings",
        "anyone|anybody|whoever|those|people|everyone|somebody|someone who|that? misunderstood|misread|misinterpreted|misheard|misconstrued",
        "was|were|been|got misunderstood|misinterpreted|misread|misconstrued|misheard|twisted|misquoted",
        "taken|took ~1 out of context",
        "lost in translation",
        "got|get|getting|have|had|has the wrong idea|impression",
        "!i|we took|take|taking|taken it|this|that|things|everything|what the? wrong|wrongly|literally",
    ]),
    // Sorrow for the conflict itself, in a text that names nothing you did (the article: regret
    // "the hurt caused—not just that there was conflict"). An owned act anywhere in the text
    // ("I'm sorry I shouted at you during our argument") makes it clean.
    g("conflict-regret", NOT_CHG, TextOwnsAct, &[
        "@sorrow that? we|us ~5 @fought|@conflict",
        "@sorrow that? you|me and i|you|me ~3 @fought|@conflict",
        "@sorry|regret for|about|abt|bout|over the|our|that|this|all|last|yesterday|today|tonight|how ~3 @conflict !you|he|she|they",
        "regret|regretted|regretting the|our|that|this|all|last|how ~2 @conflict !you|he|she|they",
        "@sorry for|about|abt|over the|that|our shouting|screaming|yelling match",
        "@sorry|regret for|about|abt|over the|our|that|this ~2 falling|blow|bust|flare out|up",
        "@sorrow that? we have|had|keep|kept? fell|fallen|fall|falling out",
        "@sorry|regret that? we had words",
        "@sorry|regret that? we got|get into it",
        // Shouting at each other, things said to each other: what "we" did, owned by no one.
        // "At each other's throats": the possessive stays one word ("other's").
        "@sorrow that? we ~5 at|to|with each|one other|other's|another|another's",
        "@sorrow that? we are|were|have|had been? not|at ~1 speaking|talking|war|odds|loggerheads",
        "@sorrow ~3 how|way we left things|it",
        "@sorrow that? things|it|everything|stuff|tempers|voices got|get|gets|went|became|turned|has|have|had|was|were|is|are been? @adv? heated|tense|ugly|nasty|explosive|volatile|hostile|toxic|sour|sideways|raised|frayed",
        "@sorrow that? the|our|last|yesterday ~1 chat|conversation|convo|talk|discussion|evening|night|call|date|dinner|weekend|trip|visit|meeting got|went|became|turned|was @adv? heated|tense|ugly|nasty|explosive|hostile|toxic|sour|sideways",
        "@sorrow that? things|it|everything|stuff got|went|became|turned @adv? out|bad|south",
        // The talk itself out of hand ("sorry our conversation got out of hand"); "things got
        // out of hand" alone stays `passive`.
        "@sorrow that? the|our|last|yesterday ~1 chat|conversation|convo|talk|discussion|evening|night|call|date|dinner got|went|spun|spiralled|spiraled|spiraling|spiralling out of hand|control",
        "@sorrow that? things|it|everything|stuff|tempers|we all? @adv? blew|blown|flared|kicked|boiled up|off|over",
        "@sorrow that? our? tempers flared|rose|frayed|boiled|snapped",
        // "It turned into a fight", "the evening ended in an argument".
        "@sorrow that? it|this|that|things|everything|the|our ~2 turned|became|become|ended|escalated|spiralled|spiraled|descended|devolved|got|went ~3 @conflict",
        "@sorry|regret|regretting that? there was|were|is|has|have been? @adv? a|an|some|all|such|this|that? ~1 @conflict",
        "i? @adv? hate|hated|dislike|disliked that|how|when|it|the|our ~5 @fought|@conflict",
        "i @adv? hate|hated|dislike fighting|arguing|bickering|quarrelling|quarreling with",
        "i @adv? wish|wished that? we ~4 @fought|@conflict",
        "i feel|felt|am|was @adv? @adv? bad|terrible|awful|horrible|sad|gutted|sick|miserable about|over|that|for ~3 @fought|@conflict !you|he|she|they",
    ]),
    // An explanation whose cause is the other person, for something you did: the sentence must
    // name your act ("I forgot because you didn't remind me"), so "I'm sorry, because you
    // deserved better" stays clean. Their worth or trust as the reason ("because you always
    // believed in me") is not blame; nor is "not because you…".
    g("blame-back", NOT_CHG, NoActInSentence, &[
        "!not|ever because|cuz|coz|bc|cos|cause|since you|u never|always|constantly !stopped|gave|give|failed|wavered|doubted|deserved|deserve|left|judged|believed|supported|stood|trusted|loved|cared|tried|forgave|forgive|helped|help|were|have|had|been|showed|treated|backed|once|complained|asked|made",
        "!not|ever because|cuz|coz|bc|cos|cause|since you|u kept|keep|keeps !my|our|your|it|a|the|faith|trying|quiet|calm|believing|supporting|showing|loving|caring|forgiving",
        "!not|ever because|cuz|coz|bc|cos|cause you|u started|pushed|push|nagged|nag|interrupted|ignored|ignore|provoked|insulted|humiliated|embarrassed|mocked|criticized|criticised|yelled|shouted|screamed|snapped|lied|refused|twisted|twist|wound|freaked|flipped|blew|hung|baited|goaded|picked|bugged|annoyed|forgot|forget",
        "!not|ever because|cuz|coz|bc|cos|cause|since you|u did|do|does|would|will|could|can not|never !deserve|deserved|need|needed|mean|know|owe|have|ask|asked",
        "!not|ever because|cuz|coz|bc|cos|cause|since you|u were|are|was|have|had|'d been? @adv? being|acting|yelling|shouting|screaming|nagging|pushing|ignoring|annoying|bugging|pestering|provoking|interrupting|criticizing|criticising|picking|taunting|mocking|rude|mean|difficult|impossible|unreasonable|late|drunk|cold|distant|nasty|hostile|condescending|dismissive|jealous|controlling|childish|selfish",
        "!not because|cuz|coz|bc|cos of you|u !guys",
        "!not because|cuz|coz|bc|cos of your|ur attitude|tone|behavior|behaviour|mood|moods|nagging|yelling|shouting|temper|drinking|jealousy|comments|comment|reaction|texts|messages",
        "i only|just|merely|simply ~3 because|cuz|coz|bc|cos|cause you|u",
        // Their mistake as the cause: "because you told me the wrong time", "cause you put the
        // wrong date in"; "because you did nothing wrong" is not.
        "!not|ever because|cuz|coz|bc|cos|cause you|u told|gave|put|wrote|sent|set|booked|said|got|had me? the|a ~1 wrong|incorrect",
        // Called names: "because you called me lazy".
        "!not|ever because|cuz|coz|bc|cos|cause|since you|u called|call me|us ~1 lazy|stupid|selfish|useless|pathetic|names|an?|crazy|dramatic|liar|idiot",
        // "The only reason I raised my voice is that you wouldn't listen"; "…is that you
        // deserve better" and "…is that you believed in me" are not blame.
        "only reason ~6 is|was that|because you|u !deserve|deserved|deserves|mean|meant|matter|mattered|are|were|believed|trusted|gave|helped|make|made|love|loved|care|cared|asked|needed|need",
        // "because of what you said", "because of the way you spoke to me".
        "!not because|cuz|coz|bc|cos|cause of what|how|the ~1 you|u !did|do|deserve|deserved|need|needed|mean|meant",
        "!not|ever because|cuz|coz|bc|cos|cause your|ur attitude|tone|behavior|behaviour|mood|moods|texts|messages|comments|remarks|words|jokes|temper|nagging|yelling|shouting ~3 was|were|is|are|got|kept",
        "!not|ever because|cuz|coz|bc|cos|cause|since you|u 'd|had|would never have",
        "!not|ever since you|u had|'d? @adv? woken|woke|pushed|provoked|nagged|insulted|humiliated|embarrassed|mocked|criticized|criticised|yelled|shouted|screamed|snapped|lied|refused|twisted|wound|goaded|baited|ignored",
        // After your act, "but you…" hands it back: "I was rude, but you started it".
        "but|though|tho you|u started|provoked|baited|goaded|wound|nagged|pushed|pushing|winding|provoking|nagging|goading|baiting|needling",
        "but|though|tho you|u were|was|had been? @adv? pushing|winding|provoking|nagging|goading|baiting|needling|yelling|shouting|screaming|taunting|mocking|interrupting|picking",
        "but|though|tho you|u were|was|had been? @adv? being|acting @adv? rude|mean|difficult|impossible|unreasonable|nasty|hostile|condescending|dismissive|childish|selfish|horrible|awful|vile|cruel",
        "but|though|tho you|u kept|keep on|going|pushing|nagging|winding|starting|at",
        // Their act first, then "so I…": "you kept going on at me so I said something nasty".
        "you|u kept|keep @adv? on|going|pushing|nagging|winding|shouting|yelling|screaming|interrupting|provoking|picking|needling|taunting|mocking ~6 so|then i",
        "you|u started|start @adv? it|shouting|yelling|screaming|swearing|picking ~4 so|then i",
        "you|u wound|wind|pushed|push|provoked|provoke|goaded|baited me ~3 so|then i",
    ]),
    // "If you had answered…, I wouldn't have panicked": their act as the condition for yours.
    // "…I would never have known how much I hurt you" is gratitude, not blame.
    g("blame-back", NOT_CHG, Never, &[
        "if you|u had|'d ~10 i would|'d not|never have !known|realized|realised|understood|seen|noticed|learned|learnt|found|heard|thought|guessed|figured",
        // The same with the good act they kept you from: "if you had reminded me, I would have
        // remembered". Only when what they didn't do is telling or asking, and never "if you
        // hadn't told me…" (gratitude) nor "I would have understood" (a wish to have been told).
        "if you|u had|'d !not|never reminded|told|warned|asked|called|texted|rung|mentioned|said|messaged ~8 i would|'d have !not|never|understood|known|realized|realised remembered|come|been|called|done|helped|stopped|gone|stayed|texted|picked|shown",
        // The same with your act first: "I wouldn't have snapped if you hadn't kept on at me".
        // "I'd never have known / got through it if you hadn't…" is gratitude, not blame.
        "i would|'d not|never have !known|realized|realised|understood|seen|noticed|learned|learnt|found|heard|thought|guessed|figured|made|got|gotten|coped|managed|survived|come|been ~8 if you|u",
        "i never would|'d have !known|realized|realised|understood|seen|noticed|learned|learnt|found|heard|thought|guessed|figured|made|got|gotten|coped|managed|survived|come|been ~8 if you|u",
    ]),
];

/// The compiled table: patterns plus, per group, its target, scopes and guard.
pub(crate) struct Table {
    pub compiled: Compiled,
    pub groups: Vec<(Target, u8, Guard)>,
}

/// Compiles the table on first use (a few hundred patterns; well under a millisecond).
pub(crate) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut compiled = Compiled::new();
        let mut groups = Vec::with_capacity(GROUPS.len());
        for (i, group) in GROUPS.iter().enumerate() {
            let target = match group.target {
                "~owned" => Target::Owned,
                "~remorse" => Target::Remorse,
                "~remorse-hint" => Target::RemorseHint,
                "~plan" => Target::Plan,
                "~sorry" => Target::Sorry,
                "~reason" => Target::Reason,
                "~admission" => Target::Admission,
                "~circumstance" => Target::Circumstance,
                "~plain" => Target::Plain,
                id => Target::Rule(rule(id).unwrap_or_else(|| panic!("no rule {id}"))),
            };
            groups.push((target, group.scopes, group.guard));
            for p in group.patterns {
                compiled.add(i, p);
            }
        }
        Table { compiled, groups }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_compiles_and_names_real_rules() {
        let t = table();
        assert!(t.compiled.patterns.len() > 250);
        assert_eq!(t.groups.len(), GROUPS.len());
    }
}
