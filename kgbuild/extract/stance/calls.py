"""Whom the bad things a call names speak of: the addressee only when the call marks them as theirs."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import PRONOUN_SUFFIXES, tokens_of

OWNED_MIN = 5   # letters of a word with a pronoun of its owner at least: "سياستها", not "لها", "عنه"
# the clitics a verbal noun of stopping takes after the verb of calling ("إلى وقف", "بوقف", "بالكف", "لوقف")
STOPPING_CLITICS = ("", "و", "ب", "ل", "ف")


def addressee_blamed(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does a call (a content wished for) mark the bad things it names as its addressee's: it asks them to stop or
    give up something (function_words stopping: "دعا X إلى «وقف ...»", "طالب X بالكف عن"), points at the thing
    meant with a demonstrative ("وقف هذا النهج المدمر"), or names it with a pronoun of its owner ("تغيير مسار
    سياستها الخطيرة")? When it does none, the bad things are what the addressee is asked to fight, shun or get
    past ("دعا X إلى رفض العنف", "إلى نبذ التحريض", "إلى تخطي الشكوك المتبادلة"): no blame of X."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    for k in range(c_start, c_end):
        if toks.punct[k] or toks.spaces[k]:
            continue
        text = toks.texts[k]
        if any(clitic in STOPPING_CLITICS and normalize(stem) in words.stopping for clitic, stem in clitic_variants(text)):
            return True
        norm = normalize(text)
        if norm in words.demonstrative:
            return True
        # (the written word: normalized, a final ة reads as the pronoun ه)
        if len(norm) >= OWNED_MIN and text.endswith(PRONOUN_SUFFIXES):
            return True
    return False
