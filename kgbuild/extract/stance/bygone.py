"""An era of a bad thing said to be over ("زمن الرشوة في الموانئ انتهى", "انتهى عهد الظلم والاستبداد", "مرحلة عدم
الاستقرار انتهت").

A verb of ending (function_words ending_verb) said of a noun of an era or a stage (function_words bygone_era), before or
after it, with a bad word or a negating verbal noun ("عدم") in what the era is of: the bad thing is gone, good news. The
bad words of the era lend nothing and the verb of ending lends a good word (stance/phrases.py). Not negated ("لم ينته
زمن"), and not when the era is a good thing's (no good word may stand in it: "انتهى عهد الاستقرار" mourns it) or a
named party's ("انتهى عهد X" says nothing of whether X was good)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize, without_article
from ..words import tokens_of, words_between
from .negation import negated
from .polarity import polarity_reading
from .words import first_word, is_one_of, word_before

ERA_REACH = 6         # words of what the era is of, between the era noun and the verb of ending at most
MAY = normalize("قد")   # "زمن X قد انتهى": the particle before the verb is no word of the era


@dataclass(frozen=True)
class EndedEra:
    """The words of an era said to be over (first..last, the verb of ending aside) and the verb of ending."""

    first: int
    last: int
    verb: int


def ended_era(doc: Doc, start: int, end: int, in_name: Callable[[int], bool]) -> EndedEra | None:
    """The first era of a bad thing that start..end-1 says is over, or None."""
    for v in words_between(doc, _is_ending, start, end):   # (most contents hold none)
        after = _era_after(doc, v, end)
        # a negation before the verb denies the end; inside the era's words it is what the era is of ("مرحلة عدم
        # الاستقرار انتهت"), and the verb's own is read from them on
        era = after if after is not None and not negated(doc, v, start) else _era_before(doc, v, start)
        if era is not None and (era is after or not negated(doc, v, era.last + 1)) and _of_a_bad_thing(doc, era, in_name):
            return era
    return None


def _is_ending(text: str) -> bool:
    """Is the word a verb of ending (function_words ending_verb), bare or after و/ف?"""
    return is_one_of(text, lexicon.function_words().ending_verb)


def _is_era(text: str) -> bool:
    """Is the word a noun of an era or a stage, with or without the article ("زمن", "العهد")?"""
    bygone = lexicon.function_words().bygone_era
    norm = normalize(text)
    return norm in bygone or without_article(norm) in bygone


def _era_after(doc: Doc, v: int, end: int) -> EndedEra | None:
    """"انتهى عهد الظلم والاستبداد": the era right after the verb, to the phrase's end (punctuation or ERA_REACH words)."""
    toks = tokens_of(doc)
    e = first_word(doc, v + 1)
    if e >= end or toks.punct[e] or not _is_era(toks.texts[e]):
        return None
    last, k, words = e, e + 1, 0
    while k < end and words < ERA_REACH and not toks.punct[k]:
        if not toks.spaces[k]:
            last, words = k, words + 1
        k += 1
    return EndedEra(e, last, v)


def _era_before(doc: Doc, v: int, start: int) -> EndedEra | None:
    """"زمن الرشوة في الموانئ انتهى", "عهد X قد انتهى": the era within ERA_REACH words before the verb, no punctuation
    between."""
    toks = tokens_of(doc)
    p = word_before(doc, v, start)
    if p >= start and normalize(toks.texts[p]) == MAY:
        p = word_before(doc, p, start)
    last = p
    for _ in range(ERA_REACH + 1):
        if p < start or toks.punct[p]:
            return None
        if _is_era(toks.texts[p]):
            return EndedEra(p, last, v) if p < last else None
        p = word_before(doc, p, start)
    return None


def _of_a_bad_thing(doc: Doc, era: EndedEra, in_name: Callable[[int], bool]) -> bool:
    """Is what the era is of (the words after its noun) a bad thing: a bad word or a word that judges in its phrase
    ("الإفلات من المحاسبة"), or a negating verbal noun ("عدم الاستقرار": a good word after it is its lack), with no
    other good word and no name?"""
    toks = tokens_of(doc)
    refrain = lexicon.function_words().refrain_noun
    bad = lacking = False
    for k in range(era.first + 1, era.last + 1):
        if toks.spaces[k] or toks.punct[k]:
            continue
        if in_name(k):
            return False
        reading = polarity_reading(toks.texts[k])
        if reading.value > 0 and not lacking:
            return False
        lacking = is_one_of(toks.texts[k], refrain)
        bad = bad or reading.value != 0 or reading.escaping or lacking
    return bad
