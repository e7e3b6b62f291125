"""One's own side told to keep a matter under watch or study, or to wait: "حكومته تراقب التطورات باهتمام", "الوزارة
ستدرس المقترح", "X تنتظر جوابا مكتوبا".

A speaker speaks for their own side (stance/one_target: positive): what it does or pledges is told in its favour.
Watching, weighing and waiting are no deed yet: the usual posture of a government or a body towards news it has not
acted on. Told of one's own side they are a report of where it stands, no stance towards it; the words of the watched
matter are read as they stand."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..mentions import Candidate
from ..words import tokens_of
from .words import is_one_of, verb_slot_after

def keeps_watch(doc: Doc, c: Candidate, hi: int) -> bool:
    """Is mention c the subject of a verb of keeping watch, studying or waiting (function_words watching_verb) right
    after it, past its nationality adjective, a comma or قد?"""
    toks = tokens_of(doc)
    q = verb_slot_after(doc, c, hi)
    return q < hi and not toks.punct[q] and is_one_of(toks.texts[q], lexicon.function_words().watching_verb)
