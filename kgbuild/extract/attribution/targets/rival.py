"""The rival a person speaks of: "منافسه" (his rival) in what a candidate said ("هنأ منافسه", "وصف منافسه بأنه ...")
is the other party of the story's contest, the person the article named most before the word other than the
speaker, named at least LEADER_MENTIONS times (one named once is no party to the contest)."""
from __future__ import annotations

from collections import Counter

from ...mentions import Candidate
from ...words import is_stem_under_clitics
from ..context import Context
from .word_index import holds
from .read_off import LEADER_MENTIONS, RIVAL

RIVAL_CLITICS = ("", "و", "ب", "ل", "ف")   # what may be glued on the word ("بمنافسه", "لمنافسه")
TA_MARBUTA = "ة"   # "منافسة" (a competition) normalises as "منافسه" (his rival) does: as written, it is no rival


def rival_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """The first rival word of what was said as a mention of the speaker's rival, when a person speaks (a person in
    `exclude`, the speakers) and no other person is named in what was said before the word (whose rival it would
    be: "حصل فلان على 60 في المئة مقابل 40 لمنافسه")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if not holds(ctx, tokens.words.rival, c_start, c_end):
        return []   # the common case: no rival word (the index says so without reading the words)
    k = next((k for k in range(c_start, c_end) if not tokens.is_space(k) and not tokens.text(k).endswith(TA_MARBUTA)
              and is_stem_under_clitics(tokens.norm(k), tokens.words.rival, RIVAL_CLITICS)), None)
    if k is None or not any(mentions.type_of(key) == "Person" for key in exclude):
        return []
    if any(c.type == "Person" and c_start <= c.i < k and mentions.key(c) not in exclude for c in mentions.cands):
        return []
    counts = Counter(key for c in mentions.cands if c.i < k and c.type == "Person"
                     and (key := mentions.key(c)) is not None and key not in exclude)
    rival = next((key for key, n in counts.most_common(1) if n >= LEADER_MENTIONS), None)
    if rival is None:
        return []
    tok = ctx.doc[k]
    return [Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Person", RIVAL, key=rival)]
