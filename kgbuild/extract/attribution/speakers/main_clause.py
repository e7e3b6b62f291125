"""A verb of saying with no subject of its own after a link of time or cause ("حين", "عندما", "إذ"):
"وأثار الرئيس X جدلا حين قال إن ...", "وخالف X التوقعات عندما أقر بخسارته", "بدا X متفائلا إذ قال
إن ...". The clause it opens hangs on the clause before it, whose subject is the verb's subject too;
with no statement before it in the sentence, no speaker before it hands on another."""
from __future__ import annotations

from ..context import Context
from .base import CLAUSE_ENDS, Outcome, Query, Seen, Speakers, cue_form
from .authors import has_own_subject
from .carry import PREPOSITIONS, agrees

GLUED_PREPOSITIONS = ("ب", "ل")   # "حين اعترف بهزيمته", "عندما دعا لوقف": the verb's complement, no subject


def subject_of_main_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The subject of the clause a link of time or cause (function_words main_subject_link) hangs the
    cue's clause on: the first entity of the sentence before the link that no preposition governs, when
    no cue nor quote stands between, and the verb agrees with it in number."""
    tokens = ctx.tokens
    if q.earlier or q.cue.prefix:
        return None   # "وقال ... حين أكد": the sentence's speaker goes on; "وحين" opens a clause of its own
    link = tokens.prev(q.cue.i, q.start)
    if link is None or tokens.norm(link) not in tokens.words.main_subject_link or has_own_subject(ctx, q) \
            or not _said_at_once(ctx, q):
        return None
    for k in range(q.start, link):
        if ctx.cues.kind_at(k) is not None or tokens.is_quote(k) or tokens.text(k) in CLAUSE_ENDS:
            return None
    subject = next((c for c in ctx.mentions.cands
                    if q.start <= c.i and c.j <= link and not tokens.governed(c)), None)
    if subject is None:
        return None
    if not agrees(ctx, cue_form(ctx, q.cue), (ctx.mentions.key(subject),)):
        return None   # a plural verb carries on no single person or body
    return Speakers((ctx.mentions.found(subject),), q.cue.i + 1)


def _said_at_once(ctx: Context, q: Query) -> bool:
    """Does what the verb says (أن/إن, a colon, a quote) or its complement opened by a preposition follow it at
    once? A noun there may be a subject the text does not name ("حين أعلنت مجموعة يابانية انسحابها")."""
    tokens = ctx.tokens
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt >= q.end:
        return False
    norm = tokens.norm(nxt)
    return norm in tokens.words.complementizer or tokens.text(nxt) == ":" or tokens.is_quote(nxt) \
        or norm in PREPOSITIONS \
        or (norm.startswith(GLUED_PREPOSITIONS) and len(norm) > 3 and not ctx.mentions.in_a_mention(nxt))
