"""The speaker's stance towards each target of a statement.

The speech act gives a prior (condemning is negative, praising positive: lexicon.cues); evaluative
words next to any mention of a target (lexicon polarity.tsv: "عصابات إرهابية", "شريك وثيق") decide
for it when the act is neutral, and for the first target the words of the whole content do when
none stands next to it (but not the words next to another target: they speak of that one; and not
for a party named only after a preposition, "أمام X", "في X": the far words speak of the actors). The words are read as phrases: negations a few words before turn a word
round, two cancel ("غير مبرر", "لا يسهم في تعزيز", "لن نتراجع عن دعم"); so does a word of fighting or
stopping ("مكافحة الفساد والتهريب"); a good word that governs a bad one takes its side ("تدعم
الإرهاب", "تدعم الميليشيات"). Words inside names ("منظمة التعاون") and the topic of a named event
("قمة التنمية") lend nothing; nor do the good words of a call or a request (they are wished for).
By grammar: what is fought is negative ("العمليات ضد X"), who suffers a bad act is not ("العدوان على
X"); a group that a speaker calls terrorists or militias is negative; a place named only as where
something happens ("العنف في X") is no side; a speaker speaks for their own side (positive); a
question put in a statement is a reproach. A negation reaches through verbs of being or ability and
demonstratives ("لم يكن ذلك القرار مقبولا", "لا يمكن أن يشكل تهديدا"), denies the good words a negated good
word governs ("لا تخدم السلام والاستقرار والتعاون"), and "ليس فقط" is none; the clause after a word of
obligation is wished for like a call ("يجب على X المساعدة"), but the good word whose object a target is
still speaks of it ("التضامن مع X"); quote marks are no words of a window and part no phrase.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from .. import lexicon
from ..text import clitic_variants, normalize
from .groups import kind_of
from .mentions import Candidate
from .words import QUOTE_CHARS, prev_word, tokens_of

NEGATIVE_GROUPS = frozenset({"terrorists", "extremists", "rioters", "looters", "armed_groups", "gunmen", "attackers",
                             "insurgents", "militants"})
STATE_PLACES = frozenset({"country", "capital"})   # places.tsv kinds that may stand for a government
WINDOW = 4            # words either side of a mention that speak of it
NEGATION_REACH = 2    # a negation turns round an evaluative word this many words on (prepositions, كان, يمكن, أن ... not counted)
REVERSE_REACH = 2     # a word of fighting or stopping turns round an evaluative word this many words on
DENIED_REACH = 3      # the good words a negated good word governs follow within this many words
REVERSE = "reverse"   # polarity.tsv: the word turns round the evaluative word after it
QUESTION_MARKS = frozenset({"؟", "?"})
GIVING_UP = "giving_up"   # polarity.tsv: a verb of giving up, a negation of what follows ("تخلى عن دعم")


@dataclass(frozen=True)
class PolarityTable:
    values: dict[str, int]        # normalised word -> +1 | -1
    reversers: frozenset[str]     # "مكافحة", "وقف", "ضد" ...
    giving_up: frozenset[str]     # "تخلى", "تراجع" ...: negate the evaluative word after them


@cache
def polarity_table() -> PolarityTable:
    values: dict[str, int] = {}
    reversers: set[str] = set()
    giving_up: set[str] = set()
    for r in lexicon.read_tsv("polarity.tsv"):
        word = normalize(r["word"])
        if r["polarity"] == REVERSE:
            reversers.add(word)
        elif r["polarity"] == GIVING_UP:
            giving_up.add(word)
        else:
            values[word] = 1 if r["polarity"] == "positive" else -1
    return PolarityTable(values, frozenset(reversers), frozenset(giving_up))


def polarity_words() -> dict[str, int]:
    return polarity_table().values


@lru_cache(maxsize=1 << 16)
def _forms(text: str) -> tuple[str, ...]:
    """The readings of a word, clitics stripped, then its inflections; not after the rare ك (the ك of
    "كامل" is no clitic)."""
    return tuple(form for clitic, stem in clitic_variants(text) if "ك" not in clitic
                 for form in _inflection_stems(normalize(stem)))


def word_polarity(text: str) -> int:
    """The polarity of a word, read through its inflections: the article, feminine, plural, dual,
    accusative and pronoun endings, the prefixes of the imperfect ("المتغطرسة" -> متغطرس,
    "ندعمها" -> دعم, "أعدموا" -> أعدم, "تقدما" -> تقدم). "وحده", "وحدها" (alone) lend nothing: folded,
    they read as وحدة (unity)."""
    if _is_alone(text):
        return 0
    words = polarity_words()
    for form in _forms(text):
        value = words.get(form)
        if value:
            return value
    return 0


def _is_alone(text: str) -> bool:
    """"X وحده يتحمل المسؤولية": a word of `alone` (function_words.tsv), written with ه, not the ة of وحدة."""
    alone = lexicon.function_words().alone
    return any(normalize(stem) in alone and not stem.endswith("ة")
               for clitic, stem in clitic_variants(text) if clitic in ("", "و", "ف", "ب"))


def _is_giving_up(text: str) -> bool:
    """"تخلى", "نتراجع", "توقفت": a verb of giving up, which negates what it gives up."""
    giving_up = polarity_table().giving_up
    return any(form in giving_up for form in _forms(text))


def is_reverser(text: str) -> bool:
    """"مكافحة", "للتصدي", "بوقف": a word of fighting or stopping whose object's polarity it turns round."""
    reversers = polarity_table().reversers
    return any(form in reversers for form in _forms(text))


# longest first: one ending is stripped
SUFFIXES = ("هما", "كم", "هم", "ها", "نا", "ات", "ين", "ون", "وا", "يه", "ان", "ه", "ي", "ا")


def _inflection_stems(norm: str) -> list[str]:
    out = [norm]
    base = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    if base != norm:
        out.append(base)
    # every ending that fits is one reading: "جبانا" is جبان + ا, not جبا + نا
    stripped = [base[: -len(suffix)] for suffix in SUFFIXES
                if base.endswith(suffix) and len(base) - len(suffix) >= 3]
    out.extend(stripped)
    # ta marbuta is written ت before a pronoun ending: "حكمته", "كفاءتها" -> حكمة, كفاءة (ة folds to ه)
    out.extend(stem[:-1] + "ه" for stem in stripped if stem.endswith("ت") and len(stem) >= 4
               and base.endswith(("ه", "ها", "هم", "هما", "نا", "كم", "ي")))
    # a final hamza sits on ي or و before an ending: "شركائنا", "شركاؤنا", "أعدائهم" -> شركاء, أعداء
    out.extend(stem[:-1] + "ء" for stem in stripped if stem[-1] in "يو" and len(stem) >= 4 and stem[-2] == "ا")
    if len(base) >= 4 and base[0] in "يتن":
        for stem in stripped[:1] or [base]:
            core = stem[1:]
            if len(core) >= 3:
                out.append(core)
                # the derived verbs that open with ا in the perfect: "تحترم", "يلتزم", "ينتهك" -> احترم, التزم, انتهك
                if len(core) >= 4:
                    out.append("ا" + core)
    return out


def _is_one_of(text: str, words: frozenset[str]) -> bool:
    """The word, or the word after و/ف, is one of `words`."""
    return any(normalize(stem) in words for clitic, stem in clitic_variants(text) if clitic in ("", "و", "ف"))


def _is_negation(text: str) -> bool:
    return _is_one_of(text, lexicon.function_words().negation)


def negated(doc: Doc, k: int, lo: int = 0) -> bool:
    """Is word k under a negation: an odd number of negations ("لا", "غير", and verbs of giving up
    "تخلى عن", "تراجع عن") within NEGATION_REACH words before it (prepositions not counted), with no
    punctuation and no other evaluative word between ("غير مبرر", "لا يسهم في تعزيز"; "لن نتراجع عن دعم" is no negation)?
    Prepositions, verbs of being or ability and demonstratives are not counted ("لم يكن ذلك الأمر مقبولا")."""
    toks = tokens_of(doc)
    p, steps, negations = k - 1, 0, 0
    while p >= lo and steps < NEGATION_REACH:
        if toks.spaces[p]:
            p -= 1
            continue
        text = toks.texts[p]
        if toks.punct[p]:
            break
        if (_is_negation(text) and not _not_only(doc, p)) or _is_giving_up(text):
            negations += 1
        elif word_polarity(text):
            break
        if not _counts_no_step(doc, p, lo):
            steps += 1
        p -= 1
    return negations % 2 == 1


def _not_only(doc: Doc, p: int) -> bool:
    """"ليس فقط ... بل أيضا": the negation at p is the "not only" of an addition, no negation."""
    toks = tokens_of(doc)
    q = p + 1
    while q < len(doc) and toks.spaces[q]:
        q += 1
    return q < len(doc) and _is_one_of(toks.texts[q], lexicon.function_words().only)


def _counts_no_step(doc: Doc, p: int, lo: int) -> bool:
    """A preposition, a verb of being or ability, a demonstrative, and أن after such a verb: a negation
    reaches through it ("لا يسهم في تعزيز", "لم يكن ذلك القرار مقبولا", "لا يمكن أن يشكل تهديدا"; but
    "دون أن تستجيب لضغط" reaches the verb, not its object)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    text = toks.texts[p]
    if _is_one_of(text, words.preposition) or _is_one_of(text, words.negation_through):
        return True
    return normalize(text) in words.complementizer and p - 1 >= lo and _is_one_of(tokens_of(doc).texts[p - 1], words.negation_through)


def polarity_at(doc: Doc, k: int, lo: int = 0) -> int:
    """The polarity a word lends, turned round by a negation before it ("لا يمثل", "غير مبرر")."""
    toks = tokens_of(doc)
    value = word_polarity(toks.texts[k])
    return -value if value and negated(doc, k, lo) else value


@dataclass(frozen=True)
class Lent:
    """What the words of a content lend: as phrases, and each word alone (negation counted)."""

    phrase: dict[int, int]
    alone: dict[int, int]


def phrase_values(doc: Doc, start: int, end: int, in_name: Callable[[int], bool],
                  bad_names: frozenset[int] = frozenset(), wished: bool = False) -> Lent:
    """The polarity each of tokens start..end-1 lends, read as phrases: a word of fighting or
    stopping turns the next evaluative word round ("مكافحة الإرهاب" is good); a good word right before
    a bad one governs it and takes its side ("تدعم الإرهاب" is bad), past the names of a list ("تدعم
    حركة النصر والميليشيات"); names lend nothing, but a good word governing a group the speaker calls
    militias or terrorists (`bad_names`: the first tokens of its mentions) turns bad. What is wished
    for (the whole content of a call, `wished`, or a clause after a word of obligation: "يجب على X
    المساعدة") lends no good word, and a bad thing wished away stays bad ("يجب ألا يكون تدخلا")."""
    phrase: dict[int, int] = {}
    alone: dict[int, int] = {}
    wishing = False           # in a clause after a word of obligation
    reverse_left = 0          # words left in which a reverser still acts
    chained = False           # the word before was turned round by a reverser
    last: int | None = None   # the word before, when it lent a positive value
    bad_head = False          # the word before lent a negative value: it governs a good word right after it
    denied_left = 0           # words left in which a negated good word's object goes on
    last_reversed = -1        # the last word a reverser turned round
    toks = tokens_of(doc)
    for k in range(start, end):
        text = toks.texts[k]
        if toks.spaces[k] or text in QUOTE_CHARS:
            continue          # quote marks part no phrase: "تدعم «الإرهاب»"
        after_bad, bad_head = bad_head, False
        if toks.punct[k]:
            # what a colon opens is still the object of an obligation ("يجب على X أن يقدم: «دعما ...»")
            reverse_left, chained, last, denied_left = 0, False, None, 0
            wishing = wishing and text == ":"
            continue
        if _is_obligation(text):
            wishing = True
            continue
        if in_name(k) and k not in bad_names:
            reverse_left, chained = 0, False
            continue
        if _heads_preposition(doc, k, end):
            continue          # "بناء على طلب", "برعاية X": a compound preposition, nothing constructive
        if is_reverser(text):
            reverse_left, chained, last = REVERSE_REACH, False, None
            continue
        if k in bad_names:
            # "تدعم الميليشيات": supporting a bad group is bad; the group's name itself lends nothing
            if last is not None and not chained and not reverse_left:   # not "مكافحة الإرهاب والميليشيات"
                phrase[last], last = -1, None
            reverse_left, chained = 0, False
            continue
        value = polarity_at(doc, k, start)
        if (wished or wishing) and word_polarity(text) < 0:
            value = -1        # "دعا إلى عدم التدخل": the bad thing named, negated or not
        if value and _after_topic_head(doc, k, start):
            # "عملية السلام", "قمة التنمية": the topic of a named event or body, not an evaluation
            reverse_left, chained, last = 0, False, None
            continue
        raw = word_polarity(text)
        if denied_left and raw > 0 and value > 0:
            # "لا تخدم السلام والاستقرار": what a negated good word governs is denied with it
            denied_left = DENIED_REACH
            continue
        denied_left = DENIED_REACH if raw > 0 > value else 0 if raw < 0 else max(0, denied_left - 1)
        if value:
            alone[k] = value
        if value and (reverse_left or (chained and (_joined(text) or last_reversed == _word_before(doc, k, start)))):
            # "مكافحة الفساد والتهريب", "مكافحة الإرهاب التكفيري": the reverser's object goes on through
            # words joined with و and the adjective right after it
            value, reverse_left, chained, last_reversed = -value, 0, True, k
        else:
            chained = False
            if reverse_left:
                reverse_left -= 1
        if value < 0 and last is not None:
            phrase[last] = 0
        if value > 0 and after_bad and not _joined(text):
            # "تهديد الأمن", "تقويض الاستقرار", "أزمة ثقة": the good thing a bad word governs is what is
            # harmed, no good word of its own (but "الإرهاب والسلام" are two things)
            value = 0
        if value:
            phrase[k] = value
        if not value and last is not None and normalize(text) in lexicon.function_words().partner_in:
            continue          # "شريكا في القتل", "ساهم في التخريب": the good word governs the bad one past في
        last = k if value > 0 else None
        bad_head = value < 0
        if (wished or wishing) and value > 0:
            phrase.pop(k, None)   # but "دعا إلى التضامن مع X": the good word X is the object of is its own
    return Lent(phrase, alone)


def _heads_preposition(doc: Doc, k: int, end: int) -> bool:
    """Is word k the noun of a compound preposition ("بناء على", "بناء عليه", "وفقا لـ", "برعاية"): a
    preposition head (function_words.tsv) right before a preposition, a preposition with a pronoun, or
    a word that carries ل or ب; or a noun of auspices or help with ب before it?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if any(clitic.endswith("ب") and (normalize(stem) in words.after_bi or normalize(stem)[2:] in words.after_bi)
           for clitic, stem in clitic_variants(toks.texts[k])):
        return True           # "برعاية X", "بمساعدة X", "بالتعاون مع X"
    if not _is_one_of(toks.texts[k], words.preposition_head):
        return False
    q = k + 1
    while q < end and toks.spaces[q]:
        q += 1
    if q >= end or toks.punct[q]:
        return False
    prepositions = lexicon.function_words().preposition
    nxt = normalize(toks.texts[q])
    return nxt in prepositions or nxt[:-1] in prepositions or nxt[:-2] in prepositions or \
        any(clitic and clitic[-1] in "لب" for clitic, _ in clitic_variants(toks.texts[q]))


def _is_obligation(text: str) -> bool:
    """"يجب", "ينبغي", "يتعين": what follows is what the speaker wishes for, not what is."""
    return _is_one_of(text, lexicon.function_words().obligation)


def _joined(text: str) -> bool:
    """A word joined to the one before by و ("والتهريب")."""
    return len(text) > 3 and text.startswith("و") and any(clitic.startswith("و") for clitic, _ in clitic_variants(text))


def _after_topic_head(doc: Doc, k: int, lo: int) -> bool:
    """Is word k the definite topic of an indefinite head before it ("قمة التنمية", "عملية السلام";
    not the adjective of "عملية إرهابية" or "العملية الإرهابية")?"""
    toks = tokens_of(doc)
    p = k - 1
    while p >= lo and toks.spaces[p]:
        p -= 1
    return p >= lo and _is_one_of(toks.texts[p], lexicon.function_words().topic_head) and \
        any(normalize(stem).startswith("ال") for _, stem in clitic_variants(toks.texts[k]))


def _plain(c: Candidate) -> bool:
    """Is mention c a bare collective that judges no one ("الفصائل", not "الفصائل المسلحة" or "الميليشيات")?"""
    return normalize(c.form) in lexicon.function_words().plain_collective


def _sign(score: int) -> str:
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"


def locative(doc: Doc, c: Candidate, lo: int = 0) -> bool:
    """"العنف في X": a place named as where something happens, not as a side; so is a town, district
    or street with ب after a word of the content ("مصنع جديد بمدينة X", "بحي X"; but "أشاد بمدينة X"
    praises it)."""
    toks = tokens_of(doc)
    if c.type != "Place":
        return False
    words = lexicon.function_words()
    q = c.j
    while q < len(doc) and (toks.spaces[q] or toks.texts[q] in QUOTE_CHARS):
        q += 1
    if q < len(doc) and _is_one_of(toks.texts[q], words.relative):
        return False          # "في X التي تعد شريكا وثيقا لنا": the clause after it speaks of X itself
    p = prev_word(doc, c.i)
    if p is not None and _is_one_of(toks.texts[p], words.locative):
        return True
    token = doc[c.i]
    clitic = doc.text[token.idx:c.start] if c.start > token.idx else ""
    head = c.form.split()[0] if c.form.split() else ""
    if not clitic:
        # the head outside the name: "بمدينة X"
        if p is None or p < lo:
            return False
        readings = [(cl, st) for cl, st in clitic_variants(toks.texts[p]) if cl.endswith("ب")]
        if not readings:
            return False
        clitic, head, token = readings[0][0], readings[0][1], doc[p]
    if token.i <= _first_word(doc, lo):
        return False
    heads = words.place_head | words.place_head_kept
    first = normalize(head)
    return clitic.endswith("ب") and (first in heads or (first.startswith("ال") and first[2:] in heads))


def _opens(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c open the content, alone or after its place head ("بمدينة X"): the act's object?"""
    first = _first_word(doc, lo)
    if c.i <= first:
        return True
    words = lexicon.function_words()
    heads = words.place_head | words.place_head_kept
    return _word_before(doc, c.i, lo) == first and any(
        normalize(stem) in heads or normalize(stem)[2:] in heads for _, stem in clitic_variants(tokens_of(doc).texts[first]))


def _first_word(doc: Doc, lo: int) -> int:
    toks = tokens_of(doc)
    k = lo
    while k < len(doc) and (toks.spaces[k] or toks.texts[k] in QUOTE_CHARS):
        k += 1
    return k


OWNER_ENDINGS = ("هما", "هم", "ها", "ه")   # "قلقه", "قلقها": a feeling with its owner


def _owner_stripped(norm: str) -> str:
    for ending in OWNER_ENDINGS:
        if norm.endswith(ending) and len(norm) - len(ending) >= 3:
            return norm[: -len(ending)]
    return norm


@cache
def _expressed_feelings() -> dict[str, str]:
    """The feelings of the "expressing" cues of cues.tsv ("أعرب عن قلقه", "أعرب عن تضامنه"), without
    their owner's ending -> the stance they give."""
    out: dict[str, str] = {}
    for cue in lexicon.cues().values():
        words = normalize(cue.lemma).split()
        if len(words) == 3 and words[1] == "عن" and cue.stance != "neutral":
            out[_owner_stripped(words[2])] = cue.stance
    return out


def expressed_feeling(doc: Doc, c_start: int, c_end: int) -> str | None:
    """The stance of the feeling a content opens with, "(عن) قلقه إزاء X" after "أعرب", "عبر", "أبدى",
    when the speaker stands between the verb and it ("وأعرب الوزير عن قلقه"); None when there is none."""
    toks = tokens_of(doc)
    k = _first_word(doc, c_start)
    if k < c_end and normalize(toks.texts[k]) == "عن":
        k = _first_word(doc, k + 1)
    if k >= c_end or toks.punct[k]:
        return None
    return _expressed_feelings().get(_owner_stripped(normalize(toks.texts[k])))


def target_stances(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                   prior: str, in_name: Callable[[int], bool] = lambda k: False,
                   own: frozenset[str] = frozenset(), wished: bool = False,
                   denial: bool = False) -> dict[str, str]:
    """{target key: positive | negative | neutral} for the (key, mentions in the content) pairs of a
    statement. For each target: the act's prior for the first one when the act is evaluative, else
    the words around its mentions, else (for the first target) the words of the whole content; a
    place named only as where something happens is neutral; a speaker speaks for their own side
    (`own`: their country, the bodies their titles name): positive towards it. The good words of a
    call or a request (`wished`) are what the speaker wishes for, not what a party is: they lend
    nothing ("دعا X إلى تعاون أوسع"). What a `denial` denies after أن is a happening, not a party
    ("نفى أن تكون الشرطة قد اعتقلته"): no prior."""
    toks = tokens_of(doc)
    out: dict[str, str] = {}
    words = lexicon.function_words()
    first, before = _first_word(doc, c_start), _word_before(doc, c_start, 0)
    if any(0 <= k < c_end and _is_one_of(toks.texts[k], words.speaking) for k in (first, before)):
        prior = "neutral"     # "رفض التعليق على X": declining to speak rejects no party
    if denial and before >= 0 and normalize(toks.texts[before]) in words.complementizer:
        prior = "neutral"
    inside = {k for _, cs in targets for c in cs for k in range(c.i, c.j)}
    bad_names = frozenset(c.i for key, cs in targets for c in cs
                          if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS and not _plain(c))
    values = phrase_values(doc, c_start, c_end, lambda k: k in inside or in_name(k), bad_names, wished)
    others = _others_words(doc, targets[1:], c_start, c_end, values)
    content = weighed(doc, {k: v for k, v in values.phrase.items() if k not in others}, c_start, c_end)
    asks = any(toks.texts[k] in QUESTION_MARKS for k in range(c_start, c_end))
    titles = [all(_of_a_title(doc, c, c_start, in_name) for c in mentions) for _, mentions in targets]
    # the first target is the first not named only in another's title: "انتقد رئيس حزب X فلانا" criticizes the person
    lead = next((n for n, titled in enumerate(titles) if not titled), None)
    for n, (key, mentions) in enumerate(targets):
        # a side named only in a relation or in another's title is no side the speaker speaks for, and a
        # title's country is not what the act condemns or praises (the person is)
        titled = titles[n]
        speaks_for = key in own and not all(titled or _in_relation(doc, c, c_start) for c in mentions)
        stance = _stance_of(doc, key, mentions, 0 if n == lead else n + 1, values, content, c_start, c_end,
                            "neutral" if titled else prior, speaks_for)
        if prior != "neutral" and not denial and key not in own and n != lead and \
                any(_doer_of_object(doc, c, c_start, in_name) for c in mentions):
            stance = prior        # "رفض الدعوة التي وجهها X", "أشاد بالإصلاحات التي تقوم بها X": X's doing is judged
        if not denial and any(_criticized(doc, c, c_start, prior) for c in mentions):
            stance = "negative"   # "وجه انتقادات حادة لX", "اتهامات للرئيس X": X is the one criticized
        # "كيف يريد X حل الأزمة ولا يجتمع بأطرافها؟": a question put in a statement is a rhetorical reproach
        out[key] = "negative" if stance == "neutral" and asks and key not in own and not \
            all(locative(doc, c, c_start) for c in mentions) else stance
    return out


@cache
def _title_heads() -> frozenset[str]:
    """The first words of the titles (titles.tsv), without the article: "رئيس", "وزير", "ملك" ..."""
    heads = {t.split()[0] for t in lexicon.titles() if t.split()}
    return frozenset(h[2:] if h.startswith("ال") and len(h) > 4 else h for h in heads)


def _aimed_at(doc: Doc, c: Candidate, lo: int) -> int | None:
    """The token whose ل aims a thing at mention c: c's own ("لX"), or that of the title right before
    it ("للرئيس X", "لوزير الخارجية X"); None when there is none."""
    if _dative(doc, c):
        return c.i
    toks = tokens_of(doc)
    heads = _title_heads()
    p = _word_before(doc, c.i, lo)
    for _ in range(3):
        if p < lo or toks.punct[p]:
            return None
        for clitic, stem in clitic_variants(toks.texts[p]):
            norm = normalize(stem)
            norm = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
            if clitic.endswith("ل") and norm in heads:
                return p
        p = _word_before(doc, p, lo)
    return None


def _criticized(doc: Doc, c: Candidate, lo: int, prior: str) -> bool:
    """Is mention c the one a noun of criticism is aimed at through ل ("انتقادات حادة لX", "اتهام
    للرئيس X")? Not when the speaker rejects the criticism that opens the content ("رفض الانتقادات
    الموجهة لX")."""
    toks = tokens_of(doc)
    aim = _aimed_at(doc, c, lo)
    if aim is None:
        return False
    criticism = lexicon.function_words().criticism
    q = _word_before(doc, aim, lo)
    if q >= lo and not _is_one_of(toks.texts[q], criticism):
        q = _word_before(doc, q, lo)      # past the criticism's adjective: "انتقادات حادة لX"
    if q < lo or toks.punct[q] or not _is_one_of(toks.texts[q], criticism):
        return False
    return not (prior == "negative" and q <= _first_word(doc, lo))


OBJECT_WORDS = 6      # words of the act's object before its relative pronoun ("الدعوة الى وقف اطلاق النار التي")
DOER_WORDS = 4        # words of the doer's phrase before a mention of it ("وجهها زعيم الانفصاليين الاكراد X")
RESUMPTIVE = ("ه", "ها", "هم", "هما")   # the object pronoun that points back to the relative's head


def _doer_of_object(doc: Doc, c: Candidate, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is mention c the doer of the act's object, in a relative clause right after it whose verb points
    back to the object ("رفض الدعوة التي وجهها X", "أدان الهجوم الذي نفذته X", "أشاد بالدور الذي تقوم
    به X")? Not the object of that verb ("الهجوم الذي استهدف X": X suffers it)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p, steps = _word_before(doc, c.i, lo), 0
    while p >= lo and steps <= DOER_WORDS:
        if toks.punct[p]:
            return False
        text = toks.texts[p]
        q = _word_before(doc, p, lo)
        if q >= lo and _is_one_of(toks.texts[q], words.relative):
            verb = p
        elif q >= lo and _is_one_of(toks.texts[p], frozenset({"به", "بها", "لها", "له", "بهم", "لهم"})) and \
                _word_before(doc, q, lo) >= lo and _is_one_of(toks.texts[_word_before(doc, q, lo)], words.relative):
            verb, q = q, _word_before(doc, q, lo)
        else:
            if _is_one_of(text, words.preposition) or _is_one_of(text, words.complementizer) or \
                    _is_one_of(text, words.relative):
                return False
            p, steps = q, steps + (0 if in_name(p) else 1)
            continue
        if verb == p and not normalize(toks.texts[verb]).endswith(RESUMPTIVE):
            return False      # "الذي استهدف X": X is what the clause's verb is done to
        first, words_before = _first_word(doc, lo), 0
        k = q
        while k > first:
            k = _word_before(doc, k, lo)
            if k < lo or toks.punct[k]:
                return False
            words_before += 1
        return k == first and words_before <= OBJECT_WORDS
    return False


def _others_words(doc: Doc, others: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                  values: Lent) -> set[int]:
    """The words that stand next to another target speak of that one, not of the first ("X سيجتمع
    لمناقشة العدوان العنيف الذي شنته Y"); but not what is done to or for another, which may be the
    first one's doing ("X لا يشكل تهديدا لـY", "العدوان على Y")."""
    out: set[int] = set()
    for _, mentions in others:
        for c in mentions:
            _, bad = against(doc, c, c_start, values)
            start = c.i if _dative(doc, c) else c_start
            out.update(k for k in _window(doc, c, start, c_end) if k != bad)
    return out


def _in_relation(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c one side of a relation ("العلاقات بين X و Y")?"""
    p = _word_before(doc, c.i, lo)
    return p >= lo and _is_one_of(tokens_of(doc).texts[p], lexicon.function_words().between)


def _of_a_title(doc: Doc, c: Candidate, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is mention c the country or body of another's title ("رئيس الوزراء X فؤاد", "الأمير X سلمان"):
    a title (titles.tsv) right before it, and another name right after it (not joined with و)?"""
    toks = tokens_of(doc)
    titles = lexicon.titles()
    words: list[str] = []
    p = _word_before(doc, c.i, lo)
    for _ in range(3):
        if p < lo or toks.punct[p]:
            break
        words.insert(0, normalize(toks.texts[p]))
        p = _word_before(doc, p, lo)
        if " ".join(words) in titles:
            break
    else:
        return False
    if " ".join(words) not in titles:
        return False
    q = c.j
    while q < len(doc) and toks.spaces[q]:
        q += 1
    return q < len(doc) and not toks.punct[q] and in_name(q) and not toks.texts[q].startswith("و")


def _no_state(c: Candidate) -> bool:
    """Is mention c a place that is no state: a town, a region, a place the gazetteer does not know (a
    country or its capital may stand for its government)?"""
    if c.type != "Place":
        return False
    known = lexicon.entity_by_key().get(c.key) if c.key else None
    return known is None or known.kind not in STATE_PLACES


def _counted(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c what a number counts members of: "من X" right after a number, or after a number
    and its counted noun ("ثلاثة من الجنود", "18 فردا من قوات الأمن")?"""
    toks = tokens_of(doc)
    p = _word_before(doc, c.i, lo)
    if p < lo or normalize(toks.texts[p]) not in ("من", "ومن"):
        return False
    numbers = lexicon.function_words().number
    q = _word_before(doc, p, lo)
    for _ in range(2):
        if q < lo or toks.punct[q]:
            return False
        text = toks.texts[q]
        if any(ch.isdigit() for ch in text) or _is_one_of(text, numbers):
            return True
        q = _word_before(doc, q, lo)
    return False


def _stance_of(doc: Doc, key: str, mentions: list[Candidate], n: int, values: Lent, content: int,
               c_start: int, c_end: int, prior: str, own: bool) -> str:
    if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS and not all(_plain(c) for c in mentions):
        return "negative"
    if all(locative(doc, c, c_start) for c in mentions):
        return "neutral"
    if prior != "neutral" and n == 0 and any(_opens(doc, c, c_start) for c in mentions):
        return prior          # "اتهم الحكومة بالفساد": the act's object, even the speaker's own side
    if own and not all(_suffers(doc, c, c_end, values) is not None for c in mentions):
        return "positive"     # but "X يعاني من أزمة": what one's own side lives through is no stance
    if prior == "neutral" and all(_counted(doc, c, c_start) for c in mentions):
        return "neutral"      # "قتل 18 فردا من قوات الأمن": members of X counted, a report of fact
    near: set[int] = set()
    owned: set[int] = set()   # "مواجهة العدوان الإسرائيلي": the word the target stands right after is its own
    suffered: set[int] = set()   # "العدوان على X": the bad act X suffers is not its own
    sides = 0                 # +1 for each mention that suffers a bad act, -1 for each that is fought
    for c in mentions:
        near.update(_window(doc, c, c_start, c_end))
        p = _word_before(doc, c.i, c_start)
        owned.add(p)
        owned.add(_head_before(doc, p, c_start))
        side, bad = against(doc, c, c_start, values)
        sides += side
        if bad is not None:
            suffered.add(bad)
        suffered.update(_suffers(doc, c, c_end, values) or ())
    score = sum(values.alone.get(k, 0) if k in owned else values.phrase.get(k, 0)
                for k in near if k not in suffered)
    if sides > 0:
        return "positive"     # "أدان العدوان على X": X suffers what is condemned
    if sides < 0:
        if prior == "negative" and any(_fought_in_object(doc, c, c_start) for c in mentions):
            return "positive"     # "أدان محاولات إسقاط X": X suffers the fight the act condemns
        return "negative"     # "العمليات ضد X", "مكافحة X": X is what is fought
    if all(_no_state(c) and not _opens(doc, c, c_start) for c in mentions):
        # "وافق على مشروع في مدينة X": a town or region is where, not whom the act takes sides with;
        # unless it is the act's object ("أشاد بمدينة X")
        prior = "neutral"
    if prior != "neutral" and n == 0:
        return prior
    if score:
        return _sign(score)
    content -= sum(values.phrase.get(k, 0) for k in suffered)   # what X suffers says nothing of X
    if n == 0 and content and not all(_governed(doc, c, c_start) for c in mentions):
        # the words far off speak of the content's actors; not of a place or party named only after a
        # preposition ("الخمور السرية في X", "خرج أمام X", "عدو لدود للولايات المتحدة")
        return _sign(content)
    return prior if n == 0 else "neutral"


def _fought_in_object(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c fought by a word of fighting that is part of the act's object, within its first
    OBJECT_WORDS words ("أدان محاولات إسقاط X", "حذر من الإطاحة بX")?"""
    p = _word_before(doc, c.i, lo)
    if p < lo or not is_reverser(tokens_of(doc).texts[p]):
        return False
    first, words = _first_word(doc, lo), 0
    while p > first and words <= OBJECT_WORDS:
        p = _word_before(doc, p, lo)
        if p < lo or tokens_of(doc).punct[p]:
            return False
        words += 1
    return p == first and words <= OBJECT_WORDS


def _governed(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand after a preposition, a word or a clitic ب/ل/ك ("في X", "أمام X", "بX", "لX")?"""
    token = doc[c.i]
    clitic = doc.text[token.idx:c.start] if c.start > token.idx else ""
    if clitic and clitic[-1] in "بلك":
        return True
    p = _word_before(doc, c.i, lo)
    return p >= lo and _is_one_of(tokens_of(doc).texts[p], lexicon.function_words().preposition)


def _window(doc: Doc, c: Candidate, lo: int, hi: int) -> range:
    """The tokens within WINDOW words either side of mention c; quote marks and spaces are no words
    ("أن «سياستها» «الاستيطانية» مرفوضة")."""
    toks = tokens_of(doc)

    def reach(k: int, step: int) -> int:
        words = 0
        while lo <= k + step < hi and words < WINDOW:
            k += step
            if not (toks.spaces[k] or toks.texts[k] in QUOTE_CHARS):
                words += 1
        return k
    return range(reach(c.i, -1), reach(c.j - 1, 1) + 1)


def _head_before(doc: Doc, p: int, lo: int) -> int:
    """The word that governs a mention through the preposition at p, past a "not only" ("التضامن مع X",
    "الدعم ليس فقط إلى X"); lo - 1 when p is no preposition."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if p < lo or not _is_one_of(toks.texts[p], words.preposition):
        return lo - 1
    q = _word_before(doc, p, lo)
    if q >= lo and _is_one_of(toks.texts[q], words.only):
        q = _word_before(doc, q, lo)
        if q >= lo and _is_negation(toks.texts[q]):
            q = _word_before(doc, q, lo)
    return q


def _word_before(doc: Doc, k: int, lo: int) -> int:
    """The token before k, past spaces and quote marks (lo - 1 when there is none from lo on)."""
    toks = tokens_of(doc)
    p = k - 1
    while p >= lo and (toks.spaces[p] or toks.texts[p] in QUOTE_CHARS):
        p -= 1
    return p


def against(doc: Doc, c: Candidate, lo: int, values: Lent) -> tuple[int, int | None]:
    """Is the target of mention c what is fought, or the one who suffers? "مكافحة القراصنة", "عمليات ضد
    X": fought (-1); "العدوان على X", "الاعتداءات ضد X", "العدوان الإسرائيلي على X": a bad act right
    before the word of opposition, or before its adjective, is suffered by X (+1, and the index of the
    bad word, which is not X's own)."""
    toks = tokens_of(doc)
    p = _word_before(doc, c.i, lo)
    if p < lo:
        return 0, None
    if _dative(doc, c):
        # "عدو لدود للولايات المتحدة", "تهديدا لتركيا": the bad thing is for X, not X's own
        q = p if values.alone.get(p, 0) < 0 else _word_before(doc, p, lo)
        return 0, (q if q >= lo and values.alone.get(q, 0) < 0 else None)
    fighting = is_reverser(toks.texts[p])
    if not fighting and not _is_one_of(toks.texts[p], lexicon.function_words().against):
        return 0, None
    q = _word_before(doc, p, lo)
    if q >= lo and values.alone.get(q, 0) >= 0:
        q = _word_before(doc, q, lo)   # past the bad act's adjective: "العدوان الإسرائيلي على X", "هجوما وحشيا على X"
    if q >= lo and values.alone.get(q, 0) < 0:
        return 1, q
    return (-1, None) if fighting else (0, None)


def _suffers(doc: Doc, c: Candidate, hi: int, values: Lent) -> set[int] | None:
    """The evaluative words of what mention c lives through: those after a verb of suffering or facing
    right after it, or after its relative pronoun ("X يعاني من وضع صحي سيئ", "X الذي تعرض لهجوم عنيف",
    "X يواجه تحديات"); None when no such verb follows c."""
    toks = tokens_of(doc)
    words = lexicon.function_words()

    def next_word(k: int) -> int:
        k += 1
        while k < hi and (toks.spaces[k] or toks.texts[k] in QUOTE_CHARS):
            k += 1
        return k
    q = next_word(c.j - 1)
    if q < hi and _is_one_of(toks.texts[q], words.relative):
        q = next_word(q)
    if q >= hi or not _is_one_of(toks.texts[q], words.suffering):
        return None
    out: set[int] = set()
    k = q
    for _ in range(WINDOW):
        k = next_word(k)
        if k >= hi or toks.punct[k]:
            break
        if values.alone.get(k, 0) or values.phrase.get(k, 0):
            out.add(k)
    return out


def _dative(doc: Doc, c: Candidate) -> bool:
    """Does mention c carry the preposition ل of the one a thing is for ("للولايات المتحدة", "لتركيا")?
    Not when a word of opposition follows: then ل names the doer ("تجسس للولايات المتحدة على X")."""
    token = doc[c.i]
    clitic = doc.text[token.idx:c.start] if c.start > token.idx else ""
    if not clitic.endswith("ل"):
        return False
    toks = tokens_of(doc)
    q = c.j
    while q < len(doc) and (toks.spaces[q] or toks.texts[q] in QUOTE_CHARS):
        q += 1
    return not (q < len(doc) and _is_one_of(toks.texts[q], lexicon.function_words().against))


def content_stance(doc: Doc, c_start: int, c_end: int, prior: str, in_name: Callable[[int], bool],
                   wished: bool = False) -> str:
    """The statement's overall stance: the act's when it is evaluative, else that of its words."""
    if prior != "neutral":
        return prior
    return _sign(weighed(doc, phrase_values(doc, c_start, c_end, in_name, wished=wished).phrase, c_start, c_end))


CONCESSIVE_REACH = 8  # words a "despite" phrase runs on at most (to punctuation or a فإن that resumes)


def weighed(doc: Doc, lent: dict[int, int], c_start: int, c_end: int) -> int:
    """The sum of what the content's words lend, weighed as the sentence weighs them: what a "despite"
    phrase names is overcome, no judgement ("الاقتصاد قادر على النمو رغم المخاطر"); when the words after
    a "but" judge, they outweigh those before ("حصل على أكثر العقوبات، لكنه من أفضل السائقين")."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    overcome: set[int] = set()
    contrast = -1
    k = c_start
    while k < c_end:
        text = toks.texts[k]
        if not toks.spaces[k] and _is_one_of(text, words.concessive):
            reach, q = 0, k + 1
            while q < c_end and reach < CONCESSIVE_REACH and not toks.punct[q] and \
                    normalize(toks.texts[q]) not in words.complementizer | {"فان", "فانه", "فانها"}:
                overcome.add(q)
                reach += 0 if toks.spaces[q] else 1
                q += 1
            k = q
            continue
        if not toks.spaces[k] and normalize(text) in words.contrast:
            contrast = k
        k += 1
    after = sum(v for k, v in lent.items() if k > contrast >= 0 and k not in overcome)
    return after if after else sum(v for k, v in lent.items() if k not in overcome)
