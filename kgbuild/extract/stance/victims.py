"""A party called a victim: "X «ضحية حملة تشويه»", "مصرفه ضحية احتيال", "النادي هو الطرف المتضرر".

A noun of being wronged (polarity.tsv victim: "ضحية", "المتضرر") put right after a party as what it is (past quote marks
and a pronoun of separation, "الطرف" before the adjective) says the party is wronged: the speaker takes its side, and the
bad words after the noun are what it suffers, not its deeds. Only the singular and the adjective: a plural after a
noun is mostly a count ("حصيلة ضحايا الزلزال") or an object ("خلف الزلزال ضحايا")."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..mentions import Candidate
from ..words import QUOTE_CHARS, tokens_of
from .words import first_word, is_one_of, polarity_table

PARTY = normalize("الطرف")   # "هو الطرف المتضرر": the side, before the adjective of being wronged


def _victim_after(doc: Doc, k: int, end: int) -> bool:
    """Is the word at k (past quote marks, a pronoun of separation and "الطرف") a noun of being wronged, bare?"""
    toks = tokens_of(doc)
    while k < end and toks.texts[k] in QUOTE_CHARS:
        k += 1
    if k < end and is_one_of(toks.texts[k], lexicon.function_words().predicate_link):
        k += 1
    if k < end and normalize(toks.texts[k]) == PARTY:
        k += 1
    while k < end and toks.texts[k] in QUOTE_CHARS:
        k += 1
    return k < end and not toks.punct[k] and normalize(toks.texts[k]) in polarity_table().victim


def called_victim(doc: Doc, c: Candidate, c_end: int) -> bool:
    """Is mention c followed right away by a noun of being wronged as what it is ("X «ضحية مناخ من العداء»")?"""
    return _victim_after(doc, c.j, c_end)


def opens_with_victim(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content open with a subject word called a victim right after it ("مصرفه «ضحية احتيال»", "النادي هو
    الطرف المتضرر")? The speaker sides with the wronged party, named as a target or not."""
    k = first_word(doc, c_start)
    return k < c_end and not tokens_of(doc).punct[k] and _victim_after(doc, k + 1, c_end)
