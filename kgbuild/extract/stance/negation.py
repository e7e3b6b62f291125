"""What turns an evaluative word round: a negation before it and how far it reaches, verbs of giving up or
hesitating, two negations that cancel; and a position said not to change, which stands steadfast."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import next_word, prev_word, tokens_of
from .mourning import loses_a_person
from .words import (is_accepting, is_any_word, is_giving_up, is_negation, is_one_of, is_verb_reading, of_kind, polarity_table,
                    word_before, word_polarity)

NEGATION_REACH = 2    # a negation turns round an evaluative word this many words on (prepositions, كان, يمكن, أن ... not counted)
HESITATED_ON = frozenset(normalize(w) for w in ("في", "عن"))   # what a verb of hesitating takes what it withholds with
WHAT = normalize("ما")      # "ما تردد عن": what was rumoured, no hesitation
STEADFAST_REACH = 8   # words between a position and the negated verb of changing it stands before at most


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
        if _mourned(doc, p, k):
            break             # "فقدت البلاد قائدا حكيما": the good words praise the one lost, no good thing lost
        if is_one_of(text, lexicon.function_words().exceptive):
            break             # "ليس سوى توريث", "لا يريد إلا الفوضى": what follows "nothing but" is affirmed, not denied
        gives_up = is_giving_up(text) or _hesitates(doc, p) or _lost(doc, p, k)
        if gives_up and negated(doc, p, lo):
            break             # "لن نتراجع عن دعم", "لن نتردد في الرد على أي عدوان": a negated giving up cancels itself
        if _non_before_joined(doc, p, k):
            break             # "رسالة غير ودية ومسيئة": غير makes an adjective of the word after it, not of one joined by و
        if (is_negation(text) and not _not_only(doc, p) and not _joined_negation(doc, p)) or gives_up:
            negations += 1 + _negated_without(doc, p, lo)
        elif (word_polarity(text) and not is_verb_reading(doc, p)) or is_accepting(text) or \
                of_kind(text, polarity_table().submitting):
            break             # "لن نسمح بالتدخل", "لن نخضع للتهديدات": what is not tolerated or bowed to stays bad
        if not _counts_no_step(doc, p, lo):
            steps += 1
        p -= 1
    return negations % 2 == 1


NON = normalize("غير")   # "غير شرعية": a negation in construct with the one word after it


def _non_before_joined(doc: Doc, p: int, k: int) -> bool:
    """Is word p the negation غير, not right before the evaluative word k, which is joined by و to the word before it
    ("غير ودية ومسيئة": unfriendly and offensive)? غير is in construct with the word after it: a second adjective
    joined by و is not negated (to negate both, Arabic says غير again: "غير ودية وغير مقبولة")."""
    toks = tokens_of(doc)
    if normalize(toks.texts[p]) != NON or next_word(doc, p) == k or not toks.texts[k].startswith("و"):
        return False
    return any(clitic == "و" and word_polarity(stem) for clitic, stem in clitic_variants(toks.texts[k]))


LOST = normalize("فقد")   # lost; bare, also ف + قد ("فقد قال"), so a verb of giving up only before a noun
NOUN_WITH_PRONOUN = ("ته", "تها", "تهم", "تنا")   # a feminine noun's ة written ت before a possessive: "ثقته", "شرعيتها"


@lru_cache(maxsize=65536)   # a function of the word alone, asked of the word before each evaluative noun
def _is_lost_verb(text: str) -> bool:
    """"فقد", "وفقد": the bare verb of losing, or after و."""
    return any(normalize(stem) == LOST for clitic, stem in clitic_variants(text) if clitic in ("", "و"))


def _lost(doc: Doc, p: int, k: int) -> bool:
    """Is word p the bare verb فقد (lost) with the evaluative noun k right after it ("فقد الثقة", "فقد ثقته", "فقد ثقة
    الناخبين")? قد takes only a verb, so before a word with the article, a feminine noun with its possessive or a
    feminine noun in construct (written with ة, which no verb ends in), فقد is the verb. So it is before a quantifier
    (function_words quantifier: "فقد كل شرعية", "فقد أي مصداقية"), a noun قد never takes, and the noun k after it."""
    toks = tokens_of(doc)
    if not _is_lost_verb(toks.texts[p]):
        return False
    q = next_word(doc, p)
    if q is not None and q < k and is_one_of(toks.texts[q], lexicon.function_words().quantifier):
        return next_word(doc, q) == k
    if q != k:
        return False
    word = normalize(toks.texts[k])
    return word.startswith("ال") or word.endswith(NOUN_WITH_PRONOUN) or toks.texts[k].endswith(TA_MARBUTA)


TA_MARBUTA = "ة"   # as written: normalized it is ه, the pronoun "his" a verb may end in ("فقد دعمه")


def _mourned(doc: Doc, p: int, k: int) -> bool:
    """Is word p a verb of losing with a noun of a person right after it and before k ("فقدت قائدا حكيما", "فقدنا أخا
    عزيزا")? Such a loss is mourning: what follows praises the one lost."""
    q = next_word(doc, p)
    return q is not None and q < k and loses_a_person(doc, p, q)


WITHOUT = frozenset(normalize(w) for w in ("دون", "بدون"))   # "without": a negation a verb before it can carry


def _negated_without(doc: Doc, p: int, lo: int) -> int:
    """1 when the "without" at p follows a negated verb ("لن تتحرك دون التشاور": it will act only after consulting,
    two negations that cancel), 0 otherwise; the negation stands right before that verb, no punctuation between."""
    toks = tokens_of(doc)
    if normalize(toks.texts[p]) not in WITHOUT:
        return 0
    q = word_before(doc, p, lo)
    if q < lo or toks.punct[q] or word_polarity(toks.texts[q]) or is_negation(toks.texts[q]):
        return 0
    r = word_before(doc, q, lo)
    return 1 if r >= lo and not toks.punct[r] and is_negation(toks.texts[r]) and normalize(toks.texts[r]) not in WITHOUT \
        else 0


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
    if not of_kind(toks.texts[k], table.unchanging) or not negated(doc, k, lo):
        return None
    p, words = k - 1, 0
    while p >= lo and words < STEADFAST_REACH:
        if toks.punct[p]:
            return None
        if not toks.spaces[p]:
            if of_kind(toks.texts[p], table.position):
                return p
            words += 1
        p -= 1
    return None


def _hesitates(doc: Doc, p: int) -> bool:
    """Is word p a verb of hesitating (polarity.tsv hesitating) right before في or عن, not after ما ("تردد في دعم", "لن
    تتوانى عن"; not "ما تردد عن", what was rumoured)?"""
    toks = tokens_of(doc)
    if not of_kind(toks.texts[p], polarity_table().hesitating):
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
    if is_one_of(text, words.preposition) or is_one_of(text, words.negation_through) or is_any_word(text):
        return True
    if is_verb_reading(doc, p):
        return True           # "لم تقدم حلا عمليا": the negation reaches the verb's object
    return normalize(text) in words.complementizer and p - 1 >= lo and is_one_of(tokens_of(doc).texts[p - 1], words.negation_through)
