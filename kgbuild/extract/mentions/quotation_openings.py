"""The first words of a quotation that the statistical NER read as a body's name ("«رياح الحرية هنا»", "«قرى
كاملة دمرت»"): trained on text where quoted words are often names, the tagger takes the opening words of a
quoted sentence for one. A name quoted alone stands in its quote marks whole («الأمل والعمل»); words the
quotation goes on after are the start of a sentence, no name."""
from __future__ import annotations

from spacy.tokens import Doc

from ..words import OPEN_QUOTES, QUOTE_CHARS, is_arabic_word
from .base import Candidate, skip_space


def _opens_quotation(doc: Doc, q: int) -> bool:
    """Token q is an opening quote mark: one that only opens («, “), or a straight mark written on the word after
    it, with a space or the text's start before it."""
    text = doc[q].text
    if text in OPEN_QUOTES:
        return True
    return text in QUOTE_CHARS and text not in "»”" and not doc[q].whitespace_ \
        and (q == 0 or bool(doc[q - 1].whitespace_))


def ner_body_opening_a_quotation(doc: Doc, c: Candidate) -> bool:
    """An Organization only the NER read, no table knows, right after an opening quote mark, with more words of
    the quotation right after it: the quotation's first words, no name."""
    if c.source != "ner" or c.type != "Organization" or c.key or c.i == 0 or c.j >= len(doc):
        return False
    q = c.i - 1
    if not _opens_quotation(doc, q):
        return False
    nxt = skip_space(doc, c.j)
    return nxt < len(doc) and is_arabic_word(doc[nxt])
