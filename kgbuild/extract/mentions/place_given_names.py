"""A given name spelled like a place's one-word name ("ليون", "سانتياغو", "صوفيا": Lyon, Santiago, Sofia), right
after a title holder's description and before a transcribed family name: the person's name, not the place.

The gazetteer reads such a word as the place wherever it stands, and the person finders stop before a known place,
so the person named by it and a family name no table knows is lost ("وزيرة الثقافة الفلانية صوفيا علانوفا إن": a
title, the place, a lone word). Where the place word stands right after what describes a title holder (a definite
title, a nationality adjective, a body's name the finders read), one or two words follow that no news text holds
(ANERcorp's word counts), with no article and no pronoun suffix, and a clear boundary of a name closes them (what was
said, punctuation, a preposition), the words are one person's name, the place word their given name. A place after
an indefinite noun is its genitive ("وزير خارجية فلانيا", "ولاية فلانية", "محافظ المدينة"), and a place before a
verb is its subject: neither is read here."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import tokens_of, ends_in_pronoun, is_arabic_word, is_function_word, is_name_like, prev_word, text_of, word_counts
from .base import Candidate, known_entity_at, nisba_country, skip_space, span_chars, two_word_nisba_at
from .name_tails import clear_boundary

FAMILY_WORDS_MAX = 2   # the words of the transcribed family name after the given name
FAMILY_WORD_LETTERS = 3


def place_words_opening_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen mentions, each one-word place read where a given name opens a person's name (see the module's
    docstring) replaced by that person, the candidates inside the family name giving way."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    drop: set[int] = set()
    extra: list[Candidate] = []
    name_ends = {c.j for c in chosen if c.type in ("Organization", "Person")}
    for c in chosen:
        if c.type != "Place" or c.key is None or c.j != c.i + 1 or c.start != toks.starts[c.i] \
                or toks.texts[c.i].startswith("ال") or not _after_a_holder_s_description(doc, c.i, name_ends):
            continue
        words: list[int] = []
        q = skip_space(doc, c.j)
        while len(words) < FAMILY_WORDS_MAX and q < len(doc) and _transcribed_family_word(doc, q):
            words.append(q)
            q = skip_space(doc, q + 1)
        if not words or not clear_boundary(doc, q):
            continue
        end = words[-1] + 1
        inside = [d for d in chosen if d is not c and d.i < end and d.j > c.i]
        if any(d.type != "Person" or d.j > end or d.i < c.i for d in inside):
            continue   # (a body or place of the words, or a longer name over them: none of this reading)
        s, e = span_chars(doc, c.i, end, 0)
        extra.append(Candidate(c.i, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "given_name"))
        drop |= {id(c)} | {id(d) for d in inside}
    return sorted([c for c in chosen if id(c) not in drop] + extra, key=lambda c: c.i)


PERSON_NOUNS = lexicon.function_words().person_noun   # "المدرب", "اللاعب": a trade or role before a name


def _after_a_holder_s_description(doc: Doc, i: int, name_ends: set[int]) -> bool:
    """Token i stands right after what describes a title holder: a definite title or noun of a trade ("الوزيرة",
    "المدرب"), a nationality adjective of one word or two ("الوزير الفلاني", "الجنوب أفريقي") or the end of a
    name the finders read ("زعيم حزب فلان")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None:
        return False
    text = toks.texts[p]
    norm = normalize(text)
    if text.startswith("ال") and (norm in lexicon.titles() or norm in PERSON_NOUNS):
        return True
    before = prev_word(doc, p)
    return nisba_country(doc, p) is not None or p + 1 in name_ends \
        or (before is not None and two_word_nisba_at(doc, before))


def _transcribed_family_word(doc: Doc, k: int) -> bool:
    """Token k is a word of a transcribed family name: name-like, no article or و, no pronoun suffix, no function
    word, no word of ANERcorp's news, no known place, body or person."""
    t = doc[k]
    norm = normalize(t.text)
    return is_arabic_word(t) and len(norm) >= FAMILY_WORD_LETTERS and not t.text.startswith(("ال", "و")) \
        and not ends_in_pronoun(t.text) and is_name_like(t) and not is_function_word(t) \
        and norm not in word_counts() and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None
