"""What two parties announce of themselves together: "أعلنت X وY استئناف علاقاتهما", "... إقامة علاقات بينهما".
The dual pronoun in what was said ("هما": their two relations, between the two of them) makes it the pair's
saying about each other, though the verb before the list agrees with the first party alone."""
from __future__ import annotations

from ....text import normalize
from ..context import Context

DUAL = normalize("هما")   # the suffixed pronoun of the third person dual
STEM_LETTERS = 2          # letters at least of the word it is suffixed to ("بين" + "هما")
NOT_DUAL = frozenset(normalize(w) for w in ("مهما", "فهما", "وهما"))   # "whatever", "understanding", "and they two are"


def names_the_pair(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does what was said carry the dual pronoun suffixed to a word ("علاقاتهما", "بينهما", "اتفاقهما")?"""
    tokens = ctx.tokens
    for k in range(c_start, c_end):
        word = tokens.norm(k)
        if word.endswith(DUAL) and len(word) - len(DUAL) >= STEM_LETTERS and word not in NOT_DUAL:
            return True
    return False
