"""The doer of what a resumptive clause describes: "وكانت X قد أعلنت كذا، وهو ما انتقدته Y", "قامت X بكذا، في
خطوة وصفتها Y بأنها ...", "وهي نتيجة وصفتها Y بأنها مزورة". The cue verb's object pronoun takes up the happening
told before it, not a party; the one judged is the party that did it, the first the sentence names."""
from __future__ import annotations

import re

from ....text import normalize
from ...mentions import Candidate
from ...mentions.gazetteer import in_dateline
from ...stance.settings import locative
from ...words import text_of
from ..clauses import _indefinite_noun
from ..context import Context
from ..cursor import IN
from ..cues import Cue
from .antecedent import _object_suffix

PARTY_TYPES = ("Person", "Organization", "Place")
# acts that take up a deed without judging its doer: "وهو ما أقره مجلس الوزراء" approves the step, no party
UNJUDGING_ACTS = frozenset({"agree", "announce", "report"})
# "، 10 تشرين الأول/أكتوبر 2021 —" after a dateline's place: the day, the month's names, the year and the dash
DATED_DASH = re.compile(r"\s*[،,]\s*\d{1,2}\s+[^\W\d_][^\d\n]{0,40}?\s*\d{4}\s*[-–—]")
WHAT = normalize("ما")   # "وهو ما نفاه X"


def described_doer(ctx: Context, cue: Cue, exclude: set[str]) -> str | None:
    """The key of the party whose deed the cue's object pronoun takes up ("وهو ما نفته X", "في خطوة وصفها X",
    "وهي نتيجة وصفتها X"): the first party named in the cue's sentence before the resumptive word, not one of
    `exclude` (the speakers, the intermediaries, their own side) nor a place named as a setting; None when the
    cue is not so placed."""
    tokens = ctx.tokens
    if cue.entry.act in UNJUDGING_ACTS or _object_suffix(tokens.norm(cue.i)[cue.prefix:]) is None:
        return None
    p = tokens.prev(cue.i)
    if p is None or not (tokens.norm(p) == WHAT or _indefinite_noun(ctx, p)):
        return None
    q = tokens.prev(p)
    if q is None or not (tokens.norm(q) in tokens.words.resumptive_what or tokens.norm(q) == IN):
        return None
    sent = ctx.tokens.sentence(cue.i).start
    named = [c for c in ctx.mentions.cands if sent <= c.i and c.j <= q]
    titles = [(c.title_i, c.i) for c in named if c.type == "Person" and c.title_i is not None and c.title_i < c.i]
    return next((key for c in named if _party(ctx, c, sent) and not any(lo <= c.i < hi for lo, hi in titles)
                 and (key := ctx.mentions.key(c)) is not None and key not in exclude
                 and not _of_the_side(ctx, key, exclude)), None)


def _party(ctx: Context, c: Candidate, sent: int) -> bool:
    """A named person, body or place that is no setting of what happened, nor the place a dateline opening the
    sentence files the report from ("مدينة، تاريخ — فاز X ...، في سباق وصفه محللون": X did it, not the city)."""
    return c.type in PARTY_TYPES and not locative(ctx.doc, c, sent) and \
        not (c.type == "Place" and _dateline_place(text_of(ctx.doc), c.start, c.end))


def _dateline_place(text: str, start: int, end: int) -> bool:
    """The place at start..end opens its line as a dateline: before a dash, or before a date (a month named twice,
    "تشرين الأول/أكتوبر", among it) and a dash."""
    return in_dateline(text, start, end) or \
        (not text[text.rfind("\n", 0, start) + 1:start].strip() and bool(DATED_DASH.match(text, end)))


def _of_the_side(ctx: Context, key: str, side: set[str]) -> bool:
    """A place or body of a country of `side` (its capital, its government), or a person whose title names one:
    the speaker's own side takes up no deed of its own as another's."""
    known, ent = ctx.mentions.known.get(key), ctx.mentions.entities.get(key)
    return (known is not None and known.country_key in side) or \
        (ent is not None and any(r.of_key in side for r in ent.roles if r.of_key))
