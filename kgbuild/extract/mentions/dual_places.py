"""The two places a dual place head names: "بين حيي X وY", "في ولايتي X وY", "معبري X وY". The dual asks for
exactly two names joined by و, so each name is read whatever its words are: ordinary words of the language
("حي باب X", "ساحة X") name places too, and a list after a plural head (places._listed_places) takes only
words no table knows as ordinary."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import (ends_in_pronoun, function_words, is_arabic_word, time_words, mostly_common_words, text_of,
                     tokens_of, words_where)
from .base import Candidate, known_entity_at, nisba_country, skip_space, span_chars
from .name_words import IMPERFECT_PREFIXES
from .place_verbs import reads_as_past_verb

DUAL_HEADS = lexicon.function_words().dual_place_head
LOCATIVES = lexicon.function_words().locative
FIRST_NAME_WORDS = 3    # "ساحتي X Y وZ": the first name runs to the و that opens the second
SECOND_NAME_WORDS = 2   # the second ends where the sentence goes on: one word, or a known place's name


@lru_cache(maxsize=131072)
def _may_head_dual(text: str) -> bool:
    """Is a reading of the word a dual place head? Kept per word, as DUAL_HEADS is fixed."""
    return any(normalize(stem) in DUAL_HEADS for _, stem in clitic_variants(text))


def dual_place_candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    for i in words_where(doc, _may_head_dual):
        first = skip_space(doc, i + 1)
        k = first
        while k < len(doc) and k - first < FIRST_NAME_WORDS and _name_word(doc, k, k == first) \
                and not (k > first and doc[k].text.startswith("و")):
            k = skip_space(doc, k + 1)
        if k == first or k >= len(doc) or not doc[k].text.startswith("و") or len(doc[k].text) < 3 \
                or not _name_word(doc, k, True, clitic=1):
            continue   # no first name, or no second joined to it by و: no pair of places
        second_end = _second_name_end(doc, k)
        for a, b, cl in ((first, _last_word_end(doc, first, k), 0), (k, second_end, 1)):
            if known_entity_at(doc, a, ("Place", "Organization", "Person")) is not None and not cl:
                continue   # a known place the gazetteer reads itself
            s, e = span_chars(doc, a, b, cl)
            out.append(Candidate(a, b, s, e, clean_surface(text_of(doc)[s:e]), "Place", "place_head"))
    return out


def _last_word_end(doc: Doc, first: int, k: int) -> int:
    """One past the first name's last word, k being the token that opens the second name (space left out)."""
    end = first + 1
    for q in range(first, k):
        if not doc[q].is_space:
            end = q + 1
    return end


def _second_name_end(doc: Doc, k: int) -> int:
    """One past the second name, which opens at token k with its و: a known place's whole name, or one word (two
    when the second is a known place's word, "والنيل X")."""
    known = known_entity_at(doc, k, ("Place",))
    if known is not None and known[0] - k <= SECOND_NAME_WORDS:
        return known[0]
    return k + 1


def _name_word(doc: Doc, k: int, first: bool, clitic: int = 0) -> bool:
    """A word that may stand in a place's name after a dual head: an Arabic word, no function, time or number word,
    no adjective right after the head, no verb (a past with its subject's ending, a present of an ordinary stem), no nationality, no noun with a
    pronoun (a possessive reads the head as "my two ..."), no direction after the first word (where the place lies)."""
    t = doc[k]
    text = t.text[clitic:]
    norm = normalize(text)
    if not is_arabic_word(t) or tokens_of(doc).punct[k] or len(norm) < 2 or norm in time_words():
        return False
    if norm in function_words():
        return False   # (the word whole: "باب" is a name's word, though بـ + a short word reads as one; so for time words)
    if first and not clitic and _adjective(norm):
        return False   # "مدينتي الجميلة": "my city", and the adjective that describes it
    if reads_as_past_verb(text) or norm.startswith(IMPERFECT_PREFIXES) and norm in mostly_common_words():
        return False
    if nisba_country(doc, k) is not None or ends_in_pronoun(text) and not text.startswith("ال"):
        return False
    return first or norm not in LOCATIVES


def _adjective(norm: str) -> bool:
    """An adjective's shape, definite or not: فعيل ("الجميلة"), a feminine active participle ("الهادئة") or a
    relative adjective of an ordinary noun ("الساحلية"); it describes the head read as "my ...", it names nothing."""
    # (imported here: places.py reads this module's candidates with its own)
    from .places import ADJECTIVE_FAEEL, describing_feminine_adjective, describing_nisba
    bare = norm[2:] if norm.startswith("ال") else norm
    masculine = bare[:-1] if bare.endswith("ه") else bare
    return bool(ADJECTIVE_FAEEL.match(masculine)) or describing_feminine_adjective(bare) or describing_nisba(bare)
