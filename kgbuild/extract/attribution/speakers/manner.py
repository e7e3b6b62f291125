"""A participle of manner after a clause that tells no statement of its own: "أغلقت الحكومة الحدود مع
جارتها قائلة إنها ...", "وأغلقت الشرطة الطريق موضحة أن ...". The clause's verb is no cue, so no
statement before the participle hands its speaker on; the subject named right after that verb speaks."""
from __future__ import annotations

from ....text import normalize
from ..context import Context
from .base import NO_SUBJECT, Outcome, Query, Seen, Speakers, cue_form, is_participle
from .carry import STOPWORDS, object_word, agrees
from .counted_states import counted_states


MANNER_WALK = 12          # tokens from the subject's end to the participle


def subject_of_opening_verb(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The subject of the verb that opens the sentence, for a participle of manner ("قائلة إن") with no
    statement before it in the sentence: the verb (no cue, no name, no article) is followed at once by a
    name, then by the verb's object; between them and the participle no punctuation but a comma right
    before it, no quote, إن/أن or other cue; verb, participle and subject agree in gender and number."""
    tokens = ctx.tokens
    cue = q.cue
    form = cue_form(ctx, cue)
    if q.earlier or not (is_participle(ctx, cue) or form in tokens.words.saying_participle):
        return None
    nxt = tokens.next(cue.i + 1, q.end)
    if nxt >= q.end or not (tokens.norm(nxt) in tokens.words.complementizer or tokens.text(nxt) == ":"
                            or tokens.is_quote(nxt)):
        return None  # what was said must follow the participle at once
    verb = _clause_verb(ctx, q)
    if verb is None:
        return None
    subject = ctx.mentions.start_at.get(tokens.next(verb + 1, q.end))
    if subject is None or tokens.governed(subject) \
            or not (subject.j < cue.i <= subject.j + MANNER_WALK):
        return None
    after = tokens.next(subject.j, cue.i)
    if after >= cue.i or not object_word(ctx, after) or not _clear_run(ctx, after, cue.i):
        return None
    now, then = _participle_gender(form), _perfect_gender(tokens.norm(verb))
    key = ctx.mentions.key(subject)
    if now is None or now != then or not agrees(ctx, form, (key,)):
        return None
    return Speakers((ctx.mentions.found(subject),), cue.i + 1)


def _clause_verb(ctx: Context, q: Query) -> int | None:
    """The verb opening the participle's clause: the sentence's first word, or the first after the last
    comma or colon before the participle that closes a fronted phrase ("وفي رد على الاتهامات، أغلقت ...")."""
    tokens = ctx.tokens
    opening = q.start
    for p in range(q.cue.i - 2, q.start - 1, -1):
        if tokens.is_comma(p) or tokens.text(p) == ":":
            opening = p + 1
            break
    verb = tokens.next(opening, q.end)
    return verb if verb < q.cue.i and _opening_verb(ctx, verb) else None


def _opening_verb(ctx: Context, k: int) -> bool:
    """Can the word at k be the verb opening its sentence: an Arabic word of three letters or more, no
    cue, no name, no article, no function word."""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    return norm.isalpha() and len(bare) >= 3 and not bare.startswith("ال") and ctx.cues.at(k) is None \
        and not ctx.mentions.in_a_mention(k) and not tokens.is_punct(k) \
        and norm not in NO_SUBJECT and bare not in NO_SUBJECT and norm not in STOPWORDS and bare not in STOPWORDS


def _participle_gender(form: str) -> str | None:
    """A singular participle's gender: "قائلة", "مؤكدة" feminine; "قائلا", "مؤكدا" masculine."""
    return "f" if form.endswith("ه") else "m" if form.endswith("ا") else None


def _perfect_gender(norm: str) -> str | None:
    """A perfect verb's gender as written: "أغلقت" feminine, "أغلق" masculine; None for plurals and duals."""
    if norm.endswith(("وا", "تا")):
        return None
    return "f" if norm.endswith("ت") else "m"


def _clear_run(ctx: Context, first: int, cue_i: int) -> bool:
    """No punctuation (but a comma right before the participle), quote, إن/أن or other cue in first..cue_i-1."""
    tokens = ctx.tokens
    last = tokens.prev(cue_i, first)
    for p in range(first, cue_i):
        if tokens.is_comma(p) and p == last:
            continue
        if tokens.is_punct(p) or tokens.is_quote(p) or tokens.norm(p) in tokens.words.complementizer \
                or ctx.cues.at(p) is not None:
            return False
    return True


def counted_states_of_opening_verb(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وكانت الدول الثلاث قد أغلقت حدودها ...، متهمة جارتها بـ": a feminine participle of manner, the
    sentence's first statement, whose sentence opens with a feminine verb (كانت, أعلنت ...) and a plural of
    states counted with a definite numeral: the states listed before (counted_states), one statement each."""
    tokens, cue = ctx.tokens, q.cue
    form = cue_form(ctx, cue)
    if q.earlier or _participle_gender(form) != "f" or not (is_participle(ctx, cue) or form in tokens.words.saying_participle):
        return None
    verb = tokens.next(q.start, q.end)
    # "كانت" is a function word _opening_verb refuses; counted_states asks for the feminine verb itself
    if verb >= cue.i or not tokens.norm(verb).isalpha() or ctx.mentions.in_a_mention(verb):
        return None
    subject = tokens.next(verb + 1, cue.i)
    listed = counted_states(ctx, verb, subject, cue.i) if subject < cue.i else None
    return Speakers(listed.found, cue.i + 1) if listed is not None else None
