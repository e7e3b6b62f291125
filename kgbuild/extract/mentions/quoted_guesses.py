"""A name only the statistical NER saw, and only inside a quotation: "«الناس خائفون»", "«في حداد»", "«بعون الله»".

A quoted remark is speech, full of predicates, adjectives and verbs ("سينجح", "أوفياء", "أكاذيب") that the NER,
trained on reported news prose, reads as one-word persons and places; quoted_adjectives.py drops the adjective-shaped
persons among them. Such a guess is no entity when every time the NER sees the word it stands inside a
quotation and no other finder has it in a name: a name the article means is written outside its quotes too (the
full name whose given name a speaker uses, "مع جمال"; a party's name with its head, "حزب X"; a "وفي <مدينة>"), and
found there. A word quoted alone ("و«X» يتصدر") is a name put in quotation marks, kept."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from .base import Candidate, is_quoted
from .quoted_adjectives import inside_quotes

GUESSED_TYPES = ("Person", "Place")


def _guess(c: Candidate) -> bool:
    return c.source == "ner" and c.type in GUESSED_TYPES


def _quoted_guess(doc: Doc, c: Candidate) -> bool:
    """An NER guess inside a quotation, not quoted alone; of several words, one that opens with no given name the
    tables know (a speaker may name in full someone the article names nowhere else: "لحكومة لويس فلان")."""
    if not (_guess(c) and inside_quotes(doc, c.i) and not is_quoted(doc, c.i, c.j)):
        return False
    words = normalize(c.form).split()
    return len(words) == 1 or words[0] not in lexicon.given_names()


def without_quoted_guesses(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The candidates less the quoted NER guesses none of whose words another candidate holds in its name."""
    quoted = [c for c in chosen if _quoted_guess(doc, c)]
    if not quoted:
        return chosen
    seen: set[str] = set()
    for c in chosen:
        if not _quoted_guess(doc, c):
            seen.update(normalize(c.form).split())
    drop = {id(c) for c in quoted if not set(normalize(c.form).split()) & seen}
    return [c for c in chosen if id(c) not in drop]
