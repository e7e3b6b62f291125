"""Whom a spokesman speaks for: the body, state or group named after "باسم" ("المتحدث باسم الحكومة",
"متحدثون باسم الوزارة"), or the spokesman himself when the article names him."""
from __future__ import annotations

from functools import lru_cache

from .... import lexicon
from ....text import clitic_variants, normalize
from ...mentions import match_title
from ..context import Context
from ..index import Found
from .bodies_and_places import body_referent
from .title_words import SPEAKING_FOR, title_head


def holder_for(ctx: Context, title: str, body: str) -> str | None:
    """"وقال المتحدث باسم الحركة": the one person the article gives a title with this head for this body,
    named before or after ("فلان المتحدث باسم حماس"); he is the spokesman it means."""
    holders = {ent.key for ent in ctx.mentions.entities.values() if ent.type == "Person"
               and any(r.of_key == body and title_head(r.title) == title_head(title) for r in ent.roles)}
    mentions, tokens = ctx.mentions, ctx.tokens
    for c in mentions.cands:
        if c.type != "Person":
            continue
        # "حازم قاسم، المتحدث باسم حماس": the title after the name and the body it is of
        after = tokens.next_past_comma(c.j, tokens.size)
        hit = match_title(ctx.doc, after) if after < tokens.size else None
        if hit is None or title_head(hit[1]) != title_head(title):
            continue
        of = mentions.start_at.get(tokens.next(hit[0], tokens.size))
        if of is not None and mentions.key(of) == body:
            holders.add(mentions.key(c))
    return holders.pop() if len(holders) == 1 else None


def spoken_for(ctx: Context, pos: int, title: str, end: int) -> Found | None:
    """The one a spokesman's title at pos speaks for: a body, a state or an unnamed group named right after
    "باسم" ("متحدث باسم الكرملين", "ناطق باسم المعتصمين"); after a bare definite body noun ("المتحدث باسم
    الوزارة"), the body of that kind named before, or the spokesman himself when the article names him."""
    if SPEAKING_FOR not in title or (hit := match_title(ctx.doc, pos)) is None:
        return None
    after = ctx.tokens.next(hit[0], end)
    found = _spoken_for_after(ctx, after, end)
    if found is not None and ctx.mentions.start_at.get(after) is None:
        # "ورد الناطق باسم المصلحة": he himself when the article names him as its spokesman
        return Found(holder_for(ctx, title, found.key) or found.key, found.i, found.j)
    return found


def spokesmen_for(ctx: Context, pos: int, end: int, governed: bool = False, joined: bool = False) -> Found | None:
    """"وقال متحدثون باسم الوزارة", "ناطقون باسم المحتجين": spokesmen in the plural speak for what they are
    of, as one spokesman does. `governed`: with لـ glued on after an according-to ("وفقا لمتحدثين باسم");
    `joined`: with و glued on where they open a clause before their verb ("ومتحدثون باسم الحزب قالوا")."""
    tokens = ctx.tokens
    glued = ("", *(("ل",) if governed else ()), *(("و",) if joined else ()))   # "لل" reads as ل + ال
    if _spokesmen_clitics(tokens.norm(pos)).isdisjoint(glued):
        return None
    link = tokens.next(pos + 1, end)
    if link >= end or tokens.norm(link) != SPEAKING_FOR:
        return None
    return _spoken_for_after(ctx, tokens.next(link + 1, end), end)


def may_be_spokesmen(text: str) -> bool:
    """May the word be the plural of spokesman, bare or with a clitic (spokesmen_for's first test)? A test of the word
    for words.words_where."""
    return bool(_spokesmen_clitics(normalize(text)))


@lru_cache(maxsize=131072)
def _spokesmen_clitics(norm: str) -> frozenset[str]:
    """The clitics glued before a normalised word read as the plural of spokesman ("لمتحدثين": ل; "متحدثون":
    none, ""); empty for most words. spokesmen_for asks it of many words: kept per word."""
    spokesmen = lexicon.function_words().plural_spokesperson
    return frozenset(clitic for clitic, stem in clitic_variants(norm) if stem in spokesmen)


def _spoken_for_after(ctx: Context, after: int, end: int) -> Found | None:
    """What a spokesman's "باسم" names at `after`: a body, a state or an unnamed group; or a bare definite
    body noun ("باسم الوزارة"), the body of that kind named before."""
    inner = ctx.mentions.start_at.get(after)
    if inner is None and after < end and ctx.tokens.norm(after) in lexicon.org_heads():
        # "باسم شركة فلانكو": a body named by foreign words after its indefinite head, whose mention is the name
        named = ctx.mentions.start_at.get(ctx.tokens.next(after + 1, end))
        inner = named if named is not None and named.type == "Organization" else None
    if inner is not None and inner.type in ("Organization", "Place", "Group"):
        return ctx.mentions.found(inner)
    body = body_referent(ctx, after) if inner is None and after < end else None
    return Found(body, after, after + 1) if body is not None else None
