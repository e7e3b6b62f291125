"""Reading an evaluative word alone (polarity.tsv): the table, a word's polarity through its inflections and
clitics, the classes a word belongs to (giving up, condemning, punishing ...), and the cursor helpers the stance
rules share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize, without_article
from ..mentions import Candidate
from ..words import COMMAS, PRONOUN_SUFFIXES, QUOTE_CHARS, hamza_seat_stem, prev_word, tokens_of

REVERSE = "reverse"   # polarity.tsv: the word turns round the evaluative word after it
GIVING_UP = "giving_up"   # polarity.tsv: a verb of giving up, a negation of what follows ("تخلى عن دعم")
FAILING = "failing"       # polarity.tsv: a verb of failing to do: giving up what follows, and bad for who fails
ACCEPTING = "accepting"   # polarity.tsv: a verb of accepting or tolerating: nothing alone, a rejection negated ("لن نسمح")
NEUTRAL = "neutral"       # polarity.tsv: a common word that folds onto an evaluative one and judges nothing ("هنا")
SO_CALLED = "so_called"   # polarity.tsv: "ما يسمى": right before a name, the speaker denies it its name
HARMING = "harming"       # polarity.tsv: a bad act done to someone: negative, and the name right after it suffers it
OUTLAWED = "outlawed"     # polarity.tsv: the name of an organization outlawed as terrorist: negative as a target
PUNISHING = "punishing"   # polarity.tsv: a noun of sanctions: bad, and whom it is imposed on is punished
CONDEMNING = "condemning"   # polarity.tsv: a verb of condemning, rejecting or accusing: bad for what follows it, not its doer
NEGATED_ONLY = "negated_only"   # polarity.tsv: a word that judges only after غير ("غير قانوني", "غير مسؤول")
CLOSE_TIE = "close_tie"   # polarity.tsv: good only right after a noun of relation ("علاقات وثيقة"; "وثيقة" alone: a document)
VERB_HOMOGRAPH = "verb_homograph"   # polarity.tsv: an evaluative noun that is also a neutral verb ("تقدم": progress, she offers)
EXPLOITING = "exploiting"  # polarity.tsv: a verb of using or playing: before a noun of a card, exploitation ("تستخدم ورقة")
CARD = "card"              # polarity.tsv: a card, a bargaining chip that a verb of using plays ("ورقة", "أوراق")
ENTERING = "entering"     # polarity.tsv: an evaluative noun that is also "enters" ("تدخل"): the verb before a noun of a stage
BEFALLING = "befalling"   # polarity.tsv: what befalls someone named right after it ("اعتقال X", "هزيمة X"): a role only
MEASURE = "measure"       # polarity.tsv: a befalling that is a measure taken against someone ("اعتقال X", "إقالة X"): a role only
DISOWNING = "disowning"   # polarity.tsv: a verb of representing that judges only negated ("لا تمثل إلا نفسها")
UNCHANGING = "unchanging"   # polarity.tsv: a verb of becoming different; negated after a position, steadfast ("لم يتغير")
POSITION = "position"       # polarity.tsv: a noun of the position a side takes ("موقف", "مواقف")
CAUSE = "cause"             # polarity.tsv: "because of": the doer named in the cause shares the act's stance ("جراء قرار X")
DUTY = "duty"               # polarity.tsv: responsibility: blame alone, a virtue after a word of sense ("الحس بالمسؤولية")
SENSE = "sense"             # polarity.tsv: a word of sense or bearing after which a word of duty is a virtue
OFFICE = "office"           # polarity.tsv: a word of handing over or taking on, after which a word of duty is an office
HESITATING = "hesitating"   # polarity.tsv: a verb of hesitating: giving up only before في or عن ("تردد في دعم")
REJECTING = "rejecting"     # polarity.tsv: a condemning verb of rejecting or opposing: negated, acceptance ("لا نرفض")
ATTACKING = "attacking"     # polarity.tsv: a noun of an armed attack ("هجوم", "قصف"): whom it is made on ("على X") suffers it
VIOLENT = "violent"         # polarity.tsv: an act of violence or arrest, told without judging it; harmful with its doer named
DOING = "doing"             # polarity.tsv: a noun of a side's doings or reach ("أنشطة", "نفوذ"): fought, its owner is fought
LASTING = "lasting"         # polarity.tsv: a word of lasting or returning: denied by لا or لن, a rejection ("لا عودة لـ")
CROSSING = "crossing"       # polarity.tsv: a verb of crossing: a fault before a noun of a limit ("تجاوز الخطوط الحمراء")
LIMIT = "limit"             # polarity.tsv: a noun of a limit or a rule that a verb of crossing oversteps ("حدود", "صلاحيات")
FIRING = "firing"           # polarity.tsv: a verb of firing: a violent deed of its doer before a noun of gunfire ("أطلق النار")
SHOT = "shot"               # polarity.tsv: a noun of gunfire, live rounds or tear gas that a verb of firing looses
ESCAPING = "escaping"       # polarity.tsv: a verb of escaping: before a noun of a reckoning, a wrongdoer's ("يفلت من العقاب")
SUPERLATIVE = "superlative"   # polarity.tsv: "الأفضل": good, but no judgement in "من الأفضل لها أن", "الأفضل لها"
RECKONING = "reckoning"     # polarity.tsv: a noun of punishment or a reckoning a wrongdoer escapes or not ("العقاب", "العدالة")
AROUSING = "arousing"       # polarity.tsv: a verb of arousing: before a noun of a bad feeling, a fault of its cause ("يثير القلق")
CAUSING = "causing"         # polarity.tsv: a verb of causing or exploiting: before a crisis or a bad thing, a fault ("تسبب في الأزمة")
AROUSED = "aroused"         # polarity.tsv: a noun of a bad feeling a verb of arousing stirs ("القلق", "الاستغراب")
TIE = "tie"                 # polarity.tsv: a noun of ties or agreements: nothing alone, cut or cancelled a break ("قطع العلاقات")
ENVOY = "envoy"             # polarity.tsv: an ambassador: a tie a reverser cuts ("طرد السفير"), none mended
MENDING = "mending"         # polarity.tsv: a word of resuming or mending: before a noun of ties, rapprochement ("استئناف العلاقات")
REVIEWING = "reviewing"     # polarity.tsv: a word of assessing: done again to ties, a threat to them ("إعادة النظر في العلاقات")
AGAIN = "again"             # polarity.tsv: a word of doing again before a word of assessing ("إعادة", "سيعيد")
CLOSING = "closing"         # polarity.tsv: a verb of closing: before a door shut on someone, hostility ("أغلق الباب في وجه")
DOOR = "door"               # polarity.tsv: a door that a verb of closing shuts ("الباب", "أبواب")
SILENCE = "silence"         # polarity.tsv: silence ("صمت"): kept by a party named with it, a reproach ("صمت X", "صمتها")
MANNER = "manner"           # polarity.tsv: a word of the manner a deed is done ("عمدا"): no reverser turns it round
ENTITLED = "entitled"       # polarity.tsv: a word of a right ("يحق", "حق"): nothing alone, denied a wrong of the one denied it
REVISING = "revising"       # polarity.tsv: a word of reviewing that is itself an assessment done again ("مراجعة العلاقات")
LATE = "late"               # polarity.tsv: "late": right after a verb of coming, too late ("جاء متأخرا"); nothing alone
SUFFICING = "sufficing"     # polarity.tsv: a verb of being enough: nothing alone ("يكفي أن"), negated a shortcoming ("لا تكفي")
LOSING = "losing"           # polarity.tsv: a verb of losing: before a noun of a person, mourning ("فقدت قائدا حكيما")
SUBMITTING = "submitting"   # polarity.tsv: a verb of submitting or bowing: negated, defiance ("لن نركع", "لن تخضع للتهديدات")
WINNING = "winning"         # polarity.tsv: a noun of winning: the one named right after it is the winner ("فوز X")
HOLDING = "holding"         # polarity.tsv: a verb of holding someone responsible: the party between it and a duty is blamed
ANSWERABLE = "answerable"   # polarity.tsv: "responsible": said of a party before عن and a bad happening, blame ("X مسؤولة عن وفاة")
GROUNDING = "grounding"     # polarity.tsv: a noun of grounds or truth: right after لا, baseless ("لا أساس لها", "لا صحة لها")
LEGITIMACY = "legitimacy"   # polarity.tsv: legitimacy: at stake after a word of giving, gaining or restoring it, no merit held
STAKING = "staking"         # polarity.tsv: a word of giving, gaining, restoring or abiding by ("يمنح", "استعادة", "التقيد")
EXPOSING = "exposing"       # polarity.tsv: a verb of exposing or putting: its object is put in the bad state after it ("يعرض X للخطر")
PAYING = "paying"           # polarity.tsv: a past verb of paying: right before the price of a thing, its doer paid for a fault ("دفع ثمن")
STEP = "step"               # polarity.tsv: a noun of a step: followed by a word of forward, progress ("خطوة مهمة نحو")
FORWARD = "forward"         # polarity.tsv: a word of going forward after a step ("نحو", "قدما", "إلى الأمام")
EMINENT = "eminent"         # polarity.tsv: an elative of size, rank or height ("الأكبر", "أهم"): a description's lean to praise
GLOOMY = "gloomy"           # polarity.tsv: an adjective of sorrow ("حزين"): a verdict of blame right after a noun of a day ("يوم حزين")
DAY = "day"                 # polarity.tsv: a noun of a day or a moment, what an adjective of sorrow after it judges ("يوم", "لحظة")
UNDERGONE = "undergone"     # polarity.tsv: a passive perfect of violence ("أصيب", "اغتيل"): its subject suffers it, never does it
ACCLAIM = "acclaim"         # polarity.tsv: a noun or adjective of acclaim ("نموذج", "تتويج", "مهم"): a description's lean to praise
VICTIM = "victim"           # polarity.tsv: a noun of being wronged ("ضحية", "المتضرر"): a party called so is wronged
PUSHING = "pushing"         # polarity.tsv: a verb of pushing or driving ("يدفع X إلى"): X is driven, no doer
AFFAIR = "affair"           # polarity.tsv: a noun of a matter ("شأن", "مسألة"): an internal one is no verdict ("شأن داخلي")
INTERNAL = "internal"       # polarity.tsv: the adjective "internal" ("داخلي"), after a noun of a matter
PRICE = "price"             # polarity.tsv: the bare noun "price" of a construct, what a verb of paying pays ("دفعت ثمن أخطائها")


@dataclass(frozen=True)
class PolarityTable:
    values: dict[str, int]        # normalised word -> +1 | -1
    reversers: frozenset[str]     # "مكافحة", "وقف", "ضد" ...
    giving_up: frozenset[str]     # "تخلى", "تراجع" ...: negate the evaluative word after them
    accepting: frozenset[str]     # "سمح", "تسامح" ...: negated, they reject what follows, which stays as bad as it is
    negated_only: frozenset[str]  # "قانوني", "مسؤول" ...: right after غير, a bad word
    disowning: frozenset[str]     # "يمثل", "يعبر" ...: negated, a bad word for what is said not to represent
    close_tie: frozenset[str]     # "وثيقة": good after "علاقات", "صلة" ..., else a document
    verb_homograph: frozenset[str]  # "تقدم" ...: after لم, لن, أن the neutral verb, no evaluative noun
    condemning: frozenset[str]    # "ندين", "يرفض", "اتهم" ...: negative (in `values`), aimed at what follows
    punishing: frozenset[str]     # "عقوبات" ...: negative (in `values`); "عقوبات على X" punishes X
    outlawed: frozenset[str]      # "داعش", "تنظيم القاعدة" ...: names, no words of a phrase
    harming: frozenset[str]       # "قمع", "اغتيال" ...: negative (in `values`); "قمع X": X suffers it
    so_called: frozenset[str]     # "يسمى", "المزعومة" ...: before a name, the speaker's scorn of it
    neutral: frozenset[str]       # "هنا", "اثنتين" ...: read as they are, no evaluative word
    befalling: frozenset[str] = frozenset()   # "اعتقال", "هزيمة" ...: what befalls the one named after it
    measure: frozenset[str] = frozenset()     # "اعتقال", "إقالة" ...: a befalling that is a measure taken against someone
    unchanging: frozenset[str] = frozenset()  # "يتغير", "تتبدل" ...: negated after a position, steadfast
    position: frozenset[str] = frozenset()    # "موقف", "مواقف": the position a side takes
    cause: frozenset[str] = frozenset()       # "بسبب", "جراء" ...: what follows is the cause of what the act judges
    duty: frozenset[str] = frozenset()        # "المسؤولية": negative (in `values`), a virtue after a word of sense
    sense: frozenset[str] = frozenset()       # "الحس", "روح", "التحلي" ...: a word of duty after them is a virtue
    office: frozenset[str] = frozenset()      # "تسليم", "تولي" ...: a word of duty after them is an office, no blame
    hesitating: frozenset[str] = frozenset()  # "تردد", "توانى": giving up before في or عن
    rejecting: frozenset[str] = frozenset()   # "رفض", "عارض", "معارضته" ...: condemning, negated an acceptance
    attacking: frozenset[str] = frozenset()   # "هجوم", "غارات" ...: "الهجوم على X": X is attacked, no doer of it
    violent: frozenset[str] = frozenset()     # "قتل", "ضرب", "إجبار" ...: "قتل على يد X": X did the harm
    doing: frozenset[str] = frozenset()       # "أنشطة", "مخططات", "نفوذ" ...: "وقف أنشطة X", "الحد من نفوذ X": X is fought
    lasting: frozenset[str] = frozenset()     # "عودة", "بقاء", "يستمر" ...: "لا عودة لـX", "لا يمكن أن يستمر": rejected
    crossing: frozenset[str] = frozenset()    # "تجاوز", "تخطى" ...: before a noun of a limit, a fault of the doer
    limit: frozenset[str] = frozenset()       # "حدود", "الخطوط", "صلاحيات" ...: what a verb of crossing oversteps
    firing: frozenset[str] = frozenset()      # "أطلق", "يطلق": before a noun of gunfire, a violent deed of the doer
    shot: frozenset[str] = frozenset()        # "النار", "الرصاص", "الغاز" ...: what a verb of firing looses
    escaping: frozenset[str] = frozenset()    # "يفلت", "الإفلات", "نجا" ...: before a noun of a reckoning, a wrongdoer's
    reckoning: frozenset[str] = frozenset()   # "العقاب", "المحاسبة", "العدالة" ...: what a wrongdoer escapes or not
    superlative: frozenset[str] = frozenset()  # "الأفضل": positive (in `values`) but for advice ("من الأفضل لها أن")
    arousing: frozenset[str] = frozenset()    # "يثير", "أثار", "مثير" ...: before a noun of a bad feeling, a fault of its cause
    aroused: frozenset[str] = frozenset()     # "القلق", "الاستغراب", "المخاوف" ...: the bad feeling a verb of arousing stirs
    causing: frozenset[str] = frozenset()     # "تسبب", "يتسبب" ...: before a crisis or a bad thing, a fault of its doer
    sufficing: frozenset[str] = frozenset()   # "يكفي", "تكفي": negated, a shortcoming of what is not enough
    late: frozenset[str] = frozenset()        # "متأخرا", "متأخرة": right after a verb of coming, too late
    tie: frozenset[str] = frozenset()         # "العلاقات", "اتفاقيات" ...: after a reverser, a break with the other side
    envoy: frozenset[str] = frozenset()       # "سفير", "سفراء" ...: after a reverser, a break; not mended by a return
    mending: frozenset[str] = frozenset()     # "استئناف", "تطبيع" ...: before a noun of ties, a rapprochement with the other side
    reviewing: frozenset[str] = frozenset()   # "تقييم", "النظر" ...: after a word of doing again, ties put in question
    again: frozenset[str] = frozenset()       # "إعادة", "سيعيد" ...: doing again what the word of assessing names
    closing: frozenset[str] = frozenset()     # "أغلق", "تغلق" ...: before a door shut on someone or on dialogue, hostility
    door: frozenset[str] = frozenset()        # "باب", "أبواب": what a verb of closing shuts
    silence: frozenset[str] = frozenset()     # "صمت": the silence of a party named with it ("صمت X عن"), a reproach
    manner: frozenset[str] = frozenset()      # "عمدا": how a deed is done, not what a word of stopping stops
    entitled: frozenset[str] = frozenset()    # "يحق", "حق": denied ("لا يحق لـX", "ليس من حق X"), X oversteps its right
    revising: frozenset[str] = frozenset()    # "مراجعة" ...: an assessment done again by itself, no word of again needed
    losing: frozenset[str] = frozenset()      # "فقد", "فقدنا", "فقدان" ...: before a noun of a person, mourning
    submitting: frozenset[str] = frozenset()  # "يخضع", "يركع" ...: negated, defiance; what is not submitted to stays bad
    winning: frozenset[str] = frozenset()     # "فوز", "انتصار": the one named right after it won
    holding: frozenset[str] = frozenset()     # "حمل", "محملين", "تحميل" ...: "محملين X المسؤولية": X is blamed
    answerable: frozenset[str] = frozenset()  # "مسؤول", "مسؤولة" ...: "X مسؤولة عن وفاة Y", "X مسؤول عما جرى": X is blamed
    entering: frozenset[str] = frozenset()    # "تدخل": before a noun of a stage or era the verb "enters" ("تدخل مرحلة جديدة")
    exploiting: frozenset[str] = frozenset()  # "تستخدم", "توظف", "تلعب" ...: before a noun of a card, exploitation
    card: frozenset[str] = frozenset()        # "ورقة", "أوراق": what a verb of using plays ("تستخدم ورقة الطاقة")
    grounding: frozenset[str] = frozenset()   # "أساس", "صحة": right after لا, baseless ("لا أساس له")
    legitimacy: frozenset[str] = frozenset()  # "شرعية": after a word of staking it ("يمنح X شرعية"), no merit held
    staking: frozenset[str] = frozenset()     # "منح", "استعادة", "بناء" ...: legitimacy after them is at stake
    exposing: frozenset[str] = frozenset()    # "يعرض", "يضع" ...: "يعرض X للخطر", "يضع X في مأزق": X is put in harm's way
    paying: frozenset[str] = frozenset()      # "دفع", "دفعت" ...: past only, right before a price ("دفع ثمن تحالفه")
    price: frozenset[str] = frozenset()       # "ثمن": the bare construct noun, not "الثمن" nor "ثمنا"
    step: frozenset[str] = frozenset()        # "خطوة", "خطوات": a step, progress before a word of forward
    eminent: frozenset[str] = frozenset()     # "الأكبر", "أهم", "أعلى" ...: what a description ranks high leans to praise
    gloomy: frozenset[str] = frozenset()      # "حزين": a sad day, blame of the event told ("يوم حزين لـX")
    day: frozenset[str] = frozenset()         # "يوم", "لحظة", "ليلة": the time an adjective of sorrow after it judges
    acclaim: frozenset[str] = frozenset()     # "نموذج", "تتويج", "عملاق", "مهم" ...: what a description acclaims leans to praise
    forward: frozenset[str] = frozenset()     # "نحو", "قدما", "الأمام": where a step goes
    undergone: frozenset[str] = frozenset()   # "أصيب", "اغتيل": "جنود أصيبوا بجروح": the subject suffers, no doer
    victim: frozenset[str] = frozenset()      # "ضحية", "المتضرر": "X ضحية حملة", "X هو الطرف المتضرر": X is wronged
    pushing: frozenset[str] = frozenset()     # "يدفع", "ستدفع": "قد يدفع X نحو Y": X is driven there, the cause's patient
    affair: frozenset[str] = frozenset()      # "شأن", "مسألة", "أمر": a matter, which "internal" after it leaves to its owner
    internal: frozenset[str] = frozenset()    # "داخلي", "داخلية": "شأن داخلي لـX", "مسألة X داخلية": no verdict on X


# polarity.tsv kinds that only give a word a role, and kinds of negative words that have a role besides
ROLE_KINDS = (REVERSE, GIVING_UP, ACCEPTING, NEGATED_ONLY, DISOWNING, OUTLAWED, SO_CALLED, NEUTRAL, VERB_HOMOGRAPH, CLOSE_TIE,
              BEFALLING, MEASURE, UNCHANGING, POSITION, CAUSE, SENSE, OFFICE, HESITATING, REJECTING, DOING, ATTACKING, VIOLENT,
              LASTING, CROSSING, LIMIT, FIRING, SHOT, ESCAPING, RECKONING, SUPERLATIVE, AROUSING, AROUSED, CAUSING,
              SUFFICING, LATE, TIE, ENVOY, MENDING, REVIEWING, AGAIN, REVISING, ENTITLED, MANNER, SILENCE, CLOSING, DOOR, LOSING, SUBMITTING, WINNING, ANSWERABLE, HOLDING, ENTERING,
              EXPLOITING, CARD, GROUNDING, EXPOSING, LEGITIMACY, STAKING, PAYING, PRICE, STEP, FORWARD, EMINENT, ACCLAIM, GLOOMY, DAY, UNDERGONE,
              AFFAIR, INTERNAL, VICTIM, PUSHING)
NEGATIVE_ROLE_KINDS = (CONDEMNING, PUNISHING, HARMING, FAILING, DUTY)


@cache
def polarity_table() -> PolarityTable:
    """polarity.tsv read once: evaluative words, the words that turn the next one round, verbs of giving up."""
    values: dict[str, int] = {}
    roles: dict[str, set[str]] = {kind: set() for kind in ROLE_KINDS + NEGATIVE_ROLE_KINDS}
    for r in lexicon.read_tsv("polarity.tsv"):
        word, kind = normalize(r["word"]), r["polarity"]
        if kind in roles:
            roles[kind].add(word)
        if kind not in ROLE_KINDS:
            values[word] = 1 if kind == "positive" else -1
    frozen = {kind: frozenset(words) for kind, words in roles.items()}
    return PolarityTable(values, reversers=frozen[REVERSE], giving_up=frozen[GIVING_UP] | frozen[FAILING],
                         accepting=frozen[ACCEPTING], negated_only=frozen[NEGATED_ONLY], disowning=frozen[DISOWNING],
                         verb_homograph=frozen[VERB_HOMOGRAPH], close_tie=frozen[CLOSE_TIE],
                         condemning=frozen[CONDEMNING], punishing=frozen[PUNISHING], outlawed=frozen[OUTLAWED],
                         harming=frozen[HARMING], so_called=frozen[SO_CALLED], neutral=frozen[NEUTRAL],
                         befalling=frozen[BEFALLING], measure=frozen[MEASURE], unchanging=frozen[UNCHANGING], position=frozen[POSITION],
                         cause=frozen[CAUSE], duty=frozen[DUTY], sense=frozen[SENSE], office=frozen[OFFICE],
                         hesitating=frozen[HESITATING], rejecting=frozen[REJECTING], doing=frozen[DOING],
                         attacking=frozen[ATTACKING], violent=frozen[VIOLENT], lasting=frozen[LASTING],
                         crossing=frozen[CROSSING], limit=frozen[LIMIT], firing=frozen[FIRING], shot=frozen[SHOT],
                         escaping=frozen[ESCAPING],
                         reckoning=frozen[RECKONING], superlative=frozen[SUPERLATIVE], arousing=frozen[AROUSING],
                         aroused=frozen[AROUSED], causing=frozen[CAUSING],
                         sufficing=frozen[SUFFICING], late=frozen[LATE], tie=frozen[TIE], envoy=frozen[ENVOY], mending=frozen[MENDING],
                         reviewing=frozen[REVIEWING], again=frozen[AGAIN], revising=frozen[REVISING], entitled=frozen[ENTITLED], manner=frozen[MANNER], silence=frozen[SILENCE], closing=frozen[CLOSING], door=frozen[DOOR], losing=frozen[LOSING],
                         submitting=frozen[SUBMITTING], winning=frozen[WINNING], answerable=frozen[ANSWERABLE], holding=frozen[HOLDING],
                         entering=frozen[ENTERING], exploiting=frozen[EXPLOITING], card=frozen[CARD],
                         grounding=frozen[GROUNDING], exposing=frozen[EXPOSING],
                         legitimacy=frozen[LEGITIMACY], staking=frozen[STAKING],
                         paying=frozen[PAYING], price=frozen[PRICE], step=frozen[STEP], forward=frozen[FORWARD],
                         eminent=frozen[EMINENT], acclaim=frozen[ACCLAIM],
                         gloomy=frozen[GLOOMY], day=frozen[DAY], undergone=frozen[UNDERGONE],
                         affair=frozen[AFFAIR], internal=frozen[INTERNAL],
                         victim=frozen[VICTIM], pushing=frozen[PUSHING])


def polarity_words() -> dict[str, int]:
    return polarity_table().values


@cache
def title_first_words() -> frozenset[str]:
    """The first words of the titles (titles.tsv) as written: "الرئيس", "وزير", "ملك" ..."""
    return frozenset(t.split()[0] for t in lexicon.titles() if t.split())


@cache
def title_heads() -> frozenset[str]:
    """The first words of the titles without the article: "رئيس", "وزير", "ملك" ..."""
    return frozenset(without_article(h) for h in title_first_words())


@lru_cache(maxsize=1 << 16)
def _forms(text: str) -> tuple[str, ...]:
    """The readings of a word, clitics stripped, then its inflections; not after the rare ك (the ك of
    "كامل" is no clitic)."""
    readings = [(normalize(stem), stem) for clitic, stem in clitic_variants(text) if "ك" not in clitic]
    own = tuple(form for norm, stem in readings for form in _inflection_stems(norm, stem.endswith("ة"), _passive(stem)))
    # the future's سـ read after the word's own readings, so that a word read as it is keeps its reading
    future = tuple(form for norm, stem in readings if _future(norm) for form in _inflection_stems(norm[1:]))
    # after سـ a verb_homograph is its neutral verb ("ستقدم": she will offer, no تقدم, progress)
    return own if polarity_table().verb_homograph.intersection(future) else own + future


def _future(norm: str) -> bool:
    """"ستتولى", "سيدعم", "سندين", "سأرفض": the future's سـ before an imperfect's prefix, leaving at least a
    prefix and a three-letter stem (the shortest verb the tables hold), so "ستة", "ستار" keep theirs."""
    return len(norm) >= 5 and norm[0] == "س" and norm[1] in "يتنا"


def _passive(stem: str) -> bool:
    """A verb written with a damma on its first letter is a passive ("نُهبت", "قُتل"): a deed told, its doer unnamed."""
    return len(stem) > 1 and stem[1] == DAMMA


@lru_cache(maxsize=262144)   # asked of every word of every content, several times: a function of the text alone
def word_polarity(text: str) -> int:
    """The polarity of a word, read through its inflections: the article, feminine, plural, dual,
    accusative and pronoun endings, the prefixes of the imperfect ("المتغطرسة" -> متغطرس,
    "ندعمها" -> دعم, "أعدموا" -> أعدم, "تقدما" -> تقدم). "وحده", "وحدها" (alone) lend nothing: folded,
    they read as وحدة (unity)."""
    if _is_alone(text):
        return 0
    words, neutral = polarity_words(), polarity_table().neutral
    for form in _forms(text):
        if form in neutral:
            return 0          # "هنا" (here) is no هنأ, "اثنتين" (two) no أثنت
        value = words.get(form)
        if value:
            return value
    return 0


def _is_alone(text: str) -> bool:
    """"X وحده يتحمل المسؤولية": a word of `alone` (function_words.tsv), written with ه, not the ة of وحدة."""
    alone = lexicon.function_words().alone
    return any(normalize(stem) in alone and not stem.endswith("ة")
               for clitic, stem in clitic_variants(text) if clitic in ("", "و", "ف", "ب"))


@lru_cache(maxsize=262144)
def of_kind(text: str, words: frozenset[str]) -> bool:
    """Is a reading of the word (clitics stripped, inflections undone) one of these words? Kept per (word,
    class), like is_one_of. (A set test of the forms at once: each word is put to some twenty classes on first
    reading, polarity_reading's, and a step per form of each was most of that cost.)"""
    return not words.isdisjoint(_forms(text))


def is_giving_up(text: str) -> bool:
    """"تخلى", "نتراجع", "توقفت": a verb of giving up, which negates what it gives up."""
    return of_kind(text, polarity_table().giving_up)


def is_accepting(text: str) -> bool:
    """"نسمح", "نتسامح", "يرضى": a verb of accepting or tolerating, which judges only when negated."""
    return of_kind(text, polarity_table().accepting)


def judges_a_pronoun(text: str) -> bool:
    """Is the word a verb of judging that carries its object as a pronoun ("رفضته", "انتقدها", "يتهمهم")?
    Then the name after it is its doer ("وهذا ما انتقدته X"), not what it judges."""
    condemning = polarity_table().condemning
    norm = normalize(text)
    return any(norm.endswith(ending) and of_kind(norm[: -len(ending)], condemning)
               for ending in PRONOUN_SUFFIXES if len(norm) - len(ending) >= 3)


def is_punishing(text: str) -> bool:
    """"عقوبات", "العقوبات", "عقابية": a noun or adjective of sanctions."""
    return of_kind(text, polarity_table().punishing)


@lru_cache(maxsize=65536)   # a function of the word alone, asked of the words around each mention
def is_winning(text: str) -> bool:
    """"فوز", "بفوز", "الانتصار": a noun of winning, whose winner is named right after it (clitics and article stripped)."""
    winning = polarity_table().winning
    return any(without_article(normalize(stem)) in winning for _, stem in clitic_variants(text))


@lru_cache(maxsize=65536)   # a function of the word alone, asked of the words around each mention
def is_befalling(text: str) -> bool:
    """"اعتقال", "بهزيمة", "لمقتل": a noun of what befalls the one named right after it (clitics and article
    stripped: "لمقتل" after "أسفه")."""
    befalling = polarity_table().befalling
    return any(without_article(normalize(stem)) in befalling for _, stem in clitic_variants(text))


@lru_cache(maxsize=65536)   # a function of the word alone, asked of the words around each mention
def is_measure(text: str) -> bool:
    """"اعتقال", "بإقالة": a noun of a measure taken against the one named right after it (clitics and article
    stripped), not a misfortune ("وفاة", "هزيمة")."""
    measure = polarity_table().measure
    return any(without_article(normalize(stem)) in measure for _, stem in clitic_variants(text))


def is_harming(text: str) -> bool:
    """"قمع", "اغتيال", "تهجير": a bad act done to someone, whose object is named right after it."""
    return of_kind(text, polarity_table().harming)


def is_harmful(text: str) -> bool:
    """"قتل", "للضرب", "إجباره", "التعذيب": an act that harms whom it is done to, a bad word or an act of violence
    a report tells without judging (polarity.tsv violent)."""
    return word_polarity(text) < 0 or of_kind(text, polarity_table().violent)


def is_attacking(text: str) -> bool:
    """"الهجوم", "غارات", "القصف": a noun of an armed attack, neutral alone (a report names who attacks as often as
    whom), whose object after على is the one attacked."""
    return of_kind(text, polarity_table().attacking)


def is_doing(text: str) -> bool:
    """"أنشطة", "لمخططات", "نفوذ": a noun of a side's doings or reach, whose owner named right after it is fought
    when a word of fighting or stopping governs it."""
    return of_kind(text, polarity_table().doing)


def is_reverser(text: str) -> bool:
    """"مكافحة", "للتصدي", "بوقف": a word of fighting or stopping whose object's polarity it turns round."""
    reversers = polarity_table().reversers
    # "التوقف عن": a verb of giving up (a negation already) is no second turn ("توقف" reads as وقف too)
    return of_kind(text, reversers) and not is_giving_up(text)


NISBA_ENDINGS = ("ي", "يه")   # the relative adjective's ending (يه: ية folded), which a final hamza does not take
# longest first: one ending is stripped
DAMMA = "\u064f"
PERFECT_TA = "ت"   # the perfect's ending for she, I and you; no article before it (a verb's)
SUFFIXES = ("هما", "كم", "هم", "ها", "نا", "ات", "ين", "ون", "وا", "يه", "ان", "ه", "ي", "ا")


def _inflection_stems(norm: str, ta_marbuta: bool = False, passive: bool = False) -> list[str]:
    """The word and its readings without the article and one inflectional ending or pronoun suffix each,
    so that "جبانا" and "مواقفهم" are looked up as جبان and مواقف."""
    out = [norm]
    base = without_article(norm)
    if base != norm:
        out.append(base)
    # every ending that fits is one reading: "جبانا" is جبان + ا, not جبا + نا
    stripped = [base[: -len(suffix)] for suffix in SUFFIXES
                if base.endswith(suffix) and len(base) - len(suffix) >= 3]
    out.extend(stripped)
    if base != norm:
        # a stem of the form افتعل whose ا and ل read as the article ("التزامها", "التزاماتها" -> التزام, التزامات)
        out.extend(norm[: -len(suffix)] for suffix in SUFFIXES if norm.endswith(suffix) and len(norm) - len(suffix) >= 5)
    # ta marbuta is written ت before a pronoun ending: "حكمته", "كفاءتها", "ثقتها" -> حكمة, كفاءة, ثقة (ة folds to ه)
    out.extend(stem[:-1] + "ه" for stem in stripped if stem.endswith("ت") and len(stem) >= 3
               and base.endswith(("ه", "ها", "هم", "هما", "نا", "كم", "ي")))
    # a final hamza sits on ي or و before an ending: "شركائنا", "شركاؤنا", "أعدائهم" -> شركاء, أعداء
    # (not when the final ه was written ة: "بناية" is a building, not بنائه)
    # (not before ي or ية: "ثنائي", "القضائية" are adjectives of relation, not ثناء + ي)
    out.extend(hamza for stem in stripped if (hamza := hamza_seat_stem(stem))
               and not (ta_marbuta and stem == base[:-1]) and base[len(stem):] not in NISBA_ENDINGS)
    # (a word with the article is no verb: "التحكيم" is no تحكيم -> حكيم, "التظلمات" no ظلم)
    if base == norm and not passive and base.endswith(PERFECT_TA) and len(base) - len(PERFECT_TA) >= 3:
        # the perfect's ت (she, and I or you): "رحبت", "تراجعت", "أشادت" -> رحب, تراجع, أشاد; news makes states and
        # bodies feminine, so the evaluative verbs said of them mostly end in it (a feminine noun's ة folds to ه)
        out.append(base[: -len(PERFECT_TA)])
    if len(base) >= 4 and base[0] in "يتن" and base == norm:
        # the longest ending stripped, and none: "يتوهم" is توهم, not يتو + هم
        for stem in dict.fromkeys(stripped[:1] + [base]):
            core = stem[1:]
            if len(core) >= 3:
                out.append(core)
                # the derived verbs that open with ا in the perfect: "تحترم", "يلتزم", "ينتهك" -> احترم, التزم, انتهك
                if len(core) >= 4:
                    out.append("ا" + core)
    return out


@lru_cache(maxsize=262144)
def is_one_of(text: str, words: frozenset[str]) -> bool:
    """The word, or the word after و/ف, is one of `words`. Kept per (word, class): the stance rules ask it
    of the same words many times, and a frozenset keeps its hash."""
    return not words.isdisjoint(_bare_or_joined(text))


@lru_cache(maxsize=131072)
def _bare_or_joined(text: str) -> tuple[str, ...]:
    """The normalised readings of the word as written and after و/ف, kept per word: is_one_of asks them of each
    word for each class it is put to (a set test of them at once, not a normalising step per reading and class)."""
    return tuple(normalize(stem) for clitic, stem in clitic_variants(text) if clitic in ("", "و", "ف"))


@lru_cache(maxsize=131072)
def _stems(text: str) -> frozenset[str]:
    """The normalised readings of the word as written and past each proclitic (clitic_variants), kept per word:
    has_stem_in asks them of each word for each class it is put to."""
    return frozenset(normalize(stem) for _, stem in clitic_variants(text))


@lru_cache(maxsize=262144)
def has_stem_in(text: str, words: frozenset[str]) -> bool:
    """Is the word, as written or past any proclitic ("لمنع", "وبحسب", "بالإفراج"), one of `words`? Kept per (word,
    class) like is_one_of: the stance rules put the words around each mention to their classes over and over, and a
    normalising step per reading and class was most of what such a test cost."""
    return not words.isdisjoint(_stems(text))


@lru_cache(maxsize=65536)   # a function of the word alone, asked of the words around each mention
def is_any_word(text: str) -> bool:
    """"أي", "أية" (function_words any_word) bare or after any proclitic, a preposition's too: a negation reaches through
    "لأي", "بأي" as through "أي" ("لم تتعرض لأي أذى", "لم تصب بأي ضرر")."""
    return any(normalize(stem) in lexicon.function_words().any_word for _, stem in clitic_variants(text))


def is_negation(text: str) -> bool:
    return is_one_of(text, lexicon.function_words().negation)


def is_verb_reading(doc: Doc, k: int) -> bool:
    """Is word k a noun that reads as a neutral verb (polarity.tsv verb_homograph: "تقدم") right after a particle
    that takes the imperfect ("لم", "لن", "أن", "كي"; not لا, which also denies a noun: "لا تقدم"), or one that reads
    as "enters" (polarity.tsv entering: "تدخل") before a noun of a stage or an era ("تدخل عصرا جديدا")?"""
    toks = tokens_of(doc)
    if of_kind(toks.texts[k], polarity_table().entering) and _enters_a_phase(doc, k):
        return True           # "العلاقات تدخل مرحلة جديدة": enters, no interference
    if not of_kind(toks.texts[k], polarity_table().verb_homograph):
        return False
    p = prev_word(doc, k)
    return p is not None and not toks.punct[p] and is_one_of(toks.texts[p], lexicon.function_words().imperfect_particle)


def _enters_a_phase(doc: Doc, k: int) -> bool:
    """Is a noun of a stage, an era or "force" (function_words entered_phase) the next word after k, past quote marks and
    a في ("تدخل «عصرا جديدا»", "تدخل في مرحلة")? Then word k is the verb "enters", no interference."""
    toks = tokens_of(doc)
    phases = lexicon.function_words().entered_phase
    q = _word_past_quotes(doc, k)
    if q is not None and not toks.punct[q] and normalize(toks.texts[q]) == "في":
        q = _word_past_quotes(doc, q)
    return q is not None and not toks.punct[q] and is_one_of(toks.texts[q], phases)


def _word_past_quotes(doc: Doc, k: int) -> int | None:
    """The word after k, past spaces and quote marks."""
    toks = tokens_of(doc)
    q = k + 1
    while q < len(toks.texts) and (toks.spaces[q] or toks.texts[q] in QUOTE_CHARS):
        q += 1
    return q if q < len(toks.texts) else None


def is_negated_only(text: str) -> bool:
    """"قانوني", "مسؤولة", "إنسانية": a word that judges only when غير comes right before it."""
    return of_kind(text, polarity_table().negated_only)


def clitic_of(doc: Doc, c: Candidate) -> str:
    """The clitic glued to mention c's first word before the name ("ل" of "لتركيا", "و" of "وطهران")."""
    toks = tokens_of(doc)
    glued = c.start - toks.starts[c.i]   # (asked of each mention by most stance rules: no max() call for the bound)
    return toks.texts[c.i][:glued] if glued > 0 else ""


def named_with_li(doc: Doc, c: Candidate, start: int) -> bool:
    """Is لـ glued on mention c, or on the title word at start that names it ("للشعب", "لنظيره X": the title carries
    it)? start is where c is named from (roles.named_from)."""
    if start == c.i:
        return clitic_of(doc, c).endswith("ل")
    return any(cl.endswith("ل") for cl, _ in clitic_variants(tokens_of(doc).texts[start]))


# the Doc last read for its words and, for each token k, the word before it and the first word from it on (past spaces
# and quote marks): word_before and first_word are asked ~100 times per Doc, by nearly every stance rule of every
# mention, about the same few positions; one pass over the Doc answers them all with a list look-up (an identity test
# of the Doc, as tokens_of does; the Doc is held, so no other takes its place)
_stepped_doc: Doc | None = None
_before: list[int] = []   # token k -> the last word before k (-1 when none); index len(doc) too
_first: list[int] = []    # token k -> the first word from k on (len(doc) when none); index len(doc) too


def _steps(doc: Doc) -> None:
    """Read the Doc's word before and first word from each token into _before and _first."""
    global _stepped_doc, _before, _first
    toks = tokens_of(doc)
    texts, spaces = toks.texts, toks.spaces
    n = len(texts)
    skip = [spaces[k] or texts[k] in QUOTE_CHARS for k in range(n)]
    before, first = [-1] * (n + 1), [n] * (n + 1)
    last = -1
    for k in range(n):
        before[k] = last
        if not skip[k]:
            last = k
    before[n] = last
    for k in range(n - 1, -1, -1):
        first[k] = k if not skip[k] else first[k + 1]
    _stepped_doc, _before, _first = doc, before, first


def first_word(doc: Doc, lo: int) -> int:
    """The first token from lo on that is no space or quote mark (len(doc) when there is none)."""
    if doc is not _stepped_doc:
        _steps(doc)
    if 0 <= lo < len(_first):
        return _first[lo]
    return lo if lo >= 0 else _first_word_stepped(doc, lo)   # (past the end: lo itself)


def _first_word_stepped(doc: Doc, lo: int) -> int:
    """first_word read token by token (a negative lo, which indexes from the end as the lists do)."""
    toks = tokens_of(doc)
    texts, spaces = toks.texts, toks.spaces
    n = len(texts)
    k = lo
    while k < n and (spaces[k] or texts[k] in QUOTE_CHARS):
        k += 1
    return k


def word_before(doc: Doc, k: int, lo: int) -> int:
    """The token before k, past spaces and quote marks (lo - 1 when there is none from lo on)."""
    if k - 1 < lo:
        return k - 1
    if doc is not _stepped_doc:
        _steps(doc)
    if lo >= 0 and k < len(_before):
        p = _before[k]
        return p if p >= lo else lo - 1
    toks = tokens_of(doc)   # (a negative lo: read token by token, as the lists would not)
    p = k - 1
    while p >= lo and (toks.spaces[p] or toks.texts[p] in QUOTE_CHARS):
        p -= 1
    return p


MAY = normalize("قد")   # "X قد تدرس": the particle of the possible before the verb


def verb_slot_after(doc: Doc, c: Candidate, hi: int) -> int:
    """The word after mention c where a verb it is the subject of stands: past its nationality adjective ("الحكومة
    الفرنسية تتابع"), a comma and قد; hi or beyond when none is before hi."""
    toks = tokens_of(doc)
    q = first_word(doc, c.j)
    if q < hi and normalize(toks.texts[q]) in lexicon.nisba_to_country():
        q = first_word(doc, q + 1)
    if q < hi and toks.texts[q] in COMMAS:
        q = first_word(doc, q + 1)
    if q < hi and normalize(toks.texts[q]) == MAY:
        q = first_word(doc, q + 1)
    return q


def word_of_class_before(doc: Doc, k: int, lo: int, in_class: Callable[[str], bool], words: int = 2) -> bool:
    """Is one of the `words` words before k (from lo on, no punctuation between) of a class ("بحث مع",
    "روح المسؤولية": the word of meeting or of sense right before, or past one adjective)?"""
    toks = tokens_of(doc)
    p = word_before(doc, k, lo)
    for _ in range(words):
        if p < lo or toks.punct[p]:
            return False
        if in_class(toks.texts[p]):
            return True
        p = word_before(doc, p, lo)
    return False
