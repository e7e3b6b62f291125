"""Where what was said opens: its first word past quote marks and a complementizer ("قال إن «البلاد ...»"), the
word a content's subject stands at when the reading turns on how the content opens."""
from __future__ import annotations

from ..context import Context


def content_opening(ctx: Context, c_start: int, c_end: int) -> int:
    """The first word of content c_start..c_end-1 past quote marks and a complementizer (and the quote marks after
    it); c_end when there is none."""
    tokens = ctx.tokens
    k = past_quotes(ctx, tokens.next(c_start, c_end), c_end)
    if k < c_end and tokens.norm(k) in tokens.words.complementizer:
        k = past_quotes(ctx, tokens.next(k + 1, c_end), c_end)
    return k


def past_quotes(ctx: Context, k: int, end: int) -> int:
    """The first word at or after k past quote marks."""
    while k < end and ctx.tokens.is_quote(k):
        k = ctx.tokens.next(k + 1, end)
    return k
