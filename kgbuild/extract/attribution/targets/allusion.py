"""The writer's gloss after what was said that names whom it alludes to: "قال إن «العصابة» ستحاسب، في إشارة إلى
X": X is a party the statement is about, though outside the words said."""
from __future__ import annotations

from collections.abc import Sequence

from ....records import StatementRecord
from ....text import normalize
from ...stance.settings import locative
from ..context import Context
from ..cursor import SENTENCE_ENDS
from .found import target_mentions

GLOSS_REACH = 3      # punctuation tokens (closing quote, comma) between the content and the gloss, at most
GLOSS_WORDS = 25     # tokens of the gloss after إلى, at most
# the ends of a sentence (cursor.py), and the Latin question mark and the semicolons, which end a gloss too
GLOSS_ENDS = frozenset({*SENTENCE_ENDS, "?", "؛", ";"})


def allusion_span(ctx: Context, c_end: int) -> tuple[int, int] | None:
    """The tokens (start, end) of X in "، في إشارة (ADJ) إلى X" right after the content ending at c_end
    (function_words allusion_noun), up to the next comma or the end of the sentence; None when there is none."""
    doc, tokens = ctx.doc, ctx.tokens
    n = len(doc)
    k, skipped = tokens.next(c_end, n), 0
    while k < n and tokens.is_punct(k) and skipped < GLOSS_REACH and doc[k].text not in GLOSS_ENDS:
        k, skipped = tokens.next(k + 1, n), skipped + 1
    if k >= n or tokens.norm(k) not in (normalize("في"), normalize("وفي")):
        return None
    k = tokens.next(k + 1, n)
    if k >= n or tokens.norm(k) not in tokens.words.allusion_noun:
        return None
    to = normalize("إلى")
    k = tokens.next(k + 1, n)
    if k < n and tokens.norm(k) != to and not tokens.is_punct(k):   # "في إشارة واضحة إلى": one adjective between
        k = tokens.next(k + 1, n)
    if k >= n or tokens.norm(k) != to:
        return None
    start = end = tokens.next(k + 1, n)
    while end < min(n, start + GLOSS_WORDS) and not tokens.is_comma(end) and doc[end].text not in GLOSS_ENDS \
            and "\n" not in doc[end].text:
        end += 1
    return (start, end) if end > start else None


def alluded(ctx: Context, c_end: int, exclude: set[str], skip_toks: set[int], own: frozenset[str],
            history: Sequence[StatementRecord] = ()) -> list[str]:
    """The keys of the parties the writer's gloss after the content ending at c_end alludes to ("، في إشارة إلى
    X"), not of the speaker's own side; a place named only as where something happened in it ("في مستشفى بمدينة
    Y") and a group (its members or followers stand for the party the gloss names) are none."""
    span = allusion_span(ctx, c_end)
    if span is None:
        return []
    return [key for key, cs in target_mentions(ctx, *span, exclude, skip_toks, own, history)
            if key not in own and not key.startswith("group:") and all(c.type != "Group" for c in cs)
            and not all(locative(ctx.doc, c, span[0]) for c in cs)]
