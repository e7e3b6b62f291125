"""The one an apology is made to: "اعتذر لـX عن", "نعتذر بعمق لـX", "قدم اعتذارا رسميا إلى X".

Apologizing to a party owns a wrong done to it and honours its grievance: the speaker's stance towards the party
apologized to is positive (as towards the one whose release is called for). The apology is read by its word
(function_words apologizing: the verb and its verbal noun) right before لـX or إلى X, past a few words of manner
("بعمق", "رسميا", "هاتفيا"), or as the cue right before a content that opens with لـX; an apology refused or negated
("رفض الاعتذار لـX", "لن نعتذر لـX") honours no one. Who is asked to apologize owns the wrong
(function_words stopping, acts.asked_to_stop): not this rule's."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..mentions import Candidate
from ..words import tokens_of
from .roles import named_from, refusal_before
from .words import has_stem_in, named_with_li, word_before

TO = normalize("إلى")
MANNER_WORDS = 2     # words between the apology and the لـ/إلى of the one apologized to ("اعتذارا رسميا إلى X")


def apologized_to(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) the one a word of apologizing (function_words apologizing) is made to: named with
    لـ or after إلى within MANNER_WORDS words after the word, which stands in the content or is the cue right before
    it (lo), with no negation or refusal before the word?"""
    toks = tokens_of(doc)
    start = named_from(c, lo)
    p = word_before(doc, start, 0)
    if not named_with_li(doc, c, start):    # "للشعب", "لأسر الضحايا", "لنظيره X"; else "إلى X"
        if p < 0 or toks.punct[p] or normalize(toks.texts[p]) != TO:
            return False
        p = word_before(doc, p, 0)            # "إلى X"
    words = lexicon.function_words().apologizing
    for _ in range(MANNER_WORDS + 1):
        if p < 0 or toks.punct[p] or p < lo - 1:
            return False
        if has_stem_in(toks.texts[p], words):
            return not refusal_before(doc, p, 0, any_proclitic=True)   # the cue's own negation: "لن يعتذر لـX"
        p = word_before(doc, p, 0)
    return False
