"""The neighbour a country's speaker names by the word alone: "قال إن بلاده ستمد يدها إلى جارتها", "لن
نتخلى عن جيراننا", "لدعم الجارة". Arabic news names the country next door so once the story has named it: the
neighbour is the last country named before the word that is not of the speaker's own side, nor named in the
speaker's own sentence before what was said ("وقال رئيس X ...، مضيفا أن بلاده ستساند جيرانها":
the frame names his own country)."""
from __future__ import annotations

from ....text import clitic_variants
from ...mentions import Candidate
from ..context import Context
from .read_off import country_of

NEIGHBOUR = "neighbour word"   # the source of a target read off a word for the neighbour
NAMED_AFTER = 3   # tokens after the word within which a place named is the neighbour itself ("جارتها إثيوبيا",
                  # "لجيرانها في البلقان")
CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول")   # what may be glued on the word ("لجارتها", "وجيرانها")


def neighbour_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """Each word for the neighbour (function_words neighbour_word) in what was said, no place named right after it,
    as a mention of the last country named before it (a capital standing for its state) that is not of `exclude`
    (the speakers, their own side and bodies); none when no such country is named."""
    tokens, mentions = ctx.tokens, ctx.mentions
    words = tokens.words.neighbour_word
    out: list[Candidate] = []
    for k in range(c_start, c_end):
        if tokens.is_space(k) or mentions.in_a_mention(k) or \
                not any(clitic in CLITICS and stem in words for clitic, stem in clitic_variants(tokens.norm(k))):
            continue
        if any(c.type == "Place" and k < c.i <= k + NAMED_AFTER for c in mentions.cands):
            continue   # "جارتها إثيوبيا": the neighbour is named, a target already
        frame = {state for c in ctx.mentions.cands if ctx.doc[c_start].sent.start <= c.i and c.j <= c_start
                 and (state := country_of(ctx, ctx.mentions.key(c))) is not None}
        key = _last_country(ctx, k, exclude | frame)
        if key is not None:
            tok = ctx.doc[k]
            out.append(Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", NEIGHBOUR, key=key))
    return out


def _last_country(ctx: Context, k: int, exclude: set[str]) -> str | None:
    """The last country named before token k (a capital as its state), not of `exclude`."""
    for c in sorted((c for c in ctx.mentions.cands if c.j <= k and c.type == "Place"), key=lambda c: -c.i):
        state = country_of(ctx, ctx.mentions.key(c))
        if state is not None and state not in exclude:
            return state
    return None
