"""The speaker's own country among "the two countries" after "between": "قال الوزير إن العلاقات بين البلدين
متينة", said by one of the two, is about its relation with the other, which alone is a target. (The two
countries as the subject, "إن البلدين سيوسعان التبادل", are both spoken about.)"""
from __future__ import annotations

from ...mentions import Candidate
from ..context import Context
from .read_off import PAIR


def own_between(ctx: Context, key: str, mentions: list[Candidate], own: frozenset[str]) -> bool:
    """Is `key` of the speaker's own side, named in what was said only as one of the two countries after
    "between" ("بين البلدين")?"""
    tokens = ctx.tokens
    return key in own and bool(mentions) and all(
        c.source == PAIR and (p := tokens.prev(c.i)) is not None and tokens.norm(p) in tokens.words.between
        for c in mentions)
