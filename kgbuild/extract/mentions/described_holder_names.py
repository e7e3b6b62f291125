"""A title holder's name past the rest of the title's description, where the title finder stopped reading it.

"وقال القيادي في تحالف الأحزاب المدنية فلان علان إن", "وسارع زعيم حركة سبعة أقمار فلان علان إلى", "ويرى المحلل
السياسي الفلاني فلان علان أن": the title finder (titles.py) reads the title's complement word by word (a known
body, a body's head and chain, a nationality, a place it is posted at) and stops at the first word it cannot
read; a name that starts further on is then read as no one's, and the statement loses its speaker.

A title's description is made of ordinary words of news (its field, the body's head nouns and adjectives), definite
words, places and bodies the tables know, في/لدى and short names in brackets or quotes. The first word past such
words that no sentence of news holds as an ordinary word opens the holder's name when a name of two words or more
reads from it (names.name_end), when a verb of saying stands before the title (the reading is for speakers): the
words of a name are not the words of a description. Nothing that opens
another phrase may stand before it: another title, a known person, punctuation, a particle, a verb of saying, a
number. Right after a body's or a place's indefinite head noun the word is the body's or place's own name
("حزب فلانيا", "منطقة فلانيا"), so the reading stops there.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import (ends_in_pronoun, function_words, is_arabic_word, is_function_word, is_name_link, is_ordinary_word, is_time_word,
                     name_like_at, prev_word, tokens_of, word_count, word_counts)
from .base import (COMPLEMENTIZERS, PLACE_HEADS, POSTED_AT, known_entity_at, known_place_or_body_ends_at, match_title,
                   skip_space)
from .name_words import cue_word, no_name_word
from .names import name_end

DESCRIPTION_REACH = 10   # words of a title's description the reading goes through before giving up
NAME_WORDS_MIN = 2       # a name of one word past a description may be a word of it no list knows
SHORT_NAME_TOKENS = 6    # tokens of a body's short name in brackets or quotes, the marks included
CLOSING = {"(": ")", "«": "»", '"': '"', "“": "”"}
# the article, alone or after a proclitic: a definite word describes, no name of a person opens so
DEFINITE_OPENINGS = ("ال", "وال", "بال", "لل", "فال", "كال")
BODY_TYPES = ("Place", "Organization")
PREPOSITION_CLITICS = ("ل", "ب")   # on the word after a description: the addressee, an adjunct


def name_past_description(doc: Doc, i: int, k: int) -> int:
    """Start of the holder's name past the words of the title's description from token k (where the title at i
    was read up to); k when no name of NAME_WORDS_MIN words or more opens past ordinary words of a description."""
    toks = tokens_of(doc)   # (read off the per-Doc lists: doc[k] builds a Token)
    q, words, closed = skip_space(doc, k), 0, False
    while q < len(doc) and words < DESCRIPTION_REACH:
        text = toks.texts[q]
        if (close := CLOSING.get(text)) is not None:
            q = _past_closing(doc, q, close)
            if q is None:
                return k
            words, closed = words + 1, True
            continue
        if toks.punct[q] or toks.like_num[q] or not toks.arabic[q] or "\n" in text:
            return k
        known = known_entity_at(doc, q, BODY_TYPES)
        if known is not None:
            q, words, closed = skip_space(doc, known[0]), words + 1, True
            continue
        if match_title(doc, q) is not None or known_entity_at(doc, q, ("Person",)) is not None:
            return k   # another holder's title, or a person the lexicon knows: another phrase
        norm = normalize(text)
        if norm in COMPLEMENTIZERS or cue_word(text) or is_time_word(doc[q]) \
                or (is_function_word(doc[q]) and norm not in POSTED_AT):
            return k
        if text.startswith("ال") and name_end(doc, q) > q:
            return k   # "الأمير الفلان بن علان": a name with the article on its first word, the title finder's to read
        if q > k and closed and not text.startswith(DEFINITE_OPENINGS) and rare_words_name_end(doc, q) > q:
            return q   # "للحزب الفلاني نبيلة فلان إن": a given name that is a rare word too (read by the title finder)
        if text.startswith(DEFINITE_OPENINGS) or not name_like_at(doc, q):
            # a description closes on a definite word; after an indefinite word the next is its complement in
            # construct ("مخاوف جيل"), no name
            closed = text.startswith(DEFINITE_OPENINGS)
            q, words = skip_space(doc, q + 1), words + 1
            continue
        return q if q > k and closed and _name_opens_at(doc, q) else k
    return k


def _past_closing(doc: Doc, q: int, close: str) -> int | None:
    """The token past the closing mark of the short name opened at q (within SHORT_NAME_TOKENS); None without one."""
    texts = tokens_of(doc).texts
    for p in range(q + 1, min(len(doc), q + SHORT_NAME_TOKENS)):
        if texts[p] == close:
            return skip_space(doc, p + 1)
    return None


def _name_opens_at(doc: Doc, q: int) -> bool:
    """A person's name of NAME_WORDS_MIN words or more reads from token q, and the word before it is no indefinite
    head noun of a body or a place (whose own name q would be) and no word on which a preposition stands."""
    toks = tokens_of(doc)
    p = prev_word(doc, q)   # (a word of the description stands before q)
    before = normalize(toks.texts[p])
    if not toks.punct[p] and (before in lexicon.org_heads() or before in PLACE_HEADS
                              or (before[:1] in ("ل", "ب") and before[1:] in lexicon.org_heads())):
        return False
    text = toks.texts[q]
    if text.startswith("و") or known_entity_at(doc, q, BODY_TYPES) is not None or not is_arabic_word(doc[q]):
        return False
    if text.startswith(PREPOSITION_CLITICS) and normalize(text) not in lexicon.given_names():
        return False   # "في حديث لفلانيا نيوز": whom the holder spoke to, an outlet; no given name opens with لـ so
    end = name_end(doc, q)
    # (a known person inside the run: the word before his name is a word of the description, "الجنوب فلاني")
    return word_count(doc, q, end) >= NAME_WORDS_MIN \
        and not any(known_entity_at(doc, w, ("Person",)) is not None for w in range(q + 1, end))


# Rare words as a holder's name. "وقالت الأمينة العامة للحزب الفلاني نبيلة فلان إن": many Arabic given names are
# words of news too (نبيلة "noble", هادي "calm"; وفيق with the letter و of the conjunction), and the name lists
# leave them out for that. Right after a speaking title's complete description, a word news text seldom holds, then
# one or two it (almost) never holds, then what follows a speaker's name (what was said, a comma, a particle, a
# preposition) are the holder's name: the words of an object or an adjunct that stand there instead are words of
# news ("حالة طوارئ في").
RARE_GIVEN_SEEN = 5     # the most times ANERcorp saw the first word (a given name that is a rare word too)
RARE_FAMILY_SEEN = 1    # the most times it saw each word after it (a family name: seen once at most)
RARE_NAME_WORDS = (2, 3)
PARTICLE_OPENINGS = ("ب", "ل")   # "بأن", "بالقرار", "للصحفيين": the object's or addressee's preposition on a word
KNOWN_NAME_TOKENS = 4   # tokens of the longest known place or body name a description may close on


def rare_words_name_end(doc: Doc, k: int) -> int:
    """End of a holder's name of RARE_NAME_WORDS words from token k, right after a speaking title's description: a
    first word seen RARE_GIVEN_SEEN times at most (or a given name), the others RARE_FAMILY_SEEN times at most (or
    a name of the tables; the article allowed on them, a family name's), then a closer; k otherwise."""
    toks = tokens_of(doc)
    p = prev_word(doc, k)
    if p is None or not (toks.texts[p].startswith(DEFINITE_OPENINGS) or toks.texts[p] in CLOSING.values()
                     or known_place_or_body_ends_at(doc, p, KNOWN_NAME_TOKENS)):
        return k   # (the description closes on a definite word, a closing mark or a known place or body: "الباحث
        # عن مخاوف جيل" goes on)
    words, q = [], skip_space(doc, k)
    while q < len(doc) and len(words) < RARE_NAME_WORDS[1] and _rare_name_word(doc, q, first=not words):
        words.append(q)
        q = skip_space(doc, q + 1)
    if len(words) < RARE_NAME_WORDS[0] or q >= len(doc):
        return k
    text = toks.texts[q]
    norm = normalize(text)
    # what follows a speaker's name: what was said, a comma or colon, a particle ("في بيان", "من أن", "قد"), a
    # preposition on the object or the addressee ("بالقرار", "للصحفيين"); no name word goes on after a particle
    closed = text in (":", "،", ",", "(") or norm in COMPLEMENTIZERS \
        or (norm in function_words() and not is_time_word(doc[q]) and not is_name_link(text)) \
        or (text.startswith(PARTICLE_OPENINGS) and not name_like_at(doc, q))
    return words[-1] + 1 if closed else k


def _rare_name_word(doc: Doc, q: int, first: bool) -> bool:
    """Token q may be a word of the holder's name that news text seldom holds (see rare_words_name_end)."""
    toks = tokens_of(doc)
    text = toks.texts[q]
    if toks.spaces[q] or toks.punct[q] or toks.like_num[q] or not toks.arabic[q]:
        return False
    norm = normalize(text)
    # (و on a word of news is the conjunction; a rare word in و is a given name, "وفيق": its rest no ordinary word)
    if text.startswith(("و", "ف")) and (not first or is_ordinary_word(norm[1:]) or norm[1:] in word_counts()):
        return False
    if (first and text.startswith(DEFINITE_OPENINGS)) or len(norm) < 3 or is_function_word(doc[q]) \
            or is_time_word(doc[q]) or cue_word(text) or match_title(doc, q) is not None or norm in lexicon.titles() \
            or norm in lexicon.org_heads() or norm in lexicon.groups() or no_name_word(text, first=first) \
            or (not first and ends_in_pronoun(text) and norm not in lexicon.person_names().family) \
            or known_entity_at(doc, q, BODY_TYPES) is not None:
        return False
    names = lexicon.person_names()
    if norm in names.given or norm in names.family:
        return True
    seen = word_counts().get(norm, (0, 0))[0]
    return seen <= (RARE_GIVEN_SEEN if first else RARE_FAMILY_SEEN)

