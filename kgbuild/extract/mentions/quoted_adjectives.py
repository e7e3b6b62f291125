"""An adjective or participle inside a quotation read as a one-word person: "«أنا فخور»", "«أمر مهين»".

A quoted remark is full of indefinite predicates and adjectives ("مزوّر", "مدان", "فارغة") whose
patterns (مُفعَل/مُفعِل, فاعل, فعول, فعيل, with or without the feminine ة) are those of many given
names too; the NER and the name slots read them as one-word names there. Such a word is kept when a
name table lists it or a second name word follows it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import lexicon
from ...text import _DIACRITICS, normalize
from ..words import is_known_name_word, is_quote_text, next_word, sentence_start, words_between
from .base import Candidate

_L = "[\u0621-\u064a]"
# the stem after its feminine ة is taken off: mufaʿal/mufʿil (hollow mufāl/mufīl too), fāʿil, faʿūl, faʿīl
ADJECTIVE_PATTERN = re.compile(f"م{_L}{{3}}|{_L}ا{_L}{{2}}|{_L}{{2}}[وي]{_L}")


def adjective_shaped(text: str) -> bool:
    """An indefinite word of four letters (a feminine ة aside) on an adjective's or participle's pattern."""
    bare = _DIACRITICS.sub("", text)
    stem = bare[:-1] if bare.endswith("ة") else bare
    return not stem.startswith("ال") and ADJECTIVE_PATTERN.fullmatch(stem) is not None


def _listed_name(norm: str) -> bool:
    return norm in lexicon.given_names() or norm in lexicon.family_names() or is_known_name_word(norm)


def inside_quotes(doc: Doc, k: int) -> bool:
    """An odd number of quotation marks between the start of k's sentence and k."""
    # (the sentence's start off its bounds, no Token.sent: spaCy scans for them at each call; the marks off the Doc's
    # index of words, no token scanned)
    return len(words_between(doc, is_quote_text, sentence_start(doc, k), k)) % 2 == 1


def quoted_adjective_as_person(doc: Doc, c: Candidate) -> bool:
    """A one-word Person candidate that is an unlisted adjective-shaped word inside a quotation, with no
    second name word after it."""
    if c.type != "Person" or c.source == "gazetteer" or c.j - c.i != 1:
        return False
    if not adjective_shaped(c.form) or _listed_name(normalize(c.form)) or not inside_quotes(doc, c.i):
        return False
    n = next_word(doc, c.j - 1)
    return n is None or not _listed_name(normalize(doc[n].text))
