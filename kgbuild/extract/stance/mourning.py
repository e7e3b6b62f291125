"""A loss mourned: "البلاد فقدت قائدا كبيرا", "فقدنا أبا", "خسر رجل السلام".

A verb of losing (polarity.tsv losing) right before a noun of a person (function_words mourned_noun) mourns the one
lost (negation._mourned reads the praise after it as theirs); a statement that says only this honours the dead, as
condolences do: it leans positive when no word judges otherwise."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import tokens_of, words_between
from .words import polarity_table, word_before


LOSING_CLITICS = ("", "و", "ف", "ل")   # glued on a verb of losing: "وفقدت", "ففقدنا", "لفقدنا"
MOURNED_CLITICS = ("", "و")            # glued on the noun of the one lost: "وأخا"


def loses_a_person(doc: Doc, p: int, q: int) -> bool:
    """Is word p a verb of losing (polarity.tsv losing) and word q, after it, a noun of a person (function_words
    mourned_noun: "فقدت قائدا", "فقدنا أخا")? The one reading of a loss for mourns_a_loss and negation's reach."""
    texts = tokens_of(doc).texts
    return _losing_verb(texts[p]) and _mourned_noun(texts[q])


def _losing_verb(text: str) -> bool:
    return any(normalize(stem) in polarity_table().losing for clitic, stem in clitic_variants(text)
               if clitic in LOSING_CLITICS)


def _mourned_noun(text: str) -> bool:
    """A noun of a person (function_words mourned_noun), bare or after و: also words_between's test."""
    return any(normalize(stem) in lexicon.function_words().mourned_noun for clitic, stem in clitic_variants(text)
               if clitic in MOURNED_CLITICS)


def mourns_a_loss(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content hold a verb of losing right before a noun of a person ("فقدت قائدا", "فقدوا أبا")?"""
    punct = tokens_of(doc).punct
    for k in words_between(doc, _mourned_noun, c_start, c_end):   # (the noun of the one lost: most contents hold none)
        if punct[k]:
            continue
        p = word_before(doc, k, c_start)
        if p >= c_start and not punct[p] and loses_a_person(doc, p, k):
            return True
    return False
