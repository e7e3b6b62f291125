"""Where a document holds the words of a class, read once per document.

The finders of targets look in every statement's content for rare words (a rival, the winner, the late one, "الحزب
الحاكم", "بلاده", ...), word by word. Most contents hold none: the index says so at once, and a finder whose words a
content lacks is not asked. The index is a superset of the readings the finders make of a word (the word itself, each
clitic_variants stem, ل on the article less its alef), so a finder it turns away would have found nothing.

The index is words.words_where's, which the entity finders and the anchors read too: each class is a test of a word's
text, each distinct text is put to it once for all documents, and a document's words are grouped by text once for all
the tests (this module kept its own per-document index of every token's readings, rebuilt for each document)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from ....text import clitic_variants, normalize
from ...words import words_between, words_where
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


# each class asked about -> its test of a word's text; made once per class, as words_where asks (the classes are the
# finders' own fixed tables, a score of them)
_TESTS: dict[frozenset[str], Callable[[str], bool]] = {}


def _test_of(words: frozenset[str]) -> Callable[[str], bool]:
    test = _TESTS.get(words)
    if test is None:
        def test(text: str) -> bool:
            return not words.isdisjoint(readings(normalize(text)))
        _TESTS[words] = test
    return test


def holds(ctx: Context, words: frozenset[str], lo: int, hi: int) -> bool:
    """May any of tokens lo..hi-1 be one of `words` (bare, or less a glued clitic)? False means none is."""
    # (words_between reads the Doc's index in place, made once for all the tests: most classes are asked once per
    # Doc, where a copy kept per class cost more than it saved)
    return bool(words_between(ctx.tokens.doc, _TESTS.get(words) or _test_of(words), lo, hi))


def positions_where(ctx: Context, test: Callable[[str], bool], lo: int, hi: int) -> list[int]:
    """The tokens of lo..hi-1, in order, that are no space and whose text passes `test` (words.words_where's: a function
    of the text alone, defined once); kept per test for the document."""
    found = ctx.memo.get(("word_index", test))
    if found is None:
        found = ctx.memo[("word_index", test)] = words_where(ctx.tokens.doc, test)
    return found[bisect_left(found, lo):bisect_left(found, hi)]


def positions(ctx: Context, words: frozenset[str], lo: int, hi: int) -> list[int]:
    """The tokens of lo..hi-1, in order, that may be one of `words`: the only ones a finder of those words need read
    (a superset: the finder still asks each its own question)."""
    return words_between(ctx.tokens.doc, _TESTS.get(words) or _test_of(words), lo, hi)   # (as in holds)
