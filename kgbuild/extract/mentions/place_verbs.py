"""A past verb right after a place's name ("جزيرة فلانة دُمرت"، "مدينة فلانة سلموا"، "جزيرة فلانة ارتفع إلى"): the
verb of the clause, its subject the place or the sentence's, which closes the name the place head noun opened.

A place's name after its head is read word by word while the words are no ordinary words of news; a verb in the
past with the ending of its subject (ـت of the feminine, ـوا of the plural) on an ordinary stem is no word ANERcorp
holds, so it read as the name's next word; and a past verb of the derived forms (افتعل، انفعل، استفعل) before a
preposition read as a second name word that is also an ordinary word ("مدينة بير زيت"). Arabic morphology: the
ending of the subject goes on the past stem, and the derived forms' pasts have shapes no place's name takes."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from ...text import normalize
from ..words import is_known_name_word, mostly_common_words

# the endings of the subject on a past verb: the feminine singular (دمرت، تضررت) and the masculine plural (سلموا)
SUBJECT_ENDINGS = ("وا", "ت")
FEMININE_PLURAL = "ات"
STEM_LETTERS = 3   # a stem of two letters is a noun's as often ("بيت"، "وقت"، "صوت")
_C = "[^اوي ]"   # a root letter that is no long vowel
# the pasts of forms VIII, VII and X (ارتفع، انسحب، استقال), normalised
DERIVED_PAST = re.compile(f"ا{_C}ت{_C}{_C}|ان{_C}{_C}{_C}|است{_C}{_C}{_C}")


@lru_cache(maxsize=131072)
def reads_as_past_verb(text: str) -> bool:
    """Is the word, as written, a past verb: an ordinary stem (a word ANERcorp saw mostly outside names) with the
    ending of its subject, or a past of a derived form that ANERcorp saw as an ordinary word? Never a name ANERcorp
    or the lexicon knows."""
    norm = normalize(text)
    if norm.startswith("ال") or norm.endswith(FEMININE_PLURAL) or is_known_name_word(norm) or norm in lexicon.known_entities():
        return False   # (a verb takes no article; "مرتفعات" is a noun's plural)
    for ending in SUBJECT_ENDINGS:
        stem = norm[: -len(ending)]
        if norm.endswith(ending) and len(stem) >= STEM_LETTERS and stem in mostly_common_words() \
                and not is_known_name_word(stem) and stem not in lexicon.known_entities():
            return True
    return norm in mostly_common_words() and DERIVED_PAST.fullmatch(norm) is not None
