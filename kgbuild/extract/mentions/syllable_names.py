"""A title holder's name of short transcribed syllables some of which spell Arabic function words.

East Asian names are written in Arabic as runs of short words, one per syllable, and several syllables spell
function words: لي (Lee), هو (Ho), أو (Oo), هي (Hee), بين (Bin). The name finder stops at the function word, so
"الوزير ليو بين تاو قوله" keeps only the first syllable and "الوزيرة كو سون هي في" loses the last one. Right
after a complete title, a run of such syllables mixed with words no news text holds, closed where a name closes,
is the holder's whole name.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import (is_time_text, tokens_of, TANWEEN_FATH, common_words, function_words, is_non_name_form,
                     mostly_common_words)
from .base import known_entity_at, match_title, skip_space
from .name_tails import clear_boundary

# function words that spell a foreign given or family name ("دون", "لي", "هو") or a syllable of one ("أو", "هي")
SYLLABLE_FUNCTION_WORDS = lexicon.function_words().name_spelled_as_function_word \
    | lexicon.function_words().name_syllable_function_word
RELATIVES = lexicon.function_words().relative
SAYING_WITH_PRONOUN = lexicon.function_words().saying_with_pronoun
SYLLABLES_MAX = 4   # the words of such a name: given name of one or two syllables, family name of one
# the article, with or without a proclitic ("بالاستقالة"), and و, which opens the next item or clause ("وأكثر")
NO_SYLLABLE_OPENINGS = ("ال", "بال", "لل", "كال", "فال", "و")
SYLLABLE_LETTERS = (2, 4)   # a transcribed syllable is short ("كو", "سون", "كياو"); a longer word is no syllable
# the function words that open a foreign name on their own ("لي فلانغ"): a longer transcribed word may follow them
OPENING_FUNCTION_WORDS = lexicon.function_words().name_spelled_as_function_word


def syllable_name_end(doc: Doc, k: int) -> int:
    """End of a name of syllables starting at token k, right after a title: two to SYLLABLES_MAX words, each a
    function word spelling a syllable or a short word no news text holds, with at least one of each, closed by a
    clear boundary or a word no name holds (_name_closed_at); k otherwise."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    end, words, functional, foreign = k, 0, 0, 0
    while words < SYLLABLES_MAX and (w := skip_space(doc, end)) < len(doc) and toks.arabic[w]:
        norm = normalize(toks.texts[w])
        if norm in SYLLABLE_FUNCTION_WORDS:
            functional += 1
        elif _syllable(doc, w, norm, long_allowed=words == 1 and functional == 1
                       and normalize(toks.texts[k]) in OPENING_FUNCTION_WORDS):
            foreign += 1
        else:
            break
        end, words = w + 1, words + 1
    if words < 2 or not functional or not foreign:
        return k
    return end if _name_closed_at(doc, skip_space(doc, end)) else k


def _syllable(doc: Doc, k: int, norm: str, long_allowed: bool) -> bool:
    """A short word no news text holds (ANERcorp's common words), no function, time or title word, nothing definite,
    no و on it, no known place or body: a transcribed syllable. A verb spelled like one ("تشن", wages) is allowed, as the function
    word beside it vouches for the run. Right after a function word opening a name a longer word is allowed too ("له
    فلانغشنغ"), a given name of two syllables written as one word."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    low, high = SYLLABLE_LETTERS
    return low <= len(norm) and (len(norm) <= high or long_allowed) and not text.startswith(NO_SYLLABLE_OPENINGS) \
        and TANWEEN_FATH not in text and norm not in function_words() and norm not in common_words() \
        and norm not in mostly_common_words() and not is_time_text(toks.texts[k]) and norm not in lexicon.titles() \
        and match_title(doc, k) is None and known_entity_at(doc, k, ("Place", "Organization")) is None


def _name_closed_at(doc: Doc, q: int) -> bool:
    """Does a name close right before token q: a clear boundary, a relative pronoun ("الذي"), the quoted saying
    with its pronoun ("قوله"), لـ or بـ on the article ("للسفير", "بالمنصب") or a word in a shape no name takes
    ("بهزيمة")?"""
    if clear_boundary(doc, q):
        return True
    text = doc[q].text
    norm = normalize(text)
    return norm in RELATIVES or norm in SAYING_WITH_PRONOUN or text.startswith(("لل", "بال")) \
        or is_non_name_form(text)
