"""A place no table lists, named as the setting of what happens: "في X،", "قرب X." An Arabic word after the
preposition of place that no table, name list or the NER knows, that has a name's shape (no ordinary word of news,
no article), and after which the phrase closes (punctuation, a function word, a direction) is most often a
town, a quarter or a site of the story; a person or a body after في is rare, and those the NER or the name lists
know are left to them. One word only: after an unknown word a second is as often an adjective ("في رهان خاسر", a
losing bet) as a name's next word."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (name_like_at, is_function_word, is_known_name_word, is_punct, is_quote, mostly_common_words,
                     ner_ents, text_of, tokens_of, word_counts, words_by_text, words_where)
from .base import Candidate, known_entity_at, skip_space, span_chars

SETTING_PREPOSITIONS = lexicon.function_words().setting_preposition
LOCATIVES = lexicon.function_words().locative
# "عين", "باب", "بئر": a common noun of the land opening a compound place's name ("في عين X")
NAME_OPENERS = lexicon.function_words().place_name_opener


def setting_candidates(doc: Doc) -> list[Candidate]:
    toks = tokens_of(doc)
    ner_covered = {k for s, e, _ in ner_ents(doc) for k in range(s, e)}
    given = lexicon.given_names()
    family_words = None   # (family_name_words, read once the first unknown name is met: most Docs have none)
    out = []
    for p in words_where(doc, _is_setting_preposition):   # (not a step per token of the Doc)
        if not toks.arabic[p]:
            continue
        k = skip_space(doc, p + 1)
        if k < len(doc) and normalize(toks.texts[k]) in NAME_OPENERS \
                and _unknown_name_alone(doc, q := skip_space(doc, k + 1), given, ner_covered):
            # "في عين X،", "قرب بئر X": a common noun of the land and an unknown name after it, one compound name
            out.append(_setting(doc, k, q + 1))
            continue
        if not _unknown_name_alone(doc, k, given, ner_covered):
            continue
        if family_words is None:
            family_words = family_name_words(doc, given)
        if normalize(toks.texts[k]) in family_words:
            continue   # "فلان X ... في X": the family name of a person the article names, no town
        out.append(_setting(doc, k, k + 1))
    return out


def _unknown_name_alone(doc: Doc, k: int, given: dict[str, str], ner_covered: set[int]) -> bool:
    """Is token k a word of a place's name (_setting_word) that no NER name, known place, body or person covers, with
    which the phrase closes?"""
    return k < len(doc) and k not in ner_covered and _setting_word(doc, k, given) and phrase_closes_at(doc, k + 1) \
        and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


def _setting(doc: Doc, start: int, end: int) -> Candidate:
    """The Place candidate of tokens start..end-1, a setting."""
    s, e = span_chars(doc, start, end, 0)
    return Candidate(start, end, s, e, clean_surface(text_of(doc)[s:e]), "Place", "setting")


def _is_setting_preposition(text: str) -> bool:
    """"في", "وفي", "قرب" (SETTING_PREPOSITIONS, less a conjunction): words_where's test."""
    return _unprefixed(text) in SETTING_PREPOSITIONS


def _unprefixed(text: str) -> str:
    """The word less a conjunction before it: "وفي" -> في."""
    norm = normalize(text)
    return norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in SETTING_PREPOSITIONS else norm


# endings of an ordinary noun's forms: a feminine noun or verbal noun (ة, normalised ه), a sound plural or a dual, a
# noun with a pronoun ("مدونته", "موعدها", "بيتي")
NOUN_ENDINGS = ("ه", "ات", "ين", "ون", "ها", "هم", "هما")
# "بيتي", "شؤوننا": the pronoun of the speaker on an ordinary noun ("كوكودي", "فيينا": a name's own letters); "بيتك",
# "بيتكم": the addressee's, in quoted speech
SPEAKER_SUFFIXES = ("ي", "نا", "ك", "كم", "كما")
# the shapes of common verbal nouns and broken plurals, normalised: إفعال (إضراب), تفعيل (تيسير), مفاعيل (مواعيد)
NOUN_SHAPES = re.compile("ا..ا.|ت..ي.|م.ا.ي.")
HAMZA = "ء"   # "هدوء", "لجوء": verbal nouns in a final hamza; a transcribed foreign name seldom ends so
PLACE_HEADS = lexicon.function_words().place_head | lexicon.function_words().place_head_kept \
    | lexicon.function_words().plural_place_head | lexicon.function_words().dual_place_head


def _setting_word(doc: Doc, k: int, given: dict) -> bool:
    """A word of an unknown name: a name's shape, no article or conjunction on it, no given name of a person, no
    word ANERcorp saw mostly outside names, no place head (its own finder reads it), and none of an ordinary
    noun's endings unless ANERcorp saw the word mostly inside names."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    return name_like_at(doc, k) and unknown_name_text(toks.texts[k], given)


def unknown_name_text(text: str, given: dict) -> bool:
    """_setting_word's tests of the word's text alone (its name shape aside): no article or conjunction on it,
    three letters at least, no given name, no known name or place head, no ordinary word of news."""
    norm = normalize(text)
    if text.startswith(("ال", "و")) or len(norm) < 3 or norm in given:
        return False
    if norm in lexicon.known_entities() or norm in PLACE_HEADS or norm in mostly_common_words():
        return False
    if _ordinary(norm):
        return False
    if any(norm.endswith(x) and any(_ordinary(stem) for stem in stem_readings(norm[: -len(x)])) for x in SPEAKER_SUFFIXES):
        return False
    if NOUN_SHAPES.fullmatch(norm) or norm.endswith(HAMZA):
        return False   # (a verbal noun's shape, though a person may be named by one: "تيسير")
    return not norm.endswith(NOUN_ENDINGS) or is_known_name_word(norm)


def phrase_closes_at(doc: Doc, k: int) -> bool:
    """Does the phrase close at token k: the end, punctuation (no quote mark), a function word or a direction?"""
    if k >= len(doc):
        return True
    t = doc[k]
    if t.is_space:
        return True
    if is_punct(t):
        return not is_quote(t)
    return is_function_word(t) or normalize(t.text) in LOCATIVES


def _ordinary(norm: str) -> bool:
    """ANERcorp saw the word, mostly outside names."""
    return norm in word_counts() and not is_known_name_word(norm)


def stem_readings(stem: str) -> tuple[str, ...]:
    """A noun's stem before a pronoun, and its ة where it is written ت before the suffix ("نيتي": نية)."""
    return (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)


def family_name_words(doc: Doc, given: dict) -> set[str]:
    """The words of the article right after a known given name (normalised): family names of its persons."""
    toks = tokens_of(doc)
    last = len(doc) - 1
    out = set()
    # (each distinct word of the Doc looked up once, not each token: words recur, and spaces are no words)
    for text, ks in words_by_text(doc).items():
        if toks.arabic[ks[0]] and normalize(text) in given:
            for k in ks:
                if k < last and (q := skip_space(doc, k + 1)) < len(doc):
                    out.add(normalize(toks.texts[q]))
    return out
