"""The two sides a call is addressed to: "دعا الأمين العام الطرفين إلى ضبط النفس", "حث الجانبين على العودة إلى
المفاوضات". The article has named the two parties of its conflict or accord by name all along; the call names
them only as "the two sides". They are the two parties the article named most before the content, other than
the speakers and the outlets it quotes (a capital counts for its country, a leader for the state or body his title
is of: the sides called on are the states or camps, not the men who speak for them)."""
from __future__ import annotations

from collections import Counter

from ...mentions import Candidate
from ..context import Context
from ..referents.bodies_and_places import kind_of_body
from .found import MEDIA_KINDS
from .read_off import country_of

SIDES = "the two sides"    # the source of the targets read off "الطرفين" that a call opens with
PARTY_TYPES = ("Person", "Organization", "Place")
MIN_MENTIONS = 2   # a side is a party the article named at least twice: one named once is no side of its matter


def two_sides_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """The two sides, as mentions read off "الطرفين" when what was called for opens with it; [] otherwise or when
    the article named no two parties often enough before it."""
    tokens = ctx.tokens
    k = tokens.next(c_start, c_end)
    while k < c_end and tokens.is_quote(k):
        k = tokens.next(k + 1, c_end)
    if k >= c_end or tokens.norm(k) not in tokens.words.two_sides:
        return []
    counts: Counter[str] = Counter()
    for c in ctx.mentions.cands:
        if c.i >= c_start:
            break
        key = ctx.mentions.key(c) if c.type in PARTY_TYPES else None
        key = (country_of(ctx, key) or key) if c.type == "Place" else _led_party(ctx, key) if c.type == "Person" else key
        if key is not None and key not in exclude:
            counts[key] += 1
    # an outlet the article quotes from is no side of its matter ("وكالة X" named at every report)
    for key in [key for key in counts if ctx.mentions.type_of(key) == "Organization" and kind_of_body(ctx, key) in MEDIA_KINDS]:
        del counts[key]
    sides = [key for key, n in counts.most_common(2) if n >= MIN_MENTIONS]
    if len(sides) < 2:
        return []
    tok = ctx.doc[k]
    return [Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, ctx.mentions.type_of(key) or "Organization",
                      SIDES, key=key) for key in sides]


def _led_party(ctx: Context, key: str | None) -> str | None:
    """The state or body a person's title is of ("رئيس وزراء X", "نائب رئيس المجلس العسكري"): the side he speaks
    for; the person himself when no title names one."""
    ent = ctx.mentions.entities.get(key) if key is not None else None
    if ent is None:
        return key
    return next((r.of_key for r in ent.roles if r.of_key and r.of_key in ctx.mentions.entities), key)
