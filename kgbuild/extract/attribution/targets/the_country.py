"""The country the article is about, named by "البلاد": as the subject that opens what was said ("قال إن البلاد تدخل
مرحلة خطيرة", "حذر من أن البلاد تسير نحو المجهول") it is that country, the one the article named most before the word
(a capital counted for its country), which what is said judges; so is the subject of a later clause of it, after its
own complementizer ("..., وأن البلاد تمر بظرف دقيق"). Elsewhere ("في البلاد", "أمن البلاد") it is mostly a setting,
no party."""
from __future__ import annotations

from ...mentions import Candidate
from ...words import without_conjunction
from ..context import Context
from ..cursor import QUOTE_MARKS
from .word_index import holds
from .opening import content_opening
from .read_off import THE_COUNTRY, most_named_country



def the_country_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """"البلاد" opening what was said (past quote marks and a complementizer) as a mention of the country the article
    named most before it; none when it named no country, or that country speaks (in `exclude`)."""
    tokens = ctx.tokens
    if not holds(ctx, tokens.words.the_country, c_start, c_end):
        return []   # the common case: no "البلاد" in what was said (the index says so without reading it)
    k = content_opening(ctx, c_start, c_end)
    if k >= c_end or tokens.norm(k) not in tokens.words.the_country:
        # "موضحا أن الأزمة عميقة، وأن البلاد تمر بظرف دقيق": the subject of a later clause of what was said
        # is the country as the opening one is; after any other word ("في البلاد", "أمن البلاد") it is a setting
        k = next((q for q in range(c_start, c_end) if tokens.norm(q) in tokens.words.the_country
                  and _after_complementizer(ctx, q)), c_end)
    if k >= c_end:
        return []
    country = most_named_country(ctx, k)
    if country is None or country in exclude:
        return []
    tok = ctx.doc[k]
    return [Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", THE_COUNTRY, key=country)]


def _after_complementizer(ctx: Context, q: int) -> bool:
    """Does the word at q follow a complementizer ("أن", "إن", "بأن"; with و glued on: "وأن"), past a quote mark?"""
    tokens = ctx.tokens
    p = tokens.prev(q)
    # a quote may open between the complementizer and its subject: أن «البلاد
    while p is not None and ctx.doc[p].text in QUOTE_MARKS:
        p = tokens.prev(p)
    return p is not None and without_conjunction(tokens.norm(p), tokens.words.complementizer) in tokens.words.complementizer
