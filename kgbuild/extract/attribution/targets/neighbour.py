"""The neighbour a country's speaker names by the word alone: "قال إن بلاده ستمد يدها إلى جارتها", "لن
نتخلى عن جيراننا", "لدعم الجارة". Arabic news names the country next door so once the story has named it: the
neighbour is the country the story names most before the word that is not of the speaker's own side, nor named in the
speaker's own sentence before what was said ("وقال رئيس X ...، مضيفا أن بلاده ستساند جيرانها":
the frame names his own country)."""
from __future__ import annotations

from .... import lexicon
from ....text import clitic_variants, normalize
from ...mentions import Candidate
from ..context import Context
from .read_off import country_of
from .word_index import positions_where

NEIGHBOUR = "neighbour word"   # the source of a target read off a word for the neighbour
NAMED_AFTER = 3   # tokens after the word within which a place named is the neighbour itself ("جارتها إثيوبيا",
                  # "لجيرانها في البلقان")
CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول")   # what may be glued on the word ("لجارتها", "وجيرانها")


def _neighbour_word(norm: str, words: frozenset[str]) -> bool:
    """Is the normalised word one of the words for the neighbour, bare or with a clitic of CLITICS?"""
    return any(clitic in CLITICS and stem in words for clitic, stem in clitic_variants(norm))


def _may_be_neighbour_word(text: str) -> bool:
    """positions_where's test: a word for the neighbour (function_words neighbour_word) as written."""
    return _neighbour_word(normalize(text), lexicon.function_words().neighbour_word)


def neighbour_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """Each word for the neighbour (function_words neighbour_word) in what was said, no place named right after it,
    as a mention of the country named most before it (a capital standing for its state) that is not of `exclude`
    (the speakers, their own side and bodies); none when no such country is named."""
    tokens, mentions = ctx.tokens, ctx.mentions
    words = tokens.words.neighbour_word
    out: list[Candidate] = []
    # (only the words that may be one are read: the cursor's norm is the text's normalize() but at an abbreviation's
    # stop and its letter groups, which are no word for the neighbour)
    for k in positions_where(ctx, _may_be_neighbour_word, c_start, c_end):
        if mentions.in_a_mention(k) or not _neighbour_word(tokens.norm(k), words):
            continue
        if any(c.type == "Place" and k < c.i <= k + NAMED_AFTER for c in mentions.cands):
            continue   # "جارتها إثيوبيا": the neighbour is named, a target already
        sent = tokens.sentence(c_start).start
        frame = {state for c in ctx.mentions.cands if sent <= c.i and c.j <= c_start
                 and (state := country_of(ctx, ctx.mentions.key(c))) is not None}
        key = _most_named_country(ctx, k, exclude | frame)
        if key is not None:
            tok = ctx.doc[k]
            out.append(Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", NEIGHBOUR, key=key))
    return out


def _most_named_country(ctx: Context, k: int, exclude: set[str]) -> str | None:
    """The country the story names most before token k (a capital as its state), the last named of those named as
    often; not of `exclude`. (The country next door a story turns on is named throughout it: "the last one named" may
    be a third party the sentence before brings in.)"""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for c in ctx.mentions.cands:
        if c.j > k or c.type != "Place":
            continue
        state = country_of(ctx, ctx.mentions.key(c))
        if state is not None and state not in exclude:
            counts[state] = counts.get(state, 0) + 1
            last[state] = max(last.get(state, -1), c.i)
    return max(counts, key=lambda key: (counts[key], last[key]), default=None)
