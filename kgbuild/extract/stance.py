"""The speaker's stance towards each target of a statement.

The speech act gives a prior (condemning is negative, praising positive: lexicon.cues); evaluative
words next to a target (lexicon polarity.tsv: "عصابات إرهابية", "شريك وثيق"), turned round by a
negation ("غير مبرر"), decide for it when the act is neutral, and for the first target the words of
the whole content do when none stands next to it; a group that a speaker calls terrorists,
extremists or rioters is a negative target.
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
WINDOW = 4


@cache
def polarity_words() -> dict[str, int]:
    return {normalize(r["word"]): (1 if r["polarity"] == "positive" else -1)
            for r in lexicon.read_tsv("polarity.tsv")}


def word_polarity(text: str) -> int:
    """The polarity of a word, read through its inflections: the article, feminine and plural
    endings, the prefixes of the imperfect ("المتغطرسة" -> متغطرس, "ندعمها" -> دعم)."""
    words = polarity_words()
    for _, stem in clitic_variants(text):
        for form in _inflection_stems(normalize(stem)):
            value = words.get(form)
            if value:
                return value
    return 0


def _inflection_stems(norm: str) -> list[str]:
    out = [norm]
    base = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    if base != norm:
        out.append(base)
    for suffix in ("ها", "هم", "ه", "ات", "ين", "ون", "يه", "ي"):
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            out.append(base[: -len(suffix)])
            break
    if len(base) >= 4 and base[0] in "يتن":
        core = out[-1][1:] if out[-1].startswith(base[0]) else base[1:]
        if len(core) >= 3:
            out.append(core)
    return out


def polarity_at(doc: Doc, k: int) -> int:
    """The polarity a word lends, turned round by a negation right before it ("لا يمثل", "غير مبرر")."""
    value = word_polarity(doc[k].text)
    if value:
        p = k - 1
        while p >= 0 and doc[p].is_space:
            p -= 1
        negation = lexicon.function_words().negation
        if p >= 0 and any(normalize(stem) in negation for clitic, stem in clitic_variants(doc[p].text) if clitic in ("", "و", "ف")):
            value = -value
    return value


def target_stances(doc: Doc, targets: list[tuple[str, Candidate]], c_start: int, c_end: int,
                   prior: str) -> dict[str, str]:
    """{target key: positive | negative | neutral} for the (key, first mention) pairs of a statement.
    For each target: the act's prior for the first one when the act is evaluative, else the words
    around the target, else (for the first target) the words of the whole content."""
    out: dict[str, str] = {}
    inside = {t.i for _, c in targets for t in doc[c.i:c.j]}
    content = sum(polarity_at(doc, k) for k in range(c_start, c_end) if k not in inside and not doc[k].is_space)
    for n, (key, c) in enumerate(targets):
        if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS:
            out[key] = "negative"
            continue
        lo, hi = max(c_start, c.i - WINDOW), min(c_end, c.j + WINDOW)
        score = sum(polarity_at(doc, k) for k in range(lo, hi) if not doc[k].is_space and k not in inside)
        if prior != "neutral" and n == 0:
            out[key] = prior
        elif score:
            out[key] = "positive" if score > 0 else "negative"
        elif n == 0 and content:
            out[key] = "positive" if content > 0 else "negative"
        else:
            out[key] = prior if n == 0 else "neutral"
    return out
