"""Persons named in apposition right after a dual or plural common noun that is the subject: "وقال الناشطان فلان،
مؤسس الحركة، وعلان، عضو الائتلاف، إن", "وكان المرشحان الخاسران فلان وعلان قد دعوا": the noun only says what the
persons are; each person named speaks (a joint statement is one statement per speaker), not an unnamed group."""
from __future__ import annotations

from ..context import Context
from ..index import Found
from .base import QAD, Query, Speakers
from .named_subjects import conjoined

DUAL_PLURAL_ENDINGS = ("ان", "ين", "ون")   # "الناشطان", "المرشحين", "المرشحون": a noun of two or more
DESCRIBING_WORDS = 2     # definite adjectives between the noun and the first name ("المرشحان الخاسران")
APPOSITION_WORDS = 8     # words of a description set off by commas after a name ("، مؤسس حركة X،")
MAX_NAMED = 4            # persons of one such list
ARTICLE = "ال"


def with_named_persons(ctx: Context, q: Query, found: Speakers) -> Speakers:
    """The persons named in apposition after the one unnamed group found as the cue's subject, when the group's
    noun is a definite dual or plural and two or more persons joined by و follow it at once; else unchanged."""
    if len(found.found) != 1 or found.found[0].i < q.start:
        return found   # (a speaker carried over from before the sentence is named by no noun here)
    group = found.found[0]
    if ctx.mentions.type_of(group.key) != "Group" or group.j - group.i != 1:
        return found
    norm = ctx.tokens.norm(group.i)
    if not (norm.startswith(ARTICLE) and norm.endswith(DUAL_PLURAL_ENDINGS)):
        return found
    persons = _named_after(ctx, group.j, q.end)
    if len(persons) < 2 or not _subject_closes(ctx, q, persons[-1].j):
        return found
    # (named before the verb, "وكان المرشحان فلان وعلان قد دعوا": what was said still starts after the verb)
    return Speakers(tuple(persons), max(found.after, persons[-1].j), found.via, found.by)


def _subject_closes(ctx: Context, q: Query, pos: int) -> bool:
    """Does the subject end at pos: a comma, "قد" or the cue itself (a subject before its verb), what was said opening
    (أن/إن, a colon, a quote)? Persons followed by anything else may be the verb's objects ("ودعا المحتجون الرئيس فلان
    ورئيس الوزراء علان إلى الاستقالة")."""
    tokens = ctx.tokens
    k = tokens.next(pos, q.end)
    return k >= q.end or k == q.cue.i or tokens.is_comma(k) or tokens.norm(k) == QAD \
        or tokens.norm(k) in tokens.words.complementizer or tokens.text(k) == ":" or tokens.is_quote(k)


def _named_after(ctx: Context, pos: int, end: int) -> list[Found]:
    """Persons named from pos on: past up to DESCRIBING_WORDS definite adjectives (and a phrase closed by a comma), the
    first at once, each next one after و, a description between commas allowed after each name."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k = tokens.next(pos, end)
    for _ in range(DESCRIBING_WORDS):
        if k >= end or k in mentions.start_at or not tokens.norm(k).startswith(ARTICLE) or tokens.is_punct(k):
            break
        k = tokens.next(k + 1, end)
    k = _past_described_phrase(ctx, k, end)
    persons: list[Found] = []
    while k < end and len(persons) < MAX_NAMED:
        cand = mentions.start_at.get(k)
        if cand is None or cand.type != "Person" or tokens.governed(cand) or (persons and not conjoined(ctx, k)):
            break
        persons.append(mentions.found(cand))
        k = _past_apposition(ctx, tokens.next(cand.j, end), end)
    return persons


def _past_described_phrase(ctx: Context, k: int, end: int) -> int:
    """Where the names open past a short phrase that describes the noun and the comma that closes it ("المرشحان
    الخاسران في الجولة الماضية، فلان وعلان،"), or past a comma alone; k itself when no name follows such a comma.
    The phrase holds no name, cue, quote nor أن/إن."""
    name = _name_past_comma(ctx, k, end, names_stop=True)
    return k if name is None else name


def _past_apposition(ctx: Context, k: int, end: int) -> int:
    """The word after a description set off by commas at k ("، مؤسس الحركة، وعلان" -> "وعلان"), or k itself when
    none is there: a short phrase with no name, cue, quote nor أن/إن in it."""
    if k >= end or not ctx.tokens.is_comma(k):
        return k
    name = _name_past_comma(ctx, ctx.tokens.next(k + 1, end), end, names_stop=False)
    return k if name is None else name


def _name_past_comma(ctx: Context, p: int, end: int, names_stop: bool) -> int | None:
    """The name that opens right after the comma closing a short phrase from p (at most APPOSITION_WORDS words);
    None when no name opens there, or the phrase runs into a cue, a quote, أن/إن, other punctuation or (names_stop)
    a name of its own."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for _ in range(APPOSITION_WORDS):
        if p >= end or tokens.is_quote(p) or ctx.cues.at(p) is not None or (names_stop and mentions.in_a_mention(p)) \
                or tokens.norm(p) in tokens.words.complementizer or (tokens.is_punct(p) and not tokens.is_comma(p)):
            return None
        if tokens.is_comma(p):
            nxt = tokens.next(p + 1, end)
            return nxt if nxt in mentions.start_at else None
        p = tokens.next(p + 1, end)
    return None
