"""The party the article first tells doing a happening (announcing the results, winning): news style tells the
happening in the headline or the lead, before anyone comments on it, so a later "the winner" or "the results"
points back to the first telling in the article's order."""
from __future__ import annotations

from collections.abc import Callable

from ...mentions import Candidate
from ..context import Context

# the parties the word at token k tells doing the happening; [] when the word tells none
DoersAt = Callable[[Context, int], list[Candidate]]


def first_told_key(ctx: Context, before: int, doers_at: DoersAt) -> str | None:
    """The key of the first party `doers_at` finds at a token before `before`, in the article's order; None when no
    token before it tells one (a doer named but not linked to an entity tells none)."""
    for k in range(before):
        key = ctx.mentions.first_key(doers_at(ctx, k))
        if key is not None:
            return key
    return None
