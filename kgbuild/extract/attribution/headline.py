"""Colon headlines: "فيرهوفن: متمسكون بحماية الغابات" is a statement of the one named before the colon.

News headlines put the speaker, and at most a short phrase saying to whom ("سوليبرغ للنقابات:"), before
a colon and what was said after it. Only the article's first line is read so: in running text a
colon after a name is as often a list or a dateline ("سبق- وكالات:").
"""
from __future__ import annotations

from spacy.tokens import Span

from ... import lexicon
from .context import Context
from .cues import Cue
from .index import Found

COLON = ":"
HEADLINE_CUE = lexicon.Cue(COLON, "say", "neutral", "verb")
SPEAKER_TOKENS = 6   # the speaker and its addressee fit in this many tokens before the colon


def headline_speaker(ctx: Context, sent: Span) -> tuple[Cue, Found] | None:
    """The colon of a headline and the speaker named before it, if the first line is one."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = tokens.next(sent.start, sent.end)
    if first >= sent.end or "\n" not in ctx.doc[sent.end - 1].text_with_ws + _following(ctx, sent):
        return None
    cand = mentions.start_at.get(first)
    if cand is None or tokens.governed(cand):
        return None
    k = tokens.next(cand.j, sent.end)
    # "سوليبرغ للنقابات:": what follows the name before the colon says to whom (لـ ...)
    while k < sent.end and k - first < SPEAKER_TOKENS and tokens.text(k) != COLON \
            and tokens.text(k).startswith("ل") and not tokens.is_comma(k):
        k = tokens.next(k + 1, sent.end)
    if k >= sent.end or tokens.text(k) != COLON or tokens.next(k + 1, sent.end) >= sent.end:
        return None
    return Cue(k, 0, HEADLINE_CUE), mentions.found(cand)


def _following(ctx: Context, sent: Span) -> str:
    """The white space after the sentence: a headline ends its line."""
    doc = ctx.doc
    return doc[sent.end].text if sent.end < len(doc) and doc[sent.end].is_space else ""
