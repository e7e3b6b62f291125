"""Neglect complained of: "لم يسأل عنا أحد من البلدية", "لم يسألنا أحد", "لم يستمع إلينا أحد", "لم نر أي موظف", "قطعت
الوعود ولم نر أي تغيير".

Those who suffer a flood, a quake, an eviction or a killing often say no more than that nobody came, asked, listened or
answered for it: a negated verb of attending to someone (function_words attending_verb: come, ask, listen, help, visit,
answer, hold to account) whose subject is "nobody" (أحد, أي after it, past a pronoun's preposition: "إلينا"), or a
negated verb of seeing in the first person (function_words seeing_verb) before "no one", "nothing", "a single X" or "any
X" that is no bad thing. It is a complaint of whoever should have come: the statement is negative, and so is the first
party it names (the one that did not come, promised, or was warned), unless that party is the speaker's own side or
ordinary people. "لم نر حشدا كهذا" (never saw the like) tells how great a thing is, no neglect; "لم نر أي تجاوزات"
denies a bad thing."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import tokens_of, words_between
from .words import first_word, is_negation, of_kind, word_polarity

NOBODY = frozenset(normalize(w) for w in ("أحد", "احد"))
NO_ONE_SEEN = frozenset(normalize(w) for w in ("أحدا", "أحد", "شيئا", "شيئاً", "شيء"))
ANY = frozenset(normalize(w) for w in ("أي", "أية"))
SINGLE = frozenset(normalize(w) for w in ("واحدا", "واحداً", "واحد", "واحدة"))
LIKE = frozenset(normalize(w) for w in ("كهذا", "كهذه", "مثل", "مثله", "مثلها", "كذلك", "كتلك"))   # "لم نر حشدا كهذا"
TO_US = frozenset(normalize(w) for w in ("إلينا", "لنا", "بنا", "عنا", "علينا", "معنا", "إليهم", "لهم", "بهم"))


def neglect_told(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content complain that nobody came, asked, listened or helped, or that the speakers saw no one and
    nothing (see the module's doc)?"""
    toks, words = tokens_of(doc), lexicon.function_words()
    for k in words_between(doc, is_negation, c_start, c_end):   # (most contents hold none)
        if toks.punct[k]:
            continue
        verb = first_word(doc, k + 1)
        if verb >= c_end or toks.punct[verb]:
            continue
        if of_kind(toks.texts[verb], words.attending_verb) and _nobody_after(doc, verb, c_end):
            return True
        if normalize(toks.texts[verb]) in words.seeing_verb and _nothing_seen(doc, verb, c_end):
            return True
    return False


def _next(doc: Doc, k: int, hi: int) -> int:
    """The next word after k before hi, -1 at punctuation or the end."""
    q = first_word(doc, k + 1)
    return q if q < hi and not tokens_of(doc).punct[q] else -1


def _nobody_after(doc: Doc, verb: int, hi: int) -> bool:
    """Is "nobody" (أحد, or أي before a noun) the subject right after the verb, past a pronoun's preposition?"""
    toks = tokens_of(doc)
    q = _next(doc, verb, hi)
    if q >= 0 and normalize(toks.texts[q]) in TO_US:
        q = _next(doc, q, hi)     # "لم يستمع إلينا أحد"
    return q >= 0 and (normalize(toks.texts[q]) in NOBODY or
                       (normalize(toks.texts[q]) in ANY and _next(doc, q, hi) >= 0))


def _nothing_seen(doc: Doc, verb: int, hi: int) -> bool:
    """Is what is not seen no one, nothing, "a single X" or "any X" (X no bad thing), and no likeness ("كهذا")?"""
    toks = tokens_of(doc)
    q = _next(doc, verb, hi)
    if q < 0:
        return False
    said = normalize(toks.texts[q])
    after = _next(doc, q, hi)
    if after >= 0 and normalize(toks.texts[after]) in LIKE:
        return False              # "لم نر حشدا كهذا من قبل": never the like of it
    if said in NO_ONE_SEEN:
        return True
    if said in ANY:
        return after >= 0 and word_polarity(toks.texts[after]) >= 0   # "لم نر أي موظف", not "أي تجاوزات"
    return said not in LIKE and after >= 0 and normalize(toks.texts[after]) in SINGLE   # "لم نر شرطيا واحدا"
