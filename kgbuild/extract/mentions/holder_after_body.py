"""A title holder's name right after the body the title names, read once the body is found.

"وانتقد الأمين العام للتجمع الديمقراطي الوطني بيرند فلانيك أداء الحكومة", "ونفى المتحدث باسم رابطة المزارعين
كارل علانو وجود مخالفات", "وقال أستاذ الفلسفة في جامعة المدينة ماريو فلانيو إن": the title finder
(titles.py) reads the holder's name after the title's complement only where it parses that complement itself
(a body the tables know, a body's head noun and its chain); a body another finder named (a party of adjectives,
an institute with its remit, a university with its city) leaves it stopped at the body's first word, and the
name after the body stays unread when its first word is no given name the lists know or is also a word of
news, or when an object, not what was said, follows it (after_long_title_candidates in
slot_names.py reads only up to what was said).

Once the finders' choice is made the body's end is known. Right after it (past a definite adjective or two of
the body, or its short name in brackets or quotes), a run of two or three words is the holder's name when the
first is no ordinary word of news (or is a given name the tables know) and the others are words no sentence of
ANERcorp holds or that its annotators mostly found in names, one at least never seen: the ordinary words of a
title's phrase or of a verb's object are all in the word counts, and a foreign name is not.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (TANWEEN_FATH, common_words, ends_in_pronoun, function_words, is_arabic_word, is_known_name_word,
                     is_non_name_form, is_quote, is_time_word, mostly_common_words, text_of, tokens_of, word_counts)
from .base import (POSTED_AT, TITLE_MODIFIERS, Candidate, known_entity_at, match_title, nisba_country, skip_space,
                   span_chars)
from .derived_verbal_nouns import verbal_noun_after_name
from .name_words import cue_word

TITLE_REACH = 6         # tokens from a title's first word to the body it names ("أستاذ العلوم السياسية في")
BODY_ADJECTIVES = 2     # definite adjectives a body may have after its found name ("الحاكم", "الكبير")
SHORT_NAME_TOKENS = 4   # tokens of a body's short name in brackets or quotes, the marks included
NAME_WORDS = (2, 3)     # the words of the holder's name
TITLE_LINKS = lexicon.function_words().title_link   # "باسم", "لشؤون": the body or field the title is of
BODY_TYPES = ("Organization", "Place")
CLOSING = {"(": ")", "«": "»", '"': '"', "“": "”"}


def holder_after_body_candidates(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Persons named right after a chosen body that a title names, where no chosen mention stands."""
    taken = {k for c in chosen for k in range(c.i, c.j)}
    out: list[Candidate] = []
    for body in chosen:
        if body.type not in BODY_TYPES or (title := _title_before(doc, body.i, taken)) is None:
            continue
        start = _past_body_words(doc, skip_space(doc, body.j))
        end = _name_run_end(doc, start)
        if end is None or any(k in taken for k in range(start, end)):
            continue
        s, e = span_chars(doc, start, end, 0)
        out.append(Candidate(start, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title",
                             title=title[1], title_i=title[0]))
        taken |= set(range(start, end))
    return out


def _title_before(doc: Doc, body_i: int, taken: set[int]) -> tuple[int, str] | None:
    """(first token, title as written) of a title within TITLE_REACH tokens before the body at body_i, with
    only its complement between them: definite words (its field), a title modifier, في/لدى, باسم/لشؤون; no
    punctuation and no other mention."""
    punct = tokens_of(doc).punct   # (is_punct of each token, kept: doc[t] builds a Token)
    for t in range(body_i - 1, max(-1, body_i - TITLE_REACH - 1), -1):
        if t in taken or punct[t]:
            return None
        m = match_title(doc, t)
        if m is None:
            continue
        if m[0] > body_i or all(_complement_word(doc, k) for k in range(m[0], body_i)):
            return t, m[1]   # (the title may run into the body: "رئيس حزب" before "حزب فلان الوطني")
    return None


def _complement_word(doc: Doc, k: int) -> bool:
    t = doc[k]
    norm = normalize(t.text)
    return t.is_space or (is_arabic_word(t) and (t.text.startswith("ال") or norm in POSTED_AT or norm in TITLE_LINKS
                                                 or norm in TITLE_MODIFIERS))


def _past_body_words(doc: Doc, k: int) -> int:
    """The first token from k past the body's definite adjectives and its short name in brackets or quotes."""
    for _ in range(BODY_ADJECTIVES):
        if k < len(doc) and doc[k].text.startswith("ال") and normalize(doc[k].text) in word_counts() \
                and known_entity_at(doc, k, ("Person",)) is None:
            k = skip_space(doc, k + 1)
    if k < len(doc) and (close := CLOSING.get(doc[k].text)) is not None:
        for q in range(k + 1, min(len(doc), k + SHORT_NAME_TOKENS)):
            if doc[q].text == close:
                return skip_space(doc, q + 1)
    return k


def _name_run_end(doc: Doc, start: int) -> int | None:
    """End of a run of NAME_WORDS words from start (a first word that may be a given name also seen as a word,
    then words unseen or mostly seen in names, one at least unseen), when no such word follows it; None else."""
    words: list[int] = []
    k = start
    while k < len(doc) and len(words) <= NAME_WORDS[1] and _name_word(doc, k, first=not words):
        words.append(k)
        k = skip_space(doc, k + 1)
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] \
            or all(normalize(doc[w].text) in word_counts() for w in words):
        return None   # (a fourth such word: where the name ends is unclear)
    return words[-1] + 1


def _name_word(doc: Doc, k: int, first: bool) -> bool:
    """A word of a foreign or unseen name: no article or و on it, no فـ on a word of news ("فاعتبرت"), no function, time, cue or title word, no
    nationality, pronoun suffix or accusative ending, no inflection names never take (a preposition on a noun:
    "بالرصاص", the verb's adjunct), no known place or body; the first may be a given name
    ANERcorp also saw as a word (no ordinary word of news), the others words it never saw or saw mostly in names."""
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    if t.is_space or not is_arabic_word(t) or text.startswith(("ال", "و")) or len(norm) < 2 \
            or (text.startswith("ف") and normalize(text[1:]) in word_counts()) \
            or TANWEEN_FATH in text or norm in function_words() or is_time_word(t) or cue_word(text) \
            or norm in lexicon.titles() or norm in lexicon.groups() or norm in lexicon.org_heads() \
            or ends_in_pronoun(text) or is_non_name_form(text) or nisba_country(doc, k) is not None \
            or match_title(doc, k) \
            or known_entity_at(doc, k, ("Place", "Organization")) is not None:
        return False
    if first:
        return norm in lexicon.given_names() or (norm not in common_words() and norm not in mostly_common_words())
    if verbal_noun_after_name(doc, k):
        return False   # "... فلان علان إسقاط الدعاوى": a derived verbal noun, the verb's object, no unseen name word
    return norm not in word_counts() or is_known_name_word(norm)
