"""A step one's own side is to take on a given day or within a given time: "الوزارة ستجتمع الخميس بالنقابات",
"ستجري الاقتراع في غضون شهرين", "ستوفد لجنة الأسبوع القادم".

A speaker speaks for their own side (stance/one_target: positive): what it pledges to do is told in its favour ("ستواصل
دعم ...", "لن تتراجع"). A step set for a day or a term is a schedule announced, the procedure of government, no pledge:
one's own side doing it on a calendar takes no stance. Told in the past ("أبرمته فجر الاثنين") the day dates a deed
done, which the own side's rule still reads."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import tokens_of
from .words import first_word, verb_slot_after, word_before

FUTURE = normalize("س")          # the future prefix on an imperfect verb ("ستعقد", "سيرسل")
IMPERFECT = "يتنأ"               # the imperfect prefixes after it
WILL = normalize("سوف")          # the future particle before an imperfect verb
LIMIT_REACH = 2                  # words from a word of a time limit to its noun of time at most ("في غضون ثلاثة أشهر")
TOMORROW = normalize("غدا")      # a word of time to come that needs no noun of time before it
CLAUSE_ENDS = frozenset({".", "؛", ";", "!", "?", "؟"})


def scheduled_step(doc: Doc, c: Candidate, hi: int) -> bool:
    """Is mention c the subject of a verb in the future right after it (past its nationality adjective or a comma: words.verb_slot_after) whose
    clause sets it a day or a time to come: a weekday (stopwords.tsv weekday), a word of time to come (function_words
    coming_time) after a noun of time (stopwords.tsv time_noun) or a time limit (time_limit) before one?"""
    toks = tokens_of(doc)
    q = verb_slot_after(doc, c, hi)   # (قد never stands before a future: stepping past it changes nothing here)
    if q >= hi or toks.punct[q]:
        return False
    verb = normalize(toks.texts[q])
    if verb == WILL:
        q = first_word(doc, q + 1)
    elif not (verb.startswith(FUTURE) and verb[1:2] in IMPERFECT and len(verb) >= 4):
        return False
    k = first_word(doc, q + 1)
    while k < hi and toks.texts[k] not in CLAUSE_ENDS:
        if not toks.punct[k] and _sets_a_time(doc, k, hi):
            return True
        k = first_word(doc, k + 1)
    return False


def _sets_a_time(doc: Doc, k: int, hi: int) -> bool:
    """Is word k a weekday, a word of time to come after a noun of time (or "غدا"), or a time limit before a noun of time
    within LIMIT_REACH words?"""
    toks, words, kinds = tokens_of(doc), lexicon.function_words(), lexicon.stopword_kinds()
    stems = [normalize(stem) for clitic, stem in clitic_variants(toks.texts[k]) if clitic in ("", "و", "ب", "ل", "ف")]
    if any(kinds.get(stem) == "weekday" for stem in stems):
        return True
    if any(stem in words.coming_time for stem in stems):
        # "الأسبوع المقبل", "في الأيام القادمة", "غدا": time to come (not "القمة المقبلة": the next event, no date)
        p = word_before(doc, k, 0)
        return normalize(toks.texts[k]) == TOMORROW or (p >= 0 and not toks.punct[p] and
                                                         any(_time_noun(normalize(stem), kinds)
                                                             for _, stem in clitic_variants(toks.texts[p])))
    if not any(stem in words.time_limit for stem in stems):
        return False
    q = k
    for _ in range(LIMIT_REACH):
        q = first_word(doc, q + 1)
        if q >= hi or toks.punct[q]:
            return False
        if _time_noun(normalize(toks.texts[q]), kinds):
            return True
    return False


def _time_noun(norm: str, kinds: dict[str, str]) -> bool:
    """Is the word a noun of time, also in the accusative ("يوما", "شهرا")?"""
    return kinds.get(norm) == "time_noun" or (norm.endswith("ا") and kinds.get(norm[:-1]) == "time_noun")
