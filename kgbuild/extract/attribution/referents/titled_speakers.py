"""Whom a bare title refers to when no one named before it holds it: the first person named after it with
that title (a headline's "الرئيس الفرنسي يدعو ..."), or the last speaker, introduced by a title with its
head ("وقال المسؤول الأممي فلان ... وأضاف المسؤول الدولي")."""
from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from ....records import StatementRecord
from ....text import normalize
from ...mentions import match_title
from ...words import text_of
from ..context import Context
from .title_words import title_head, same_title

INTRODUCER_GAP = 4           # tokens from a bare title to the name it introduces: "المسؤول الأممي فلان"


def title_holder_after(ctx: Context, title: str, role_of: str | None, after: int) -> str | None:
    """The first person after token `after` given this title (of the same country or body, when the
    title says): whom a headline's bare title ("الرئيس الفرنسي يدعو ...") refers to."""
    mentions = ctx.mentions
    for c in mentions.cands:
        if c.i < after:
            continue
        ent = mentions.entities.get(mentions.key(c))
        if ent is not None and ent.type == "Person" and any(
                same_title(r.title, title) and (role_of is None or r.of_key in (None, role_of)) for r in ent.roles):
            return ent.key
    # "طالب رئيس إقليم الباسك فلان": the first person right after the same bare title and its complement
    for bare in sorted(mentions.bare.values(), key=lambda b: b.i):
        if bare.i < after or not same_title(bare.title, title) or (role_of is not None and bare.role_of != role_of):
            continue
        person = _person_after_complement(ctx, bare.stop)
        if person is not None:
            return person
    return None


TITLE_COMPLEMENT_WORDS = 3   # words of the place or body that complete a bare title ("رئيس إقليم «الباسك»"), quotes aside


def _person_after_complement(ctx: Context, stop: int) -> str | None:
    """The person named within a few words after a bare title ends at `stop`, past the place or body that
    completes it ("رئيس إقليم الباسك فلان"), with no punctuation between."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, words = tokens.next(stop, tokens.size), 0
    while k < tokens.size and words <= TITLE_COMPLEMENT_WORDS and not tokens.is_punct(k):
        cand = mentions.start_at.get(k)
        if cand is not None and cand.type == "Person":
            return mentions.key(cand)
        k = cand.j if cand is not None else k + 1
        k = tokens.next(k, tokens.size)
        words += 1
    return None


def last_speaker_titled(ctx: Context, title: str, role_of: str | None,
                        history: Sequence[StatementRecord]) -> str | None:
    """"وقال وزير خارجية لوكسمبورغ فلان ... وأضاف الوزير": a bare head word names the last speaker when
    a title of his has that head (with no country), or when he was introduced by a bare title with that
    head and no other country ("وقال المسؤول الأممي فلان ... وأضاف المسؤول الدولي", "وقال فلان المتحدث
    باسم الخارجية الإيرانية ... وأضاف المتحدث الإيراني")."""
    if normalize(title).split()[1:] or not history:
        return None
    last = history[-1]
    ent = ctx.mentions.entities.get(last.speaker)
    if ent is None or ent.type != "Person":
        return None
    # where the speaker was named (a carried statement, "وأشار إلى", has no name of its own)
    named = [st for st in history if st.speaker == last.speaker and st.speaker_span is not None]
    if any(_introduced_by(ctx, st, title, role_of) for st in named):
        return ent.key
    if role_of is not None:
        return None
    if any(title_head(r.title) == title_head(title) for r in ent.roles):
        return ent.key
    # with this title after the name, or by this bare title itself ("وقال الوزير ... وأضاف الوزير")
    if any(_titled_after(ctx, st, title) or title_head(_span_text(ctx, st)) == title_head(title) for st in named):
        return ent.key
    return None


def _introduced_by(ctx: Context, st: StatementRecord, title: str, role_of: str | None) -> bool:
    """A bare title with the same head right before the speaker's name or right after it, of the same
    country when the title names one ("الوزير العطية" is not "الوزير الأمريكي")."""
    tokens = ctx.tokens
    first = bisect_left(tokens.starts, st.speaker_span[0])
    last = bisect_left(tokens.starts, st.speaker_span[1])
    after = tokens.next(last, tokens.size)
    return any(title_head(bare.title) == title_head(title) and (role_of is None or bare.role_of == role_of)
               and (bare.i == after or first - INTRODUCER_GAP <= bare.i < first)
               for bare in ctx.mentions.bare.values())


def _span_text(ctx: Context, st: StatementRecord) -> str:
    """The speaker's phrase of a statement as written."""
    start, end = st.speaker_span
    return text_of(ctx.doc)[start:end]


def _titled_after(ctx: Context, st: StatementRecord, title: str) -> bool:
    """"صرح جان أسيلبورغ وزير خارجية لوكسمبورغ": a title with that head right after the speaker's name."""
    if st.speaker_span is None:
        return False
    tokens = ctx.tokens
    after = tokens.apposition_after(bisect_left(tokens.starts, st.speaker_span[1]) - 1, tokens.size)
    hit = match_title(ctx.doc, after) if after is not None else None
    return hit is not None and title_head(hit[1]) == title_head(title)
