"""A person named right after "one of" and the class of persons it picks from: "وقال أحد منظمي المؤتمر
فلان فلان إن", "وقالت إحدى الناجيات فلانة فلان:".

The phrase "أحد + plural noun" is a group in the subject slot ("وقال أحد السكان"); when a name of two
words or more stands right after the description and what was said follows at once, the name is the one
person the phrase describes, in apposition. The description is a definite noun ("المحامين") or a noun in
construct with a definite one ("موقعي النداء"), with its definite adjectives and up to two phrases in في
or من ("المشاركين في الاجتماع"); the name ends where names end (names.name_end)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_function_word, is_name_like, text_of, word_count
from .base import (COMPLEMENTIZERS, PLURAL_ENDINGS, Candidate, known_entity_at, positions, skip_space, span_chars,
                   token_infos)
from .names import name_end

ONE_OF = lexicon.function_words().one_of
# the prepositions of a description's phrase: "المشاركين في الاجتماع", "الناجين من الحادث"
DESCRIPTION_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "من"))
SAID_NEXT = frozenset({":", "،", ","})


def one_of_candidates(doc: Doc) -> list[Candidate]:
    """Persons named in apposition to "one of <a class of persons>", before what they said."""
    info = token_infos(doc)
    out: list[Candidate] = []
    for i in positions(doc, ONE_OF):   # the few tokens that read "one of", from the per-Doc readings
        if info[i].norm not in ONE_OF:
            continue   # a clitic reading only ("وأحد", "لإحدى"): no subject slot of a speech verb
        start = described_name_start(doc, i)
        if start is None or start >= len(doc) or doc[start].text.startswith(("ال", "و")) \
                or known_entity_at(doc, start, ("Person", "Place", "Organization")) is not None:
            continue
        end = name_end(doc, start)
        after = skip_space(doc, end)
        if word_count(doc, start, end) < 2 or after >= len(doc) \
                or not (doc[after].text in SAID_NEXT or normalize(doc[after].text) in COMPLEMENTIZERS):
            continue
        s, e = span_chars(doc, start, end, 0)
        out.append(Candidate(start, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject"))
    return out


def described_name_start(doc: Doc, i: int) -> int | None:
    """Where a name would stand after "one of" at token i and the class of persons it describes."""
    return _description_end(doc, skip_space(doc, i + 1))


def _description_end(doc: Doc, k: int) -> int | None:
    """Where the class of persons after "one of" ends: a definite noun, or a noun in construct with a
    definite one, then definite adjectives and up to two phrases in في / من; None when no such noun."""
    if k >= len(doc) or not doc[k].text.startswith("ال"):
        nxt = skip_space(doc, k + 1)
        if k >= len(doc) or is_function_word(doc[k]) or nxt >= len(doc) or not doc[nxt].text.startswith("ال") \
                or (is_name_like(doc[k]) and not normalize(doc[k].text).endswith(PLURAL_ENDINGS)):
            return None
        k = nxt   # "موقعي النداء", "موظفات الشركة": a plural noun in construct, its complement definite
    k = _definite_words_end(doc, k)
    for _ in range(2):
        nxt = skip_space(doc, k + 1) if k < len(doc) else k
        if k < len(doc) and normalize(doc[k].text) in DESCRIPTION_PREPOSITIONS and nxt < len(doc) \
                and doc[nxt].text.startswith("ال"):
            k = _definite_words_end(doc, nxt)
    return skip_space(doc, k)


def _definite_words_end(doc: Doc, k: int) -> int:
    """Past the definite words from k on (a noun and its adjectives)."""
    while k < len(doc) and doc[k].text.startswith("ال") and not is_function_word(doc[k]):
        k = skip_space(doc, k + 1)
    return k
