"""Parties' names read apart from the head-noun chain: one indefinite word after the head, described by a
relative adjective ("حزب نهضة الوطني": the head and the word name it without the adjective too), and
the wing after a dash ("حزب الرابطة - جناح X")."""
from __future__ import annotations

from spacy.tokens import Doc

from ..words import DASHES, is_arabic_word, is_function_word
from ... import lexicon
from ...text import clitic_variants, normalize
from .base import is_nisba, known_entity_at, nisba_country, skip_space

WING = lexicon.function_words().party_wing
PARTY_NAME_ADJECTIVES = lexicon.function_words().party_name_adjective
# "الجديد", "الجديدة": "new" closes a party's name only under a party's class noun; after other bodies it says when
PARTY_NAME_NEW = lexicon.function_words().party_name_new
PARTY_CLASS_NOUNS = lexicon.function_words().party_class_noun
CHAIN_STOP = lexicon.function_words().chain_stop


def ideology_party_end(doc: Doc, kind: str | None, head: str, k: int, q: int) -> int | None:
    """End of a party's name after its definite head and its relative adjectives k..q (one or two, no
    nationality): a second relative adjective after "الحزب" ("الحزب الديمقراطي الوحدوي"), an adjective
    parties close their names with ("الحزب الديمقراطي الحر"), or the country the party is of in لـ ("الحزب
    الديمقراطي لـ<بلد>"). Such a name is another party than the one the head and first adjective name; None
    when the words name none."""
    if kind != "party" or not 1 <= q - k <= 2 or not all(_plain_nisba(doc, m) for m in range(k, q)):
        return None
    if q - k == 2:
        return q if head in PARTY_CLASS_NOUNS else None
    r = skip_space(doc, q)
    if r >= len(doc):
        return None
    if normalize(doc[r].text) in PARTY_NAME_ADJECTIVES or (head in PARTY_CLASS_NOUNS and closes_with_new(doc, r)):
        return r + 1  # "الحزب الديمقراطي الحر", "الحزب الديمقراطي الجديد"
    text = doc[r].text
    if text.startswith("ل") and not text.startswith("لل") and (place := known_entity_at(doc, r, ("Place",))) is not None:
        return place[0]
    return None


def closes_with_new(doc: Doc, r: int) -> bool:
    """Token r is "new" (الجديد/الجديدة) right after a definite relative adjective of no country: with a party's
    class noun before them it closes the party's name ("حزب الديمقراطية الجديدة"), the caller checks the head."""
    return r > 0 and normalize(doc[r].text) in PARTY_NAME_NEW and doc[r - 1].text.startswith("ال") \
        and is_nisba(doc[r - 1].text) and nisba_country(doc, r - 1) is None


def party_head_before(doc: Doc, k: int) -> bool:
    """The word right before token k is a party's class noun without the article ("حزب"), a proclitic allowed."""
    p = k - 1
    while p >= 0 and doc[p].is_space:
        p -= 1
    return p >= 0 and any(normalize(stem) in PARTY_CLASS_NOUNS for _, stem in clitic_variants(doc[p].text))


def _plain_nisba(doc: Doc, m: int) -> bool:
    """Token m is a definite relative adjective of no nationality that may name ("الديمقراطي", "الاشتراكية"),
    no description after a name ("الموالي" loyal to)."""
    return doc[m].text.startswith("ال") and is_nisba(doc[m].text) and nisba_country(doc, m) is None \
        and normalize(doc[m].text) not in CHAIN_STOP


def party_name_before_adjective(doc: Doc, kind: str | None, definite: bool, k: int, end: int) -> str | None:
    """"حزب نهضة الوطني": a party's head, one indefinite word that names it and a relative adjective
    that agrees with the head (the party described as national, Islamic, democratic): the head and
    the word name the party without the adjective too. The word, else None."""
    if kind != "party" or definite or end - k != 2 or not is_arabic_word(doc[k]) \
            or doc[k].text.startswith(("ال", "و")) or is_function_word(doc[k]):
        return None
    adjective = doc[k + 1].text
    return doc[k].text if adjective.startswith("ال") and is_nisba(adjective) and not is_function_word(doc[k + 1]) \
        and nisba_country(doc, k + 1) is None else None


def wing_end(doc: Doc, kind: str | None, end: int) -> int:
    """"حزب الرابطة الشعبية - جناح أحمد": a party's name, a dash, "wing" and the one word that names the
    wing (often its leader's name, so no more: a name may follow it) are one name, past it; else end."""
    d = skip_space(doc, end)
    if kind != "party" or d >= len(doc) or doc[d].text not in DASHES:
        return end
    w = skip_space(doc, d + 1)
    n = skip_space(doc, w + 1)
    if w < len(doc) and normalize(doc[w].text) in WING and n < len(doc) and is_arabic_word(doc[n]) \
            and not doc[n].text.startswith(("ال", "و")) and not is_function_word(doc[n]):
        return n + 1
    return end
