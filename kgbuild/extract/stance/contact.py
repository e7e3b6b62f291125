"""A standing state of contact: "X على اتصال دائم بـY", "على تشاور مستمر مع Y", "على تنسيق يومي".

Good words of ties ("تنسيق", "وثيق" after a noun of relation) praise a relation ("علاقات وثيقة", "تعاون وثيق"). After
على, a noun of contact tells the state a party keeps with another, the routine of diplomacy in a crisis: being in touch
with a government is no good will told towards it. The noun and the adjective right after it lend nothing."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import prev_word, tokens_of

ON = normalize("على")   # "على تواصل": the preposition of a standing state


def kept_in_touch(doc: Doc, k: int) -> bool:
    """Is word k a noun of contact (function_words contact_noun) right after على, or the word right after one?"""
    return _contact_after_on(doc, k) or ((p := prev_word(doc, k)) is not None and _contact_after_on(doc, p))


def _contact_after_on(doc: Doc, k: int) -> bool:
    """Is word k a noun of contact, bare or with the article, right after على?"""
    toks = tokens_of(doc)
    if toks.punct[k]:
        return False
    contact = lexicon.function_words().contact_noun
    stem = normalize(toks.texts[k])
    if stem not in contact and not (stem.startswith("ال") and stem[2:] in contact):
        return False
    p = prev_word(doc, k)
    return p is not None and normalize(toks.texts[p]) == ON
