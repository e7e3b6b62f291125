"""European family particles of two words ("دو لا", "فان دير"): a person's name runs through them to
the family name ("جان لوك دو لا روش"), though the second word alone is a function word (لا, the
negation) or an ordinary one (دير, a monastery) where a name would otherwise end."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import is_function_text, prev_word, tokens_of
from .base import skip_space


COMPOUND_PARTICLES = lexicon.function_words().compound_particle   # "دو لا", "فان دير"
# their first words: a word no particle opens with is let go before the two-word string is built
COMPOUND_PARTICLE_FIRSTS = frozenset(pair.split(" ", 1)[0] for pair in COMPOUND_PARTICLES)


def compound_particle_at(doc: Doc, k: int) -> int | None:
    """The family name after a two-word particle whose first word is token k ("دو لا روش"): its token, or None."""
    toks = tokens_of(doc)   # (asked at most words: the token lists, not doc[k], which builds a Token)
    first = normalize(toks.texts[k])
    if first not in COMPOUND_PARTICLE_FIRSTS:
        return None
    second = skip_space(doc, k + 1)
    if second >= len(doc) or f"{first} {normalize(toks.texts[second])}" not in COMPOUND_PARTICLES:
        return None
    family = skip_space(doc, second + 1)
    if family >= len(doc) or not toks.arabic[family] or toks.punct[family] \
            or toks.texts[family].startswith(("و", "ال")) or is_function_text(toks.texts[family]):
        return None
    return family


def past_compound_particle(doc: Doc, i: int, j: int) -> int:
    """"جان لوك دو" or "يان" cut short at or inside a two-word particle ("دو لا", "فان دير"): the name
    goes on through it to the family name ("جان لوك دو لا روش", "يان فان دير برغ")."""
    last = prev_word(doc, j)
    # the first word of the particle after the span ("فان" read as the function word), last in it, or before last
    for first in (skip_space(doc, j), last, prev_word(doc, last) if last is not None else None):
        if first is not None and i < first < len(doc) and (family := compound_particle_at(doc, first)) is not None \
                and family >= j:
            return family + 1
    return j


def in_compound_particle(doc: Doc, i: int, k: int) -> bool:
    """Token k is a word of a two-word particle, or the family name after it, in the name from i."""
    return any(p > i and (family := compound_particle_at(doc, p)) is not None and k <= family
               for p in range(max(i + 1, k - 4), k + 1))
