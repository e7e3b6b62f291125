"""A loss mourned: "البلاد فقدت قائدا كبيرا", "فقدنا أبا", "خسر رجل السلام".

A verb of losing (polarity.tsv losing) right before a noun of a person (function_words mourned_noun) mourns the one
lost (negation._mourned reads the praise after it as theirs); a statement that says only this honours the dead, as
condolences do: it leans positive when no word judges otherwise."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import tokens_of
from .words import polarity_table, word_before


def mourns_a_loss(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content hold a verb of losing right before a noun of a person ("فقدت قائدا", "فقدوا أبا")?"""
    toks = tokens_of(doc)
    losing, mourned = polarity_table().losing, lexicon.function_words().mourned_noun
    for k in range(c_start, c_end):
        if toks.punct[k] or not any(normalize(stem) in mourned for clitic, stem in clitic_variants(toks.texts[k])
                                    if clitic in ("", "و")):
            continue
        p = word_before(doc, k, c_start)
        if p >= c_start and not toks.punct[p] and \
                any(normalize(stem) in losing for clitic, stem in clitic_variants(toks.texts[p]) if clitic in ("", "و", "ف")):
            return True
    return False
