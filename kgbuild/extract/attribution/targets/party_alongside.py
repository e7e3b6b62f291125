"""The party a person's "حزبه", "حركته" stands for when no title, role or phrase ties the person to one: the party the
article names in a sentence that names the person, the one nearest the name ("وحقق حزب X، بزعامة A وB، نتيجة ...",
"وقال فلان في مؤتمر لحزبه، الحركة X، ...", "تحالف X، والذي يقوده فلان"). News style introduces a party leader
together with the party; the possessive refers back to it, as a pronoun refers to the most recent compatible entity."""
from __future__ import annotations

from ...mentions import Candidate
from ..context import Context
from ..referents.bodies_and_places import kind_of_body

PARTY_KIND = "party"   # org_heads.tsv kind of a party-like body: "حزب", "حركة", "جبهة", "تحالف", "ائتلاف"
# tokens between the party's name and the person's, at most: before the name, the party a leader is introduced with
# ("حزب X، بزعامة فلان", "تحالف X، والذي يقوده فلان"); after it, only an apposition ("فلان، الذي فاز حزبه، حزب X"):
# a party named further on in the sentence is mostly another's
REACH_BEFORE, REACH_AFTER = 16, 10


def party_alongside(ctx: Context, speaker: str, before: int) -> str | None:
    """The key of the party-like body named nearest one of the speaker's names in the same sentence, the first such
    sentence before token `before`; None when none is."""
    found = ctx.memo.get(("party_alongside", speaker))
    if found is None:
        found = ctx.memo[("party_alongside", speaker)] = _parties_alongside(ctx, speaker)
    return next((key for at, key in found if at < before), None)


def _parties_alongside(ctx: Context, speaker: str) -> list[tuple[int, str]]:
    """(token of the speaker's name, the party nearest it in its sentence) for each of the speaker's names that has
    one, in text order."""
    mentions = ctx.mentions
    out: list[tuple[int, str]] = []
    named = [c for c in mentions.cands if mentions.key(c) == speaker]
    for name in named:
        sent = ctx.tokens.sentence(name.i)
        parties = [c for c in mentions.cands if sent.start <= c.i < sent.end and c.type == "Organization"
                   and (name.i - REACH_BEFORE <= c.i < name.i or name.j <= c.i <= name.j + REACH_AFTER)
                   and _party(ctx, c)]
        if parties:
            nearest = min(parties, key=lambda c: min(abs(c.i - name.j), abs(name.i - c.j)))
            out.append((name.i, mentions.key(nearest)))
    return out


def _party(ctx: Context, c: Candidate) -> bool:
    """Is the organization mention a party-like body (its kind, the lexicon's or read off its head noun)?"""
    key = ctx.mentions.key(c)
    return key is not None and kind_of_body(ctx, key) == PARTY_KIND
