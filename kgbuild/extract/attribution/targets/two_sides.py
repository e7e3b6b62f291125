"""The two sides a call is addressed to, or what was said speaks of: "دعا الأمين العام الطرفين إلى ضبط النفس", "حث الجانبين على العودة إلى
المفاوضات". The article has named the two parties of its conflict or accord by name all along; the call names
them only as "the two sides". When the article first said "the two sides" right after naming two parties joined
by و in the same sentence ("وقع ممثلو X وY اتفاقا يلتزم فيه الطرفان"), those two are its sides from then on;
else they are the two parties the article named most before the content, other than
the speakers and the outlets it quotes (a capital counts for its country, a leader for the state or body his title
is of: the sides called on are the states or camps, not the men who speak for them)."""
from __future__ import annotations

from collections import Counter

from ...mentions import Candidate
from ..context import Context
from ..referents.bodies_and_places import kind_of_body
from .found import MEDIA_KINDS
from .read_off import country_of

SIDES = "the two sides"    # the source of the targets read off "الطرفين" in what was said
PARTY_TYPES = ("Person", "Organization", "Place")
AND = "و"   # the conjunction glued on the second of two parties named together: "X وY"
MIN_MENTIONS = 2   # a side is a party the article named at least twice: one named once is no side of its matter


def two_sides_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """The two sides, as mentions read off the first "الطرفين" of what was said that is no preposition's object
    ("دعا الطرفين إلى", "إن الطرفين اتفقا", "يمنح الطرفين غطاء"; not "الهوة بين الطرفين", "أمام الطرفين": a gap
    or a space between or before them is spoken of, not they); [] when there is none or the article named no two
    parties often enough before it."""
    norms, two_sides = ctx.tokens.norms, ctx.tokens.words.two_sides   # (read directly: asked of every content)
    if two_sides.isdisjoint(norms[c_start:c_end]):
        return []   # (the common case, told by one set test in C: no word of the two sides in what was said)
    k = next((q for q in range(c_start, min(c_end, len(norms))) if norms[q] in two_sides and not _after_preposition(ctx, q)),
             None)
    if k is None:
        return []
    sides = _named_sides(ctx, k, exclude) or _most_named(ctx, c_start, exclude)
    tok = ctx.doc[k]
    return [Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, ctx.mentions.type_of(key) or "Organization",
                      SIDES, key=key) for key in sides]


def _after_preposition(ctx: Context, k: int) -> bool:
    """Is the word before token k a preposition (function_words preposition)?"""
    p = ctx.tokens.prev(k)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.preposition


def _most_named(ctx: Context, c_start: int, exclude: set[str]) -> list[str]:
    """The two parties the article named most (at least MIN_MENTIONS times each) before token c_start; [] when
    it named no two that often."""
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
    return sides if len(sides) == 2 else []


def _named_sides(ctx: Context, k: int, exclude: set[str]) -> list[str]:
    """The two parties "the two sides" at token k stands for by what the article said before: the pair joined by
    و in the sentence of the latest "the two sides" up to k that has one ("توصل X وY إلى اتفاق يلتزم فيه
    الطرفان"), less the speakers; [] when none has."""
    tokens = ctx.tokens
    for q in range(k, -1, -1):
        if tokens.norm(q) in tokens.words.two_sides and (pair := _pair_before(ctx, q)):
            return [key for key in pair if key not in exclude]
    return []


def _pair_before(ctx: Context, q: int) -> tuple[str, str] | None:
    """The last two parties joined by و alone ("X وY", no third in the list) before token q in its sentence,
    as sides (a capital for its country, a leader for what his title is of); None when there is none."""
    tokens, mentions = ctx.tokens, ctx.mentions
    start = ctx.tokens.sentence(q).start
    named = [c for c in mentions.cands if start <= c.i and c.j <= q and c.type in PARTY_TYPES]
    for first, second in zip(reversed(named[:-1]), reversed(named[1:])):
        if second.i != tokens.next(first.j, q) or not tokens.text(second.i).startswith(AND) \
                or _listed(ctx, first, second, named):
            continue
        pair = (_side_key(ctx, first), _side_key(ctx, second))
        if None not in pair and pair[0] != pair[1]:
            return pair   # type: ignore[return-value]
    return None


def _listed(ctx: Context, first: Candidate, second: Candidate, named: list[Candidate]) -> bool:
    """Are `first` and `second` two items of a longer list ("X وY وZ", "W وX وY", "W، X وY")?"""
    tokens = ctx.tokens
    after = tokens.next(second.j, len(ctx.doc))
    if any(c.i == after for c in named) and tokens.text(after).startswith(AND):
        return True
    before = tokens.prev(first.i)
    if before is None:
        return False
    if tokens.is_comma(before):
        before = tokens.prev(before)
    elif not tokens.text(first.i).startswith(AND):
        return False
    return before is not None and any(c.j - 1 == before for c in named)


def _side_key(ctx: Context, c: Candidate) -> str | None:
    """The side a mention names: a place's country, a person's state or body, a body itself."""
    key = ctx.mentions.key(c)
    return (country_of(ctx, key) or key) if c.type == "Place" else _led_party(ctx, key) if c.type == "Person" else key


def _led_party(ctx: Context, key: str | None) -> str | None:
    """The state or body a person's title is of ("رئيس وزراء X", "نائب رئيس المجلس العسكري"): the side he speaks
    for; the person himself when no title names one."""
    ent = ctx.mentions.entities.get(key) if key is not None else None
    if ent is None:
        return key
    return next((r.of_key for r in ent.roles if r.of_key and r.of_key in ctx.mentions.entities), key)
