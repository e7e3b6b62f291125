"""The deed a call or a request asks of the party it opens with ("دعا X إلى التصدي للإرهاب", "حث X على إدانة الهجمات",
"طالب X بملاحقة المتورطين"): its words say what X is to do, and the bad things it names are what X is to act on, not
X's own doing; unless the deed names X's own things, a noun with a pronoun of X ("دعا X إلى إصلاح أخطائها": its
mistakes are its own). (What X is asked to stop is its own: acts.asked_to_stop reads that.)"""
from __future__ import annotations

from spacy.tokens import Doc

from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import PRONOUN_SUFFIXES, ends_in_pronoun, tokens_of
from .acts import _is_nationality
from .settings import opens
from .words import first_word

LINKS = frozenset(normalize(w) for w in ("إلى", "على"))   # "دعا X إلى", "حث X على": what X is called on to do
WITH = "ب"                                                  # "طالب X بـ": what X is asked for
OWNED_STEM = 4   # letters at least of a word before its pronoun: a noun or verb ("أخطائها"), no preposition ("لديها")


def asked_deed(doc: Doc, c: Candidate, lo: int, hi: int) -> range:
    """The words of the deed that the call or request whose content opens with mention c asks of c: from the link
    right after c (past its nationality adjectives: "السلطات X-ية إلى") to the content's end; empty when c does not
    open the content or no link follows it (a bare object: "دعا إلى حل X")."""
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
    if not linked or any(_owned(toks.texts[k]) for k in range(q, hi)):
        return range(0)
    return range(q, hi)


def _owned(text: str) -> bool:
    """Is the raw word a noun or verb with a pronoun suffix ("أخطائها", "قراراته"), not a preposition with one ("لديها",
    "عليه")?"""
    if not ends_in_pronoun(text):
        return False
    suffix = next(s for s in PRONOUN_SUFFIXES if text.endswith(s))
    return len(normalize(text[: -len(suffix)])) >= OWNED_STEM
