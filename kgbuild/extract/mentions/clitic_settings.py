"""A place no table lists, named with بـ of place on it after the noun of what stands there: "مقر البرلمان بX،", "المجمع
الغازي بX قرب ...". The preposition written on the word reads "in X" where a definite noun (the building, the body,
the people of the place) stands right before it and the phrase closes after the word; the rest of the word, of a
name's shape and no word of news (settings.unknown_name_text), is the place. The word read whole must be no word
ANERcorp saw, no known name: a transcribed name that opens with ب ("بلاتر") is read as itself, not as بـ on one."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (has_non_name_shape, is_arabic_text, is_arabic_word, is_function_word, is_known_name_word,
                     name_like_text, ner_ents, prev_word, text_of, tokens_of, word_counts, words_where)
from .base import Candidate, known_entity_at, skip_space, span_chars
from .settings import family_name_words, phrase_closes_at, unknown_name_text

PREPOSITION = "ب"
# فعول, normalised: "بفتور", "بهدوء" (with coolness, calmly): بـ of manner on a verbal noun, no place
MANNER_NOUN = re.compile("..و.")
MIN_LETTERS = 5   # بـ and a name of four letters at least


def _may_set(text: str) -> bool:
    """A word with بـ on it (no article after it) whose rest may be a name: the words clitic_setting_candidates
    reads on from."""
    return text.startswith(PREPOSITION) and not text.startswith("بال") and len(text) >= MIN_LETTERS \
        and is_arabic_text(text[1:]) and name_like_text(text[1:])


def clitic_setting_candidates(doc: Doc) -> list[Candidate]:
    toks = tokens_of(doc)
    given = lexicon.given_names()
    family_words: set[str] = set()
    ner_covered: set[int] | None = None   # (both read once, at the first word that passes the other tests)
    out = []
    for k in words_where(doc, _may_set):
        stem = toks.texts[k][1:]
        whole = normalize(toks.texts[k])
        if not unknown_name_text(stem, given) or has_non_name_shape(normalize(stem)) \
                or MANNER_NOUN.fullmatch(normalize(stem)) or not phrase_closes_at(doc, k + 1):
            continue
        if whole in word_counts() or whole in given or is_known_name_word(whole) or whole in lexicon.known_entities():
            continue   # a word of news or a name read whole ("بلاتر"), no بـ on a place
        p = prev_word(doc, k)
        if p is None or skip_space(doc, p + 1) != k or not _definite_noun(doc, p):
            continue
        if known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None:
            continue
        if ner_covered is None:
            ner_covered = {q for s, e, _ in ner_ents(doc) for q in range(s, e)}
            family_words = family_name_words(doc, given)
        if k in ner_covered or normalize(stem) in family_words:
            continue   # the NER's, or the family name of a person the article names
        s, e = span_chars(doc, k, k + 1, len(PREPOSITION))
        out.append(Candidate(k, k + 1, s, e, clean_surface(text_of(doc)[s:e]), "Place", "setting"))
    return out


def _definite_noun(doc: Doc, p: int) -> bool:
    """A definite Arabic word, no function word: the building, body or people whose place بـ tells."""
    return is_arabic_word(doc[p]) and doc[p].text.startswith("ال") and not is_function_word(doc[p])
