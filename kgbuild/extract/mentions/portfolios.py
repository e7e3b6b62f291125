"""Ministries named by their portfolio alone ("وقالت الخارجية إن"): the ministry of the state the
article is about, or of the one whose ministry of that portfolio it named last."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import prev_word, tokens_of
from .base import Candidate, cues_before, known_entity_at, nisba_country, span_chars
from .sources import spoken_for


# "الخارجية الكندية": a ministry named by its portfolio, when a nationality follows
PORTFOLIOS = lexicon.function_words().portfolio


@lru_cache(maxsize=1)
def _ministries() -> dict[tuple[str, str], str]:
    """(portfolio, country key) -> the ministry the lexicon knows: ("الخارجيه", "Q79") -> the Egyptian
    foreign ministry (its form "الخارجية المصرية")."""
    out: dict[tuple[str, str], str] = {}
    for e in lexicon.entity_by_key().values():
        if e.type != "Organization" or not e.country_key:
            continue
        for f in e.forms:
            words = normalize(f).split()
            if len(words) == 2 and words[0] in PORTFOLIOS and _nisba_country_word(words[1]) == e.country_key:
                out.setdefault((words[0], e.country_key), e.key)
    return out


def _nisba_country_word(norm: str) -> str | None:
    return lexicon.nisba_to_country().get(norm)


def _after_speech_verb(doc: Doc, i: int) -> bool:
    """"وقالت الخارجية", "وأعلنت الداخلية": the word right after a verb of speech, its subject."""
    return any(cue.kind == "verb" for cue in cues_before(doc, i))


def _portfolio_country(doc: Doc, i: int, portfolio: str) -> str | None:
    """The state whose ministry a bare portfolio names: the nationality of the last ministry of that
    portfolio named before it ("الخارجية السودانية ... وقالت الخارجية"), else the article's country,
    the one named most often by name or nationality before it (none on a tie)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    counts: dict[str, int] = {}
    last = None
    for k in range(i):
        if toks.spaces[k] or toks.punct[k]:
            continue
        country = nisba_country(doc, k)
        if country is None and toks.arabic[k]:
            hit = known_entity_at(doc, k, ("Place",))
            known = lexicon.entity_by_key().get(hit[1]) if hit else None
            country = known.key if known is not None and known.kind == "country" else None
        if country is None:
            continue
        counts[country] = counts.get(country, 0) + 1
        p = prev_word(doc, k)
        if p is not None and normalize(toks.texts[p]) == portfolio:
            last = country
    if last is not None:
        return last
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def bare_portfolio_candidate(doc: Doc, i: int, stem: str, clitic: str) -> Candidate | None:
    """"وقالت الخارجية إن", "ورد الناطق باسم الداخلية بأن": a bare portfolio as the subject of a speech
    verb, or as what a spokesman speaks for, is the ministry of the state the article is about (or of the
    one whose ministry it named last); when the lexicon knows no such ministry (no state told, or one it has
    no ministry of), the ministry by the name the text gives it, which speaks all the same (the gold's
    convention: an unnamed spokesman's body is the speaker)."""
    norm = normalize(stem)
    if not stem.startswith("ال") or not (_after_speech_verb(doc, i) or (not clitic and spoken_for(doc, i))):
        return None
    country = _portfolio_country(doc, i, norm)
    key = _ministries().get((norm, country)) if country else None
    s, e = span_chars(doc, i, i + 1, len(clitic))
    return Candidate(i, i + 1, s, e, clean_surface(stem), "Organization", "org", key=key)
