"""Quote marks around what was said: how many words a quote holds, a straight quote mark that closes
a quoted name rather than opening content, a quoted name after a preposition ("لـ«الشروق»"), a quote
placed before its cue ("«...»، قال X"), a quote left open at the sentence end that runs on, and the
speaker's short name in brackets or quotes right after its full name.
"""
from __future__ import annotations

from ..words import CLOSE_QUOTES, OPEN_QUOTES
from .context import Context
from .cursor import QUOTE_CLOSERS

STRAIGHT_QUOTES = ('"', "'")   # the same mark opens and closes

NAME_WORDS = 3   # a quote of at most this many words inside a phrase is a name ("لمجلة «دير شبيغل»")
# a quote before the cue that says something, not a quoted name ("وبحسب إذاعة "مونت كارلو"، قال")
PREPOSED_WORDS = 3
PREPOSITION_CLITICS = ("ل", "ب")   # written apart before a quoted name: "لـ«الشروق»"


def quote_words(ctx: Context, k: int, end: int) -> int:
    """How many words the quote opened at token k holds."""
    close = ctx.tokens.closing_quote(k, end)
    tokens = ctx.tokens
    return len(tokens.word_tokens(k + 1, close))


def past_closing_quote(ctx: Context, cue_tok: int, pos: int, end: int) -> int:
    """Past the quote mark that closes a speaker named in quotes ('قال "فيرهوفن" في ندوة: إن'):
    it opens no quote."""
    tokens = ctx.tokens
    k = tokens.next(pos, end)
    if k < end and tokens.text(k) == '"' and sum(tokens.text(q) == '"' for q in range(cue_tok + 1, k)) % 2 == 1:
        return k + 1
    return pos


def past_short_name(ctx: Context, pos: int, end: int) -> int:
    """Past the speaker's short name set off right after its full name: an acronym or gloss of at most
    NAME_WORDS words in brackets ("أدانت المنظمة الإقليمية (إيغاد) الهجوم"), or a named party in quotes
    closed by a comma ('أدانت الهيئة "إيغاد"، في بيان، الهجوم'). It names the speaker again, no part of
    what was said: the token past its closing mark, or pos itself."""
    tokens = ctx.tokens
    first = tokens.next(pos, end)
    if first >= end:
        return pos
    if tokens.text(first) == "(":
        close = next((q for q in range(first + 1, min(end, first + 2 * NAME_WORDS + 2)) if tokens.text(q) == ")"), None)
        if close is None or not 0 < len(tokens.word_tokens(first + 1, close)) <= NAME_WORDS:
            return pos
        return close + 1
    if not tokens.is_quote(first) or tokens.text(first) in CLOSE_QUOTES and tokens.text(first) not in STRAIGHT_QUOTES:
        return pos
    close = tokens.closing_quote(first, end)
    named = ctx.mentions.start_at.get(tokens.next(first + 1, close))
    after = tokens.next(close + 1, end) if close < end else end
    if named is None or tokens.next(named.j, close) < close or after >= end or not tokens.is_comma(after):
        return pos
    return close + 1


def closes_quote(ctx: Context, pos: int, k: int) -> bool:
    """Does the quote mark at k close one opened after pos ('في جريدة "الأيام" اليومية', 'لـ“الشروق”')?
    A straight mark closes when an odd number of its kind stands before it; a closing mark (”, »)
    when a quote it closes was opened and not yet closed."""
    tokens = ctx.tokens
    mark = tokens.text(k)
    if mark in STRAIGHT_QUOTES:
        return sum(tokens.text(q) == mark for q in range(pos, k)) % 2 == 1
    opened_by = [o for o, closers in QUOTE_CLOSERS.items() if mark in closers]
    if not opened_by:
        return False
    still_open = 0
    for q in range(pos, k):
        t = tokens.text(q)
        still_open += 1 if t in opened_by else -1 if t == mark and still_open else 0
    return still_open > 0


def after_preposition_clitic(ctx: Context, k: int) -> bool:
    """Is the quote opened at k glued to a preposition ("لـ«الشروق»", "ل"الأهرام"")? It is a name then."""
    p = ctx.tokens.prev(k)
    return p is not None and p == k - 1 and ctx.tokens.text(p).rstrip("ـ") in PREPOSITION_CLITICS


def quote_before(ctx: Context, cue_tok: int) -> tuple[int, int, str] | None:
    """«...»، قال X: a quote that ends right before the cue (with a comma between)."""
    tokens = ctx.tokens
    p = cue_tok - 1
    while p >= 0 and (tokens.is_space(p) or tokens.is_comma(p)):
        if "\n" in tokens.text(p):
            return None  # a quote that closes the line before (a headline) is not this cue's
        p -= 1
    if p >= 0 and tokens.text(p) in CLOSE_QUOTES | {'"'}:
        q = p - 1
        while q >= 0 and not tokens.is_quote(q) and "\n" not in tokens.text(q):
            q -= 1
        if q >= 0 and q < p - 1 and tokens.is_quote(q) and quote_words(ctx, q, p + 1) >= PREPOSED_WORDS \
                and _opens_clause(ctx, q):
            return q + 1, p, "direct"
    return None


def _opens_clause(ctx: Context, q: int) -> bool:
    """Does the quote opened at q start its clause (text start, a new line, punctuation)? A quote
    inside a phrase ("ردا على مطالبته بإخضاع الميناء «لإدارة دولية»، أكد X") is not what X said."""
    p = ctx.tokens.prev(q)
    return p is None or "\n" in ctx.tokens.text(q - 1) or ctx.tokens.is_punct(p)


def past_open_quote(ctx: Context, s: int, e: int) -> int:
    """The end of a content that runs to its sentence end with a quote opened in it still open
    ('أنه «إذا أردتم ... الأولوية. وإذا نظرتم ... مقلق»'): the quote goes on into the next sentence
    of its paragraph, to its closing mark (Cursor.closing_quote); otherwise `e`."""
    tokens = ctx.tokens
    opener, depth = None, 0
    straight: int | None = None   # a straight mark opened and not closed again in the content
    texts = tokens.texts
    for q in tokens.quote_marks_between(s, e):   # (the quote marks alone: every other word leaves all as it is)
        t = texts[q]
        if t in OPEN_QUOTES:
            if depth == 0:
                opener = q
            depth += 1
        elif t in CLOSE_QUOTES and depth:
            depth -= 1
        elif t == STRAIGHT_QUOTES[0]:
            straight = q if straight is None else None
    if (opener is None or depth == 0) and straight is not None:
        opener, closers = straight, (STRAIGHT_QUOTES[0],)   # 'إنه "لن نتراجع. ... هنا"' over sentences or lines
    elif opener is None or depth == 0:
        return e
    else:
        closers = tuple(CLOSE_QUOTES)
    close = tokens.closing_quote(opener, tokens.size)
    return close + 1 if e <= close < tokens.size and tokens.text(close) in closers else e
