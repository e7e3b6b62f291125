"""The speaker's own side as the subject of a refusal that opens what was said: "قال الوزير إن بلاده لن تقبل
...", "أكد أن الحكومة لن تتراجع". The speaker speaks as their state or body, refusing for it what is to come; it
is no party they speak about. A claim of what it did, does or will do ("إن بلاده نجحت في ...", "إن الحكومة سوف
تحل الأزمة") is said about it, and it stays a target; so does a refusal said of it further on ("أثبتت أن بلاده
لن تتنازل": the proof is about it)."""
from __future__ import annotations

from ...mentions import Candidate
from ...stance.words import first_word
from ..context import Context


def refusal_after(ctx: Context, last: int, c_end: int) -> bool:
    """Is the word after token `last` (past quote marks) a particle of refusing what is to come ("بلاده «لن
    تقبل»")?"""
    tokens = ctx.tokens
    k = tokens.next(last + 1, c_end)
    while k < c_end and tokens.is_quote(k):
        k = tokens.next(k + 1, c_end)
    if k >= c_end:
        return False
    word = tokens.norm(k)
    return word in tokens.words.refusal_particle


def refusing_at_opening(ctx: Context, k: int | None, c_start: int, c_end: int) -> bool:
    """Does the word at token k ("بلاده", "حكومته") open what was said, as the subject of a refusal?"""
    return k is not None and k == first_word(ctx.doc, c_start) and refusal_after(ctx, k, c_end)


def refusing_side(ctx: Context, key: str, mentions: list[Candidate], own: frozenset[str], c_start: int,
                  c_end: int) -> bool:
    """Is `key` the speaker's own side (or its capital: "قالت المستشارة إن برلين لن توافق"), named in what was
    said only once, opening it as the subject of a refusal ("إن الحكومة لن تتدخل")?"""
    known = ctx.mentions.known.get(key)
    ours = key in own or (known is not None and known.country_key in own)
    return ours and len(mentions) == 1 and mentions[0].i == first_word(ctx.doc, c_start) \
        and refusal_after(ctx, mentions[0].j - 1, c_end)
