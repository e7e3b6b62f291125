"""A state's airline named by "الخطوط الجوية" and its nationality ("الخطوط الجوية <nationality>", "الخطوط الجوية
الملكية <nationality>"): the two words alone are the air routes, no body; with a nationality after them (and
the adjectives of standing before it) they name that state's carrier, a company."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import is_arabic_text, is_function_word, words_where
from .base import Candidate, is_nisba, known_entity_at, nisba_country, skip_space, span_chars, two_word_nisba_at

# "الخطوط الجوية": the head of a state's airline's name, two words
AIRLINE_HEADS = lexicon.function_words().airline_head
# the adjectives that may stand between the head and the nationality ("الملكية", "العربية")
ADJECTIVE_LIMIT = 2


# the first word of each head ("الخطوط"), the word the finder reads on from
FIRST_WORDS = frozenset(normalize(h.split()[0]) for h in AIRLINE_HEADS)


def _may_open(text: str) -> bool:
    """A word that may be the first of an airline's head, with a proclitic ("للخطوط", "والخطوط")."""
    return is_arabic_text(text) and any(normalize(stem) in FIRST_WORDS for _, stem in clitic_variants(text))


def _country_named_as_adjective(doc: Doc, q: int) -> bool:
    """"السعودية": a definite word in ية that the place table holds as a country's own name, one word: after the
    airline's head it agrees as its nationality does."""
    place = known_entity_at(doc, q, ("Place",))
    return place is not None and place[0] == q + 1 and normalize(doc[q].text).endswith("يه")


def _nationality_end(doc: Doc, k: int) -> int:
    """End of the nationality closing the name from k, through up to two relative adjectives of no country
    before it ("الملكية <nationality>"); k when no nationality stands there."""
    q = k
    while q < len(doc) and q - k <= ADJECTIVE_LIMIT and doc[q].text.startswith("ال") and not is_function_word(doc[q]):
        if two_word_nisba_at(doc, q):
            return skip_space(doc, q + 1) + 1
        if nisba_country(doc, q) is not None or _country_named_as_adjective(doc, q):
            return q + 1
        if not is_nisba(doc[q].text):
            break
        q = skip_space(doc, q + 1)
    return k


def airline_candidates(doc: Doc) -> list[Candidate]:
    out = []
    for i in words_where(doc, _may_open):
        for clitic, stem in clitic_variants(doc[i].text):
            k = skip_space(doc, i + 1)
            if k >= len(doc) or normalize(f"{stem} {doc[k].text}") not in AIRLINE_HEADS:
                continue
            end = _nationality_end(doc, skip_space(doc, k + 1))
            if end > k + 1:
                s, e = span_chars(doc, i, end, len(clitic))
                words = [stem] + [t.text for t in doc[i + 1:end] if not t.is_space]
                out.append(Candidate(i, end, s, e, clean_surface(" ".join(words)), "Organization", "org"))
            break
    return out
