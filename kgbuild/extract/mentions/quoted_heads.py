"""A body's name set whole in quote marks whose head is a noun of a unit or a bloc that is an ordinary noun too
("«قوة الحماية الخاصة»", "«تكتل النهضة والبناء»", "«خلية تنسيق العمل»"): unquoted, "قوة الاقتصاد" is strength
and "تكتل السكان" a crowding, so such a noun is no head of org_heads.tsv; but quotes that open on it, with no
article, and close right where its genitive chain ends set the words apart as a name. With the article and an
adjective ("«القوة المفرطة»") the quotes are as often a description quoted (excessive force), so it is left out."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import ends_in_pronoun, is_arabic_word, is_function_word, is_quote, is_time_word, words_where
from .base import Candidate, match_title, nisba_country, skip_space, span_chars

QUOTED_HEADS = lexicon.function_words().quoted_body_head
# the most words of such a name after its head: a name, not a sentence quoted
NAME_WORDS = 4


def _head_reading(text: str) -> bool:
    """words_where's test: the word is such a head, with no article."""
    return normalize(text) in QUOTED_HEADS


def _name_word(doc: Doc, q: int) -> bool:
    """A word that may stand in the name: Arabic, no function or time word, no pronoun on it, no title."""
    t = doc[q]
    return is_arabic_word(t) and not t.is_space and not is_function_word(t) and not is_time_word(t) \
        and not ends_in_pronoun(t.text) and match_title(doc, q) is None


def _chain_end(doc: Doc, k: int) -> int:
    """End of the genitive chain after an indefinite head at k ("تنسيق العمل الميداني", "الإصلاح والتغيير"):
    name words, an indefinite one only in construct with a definite one right after it."""
    q = k
    while q < len(doc) and q - k < NAME_WORDS and _name_word(doc, q):
        if not doc[q].text.startswith(("ال", "وال")) and not (q + 1 < len(doc) and doc[q + 1].text.startswith("ال")):
            break
        q += 1
    return q


def _name_end(doc: Doc, i: int) -> int | None:
    """End of the name whose head stands at i right after an opening quote, when a quote closes right after its
    genitive chain, the last word definite; None otherwise."""
    k = skip_space(doc, i + 1)
    if k >= len(doc) or k != i + 1:
        return None
    end = _chain_end(doc, k)
    if end == k or end >= len(doc) or not is_quote(doc[end]) or not doc[end - 1].text.startswith(("ال", "وال")):
        return None
    if any(ends_in_pronoun(t.text) or nisba_country(doc, m) is not None for m, t in enumerate(doc[k:end], k)):
        return None  # "«قوة أمريكية»"-like descriptions and possessions name no body
    return end


def quoted_head_candidates(doc: Doc) -> list[Candidate]:
    """One Organization per such quoted name: the head right after an opening quote mark, the closing one right
    after the name."""
    out = []
    for i in words_where(doc, _head_reading):
        if i == 0 or not is_quote(doc[i - 1]) or (end := _name_end(doc, i)) is None:
            continue
        s, e = span_chars(doc, i, end, 0)
        form = clean_surface(" ".join(t.text for t in doc[i:end] if not t.is_space))
        out.append(Candidate(i, end, s, e, form, "Organization", "org"))
    return out
