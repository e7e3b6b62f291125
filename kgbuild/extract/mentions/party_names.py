"""A party named by one indefinite word after its head, described by a relative adjective ("حزب نهضة
الوطني"): the head and the word name it without the adjective too."""
from __future__ import annotations

from spacy.tokens import Doc

from ..words import is_arabic_word, is_function_word
from .base import is_nisba, nisba_country


def party_name_before_adjective(doc: Doc, kind: str | None, definite: bool, k: int, end: int) -> str | None:
    """"حزب نهضة الوطني": a party's head, one indefinite word that names it and a relative adjective
    that agrees with the head (the party described as national, Islamic, democratic): the head and
    the word name the party without the adjective too. The word, else None."""
    if kind != "party" or definite or end - k != 2 or not is_arabic_word(doc[k]) \
            or doc[k].text.startswith(("ال", "و")) or is_function_word(doc[k]):
        return None
    adjective = doc[k + 1].text
    return doc[k].text if adjective.startswith("ال") and is_nisba(adjective) and not is_function_word(doc[k + 1]) \
        and nisba_country(doc, k + 1) is None else None
