"""The army named by what it is: "المؤسسة العسكرية" (the military establishment) in what was said is the army the
article named before by name ("الجيش الوطني", "القوات المسلحة X"): a body whose head noun is of the military kind."""
from __future__ import annotations

from functools import lru_cache

from ....text import clitic_variants
from ...mentions import Candidate
from ..context import Context
from .word_index import holds
from ..referents.bodies_and_places import kind_of_body
from .read_off import ESTABLISHMENT

MILITARY_KIND = "military"   # org_heads.tsv kind of "جيش", "قوات"


PHRASE_CLITICS = ("", "و", "ب", "ل", "ف")   # what may be glued on the phrase's first word ("بالمؤسسة")


@lru_cache(maxsize=None)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in phrases)


@lru_cache(maxsize=131072)   # asked of every word of every content: kept per word
def _opening_stems(norm: str, firsts: frozenset[str]) -> tuple[str, ...]:
    """The readings of a word (normalised) less a clitic of PHRASE_CLITICS, when one of them is among `firsts`
    (the first words of the phrases); () for the others (almost every word)."""
    stems = tuple(stem for clitic, stem in clitic_variants(norm) if clitic in PHRASE_CLITICS)
    return stems if any(stem in firsts for stem in stems) else ()


def establishment_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"المؤسسة العسكرية", "بالمؤسسة العسكرية" in what was said: the last army body named before it."""
    tokens = ctx.tokens
    phrases = tokens.words.establishment
    firsts = first_words(phrases)
    out = []
    if not holds(ctx, firsts, c_start, c_end):
        return out   # the common case: no phrase opens in what was said (the index says so without reading it)
    for k in range(c_start, c_end):
        stems = _opening_stems(tokens.norm(k), firsts)
        if not stems or (nxt := tokens.next(k + 1, c_end)) >= c_end \
                or not any(f"{stem} {tokens.norm(nxt)}" in phrases for stem in stems):
            continue
        army = next((key for c in reversed(ctx.mentions.cands) if c.i < k and c.type == "Organization"
                     and (key := ctx.mentions.key(c)) is not None and kind_of_body(ctx, key) == MILITARY_KIND), None)
        if army is not None:
            first, last = ctx.doc[k], ctx.doc[nxt]
            out.append(Candidate(k, nxt + 1, first.idx, last.idx + len(last.text), ctx.doc[k:nxt + 1].text,
                                 "Organization", ESTABLISHMENT, key=army))
    return out
