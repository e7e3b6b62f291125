"""Members named in an aside right after a plural subject: "انتقدت منظمات عدة، من بينها X وY، القرار",
"واتهمت نقابات العمال، وفي مقدمتها X وY، الإدارة بـ": each member the aside names speaks as well, one
statement each (a joint statement is one statement per speaker); the subject itself still speaks."""
from __future__ import annotations

from ..context import Context
from .base import Query, Speakers
from .named_subjects import conjoined

MEMBER_TYPES = ("Organization", "Person", "Place")
INTRODUCER_WORDS = 2     # "من بينها", "وفي مقدمتها": the preposition and its noun, or "بينها" alone
TRAILING_WORDS = 4       # a short name in quotes or brackets after a member ('حزب X "Y"'), before the closing comma


def with_named_members(ctx: Context, q: Query, found: Speakers) -> Speakers:
    """The speakers found and the members an aside right after their phrase names, set off by commas
    ("، من بينها X وY،"): what was said starts after the aside's closing comma. Unchanged when no such
    aside follows, or when it does not close with a comma before the end of the sentence (the list
    then belongs to an object, "قائمة مطالب، من بينها ...")."""
    tokens = ctx.tokens
    comma = tokens.next(found.after, q.end)
    if comma >= q.end or not tokens.is_comma(comma):
        return found
    first = _past_introducer(ctx, tokens.next(comma + 1, q.end), q.end)
    if first is None:
        return found
    members = _listed_members(ctx, first, q.end)
    if not members:
        return found
    close = _closing_comma(ctx, members[-1].j, q.end)
    if close is None:
        return found
    keys = {f.key for f in found.found}
    added = tuple(ctx.mentions.found(c) for c in members if ctx.mentions.key(c) not in keys)
    return Speakers(found.found + tuple(dict((f.key, f) for f in added).values()), close + 1, found.via, found.by)


def _past_introducer(ctx: Context, k: int, end: int) -> int | None:
    """Where the first member starts past "من بينها", "بينها", "وفي مقدمتها" at k; None when none is there."""
    tokens = ctx.tokens
    words: list[str] = []
    for _ in range(INTRODUCER_WORDS):
        if k >= end or tokens.is_punct(k):
            return None
        words.append(tokens.norm(k))
        k = tokens.next(k + 1, end)
        if " ".join(words) in tokens.words.members_named:
            return _past_quotes(ctx, k, end)
    return None


def _past_quotes(ctx: Context, k: int, end: int) -> int:
    """Past quote marks that open a member's name ("«X»")."""
    while k < end and ctx.tokens.is_quote(k):
        k = ctx.tokens.next(k + 1, end)
    return k


def _listed_members(ctx: Context, k: int, end: int) -> list:
    """The mentions of bodies, persons or states from k on, each after the one before with و (its name
    maybe in quotes: 'و«Y»')."""
    tokens, mentions = ctx.tokens, ctx.mentions
    members = []
    while k < end:
        cand = mentions.start_at.get(k)
        if cand is None or cand.type not in MEMBER_TYPES or (members and not _joined(ctx, k)):
            break
        members.append(cand)
        nxt = _past_quotes(ctx, tokens.next(cand.j, end), end)
        if nxt < end and tokens.text(nxt) == "و":
            nxt = _past_quotes(ctx, tokens.next(nxt + 1, end), end)   # 'و «Y»': a lone و before a quoted name
            k = nxt if nxt in mentions.start_at else end
            continue
        k = nxt
    return members


def _joined(ctx: Context, k: int) -> bool:
    """The member at k follows the one before with و: glued to its name, or standing alone before its quotes."""
    prev = ctx.tokens.prev(k)
    return conjoined(ctx, k) or (prev is not None and (ctx.tokens.text(prev) == "و" or ctx.tokens.is_quote(prev)))


def _closing_comma(ctx: Context, k: int, end: int) -> int | None:
    """The comma that closes the aside at k, past a closing quote mark or a short name in quotes or
    brackets after the last member; None when none closes it within reach."""
    tokens = ctx.tokens
    k = tokens.next(k, end)
    for _ in range(TRAILING_WORDS + 2):
        if k >= end:
            return None
        if tokens.is_comma(k):
            return k
        if not (tokens.is_quote(k) or tokens.text(k) in "()" or _in_aside_name(ctx, k)):
            return None
        k = tokens.next(k + 1, end)
    return None


def _in_aside_name(ctx: Context, k: int) -> bool:
    """A word inside quotes or brackets that opened right before it ('"أرينا"'): a short name of the member."""
    prev = ctx.tokens.prev(k)
    return prev is not None and (ctx.tokens.is_quote(prev) or ctx.tokens.text(prev) == "(")


SUBJECT_WORDS = 3        # words of an unnamed plural subject before the aside ("شركات عدة", "منظمات دولية")


def members_of_unnamed_subject(ctx: Context, q: Query, seen: object) -> Speakers | None:
    """"كما رحبت مصارف عدة، بينها X وY، بالقرار": a verb whose subject no finder names, a few plain
    words (no name, preposition, quote or cue among them), then the aside that names its members: the
    members speak."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, words = tokens.next(q.cue.i + 1, q.end), 0
    while k < q.end and words < SUBJECT_WORDS and not tokens.is_comma(k):
        if tokens.is_punct(k) or tokens.is_quote(k) or mentions.in_a_mention(k) or ctx.cues.kind_at(k) is not None \
                or tokens.norm(k) in tokens.words.preposition or tokens.norm(k) in tokens.words.complementizer:
            return None
        k, words = tokens.next(k + 1, q.end), words + 1
    if not words or k >= q.end or not tokens.is_comma(k):
        return None
    found = with_named_members(ctx, q, Speakers((), tokens.prev(k) + 1))
    return found if found.found else None
