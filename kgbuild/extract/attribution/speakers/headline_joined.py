"""A headline's second verb joined by و to its subject's first: "فلان يقر بالهزيمة ويهنئ علانا", "الإمبراطور يتنحى
ويشكر المواطنين على صبرهم", "الرئيس الجديد يؤدي اليمين ويتعهد بالإصلاح". Headlines are written subject first (SVO),
each clause in the present; a present verb glued to و that agrees with the clause's verb has the clause's subject
for its own, and a name right after it is its object (whom he congratulates, thanks), no subject (VSO is the
order of the body's past verbs, not of a headline's present ones)."""
from __future__ import annotations

from dataclasses import replace

from ..boundary import HEADLINE_BREAKS, bare_present_verb, in_headline
from ...mentions import Candidate
from ..context import Context
from ..cues import SPEECH_KINDS, Cue, present_form
from ....text import normalize
from .base import CLAUSE_ENDS, Outcome, Query, Seen, Speakers
from .before import subject_before

AND = "و"
PRESENT_PREFIXES = ("ي", "ت")   # the present's person prefix: the same on two verbs of one subject
CLAUSE_WALK = 16   # words back from the joined verb to the clause's subject and its verb


def subject_of_headline_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The subject of the headline clause a present verb of saying with و glued on goes on: the subject that
    subject_before reads for the nearest present verb before it, when that verb has the same person prefix,
    within the clause (no dots, colon or sentence end between); None elsewhere."""
    tokens, cue = ctx.tokens, q.cue
    if cue.kind not in SPEECH_KINDS or cue.prefix != 1 or not tokens.text(cue.i).startswith(AND) \
            or not in_headline(ctx, cue.i):
        return None
    form = tokens.norm(cue.i)[cue.prefix:]
    prefix = form[:1]
    if prefix not in PRESENT_PREFIXES or not present_form(form, normalize(cue.lemma)):
        return None
    k, walked = tokens.prev(cue.i, q.start), 0
    while k is not None and walked < CLAUSE_WALK:
        text = tokens.text(k)
        if text in CLAUSE_ENDS or text in HEADLINE_BREAKS:
            return None
        if _present_verb(ctx, k):
            # the nearest present verb: of the same person prefix, its subject (as subject_before reads it there: a
            # bare title's holder, a quoted name) goes on; of another, the clause before has a subject of its own
            if tokens.norm(k)[:1] != prefix:
                return None
            first = subject_before(ctx, replace(q, cue=Cue(k, 0, cue.entry)), seen)
            if isinstance(first, Speakers):
                return Speakers(first.found, cue.i + 1)
            person = _person_right_before(ctx, k, q.start)
            return Speakers((ctx.mentions.found(person),), cue.i + 1) if person is not None else None
        k, walked = tokens.prev(k, q.start), walked + 1
    return None


def _present_verb(ctx: Context, k: int) -> bool:
    """Is token k a present verb with nothing glued on: a verb of saying the cue reader read so, of any length
    ("يقر", "تعد"), or a word bare_present_verb takes for one?"""
    cue = ctx.cues.at(k)
    if cue is not None and cue.kind in SPEECH_KINDS and cue.prefix == 0:
        return present_form(ctx.tokens.norm(k), normalize(cue.lemma))
    return bare_present_verb(ctx, k)


def _person_right_before(ctx: Context, k: int, start: int) -> Candidate | None:
    """"الإمبراطور فلان يتنحى", "وجلالة الملك فلان يؤدي اليمين": a person named right before the verb at k, no
    preposition's, whatever words of rank the tables do not know stand before the name. (A place or body there
    may be the complement of a title: "رئيس البلد يصف" is the president's; subject_before reads those.)"""
    p = ctx.tokens.prev(k, start)
    person = ctx.mentions.end_at.get(p) if p is not None else None
    if person is None or person.type != "Person" or person.i < start or ctx.tokens.governed(person):
        return None
    return person
