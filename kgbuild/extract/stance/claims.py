"""A claim of responsibility: "أعلنت الحركة مسؤوليتها عن الهجوم", "تبنى التنظيم مسؤوليته عن التفجير".

A party that claims a deed as its own reports it: the bad words of the deed are no judgement the claimant passes on
anyone, nor on itself (a claim is reported fact, as in claims of attacks by armed groups). The claim is read by a
noun of responsibility (function_words claimed_responsibility) opening the content right before عن, with the
pronoun of its owner, the speaker ("مسؤوليتها عن"). A bare noun with a party after it ("مسؤولية الحركة عن") may be
a claim or a charge by another: not read here. Who is held responsible by another ("حمل X المسؤولية", "X مسؤولة
عن وفاة Y") is blamed: roles.held_responsible, roles.answerable."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import tokens_of
from .words import first_word, is_one_of

ABOUT = normalize("عن")


def _responsibility_at(doc: Doc, k: int, c_end: int) -> bool:
    toks = tokens_of(doc)
    return k < c_end and not toks.punct[k] and \
        normalize(toks.texts[k]) in lexicon.function_words().claimed_responsibility


def _about_at(doc: Doc, k: int, c_end: int) -> bool:
    """Is the word at k, past quote marks, the عن of what is claimed?"""
    toks = tokens_of(doc)
    k = first_word(doc, k)
    return k < c_end and normalize(toks.texts[k]) == ABOUT


def claims_own_deed(doc: Doc, c_start: int, c_end: int, in_name: Callable[[int], bool]) -> bool:
    """Does the content open, right away or past a preposition and its noun ("في بيان مسؤوليتها عن"), with a noun of
    responsibility carrying its owner's pronoun right before عن ("مسؤوليتها عن الهجوم")? The owner is the speaker,
    who claims the deed (not "X يتحمل مسؤوليته", "بتحمل مسؤوليتها": another's, or a duty asked of someone)."""
    toks = tokens_of(doc)
    k = first_word(doc, c_start)
    if k < c_end and not toks.punct[k] and is_one_of(toks.texts[k], lexicon.function_words().preposition):
        k = first_word(doc, k + 1)                  # "في بيان": the statement's medium
        if k >= c_end or toks.punct[k] or in_name(k):
            return False
        k = first_word(doc, k + 1)
    # (the class holds the noun with its owner's pronoun only: "مسؤوليتها", never the bare or another's noun)
    return _responsibility_at(doc, k, c_end) and _about_at(doc, k + 1, c_end)
