"""A centre or complex named for trade, shopping, conferences, exhibitions, medicine or sport ("مركز X التجاري",
"مركز المؤتمرات الدولي", "مجمع X الطبي", "مركز X لكرة القدم"): a building or grounds people go to, where things happen,
a place; the head nouns مركز and مجمع otherwise open bodies ("مركز الدراسات", "مجمع الكرادلة")."""
from __future__ import annotations

from ... import lexicon
from ...text import normalize

VENUE_HEADS = lexicon.function_words().venue_head
VENUE_COMPLEMENTS = lexicon.function_words().venue_complement


def venue_name(form: str) -> bool:
    """Does the name open with a venue's head and hold a word of what the venue is for after it?"""
    words = normalize(form).split()
    return len(words) >= 2 and words[0] in VENUE_HEADS and any(w in VENUE_COMPLEMENTS for w in words[1:])
