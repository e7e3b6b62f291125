"""Whom a bare definite head noun refers to: "الوزارة", "الحركة" the last body named with that head (or
known by a name with it), "الإقليم", "المدينة" the last place so named."""
from __future__ import annotations

from .... import lexicon
from ...mentions import headed_by, known_forms
from ...mentions.places import place_named_before, referent_head
from ..context import Context


def body_referent(ctx: Context, pos: int, governed: bool = False) -> str | None:
    """"ودعت السفارة", "وقالت الوزارة": a bare definite head names the last body in the text named with
    this head ("وزارة التربية"); with none, the last one the lexicon knows by a name with it ("حماس" is
    "حركة حماس": "وقالت الحركة"; "اليونيسف" is "منظمة الأمم المتحدة للطفولة"). `governed`: with لـ glued
    on too ("وفقا للصحيفة")."""
    norm = ctx.tokens.norm(pos)
    if governed and norm.startswith("لل"):
        norm = "ال" + norm[2:]
    if not norm.startswith("ال") or norm[2:] not in lexicon.org_heads():
        return None
    head = norm[2:]
    named = known = None
    for c in ctx.mentions.cands:
        if c.i >= pos:
            break
        if c.type != "Organization":
            continue
        key = ctx.mentions.key(c)
        if headed_by(c.form, head) or _head_word_before(ctx, c.i) == head:
            named = key
        elif any(headed_by(f, head) for f in known_forms(key, "Organization")):
            known = key
    return named or known


def _head_word_before(ctx: Context, i: int) -> str | None:
    """The word right before a mention, without و: "نادي" of "ونادي برشلونة", whose name the mention
    holds without its head noun."""
    p = ctx.tokens.prev(i)
    if p is None:
        return None
    norm = ctx.tokens.norm(p)
    return norm[1:] if norm[:1] == "و" and norm[1:] in lexicon.org_heads() else norm


def place_referent(ctx: Context, pos: int) -> str | None:
    """"سكان الإقليم", "في المدينة": a definite place head noun alone (clitics allowed) names the last
    place before it that the text named with that head ("إقليم X", "شمال مدينة Y") or that the lexicon
    knows by a name with it ("Z" is "محافظة Z")."""
    head = referent_head(ctx.doc, pos)
    if head is None:
        return None
    place = place_named_before(ctx.doc, ctx.mentions.cands, pos, head, ctx.mentions.key)
    return ctx.mentions.key(place) if place is not None else None
