"""A participle of manner after a verbal noun whose agent the sentence names: "واشتعل الخلاف بعد إعلان الوزير
فلان خفض الدعم، متهما التجار بـ", "وتزامنت الاحتجاجات مع استقالة مدير الشركة فلان من منصبه، معتبرا أن".
The noun (after a preposition: "بعد إعلان", "مع استقالة") is no verb, so no statement of the
sentence hands its subject on, and the participle would go on with the last speaker of a sentence before;
the person in construct after the noun did what the noun tells and goes on saying what the participle says."""
from __future__ import annotations

from ..context import Context
from ..cues import SPEECH_KINDS
from .base import NO_SUBJECT, Outcome, Query, Seen, Speakers, cue_form, is_participle
from .carry import PREPOSITIONS, STOPWORDS, agrees

GLUED_PREPOSITIONS = ("ب", "ل", "ك")   # "بإعلان", "لزيارة": a noun a glued preposition governs


def agent_of_verbal_noun(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The person in construct after a noun that a preposition governs, the first person or body of the
    participle's sentence, for a participle of manner with no statement of another before it in the sentence
    (the noun may be a cue of its own, "بعد إعلان فلان خفض", whose author goes on), when the
    last speaker is not named in the sentence (who was named speaks on: "وقال فلان ... في إشارة إلى زيارة
    الرئيس علان، مضيفا" has a statement before) and no full stop, إن/أن or verb cue stands between."""
    tokens, mentions = ctx.tokens, ctx.mentions
    cue = q.cue
    form = cue_form(ctx, cue)
    if not (is_participle(ctx, cue) or form in tokens.words.saying_participle):
        return None
    first = next((c for c in mentions.cands if q.start <= c.i and c.j <= cue.i and c.type == "Person"), None)
    if first is None or tokens.governed(first):
        return None
    head = _head(ctx, first.title_i if first.title_i is not None and first.title_i < first.i else first.i, q.start)
    if any(q.start <= c.i < head and c.type in ("Person", "Organization") for c in mentions.cands):
        return None   # a person or body before it (its own title's body aside) may be the agent
    noun = tokens.prev(head, q.start)
    if noun is None or not _governed_noun(ctx, noun, q.start):
        return None
    # (a quoted phrase of the clause is no end of it: "من منصبه الذي وصفه بـ«العبء»")
    for k in range(q.start, cue.i):
        if tokens.norm(k) in tokens.words.complementizer or ctx.cues.kind_at(k) in SPEECH_KINDS \
                or (tokens.is_punct(k) and not tokens.is_comma(k) and not tokens.is_quote(k)):
            return None
    key = mentions.key(first)
    if key is None or key in q.last_speakers or not agrees(ctx, form, (key,)):
        return None
    if any(st.speaker != key for st in q.in_sentence):
        return None   # a statement of another before it in the sentence ("إعلان" said by its author goes on)
    named = {mentions.key(c) for c in mentions.cands if q.start <= c.i and c.j <= q.end}
    if named & set(q.last_speakers):
        return None
    return Speakers((mentions.found(first),), cue.i + 1)


def _governed_noun(ctx: Context, noun: int, start: int) -> bool:
    """Is the word at `noun` a noun a preposition governs ("بعد إعلان", "مع استقالة", "بإعلان"): a word of
    letters, no function word, mention or verb cue (a noun cue, "إعلان", tells its author too), after a
    preposition written apart or with one glued on."""
    tokens = ctx.tokens
    norm = tokens.norm(noun)
    if not norm.isalpha() or len(norm) < 4 or norm in STOPWORDS or norm in NO_SUBJECT \
            or ctx.mentions.in_a_mention(noun) or ctx.cues.kind_at(noun) in SPEECH_KINDS or norm.startswith("ال"):
        return False
    before = tokens.prev(noun, start)
    if before is not None and tokens.norm(before) in PREPOSITIONS:
        return True
    return norm.startswith(GLUED_PREPOSITIONS) and len(norm) > 4 and not norm[1:].startswith("ال")


def _head(ctx: Context, i: int, start: int) -> int:
    """Where the person's phrase begins: the bare title right before the name ("رئيس الحكومة فلان"), if any."""
    title = next((b for b in ctx.mentions.bare.values() if b.stop == i and b.i >= start), None)
    return title.i if title is not None else i
