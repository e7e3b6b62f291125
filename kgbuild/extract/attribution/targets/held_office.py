"""A body named only in the title of the one who holds its head office: "رئيس الحكومة", "رئيسة البرلمان" name a
person (the head), not the body; in what was said, such a body is no party of its own (function_words body_head_title).
Named elsewhere in what was said, it stays a target."""
from __future__ import annotations

from ...mentions import Candidate
from ...words import is_stem_under_clitics
from ..context import Context

HOLDER_CLITICS = ("", "و", "ف", "ل", "ب")   # glued on the title: "ورئيس الحكومة", "لرئيس البرلمان"


def in_holders_title(ctx: Context, c: Candidate) -> bool:
    """Is the organization mention c right after a singular head title ("رئيس الحكومة"), not in apposition to a named
    country or body?"""
    if c.type != "Organization":
        return False
    p = ctx.tokens.prev(c.i)
    if p is None:
        return False
    if not is_stem_under_clitics(ctx.tokens.norm(p), ctx.tokens.words.body_head_title, HOLDER_CLITICS):
        return False
    # "X، رئيس اللجنة" / "X رئيس اللجنة": the title in apposition to a named country or body says X chairs it; the
    # office is X's, no unnamed person's, and the body is spoken of
    before = ctx.tokens.prev(p)
    if before is not None and ctx.tokens.is_comma(before):
        before = ctx.tokens.prev(before)
    named = ctx.mentions.end_at.get(before) if before is not None else None
    return named is None or named.type not in ("Place", "Organization")


def drop_held_offices(ctx: Context, mentions: list[tuple[str, list[Candidate]]]) -> list[tuple[str, list[Candidate]]]:
    """The targets less those named only in an office holder's title."""
    return [(key, cs) for key, cs in mentions if not all(in_holders_title(ctx, c) for c in cs)]
