"""Evaluative words (polarity.tsv) and what turns them round: negation, its reach, giving up."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import PRONOUN_SUFFIXES, QUOTE_CHARS, hamza_seat_stem, next_word, prev_word, tokens_of

NEGATION_REACH = 2    # a negation turns round an evaluative word this many words on (prepositions, كان, يمكن, أن ... not counted)
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
BEFALLING = "befalling"   # polarity.tsv: what befalls someone named right after it ("اعتقال X", "هزيمة X"): a role only
DISOWNING = "disowning"   # polarity.tsv: a verb of representing that judges only negated ("لا تمثل إلا نفسها")
UNCHANGING = "unchanging"   # polarity.tsv: a verb of becoming different; negated after a position, steadfast ("لم يتغير")
POSITION = "position"       # polarity.tsv: a noun of the position a side takes ("موقف", "مواقف")
CAUSE = "cause"             # polarity.tsv: "because of": the doer named in the cause shares the act's stance ("جراء قرار X")
DUTY = "duty"               # polarity.tsv: responsibility: blame alone, a virtue after a word of sense ("الحس بالمسؤولية")
SENSE = "sense"             # polarity.tsv: a word of sense or bearing after which a word of duty is a virtue
HESITATING = "hesitating"   # polarity.tsv: a verb of hesitating: giving up only before في or عن ("تردد في دعم")
REJECTING = "rejecting"     # polarity.tsv: a condemning verb of rejecting or opposing: negated, acceptance ("لا نرفض")
HESITATED_ON = frozenset(normalize(w) for w in ("في", "عن"))   # what a verb of hesitating takes what it withholds with
WHAT = normalize("ما")      # "ما تردد عن": what was rumoured, no hesitation
STEADFAST_REACH = 8   # words between a position and the negated verb of changing it stands before at most
DISOWNED_AFTER = frozenset({normalize("عن")})   # the one preposition a verb of representing takes its object with
GHAYR_FORMS = frozenset(normalize(w) for w in ("غير", "الغير", "وغير"))   # before a negated_only word


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
    unchanging: frozenset[str] = frozenset()  # "يتغير", "تتبدل" ...: negated after a position, steadfast
    position: frozenset[str] = frozenset()    # "موقف", "مواقف": the position a side takes
    cause: frozenset[str] = frozenset()       # "بسبب", "جراء" ...: what follows is the cause of what the act judges
    duty: frozenset[str] = frozenset()        # "المسؤولية": negative (in `values`), a virtue after a word of sense
    sense: frozenset[str] = frozenset()       # "الحس", "روح", "التحلي" ...: a word of duty after them is a virtue
    hesitating: frozenset[str] = frozenset()  # "تردد", "توانى": giving up before في or عن
    rejecting: frozenset[str] = frozenset()   # "رفض", "عارض", "معارضته" ...: condemning, negated an acceptance


# polarity.tsv kinds that only give a word a role, and kinds of negative words that have a role besides
ROLE_KINDS = (REVERSE, GIVING_UP, ACCEPTING, NEGATED_ONLY, DISOWNING, OUTLAWED, SO_CALLED, NEUTRAL, VERB_HOMOGRAPH, CLOSE_TIE,
              BEFALLING, UNCHANGING, POSITION, CAUSE, SENSE, HESITATING, REJECTING)
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
                         befalling=frozen[BEFALLING], unchanging=frozen[UNCHANGING], position=frozen[POSITION],
                         cause=frozen[CAUSE], duty=frozen[DUTY], sense=frozen[SENSE],
                         hesitating=frozen[HESITATING], rejecting=frozen[REJECTING])


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


def without_article(word: str) -> str:
    """The word without its article ("الرئيس" -> "رئيس"); a short word keeps it ("الله", "الان")."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@lru_cache(maxsize=1 << 16)
def _forms(text: str) -> tuple[str, ...]:
    """The readings of a word, clitics stripped, then its inflections; not after the rare ك (the ك of
    "كامل" is no clitic)."""
    return tuple(form for clitic, stem in clitic_variants(text) if "ك" not in clitic
                 for form in _inflection_stems(normalize(stem), stem.endswith("ة")))


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
def _of_kind(text: str, words: frozenset[str]) -> bool:
    """Is a reading of the word (clitics stripped, inflections undone) one of these words? Kept per (word,
    class), like is_one_of."""
    return any(form in words for form in _forms(text))


def _is_giving_up(text: str) -> bool:
    """"تخلى", "نتراجع", "توقفت": a verb of giving up, which negates what it gives up."""
    return _of_kind(text, polarity_table().giving_up)


def _is_accepting(text: str) -> bool:
    """"نسمح", "نتسامح", "يرضى": a verb of accepting or tolerating, which judges only when negated."""
    return _of_kind(text, polarity_table().accepting)


def is_aimed(doc: Doc, k: int, lo: int = 0) -> bool:
    """Is word k a judgement aimed at what follows it, not at who makes it: a verb of condemning,
    rejecting or accusing ("ندين", "ترفض", "اتهم"), or a negated verb of tolerating ("لن تسمح")? Its
    doer, named before it, is not judged by it ("X ترفض التدخل")."""
    text = tokens_of(doc).texts[k]
    if _is_accepting(text):
        return word_polarity(text) == 0 and negated(doc, k, lo)
    return _of_kind(text, polarity_table().condemning)




def judges_a_pronoun(text: str) -> bool:
    """Is the word a verb of judging that carries its object as a pronoun ("رفضته", "انتقدها", "يتهمهم")?
    Then the name after it is its doer ("وهذا ما انتقدته X"), not what it judges."""
    condemning = polarity_table().condemning
    norm = normalize(text)
    return any(norm.endswith(ending) and _of_kind(norm[: -len(ending)], condemning)
               for ending in PRONOUN_SUFFIXES if len(norm) - len(ending) >= 3)


def is_punishing(text: str) -> bool:
    """"عقوبات", "العقوبات", "عقابية": a noun or adjective of sanctions."""
    return _of_kind(text, polarity_table().punishing)


def is_befalling(text: str) -> bool:
    """"اعتقال", "بهزيمة", "لمقتل": a noun of what befalls the one named right after it (clitics and article
    stripped: "لمقتل" after "أسفه")."""
    befalling = polarity_table().befalling
    return any(without_article(normalize(stem)) in befalling for _, stem in clitic_variants(text))


def is_harming(text: str) -> bool:
    """"قمع", "اغتيال", "تهجير": a bad act done to someone, whose object is named right after it."""
    return _of_kind(text, polarity_table().harming)


def _after_ghayr(doc: Doc, k: int) -> bool:
    """Does word k stand right after غير ("غير قانوني", "الغير مسؤولة")?"""
    p = prev_word(doc, k)
    return p is not None and normalize(tokens_of(doc).texts[p]) in GHAYR_FORMS


def is_reverser(text: str) -> bool:
    """"مكافحة", "للتصدي", "بوقف": a word of fighting or stopping whose object's polarity it turns round."""
    reversers = polarity_table().reversers
    # "التوقف عن": a verb of giving up (a negation already) is no second turn ("توقف" reads as وقف too)
    return _of_kind(text, reversers) and not _is_giving_up(text)


NISBA_ENDINGS = ("ي", "يه")   # the relative adjective's ending (يه: ية folded), which a final hamza does not take
# longest first: one ending is stripped
SUFFIXES = ("هما", "كم", "هم", "ها", "نا", "ات", "ين", "ون", "وا", "يه", "ان", "ه", "ي", "ا")


def _inflection_stems(norm: str, ta_marbuta: bool = False) -> list[str]:
    """The word and its readings without the article and one inflectional ending or pronoun suffix each,
    so that "جبانا" and "مواقفهم" are looked up as جبان and مواقف."""
    out = [norm]
    base = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    if base != norm:
        out.append(base)
    # every ending that fits is one reading: "جبانا" is جبان + ا, not جبا + نا
    stripped = [base[: -len(suffix)] for suffix in SUFFIXES
                if base.endswith(suffix) and len(base) - len(suffix) >= 3]
    out.extend(stripped)
    if base != norm:
        # a stem of the form افتعل whose ا and ل read as the article ("التزامها", "التزاماتها" -> التزام, التزامات)
        out.extend(norm[: -len(suffix)] for suffix in SUFFIXES if norm.endswith(suffix) and len(norm) - len(suffix) >= 5)
    # ta marbuta is written ت before a pronoun ending: "حكمته", "كفاءتها" -> حكمة, كفاءة (ة folds to ه)
    out.extend(stem[:-1] + "ه" for stem in stripped if stem.endswith("ت") and len(stem) >= 4
               and base.endswith(("ه", "ها", "هم", "هما", "نا", "كم", "ي")))
    # a final hamza sits on ي or و before an ending: "شركائنا", "شركاؤنا", "أعدائهم" -> شركاء, أعداء
    # (not when the final ه was written ة: "بناية" is a building, not بنائه)
    # (not before ي or ية: "ثنائي", "القضائية" are adjectives of relation, not ثناء + ي)
    out.extend(hamza for stem in stripped if (hamza := hamza_seat_stem(stem))
               and not (ta_marbuta and stem == base[:-1]) and base[len(stem):] not in NISBA_ENDINGS)
    # (a word with the article is no verb: "التحكيم" is no تحكيم -> حكيم, "التظلمات" no ظلم)
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
    return any(normalize(stem) in words for clitic, stem in clitic_variants(text) if clitic in ("", "و", "ف"))


def is_negation(text: str) -> bool:
    return is_one_of(text, lexicon.function_words().negation)


def negated(doc: Doc, k: int, lo: int = 0) -> bool:
    """Is word k under a negation: an odd number of negations ("لا", "غير", and verbs of giving up
    "تخلى عن", "تراجع عن") within NEGATION_REACH words before it (prepositions not counted), with no
    punctuation and no other evaluative word between ("غير مبرر", "لا يسهم في تعزيز"; "لن نتراجع عن دعم" is no negation)?
    Prepositions, verbs of being or ability and demonstratives are not counted ("لم يكن ذلك الأمر مقبولا").
    A negated verb of changing or affecting denies the change, not the word it would change ("لن يغير ذلك
    موقفنا الداعم"), except a manner word right after it ("لن يؤثر سلبا")."""
    toks = tokens_of(doc)
    p, steps, negations = k - 1, 0, 0
    while p >= lo and steps < NEGATION_REACH:
        if toks.spaces[p]:
            p -= 1
            continue
        text = toks.texts[p]
        if toks.punct[p]:
            break
        if is_one_of(text, lexicon.function_words().change_verb) and not _manner_after(doc, p, k, lo):
            return False      # "لن تؤثر الأزمة في التأييد": the change is denied, the backing stands (not "لن يؤثر سلبا")
        gives_up = _is_giving_up(text) or _hesitates(doc, p)
        if gives_up and negated(doc, p, lo):
            break             # "لن نتراجع عن دعم", "لن نتردد في الرد على أي عدوان": a negated giving up cancels itself
        if (is_negation(text) and not _not_only(doc, p) and not _joined_negation(doc, p)) or gives_up:
            negations += 1
        elif (word_polarity(text) and not _is_verb_reading(doc, p)) or _is_accepting(text):
            break             # "لن نسمح بالتدخل": what is not tolerated stays bad
        if not _counts_no_step(doc, p, lo):
            steps += 1
        p -= 1
    return negations % 2 == 1


def steadfast(doc: Doc, k: int, lo: int = 0) -> int:
    """+1 for a negated verb of becoming different (polarity.tsv unchanging) whose subject, within STEADFAST_REACH
    words before it and no punctuation, is a position (polarity.tsv position): "موقف X من الأزمة لم يتغير" says
    the position is steadfast, as "راسخ" would; 0 for any other word ("الوضع لم يتغير" judges nothing)."""
    return 0 if steadfast_position(doc, k, lo) is None else 1


def steadfast_position(doc: Doc, k: int, lo: int = 0) -> int | None:
    """The position (polarity.tsv position) that the negated verb of changing at k says is steadfast ("موقف X من
    الأزمة لم يتغير": the index of موقف), within STEADFAST_REACH words before it and no punctuation; None when k
    is no such verb."""
    toks = tokens_of(doc)
    table = polarity_table()
    if not _of_kind(toks.texts[k], table.unchanging) or not negated(doc, k, lo):
        return None
    p, words = k - 1, 0
    while p >= lo and words < STEADFAST_REACH:
        if toks.punct[p]:
            return None
        if not toks.spaces[p]:
            if _of_kind(toks.texts[p], table.position):
                return p
            words += 1
        p -= 1
    return None


def _hesitates(doc: Doc, p: int) -> bool:
    """Is word p a verb of hesitating (polarity.tsv hesitating) right before في or عن, not after ما ("تردد في دعم", "لن
    تتوانى عن"; not "ما تردد عن", what was rumoured)?"""
    toks = tokens_of(doc)
    if not _of_kind(toks.texts[p], polarity_table().hesitating):
        return False
    q, b = next_word(doc, p), prev_word(doc, p)
    return q is not None and normalize(toks.texts[q]) in HESITATED_ON and \
        not (b is not None and normalize(toks.texts[b]) == WHAT)


def _manner_after(doc: Doc, p: int, k: int, lo: int) -> bool:
    """Is word k, right after the verb at p, an indefinite accusative of manner ("يؤثر سلبا", "إيجابا"),
    not the verb's object ("يمس المساندة", "يمس سيادة البلاد")?"""
    text = normalize(tokens_of(doc).texts[k])
    return word_before(doc, k, lo) == p and text.endswith("ا") and not text.startswith(("ال", "وال", "بال"))


def _joined_negation(doc: Doc, p: int) -> bool:
    """"لم ولن تقبل", "لا ولن": a negation joined by و to the negation right before it is the same
    negation said of another time, not a second one that cancels it."""
    toks = tokens_of(doc)
    if not toks.texts[p].startswith("و"):
        return False
    q = prev_word(doc, p)
    return q is not None and not toks.punct[q] and is_negation(toks.texts[q])


def _not_only(doc: Doc, p: int) -> bool:
    """"ليس فقط ... بل أيضا": the negation at p is the "not only" of an addition, no negation; nor is the لا
    of "لا سيما" (especially), nor that of "لا يزال" (still)."""
    toks = tokens_of(doc)
    q = next_word(doc, p)
    words = lexicon.function_words()
    # "ولا سيما" (especially) is no negation either, nor "لا يزال", "لم يزل" (still)
    return q is not None and (is_one_of(toks.texts[q], words.only) or is_one_of(toks.texts[q], words.especially) or
                              is_one_of(toks.texts[q], words.still))


def _counts_no_step(doc: Doc, p: int, lo: int) -> bool:
    """A preposition, a verb of being or ability, a demonstrative, and أن after such a verb: a negation
    reaches through it ("لا يسهم في تعزيز", "لم يكن ذلك القرار مقبولا", "لا يمكن أن يشكل تهديدا"; but
    "دون أن تستجيب لضغط" reaches the verb, not its object)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    text = toks.texts[p]
    if is_one_of(text, words.preposition) or is_one_of(text, words.negation_through) or is_one_of(text, words.any_word):
        return True
    if _is_verb_reading(doc, p):
        return True           # "لم تقدم حلا عمليا": the negation reaches the verb's object
    return normalize(text) in words.complementizer and p - 1 >= lo and is_one_of(tokens_of(doc).texts[p - 1], words.negation_through)


@dataclass(frozen=True)
class PolarityReading:
    """What polarity_at needs to know of a word alone, read once per word."""

    value: int            # word_polarity
    close_tie: bool       # "وثيقة": good after a noun of relation
    accepting: bool       # "نسمح": judges only when negated
    negated_only: bool    # "قانوني": judges only after غير
    disowning: bool       # "تمثل": disowns when negated

    @property
    def judges_nothing(self) -> bool:
        return not (self.value or self.close_tie or self.accepting or self.negated_only or self.disowning)


@lru_cache(maxsize=262144)   # asked of every word of every content
def polarity_reading(text: str) -> PolarityReading:
    """What polarity_at needs to know of a word alone."""
    table = polarity_table()
    return PolarityReading(word_polarity(text), _of_kind(text, table.close_tie), _is_accepting(text),
                           _is_negated_only(text), _of_kind(text, table.disowning))


def polarity_at(doc: Doc, k: int, lo: int = 0) -> int:
    """The polarity a word lends, turned round by a negation before it ("لا يمثل", "غير مبرر")."""
    toks = tokens_of(doc)
    text = toks.texts[k]
    reading = polarity_reading(text)
    if reading.judges_nothing:
        return 0              # most words: no class of the polarity table
    value = reading.value
    if reading.close_tie:
        # "علاقات وثيقة" is good; "وثيقة سرية", "الوثيقة" alone are a document (not وثيق + ة)
        return (-1 if negated(doc, k, lo) else 1) if _after_relation(doc, k) else 0
    if value and _advances(doc, k):
        return 0              # "حاولت القوات التقدم نحو المطار": moving forward, no progress
    if value and _is_verb_reading(doc, k):
        return 0              # "لم تقدم أي تنازلات", "أن تقدم مشروعها": she offers, no progress
    if not value:
        # "لن نقبل بتدخل", "لا نسمح بـ": refusing to tolerate is a rejection; "غير قانوني" is a bad word
        if reading.accepting:
            return -1 if negated(doc, k, lo) else 0
        if reading.negated_only:
            if _after_ghayr(doc, k):
                return -1
            # "X مسؤولة عن الهجوم", "المسؤول عن الأزمة": answerable for a bad thing is blamed for it
            return (1 if negated(doc, k, lo) else -1) if _answerable_for_bad(doc, k) else 0
        if reading.disowning:
            # "تصريحاته لا تمثل إلا نفسه": disowned; but "لا يمثل تهديدا" speaks of the threat, and "لا
            # يعكس بالضرورة" only hedges
            q = next_word(doc, k)
            words = lexicon.function_words()
            follows = q is not None and not toks.punct[q] and (
                word_polarity(toks.texts[q]) != 0 or is_one_of(toks.texts[q], words.hedge) or
                # "لن يمثل أمام المحكمة" appears before it: only "عن" ("لا تعبر عن") takes what is represented
                (is_one_of(toks.texts[q], words.preposition) and normalize(toks.texts[q]) not in DISOWNED_AFTER))
            return -1 if negated(doc, k, lo) and not follows else 0
        return 0
    if value < 0 and _of_kind(text, polarity_table().duty) and _a_virtue(doc, k, lo):
        value = 1             # "الحس العالي بالمسؤولية", "تصرفت بمسؤولية": responsibility as a virtue, no blame
    if not negated(doc, k, lo):
        return value
    # "لا ندين X", "لم تتهم X": a judgement not made is no praise of what it would judge ("لا نرفض", "لا نعارض" accept)
    return 0 if value < 0 and _of_kind(text, polarity_table().condemning) and not _of_kind(text, polarity_table().rejecting) else -value


def _a_virtue(doc: Doc, k: int, lo: int) -> bool:
    """Is the word of duty at k a virtue: after a word of sense or bearing (polarity.tsv sense), right before it
    or past one adjective ("روح المسؤولية", "الحس العالي بالمسؤولية"), or indefinite after ب, a manner
    ("بمسؤولية": responsibly)?"""
    toks = tokens_of(doc)
    if any(clitic == "ب" and not normalize(stem).startswith("ال") for clitic, stem in clitic_variants(toks.texts[k])):
        return True
    sense = polarity_table().sense
    p = word_before(doc, k, lo)
    for _ in range(2):
        if p < lo or toks.punct[p]:
            return False
        if _of_kind(toks.texts[p], sense):
            return True
        p = word_before(doc, p, lo)
    return False


RESPONSIBLE = frozenset({normalize("مسؤول")})   # a negated_only word that blames when a bad thing follows عن
FOR = normalize("عن")


def _answerable_for_bad(doc: Doc, k: int) -> bool:
    """Is word k "responsible" (RESPONSIBLE) right before عن and a bad word ("مسؤولة عن الهجوم", "المسؤولون عن
    الجرائم"; not "المسؤول عن الأمن", an official in charge)?"""
    toks = tokens_of(doc)
    if not _of_kind(toks.texts[k], RESPONSIBLE):
        return False
    q = next_word(doc, k)
    if q is None or normalize(toks.texts[q]) != FOR:
        return False
    r = next_word(doc, q)
    return r is not None and not toks.punct[r] and word_polarity(toks.texts[r]) < 0


def _after_relation(doc: Doc, k: int) -> bool:
    """Does word k stand right after a noun of relation (function_words relation_noun: "علاقات", "صلة"),
    with or without the article ("العلاقات الوثيقة")?"""
    p = prev_word(doc, k)
    if p is None or tokens_of(doc).punct[p]:
        return False
    relation = lexicon.function_words().relation_noun
    return any(normalize(stem) in relation or (normalize(stem).startswith("ال") and normalize(stem)[2:] in relation)
               for clitic, stem in clitic_variants(tokens_of(doc).texts[p]))


def _advances(doc: Doc, k: int) -> bool:
    """Is word k a word of progress that has "towards" after it (polarity.tsv verb_homograph "تقدم", function_words
    direction: "التقدم نحو", "تتقدم باتجاه"): forces moving forward, no progress?"""
    toks = tokens_of(doc)
    if not _of_kind(toks.texts[k], polarity_table().verb_homograph):
        return False
    q = next_word(doc, k)
    return q is not None and not toks.punct[q] and is_one_of(toks.texts[q], lexicon.function_words().direction)


def _is_verb_reading(doc: Doc, k: int) -> bool:
    """Is word k a noun that reads as a neutral verb (polarity.tsv verb_homograph: "تقدم") right after a particle
    that takes the imperfect ("لم", "لن", "أن", "كي"; not لا, which also denies a noun: "لا تقدم")?"""
    toks = tokens_of(doc)
    if not _of_kind(toks.texts[k], polarity_table().verb_homograph):
        return False
    p = prev_word(doc, k)
    return p is not None and not toks.punct[p] and is_one_of(toks.texts[p], lexicon.function_words().imperfect_particle)


def _is_negated_only(text: str) -> bool:
    """"قانوني", "مسؤولة", "إنسانية": a word that judges only when غير comes right before it."""
    return _of_kind(text, polarity_table().negated_only)


def clitic_of(doc: Doc, c: Candidate) -> str:
    """The clitic glued to mention c's first word before the name ("ل" of "لتركيا", "و" of "وطهران")."""
    toks = tokens_of(doc)
    return toks.texts[c.i][: max(0, c.start - toks.starts[c.i])]


def first_word(doc: Doc, lo: int) -> int:
    """The first token from lo on that is no space or quote mark (len(doc) when there is none)."""
    toks = tokens_of(doc)
    k = lo
    while k < len(doc) and (toks.spaces[k] or toks.texts[k] in QUOTE_CHARS):
        k += 1
    return k


def word_before(doc: Doc, k: int, lo: int) -> int:
    """The token before k, past spaces and quote marks (lo - 1 when there is none from lo on)."""
    toks = tokens_of(doc)
    p = k - 1
    while p >= lo and (toks.spaces[p] or toks.texts[p] in QUOTE_CHARS):
        p -= 1
    return p
