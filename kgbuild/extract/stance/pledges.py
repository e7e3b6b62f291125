"""A pledge that is a threat: "تعهد بالتصدي بحزم لـX" promises a firm hand against X, not good things for X.

A pledge (تعهد، وعد) is positive by its act ("تعهد بدعم X"); but a pledge to deal with or answer a party
firmly (a noun of dealing or answering, then a word of firmness close after it) is the speaker's threat
against that party, read like "توعد": the act is negative and the party dealt with is opposed."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ..words import QUOTE_CHARS, tokens_of
from .words import has_stem_in, word_before

OPENING_WORDS = 6     # the noun of dealing opens the pledge: within this many words of the content's start
FIRM_REACH = 4        # the word of firmness follows the noun of dealing within this many words ("الرد بكل حزم")


def firm_pledge(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content of a pledge open with a noun of dealing with or answering (function_words firm_dealing:
    "التعامل", "الرد", "ردا") followed closely by a word of firmness (firmness: "بحزم", "حاسما", "بيد من حديد"),
    in its first clause (no punctuation between)? "تعهد بالتصدي بحزم للمخربين", "تعهد بأن ترد الحكومة ردا
    حاسما"; not "تعهد بدعم حازم" (firm support: no dealing) nor a firm word far into the content."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    seen, dealing = 0, None
    before = word_before(doc, c_start, 0)
    if before >= 0 and has_stem_in(toks.texts[before], words.firm_dealing):
        dealing = 0       # 'تعهد بالتصدي "بحزم" لـX': the content may open at the quote, past the noun of dealing
    for k in range(c_start, c_end):
        if toks.spaces[k] or toks.texts[k] in QUOTE_CHARS:
            continue      # 'بالتصدي "بحزم"': quote marks part no phrase
        if toks.punct[k]:
            return False
        seen += 1
        text = toks.texts[k]
        if dealing is not None and has_stem_in(text, words.firmness):
            return True
        if dealing is None and seen <= OPENING_WORDS and has_stem_in(text, words.firm_dealing):
            dealing = seen
        if dealing is not None and seen - dealing >= FIRM_REACH:
            return False
        if dealing is None and seen > OPENING_WORDS:
            return False
    return False
