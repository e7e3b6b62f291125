"""A place named in a fronted adverbial that opens a sentence: "وفي فلانة، قال سكان ...".

News moves from one place to the next with a prepositional phrase of place put before the clause and set off by a
comma; the phrase's noun is then a place's name, whatever the name: a time is set off so too ("وفي الأثناء،"), but
time words, ordinary words of news, definite nouns and possessed nouns ("وفي كلمته،") are left out here. A town no
table lists, which the statistical NER missed, is found this way. Arabic word order: the adverbial of place is
fronted and closed by the comma; the verb and its subject follow."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (COMMAS, ends_in_pronoun, is_arabic_word, is_time_word, name_like_at, prev_word, text_of, tokens_of,
                     words_where)
from .base import Candidate, known_entity_at, skip_space, span_chars

# "وفي", "ففي", "في": the preposition of place opening the sentence, with or without a conjunction
OPENERS = frozenset({"في", "وفي", "ففي"})
# what ends the sentence before the adverbial (a quotation's close too: "... «». وفي X،")
SENTENCE_ENDS = frozenset({".", "!", "؟", "?", "»", '"', ":"})
NAME_WORDS_MAX = 2   # "وفي فلان علان،": a place's name of two words at most
NAME_LETTERS_MIN = 3


def _is_opener(text: str) -> bool:
    return text in OPENERS


def fronted_place_candidates(doc: Doc) -> list[Candidate]:
    """The places named by "وفي X،" at a sentence's start (see the module's docstring)."""
    out: list[Candidate] = []
    for i in words_where(doc, _is_opener):   # (not a Token built for each word of the Doc to read its text)
        if not _opens_sentence(doc, i):
            continue
        k = skip_space(doc, i + 1)
        j = k
        while j < len(doc) and j - k < NAME_WORDS_MAX and _name_word(doc, j):
            j += 1
        if j == k or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None:
            continue
        if j >= len(doc) or doc[j].text not in COMMAS:
            continue   # the comma right after the name closes the adverbial
        s, e = span_chars(doc, k, j, 0)
        out.append(Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Place", "place_head"))
    return out


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Does token i open a sentence: the text's start, a line's start or a sentence's end before it?"""
    p = prev_word(doc, i)
    if p is None:
        return True
    toks = tokens_of(doc)   # (offsets and texts read off the kept lists: doc[p] builds a Token)
    between = text_of(doc)[toks.starts[p] + len(toks.texts[p]):toks.starts[i]]
    return "\n" in between or toks.texts[p] in SENTENCE_ENDS


def _name_word(doc: Doc, k: int) -> bool:
    """A word of a place's name here: Arabic, no article, no pronoun suffix, no time word, no ordinary word of news,
    function word, title or cue (name_like_at), of three letters at least."""
    t = doc[k]
    return is_arabic_word(t) and not t.text.startswith("ال") and name_like_at(doc, k) and not ends_in_pronoun(t.text) \
        and not is_time_word(t) and len(normalize(t.text)) >= NAME_LETTERS_MIN \
        and normalize(t.text) not in lexicon.known_entities()
