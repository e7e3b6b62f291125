"""Where a document holds the words of a class, read once per document.

The finders of targets look in every statement's content for rare words (a rival, the winner, the late one, "الحزب
الحاكم", "بلاده", ...), word by word. Most contents hold none: the index says so at once, and a finder whose words a
content lacks is not asked. The index is a superset of the readings the finders make of a word (the word itself, each
clitic_variants stem, ل on the article less its alef), so a finder it turns away would have found nothing."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ....text import clitic_variants
from ..context import Context

LAM_ARTICLE = "لل"   # "للحزب": ل before the article drops its alef (is_stem_under_clitics reads it as "الحزب")


@lru_cache(maxsize=131072)   # kept per word, as clitic_variants is
def readings(norm: str) -> tuple[str, ...]:
    """Every form a normalised word is looked up as by the finders: itself, its clitic_variants stems, and for
    "لل" the word on the article ("للحزب" -> "الحزب")."""
    out = dict.fromkeys([norm, *(stem for _, stem in clitic_variants(norm))])
    if norm.startswith(LAM_ARTICLE):
        out["ال" + norm[len(LAM_ARTICLE):]] = None
    return tuple(out)


def _positions(ctx: Context) -> dict[str, list[int]]:
    """reading -> the tokens (in order) that may be read so, for the whole document."""
    index = ctx.memo.get(("word_index",))
    if index is None:
        index = {}
        for k, norm in enumerate(ctx.tokens.norms):
            for form in readings(norm):
                index.setdefault(form, []).append(k)
        ctx.memo[("word_index",)] = index
    return index


def _found(ctx: Context, words: frozenset[str]) -> list[int]:
    """The tokens of the document (in order, once each) that may be one of `words`; kept per class."""
    found = ctx.memo.get(("word_index", words))
    if found is None:
        index = _positions(ctx)
        found = sorted({k for form in index.keys() & words for k in index[form]})
        ctx.memo[("word_index", words)] = found
    return found


def holds(ctx: Context, words: frozenset[str], lo: int, hi: int) -> bool:
    """May any of tokens lo..hi-1 be one of `words` (bare, or less a glued clitic)? False means none is."""
    found = _found(ctx, words)
    n = bisect_left(found, lo)
    return n < len(found) and found[n] < hi


def positions(ctx: Context, words: frozenset[str], lo: int, hi: int) -> list[int]:
    """The tokens of lo..hi-1, in order, that may be one of `words`: the only ones a finder of those words need read
    (a superset: the finder still asks each its own question)."""
    found = _found(ctx, words)
    return found[bisect_left(found, lo):bisect_left(found, hi)]
