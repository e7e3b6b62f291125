"""A group the article keeps as an actor is a target wherever what was said names it: "العمال", "السياح", "الطلاب" are
no parties of political conflict and, named in passing, no matter of what was said (found.py leaves them out); but a
group the article names again and again (groups.recurring_group, the rule that keeps it in the graph) or that an
earlier statement already involves (it spoke, or was spoken of) is one of the story's actors, and named in what is
said it is spoken of."""
from __future__ import annotations

from collections.abc import Sequence

from ....records import StatementRecord
from ...groups import recurring_group
from ..context import Context


def salient_group(ctx: Context, key: str | None, history: Sequence[StatementRecord]) -> bool:
    """Is the group `key` named at least groups.RECURRING_MENTIONS times in the article (of a kind that is no figure),
    or the speaker or a target of a statement before?"""
    if key is None:
        return False
    ent = ctx.mentions.entities.get(key)
    return (ent is not None and recurring_group(ent.kind, len(ent.mentions))) or \
        any(key == st.speaker or key in st.about for st in history)
