"""A movement named by a cardinal and the noun it counts ("حركة <أربع> <رايات>", "تنظيم <ثلاث> <ألوية>"): after a
movement's head noun an indefinite cardinal and its counted noun are no description of the head (a movement is no
number of things) but its name, which the head-noun chain stops before (a number opens no genitive there)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import is_arabic_text, is_arabic_word, is_function_word, words_where
from .base import Candidate, skip_space, span_chars

# "حركة", "تنظيم", "جماعة": heads that name a movement by the rest of its name
MOVEMENT_HEADS = lexicon.function_words().movement_head
# cardinals in words ("خمس", "ثلاثة"); not the words of a rough crowd ("آلاف", "عشرات"), which count people
CARDINALS = lexicon.function_words().number - lexicon.function_words().crowd_number


def _may_open(text: str) -> bool:
    """A movement head noun, indefinite, with a proclitic or none ("وحركة", "لحركة")."""
    return is_arabic_text(text) and any(normalize(stem) in MOVEMENT_HEADS for _, stem in clitic_variants(text))


def _counted_noun(doc: Doc, k: int) -> bool:
    """Token k an indefinite Arabic noun a cardinal may count: no article, no function word, no number itself."""
    t = doc[k]
    return is_arabic_word(t) and not t.text.startswith("ال") and not is_function_word(t) \
        and normalize(t.text) not in lexicon.function_words().number


def counted_name_candidates(doc: Doc) -> list[Candidate]:
    out = []
    for i in words_where(doc, _may_open):
        k = skip_space(doc, i + 1)
        if k >= len(doc) or k > i + 1 or normalize(doc[k].text) not in CARDINALS:
            continue
        q = skip_space(doc, k + 1)
        if q >= len(doc) or q > k + 1 or not _counted_noun(doc, q):
            continue
        clitic = next((c for c, stem in clitic_variants(doc[i].text) if normalize(stem) in MOVEMENT_HEADS), "")
        s, e = span_chars(doc, i, q + 1, len(clitic))
        words = [doc[i].text[len(clitic):], doc[k].text, doc[q].text]
        out.append(Candidate(i, q + 1, s, e, clean_surface(" ".join(words)), "Organization", "org"))
    return out
