"""The speaker's stance towards each target of a statement.

The speech act gives a prior (condemning is negative, praising positive: lexicon.cues); evaluative
words next to a target (lexicon polarity.tsv: "عصابات إرهابية", "شريك وثيق") decide for it when the act
is neutral; a group that a speaker calls terrorists, extremists or rioters is a negative target.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from .. import lexicon
from ..text import clitic_variants, normalize
from .groups import kind_of
from .mentions import Candidate

NEGATIVE_GROUPS = frozenset({"terrorists", "extremists", "rioters", "looters", "armed_groups", "gunmen", "attackers",
                             "insurgents", "militants"})
WINDOW = 3


@cache
def polarity_words() -> dict[str, int]:
    return {normalize(r["word"]): (1 if r["polarity"] == "positive" else -1)
            for r in lexicon.read_tsv("polarity.tsv")}


def word_polarity(text: str) -> int:
    words = polarity_words()
    for _, stem in clitic_variants(text):
        value = words.get(normalize(stem))
        if value:
            return value
    return 0


def target_stances(doc: Doc, targets: list[tuple[str, Candidate]], c_start: int, c_end: int,
                   prior: str) -> dict[str, str]:
    """{target key: positive | negative | neutral} for the (key, first mention) pairs of a statement."""
    out: dict[str, str] = {}
    for n, (key, c) in enumerate(targets):
        if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS:
            out[key] = "negative"
            continue
        lo, hi = max(c_start, c.i - WINDOW), min(c_end, c.j + WINDOW)
        score = sum(word_polarity(t.text) for t in doc[lo:hi] if not t.is_space and not (c.i <= t.i < c.j))
        if prior != "neutral" and n == 0:
            out[key] = prior
        elif score:
            out[key] = "positive" if score > 0 else "negative"
        else:
            out[key] = prior if n == 0 else "neutral"
    return out
