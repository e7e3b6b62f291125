"""Sports clubs named by a club word beside a city's bare name ("ريال مدريد", "مانشستر يونايتد"), and
airlines named by a carrier word before a place's name ("طيران الخليج"): an organization that does not
mention the place."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_arabic_text, text_of, tokens_of, words_where
from .base import Candidate, known_entity_match, skip_space, span_chars, token_info, token_infos


# "ريال مدريد", "دينامو كييف": a word of a sports club's name before a city's bare name; "مانشستر يونايتد"
# after it: the two name the club, not the city
CLUB_PREFIXES = lexicon.function_words().club_prefix
CLUB_SUFFIXES = lexicon.function_words().club_suffix
# "طيران الخليج": an airline named by the place it flies from
NAME_PREFIXES = CLUB_PREFIXES | lexicon.function_words().carrier_prefix


def _known_place_at(doc: Doc, k: int) -> tuple[int, int] | None:
    """(end token, clitic length) of a known place's name at token k."""
    match = known_entity_match(doc, k, ("Place",))
    return None if match is None else (match[0], match[2])


def _is_club_suffix(text: str) -> bool:
    return normalize(text) in CLUB_SUFFIXES


def _may_be_club_word(text: str) -> bool:
    """An Arabic word a reading of which is a club word (its token_info is the one of a word that blocks nothing)."""
    return is_arabic_text(text) and not token_info(text, False).norms.isdisjoint(NAME_PREFIXES)


def club_candidates(doc: Doc) -> list[Candidate]:
    """Sports clubs named by a club word and a city's bare name: "ريال مدريد", "وبايرن ميونيخ", "ستيوا
    بوخارست" (the word before the city), "لمانشستر يونايتد" (the word after it). A clitic on the first
    word is left out of the name."""
    info, toks = token_infos(doc), tokens_of(doc)
    # a club word after the city is rare: look for a place before one only where one stands in reach
    # (a place's name has at most four tokens)
    near = {q for k in words_where(doc, _is_club_suffix) for q in range(max(0, k - 5), k)}
    out: list[Candidate] = []
    # the words read below: a club word's reading, or a word a club word after the city stands in reach of
    for i in sorted(near.union(words_where(doc, _may_be_club_word))):
        if toks.spaces[i] or not toks.arabic[i]:
            continue
        # (most words: no reading of them is a club word)
        readings = {} if info[i].norms.isdisjoint(NAME_PREFIXES) else \
            {norm: clitic_len for clitic_len, _, norm in info[i].readings if norm in NAME_PREFIXES}
        prefix = next(iter(readings.items()), None)
        if prefix is not None:
            k = skip_space(doc, i + 1)
            place = _known_place_at(doc, k) if k < len(doc) else None
            if place is not None and place[1] == 0:
                s, e = span_chars(doc, i, place[0], prefix[1])
                out.append(Candidate(i, place[0], s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
                continue
        place = _known_place_at(doc, i) if i in near else None
        if place is not None:
            k = skip_space(doc, place[0])
            if k < len(doc) and k == place[0] and info[k].norm in CLUB_SUFFIXES:
                s, e = span_chars(doc, i, k + 1, place[1])
                out.append(Candidate(i, k + 1, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
    return out


def is_club_name(c: Candidate) -> bool:
    """A candidate club_candidates made: its first word a club or carrier prefix or its last a club suffix."""
    words = normalize(c.form).split()
    return c.type == "Organization" and len(words) >= 2 and (words[0] in NAME_PREFIXES or words[-1] in CLUB_SUFFIXES)
