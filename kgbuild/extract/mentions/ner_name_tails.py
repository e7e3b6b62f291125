"""The family name a word-rule finder left off a name, taken back where the statistical NER reads the name on.

The title and slot finders stop a name at the first word their word tests call ordinary: a family name that is
also a word of news ("ظاهر", apparent), reads as a verb ("تامر", she orders), or is a nisba seen once outside names
("الورداني"). The NER, which reads the words around, often marks the person to the end of the name there. Where its
person starts where the finder's name does and goes one or two words further, those words are the name's, unless
one of them is plainly no name word: a function or time word, a cue, a word with a conjunction or a preposition on
it (لـ on any word: whom it was said to), a verb of the imperfect, a kin noun with a pronoun, an inflection or shape
no name takes (an accusative of a common noun or title: "سلطانا"), a known place or body, or a definite word that is
no nisba (the verb's object: "انتقد الوزير فلان علان القرار") or describes the holder ("السابق", "الثاني"); nor after
a name closed by its definite family name, nor ending on a particle ("ابن"). The NER alone runs on past names too
often (it takes the verb's object, a preposition) for its span to be trusted without these tests.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (common_words, ends_in_pronoun, function_words, has_non_name_shape, is_arabic_word, is_function_text,
                     is_inflected_common, is_known_name_word, is_name_link, is_punct, is_quote, is_time_word, ner_ents, text_of,
                     tokens_of, word_count, word_counts)
from .base import Candidate, known_entity_at, nisba_country, span_chars
from .derived_verbal_nouns import verbal_noun_after_name
from .name_words import cue_word, kin_with_pronoun

# the finders whose names end where a word test stops them (a title before, a speech verb's slot, the name
# found again); the gazetteer knows its names whole, and the NER's own name is the span itself
WORD_TEST_SOURCES = frozenset({"title", "subject", "propagated"})
TAIL_WORDS_MAX = 2    # words the NER may add past the finder's name
NAME_WORDS_MAX = 4    # words of the name with them
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
LI = "ل"
ACCUSATIVE = "ا"
ARTICLE = "ال"
NISBA = "ي"
FUTURE = "س"
IMPERFECT = "ي"   # the imperfect's prefix of the third person masculine: "يوسع", "يتعهد"
# the imperfect's prefix of the feminine (and of the second person): a cue so spelled may be a name ("تامر"),
# the NER reading it inside one; a verb the NER runs on to after a name is a perfect ("نفى") far more often
FEMININE_IMPERFECT = "ت"
# "السابق", "الحالي", "الثاني": words that describe a title holder or number a namesake, after the name
DESCRIBING_WORDS = lexicon.function_words().title_modifier | lexicon.function_words().regnal_ordinal


def _preposition_on_a_word(text: str) -> bool:
    """"بالقمة", "لموقع", "بوجود": بـ, لـ or كـ written on the article or on a word ANERcorp saw (no given name,
    no function word after it: a family name is no بـ on a function word)."""
    if not text.startswith(PREPOSITIONS) or len(text) < 4:
        return False
    stem = normalize(text[1:])
    return text[1:].startswith(ARTICLE) or text.startswith("لل") or (
        stem in word_counts() and not is_known_name_word(stem) and stem not in lexicon.given_names()
        and not is_function_text(text[1:]))


def _imperfect_verb(norm: str) -> bool:
    """"سيلتقي", "يوسع": the future's سـ or the imperfect's يـ on a word no list gives as a name ("يوسف")."""
    return len(norm) >= 4 and (norm.startswith((FUTURE + "ي", FUTURE + "ت", FUTURE + "ن")) or norm.startswith(IMPERFECT)) \
        and norm not in lexicon.given_names() and not is_known_name_word(norm)


def _tail_word(doc: Doc, k: int) -> bool:
    """Token k, inside the NER's person past the finder's name, may be a word of the name."""
    t = doc[k]
    text = tokens_of(doc).texts[k]
    norm = normalize(text)
    if t.is_space or is_punct(t) or is_quote(t) or not is_arabic_word(t) or len(norm) < 3:
        return False
    if norm in function_words() or is_time_word(t) or ends_in_pronoun(text):
        return False   # (a function word read whole, not بـ on one, when the NER reads it in a name)
    if cue_word(text) and not text.startswith(FEMININE_IMPERFECT):
        return False   # "فلان نفى": the verb after its subject ("تامر" may be a verb of the feminine or a name)
    if text.startswith(CONJUNCTIONS) and not is_known_name_word(norm):
        return False   # "فلان وعلان", "فلان فنفى": the next name or the next clause
    if _preposition_on_a_word(text) or _imperfect_verb(norm) or kin_with_pronoun(text):
        return False   # ("ابن أخيه": whose kin the named one is)
    if text.startswith(LI) and norm not in lexicon.given_names() and not is_known_name_word(norm):
        return False   # "قال فلان الفلاني لمجلة إن": whom it was said to, a word ANERcorp never saw though it be
    if norm.endswith(ACCUSATIVE) and (norm[:-1] in common_words() or ARTICLE + norm[:-1] in lexicon.titles()) \
            and norm not in lexicon.given_names():
        return False   # "نصب الأمير فلان سلطانا": the office he was made to hold, in the accusative
    if has_non_name_shape(norm) or is_inflected_common(norm, text) or verbal_noun_after_name(doc, k):
        return False   # "تأجيل", "تسجيلا", "إسقاط الدعاوى": a verbal noun or an accusative, the verb's object
    if known_entity_at(doc, k, ("Place", "Organization")) is not None or norm in lexicon.org_heads():
        return False   # "طوكيو", "بنك": the verb's object, a place or a body
    if text.startswith(ARTICLE):
        # "الورداني", not "القرار"; nor a word that describes the holder ("السابق") or an ordinal ("الثاني")
        return text.endswith(NISBA) and nisba_country(doc, k) is None and norm not in DESCRIBING_WORDS
    return True


def _closed_by_a_definite_word(doc: Doc, c: Candidate) -> bool:
    """The name's last word has the article: an Arabic name closes with its definite family name ("فلان الفلاني")."""
    last = max(k for k in range(c.i, c.j) if not doc[k].is_space)
    return c.j - c.i > 1 and tokens_of(doc).texts[last].startswith(ARTICLE)


def names_the_ner_reads_on(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen persons, each one a word test ended taken to the end of the NER's person that starts with it, when
    one or two words more and each may be a name's (_tail_word), none chosen for another mention."""
    people = {s: e for s, e, label in ner_ents(doc) if label == "PERS"}
    if not people:
        return chosen
    taken = {k for c in chosen for k in range(c.i, c.j)}
    out = []
    for c in chosen:
        end = people.get(c.i, 0)
        if c.type == "Person" and c.source in WORD_TEST_SOURCES and c.key is None and end > c.j \
                and not _closed_by_a_definite_word(doc, c) \
                and 1 <= word_count(doc, c.j, end) <= TAIL_WORDS_MAX and word_count(doc, c.i, end) <= NAME_WORDS_MAX \
                and not taken & set(range(c.j, end)) \
                and all(_tail_word(doc, k) for k in range(c.j, end) if not doc[k].is_space) \
                and not is_name_link(tokens_of(doc).texts[end - 1]):   # ("فلان ابن": a name ends with no particle)
            e = span_chars(doc, c.i, end, 0)[1]
            c = replace(c, j=end, end=e, form=clean_surface(text_of(doc)[c.start:e]))
        out.append(c)
    return out
