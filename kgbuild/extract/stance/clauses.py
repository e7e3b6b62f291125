"""Where a clause of the content is only supposed or overcome: "if" ("إذا", "لو", "في حال") and "despite" phrases,
and the words that end them."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import prev_word, tokens_of, words_between
from .words import first_word, is_one_of

def opens_condition(doc: Doc, k: int) -> bool:
    """Does word k open a condition: "إذا", "لو", or the noun of "في حال", "في حالة" right after في?"""
    toks = tokens_of(doc)
    reading = _condition_reading(toks.texts[k])
    if reading != CONDITION_NOUN:
        return reading == CONDITION_WORD
    p = prev_word(doc, k)
    return p is not None and normalize(toks.texts[p]) in IN_WORDS


CONDITION_WORD, CONDITION_NOUN = 1, 2


@lru_cache(maxsize=65536)
def may_open_condition(text: str) -> bool:
    """Can a word written so open a condition where it stands (opens_condition's test of the word alone)? The scans
    of a content's words ask this first, and opens_condition only of the few words that pass: most words open
    nothing, and this is one lookup, not a call that reads the Doc's tokens (kept per word)."""
    return _condition_reading(text) != 0


@lru_cache(maxsize=65536)
def _condition_reading(text: str) -> int:
    """CONDITION_WORD ("إذا", "لو"), CONDITION_NOUN ("حال", "حالة": one after في) or 0, per word as written
    (asked of every word of every content, so kept)."""
    words = lexicon.function_words()
    if is_one_of(text, words.condition):
        return CONDITION_WORD
    return CONDITION_NOUN if normalize(text) in words.condition_noun else 0


IN_WORDS = frozenset({normalize("في"), normalize("وفي")})   # before the noun of "في حال"
CONCESSIVE_REACH = 8  # words a "despite" phrase runs on at most (to punctuation or a فإن that resumes)
RESUMING = lexicon.function_words().complementizer | lexicon.function_words().concessive_end   # where a "despite" phrase ends


VERB_NEGATIONS = frozenset({normalize("لم"), normalize("لا")})


def is_contrast(text: str) -> bool:
    """"لكن", "غير أن" (function_words contrast): a test of the word for words.words_between."""
    return normalize(text) in lexicon.function_words().contrast


def judged_end(doc: Doc, c_start: int, c_end: int) -> int:
    """Where the words that judge end: before a "but" followed by a negated verb of specifying or disclosing
    (function_words contrast, unspecifying_verb: "لكنه لم يوضح ما إذا ..."), the writer noting what the speaker
    left out, which weighs nothing; else c_end."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    for k in words_between(doc, is_contrast, c_start + 1, c_end):
        p = first_word(doc, k + 1)
        if p < c_end and normalize(toks.texts[p]) in VERB_NEGATIONS and \
                (q := first_word(doc, p + 1)) < c_end and normalize(toks.texts[q]) in words.unspecifying_verb:
            return k
    return c_end
