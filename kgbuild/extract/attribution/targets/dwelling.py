"""Where the residents or witnesses who speak are: "وقال سكان في حي X إن ...", "وأفاد شهود عيان في مدينة X بأن
...". Unnamed people of a place speak of what happens there: the place named right after them, past "في" and a
place head noun, is what their words are about."""
from __future__ import annotations

from ...groups import kind_of
from ..context import Context
from ..cursor import IN

LOCAL_KINDS = frozenset({"residents", "witnesses"})   # groups.tsv kinds of people who speak of the place they are in
HEAD_WORDS = 1   # place head nouns between "في" and the name, at most ("في حي X", "في مدينة X")


def dwelling(ctx: Context, c_start: int, speakers: list[str]) -> str | None:
    """The key of the place named right after the residents or witnesses who speak (groups.tsv kinds residents,
    witnesses), in the sentence before the content: "في" then the place's mention, a place head noun
    (function_words place_head) between or inside it. None when the speakers are no such group or no place follows."""
    tokens, mentions = ctx.tokens, ctx.mentions
    local = {sp for sp in speakers if sp.startswith("group:") and kind_of(sp) in LOCAL_KINDS}
    if not local or c_start >= len(ctx.doc):
        return None
    sent = ctx.doc[c_start].sent.start
    named = next((c for c in sorted(mentions.cands, key=lambda c: -c.i)
                  if sent <= c.i and c.j <= c_start and mentions.key(c) in local), None)
    if named is None:
        return None
    q = tokens.next(named.j, c_start)
    if q >= c_start or tokens.norm(q) != IN:
        return None
    q = tokens.next(q + 1, c_start)
    for _ in range(HEAD_WORDS + 1):
        place = mentions.start_at.get(q) if q < c_start else None
        if place is not None:
            key = mentions.key(place)
            return key if place.type == "Place" and key is not None else None
        if q >= c_start or tokens.norm(q) not in tokens.words.place_head:
            return None
        q = tokens.next(q + 1, c_start)
    return None
