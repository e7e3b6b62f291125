"""Names inside a person's title: "الأمين العام للأمم المتحدة فلان", "فلان، رئيس حزب X،". The title says whose office
the person holds; the body named in it qualifies the person and is no party the sentence goes on about, so a
pronoun further on ("رحب بالاتفاق، واصفا إياه بأنه ...") does not stand for it."""
from __future__ import annotations

from ...mentions import Candidate
from ..context import Context


def title_tokens(ctx: Context) -> frozenset[int]:
    """The tokens of the document's person titles: those before a titled name and the bare titles (a title with no
    name of its own after it, or one given in apposition after a name). Read once per document."""
    found = ctx.memo.get(("title_tokens", None))
    if found is None:
        mentions = ctx.mentions
        found = frozenset(k for c in mentions.cands if c.type == "Person" and c.title_i is not None
                          for k in range(c.title_i, c.i)) \
            | frozenset(k for bare in mentions.bare.values() for k in range(bare.i, bare.stop))
        ctx.memo[("title_tokens", None)] = found
    return found


def in_a_title(ctx: Context, c: Candidate) -> bool:
    """Is mention c a body named wholly inside a person's title? (Not a place: "استدعت سفيرها لدى X، متهمة إياها":
    the capital an envoy is accredited to may be the state the pronoun charges.)"""
    if c.type != "Organization":
        return False
    inside = title_tokens(ctx)
    return all(k in inside for k in range(c.i, c.j))
