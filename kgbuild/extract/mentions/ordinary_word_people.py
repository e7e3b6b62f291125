"""One-word people that are ordinary words: a finder that reads the word after a title or before a speech
verb as a name ("طالبوا بإقالة الوزير ومعاقبة ...", "أعلن الرئيس إدانته") may take a noun, verbal noun or
verb of news for it. Where the statistical NER, reading the words around, saw no person there, a word in a
shape no name takes tells it."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import tokens_of, PRONOUN_SUFFIXES, is_known_name_word
from .base import Candidate, known_entity_at

# the finders whose one-word names are read off the words around them (a title before, a verb after), not
# off a list of names or the statistical NER
WORD_RULE_SOURCES = frozenset({"title", "subject"})
# a conjunction or a preposition glued on a word
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


def _non_name_shape(text: str) -> str | None:
    """Why a word, standing alone for a name, is none: a feminine noun whose ة is written ت before a
    possessive ("إدانته"), و or ف on a feminine noun ("ومعاقبة") or on a dual in the construct
    ("ووزارتي"), a preposition on a noun with a possessive ("بفرعيه"), a past verb of a plural subject
    ("ساندوا"). (No ات: "فرحات", "بركات" are family names.)"""
    norm = normalize(text)
    if len(norm) < 5:
        return None
    if any(norm.endswith("ت" + s) for s in PRONOUN_SUFFIXES):
        return "ta_marbuta_before_pronoun"
    if norm[0] in CONJUNCTIONS and norm.endswith(("ه", "تي")):
        return "conjunction_on_noun"
    if len(norm) >= 6 and norm[0] in PREPOSITIONS and norm.endswith(("يه", "يها", "يهم")) and not norm.endswith("ييه"):
        return "preposition_on_possessed_noun"   # (ييه writes a French -ier, -ié: "بارنييه" is a name)
    if len(norm) <= 6 and norm.endswith("وا"):
        return "plural_verb"   # a stem of three or four letters: a longer word in وا is an African name
    return None


def ordinary_word_as_person(doc: Doc, c: Candidate, ner_people: set[int]) -> bool:
    """Candidate c is a person named by one word in a shape no name takes, which the NER did not read as
    a person (ner_people: the tokens of its people); no given name a list knows, no word ANERcorp's
    annotators mostly found inside names, no person the lexicon knows."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if c.type != "Person" or c.source not in WORD_RULE_SOURCES:
        return False
    words = [k for k in range(c.i, c.j) if not toks.spaces[k]]
    if len(words) != 1 or words[0] in ner_people:
        return False
    text = toks.texts[words[0]]
    norm = normalize(text)
    if norm in lexicon.given_names() or is_known_name_word(norm) \
            or known_entity_at(doc, words[0], ("Person",)) is not None:
        return False
    return _non_name_shape(text) is not None
