"""A verb of saying with no subject of its own after a link of time or cause ("حين", "عندما", "إذ"):
"وأثار الرئيس X جدلا حين قال إن ...", "وخالف X التوقعات عندما أقر بخسارته", "بدا X متفائلا إذ قال
إن ...". The clause it opens hangs on the clause before it, whose subject is the verb's subject too;
with no statement before it in the sentence, no speaker before it hands on another."""
from __future__ import annotations

from ....text import normalize
from ..context import Context
from ..index import Found
from .base import CLAUSE_ENDS, Outcome, Query, Seen, Speakers, cue_form
from .authors import has_own_subject
from .carry import PREPOSITIONS, agrees

THAT = normalize("أن")   # "قبل أن يقول": the أن after a word of time
GLUED_PREPOSITIONS = ("ب", "ل")
# ل or ب glued on a definite noun ("للصحفيين", "بالإفراج"): whom it was said to, or the complement, even when the
# noun is a mention; no name of a subject opens so
GLUED_ARTICLE = (normalize("لل"), normalize("بال"))   # "حين اعترف بهزيمته", "عندما دعا لوقف": the verb's complement, no subject


def subject_of_main_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The subject of the clause a link of time or cause (function_words main_subject_link) hangs the
    cue's clause on: the first entity of the sentence before the link that no preposition governs, when
    no cue nor quote stands between, and the verb agrees with it in number. After "قبل أن", "بعد أن"
    (narrative_head) the sentence's last speaker goes on too ("وأعلن X فوزه، قبل أن يقول إن")."""
    tokens = ctx.tokens
    if q.cue.prefix:
        return None   # "وحين" opens a clause of its own
    link = _link_before(ctx, q)
    narrative = link is not None and tokens.norm(link) in tokens.words.narrative_head
    if link is None or (q.earlier and not narrative) or has_own_subject(ctx, q) or not _said_at_once(ctx, q):
        return None   # "وقال ... حين أكد": the sentence's speaker goes on
    if q.earlier:
        return _last_speaker_goes_on(ctx, q, link)
    for k in range(q.start, link):
        if ctx.cues.kind_at(k) is not None or tokens.is_quote(k) or tokens.text(k) in CLAUSE_ENDS:
            return None
    subject = next((c for c in ctx.mentions.cands
                    if q.start <= c.i and c.j <= link and not tokens.governed(c)), None)
    if subject is None:
        return None
    if narrative and _person_between(ctx, subject.j, link, ctx.mentions.key(subject)):
        return None   # "واعتقلت الشرطة الناشط X بعد أن قال": the person after the subject may be the one who spoke
    if not agrees(ctx, cue_form(ctx, q.cue), (ctx.mentions.key(subject),)):
        return None   # a plural verb carries on no single person or body
    return Speakers((ctx.mentions.found(subject),), q.cue.i + 1)


def _last_speaker_goes_on(ctx: Context, q: Query, link: int) -> Outcome:
    """"وأعلن X فوز حزبه، قبل أن يقول للصحفيين إن": the speaker of the sentence's last statement goes on past a
    link of what happened next, when no other person is named in the sentence before the link and the verb
    agrees with him."""
    keys = tuple(dict.fromkeys(st.speaker for st in q.in_sentence[-1:]))
    if not keys or _person_between(ctx, q.start, link, *keys) or not agrees(ctx, cue_form(ctx, q.cue), keys):
        return None
    return Speakers(tuple(Found(key, -1, -1) for key in keys), q.cue.i + 1)


def _person_between(ctx: Context, start: int, end: int, *keys: str) -> bool:
    """Is a person other than `keys` named between tokens start and end?"""
    return any(start <= c.i and c.j <= end and ctx.mentions.type_of(ctx.mentions.key(c)) == "Person"
               and ctx.mentions.key(c) not in keys for c in ctx.mentions.cands)


def _link_before(ctx: Context, q: Query) -> int | None:
    """The first token of the link right before the cue: a link of time or cause ("حين قال"), or أن after a
    word of time that tells what happened next or before ("، قبل أن يقول", "، بعد أن أعلن": narrative_head);
    None when the cue follows neither."""
    tokens = ctx.tokens
    link = tokens.prev(q.cue.i, q.start)
    if link is None:
        return None
    if tokens.norm(link) in tokens.words.main_subject_link:
        return link
    head = tokens.prev(link, q.start) if tokens.norm(link) == THAT else None
    return head if head is not None and tokens.norm(head) in tokens.words.narrative_head else None


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
        or (norm.startswith(GLUED_PREPOSITIONS) and len(norm) > 3 and not ctx.mentions.in_a_mention(nxt)) \
        or norm.startswith(GLUED_ARTICLE)
