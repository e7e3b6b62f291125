"""The party that only describes a person named before it: "فاز فلان، مرشح حزب X، بالرئاسة", "متقدما على فلان، مرشح
حزب X". Set off by a comma after the name, a noun of party membership (function_words party_member: "مرشح",
"زعيم", "مؤسس") and the body after it say who the person is, as a title does; the body is no party to what was said.
Named elsewhere in what was said, it stays a target; before the name ("مرشح حزب X فلان") it is left to the title
readings."""
from __future__ import annotations

from .... import lexicon
from ...mentions import Candidate
from ..context import Context


def _past_head(ctx: Context, i: int) -> int | None:
    """The word before a body's name that starts at token i, past the quote marks around it and one body head noun
    left out of the mention ("حزب «X»", "حزب X": org_heads); None at the start."""
    tokens = ctx.tokens
    k = tokens.prev(i)
    while k is not None and tokens.is_quote(k):
        k = tokens.prev(k)
    if k is not None and tokens.norm(k) in lexicon.org_heads():
        k = tokens.prev(k)
    return k


def describes_a_person(ctx: Context, c: Candidate) -> bool:
    """Is the body mention c right after a party-membership noun that follows a comma after a person's name?"""
    if c.type != "Organization":
        return False
    tokens = ctx.tokens
    noun = _past_head(ctx, c.i)
    comma = tokens.prev(noun) if noun is not None and tokens.norm(noun) in tokens.words.party_member else None
    name = tokens.prev(comma) if comma is not None and tokens.is_comma(comma) else None
    person = ctx.mentions.end_at.get(name) if name is not None else None
    return person is not None and person.type == "Person"
