"""A name set in quotation marks: after a body's head noun ("حزب «X»"), or after the لـ of the outlet a
source spoke to ("لـ«الرياض»")."""
from __future__ import annotations

from spacy.tokens import Doc

from ..words import DASHES, QUOTE_CHARS, tokens_of
from .latin_names import LATIN_WORD


# a body's name quoted after its head may be long; one a source spoke to ("لـ«الرياض»") is short
QUOTED_BODY_WORDS = 7


def quoted_name_end(doc: Doc, k: int, limit: int = 4) -> int:
    """End of the words from k to a closing quotation mark, at most `limit` Arabic words: a name
    quoted after its head noun. k when no quote closes them. A dash between two words does not count
    as one and does not end the name: a body's name joined from two parts ("«اتحاد الشعب - الجبهة
    الوطنية»") stands whole in its quote marks."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q, n = k, 0
    while q < len(doc) and n <= limit and toks.texts[q] not in QUOTE_CHARS:
        dash = toks.texts[q] in DASHES and q > k and toks.arabic[q - 1] \
            and q + 1 < len(doc) and toks.arabic[q + 1]
        # Arabic words, or a name kept in Latin letters: 'مجلة " New Scientist "'
        if not dash and (not (toks.spaces[q] or toks.arabic[q] or LATIN_WORD.fullmatch(toks.texts[q]))
                         or toks.punct[q]):
            return k
        n += not (dash or toks.spaces[q])
        q += 1
    return q if q < len(doc) and toks.texts[q] in QUOTE_CHARS and q > k else k
