"""A participle of manner after a body's report of what a named person said or expressed ("أفاد الديوان بأن الملك
فلان أعرب عن ارتياحه، مؤكدا ...", "ذكرت الوكالة أن فلان هنأ علانا، متمنيا له ..."): an Arabic participle of manner
hangs on the nearest clause whose subject it agrees with, here the reported clause of the person, not the report of
the body that only tells what the person said. It goes on with the person."""
from __future__ import annotations

from ..context import Context
from .agreeing_subject import _verb_kind
from .base import Outcome, Query, Seen, Speakers, cue_form, is_participle
from .carry import plural_cue, verb_gender
from .own_subjects import person_named_in_what_follows


REPORTING_TYPES = ("Organization", "Place")   # a body or a state's office that reports a person's deed (a source or
                                              # a person who tells of another may go on himself)
PRESENT_MASCULINE = "ي"   # the prefix of a present verb of a masculine subject ("يعلن"; a ت opens perfect verbs too)


def subject_of_reported_deed(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The participle right after a comma, the last speaker a body or a state (REPORTING_TYPES), and the clause before
    the comma opening with أن/بأن (no comma between), then a person named (with the title before the name) and a cue
    of the person's own (a verb of saying, greeting or expressing) of the participle's gender: that person, unless what
    the participle says names him. None otherwise."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if seen.unnamed or len(q.last_speakers) != 1 or not is_participle(ctx, q.cue) \
            or mentions.speaks_as(q.last_speakers[0]) not in REPORTING_TYPES:
        return None
    form = cue_form(ctx, q.cue)
    gender = None if plural_cue(form) else verb_gender(form, q.cue.lemma)
    comma = tokens.prev(q.cue.i, q.start)
    if gender is None or comma is None or not tokens.is_comma(comma):
        return None
    # the last أن before the participle's comma, with no comma between: the clause the participle hangs on opens there
    that = next((k for k in range(comma - 1, q.start - 1, -1)
                 if tokens.is_comma(k) or tokens.norm(k) in tokens.words.complementizer), None)
    if that is None or tokens.is_comma(that):
        return None
    opening = tokens.next(that + 1, comma)
    person = mentions.titled.get(opening) or mentions.start_at.get(opening)
    if person is None or person.type != "Person" or (key := mentions.key(person)) is None \
            or key in q.last_speakers or mentions.speaks_as(key) != "Person":
        return None
    verb = tokens.next(person.j, comma)
    if verb < comma and tokens.is_quote(verb):
        verb = tokens.next(verb + 1, comma)   # "أن الملك «يعلن ...»": the deed quoted from its first word
    if verb >= comma or ctx.cues.in_word(tokens.text(verb)) is None or _deed_gender(tokens.norm(verb)) != gender:
        return None   # (a deed of saying, greeting or expressing: "هنأ", "أعرب عن"; "تلقى رسالة" or "غادر البلاد" says nothing)
    if person_named_in_what_follows(ctx, q.cue.i + 1, q.end, (key,)):
        return None   # "، مشيرا إلى أن فلان سيعود ...": the person is spoken of, the body goes on
    return Speakers((mentions.found(person),), q.cue.i + 1)


def _deed_gender(norm: str) -> str | None:
    """The gender a verb of the third person tells: a present one by its prefix ("يعرب"), a perfect one by its ending
    ("أعرب", "أعربت")."""
    if len(norm) >= 4 and norm[0] == PRESENT_MASCULINE:
        return "m"
    kind = _verb_kind(norm)
    return kind if kind in ("m", "f") else None
