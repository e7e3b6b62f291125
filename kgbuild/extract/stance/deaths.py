"""A death announced: "أعلن وفاة الزعيم التاريخي X عن 95 عاما", "توفي X بسلام في قصره".

News tells a death as a fact: the epithets of the one who died ("التاريخي", "الكبير") and the manner of the
death ("بسلام") are the writer's formula, no stance of the one who announces it. Praise of the dead is said by
acts of mourning or condolence (their cue judges), or by words of loss (mourning.py), not by the bare report."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import tokens_of
from .words import first_word

DEATH_CLITICS = ("", "و", "ب")   # glued on the word of death that opens the content ("بوفاة", "وتوفي")
DEAD_SPAN = 6                    # words from the word of death to the person at most (titles and epithets between)


def death_told(doc: Doc, c: Candidate, c_start: int, persons: Collection[int]) -> bool:
    """Is mention c the first person (of the mention starts `persons`) named within DEAD_SPAN words after a word of
    death (function_words death_word: "وفاة", "توفي") that opens the content, with no punctuation between? (Not one
    named after the dead: "وفاة X وتقدم نجله Y" tells Y's succession.)"""
    if c.type != "Person":
        return False
    toks = tokens_of(doc)
    first = first_word(doc, c_start)
    if first >= c.i or not any(clitic in DEATH_CLITICS and normalize(stem) in lexicon.function_words().death_word
                               for clitic, stem in clitic_variants(toks.texts[first])):
        return False
    between = [k for k in range(first + 1, c.i) if not toks.spaces[k]]
    return len(between) <= DEAD_SPAN and not any(toks.punct[k] or k in persons for k in between)
