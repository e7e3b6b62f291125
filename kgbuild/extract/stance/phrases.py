"""What the words of a content lend, read as phrases; the feeling a content opens with; the statement's
overall stance, weighed as the sentence weighs it ("رغم", "لكن")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import PLACE_HEADS, Candidate
from ..words import COMMAS, PRONOUN_SUFFIXES, QUOTE_CHARS, next_word, prev_word, tokens_of
from .words import (clitic_of, first_word, is_aimed, is_one_of, is_reverser, negated, polarity_at, title_first_words,
                    title_heads, word_before, word_polarity)

REVERSE_REACH = 2     # a word of fighting or stopping turns round an evaluative word this many words on
DENIED_REACH = 3      # the good words a negated good word governs follow within this many words
ANY_REACH = 3         # words of the phrase a negated "any" opens ("لم تبد أي رغبة في التعاون"), prepositions not counted


@dataclass(frozen=True)
class Lent:
    """What the words of a content lend: as phrases, and each word alone (negation counted)."""

    phrase: dict[int, int]
    alone: dict[int, int]
    aimed: frozenset[int] = frozenset()   # judging words aimed at what follows them ("ندين", "لن نسمح")
    governing: frozenset[int] = frozenset()   # good words that govern a bad thing after them ("دعم X للمتمردين")
    topics: frozenset[int] = frozenset()      # bad words of what is discussed: they judge only a party next to them


def phrase_values(doc: Doc, start: int, end: int, in_name: Callable[[int], bool],
                  bad_names: frozenset[int] = frozenset(), wished: bool = False, denied: bool = False) -> Lent:
    """The polarity each of tokens start..end-1 lends, read as phrases: a word of fighting or
    stopping turns the next evaluative word round ("مكافحة الإرهاب" is good); a good word right before
    a bad one governs it and takes its side ("تدعم الإرهاب" is bad), past the names of a list ("تدعم
    حركة النصر والميليشيات"); names lend nothing, but a good word governing a group the speaker calls
    militias or terrorists (`bad_names`: the first tokens of its mentions) turns bad. The bad things of a
    happening a denial denies (`denied`: "نفى وجود خلافات") lend nothing. What is wished
    for (the whole content of a call, `wished`, or a clause after a word of obligation: "يجب على X
    المساعدة") lends no good word, and a bad thing wished away stays bad ("يجب ألا يكون تدخلا")."""
    phrase: dict[int, int] = {}
    alone: dict[int, int] = {}
    wishing = False           # in a clause after a word of obligation
    judging = False           # in a clause after a judgement aimed at what follows ("تتهم", "لن نقبل")
    discussed = False         # in the topic of a word of discussing ("لمناقشة سبل تعزيز التعاون")
    reverse_left = 0          # words left in which a reverser still acts
    chained = False           # the word before was turned round by a reverser
    last: int | None = None   # the word before, when it lent a positive value
    bad_head = False          # the word before lent a negative value: it governs a good word right after it
    denied_left = 0           # words left in which a negated good word's object goes on
    last_reversed = -1        # the last word a reverser turned round
    any_left = 0              # words left of a phrase a negated "any" opens: its good things are denied
    any_head = -1             # the noun right after that "any": the one thing the negation itself reaches
    governing: set[int] = set()   # good words whose phrase value a bad thing they govern changed
    topics: set[int] = set()      # bad words in the topic of a word of discussing
    in_topics = False         # in the topics of a word of discussing, which go on past a comma ("تناول X، وY")
    refused_support: int | None = None   # the word before, a good word a negation turned round ("لا تدعم")
    toks = tokens_of(doc)
    incumbent = _incumbent_clause(doc, start, end)
    for k in range(start, end):
        text = toks.texts[k]
        if toks.spaces[k] or text in QUOTE_CHARS:
            continue          # quote marks part no phrase: "تدعم «الإرهاب»"
        if k == incumbent:
            wishing = True    # "على X أن تتوقف عن قمع المتظاهرين": what X must do is wished for
            continue
        after_bad, bad_head = bad_head, False
        if toks.punct[k]:
            # what a colon opens is still the object of an obligation ("يجب على X أن يقدم: «دعما ...»")
            reverse_left, chained, last, denied_left, any_left, refused_support = 0, False, None, 0, 0, None
            wishing = wishing and text == ":"
            judging = discussed = False
            in_topics = in_topics and text in COMMAS
            continue
        if _is_obligation(text):
            wishing = True
            continue
        if is_one_of(text, lexicon.function_words().discussing):
            discussed = in_topics = True  # "سيصل وفد لمناقشة التعاون": the topic of a talk is no one's merit
            continue
        if in_name(k) and k not in bad_names:
            reverse_left, chained = 0, False
            continue
        if _honours(doc, k, end, in_name):
            continue          # "سعادة السفير", "سعادة الشيخ X": an honorific, no happiness
        if _in_capacity(doc, k, start):
            continue          # "وبصفتنا حلفاء": the role one acts in, no judgement
        if _heads_preposition(doc, k, end):
            continue          # "بناء على طلب", "برعاية X": a compound preposition, nothing constructive
        in_any = any_left > 0
        if in_any and not is_one_of(text, lexicon.function_words().preposition):
            any_left -= 1
        if is_one_of(text, lexicon.function_words().any_word) and negated(doc, k, start):
            any_left, any_head = ANY_REACH, first_word(doc, k + 1)   # "لم تبد أي رغبة في التعاون": none of it is there
            continue
        if is_reverser(text):
            reverse_left, chained, last = REVERSE_REACH, False, None
            continue
        if k in bad_names:
            # "تدعم الميليشيات": supporting a bad group is bad; the group's name itself lends nothing
            if last is not None and not chained and not reverse_left:   # not "مكافحة الإرهاب والميليشيات"
                governing.add(last)
                phrase[last], last = -1, None
            elif refused_support is not None:
                # "لا تدعم الميليشيات": not supporting a bad group is no fault
                governing.add(refused_support)
                phrase[refused_support], refused_support = 1, None
            reverse_left, chained = 0, False
            continue
        value = polarity_at(doc, k, start) or _stands_by(doc, k, start)
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
        if denied and value < 0:
            continue          # "نفى وجود خلافات مع X": the disagreement is denied, X is not judged by it
        if value:
            alone[k] = value
        if value and (reverse_left or (chained and (_joined(text) or last_reversed == word_before(doc, k, start)))):
            # "مكافحة الفساد والتهريب", "مكافحة الإرهاب التكفيري": the reverser's object goes on through
            # words joined with و and the adjective right after it
            value, reverse_left, chained, last_reversed = -value, 0, True, k
        else:
            chained = False
            if reverse_left:
                reverse_left -= 1
        turned = raw < 0 < alone.get(k, 0)   # a bad word the negation turned round
        if in_any and ((value > 0 and not turned) or (turned and k != any_head)):
            # "لم تتخذ أي خطوة لوقف العنف": the good thing the "any" phrase names is denied; but the bad thing
            # inside it past its head is not ("لم تقدم أي دليل على اتهاماتها": the charges stand unproven)
            value = -value
            if alone.get(k, 0) > 0:
                alone[k] = -alone[k]
        if value < 0 and last is not None:
            phrase[last] = 0
            governing.add(last)
        if value < 0 and refused_support is not None and not reverse_left and not chained:
            # "لا تدعم الإرهاب", "لم تعد تمول المتمردين": refusing to support a bad thing is no fault, and the
            # bad thing is none of the one who refuses it
            governing.add(refused_support)
            phrase[refused_support], value = 1, 0
        harmed = value > 0 and after_bad and not _joined(text)
        if harmed:
            # "تهديد الأمن", "تقويض الاستقرار", "أزمة ثقة": the good thing a bad word governs is what is
            # harmed, no good word of its own (but "الإرهاب والسلام" are two things)
            value = 0
        if value:
            phrase[k] = value
        if not value and last is not None and normalize(text) in lexicon.function_words().partner_in:
            continue          # "شريكا في القتل", "ساهم في التخريب": the good word governs the bad one past في
        if not value and after_bad and normalize(text) in lexicon.function_words().partner_in:
            bad_head = True   # "تماطل في تنفيذ", "راوغ في الالتزام": the bad verb governs the good thing past في
            continue
        last = k if value > 0 else None
        refused_support = k if raw > 0 > alone.get(k, 0) else None
        bad_head = value < 0 or harmed   # "تعرقل جهود السلام": the harmed thing's own object is harmed too
        if (wished or wishing) and value > 0:
            phrase.pop(k, None)   # but "دعا إلى التضامن مع X": the good word X is the object of is its own
        if in_topics and value < 0:
            topics.add(k)     # "تناول اللقاء قضية الإرهاب": the topic judges no one far off
        if (judging or discussed) and value > 0:
            phrase.pop(k, None)   # "تتهم X بدعم المتمردين": the good word of a charge or of what is rejected
        judging = judging or (value < 0 and is_aimed(doc, k, start))
    aimed = frozenset(k for k, v in alone.items() if v < 0 and is_aimed(doc, k, start))
    return Lent(phrase, alone, aimed, frozenset(governing), frozenset(topics))


def _honours(doc: Doc, k: int, end: int, in_name: Callable[[int], bool]) -> bool:
    """Is word k an honorific (function_words honorific: "سعادة") right before a title or a name?"""
    toks = tokens_of(doc)
    if not is_one_of(toks.texts[k], lexicon.function_words().honorific):
        return False
    q = next_word(doc, k)
    return q is not None and q < end and not toks.punct[q] and \
        (in_name(q) or (norm := normalize(toks.texts[q])) in title_first_words() or norm in title_heads())


SIDE, TO = normalize("جانب"), normalize("إلى")


def _stands_by(doc: Doc, k: int, lo: int) -> int:
    """+1 for the جانب of "يقف إلى جانب X" (stands by X), after a verb of standing (function_words
    standing_by); 0 for any other word ("إلى جانب ذلك" is "besides")."""
    toks = tokens_of(doc)
    if not is_one_of(toks.texts[k], frozenset({SIDE})):
        return 0
    p = word_before(doc, k, lo)
    q = word_before(doc, p, lo) if p >= lo else lo - 1
    if not (q >= lo and normalize(toks.texts[p]) == TO and is_one_of(toks.texts[q], lexicon.function_words().standing_by)):
        return 0
    return -1 if negated(doc, q, lo) else 1     # "لن نقف إلى جانب X"


INCUMBENT_WORDS = 5   # words between على and أن of "على X أن ..." at most (the one it is incumbent on)
INCUMBENT_ON = lexicon.function_words().obliged_on   # with و/ف too (is_one_of)


def _incumbent_clause(doc: Doc, start: int, end: int) -> int | None:
    """The أن of a content that opens with "على X أن" (X must ...), after one to INCUMBENT_WORDS words;
    None when it opens otherwise ("على أن" with no one between is "that")."""
    toks = tokens_of(doc)
    k = first_word(doc, start)
    if k >= end or not is_one_of(toks.texts[k], INCUMBENT_ON):
        return None
    words = 0
    q = next_word(doc, k)
    while q is not None and q < end and not toks.punct[q] and words <= INCUMBENT_WORDS:
        if normalize(toks.texts[q]) in lexicon.function_words().complementizer:
            return q if words else None
        words += 1
        q = next_word(doc, q)
    return None


@lru_cache(maxsize=131072)   # asked of every word of every content: a function of the text alone
def _after_bi(text: str) -> bool:
    """A noun of auspices or help (function_words after_bi) with ب glued before it: "برعاية", "بالتعاون"."""
    after_bi = lexicon.function_words().after_bi
    return any(clitic.endswith("ب") and (normalize(stem) in after_bi or normalize(stem)[2:] in after_bi)
               for clitic, stem in clitic_variants(text))


def _heads_preposition(doc: Doc, k: int, end: int) -> bool:
    """Is word k the noun of a compound preposition ("بناء على", "بناء عليه", "وفقا لـ", "برعاية"): a
    preposition head (function_words.tsv) right before a preposition, a preposition with a pronoun, or
    a word that carries ل or ب; or a noun of auspices or help with ب before it?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if _after_bi(toks.texts[k]):
        return True           # "برعاية X", "بمساعدة X", "بالتعاون مع X"
    if not is_one_of(toks.texts[k], words.preposition_head):
        return False
    q = next_word(doc, k)
    if q is None or q >= end or toks.punct[q]:
        return False
    prepositions = words.preposition
    nxt = normalize(toks.texts[q])
    return nxt in prepositions or nxt[:-1] in prepositions or nxt[:-2] in prepositions or \
        any(clitic and clitic[-1] in "لب" for clitic, _ in clitic_variants(toks.texts[q]))


def _in_capacity(doc: Doc, k: int, lo: int) -> bool:
    """Does word k name the role of "بصفة" right before it ("بصفتنا حلفاء", "بصفته شريكا")?"""
    p = word_before(doc, k, lo)
    return p >= lo and is_one_of(tokens_of(doc).texts[p], lexicon.function_words().capacity)


def _is_obligation(text: str) -> bool:
    """"يجب", "ينبغي", "يتعين": what follows is what the speaker wishes for, not what is."""
    return is_one_of(text, lexicon.function_words().obligation)


def _joined(text: str) -> bool:
    """A word joined to the one before by و ("والتهريب")."""
    return len(text) > 3 and text.startswith("و") and any(clitic.startswith("و") for clitic, _ in clitic_variants(text))


def _after_topic_head(doc: Doc, k: int, lo: int) -> bool:
    """Is word k the definite topic of an indefinite head before it ("قمة التنمية", "عملية السلام"), or
    an indefinite one that is a noun, never an adjective ("محادثات سلام", "اتفاق تعاون"; not the
    adjective of "عملية إرهابية" or "العملية الإرهابية")?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = prev_word(doc, k)
    return p is not None and p >= lo and is_one_of(toks.texts[p], words.topic_head) and \
        any(normalize(stem).startswith("ال") or normalize(stem) in words.topic_noun
            for _, stem in clitic_variants(toks.texts[k]))


def plain(c: Candidate) -> bool:
    """Is mention c a bare collective that judges no one ("الفصائل", not "الفصائل المسلحة" or "الميليشيات")?"""
    return normalize(c.form) in lexicon.function_words().plain_collective


def sign(score: int) -> str:
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"


def locative(doc: Doc, c: Candidate, lo: int = 0) -> bool:
    """"العنف في X": a place named as where something happens, not as a side; so is a town, district
    or street with ب after a word of the content ("مصنع جديد بمدينة X", "بحي X"; but "أشاد بمدينة X"
    praises it)."""
    toks = tokens_of(doc)
    if c.type != "Place":
        return False
    words = lexicon.function_words()
    q = first_word(doc, c.j)
    if q < len(doc) and is_one_of(toks.texts[q], words.relative):
        return False          # "في X التي تعد شريكا وثيقا لنا": the clause after it speaks of X itself
    p = prev_word(doc, c.i)
    if p is not None and is_one_of(toks.texts[p], words.locative):
        return True
    if p is not None and not clitic_of(doc, c) and _known_place_below_country(c) and any(
            normalize(stem) in words.gathering_head for _, stem in clitic_variants(toks.texts[p])):
        return True           # "قمة X", "محادثات X", "اتفاق X": the town the gathering is held in, no side
    if p is not None and p >= lo and is_one_of(toks.texts[p], words.place_head):
        # "في مدينة X", "داخل محافظة X": the place head stands between the locative word and the name
        q = prev_word(doc, p)
        if q is not None and q >= lo and is_one_of(toks.texts[q], words.locative):
            return True
    clitic, at = clitic_of(doc, c), c.i
    head = c.form.split()[0] if c.form.split() else ""
    if not clitic:
        # the head outside the name: "بمدينة X"
        if p is None or p < lo:
            return False
        readings = [(cl, st) for cl, st in clitic_variants(toks.texts[p]) if cl.endswith("ب")]
        if not readings:
            return False
        clitic, head, at = readings[0][0], readings[0][1], p
    if at <= first_word(doc, lo):
        return False
    first = normalize(head)
    return clitic.endswith("ب") and (first in PLACE_HEADS or (first.startswith("ال") and first[2:] in PLACE_HEADS))


def _known_place_below_country(c: Candidate) -> bool:
    """Is mention c a town or capital the gazetteer knows (not a country: "محادثات إيران" are talks with it)?"""
    known = lexicon.entity_by_key().get(c.key) if c.key else None
    return known is not None and known.type == "Place" and known.kind != "country"


def opens(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c open the content, alone or after its place head ("بمدينة X"): the act's object?"""
    first = first_word(doc, lo)
    if c.i <= first:
        return True
    return word_before(doc, c.i, lo) == first and any(
        normalize(stem) in PLACE_HEADS or normalize(stem)[2:] in PLACE_HEADS
        for _, stem in clitic_variants(tokens_of(doc).texts[first]))


def _owner_stripped(norm: str) -> str:
    """"قلقه", "قلقها" -> قلق: a feeling without the pronoun of its owner."""
    for ending in PRONOUN_SUFFIXES:
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
    k = first_word(doc, c_start)
    if k < c_end and normalize(toks.texts[k]) == "عن":
        k = first_word(doc, k + 1)
    if k >= c_end or toks.punct[k]:
        return None
    return _expressed_feelings().get(_owner_stripped(normalize(toks.texts[k])))


def content_stance(doc: Doc, c_start: int, c_end: int, prior: str, in_name: Callable[[int], bool],
                   wished: bool = False) -> str:
    """The statement's overall stance: the act's when it is evaluative, else that of its words."""
    if prior != "neutral":
        return prior
    return sign(weighed(doc, phrase_values(doc, c_start, c_end, in_name, wished=wished).phrase, c_start, c_end))


CONCESSIVE_REACH = 8  # words a "despite" phrase runs on at most (to punctuation or a فإن that resumes)
RESUMING = lexicon.function_words().complementizer | lexicon.function_words().concessive_end   # where a "despite" phrase ends


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
        if not toks.spaces[k] and is_one_of(text, words.concessive):
            reach, q = 0, k + 1
            while q < c_end and reach < CONCESSIVE_REACH and not toks.punct[q] and \
                    normalize(toks.texts[q]) not in RESUMING:
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
