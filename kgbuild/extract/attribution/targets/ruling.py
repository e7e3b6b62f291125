"""The ruling party named by its place in power: "الحزب الحاكم" in what was said is the party the article named with
that epithet before ("حزب X الحاكم", "الحركة X الحاكمة"), the last one so named."""
from __future__ import annotations

from ...mentions import Candidate
from ...words import is_stem_under_clitics
from ....text import without_article
from ..context import Context
from ..referents.story_body import lead_bodies
from .word_index import holds
from .read_off import RULING

PARTY_CLITICS = ("", "و", "ب", "ل", "ف", "لل")   # what may be glued on the head ("والحزب", "للحزب" less its alef)


def ruling_party_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """Each "الحزب الحاكم" of what was said as a mention of the party the article named with the ruling epithet
    right after its name before it (not one of `exclude`, the speakers); none when it named no party so."""
    tokens, words, out = ctx.tokens, ctx.tokens.words, []
    if not holds(ctx, words.ruling_epithet, c_start, c_end):
        return out   # the common case: no ruling epithet (the index says so without reading the words)
    for k in range(c_start, c_end - 1):
        if tokens.is_space(k) or not is_stem_under_clitics(tokens.norm(k), words.party_noun, PARTY_CLITICS):
            continue
        nxt = tokens.next(k + 1, c_end)
        if nxt >= c_end or tokens.norm(nxt) not in words.ruling_epithet:
            continue
        # with no party named ruling, the one party the lead names ("حزب X يخسر الانتخابات ... انتقدوا الحزب الحاكم"):
        # a story of a ruling party's fortunes names it in its lead (referents/story_body)
        party = _named_ruling(ctx, k) or _led_party(ctx, k, exclude)
        if party is not None and party not in exclude:
            first, last = ctx.doc[k], ctx.doc[nxt]
            out.append(Candidate(k, nxt + 1, first.idx, last.idx + len(last.text), ctx.doc[k:nxt + 1].text,
                                 "Organization", RULING, key=party))
    return out


def _led_party(ctx: Context, k: int, exclude: set[str]) -> str | None:
    """The one party the article's lead names with the head noun at k ("الحزب" -> "حزب"), none of `exclude`; None when
    it names none or more than one (asked only when no party was named with the ruling epithet before k)."""
    norm, nouns = ctx.tokens.norm(k), ctx.tokens.words.party_noun
    noun = next((n for n in sorted(nouns) if is_stem_under_clitics(norm, frozenset((n,)), PARTY_CLITICS)), None)
    led = lead_bodies(ctx, without_article(noun), exclude) if noun is not None else set()
    return next(iter(led)) if len(led) == 1 else None


def _named_ruling(ctx: Context, before: int) -> str | None:
    """The last organization named before token `before` with the ruling epithet right after its name."""
    tokens, mentions, found = ctx.tokens, ctx.mentions, None
    for c in mentions.cands:
        if c.j <= before and c.type == "Organization" and tokens.norm(tokens.next(c.j, before)) in tokens.words.ruling_epithet:
            found = mentions.key(c) or found
    return found
