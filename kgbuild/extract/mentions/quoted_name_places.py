"""A place's name inside the quoted name of something else: a paper, a party, a gang, a campaign.

News quotes the short name of an outlet, a party or a movement that holds a place's name beside foreign words
or a definite word that is no adjective ("صحيفة «تونس الآن»", 'حركة "بيروت الغد"', 'عصابة "ذئاب بيروت"'): the
quote marks close the whole name, and the place in it is no place the article speaks of. A place that fills the
quote marks by itself ("«القدس»"), quoted with another place or a place's head ("«جزر X»"), with a preposition
on it or beside an adjective or a verb (words said of it: "«صديق لـX»", "«X قوية»", "«X الموحدة»"), keeps
its reading."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import QUOTE_CHARS, is_name_like, is_non_name_form, is_quote_text, prev_word, tokens_of, words_where
from .base import ADJECTIVE_ENDINGS, PLACE_HEADS, Candidate, known_entity_at
from .place_verbs import reads_as_past_verb
from .quoted_names import quoted_name_end

# a quoted name is short; a longer quote is what someone said, where a place keeps its reading
QUOTED_NAME_WORDS = 4
# "«X التي ...»": a relative pronoun opens a clause of words said
RELATIVES = lexicon.function_words().relative
# readings that found the place by its name alone: a place head's reading spans the head it read
NAME_SOURCES = ("gazetteer", "ner", "propagated")


def place_inside_quoted_name(doc: Doc, c: Candidate) -> bool:
    """Is the Place c, with no clitic on it, a part, not the whole, of a run of 2 to 4 words in quotation marks
    whose other words are words of a name: foreign ones, or definite words that are no adjective?"""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if c.type != "Place" or c.source not in NAME_SOURCES or c.start != toks.starts[c.i]:
        return False   # (a preposition on the place, "«صديقة لـX»", makes a phrase of words said)
    if not words_where(doc, is_quote_text):
        return False   # (most articles quote no name: no quotation mark to look back for)
    opening = _opening_quote(doc, c.i)
    if opening is None:
        return False
    end = quoted_name_end(doc, opening + 1, QUOTED_NAME_WORDS)
    if end <= opening + 1 or end < c.j:
        return False
    words = [k for k in range(opening + 1, end) if not toks.spaces[k]]
    others = [k for k in words if not c.i <= k < c.j]
    return bool(others) and all(_name_word(doc, k) and not _place_word(doc, k) for k in others)


def _opening_quote(doc: Doc, i: int) -> int | None:
    """The quotation mark at most three words before token i, with only words between."""
    texts = tokens_of(doc).texts   # (read off the kept lists: asked before every name word, doc[p] builds a Token)
    k = i
    for _ in range(QUOTED_NAME_WORDS):
        p = prev_word(doc, k)
        if p is None:
            return None
        if texts[p] in QUOTE_CHARS:
            # an opening mark is written on the word after it; one with a space after closes a quote before
            return p if not doc[p].whitespace_ else None
        if not texts[p].isalpha():
            return None
        k = p
    return None


def _name_word(doc: Doc, k: int) -> bool:
    """A word of a quoted name beside a place's: a foreign word, or a definite word that is no adjective (a
    phrase said describes the place: "«X الموحدة»", "«X قوية»") and no relative pronoun (it opens a clause said).
    A definite adverb of time ends many papers' and parties' names ("«X اليوم»", "«X الآن»")."""
    t = doc[k]
    if reads_as_past_verb(t.text) or is_non_name_form(t.text):
        return False   # "«X بدأت تتعافى»", "«لمحاسبة X»": words said of it, a verb or a preposition's noun
    if t.text.startswith("ال"):
        return normalize(t.text) not in RELATIVES and not _definite_adjective_shaped(t.text)
    return is_name_like(t)


def _definite_adjective_shaped(text: str) -> bool:
    """"الموحدة", "الجديدة", "العربي": a relative adjective, or a participle of the derived forms in ة."""
    return text.endswith(ADJECTIVE_ENDINGS) or text.endswith("ية") or (text.startswith("الم") and text.endswith("ة"))


def _place_word(doc: Doc, k: int) -> bool:
    """Another place's name or a place's head noun (a list of places, "«جزر X»", is quoted places)."""
    if known_entity_at(doc, k, ("Place",)) is not None:
        return True
    return any(normalize(stem) in PLACE_HEADS for _, stem in clitic_variants(doc[k].text))
