"""The ruling party named by its place in power: "الحزب الحاكم" in what was said is the party the article named with
that epithet before ("حزب X الحاكم", "الحركة X الحاكمة"), the last one so named."""
from __future__ import annotations

from functools import lru_cache

from ....text import clitic_variants, normalize
from ...mentions import Candidate
from ..context import Context
from .read_off import RULING

PARTY_CLITICS = ("", "و", "ب", "ل", "ف", "لل")   # what may be glued on the head ("والحزب", "للحزب" less its alef)
LAM_ARTICLE = "لل"   # "للحزب": ل before the article drops its alef
ARTICLE = "ال"


@lru_cache(maxsize=131072)   # asked of every word of every content: kept per word
def _is_party_noun(norm: str, party_nouns: frozenset[str]) -> bool:
    if norm.startswith(LAM_ARTICLE) and ARTICLE + norm[len(LAM_ARTICLE):] in party_nouns:
        return True
    return any(stem in party_nouns for clitic, stem in clitic_variants(norm) if clitic in PARTY_CLITICS)


def ruling_party_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """Each "الحزب الحاكم" of what was said as a mention of the party the article named with the ruling epithet
    right after its name before it (not one of `exclude`, the speakers); none when it named no party so."""
    tokens, words, out = ctx.tokens, ctx.tokens.words, []
    for k in range(c_start, c_end - 1):
        if tokens.is_space(k) or not _is_party_noun(tokens.norm(k), words.party_noun):
            continue
        nxt = tokens.next(k + 1, c_end)
        if nxt >= c_end or tokens.norm(nxt) not in words.ruling_epithet:
            continue
        party = _named_ruling(ctx, k)
        if party is not None and party not in exclude:
            first, last = ctx.doc[k], ctx.doc[nxt]
            out.append(Candidate(k, nxt + 1, first.idx, last.idx + len(last.text), ctx.doc[k:nxt + 1].text,
                                 "Organization", RULING, key=party))
    return out


def _named_ruling(ctx: Context, before: int) -> str | None:
    """The last organization named before token `before` with the ruling epithet right after its name."""
    tokens, mentions, found = ctx.tokens, ctx.mentions, None
    for c in mentions.cands:
        if c.j <= before and c.type == "Organization" and tokens.norm(tokens.next(c.j, before)) in tokens.words.ruling_epithet:
            found = mentions.key(c) or found
    return found
