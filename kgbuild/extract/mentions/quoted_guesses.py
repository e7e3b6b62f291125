"""A one-word name only the statistical NER saw, and only inside a quotation: "«الناس خائفون»", "«في حداد»".

A quoted remark is speech, full of predicates, adjectives and verbs ("سينجح", "أوفياء", "أكاذيب") that the NER,
trained on reported news prose, reads as one-word persons and places; quoted_adjectives.py drops the adjective-shaped
persons among them. A one-word guess is no entity when every time the NER sees the word it stands inside a
quotation and no other finder has it in a name: a name the article means is written outside its quotes too (the
full name whose given name a speaker uses, "مع جمال"; a party's name with its head, "حزب X"; a "وفي <مدينة>"), and
found there. A word quoted alone ("و«X» يتصدر") is a name put in quotation marks, kept."""
from __future__ import annotations

from spacy.tokens import Doc

from ...text import normalize
from .base import Candidate, is_quoted
from .quoted_adjectives import _inside_quotes

GUESSED_TYPES = ("Person", "Place")


def _one_word_guess(c: Candidate) -> bool:
    return c.source == "ner" and c.j - c.i == 1 and c.type in GUESSED_TYPES


def _quoted_guess(doc: Doc, c: Candidate) -> bool:
    """A one-word NER guess inside a quotation, not quoted alone."""
    return _one_word_guess(c) and _inside_quotes(doc, c.i) and not is_quoted(doc, c.i, c.j)


def without_quoted_guesses(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The candidates less the one-word NER guesses whose word the NER sees only inside quotations and no
    other candidate holds among the words of its name."""
    quoted = [c for c in chosen if _quoted_guess(doc, c)]
    if not quoted:
        return chosen
    seen: set[str] = set()
    for c in chosen:
        if not _quoted_guess(doc, c):
            seen.update(normalize(c.form).split())
    drop = {id(c) for c in quoted if normalize(c.form) not in seen}
    return [c for c in chosen if id(c) not in drop]
