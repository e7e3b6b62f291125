"""A hand held out and room for all: "يدنا ممدودة إلى كل القوى", "أمد يدي إلى X", "البلاد تتسع للجميع".

Holding out one's hand (a noun of the hand, function_words hand_noun, next to a word of stretching, stretching: "يده
ممدودة", "نمد أيدينا") offers reconciliation and good will, and saying that something has room for everyone (a verb of
having room, room_verb, right before لـ and a word of all, all_word: "يتسع للجميع", "تتسع لكل") embraces all sides: the
statement is positive, and so is its stance towards the party the hand is held out to (إلى X, لـX right after the
words). Negated ("لن نمد يدنا") they offer nothing; a thing that spreads ("تتسع رقعة الاحتجاجات") has no room for anyone."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import next_word, tokens_of, words_between
from .roles import named_from
from .words import is_negation, is_one_of, named_with_li, word_before

TO = normalize("إلى")


def _stretching_with_bi(text: str, words: frozenset[str]) -> bool:
    """is_one_of, with بـ too: "بمد اليد"."""
    return any(clitic in ("", "و", "ف", "ب") and normalize(stem) in words for clitic, stem in clitic_variants(text))


def _is_hand_noun(text: str) -> bool:
    """"يد", "يدنا" (function_words hand_noun): words_between's test."""
    return is_one_of(text, lexicon.function_words().hand_noun)


def _held_out(doc: Doc, c_start: int, c_end: int) -> list[int]:
    """The last token of each hand held out in the content (the pair of a hand noun and a word of stretching, in either
    order, next to each other), not negated right before the pair."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    out = []
    for k in words_between(doc, _is_hand_noun, c_start, c_end):   # (asked per mention: most contents name no hand)
        if toks.punct[k]:
            continue
        p, q = word_before(doc, k, c_start), next_word(doc, k)
        if q is not None and q < c_end and not toks.punct[q] and is_one_of(toks.texts[q], words.stretching):
            first, last = k, q            # "يده ممدودة"
        elif p >= c_start and not toks.punct[p] and _stretching_with_bi(toks.texts[p], words.stretching):
            first, last = p, k            # "أمد يدي", "بمد اليد"
        else:
            continue
        before = word_before(doc, first, c_start)
        if before >= c_start and is_negation(toks.texts[before]):
            continue                      # "لن نمد يدنا"
        out.append(last)
    return out


def _is_room_verb(text: str) -> bool:
    """"يتسع" (function_words room_verb): words_between's test."""
    return is_one_of(text, lexicon.function_words().room_verb)


def _room_for_all(doc: Doc, c_start: int, c_end: int) -> bool:
    toks = tokens_of(doc)
    words = lexicon.function_words()
    for k in words_between(doc, _is_room_verb, c_start, c_end):   # (most contents hold none)
        if toks.punct[k]:
            continue
        q = next_word(doc, k)
        if q is not None and q < c_end and \
                any(clitic == "ل" and normalize(stem) in words.all_word for clitic, stem in clitic_variants(toks.texts[q])):
            before = word_before(doc, k, c_start)
            if not (before >= c_start and is_negation(toks.texts[before])):
                return True
    return False


def reaches_out(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content hold out a hand or give room to all (see the module)?"""
    return bool(_held_out(doc, c_start, c_end)) or _room_for_all(doc, c_start, c_end)


def reached_out_to(doc: Doc, c: Candidate, c_start: int, c_end: int) -> bool:
    """Is mention c (or its title) the party a hand is held out to: named after إلى or with لـ right after the words
    of the held-out hand ("أمد يدي إلى X", "يدنا ممدودة لـX")?"""
    toks = tokens_of(doc)
    start = named_from(c, c_start)
    p = word_before(doc, start, c_start)
    if named_with_li(doc, c, start):
        return p in _held_out(doc, c_start, c_end)     # "ممدودة لـX"
    return p >= c_start and normalize(toks.texts[p]) == TO and word_before(doc, p, c_start) in _held_out(doc, c_start, c_end)
