"""A transcribed family name that reads as a function word only through a proclitic ("ويا" as و + يا, "بيا" as
بـ + يا): once a trusted finder has named the person in full ("الرئيس فلان ويا"), the family name alone names
them again ("وأعلن ويا أن"), as any other family name does. The function-word test (words.is_function_word) reads
every proclitic off a word, so such a name is neither taken as the person's short form nor found again.

Only a word that is no function word whole, that ANERcorp's news never holds (so no word of news with a
clitic: "ولا", "بما", "وما" are seen there many times), with no hamza (a clitic on أن/إن shows it) and no
reading whose stem is a complementizer ("وان" as و + أن in a text that drops the hamza)."""
from __future__ import annotations

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import function_words, is_function_text, word_counts

COMPLEMENTIZERS = lexicon.function_words().complementizer
HAMZAS = "أإآؤئء"
# the fewest letters of such a name: a proclitic and a stem of two letters ("ويا")
MIN_LETTERS = 3


def family_name_read_as_clitic(text: str) -> bool:
    """Is the word (as written, no clitic of its own taken off) a transcribed family name that only a proclitic
    reading makes a function word?"""
    norm = normalize(text)
    if len(norm) < MIN_LETTERS or any(h in text for h in HAMZAS) or not is_function_text(text) \
            or norm in function_words() or norm in word_counts():
        return False
    return not any(normalize(stem) in COMPLEMENTIZERS for _, stem in clitic_variants(text)[1:])
