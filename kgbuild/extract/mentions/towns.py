"""Towns the hand-compiled gazetteer does not list, named where the text places something in them: "في X",
"قرب X", "X وY" beside a known place, or the dateline. The town's name comes from GeoNames
(lexicon/towns.tsv); a name of that table stands alone as a place only in such a place, as most of
them are also rare words or names somewhere, and a person is seldom named right after "في"."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import prev_word, text_of, tokens_of
from .base import Candidate, first_words, longest_match, positions, skip_space, span_chars, token_infos
from .gazetteer import in_dateline

TOWN_PREPOSITIONS = lexicon.function_words().town_preposition
# (بـ and لـ on the town's name are left out: a transcribed name that opens with ب or ل, "بلاتر", "باولو",
# reads as them and a town's)
COORDINATING_CLITICS = ("و", "ف")


@cache
def towns() -> dict[str, str]:
    """normalize(town's name) -> its English name (towns.tsv)."""
    return {row["form"]: row["name_en"] for row in lexicon.read_tsv("towns.tsv")}


@cache
def _place_forms() -> frozenset[str]:
    """The forms of the places the gazetteer knows, normalised: a town beside one is placed by it."""
    return frozenset(f for f, es in lexicon.known_entities().items() if any(e.type == "Place" for e in es))


def town_candidates(doc: Doc) -> list[Candidate]:
    table = towns()
    toks = tokens_of(doc)
    out = []
    for i in positions(doc, first_words(table)):
        if toks.spaces[i] or not toks.arabic[i]:
            continue
        hit = longest_match(doc, i, table, 4)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        clitic = toks.texts[i][:cl]
        s, e = span_chars(doc, i, i + n, cl)
        if not _placed(doc, i, i + n, clitic, s, e):
            continue
        out.append(Candidate(i, i + n, s, e, clean_surface(surface), "Place", "town"))
    return out


def _placed(doc: Doc, i: int, j: int, clitic: str, start: int, end: int) -> bool:
    """Does the text place something in the town at tokens i..j (with `clitic` on its first word)?"""
    if in_dateline(text_of(doc), start, end):
        return True
    p = prev_word(doc, i)
    if not clitic and p is not None and _unprefixed(doc[p].text) in TOWN_PREPOSITIONS \
            and not doc[i].text.startswith("ال"):
        return True  # (a definite word after في is as often a noun: "في الحراك", in the movement)
    # "دوالا وX", "أم درمان وX", "X ودوالا": a town joined to a known place is one too
    if clitic in COORDINATING_CLITICS and p is not None and _place_ends_at(doc, p):
        return True
    k = skip_space(doc, j)
    # (the town's word bare or with و: "باريس ونانت" is no بـ on a town before a known place)
    return clitic in ("",) + COORDINATING_CLITICS and k < len(doc) and doc[k].text[:1] == "و" \
        and _place_opens_at(doc, k)


PLACE_WORDS_MAX = 3   # words of a known place's name read beside a town


def _place_ends_at(doc: Doc, p: int) -> bool:
    """Does the name of a known place or a town end at token p ("دوالا", "أم درمان")?"""
    words: list[str] = []
    q: int | None = p
    while q is not None and len(words) < PLACE_WORDS_MAX and doc[q].text.strip() and tokens_of(doc).arabic[q]:
        words.insert(0, doc[q].text)
        if _is_place_phrase(words):
            return True
        q = prev_word(doc, q)
    return False


def _place_opens_at(doc: Doc, k: int) -> bool:
    """Does the name of a known place or a town open at token k, its و aside ("ودوالا", "وأم درمان")?"""
    words = [doc[k].text[1:]]
    q = k
    while not _is_place_phrase(words):
        q = skip_space(doc, q + 1)
        if len(words) >= PLACE_WORDS_MAX or q >= len(doc) or not tokens_of(doc).arabic[q]:
            return False
        words.append(doc[q].text)
    return True


def _unprefixed(text: str) -> str:
    """The word less a conjunction before it: "وفي" -> في."""
    norm = normalize(text)
    return norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in TOWN_PREPOSITIONS else norm


def _is_place_phrase(words: list[str]) -> bool:
    """Words (the first read with its clitic ب or ل aside too) that are a known place's or a town's name."""
    norm = normalize(" ".join(words))
    readings = (norm, norm[1:]) if norm[:1] in ("ب", "ل") else (norm,)
    return any(r in _place_forms() or r in towns() for r in readings)
