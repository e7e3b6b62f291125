"""The country the article is about, named by "البلاد": as the subject that opens what was said ("قال إن البلاد تدخل
مرحلة خطيرة", "حذر من أن البلاد تسير نحو المجهول") it is that country, the one the article named most before the word
(a capital counted for its country), which what is said judges. Elsewhere ("في البلاد", "أمن البلاد") it is mostly
a setting, no party."""
from __future__ import annotations

from collections import Counter

from ...mentions import Candidate
from ..context import Context
from .word_index import holds
from .opening import content_opening
from .read_off import THE_COUNTRY, country_of


def the_country_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """"البلاد" opening what was said (past quote marks and a complementizer) as a mention of the country the article
    named most before it; none when it named no country, or that country speaks (in `exclude`)."""
    tokens = ctx.tokens
    if not holds(ctx, tokens.words.the_country, c_start, c_end):
        return []   # the common case: no "البلاد" in what was said (the index says so without reading it)
    k = content_opening(ctx, c_start, c_end)
    if k >= c_end or tokens.norm(k) not in tokens.words.the_country:
        return []
    counts = Counter(country for c in ctx.mentions.cands if c.i < k and c.type == "Place"
                     and (country := country_of(ctx, ctx.mentions.key(c))) is not None)
    country = next((key for key, _ in counts.most_common(1)), None)
    if country is None or country in exclude:
        return []
    tok = ctx.doc[k]
    return [Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", THE_COUNTRY, key=country)]
