"""A one-word name the article writes right after the head noun of a place, a building or a named thing ("فيروس X",
"باب X", "جامع X", "مدرسة X", "العاصفة X") is that thing's name, no person's, wherever else it stands.

A finder that guesses a person by the word's place in the sentence (the statistical NER, a speech verb's subject
slot, a title) may read such a word as a person's name once ("تعلن X حالة طوارئ", "وصفت X"); propagation then finds
it again at every recurrence, the head noun's own name among them, and the word written twice escapes the test of
lone guesses. One name has one referent in an article: a word that the article names a virus, a storm, a gate, a
mosque or a school by is that thing everywhere. A name the tables vouch for (a key, the gazetteer) or a word of a
person's longer name in the article (a family name said alone) stays a person: "مستشفى X" may be named after them.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import prev_word
from .base import PLACE_HEADS, Candidate, token_infos

# head nouns a name follows in apposition or construct: places and buildings (place_head, place_head_kept) and
# things no table of places holds (thing_head: a virus, an epidemic, a storm, a gate, a mosque, a school, a hospital)
THING_HEADS = PLACE_HEADS | lexicon.function_words().thing_head


def names_of_things(doc: Doc, found: list[Candidate]) -> set[int]:
    """ids of the one-word Person candidates whose word the article also writes, bare, right after a head noun of
    THING_HEADS (clitics on the head aside: "بفيروس X"), unless a table vouches for it as a person or it is a word
    of a person's longer name the article writes."""
    persons = [c for c in found if c.type == "Person"]
    vouched = {normalize(c.form) for c in persons if c.key or c.source == "gazetteer"}
    vouched |= {normalize(w) for c in persons if len(c.form.split()) > 1 for w in c.form.split()}
    lone = {normalize(c.form) for c in persons if c.j - c.i == 1 and len(c.form.split()) == 1} - vouched
    if not lone:
        return set()
    info = token_infos(doc)
    things = {t.norm for k, t in enumerate(info)
              if t.norm in lone and (p := prev_word(doc, k)) == k - 1 and not info[p].norms.isdisjoint(THING_HEADS)}
    return {id(c) for c in persons if c.j - c.i == 1 and normalize(c.form) in things}
