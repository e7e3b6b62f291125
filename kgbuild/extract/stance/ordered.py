"""The party an order is given to: "أوعز إلى الجيش بتأمين الطرق", "أصدر أوامر للشرطة بحماية المصارف", "أمر الحرس
بالانتشار".

An order names a deed and the one who is to carry it out. The one told to do it executes the speaker's will: the
order says what is to be done, not what the executor is, so it takes no stance towards them (one's own army or
minister is no side spoken for there, as a body the speaker speaks for otherwise is). The words of the deed speak of
its object ("أمر الجيش بضرب X": X is what is struck), not of the one ordered."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import next_word, tokens_of
from .words import clitic_of, first_word, is_one_of, named_with_li, word_before

TO = normalize("إلى")        # "أوعز إلى الجيش", "أوامر إلى الشرطة"
JOINED_WORDS = 4             # words of the first party ordered, before the one joined to it by و
DEED_WORDS = 3               # words after the one ordered where the deed ordered with بـ must begin ("أمر الحرس بالانتشار")


def ordered(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or the title it is named with) the one an order is given to: right after a word of ordering
    (function_words order_word), past إلى, or glued to لـ after it ("أوامر للجيش"), or its bare object with the deed
    ordered by بـ right after it ("أمر الحرس بالانتشار")? The word of ordering may be the cue, before the content."""
    toks = tokens_of(doc)
    orders = lexicon.function_words().order_word
    first = c.title_i if c.title_i is not None and lo <= c.title_i < c.i else c.i
    p = word_before(doc, first, 0)
    if p < 0 or toks.punct[p]:
        return False
    if clitic_of(doc, c).startswith("و") and first == c.i:
        return _joined_to_ordered(doc, p)   # "أوامر للشرطة والحرس": the party joined to the one ordered is ordered too
    li = named_with_li(doc, c, first)
    if normalize(toks.texts[p]) == TO and not li:
        q = word_before(doc, p, 0)
        return q >= 0 and not toks.punct[q] and is_one_of(toks.texts[q], orders)
    if not is_one_of(toks.texts[p], orders):
        return False
    if li:
        return True           # "أصدر أوامر للجيش", "تعليمات للشرطة"
    return (first != c.i or not clitic_of(doc, c)) and _deed_follows(doc, c.j - 1)


def _joined_to_ordered(doc: Doc, p: int) -> bool:
    """Is token p (the last word before a party glued to و) within a party named right after a word of ordering with
    إلى or لـ ("أوامر للشرطة والحرس", "أوعز إلى الحرس والشرطة")? Looks back JOINED_WORDS words at most."""
    toks = tokens_of(doc)
    orders = lexicon.function_words().order_word
    k = p
    for _ in range(JOINED_WORDS):
        if k < 0 or toks.punct[k]:
            return False
        if is_one_of(toks.texts[k], orders):
            after = next_word(doc, k)
            return after is not None and after <= p and (normalize(toks.texts[after]) == TO or any(
                clitic.endswith("ل") for clitic, stem in clitic_variants(toks.texts[after]) if len(stem) > 2))
        k = word_before(doc, k, 0)
    return False


def ordered_first(doc: Doc, c: Candidate, lo: int) -> bool:
    """Under a cue of ordering ("أمر الرئيس X الجيش بالانتشار"), is mention c the bare object the content opens with,
    the deed ordered by بـ right after it: the one told to carry the order out?"""
    return first_word(doc, lo) in (c.i, c.title_i) and not clitic_of(doc, c) and _deed_follows(doc, c.j - 1)


def _deed_follows(doc: Doc, last: int) -> bool:
    """Does a word glued to بـ begin within DEED_WORDS words after token `last` ("الجيش بالانتشار", "قائد الشرطة
    بتسريع"): the deed ordered, which marks the word before as the order's bare object?"""
    toks = tokens_of(doc)
    k = last
    for _ in range(DEED_WORDS):
        k = next_word(doc, k)
        if k is None or toks.punct[k]:
            return False
        if any(clitic.endswith("ب") for clitic, stem in clitic_variants(toks.texts[k]) if len(stem) > 2):
            return True
    return False
