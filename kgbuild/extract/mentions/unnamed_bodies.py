"""Bodies the text names only by a definite class noun and its adjectives ("المكتب الإعلامي", "المحكمة العليا",
"اللجنة المنظمة"): no name, but as the subject of a speech verb with no body named before that the noun refers to,
the body that speaks (the project's convention: an institution given as a definite description is an Organization,
labelled with the phrase). One Organization per phrase in an article; like the unnamed holders of an office
(holders.py), the attribution stages take it only when nothing named resolves the noun, and the article keeps it
only when a statement does (document.prune_groups)."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize, slug
from ..words import is_function_text, is_time_text, tokens_of
from .base import Candidate, nisba_country, placed_end, positions, skip_space, span_chars, surface_form, token_infos

UNNAMED_BODY_PREFIX = "org:unnamed/"   # "/": one article's referent (groups.needs_article_scope)
UNNAMED_BODY_NOUNS = lexicon.function_words().unnamed_body   # "المكتب", "المحكمة": definite, singular
PHRASE_ADJECTIVES = 2   # definite adjectives after the noun that belong to the phrase ("المحكمة الإدارية العليا")
# clitics a body noun may carry where it names a body: a conjunction before a subject, a preposition after a
# statement noun ("بيان للمكتب الإعلامي") or a marker of source ("بحسب")
BODY_CLITICS = frozenset({"", "و", "ف", "ل", "ب", "ول", "وب", "فل", "فب"})


def unnamed_body_key(phrase: str) -> str:
    """The key of the unnamed body a phrase names: the same wherever the article writes that phrase."""
    return UNNAMED_BODY_PREFIX + slug(phrase)


def is_unnamed_body(key: str) -> bool:
    """Is `key` the key of a body the text names only by its class noun (before or after its article scope)?"""
    return key.startswith(UNNAMED_BODY_PREFIX)


def body_noun_stem(doc: Doc, i: int) -> tuple[int, str] | None:
    """(clitic length, stem as written) when token i reads as a definite class noun of bodies: "للجنة" is
    ل + "اللجنة"."""
    text = tokens_of(doc).texts[i]
    return next(((n, stem) for n, stem, norm in token_infos(doc)[i].readings
                 if norm in UNNAMED_BODY_NOUNS and text[:n] in BODY_CLITICS), None)


def _adjective(doc: Doc, k: int, covered: Callable[[int], bool]) -> bool:
    """A definite adjective of the phrase: a nisba, a feminine participle or an elative ("الإعلامي",
    "المنظمة", "العليا"); no function word, time word, nationality (a body of a country is named) or mention."""
    text = tokens_of(doc).texts[k]
    norm = normalize(text)
    return norm.startswith("ال") and norm.endswith(("ي", "ه", "ا")) and not covered(k) \
        and not is_function_text(text) and not is_time_text(text) and nisba_country(doc, k) is None


def body_phrase_end(doc: Doc, i: int, covered: Callable[[int], bool]) -> int:
    """The end of the phrase of the class noun at token i: the noun and its definite adjectives."""
    end = i + 1
    for _ in range(PHRASE_ADJECTIVES):
        k = skip_space(doc, end)
        if k >= len(doc) or tokens_of(doc).spaces[k] or not _adjective(doc, k, covered):
            break
        end = k + 1
    return end


def body_phrase(doc: Doc, i: int, covered: Callable[[int], bool]) -> tuple[int, int, str] | None:
    """(end, clitic length, phrase as written without its clitic) of the unnamed body whose class noun stands
    at token i, or None when no such noun stands there."""
    if covered(i):
        return None
    found = body_noun_stem(doc, i)
    if found is None:
        return None
    clitic, stem = found
    end = body_phrase_end(doc, i, covered)
    return end, clitic, surface_form(doc, i, end, stem)


def unnamed_body_candidates(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """One Organization mention per definite class noun of bodies that no chosen mention covers."""
    covered_tokens = {k for c in chosen for k in range(c.i, c.j)}

    def covered(k: int) -> bool:
        return k in covered_tokens

    out = []
    info = token_infos(doc)
    for i in positions(doc, UNNAMED_BODY_NOUNS):   # (the tokens a reading of which is a body noun)
        found = body_phrase(doc, i, covered)
        if found is None:
            continue
        end, clitic, form = found
        start, stop = span_chars(doc, i, end, clitic)
        cand = Candidate(i, end, start, stop, form, "Organization", "org", key=unnamed_body_key(form))
        if (placed := placed_end(doc, end, located=False, country_ok=False)) > end:
            # "النيابة العامة في <مدينة>": the body's branch there, named with its place too
            cand.extra_forms.add(surface_form(doc, i, placed, form.split()[0]))
        out.append(cand)
    return out
