"""One-word body guesses of the statistical NER that are the adjective of the definite noun before them.

A club or party may be named by a definite relative adjective alone (a sports club "the National", "the
Popular"), and the NER, trained on such names, tags the adjective wherever it stands. Right after a definite
common noun it agrees with ("the civil peace", "the national dialogue") the word describes that noun: no body.
The noun must be no head of a body ("the bank", "the club" with it is the body's full name) and no name."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import is_arabic_word, is_function_word
from .base import Candidate, is_nisba, known_entity_at, match_title


def adjective_of_the_noun_before(doc: Doc, c: Candidate) -> bool:
    """Is the one-word Organization guess c, definite, shaped as a relative adjective and with no clitic, right
    after a definite common noun (no body's head, title, function word or known name) that it describes?"""
    if c.type != "Organization" or c.j - c.i != 1 or c.key is not None or c.i == 0:
        return False
    text = doc[c.i].text
    if c.start != doc[c.i].idx or not text.startswith("ال") or not is_nisba(text):
        return False
    p = c.i - 1
    if doc[p].is_space or doc[p].whitespace_ == "":
        return False
    prev = doc[p].text
    if not (prev.startswith("ال") and is_arabic_word(doc[p])) or is_function_word(doc[p]) or is_nisba(prev):
        return False
    heads = lexicon.org_heads()
    return normalize(prev[2:]) not in heads and normalize(prev) not in heads and match_title(doc, p) is None \
        and known_entity_at(doc, p, ("Place", "Organization", "Person")) is None
