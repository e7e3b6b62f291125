"""A party told what it must do ("X يجب أن تراجع سياستها", "X يجب ألا تتوقع دعمنا", "X ينبغي أن تحاسب"): the subject
that opens a clause right before a verb of strict duty (function_words must_verb) and its أن/ألا is pressed by the
speaker to mend its ways. Said outside a call or a request (where the duty is what is asked, no blame), it reproaches
that party, as a duty set in the past does ("كان على X أن": acts.reproached)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..mentions import Candidate
from ..words import tokens_of
from .roles import named_from
from .words import first_word, is_one_of, word_before

THAT = frozenset(normalize(w) for w in ("أن", "ألا"))   # the أن of the duty, or its negation "ألا"
# the words after which a clause opens: a complementizer or a "but" (one set, made once)
CLAUSE_OPENERS = lexicon.function_words().complementizer | lexicon.function_words().contrast


def _opens_a_clause(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c (or its title) stand first in its clause: at the content's start, or after punctuation, a
    complementizer or a "but" ("لكن X يجب أن"), not as the genitive of a noun ("رسالة X يجب أن": the message must)?"""
    toks = tokens_of(doc)
    p = word_before(doc, named_from(c, lo), lo)
    return p < lo or toks.punct[p] or is_one_of(toks.texts[p], CLAUSE_OPENERS)


def pressed_duty(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c the subject a verb of strict duty right after it binds ("X يجب أن", "X «ينبغي ألا»"), first in its
    clause?"""
    toks = tokens_of(doc)
    q = first_word(doc, c.j)
    if q >= hi or toks.punct[q] or normalize(toks.texts[q]) not in lexicon.function_words().must_verb:
        return False      # (most mentions: one word looked at)
    r = first_word(doc, q + 1)
    return r < hi and normalize(toks.texts[r]) in THAT and _opens_a_clause(doc, c, lo)
