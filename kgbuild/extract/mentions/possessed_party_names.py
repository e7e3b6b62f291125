"""A party's name in quote marks right after "his/her party" ("حزبه «فلانيا»", "حزبها «فلان الجديد»"): the class noun
with a possessive pronoun ties the party to a person named before, and the quoted words are its own name. The head
noun is the possessed one, so no head-noun pattern reads the name; the quote marks make it one, as after "حزب"."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import PRONOUN_SUFFIXES, TANWEEN_FATH, is_arabic_text, is_function_word, is_quote, text_of, words_where
from .base import Candidate, known_entity_at, skip_space, span_chars
from .name_spans import accusative_common_noun
from .name_words import cue_word
from .quoted_names import quoted_name_end

# "حزب", "كتلة": the class nouns a party's own name stands in apposition to
PARTY_CLASS_NOUNS = lexicon.function_words().party_class_noun
# a party's name, not a slogan or a quotation: a few words
NAME_WORDS = 4
# the future's سـ on the imperfect ("سيقود", "ستبقى"): a verb, what the party will do, no name
FUTURE_PREFIXES = ("سي", "ست", "سن", "سأ")
# a preposition on a definite noun ("للحوار", "بالإصلاح"): a complement of what was said, no word of a name
PREPOSITION_ON_DEFINITE = ("لل", "بال", "كال")


@lru_cache(maxsize=131072)   # kept per word: asked of every Arabic word of every Doc, each a dozen clitic readings
def possessed_party(text: str) -> bool:
    """"حزبه", "لحزبها", "كتلتهم": a party's class noun with a possessive pronoun (and any proclitic)."""
    # (the readings of the word less a suffix only for the suffixes it ends with: read for every suffix, each
    # word's first test cost four clitic readings of cut words that no test needs)
    return any(normalize(stem) in PARTY_CLASS_NOUNS
               for suffix in PRONOUN_SUFFIXES if text.endswith(suffix)
               for _, stem in clitic_variants(text[:-len(suffix)]))


def _may_be_possessed_party(text: str) -> bool:
    """words_where's test for possessed_party_name_candidates: an Arabic word that is a possessed party noun."""
    return is_arabic_text(text) and possessed_party(text)


def possessed_party_name_candidates(doc: Doc) -> list[Candidate]:
    """Organizations named by the quoted words right after a possessed party noun: no function word among them
    (a quotation says something), no known name (the tables name it already)."""
    out: list[Candidate] = []
    # (only the words that are such a noun: the Doc's words are put to the test once, see words_where)
    for i in words_where(doc, _may_be_possessed_party):
        if i >= len(doc) - 2:
            break
        k = skip_space(doc, i + 1)
        if k >= len(doc) or not is_quote(doc[k]):
            continue
        end = quoted_name_end(doc, k + 1, NAME_WORDS)
        words = [t for t in doc[k + 1:end] if not t.is_space]
        if not words or any(not _name_word(doc, t.i) for t in words) \
                or known_entity_at(doc, k + 1, ("Place", "Person", "Organization")) is not None:
            continue
        s, e = span_chars(doc, k + 1, end, 0)
        name = clean_surface(text_of(doc)[s:e])
        out.append(Candidate(k + 1, end, s, e, name, "Organization", "org"))
    return out


def _name_word(doc: Doc, k: int) -> bool:
    """A word a party's quoted name may hold: no function or cue word, no verb in the future, no accusative (the
    object of what was said: "تفويضا"), no preposition on a definite noun."""
    text = doc[k].text
    return not (is_function_word(doc[k]) or cue_word(text) or TANWEEN_FATH in text or accusative_common_noun(doc, k)
                or len(text) >= 5 and text.startswith(FUTURE_PREFIXES) or text.startswith(PREPOSITION_ON_DEFINITE))
