"""A participle of manner after "وهو ما نفاه فلان،" ("which X denied, stressing that ..."): the clause that takes the
claim before it back by its pronoun has a subject of its own, named right after its verb, and the participle agrees
with that subject, not with the one who made the claim."""
from __future__ import annotations

from ...words import PRONOUN_SUFFIXES, stop_prepositions
from ..context import Context
from .base import SPEAKER_TYPES, UNNAMED, Outcome, Query, Seen, Speakers, is_participle
from .carry import object_word


WHAT = "ما"
PREPOSITIONS = stop_prepositions()


def subject_of_resumptive_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The participle right after the comma that closes "وهو ما <verb> <subject> ..." (the verb with the pronoun
    that takes ما back, glued on or on a preposition after it: "نفاه", "أشاد به"): a person, body or group named
    as that subject speaks; a subject no finder reads (a word that can open a noun phrase) is UNNAMED, so the
    speaker of the claim does not go on; a bare title, a verb that made a statement of its own (whose speaker goes on
    as the last one) or anything else gives no opinion."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if seen.unnamed or not is_participle(ctx, q.cue):
        return None
    comma = tokens.prev(q.cue.i, q.start)
    if comma is None or not tokens.is_comma(comma):
        return None
    k = tokens.prev(comma, q.start)
    while k is not None and (not tokens.is_punct(k) or tokens.is_quote(k)):
        before = tokens.prev(k, q.start)
        if tokens.norm(k) == WHAT and before is not None and tokens.in_class(before, tokens.words.resumptive_what):
            return _subject_after_verb(ctx, q, tokens.next(k + 1, comma), comma)
        k = before
    return None


def _subject_after_verb(ctx: Context, q: Query, verb: int, comma: int) -> Outcome:
    tokens, mentions = ctx.tokens, ctx.mentions
    if verb >= comma or any(tokens.starts[verb] <= st.cue_span[0] < tokens.starts[verb] + len(tokens.text(verb))
                            for st in q.in_sentence):
        return None   # the verb made a statement of its own: its speaker is the last one, and goes on
    subject = tokens.next(verb + 1, comma)
    if not tokens.text(verb).endswith(PRONOUN_SUFFIXES):
        norm = tokens.norm(subject) if subject < comma else ""
        if not (norm in PREPOSITIONS and norm.endswith(PRONOUN_SUFFIXES)):
            return None   # no pronoun takes ما back: "وهو ما دفع الحكومة إلى", the clause is no saying of another
        subject = tokens.next(subject + 1, comma)
    if subject >= comma or subject in mentions.bare:
        return None
    c = mentions.titled.get(subject) or mentions.start_at.get(subject)
    if c is not None:
        key = mentions.key(c)
        if c.type in SPEAKER_TYPES and not tokens.governed(c) and key is not None:
            return Speakers((mentions.found(c),), q.cue.i + 1)
        return None
    return UNNAMED if object_word(ctx, subject) else None
