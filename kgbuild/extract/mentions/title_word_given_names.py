"""A title holder's given name spelled like a title or a time word, before the rest of an Arabic name chain.

Some given names are also titles ("أمير", a prince) or parts of the day ("صباح", morning). Right after a complete title
the title finder reads such a word as a second title, or the name finder refuses it, and the holder's name loses
its first word: "العميد أمير فلان علان" keeps "فلان علان". An Arabic name is a chain: one's own given name, then
the father's (a given name the lexicon knows), then the grandfather's or the family's. A lone indefinite title or
time word right before such a chain of two words or more opens it: it is the holder's own given name, since a
title takes its complement (a place, a body) there, never a given name, and a part of the day as an adverb takes
its day ("صباح الأحد"), no given name.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import TANWEEN_FATH, tokens_of, word_count
from .base import match_title, skip_space
from .names import name_end

# parts of the day that are given names too ("صباح"); an adverb of time ("أمس") may stand between a title and the name
GIVEN_NAME_TIME_WORDS = lexicon.function_words().given_name_time_word
CHAIN_WORDS_MIN = 2   # the father's given name and at least one word after it


def given_name_spelled_as_title_or_time(doc: Doc, k: int) -> bool:
    """Token k is one bare word that is a title of one word or a part of the day that is a given name too
    (GIVEN_NAME_TIME_WORDS), and right after it a known given name opens a name of CHAIN_WORDS_MIN words or more:
    the holder's given name, the chain of the name after it."""
    toks = tokens_of(doc)   # (read off the kept lists: asked at many name words, doc[k] builds a Token)
    if k >= len(doc) or not toks.arabic[k] or toks.texts[k].startswith(("ال", "و")) \
            or TANWEEN_FATH in toks.texts[k]:
        return False
    title = match_title(doc, k)
    one_word_title = title is not None and title[0] == k + 1
    if not one_word_title and normalize(toks.texts[k]) not in GIVEN_NAME_TIME_WORDS:
        return False
    q = skip_space(doc, k + 1)
    if q >= len(doc) or normalize(toks.texts[q]) not in lexicon.person_names().given:
        return False
    return word_count(doc, q, name_end(doc, q)) >= CHAIN_WORDS_MIN
