"""Definite holders of an office of a country or a place whom the text does not name ("السفير الأمريكي",
"وزير الخارجية الفرنسي", "رئيس الوزراء البريطاني"): a bare title with a nationality adjective or a place it
is posted at. Such a holder speaks as an unnamed source does, a group labelled with the phrase as written;
the speaker searches take him only when no name in the article resolves the title. One holder per title and
country in an article: the same phrase met twice names one referent."""
from __future__ import annotations

from typing import Mapping

from spacy.tokens import Doc

from ... import lexicon
from ...records import EntityRecord
from ...text import clean_surface, normalize, slug, strip_article
from ..words import text_of
from .base import (POSTED_AT, TITLE_MODIFIERS, Candidate, countries, is_honorific, known_entity_at, match_title,
                   nisba_country, skip_space, span_chars)

# an office holder speaks as one unnamed official does ("مسؤول" in source_nouns.tsv)
HOLDER_KIND = lexicon.source_nouns()[normalize("مسؤول")]
HOLDER_PREFIX = f"group:{HOLDER_KIND}/holder_"   # "/": one article's referent (groups.needs_article_scope)


def holder_key(title: str, role_of: str) -> str:
    """The key of the unnamed holder of `title` of the country or place `role_of`, the same wherever the
    article names him so ("السفير الأمريكي", "السفير الأمريكي في القاهرة", "وزير خارجية كندا" and "وزير
    الخارجية الكندي")."""
    return f"{HOLDER_PREFIX}{_title_slug(title)}~{slug(role_of)}"


def _title_slug(title: str) -> str:
    """The title's words without their articles: a title in the construct state before a country's name
    ("وزير خارجية") and before its nationality ("وزير الخارجية") is one."""
    return slug(" ".join(strip_article(word) for word in normalize(title).split()))


def is_holder(key: str) -> bool:
    """Is `key` the key of an unnamed holder of an office (before or after its article scope)?"""
    return key.startswith(HOLDER_PREFIX)


def is_office_title(title: str) -> bool:
    """A definite singular title of an office the lexicon knows ("السفير", "وزير الخارجية": with the article
    or in construct with a definite word), no mere honorific ("معالي") and no dual ("الوزيران"), which one
    holder may bear; not an indefinite word ("مساعد المصري" is a byline's name)."""
    norm = normalize(title)
    words = norm.split()
    # "وزير خارجية" (of "وزير خارجية كندا"): a title of the table in the construct state before a country
    construct = " ال".join(words) if len(words) == 2 else norm
    known = lexicon.titles().get(norm) or lexicon.titles().get(strip_article(norm)) or lexicon.titles().get(construct)
    return known is not None and not is_honorific(title) and (norm.startswith("ال") or len(norm.split()) > 1)


def holder_candidates(doc: Doc, bare: list[tuple[int, int, str, str | None]],
                      entities: Mapping[str, EntityRecord]) -> list[Candidate]:
    """One Group mention per bare title of an office with the country or place it is of (a nationality
    adjective names a country that is no mention of the article; a place it is posted at is one): the
    phrase from the title to its nationality adjective or the place, its conjunction left out. A title
    of a body ("الأمين العام للمنظمة") is none: the body or its named holder speaks."""
    countries_known = countries()
    out = []
    for i, stop, title, role_of in bare:
        place = role_of is not None and (role_of in countries_known or (
            role_of in entities and entities[role_of].type == "Place"))
        if not place or not is_office_title(title):
            continue
        end = _phrase_end(doc, i, stop, role_of)
        if end is None:
            continue
        first = title.split()[0]
        text = doc[i].text
        clitic = len(text) - len(first) if len(text) > len(first) and text.endswith(first) else 0
        start, stop_char = span_chars(doc, i, end, clitic)
        form = clean_surface(text_of(doc)[start:stop_char])
        # "السفير الأمريكي في القاهرة" is also "السفير الأمريكي": the title and its nationality alone
        short = _nationality_end(doc, i, end)
        extra = {clean_surface(text_of(doc)[start:span_chars(doc, i, short, clitic)[1]])} if short < end else set()
        out.append(Candidate(i, end, start, stop_char, form, "Group", "group", key=holder_key(title, role_of),
                             title=title, role_of=role_of, extra_forms=extra))
    return out


def _phrase_end(doc: Doc, i: int, stop: int, role_of: str) -> int | None:
    """The end of the holder's phrase within the bare title's tokens i..stop-1: the title (and any title in
    apposition to it: "وزير الدفاع الروسي نائب رئيس الحكومة"), then only nationality adjectives, modifiers
    ("السابق"), and a known place or body, maybe after the word that posts him there ("في", "لدى"); the
    first other word ends it ("الرئيس اللبناني الى": the preposition of what he said). None when a second
    title joined by و stands in it (two holders: "رئيس المجلس ورئيس الحكومة") or when the country or place
    of the title (`role_of`) is not within it."""
    k, placed = i, False
    while k < stop:
        k = skip_space(doc, k)
        if k >= stop:
            break
        nested = match_title(doc, k)
        if nested is not None and nested[0] > k:
            if k > i and doc[k].text.startswith("و") and not normalize(nested[1]).startswith("و"):
                return None
            k = nested[0]
            continue
        known = known_entity_at(doc, k, ("Place", "Organization"))
        if known is not None:
            placed, k = placed or known[1] == role_of, known[0]
            continue
        if (country := nisba_country(doc, k)) is not None:
            placed, k = placed or country == role_of, k + 1
            continue
        norm = normalize(doc[k].text)
        if norm in TITLE_MODIFIERS or norm in POSTED_AT:
            k += 1
            continue
        break
    end = k
    while end > i + 1 and (doc[end - 1].is_space or normalize(doc[end - 1].text) in POSTED_AT):
        end -= 1   # "السفير الأمريكي في": a preposition with nothing after it in the phrase
    return end if placed else None


def _nationality_end(doc: Doc, i: int, end: int) -> int:
    """Past the last nationality adjective within the phrase (its end when it has none)."""
    last = end
    for k in range(i + 1, end):
        if nisba_country(doc, k):
            last = k + 1
    return last
