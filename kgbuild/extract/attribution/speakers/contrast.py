"""The subject of a clause opened by "but" ("غير أن", "إلا أن", "بيد أن", "لكن"), when words describing it stand
between it and its verb: "غير أن المركز الحقوقي المستقل أكد", "لكن والدها فلان اتهم", "غير أن المتحدث باسم
الحزب فلان نفى", "غير أن العمال المضربين في المصانع رأوا". The noun after أن (or لكن) is the subject
of the clause's first verb (إنّ وأخواتها), however far its adjectives, prepositional phrases or a relative
clause carry it from the verb; subject_before takes only a subject that ends right before its verb."""
from __future__ import annotations

from ...mentions import Candidate
from ...words import PRONOUN_SUFFIXES
from ..context import Context
from ..index import Found
from ..referents.described import described_before_name, named_last
from .base import CLAUSE_ENDS, QAD, SPEAKER_TYPES, Outcome, Query, Seen, Speakers, feminine_verb, is_participle
from .before import _plural_verb

SUBJECT_SPAN = 18        # tokens from "but" to the verb: the subject, its title and what describes it


def _but_before(ctx: Context, q: Query) -> int | None:
    """The token of "but" that opens the verb's clause: لكن, or the أن of "غير أن"/"إلا أن"/"بيد أن"; None when
    a clause end, another cue or a comma outside a description comes first (walking back from the verb)."""
    tokens, words = ctx.tokens, ctx.tokens.words
    k = tokens.prev(q.cue.i, q.start)
    walked = 0
    while k is not None and walked < SUBJECT_SPAN:
        if tokens.text(k) in CLAUSE_ENDS or ctx.cues.at(k) is not None:
            return None
        norm = tokens.norm(k)
        if norm in words.topic_opener and norm not in words.complementizer:
            return k if norm in words.bare_clause_link else None   # "لكن", "ولكن"; not a bare "غير"
        if norm in words.complementizer:
            before = tokens.prev(k, q.start)
            ok = before is not None and tokens.norm(before) in words.topic_opener \
                and tokens.norm(before) not in words.complementizer
            return k if ok else None
        k, walked = tokens.prev(k, q.start), walked + 1
    return None


def _describes(ctx: Context, k: int) -> bool:
    """May token k stand between a subject and its verb as a part of its description: a mention, a definite
    adjective, a preposition and its object, a quote mark, a relative pronoun and its verb?"""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm = tokens.norm(k)
    prev = tokens.prev(k)
    return ctx.mentions.in_a_mention(k) or tokens.is_quote(k) or tokens.text(k) in "()" or norm.startswith(("ال", "لل")) \
        or norm in words.preposition or norm in words.relative or tokens.after_preposition(k) \
        or (prev is not None and tokens.norm(prev) in words.relative) or norm == QAD


def _subject(ctx: Context, but: int, verb: int) -> Candidate | None:
    """The person, body or group that opens the clause after `but`: the first mention no preposition governs
    (a person after it when it is the body a title names: "المتحدث باسم الحزب فلان")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = tokens.next(but + 1, verb)
    if first < verb and first in mentions.titled and mentions.titled[first].j <= verb:
        return mentions.titled[first]
    found = [c for c in mentions.cands if first <= c.i and c.j <= verb and not tokens.governed(c)]
    if not found:
        return None
    cand = found[0]
    before = tokens.prev(cand.i, first)
    if before is not None and not _apposed_to(ctx, before):
        return None   # "غير أن بعض أسر الضحايا طالبت": the name is the genitive of the head noun before it
    if cand.type not in SPEAKER_TYPES:
        return None
    if cand.type == "Organization" and cand.i > first:
        # a body inside a title before the person it describes: "الناطق باسم الحزب فلان نفى"
        person = next((c for c in found[1:] if c.type == "Person"), None)
        cand = person or cand
    return cand


def _apposed_to(ctx: Context, k: int) -> bool:
    """Can the word at k stand right before a name in apposition to it: part of another mention or title, a
    definite title or description ("الزعيم المشارك"), a noun with its owner's pronoun ("والدها"), a quote mark?
    An indefinite noun with no pronoun ("أسر", "بعض") takes the name after it as its genitive."""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    return ctx.mentions.in_a_mention(k) or tokens.is_quote(k) or norm.startswith("ال") or k in ctx.mentions.bare \
        or any(b.i <= k < b.stop for b in ctx.mentions.bare.values()) or norm.endswith(PRONOUN_SUFFIXES)


def subject_after_but(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"غير أن X الحقوقي أكد", "لكن والدها فلان اتهم": the subject that "but" puts first in its clause,
    separated from its verb by no more than what describes it."""
    if q.cue.prefix or is_participle(ctx, q.cue):
        return None   # "ووصف", "مؤكدا": a verb joined to the clause before, a participle of manner
    but = _but_before(ctx, q)
    if but is None:
        return None
    cand = _subject(ctx, but, q.cue.i)
    if cand is None:
        return _described_after_but(ctx, but, q.cue.i)
    tokens = ctx.tokens
    k, commas = cand.j, 0
    while k < q.cue.i:
        if tokens.is_comma(k):
            commas += 1          # a description between two commas: "لكن فلان، الوزير السابق، رفض"
        elif not tokens.is_space(k) and not _describes(ctx, k) and commas % 2 == 0:
            return None          # "لكن الحكومة واجهت انتقادا حين أعلنت": another verb of the subject comes first
        k += 1
    if commas % 2:
        return None
    return Speakers((ctx.mentions.found(cand),), q.cue.i + 1)


def _described_after_but(ctx: Context, but: int, verb: int) -> Speakers | None:
    """"بيد أن الخبير حذر", "لكن الأخير رفض": a definite noun alone between "but" and its verb, naming no one
    itself: "the latter" (the person or body named last), or the person the text named with that noun at the head
    of his description ("الخبير في ...، فلان")."""
    tokens = ctx.tokens
    noun = tokens.next(but + 1, verb)
    if noun >= verb or tokens.next(noun + 1, verb) < verb:
        return None
    latter = tokens.in_class(noun, tokens.words.latter)
    key = named_last(ctx, noun) if latter else described_before_name(ctx, noun)
    return Speakers((Found(key, noun, noun + 1),), verb + 1) if key is not None else None


def _pronoun_after_but(ctx: Context, q: Query) -> str | None:
    """The pronoun that the writer's "however" carries as the subject of the verb right after it: "غير أنه",
    "إلا أنها", "بيد أنهم" (and a قد between); None when no such word stands before the verb. Not "لكنها": a
    speaker's own "but" after what they said goes on with what was said ("أن الأم سافرت، لكنها أبلغت")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    p = tokens.prev(q.cue.i, q.start)
    if p is not None and tokens.norm(p) == QAD:
        p = tokens.prev(p, q.start)
    if p is None:
        return None
    norm = tokens.norm(p)
    suffix = next((s for s in PRONOUN_SUFFIXES if norm.endswith(s)), None)
    if suffix is None:
        return None
    host = norm[:-len(suffix)]
    but = tokens.prev(p, q.start)
    if host in words.complementizer and but is not None and tokens.norm(but) in words.topic_opener \
            and tokens.norm(but) not in words.complementizer:
        return suffix
    return None


def last_speaker_after_but(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"..., غير أنه انتقد", "غير أنها دعت": the pronoun after "however" takes up the last speaker, whose
    verb agrees with it (ها a feminine verb, هم a plural one, ه a masculine singular)."""
    if q.cue.prefix or not q.last_speakers or is_participle(ctx, q.cue):
        return None
    suffix = _pronoun_after_but(ctx, q)
    if suffix is None:
        return None
    plural, feminine = _plural_verb(ctx, q.cue), feminine_verb(ctx, q.cue)
    agrees = (suffix == "ها" and feminine and not plural) or (suffix == "ه" and not feminine and not plural) \
        or (suffix == "هم" and plural)
    if not agrees or (suffix != "هم" and len(q.last_speakers) > 1):
        return None
    return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), q.cue.i + 1)
