"""What the bad things a call names say of its addressee ("دعا X إلى ...", "حث X على ...", "طالب X بـ..."): they are
what X is asked to act on, fight or get past, not X's own doing, unless the call marks them as X's: it asks X to stop
or give up something (function_words stopping: "طالب X بالكف عن"), points at the thing meant with a demonstrative
("وقف هذا النهج المدمر"), or names it with a pronoun of its owner ("دعا X إلى إصلاح أخطائها"). Two readings share
that mark: asked_deed, the near words of the deed asked of the party a call opens with (one_target), and
addressee_blamed, whether the far words of a call blame its addressee at all (targets). (What X is asked to stop is
its own: acts.asked_to_stop reads that.)"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import PRONOUN_SUFFIXES, ends_in_pronoun, tokens_of
from .acts import _is_nationality
from .settings import opens
from .words import first_word

LINKS = frozenset(normalize(w) for w in ("إلى", "على"))   # "دعا X إلى", "حث X على": what X is called on to do
WITH = "ب"                                                  # "طالب X بـ": what X is asked for
OWNED_STEM = 4   # letters at least of a word before its pronoun: a noun or verb ("أخطائها"), no preposition ("لديها")
# the clitics a verbal noun of stopping takes after the verb of calling ("إلى وقف", "بوقف", "بالكف", "لوقف")
STOPPING_CLITICS = ("", "و", "ب", "ل", "ف")


def asked_deed(doc: Doc, c: Candidate, lo: int, hi: int) -> range:
    """The words of the deed that the call or request whose content opens with mention c asks of c: from the link
    right after c (past its nationality adjectives: "السلطات X-ية إلى") to the content's end; empty when c does not
    open the content, no link follows it (a bare object: "دعا إلى حل X"), or the deed names c's own things."""
    if not opens(doc, c, lo):
        return range(0)
    toks = tokens_of(doc)
    q = first_word(doc, c.j)
    while q < hi and not toks.punct[q] and _is_nationality(toks.texts[q]):
        q = first_word(doc, q + 1)
    if q >= hi or toks.punct[q]:
        return range(0)
    text = toks.texts[q]
    linked = normalize(text) in LINKS or any(clitic == WITH for clitic, _ in clitic_variants(text))
    if not linked or any(owned(toks.texts[k]) for k in range(q, hi)):
        return range(0)
    return range(q, hi)


def addressee_blamed(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does a call (a content wished for) mark the bad things it names as its addressee's: a word of stopping, a
    demonstrative or a word with a pronoun of its owner? When it does none, the bad things are what the addressee is
    asked to fight, shun or get past ("دعا X إلى رفض العنف", "إلى نبذ التحريض", "إلى تخطي الشكوك المتبادلة"): no
    blame of X."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    for k in range(c_start, c_end):
        if toks.punct[k] or toks.spaces[k]:
            continue
        text = toks.texts[k]
        if any(clitic in STOPPING_CLITICS and normalize(stem) in words.stopping for clitic, stem in clitic_variants(text)):
            return True
        if normalize(text) in words.demonstrative or owned(text):
            return True
    return False


def owned(text: str) -> bool:
    """Is the raw word a noun or verb with a pronoun suffix ("أخطائها", "قراراته"), not a preposition with one ("لديها",
    "عليه")?"""
    if not ends_in_pronoun(text):
        return False
    suffix = next(s for s in PRONOUN_SUFFIXES if text.endswith(s))
    return len(normalize(text[: -len(suffix)])) >= OWNED_STEM
