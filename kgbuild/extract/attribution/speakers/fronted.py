"""The topic set before a verb by "as for" (أما ... فـ): "أما زعيم الحزب فلان، فقال إن", "أما الوزيرة فلانة،
أستاذة القانون، فتعهدت بأن", "أما الحزب X، الذي ...، فقد أعلن". The فـ on the verb (or on its قد) takes up the
noun phrase after أما as its subject, however long the phrase, its asides between commas or its relative
clauses; the speaker before does not go on."""
from __future__ import annotations

from .... import lexicon
from ...mentions import Candidate
from ..context import Context
from ..referents.title_chains import person_ahead
from .base import CLAUSE_ENDS, QAD, UNNAMED, Outcome, Query, Seen, Speakers, carries_object_pronoun, cue_form
from .carry import FRONTED_SUBJECT_LINK, PREPOSITIONS, agrees

TOPIC_WALK = 40        # tokens from أما to the فـ that takes it up: a long title, a name, an aside, a relative clause
TOPIC_SEGMENTS = 2     # the phrase after أما and one aside between commas ("أما الباحثة في X، فلانة، فرأت")


def topic_of_as_for(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The entity the phrase after أما names, when the cue (or the قد before it) carries the فـ that takes
    that phrase up and no other fronted link stands between. A phrase opening with a preposition ("أما في
    باريس، فقال") sets a place, not a subject; a phrase that names no entity (a name the finders miss, a bare title the
searches before found no holder for) is still the verb's own subject: UNNAMED, so the last speaker does not go on."""
    tokens = ctx.tokens
    link = _link_of(ctx, q)
    if link is None:
        return None
    as_for = _as_for_before(ctx, link, q.start)
    if as_for is None:
        return None
    first = tokens.next(as_for + 1, link)
    if first >= link or tokens.norm(first) in PREPOSITIONS or tokens.norm(first) in tokens.words.adjunct \
            or tokens.in_class(first, tokens.words.subject_pronoun):
        return None   # "أما في العاصمة، فقال", "أما هو فقال": a setting, or the one who spoke before
    topic = _topic(ctx, first, link)
    if topic is None:
        # "أما فلان، رئيس حزب X، فدعا" with the name unfound: the verb has a subject of its own, not the last speaker
        return UNNAMED
    if not agrees(ctx, cue_form(ctx, q.cue), (ctx.mentions.key(topic),)):
        return None
    return Speakers((ctx.mentions.found(topic),), q.cue.i + 1)


def _link_of(ctx: Context, q: Query) -> int | None:
    """The token that carries the فـ of the topic: the cue itself ("فقال", its only proclitic) or the قد
    before it ("فقد أكد")."""
    tokens = ctx.tokens
    text = tokens.text(q.cue.i)
    if q.cue.prefix == 1 and text.startswith(FRONTED_SUBJECT_LINK):
        return q.cue.i
    prev = tokens.prev(q.cue.i, q.start)
    if not q.cue.prefix and prev is not None and tokens.norm(prev) == FRONTED_SUBJECT_LINK + QAD:
        return prev
    return None


def _as_for_before(ctx: Context, link: int, start: int) -> int | None:
    """أما (or وأما) before the link in its sentence, with no clause end, no other cue taken up by a فـ
    and no other أما between."""
    tokens = ctx.tokens
    k = tokens.prev(link, start)
    for _ in range(TOPIC_WALK):
        if k is None or tokens.text(k) in CLAUSE_ENDS:
            return None
        if tokens.in_class(k, tokens.words.fronted_topic):
            return k
        k = tokens.prev(k, start)
    return None


def _topic(ctx: Context, first: int, link: int) -> Candidate | None:
    """The entity of the topic phrase (first..link): in the first comma-separated segment that names one no
    preposition governs (at most TOPIC_SEGMENTS, relative clauses skipped), a person before any other
    entity (the party in "زعيم حزب X فلان" is the person's); the first segment must name it or be a bare
    title of it ("الباحثة في الشؤون X، فلانة،")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    segments, lo = [], first
    for k in range(first, link + 1):
        if k == link or tokens.is_comma(k):
            if tokens.next(lo, link) < k:
                segments.append((tokens.next(lo, link), k))
            lo = k + 1
    for n, (lo, hi) in enumerate(segments[:TOPIC_SEGMENTS]):
        if n and tokens.norm(lo) in tokens.words.relative:
            continue
        named = [c for c in mentions.cands
                 if lo <= (c.title_i if c.title_i is not None and c.title_i < c.i else c.i) and c.j <= hi
                 and not tokens.governed(c)]
        person = next((c for c in named if c.type == "Person"), None)
        if person is None and n == 0 and lo in mentions.bare:
            return None   # "أما رئيس حزب X، فقال": the title's unnamed holder speaks, not the body of the title
        if named:
            return person or named[0]
        if n == 0 and (titled := mentions.titled.get(lo)) is not None:
            return titled   # "أما الباحثة في X، فلانة،": the title that introduces the person named after it
        if n == 0 and lo not in mentions.bare:
            return None
    return None


def person_topic_of_as_for(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"أما رئيس المجلس فلان فقد ناشد الرئيس": a person set as the topic after أما is the verb's subject before
    any noun after the verb, which is then its object; not when the verb takes the topic up as its object
    pronoun ("أما فلان فقد وصفه الوزير بأنه")."""
    if carries_object_pronoun(ctx, q.cue):
        return None
    found = topic_of_as_for(ctx, q, seen)
    if isinstance(found, Speakers) and all(ctx.mentions.type_of(f.key) == "Person" for f in found.found):
        return found
    return None


RESUMPTIVE_PRONOUNS = ("ها", "ه", "هم")   # "رئيسها", "زعيمه", "قادتهم": the head of the topic, taken back by a pronoun
OPEN_TA, CLOSED_TA = "ت", "ه"   # "رئيستها": the ta marbuta of a feminine title opens before a pronoun (normalised ة is ه)


def _is_title_stem(stem: str) -> bool:
    """A title as written before a pronoun: "رئيس" (رئيسه), or a feminine one whose ة opened to ت (رئيستها)."""
    titles = lexicon.titles()
    return stem in titles or (stem.endswith(OPEN_TA) and stem[:-1] + CLOSED_TA in titles)


def named_head_of_topic(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"أما الحركة، التي ...، فاعتبر رئيسها فلان أن": after a topic set by أما, a title right after the verb that
    takes the topic back with a pronoun, and the person it names, is the verb's subject: the topic (a body, a
    state) speaks through its named head, as "فقد اعتبر رئيسها فلان" reads. Before the searches of a subject
    before its verb, which would take the topic itself."""
    tokens = ctx.tokens
    link = _link_of(ctx, q)
    if link is None or _as_for_before(ctx, link, q.start) is None:
        return None
    head = tokens.next(q.cue.i + 1, q.end)
    if head >= q.end:
        return None
    text, norm = tokens.text(head), tokens.norm(head)
    suffix = next((s for s in RESUMPTIVE_PRONOUNS if text.endswith(s) and len(text) > len(s) + 2), None)
    if suffix is None or not _is_title_stem(norm[:-len(suffix)]):
        return None
    person = person_ahead(ctx, head + 1, q.end)
    return Speakers((person,), person.j) if person is not None else None
