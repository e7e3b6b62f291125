"""A plural noun of states counted with a definite numeral ("الدول الأربع", "البلدان الثلاثة", "العواصم
الخمس") as a verb's subject: the states the text listed before it, joined by و, each of which speaks (a
joint statement is one statement per speaker)."""
from __future__ import annotations

from ...mentions import Candidate
from ...words import without_proclitic
from ..context import Context
from ..index import Found
from .base import Speakers
from .named_subjects import conjoined

LISTED_AT_LEAST = 3      # the numerals that count states here run from three (a dual is dual_sides)
STATE_TYPES = ("Place",)


def counted_states(ctx: Context, verb: int | None, pos: int, end: int) -> Speakers | None:
    """"وأعلنت الدول الثلاث": the noun at pos (counted_states) and a definite numeral after it
    (group_modifier: الثلاث ... العشر), after a verb (at `verb`) that agrees with it, feminine: the last list of
    at least three places joined by و before pos, all of them as the subjects. After a masculine verb the
    states are its object ("ونصح الدول الثلاث بأن": he advised them)."""
    tokens = ctx.tokens
    if tokens.norm(pos) not in tokens.words.counted_states or verb is None or not _feminine(tokens.norm(verb)):
        return None
    nxt = tokens.next(pos + 1, end)
    if nxt >= end or tokens.norm(nxt) not in tokens.words.group_modifier:
        return None
    listed = _last_list(ctx, pos)
    if listed is None:
        return None
    return Speakers(tuple(ctx.mentions.found(c) for c in listed), nxt + 1)


def _last_list(ctx: Context, pos: int) -> list[Candidate] | None:
    """The last run of places before pos, each after the one before with و (a comma may stand before it:
    "فرنسا، وألمانيا"), of at least LISTED_AT_LEAST different places."""
    tokens, mentions = ctx.tokens, ctx.mentions
    best: list[Candidate] | None = None
    run: list[Candidate] = []
    for cand in sorted(mentions.cands, key=lambda c: c.i):
        if cand.j > pos:
            break
        if cand.type not in STATE_TYPES:
            continue
        if run and tokens.next_past_comma(run[-1].j, pos) == cand.i and conjoined(ctx, cand.i) \
                and all(mentions.key(c) != mentions.key(cand) for c in run):
            run.append(cand)
        else:
            run = [cand]
        if len(run) >= LISTED_AT_LEAST:
            best = list(run)
    return best


def _feminine(norm: str) -> bool:
    """"أعلنت", "وقالت", "تؤكد", "وكانت": a verb form that agrees with a feminine (or non-human plural) subject."""
    bare = without_proclitic(norm)
    return bare.endswith("ت") or bare.startswith("ت")
