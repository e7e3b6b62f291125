"""The feeling of good will an expressing cue names: "أعرب عن خالص تعازيه", "معربا عن تطلعه إلى", "أعرب في رسالته عن عميق
الحزن", "أبدى استعداده".

The feelings of the cues table ("أعرب عن قلقه", "عن أمله") give the act its stance when the content opens with one
(overall.expressed_feeling). Others are as plain: what is expressed past a degree ("خالص", "بالغ") is a word of praise,
support or sympathy of the polarity table (تعازي، تعاطف، دعم، تأييد), or a feeling that is good will only once
expressed (grief as condolence, looking forward, readiness, wishes: function_words goodwill_feeling). Only a verb of
expressing a few words before makes it the act's own: "تحدث عن دعم X" tells of support, it expresses none."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize, without_article
from ..words import tokens_of
from .overall import owner_stripped
from .words import first_word, is_one_of, word_before, word_polarity

ABOUT = normalize("عن")
DEGREES = 2          # degree words between the عن and the feeling at most ("عن خالص تعازيه")
EXPRESS_REACH = 6    # words from the verb of expressing to its عن at most ("وأعرب المكتب في بيان له عن")


def goodwill_expressed(doc: Doc, c_start: int, c_end: int) -> str | None:
    """"positive" when the content opens (past عن and a degree) with a feeling of good will that a verb of
    expressing a few words before names; None otherwise."""
    toks, words = tokens_of(doc), lexicon.function_words()
    k = first_word(doc, c_start)
    about = k if k < c_end and normalize(toks.texts[k]) == ABOUT else word_before(doc, c_start, 0)
    if about == k:
        k = first_word(doc, k + 1)
    for _ in range(DEGREES):
        if k < c_end and not toks.punct[k] and is_one_of(toks.texts[k], words.degree_word):
            k = first_word(doc, k + 1)
    if k >= c_end or toks.punct[k]:
        return None
    feeling = owner_stripped(normalize(toks.texts[k]))
    if without_article(feeling) not in words.goodwill_feeling and feeling not in words.goodwill_feeling and \
            word_polarity(toks.texts[k]) <= 0:
        return None
    start = about if about >= 0 and normalize(toks.texts[about]) == ABOUT else k
    return "positive" if _expressing_before(doc, start) else None


def _expressing_before(doc: Doc, k: int) -> bool:
    """Is there a verb of expressing within EXPRESS_REACH words before k, with no punctuation between but commas
    of an aside ("أعربت X، في بيان، عن")?"""
    toks, verbs = tokens_of(doc), lexicon.function_words().expressing_verb
    p, seen = word_before(doc, k, 0), 0
    while p >= 0 and seen < EXPRESS_REACH:
        text = toks.texts[p]
        if toks.punct[p] and text not in ("،", ","):
            return False
        if not toks.punct[p]:
            if is_one_of(text, verbs):
                return True
            seen += 1
        p = word_before(doc, p, 0)
    return False
