"""One's own side told in a state it lives or passes through: "حكومته تعيش شللا", "المملكة دخلت طورا دقيقا",
"X مرت بظروف قاسية", "X وجد نفسه إزاء مأزق".

A speaker speaks for their own side (stance/one_target: positive), but a state their side is said to be in is no deed
or merit of its own: like what a verb of suffering names ("X تواجه أزمة", stance/acts.suffers), it is what the side
undergoes. The verbs of suffering need no bad word after them; a verb of living through a state does ("تعيش أزمة"),
for with none it may be a life or a way told ("يعيشون في المدينة"). Told of one's own side, the state need not be
named bad: the speaker tells where it stands, no judgement of it ("الدولة دخلت طور إعادة البناء"), unless a good
word names the state ("تعيش في أمن واستقرار", "دخلت عهدا جديدا": a merit, the own side's stance holds)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import tokens_of
from .phrases import Lent
from .words import first_word, is_one_of, verb_slot_after

BI = normalize("ب")         # "مرت بظروف": what one passes through is named in بـ
PLIGHT_REACH = 4            # words after the verb its state is looked for in ("مرت منذ سنوات عدة بظروف")


def own_plight(doc: Doc, c: Candidate, hi: int, values: Lent) -> set[int] | None:
    """The evaluative words of the state mention c is told to be in: c the subject of a verb of living through
    (function_words living_through) or of passing through, entering or finding oneself (passing_through) whose state
    is named within PLIGHT_REACH words after it (any word after a verb of living; a word in بـ, a noun of a stage
    (entered_phase) or a reflexive (self_intensifier) after the others), with no good word, nor a new stage (new_word),
    near it. The bad words of the state ("وجدت نفسها أمام قرار مؤلم") are what c undergoes, not c's. None when c is in
    no such state."""
    toks, words = tokens_of(doc), lexicon.function_words()
    q = verb_slot_after(doc, c, hi)
    if q >= hi or toks.punct[q]:
        return None
    living = is_one_of(toks.texts[q], words.living_through)
    if not living and not is_one_of(toks.texts[q], words.passing_through):
        return None
    near = _words_after(doc, q, hi, 2 * PLIGHT_REACH)
    if any(values.phrase.get(k, values.alone.get(k, 0)) > 0 or normalize(toks.texts[k]) in words.new_word for k in near):
        return None   # "تعيش في أمن", "دخلت عهدا جديدا": a good state or a new page is a merit told
    state = next((n for n, k in enumerate(near[:PLIGHT_REACH])
                  if living or _names_a_state(toks.texts[k], words.entered_phase, words.self_intensifier)), None)
    if state is None:
        return None
    return {k for k in near[state:] if values.phrase.get(k, values.alone.get(k, 0))}


def _words_after(doc: Doc, q: int, hi: int, reach: int) -> list[int]:
    """The words after q, up to `reach` of them, before punctuation or hi."""
    toks = tokens_of(doc)
    out: list[int] = []
    k = first_word(doc, q + 1)
    while k < hi and len(out) < reach and not toks.punct[k]:
        out.append(k)
        k = first_word(doc, k + 1)
    return out


def _names_a_state(text: str, stages: frozenset[str], selves: frozenset[str]) -> bool:
    """Is the word in بـ ("بأوقات"), a noun of a stage ("مرحلة") or a reflexive ("نفسها")?"""
    norm = normalize(text)
    return norm in stages or norm in selves or any(clitic == BI for clitic, _ in clitic_variants(norm)[1:])
