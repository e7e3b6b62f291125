"""The place an election is held in: "فاز في الانتخابات الرئاسية في X", "أسفرت الانتخابات المبكرة في X عن ..." name
where the vote took place, a setting of what was said, not a party it is about (function_words election_noun). Named
elsewhere in what was said, the place stays a target."""
from __future__ import annotations

from ....text import clitic_variants, without_article
from ...mentions import Candidate
from ..context import Context
from ..cursor import IN

ELECTION_REACH = 6   # words between the election noun and في: adjectives and a short relative ("التي جرت الأحد")


def in_before_place(ctx: Context, c: Candidate) -> int | None:
    """The في right before the place mention c ("في X"), or None when c is no place or no في stands before it."""
    if c.type != "Place":
        return None
    p = ctx.tokens.prev(c.i)
    return p if p is not None and ctx.tokens.norm(p) == IN else None


def election_place(ctx: Context, c: Candidate) -> bool:
    """Is the place mention c right after في, which follows an election noun within ELECTION_REACH words, no
    punctuation between?"""
    p = in_before_place(ctx, c)
    if p is None:
        return False
    tokens = ctx.tokens
    elections = tokens.words.election_noun
    k, seen = tokens.prev(p), 0
    while k is not None and seen <= ELECTION_REACH and not tokens.is_punct(k):
        if any(without_article(stem) in elections for _, stem in clitic_variants(tokens.norm(k))):
            return True
        k, seen = tokens.prev(k), seen + 1
    return False
