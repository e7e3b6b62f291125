"""Two speakers named by a dual: a dual verb ("وأكدا", "يدعوان") or a dual noun as the verb's subject
("وأكد الرئيسان", "واتفق الجانبان") speaks for the two persons (or sides) just named."""
from __future__ import annotations

from ....text import normalize
from ..context import Context
from ..index import Found
from .base import UNNAMED, Outcome, Query, Seen, Speakers, cue_form


PERSONS, SIDES = ("Person",), ("Place", "Organization")
DUAL_ENDINGS = ("ا", "تا")            # the perfect dual: "أكدا", "أكدتا"
IMPERFECT_DUAL = "ان"                # "يؤكدان", "تدعوان"
IMPERFECT_DUAL_MIN = 5               # not "كان", "بيان"


def _dual_verb(ctx: Context, q: Query) -> bool:
    """"أكدا", "اتفقتا", "يدعوان": a verb whose ending says two subjects (not a participle "مؤكدا", whose
    stem is no form of the lemma)."""
    form, lemma = cue_form(ctx, q.cue), normalize(q.cue.lemma)
    if any(form == lemma + ending for ending in DUAL_ENDINGS):
        return True
    return len(form) >= IMPERFECT_DUAL_MIN and form[0] in "يت" and form.endswith(IMPERFECT_DUAL)


def _two_named(ctx: Context, q: Query, types: tuple[str, ...]) -> tuple[Found, Found] | None:
    """The two entities of these types nearest before the cue in its sentence, or else the first two
    named in the sentence before it (the meeting the dual goes back to: "استقبل X نظيره Y. وأكد الجانبان")."""
    mentions = ctx.mentions
    before = [c for c in mentions.cands if q.start <= c.i < q.cue.i and c.type in types]
    keys: dict[str, Found] = {}
    for c in reversed(before):
        keys.setdefault(mentions.key(c), mentions.found(c))
    if len(keys) >= 2:
        first, second = list(keys.values())[:2]
        return (second, first) if second.i < first.i else (first, second)
    if keys or q.start == 0:
        return None
    prev = ctx.doc[q.start - 1].sent
    keys = {}
    for c in mentions.cands:
        if prev.start <= c.i < prev.end and c.type in types:
            keys.setdefault(mentions.key(c), mentions.found(c))
    if len(keys) < 2:
        return None
    first, second = list(keys.values())[:2]
    return first, second


def two_parties(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وكان الرئيس X والملك Y قد التقيا، وأكدا", "وبحث X مع نظيره Y ... واتفقا على": a dual verb speaks for
    the two persons before it; "وأكد الرئيسان", "وأعلن الجانبان": a dual noun after the verb for the two
    persons (or, for the sides, states or bodies) named just before. A dual noun whose two are not found
    is a subject the text does not name."""
    tokens = ctx.tokens
    nxt = tokens.next(q.cue.i + 1, q.end)
    noun = tokens.norm(nxt) if nxt < q.end else ""
    persons_noun, sides_noun = noun in tokens.words.dual_persons, noun in tokens.words.dual_sides
    if persons_noun or sides_noun:
        two = _two_named(ctx, q, PERSONS) or (_two_named(ctx, q, SIDES) if sides_noun else None)
        return Speakers(two, nxt + 1) if two is not None else UNNAMED
    if not _dual_verb(ctx, q):
        return None
    two = _two_named(ctx, q, PERSONS) or _two_named(ctx, q, SIDES)
    return Speakers(two, q.cue.i + 1) if two is not None else None
