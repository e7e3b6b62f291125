"""The party one works or allies with: "ستعمل مع X", "سيتحالف مع X", "يراهن على مواصلة العمل مع X",
"يفكر في ائتلاف مع X".

Working together or allying with a party, told or pledged, is good will towards it (as readiness to work with it
and looking forward to it are, roles.ready_to_engage); a tie refused or negated opposes it (roles.ties_refused)."""
from __future__ import annotations


from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import tokens_of
from .roles import WITH, refusal_before, word_right_before
from .words import word_before

WORK_TO_WITH = 2   # words between the word of working and the مع of its partner ("العمل المشترك مع", "ائتلاف حكومي مع")


def worked_with(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) named after "مع" that follows, within WORK_TO_WITH words, a word of working together
    or allying (function_words working_with) or a noun of ties (tie_noun), with no negation or refusal before it?"""
    toks = tokens_of(doc)
    p = word_right_before(doc, c, lo, WITH)
    if p < 0:
        return False
    q = word_before(doc, p, lo)
    for _ in range(WORK_TO_WITH):
        if q < lo or toks.punct[q]:
            return False
        # "للعمل مع", "بالتحالف مع": past any proclitic
        stems = {normalize(stem) for _, stem in clitic_variants(toks.texts[q])}
        if not stems.isdisjoint(WORKING_WORDS):
            # "لن نعمل مع X", "مستبعدا التحالف مع X", "بعدم التحالف مع X": opposed, no partner
            return not refusal_before(doc, q, max(lo - 1, 0), any_proclitic=True)
        q = word_before(doc, q, lo)
    return False


# the words of working together or allying and the nouns of ties (function_words working_with, tie_noun) at once,
# made once, not at each word looked at
WORKING_WORDS = lexicon.function_words().working_with | lexicon.function_words().tie_noun
