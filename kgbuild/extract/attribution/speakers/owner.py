"""The owner of a statement noun ("وكررت دعوتها إلى", "وواصل فلان انتقاده"): the subject of the verb that
opens the noun's clause, or the last speaker when the possessive pronoun's gender does not tell another."""
from __future__ import annotations

from ....text import normalize
from ..context import Context
from ..cursor import GOVERNED_ARTICLE
from ..index import Found
from .base import CLAUSE_ENDS, NO_SUBJECT, Outcome, Query, Seen, Speakers
from .carry import spoken_gender

OWNER_SUFFIXES = {"ها": "f", "ه": "m"}   # "دعوتها" her call, "انتقاده" his criticism (raw text: not the ة of "دعوة")
PREPOSITION_CLITICS = "بلك"               # بـ، لـ، كـ glued to a noun
OWNER_CLAUSE_WORDS = 7                   # words from the clause's start to the statement noun: "وكررت دعوتها", "وواصل السائق فلان انتقاده"


def _with_preposition(noun: str, lemma: str) -> bool:
    """Does the statement noun carry a preposition (بـ، لـ، كـ: "بدعوته"), not a first letter of its own
    ("كلمته", whose lemma begins so too)?"""
    return noun[:1] in PREPOSITION_CLITICS and not normalize(noun).startswith(normalize(lemma)[:2])


def _noun_with_preposition(ctx: Context, norm: str) -> bool:
    """Is the word opening the clause a noun with a preposition glued to it ("باتهامه", "لعدم", "بالقرار"),
    not a verb that begins with the same letter ("بعث", "كرر", "لخص")? A verbal noun of the derived forms
    begins with ا, a definite noun with ال; عدم, ضرورة ... govern a verbal noun."""
    rest = norm[1:]
    return norm[:1] in PREPOSITION_CLITICS and len(rest) >= 3 \
        and (rest.startswith("ا") or rest in ctx.tokens.words.masdar_governor)


def owner_of_noun(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وواصل فلان انتقاده للعقوبة", "وكررت دعوتها إلى": a statement noun with a possessive pronoun, the
    object of the verb that opens its clause, is the statement of that verb's subject: the name between
    them, or else the last speaker when the pronoun's gender does not tell another."""
    tokens, mentions = ctx.tokens, ctx.mentions
    text = tokens.text(q.cue.i)
    gender = next((g for suffix, g in OWNER_SUFFIXES.items() if text.endswith(suffix)), None)
    before = tokens.prev(q.cue.i, q.start)
    if gender is None or tokens.after_preposition(q.cue.i) or _with_preposition(text[q.cue.prefix:], q.cue.lemma) \
            or (before is not None and tokens.norm(before) in tokens.words.preposition):
        return None  # "ووجه الشكر للرئيس فلان على دعمه": a noun a preposition governs is no verb's object
    first = q.start
    for p in range(q.cue.i - 1, q.start - 1, -1):
        if tokens.text(p) in CLAUSE_ENDS or tokens.is_comma(p) or tokens.is_quote(p) \
                or tokens.norm(p) in tokens.words.complementizer:
            first = p + 1
            break
    words = [p for p in range(first, q.cue.i) if not tokens.is_space(p)]
    if not words or len(words) > OWNER_CLAUSE_WORDS or tokens.norm(words[0]) in NO_SUBJECT \
            or not (first == q.start or tokens.text(words[0]).startswith(("و", "ف"))) \
            or tokens.norm(words[0]).startswith("ال") or _noun_with_preposition(ctx, tokens.norm(words[0])):
        # the noun is no object of a verb opening its sentence or a clause joined by و/ف ("قبل إعلانها",
        # "في حديثه", "باتهامه فرنسا ... لعدم دعوته")
        return None
    named = [c for c in mentions.cands if first <= c.i < q.cue.i and not tokens.governed(c)
             and not tokens.text(c.title_i if c.title_i is not None else c.i).startswith(GOVERNED_ARTICLE)
             and c.type in ("Person", "Organization", "Place", "Group")]
    if named:
        return Speakers((mentions.found(named[-1]),), q.cue.i + 1)
    if not q.last_speakers or len(q.last_speakers) != 1:
        return None
    key = q.last_speakers[0]
    then = spoken_gender(ctx, key, [*q.history, *q.in_sentence])
    if ctx.mentions.type_of(key) == "Person" and then is not None and then != gender:
        return None
    return Speakers((Found(key, -1, -1),), q.cue.i + 1)
