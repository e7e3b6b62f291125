"""A person's name guessed from the subject slot of a verb of saying ("تعارض بحزم", "تكشف حنينا ..."): the slot finder
reads the words after such a verb as a name when nothing else names them. When the article never names that person
again, gives no title and the person never speaks, the guess is most often a common noun or adverb after the verb, not a party: it is
no target."""
from __future__ import annotations

from ...mentions import Candidate
from ..context import Context
from .sides import described_titles

SUBJECT_SLOT = "subject"   # the source of a person the subject slot of a verb of saying alone found (mentions/slots.py)


def guessed_once(ctx: Context, key: str) -> bool:
    """Is entity `key` a person found only in a verb's subject slot, mentioned once in the whole article and given no
    title (a title in apposition, "إن فلان وزير الخارجية الصيني سيزور", says the words are a person's name)?"""
    ent = ctx.mentions.entities.get(key)
    return ent is not None and ent.type == "Person" and ent.source == SUBJECT_SLOT and len(ent.mentions) == 1 \
        and not ent.roles and not described_titles(ctx, key)


def drop_guessed_names(ctx: Context, mentions: list[tuple[str, list[Candidate]]]) -> list[tuple[str, list[Candidate]]]:
    """The targets less the persons named once by a guess from a verb's subject slot."""
    return [(key, cs) for key, cs in mentions if not guessed_once(ctx, key)]
