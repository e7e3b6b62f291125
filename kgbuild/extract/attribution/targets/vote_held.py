"""The country whose vote is praised: "أشادت بسلاسة العملية الانتخابية", "رحب بإجراء الاقتراع في موعده", "أشاد بالطابع
السلمي للانتخابات". A welcome or praise that names no party but a vote, a referendum, a turnout or a democratic or
peaceful conduct praises the country that held it: in election news the country the article is about, the one it
names most (a capital counted for its country). Not the speaker's own country or side (a national praising the vote
at home speaks for his own side, no party he is about)."""
from __future__ import annotations

from ...mentions import Candidate
from ..context import Context
from .read_off import most_named_country
from .word_index import positions, readings

VOTE_HELD = "vote_held"   # the source of the country read off a vote's conduct


def vote_country(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> Candidate | None:
    """The country the article names most before c_end, as a mention at the first word of tokens c_start..c_end-1
    that names a vote or its democratic or peaceful conduct (function_words vote_conduct); None when no such word
    is there, the article names no country, or the country is one of `exclude` (the speakers, their own side)."""
    found = positions(ctx, ctx.tokens.words.vote_conduct, c_start, c_end)
    k = next((q for q in found if _is_vote_word(ctx, q)), None)   # (the index is a superset: ask each word)
    if k is None:
        return None
    country = most_named_country(ctx, c_end)
    if country is None or country in exclude:
        return None
    tok = ctx.doc[k]
    return Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", VOTE_HELD, key=country)


def _is_vote_word(ctx: Context, k: int) -> bool:
    """Is the word at k, bare or less a glued preposition or conjunction, a word of vote_conduct?"""
    return not ctx.mentions.in_a_mention(k) and \
        not ctx.tokens.words.vote_conduct.isdisjoint(readings(ctx.tokens.norm(k)))
