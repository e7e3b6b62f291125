"""Who speaks: the speaker searches as named strategies in one ordered list; the first that names
the speakers wins.

Each strategy looks at the cue in its sentence and answers with the speakers it found, or with
UNNAMED (the verb has a subject the text does not name: "وأشاد السفير الأمريكي"; the previous
speaker is then not inherited), or with GROUP_OBJECT (the subject slot of a second verb holds its
object: no other subject is sought, the previous speaker may continue), or with None (no opinion).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from ... import lexicon
from ...records import StatementRecord
from ...text import normalize
from ..groups import kind_of
from ..mentions import TITLE_MODIFIERS, Candidate, _nisba_country, match_title
from .context import Context
from .cues import SPEECH_KINDS, Cue, participle_forms
from .index import Found
from .referents import author_after, body_referent, issuer_of, person_ahead, title_referent

VERBS = frozenset(SPEECH_KINDS)
NOUNS = frozenset({"noun"})
RELAY_LEMMA = "نقل"          # "نقلت وكالة X عن Y"
RELAY_FROM = "عن"
QAD = "قد"                   # particle before a perfect verb: "وزارة الداخلية قد أعلنت"
SPEAKING_FOR = "باسم"        # "المتحدث باسم الكرملين": the spokesman of
SUBJECT_WALK = 8             # tokens the search for a subject after the verb may walk
SOURCE_LINKS = lexicon.function_words().source_link
ON, TONGUE = normalize("على"), normalize("لسان")   # "على لسان X": through the mouth of X
TONGUE_WINDOW = 8
# what follows the object of a verb of calling or accusing: "حث X على", "دعا X إلى"
OBJECT_COMPLEMENTS = lexicon.function_words().object_complement


@dataclass(frozen=True)
class Query:
    """A cue whose speaker is sought, in its sentence (tokens start..end-1)."""

    cue: Cue
    start: int
    end: int
    earlier: bool                        # the sentence has a statement before this cue
    last_speakers: tuple[str, ...]       # the speakers of the previous statement (none after 2 sentences)
    history: Sequence[StatementRecord]   # statements of the sentences before


@dataclass(frozen=True)
class Speakers:
    """Speakers found: who, where their phrase ends (the content is sought from there), the
    intermediaries the construction names ("نقلت وكالة X عن Y": X), and the strategy's name."""

    found: tuple[Found, ...]
    after: int
    via: tuple[str, ...] = ()
    by: str = ""


class Unnamed:
    """The verb has a subject of its own that the text does not name."""


class GroupObject:
    """"حذرت حماس من ...، وطالبت المجتمع الدولي بـ": after a second verb of the sentence, the group in
    the subject slot is the verb's object."""


UNNAMED, GROUP_OBJECT = Unnamed(), GroupObject()
Outcome = Speakers | Unnamed | GroupObject | None


@dataclass(frozen=True)
class Seen:
    """What the strategies tried so far have met."""

    unnamed: bool = False
    group_object: bool = False


@dataclass(frozen=True)
class Strategy:
    name: str
    find: Callable[[Context, Query, Seen], Outcome]
    cue_kinds: frozenset[str] = field(default=VERBS)


# --- the subject slot after a verb (VSO) ---------------------------------------------------------
def _skippable(ctx: Context, pos: int, named: bool) -> bool:
    """Words that stand between a verb and its subject, or inside a subject: time words, "بدوره",
    title modifiers, nationality adjectives, commas, quotes, organization heads with no name yet."""
    tokens = ctx.tokens
    norm = tokens.norm(pos)
    return norm in tokens.words.adjunct or norm in TITLE_MODIFIERS or bool(_nisba_country(tokens.doc, pos)) \
        or tokens.is_comma(pos) or tokens.is_quote(pos) or (norm in lexicon.org_heads() and not named)


def _subject_at(ctx: Context, pos: int) -> tuple[Candidate | None, bool]:
    """The mention at pos that may be a subject (the person a title introduces first), and whether
    the walk stops there: a mention governed by a preposition is an object."""
    mentions = ctx.mentions
    cand = mentions.start_at.get(pos)
    if pos in mentions.titled and (cand is None or cand.type != "Person"):
        return mentions.titled[pos], False
    return cand, cand is not None and ctx.tokens.governed(cand)


def _names(ctx: Context, pos: int, end: int, steps: int) -> Speakers:
    """The named subject at pos and those coordinated with it: "وقال X وY", "و<title> <name>"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    found: list[Found] = []
    while pos < end and steps < SUBJECT_WALK:
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        cand, governed = _subject_at(ctx, pos)
        if governed:
            break
        if cand is not None:
            # a place directly followed by a person is the person's country: "وروسيا فلاديمير بوتين"
            follower = mentions.start_at.get(tokens.next(cand.j, end))
            if cand.type == "Place" and follower is not None and follower.type == "Person":
                cand = follower
            found.append(mentions.found(cand))
            pos = cand.j
            after = tokens.next(pos, end)
            if after < end and tokens.is_comma(after):
                after = tokens.next(after + 1, end)
            if after < end and tokens.text(after).startswith("و") and \
                    (after in mentions.start_at or match_title(tokens.doc, after)):
                pos = after
                steps += 1
                continue
            break
        title = match_title(tokens.doc, pos)
        if title:
            pos = title[0]
            steps += 1
            continue
        if _skippable(ctx, pos, named=True):
            pos += 1
            steps += 1
            continue
        break
    return Speakers(tuple(found), pos)


def _title(ctx: Context, pos: int, end: int) -> Speakers | Unnamed:
    """A bare title as subject: the person it introduces further on, the person it refers to, the
    body a spokesman speaks for ("متحدث باسم الكرملين") or the organization it heads."""
    bare = ctx.mentions.bare[pos]
    person = person_ahead(ctx, pos + 1, end)
    if person is not None:
        return Speakers((person,), person.j)
    referent = title_referent(ctx, bare.title, bare.role_of, pos)
    if referent is not None:
        return Speakers((Found(referent, pos, bare.stop),), max(bare.stop, pos + 1))
    if SPEAKING_FOR in bare.title:
        inner = ctx.mentions.start_at.get(ctx.tokens.next(match_title(ctx.doc, pos)[0], end))
        if inner is not None and inner.type in ("Organization", "Place"):
            return Speakers((ctx.mentions.found(inner),), inner.j)
    if bare.role_of and ctx.mentions.type_of(bare.role_of) == "Organization":
        return Speakers((Found(bare.role_of, pos, bare.stop),), bare.stop)
    return UNNAMED  # "وأشاد السفير الأمريكي"


def _statement_noun(ctx: Context, pos: int, end: int, history: Sequence[StatementRecord]) -> Speakers | Unnamed:
    """"وأوضح بيان لوزارة الخارجية": its author; "وأوضح البيان": the issuer of the last statement
    that used that noun."""
    authors = [a for a in author_after(ctx, pos, end) if not ctx.mentions.is_agency(a.key)]
    if authors:
        return Speakers(tuple(authors[:1]), authors[0].j)
    issuer = issuer_of(ctx, ctx.cues.at(pos).lemma, pos, history)
    if issuer:
        return Speakers((Found(issuer, pos, pos + 1),), pos + 1)
    return UNNAMED


def _body_of_source(ctx: Context, pos: int, end: int) -> Found | None:
    """The organization an unnamed official or source belongs to: "مسؤول (أمني) بوزارة الداخلية",
    "مصدر في الرئاسة", "مسؤول لدى الأمم المتحدة"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for _ in range(3):
        pos = tokens.next(pos, end)
        if pos >= end:
            return None
        cand = mentions.start_at.get(pos)
        if cand is not None:
            return mentions.found(cand) if cand.type == "Organization" and tokens.governed(cand) else None
        if not (tokens.norm(pos) in SOURCE_LINKS or tokens.norm(pos).endswith(("ي", "يه"))):
            return None  # only a preposition or an adjective ("أمني", "رفيع") stands between
        pos += 1
    return None


def _given_name(ctx: Context, pos: int, end: int) -> Speakers | None:
    """"وقال صائب عريقات": a person found by the family name alone, whose given name is an ordinary
    word too (صائب، أمين، كريم): the word before the name belongs to the subject."""
    tokens, mentions = ctx.tokens, ctx.mentions
    nxt = tokens.next(pos + 1, end)
    cand = mentions.start_at.get(nxt) if nxt < end else None
    word = tokens.text(pos)
    if cand is None or cand.type != "Person" or word.startswith("ال") or word[:1] in "وفبلك" \
            or tokens.norm(pos) in tokens.words.preposition or ctx.cues.at(pos) or match_title(tokens.doc, pos) \
            or tokens.is_quote(pos) or tokens.is_comma(pos):
        return None
    found = _names(ctx, nxt, end, 0)
    return Speakers(found.found, found.after) if found.found else None


def subjects_after(ctx: Context, k: int, end: int, history: Sequence[StatementRecord]) -> Speakers | Unnamed | None:
    """The subject after the verb (VSO), walking past time words, titles and adjectives: named
    entities (coordinated ones included), a bare title's referent, a statement noun's author, a body."""
    tokens, mentions = ctx.tokens, ctx.mentions
    pos, steps = k, 0
    while pos < end and steps < SUBJECT_WALK:
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        cand, governed = _subject_at(ctx, pos)
        if governed:
            break
        if (cand is None and tokens.norm(pos) in tokens.words.unnamed_source) or \
                (cand is not None and cand.type == "Group" and kind_of(cand.key or "") in ("officials", "sources")):
            body = _body_of_source(ctx, cand.j if cand is not None else pos + 1, end)
            if body is not None:
                return Speakers((body,), body.j)  # "وقال مسؤول بوزارة الداخلية": the body speaks
        if cand is not None:
            return _names(ctx, pos, end, steps)
        if pos in mentions.bare:
            return _title(ctx, pos, end)
        title = match_title(tokens.doc, pos)
        if title:
            pos = title[0]
            steps += 1
            continue
        if ctx.cues.kind_at(pos) == "noun":
            return _statement_noun(ctx, pos, end, history)
        given = _given_name(ctx, pos, end)
        if given is not None:
            return given
        body = body_referent(ctx, pos)
        if body is not None:
            return Speakers((Found(body, pos, pos + 1),), pos + 1)
        if _skippable(ctx, pos, named=False):
            pos += 1
            steps += 1
            continue
        break
    return None


# --- the subject before a verb (SVO) -------------------------------------------------------------
def _before(ctx: Context, q: Query, allow_comma: bool) -> Speakers | None:
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start = q.cue.i, q.start
    p = tokens.prev(k, start)
    qad = p is not None and tokens.norm(p) == QAD
    if qad:
        p = tokens.prev(p, start)
    if allow_comma and p is not None and tokens.is_comma(p):
        p = tokens.prev(p, start)
    cand = mentions.end_at.get(p) if p is not None else None
    if cand is None or cand.i < start or tokens.governed(cand):
        return None
    if cand.type in ("Place", "Organization"):
        # the complement of a bare title: "رئيس الوزراء البريطاني أعلن" -> the title's referent
        for bare in mentions.bare.values():
            if bare.i < cand.i and bare.stop >= cand.j and bare.i >= start:
                ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
                return Speakers((Found(ref, bare.i, bare.stop),), k + 1) if ref else None
    found = [cand]
    # "القاهرة والخرطوم تدعوان": a dual or plural verb after "X وY" has both for subject
    while _plural_verb(ctx, q.cue) and tokens.text(found[0].i).startswith("و"):
        before = tokens.prev(found[0].i, start)
        other = mentions.end_at.get(before) if before is not None else None
        if other is None or other.i < start or tokens.governed(other):
            break
        found.insert(0, other)
    cand = found[0]
    head = cand.title_i if cand.title_i is not None else cand.i
    if not (qad or tokens.clause_start_before(cand.i, start) or tokens.clause_start_before(head, start)):
        return None
    return Speakers(tuple(mentions.found(c) for c in found), k + 1)


def _plural_verb(ctx: Context, cue: Cue) -> bool:
    """"تدعوان", "قالا", "يطالبون": a verb with a dual or plural subject."""
    form = cue_form(ctx, cue)
    return len(form) >= 4 and form.endswith(("ان", "وا", "ون", "تا")) or (len(form) >= 3 and form.endswith("ا")
                                                                         and form != cue.lemma)


def on_the_tongue_of(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وأكدت مدريد على لسان المتحدثة باسم الحكومة X أن": X speaks (the body through her)."""
    tokens = ctx.tokens
    for p in range(q.cue.i + 1, min(q.end, q.cue.i + TONGUE_WINDOW)):
        if tokens.norm(p) == ON and (nxt := tokens.next(p + 1, q.end)) < q.end and tokens.norm(nxt) == TONGUE:
            inner = subjects_after(ctx, nxt + 1, q.end, q.history)
            return inner if isinstance(inner, Speakers) and inner.found else None
        if tokens.norm(p) in tokens.words.complementizer:
            break
    return None


# --- the strategies, in the order they are tried -------------------------------------------------
def relayed_speech(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"نقلت وكالات الأنباء X وY عن المتحدث باسم Z، فلان، قوله": فلان speaks, X and Y relay."""
    if q.cue.lemma != RELAY_LEMMA:
        return None
    k, end = q.cue.i, q.end
    for p in range(k + 1, min(end, k + 30)):
        if ctx.tokens.norm(p) == RELAY_FROM:
            first = ctx.mentions.start_at.get(ctx.tokens.next(p + 1, end))
            # "عن ظريف": the name right after عن is governed by it, and is the one quoted
            inner = Speakers((ctx.mentions.found(first),), first.j) if first is not None and first.type != "Group" \
                else subjects_after(ctx, p + 1, end, q.history)
            if not isinstance(inner, Speakers) or not inner.found:
                return inner if isinstance(inner, Unnamed) else None
            relays = [ctx.mentions.key(c) for c in ctx.mentions.cands if k < c.i < p]
            return Speakers(inner.found, inner.after, tuple(dict.fromkeys(relays)))
    return None


def author_of_noun(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات الرئيس بوتين", "بيان لوزارة الخارجية": a statement noun's author (not a news agency)."""
    authors = [a for a in author_after(ctx, q.cue.i, q.end) if not ctx.mentions.is_agency(a.key)]
    return Speakers(tuple(authors), authors[-1].j) if authors else None


def subject_before(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO, the subject at the start of the clause right before the verb: "نزارباييف يدعو الشعب"."""
    return _before(ctx, q, allow_comma=False)


def subject_with_relative_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"توكاييف الذي ألقى خطابا ...، ناشد": a subject, its relative clause, a comma, then the verb."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start = q.cue.i, q.start
    p = tokens.prev(k, start)
    if p is None or not tokens.is_comma(p):
        return None
    for c in mentions.cands:
        if c.i < start or c.i >= p:
            continue
        nxt = tokens.next(c.j, p)
        if nxt < p and tokens.norm(nxt) in tokens.words.relative and not tokens.governed(c) \
                and tokens.clause_start_before(c.title_i if c.title_i is not None else c.i, start) \
                and not any(ctx.cues.kind_at(r) not in (None, "noun") for r in range(nxt, p)):
            return Speakers((mentions.found(c),), k + 1)
    return None


def cue_form(ctx: Context, cue: Cue) -> str:
    """The cue word as written, without its conjunction, normalised: "وقالوا" -> "قالوا"."""
    return normalize(ctx.tokens.text(cue.i)[cue.prefix:])


def is_participle(ctx: Context, cue: Cue) -> bool:
    """A participle of manner ("مؤكدا", "مطالبة", "، قائلا"): it continues its clause's subject and
    has no subject of its own; what follows it is its object."""
    tokens = ctx.tokens
    form = cue_form(ctx, cue)
    prev = tokens.prev(cue.i)
    return (form.startswith("م") and len(form) >= 4 and cue.lemma != form) or (
        (form.endswith("ا") or len(participle_forms(form)) > 1) and len(form) >= 4
        and prev is not None and tokens.is_comma(prev))


def _object_slot(ctx: Context, q: Query, found: Speakers) -> bool:
    """"وحث زعماء العالم على ...", "كما ناشد الأمم المتحدة بإصدار قرار": a verb that continues the
    last speaker, with an object and its complement (على، إلى، بـ) where a subject would stand. The
    object is a group, or a body the verb does not agree with (a masculine verb before a feminine
    name is no subject of it); a sound plural in -ين is never a subject."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if not q.last_speakers or not (q.cue.prefix or _after_clause_link(ctx, q)):
        return False
    first = found.found[0]
    if first.i < 0:
        return False
    kind = mentions.type_of(first.key)
    head = normalize(tokens.text(first.i))
    if kind == "Group" and head.endswith("ين"):
        return True
    nxt = tokens.next(found.after, q.end)
    if nxt >= q.end:
        return False
    word = tokens.text(nxt)
    complement = normalize(word) in OBJECT_COMPLEMENTS or (word.startswith("ب") and len(word) > 3)
    if not complement or kind == "Person":
        return False
    return kind == "Group" or not _feminine_verb(ctx, q.cue)


def _after_clause_link(ctx: Context, q: Query) -> bool:
    p = ctx.tokens.prev(q.cue.i, q.start)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.clause_opener


def _feminine_verb(ctx: Context, cue: Cue) -> bool:
    """"دعت", "تدعو", "طالبت": a verb that agrees with a feminine subject."""
    form = cue_form(ctx, cue)
    return form.endswith("ت") or form.startswith("ت")


def subject_after(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """VSO, the usual order in news: "وقال الرئيس الفرنسي إيمانويل ماكرون", "وقال X وY", "وقال
    الرئيس" (its referent), "وأوضح البيان" (its issuer), "وقالت الوزارة" (the last such body).
    A participle of manner has no subject after it: what follows is its object."""
    if is_participle(ctx, q.cue):
        return GROUP_OBJECT
    found = subjects_after(ctx, q.cue.i + 1, q.end, q.history)
    if isinstance(found, Speakers) and found.found and q.earlier and q.cue.prefix \
            and ctx.mentions.type_of(found.found[0].key) == "Group":
        return GROUP_OBJECT
    if isinstance(found, Speakers) and found.found and _object_slot(ctx, q, found):
        return GROUP_OBJECT
    return found


def subject_before_comma(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO across a comma: "وزارة الخارجية، قالت"."""
    return None if seen.group_object else _before(ctx, q, allow_comma=True)


def previous_speaker(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """A verb with no subject of its own continues the last speaker ("وأضاف أن", "وشددوا على",
    "مشيرا إلى"); a bare imperfect ("يذكر أن": it is said) does not."""
    if seen.unnamed or not q.last_speakers:
        return None
    tokens, words = ctx.tokens, ctx.tokens.words
    k, start, end, prefix = q.cue.i, q.start, q.end, q.cue.prefix
    nxt = tokens.next(k + 1, end)
    form = cue_form(ctx, q.cue)
    prev = tokens.prev(k, start)
    if prev is not None and tokens.norm(prev) == QAD:
        before = tokens.prev(prev, start)
        if before is not None and tokens.norm(before) not in words.clause_opener:
            return None  # "وكانت صحف روسية قد أشارت": a subject of its own, not one we know
    # participles of manner ("مشيرا", "داعيا", "قائلا") continue the clause's speaker
    participle = form.startswith("م") or is_participle(ctx, q.cue)
    continues = prefix > 0 or q.cue.kind == "continuation" or participle or \
        (prev is not None and tokens.norm(prev) in words.clause_opener)
    if continues and nxt < end and tokens.norm(nxt) in words.unnamed_source:
        return None  # "وأكد مصدر مسؤول": a subject of its own, unnamed
    start_at = ctx.mentions.start_at
    if continues and nxt < end and (nxt not in start_at or seen.group_object or participle
                                    or tokens.governed(start_at[nxt])) and agrees(ctx, form, q.last_speakers):
        return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), k + 1)
    return None


def agrees(ctx: Context, form: str, speakers: tuple[str, ...]) -> bool:
    """A plural verb or participle ("قالوا", "يقولون", "مشيدين") carries on no single person or body."""
    plural = len(form) >= 4 and (form.endswith("وا") or (form.endswith("ون") and form[0] in "يتم")
                                 or (form.endswith("ين") and form[0] == "م"))
    return not (plural and len(speakers) == 1
                and ctx.mentions.type_of(speakers[0]) in ("Person", "Organization", "Place"))


# tried in this order; a cue of a kind a strategy does not take skips it
STRATEGIES: tuple[Strategy, ...] = (
    Strategy("relayed_speech", relayed_speech, VERBS | NOUNS),        # "نقلت وكالة X عن Y": Y
    Strategy("on_the_tongue_of", on_the_tongue_of),                    # "أكدت X على لسان Y": Y
    Strategy("author_of_noun", author_of_noun, NOUNS),                 # "بيان لوزارة الخارجية"
    Strategy("subject_before", subject_before),                        # "نزارباييف يدعو"
    Strategy("subject_with_relative_clause", subject_with_relative_clause),  # "X الذي ...، ناشد"
    Strategy("subject_after", subject_after),                          # "وقال X", "وقال الرئيس", "وأوضح البيان"
    Strategy("subject_before_comma", subject_before_comma),            # "وزارة الخارجية، قالت"
    Strategy("previous_speaker", previous_speaker),                    # "وأضاف أن", "، مشيرا إلى"
)


def find_speakers(ctx: Context, q: Query, strategies: Sequence[Strategy] = STRATEGIES) -> Speakers | None:
    """The speakers of the first strategy that names them, or None: a cue with no speaker gives no statement."""
    seen = Seen()
    for strategy in strategies:
        if q.cue.kind not in strategy.cue_kinds:
            continue
        outcome = strategy.find(ctx, q, seen)
        if isinstance(outcome, Speakers) and outcome.found:
            return Speakers(outcome.found, outcome.after, outcome.via, strategy.name)
        if outcome is UNNAMED:
            seen = replace(seen, unnamed=True)
        elif outcome is GROUP_OBJECT:
            seen = replace(seen, group_object=True)
    return None
