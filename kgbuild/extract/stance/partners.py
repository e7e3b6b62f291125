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
from .roles import REFUSAL_TO_TIE, WITH, word_right_before
from .words import word_before

WORK_TO_WITH = 2   # words between the word of working and the مع of its partner ("العمل المشترك مع", "ائتلاف حكومي مع")


def worked_with(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) named after "مع" that follows, within WORK_TO_WITH words, a word of working together
    or allying (function_words working_with) or a noun of ties (tie_noun), with no negation or refusal before it?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = word_right_before(doc, c, lo, WITH)
    if p < 0:
        return False
    q = word_before(doc, p, lo)
    for _ in range(WORK_TO_WITH):
        if q < lo or toks.punct[q]:
            return False
        # "للعمل مع", "بالتحالف مع": past any proclitic
        stems = {normalize(stem) for _, stem in clitic_variants(toks.texts[q])}
        if not stems.isdisjoint(words.working_with | words.tie_noun):
            return not _refused(doc, q, max(lo - 1, 0))   # "لن نعمل مع X", "مستبعدا التحالف مع X": opposed, no partner
        q = word_before(doc, q, lo)
    return False


def _refused(doc: Doc, k: int, lo: int) -> bool:
    """A negation or a word of refusing (tie_refusal) a few words before word k, in its clause, with any proclitic
    ("بعدم التحالف مع X"); lo may be the cue right before the content ("مستبعدا التحالف مع X")."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    refusals = words.negation | words.tie_refusal
    r = word_before(doc, k, lo)
    for _ in range(REFUSAL_TO_TIE):
        if r < lo or toks.punct[r]:
            return False
        if any(normalize(stem) in refusals for _, stem in clitic_variants(toks.texts[r])):
            return True
        r = word_before(doc, r, lo)
    return False
