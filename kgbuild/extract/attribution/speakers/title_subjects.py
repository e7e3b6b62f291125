"""A title as the subject after a verb: a bare title (title_subject) and the person it introduces or refers to, the
body its spokesman speaks for ("متحدث باسم", "المتحدث باسمها"), the organization it heads or serves, an unnamed
holder; and a plural title whose holders a body or country has ("وزراء مالية مجموعة العشرين")."""
from __future__ import annotations

from typing import Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import normalize, strip_article
from ...mentions import Candidate, match_title
from ...mentions.base import is_honorific
from ...words import PRONOUN_SUFFIXES, text_of
from ..context import Context
from ..index import BareTitle, Found
from ..referents.bodies_and_places import body_referent, refers_to_body
from ..referents.described import described_before_name
from ..referents.spokesmen import spoken_for
from ..referents.title_chains import person_ahead
from ..referents.title_holders import apposed_holder, named_with_bare_title, title_referent, unnamed_holder
from ..referents.titled_speakers import last_speaker_titled, title_holder_after
from .base import UNNAMED, Speakers, Unnamed
from .unnamed_sources import (CARRY_BACK, SOURCE_LINKS, content_right_after, sentence_ends_between,
                              source_group_referent)


def _two_titles(ctx: Context, pos: int, inner: int, end: int, history: Sequence[StatementRecord]) -> Speakers | Unnamed:
    """"وشدد وزير المالية ووزير الداخلية على": two bare titles joined by و, one subject each: the persons
    both refer to (the first alone when the second refers to none or to the same one: one person's two offices,
    "رئيس الحزب ورئيس الوزراء فلان")."""
    first = title_subject(ctx, pos, end, history, conjoined=False)
    second = title_subject(ctx, inner, end, history, conjoined=False)
    if not isinstance(first, Speakers) or not isinstance(second, Speakers) \
            or {f.key for f in first.found} & {f.key for f in second.found} \
            or any(ctx.mentions.type_of(f.key) != "Person" for f in (*first.found, *second.found)):
        return first
    # the first title's words end where the second's و opens
    firsts = tuple(Found(f.key, f.i, min(f.j, inner)) if 0 <= f.i < inner else f for f in first.found)
    return Speakers((*firsts, *second.found), max(first.after, second.after))


PLURAL_NISBA_ENDINGS = ("يين", "يون")


def title_subject(ctx: Context, pos: int, end: int, history: Sequence[StatementRecord],
                  conjoined: bool = True) -> Speakers | Unnamed:
    """A bare title as subject: the person it introduces further on, the person it refers to, the
    body or group a spokesman speaks for ("متحدث باسم الكرملين") or the organization it heads; with a second
    bare title joined to it by و (`conjoined`), the one that title refers to as well."""
    bare = ctx.mentions.bare[pos]
    inner = next((k for k in range(pos + 1, bare.stop) if k in ctx.mentions.bare), None)
    if inner is not None and is_honorific(bare.title):
        return title_subject(ctx, inner, end, history)   # "صاحب السمو رئيس الدولة": the office after the honorific
    if conjoined and inner is not None and ctx.tokens.text(inner).startswith("و"):
        return _two_titles(ctx, pos, inner, end, history)
    person = person_ahead(ctx, pos + 1, end)
    if person is not None:
        return Speakers((person,), person.j)
    role_of, stop = bare.role_of, bare.stop
    if role_of is not None and _plural_nisba(ctx.tokens.norm(stop - 1)):
        role_of, stop = None, stop - 1   # "ودعا البابا العراقيين": a plural nationality is the verb's object
    # "وتعهد الرئيس المنتخب": a lone title said to be new names the one the story sees into office, not the last
    # one given the title (his predecessor)
    from ..targets.read_off import newly_in_office   # here, not at the top: targets import the speakers
    referent = newly_in_office(ctx, bare, pos) or last_speaker_titled(ctx, bare.title, role_of, history) \
        or title_referent(ctx, bare.title, role_of, pos) or apposed_holder(ctx, bare.title, bare.role_of, pos)
    sent = ctx.tokens.sentence(pos)
    if referent is None and ctx.tokens.prev(sent.start) is None:
        referent = title_holder_after(ctx, bare.title, role_of, sent.end)  # a headline's bare title
    if referent is not None and not _spokesman_of_another(ctx, referent, pos, bare.title, end):
        return Speakers((Found(referent, pos, stop),), max(stop, pos + 1))
    # "متحدث باسم الكرملين", "ورد الناطق باسم المصلحة": the body or group speaks through him
    if (spoken := spoken_for(ctx, pos, bare.title, end)) is not None:
        return Speakers((spoken,), spoken.j)
    if (spoken := spoken_for_by_pronoun(ctx, bare.i, bare.stop, end, history)) is not None:
        return Speakers((spoken,), spoken.j)
    if bare.role_of and ctx.mentions.type_of(bare.role_of) == "Organization":
        # "وقال الأمين العام للمنظمة": the person the article named with this title, or else the body
        holder = named_with_bare_title(ctx, bare.title, bare.role_of, pos)
        return Speakers((Found(holder or bare.role_of, pos, bare.stop),), bare.stop)
    if bare.role_of is None and (body := _body_in_construct(ctx, bare, end, history)) is not None:
        # "وقال مدير شركة X", "وأكد رئيس مجلس إدارة X": the body he heads, or the person named with his title
        holder = named_with_bare_title(ctx, bare.title, body.key, pos)
        return Speakers((Found(holder or body.key, pos, body.j),), body.j)
    if (state := _state_of_envoy(ctx, bare, end) or _state_of_envoy_before(ctx, bare, history)) is not None:
        return Speakers((Found(state, pos, bare.stop),), bare.stop)
    if bare.role_of is None and (body := _body_of_title(ctx, bare.i, bare.stop, end)) is not None:
        return Speakers((body,), body.j)   # "وقال مدير الأمن في وزارة الداخلية": the body he serves speaks
    if source_group_referent(ctx, pos, history) is None \
            and (holder := unnamed_holder(ctx, BareTitle(bare.i, stop, bare.title, role_of), history)) is not None:
        # "وأشاد السفير الأمريكي": he speaks, unnamed (after an unnamed source or official it may refer back to)
        return Speakers((holder,), max(stop, pos + 1))
    if bare.role_of is None and (last := _person_just_quoted(ctx, pos, stop, history)) is not None:
        return Speakers((Found(last, pos, stop),), max(stop, pos + 1))
    if bare.role_of is None and content_right_after(ctx, pos) and (named := described_before_name(ctx, pos)) is not None:
        # "صرّح وزير النقل فلان ... . ... وذكر الوزير أن": with no one just quoted, the person the text named
        # with this noun at the head of his description
        return Speakers((Found(named, pos, stop),), max(stop, pos + 1))
    return UNNAMED  # "وأشاد الوزير": someone the text does not name


RENAMED_BACK = 1        # sentences back to the statement of the person a new description may name again
RENAMED_ADJECTIVES = 2  # definite adjectives of such a description ("الزعيم المعارض")
# what follows the object of a verb of calling ("دعا X إلى"), as the cursor normalizes it
CALLING_COMPLEMENTS = frozenset(normalize(w) for w in lexicon.function_words().object_complement)


def _person_just_quoted(ctx: Context, pos: int, stop: int, history: Sequence[StatementRecord]) -> str | None:
    """"وقال فلان إن ... . وأكد الزعيم المعارض أن": news names the person it has just quoted again by a
    description it did not give him before (his office, party or trade); a bare title that nobody in the
    article holds, with what was said right after it, refers back to the person who spoke last, in this
    sentence or the one before. Not when a name or anything else follows the title: that one is new."""
    if not history or not _said_right_after(ctx, stop):
        return None
    last = history[-1]
    if ctx.mentions.type_of(last.speaker) != "Person" \
            or sentence_ends_between(ctx, last.sentence_span[1], ctx.tokens.starts[pos]) > RENAMED_BACK:
        return None
    return last.speaker


def _said_right_after(ctx: Context, stop: int) -> bool:
    """Past a title's definite adjectives, what was said opens ("أن", ":", a quote) or the complement of a
    verb of calling ("ودعا النائب المعارض إلى")."""
    tokens, end = ctx.tokens, len(ctx.tokens.texts)

    def opens_what_was_said(p: int) -> bool:
        return p < end and (tokens.norm(p) in tokens.words.complementizer or tokens.text(p) == ":"
                            or tokens.is_quote(p) or tokens.norm(p) in CALLING_COMPLEMENTS)
    p = tokens.next(stop, end)
    for _ in range(RENAMED_ADJECTIVES):
        if opens_what_was_said(p):
            return True
        if p < end and tokens.norm(p).startswith("ال") and not ctx.mentions.in_a_mention(p) \
                and ctx.cues.at(p) is None:
            p = tokens.next(p + 1, end)
    return opens_what_was_said(p)


def _spokesman_of_another(ctx: Context, referent: str, pos: int, title: str, end: int) -> bool:
    """"وقال المتحدث باسم الوزارة فلان ... وقال متحدث باسم الاتحاد الأوروبي": a spokesman's bare title whose
    body after باسم is not the one the person it would refer to speaks for: another spokesman, of that body.
    Only when none of that person's spokesman roles names this body: one that names no body is of a body the
    finders left unnamed ("المتحدث باسم الجبهة X فلان"), not of the one found after this title."""
    spoken = spoken_for(ctx, pos, title, end)
    ent = ctx.mentions.entities.get(referent)
    if spoken is None or spoken.key == referent or ent is None:
        return False
    roles = [r for r in ent.roles if SPEAKING_FOR in normalize(r.title)]
    return bool(roles) and all(r.of_key != spoken.key for r in roles)


STATE_KINDS = ("country", "capital")   # places.tsv kinds that stand for a government


def _state_of_envoy(ctx: Context, bare: BareTitle, end: int) -> str | None:
    """"وأكد ممثل البحرين", "وقال مندوب فرنسا لدى الأمم المتحدة": an envoy's title (function_words
    state_envoy) in construct with the state named right after it, its holder unnamed: he speaks in the
    state's name, as a spokesman does for his body, and the state (a country or its capital, standing for its
    government) is the speaker. Not a place he is posted at ("ممثل المنظمة في بوليفيا"), nor a place of no
    government ("ممثل هوليوود" is an actor)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if bare.role_of is None or tokens.norm(bare.i) not in tokens.words.state_envoy:
        return None
    nxt = tokens.next(bare.i + 1, end)
    cand = mentions.start_at.get(nxt) if nxt < end else None
    if cand is None or cand.type != "Place" or tokens.governed(cand) or mentions.key(cand) != bare.role_of:
        return None
    known = mentions.known.get(bare.role_of)
    if known is None or known.kind not in STATE_KINDS or _person_before_content(ctx, cand.j, end):
        return None
    return bare.role_of


def _state_of_envoy_before(ctx: Context, bare: BareTitle, history: Sequence[StatementRecord]) -> str | None:
    """"وقال مندوب فرنسا إن ... وأضاف المندوب أن": the envoy's title alone, with its article, takes back the
    state whose unnamed envoy of that title spoke last, at most CARRY_BACK sentences back (the statement whose
    speaker's words open with the title), when no other statement came between."""
    tokens = ctx.tokens
    norm = tokens.norm(bare.i)
    if bare.role_of is not None or bare.stop != bare.i + 1 or not norm.startswith("ال") \
            or norm[2:] not in tokens.words.state_envoy or not history:
        return None
    last = history[-1]
    if last.speaker_span is None or ctx.mentions.type_of(last.speaker) != "Place" \
            or sentence_ends_between(ctx, last.sentence_span[1], tokens.starts[bare.i]) > CARRY_BACK:
        return None
    said_by = text_of(ctx.doc)[last.speaker_span[0]:last.speaker_span[1]].split()
    return last.speaker if said_by and normalize(said_by[0]) == norm[2:] else None


ENVOY_PHRASE = 12   # words of the envoy's phrase after the state, where a name of him may still come


def _person_before_content(ctx: Context, start: int, end: int) -> bool:
    """"وأكد ممثل الإمارات الرئيس السابق للمجلس فلان أن": a person named in the subject's phrase, before what
    was said begins (a complementizer, a quote, a colon or another verb of saying), may be the envoy himself:
    no state is read off his title then."""
    tokens = ctx.tokens
    for q in range(start, min(end, start + ENVOY_PHRASE)):
        if tokens.norm(q) in tokens.words.complementizer or tokens.is_quote(q) or tokens.text(q) == ":" \
                or ctx.cues.kind_at(q) not in (None, "noun"):
            return False
        c = ctx.mentions.start_at.get(q) or ctx.mentions.titled.get(q)
        if c is not None and c.type == "Person":
            return True
    return False


BODY_PRONOUNS = ("ها", "ه")   # "رئيسها", "قائده": its head, of a body (the ta marbuta of "رئيسة" is no pronoun)


def head_of_body_by_pronoun(ctx: Context, pos: int, end: int, history: Sequence[StatementRecord]) -> Found | None:
    """"وأعلنت شركة X أن ... وقال رئيسها التنفيذي إن": a title with a possessive pronoun as the subject takes back
    the body that spoke last, at most CARRY_BACK sentences back, which speaks through its head: the person the
    text named before with that title of that body, or else the body itself (as "الأمين العام للمنظمة" does);
    what was said follows the title and at most one adjective ("وقال زعيمه فلان" names him)."""
    if not history:
        return None
    tokens = ctx.tokens
    text, norm = tokens.text(pos), tokens.norm(pos)
    suffix = next((s for s in BODY_PRONOUNS if text.endswith(s)), None)
    # (the word's own shape asked first: the reading of the words after it is the dearer question, and most
    # subjects are no title with a pronoun)
    if suffix is None or norm[:-len(suffix)] not in lexicon.titles():
        return None
    if person_ahead(ctx, pos + 1, end) is not None or not content_right_after(ctx, pos, adjectives=1):
        return None
    last = history[-1]
    if ctx.mentions.type_of(last.speaker) != "Organization" \
            or sentence_ends_between(ctx, last.sentence_span[1], tokens.starts[pos]) > CARRY_BACK:
        return None
    title = norm[:-len(suffix)]
    holder = title_referent(ctx, title, last.speaker, pos)
    if holder is not None and not _holds_a_role_of(ctx, holder, last.speaker, pos):
        # "أشادت بعثة X ...، وقال رئيسها": "the president" named before with no body is the country's, not its head
        holder = named_with_bare_title(ctx, title, last.speaker, pos)
    return Found(holder or last.speaker, pos, pos + 1)


def _holds_a_role_of(ctx: Context, person: str, body: str, before: int) -> bool:
    """Did the text, before token `before`, give the person a title of this body?"""
    return any(r.of_key == body for _, ent in ctx.mentions.persons_before(before) if ent.key == person
               for r in ent.roles)


SPEAKING_FOR = normalize("باسم")


def spoken_for_by_pronoun(ctx: Context, start: int, stop: int, end: int,
                           history: Sequence[StatementRecord]) -> Found | None:
    """"وقالت الوزارة إن ... وأضاف المتحدث باسمها أن": a spokesman "in its name" (the word in the bare title
    or right after it), the pronoun taking back the body, state or group whose statement came last (not a
    person: "his spokesman" is another who speaks)."""
    if not history:
        return None
    k = next((q for q in range(start + 1, min(end, ctx.tokens.next(stop, end) + 1))
              if ctx.tokens.norm(q).startswith(SPEAKING_FOR)
              and ctx.tokens.norm(q)[len(SPEAKING_FOR):] in PRONOUN_SUFFIXES), None)
    if k is None:
        return None
    last = history[-1].speaker
    if ctx.mentions.speaks_as(last) not in ("Organization", "Place", "Group"):
        return None
    return Found(last, k, k + 1)


TITLE_COMPLEMENT = 4   # words completing a title before the body it serves, a preposition among them ("قائد وحدة مكافحة الإرهاب في الشرطة")


def _body_of_title(ctx: Context, start: int, stop: int, end: int) -> Found | None:
    """The organization an unnamed title holder serves, named after a preposition past a few words of his
    title's definite complement: "مدير الأمن في وزارة الداخلية", "قائد وحدة مكافحة الإرهاب بالشرطة"; none
    for an indefinite one ("قائد ميداني في الحركة": one of its many, an unnamed source), one close to the body
    ("المسؤول المقرب من"), past any other name, punctuation or what he said, nor a news agency he spoke to."""
    tokens, mentions = ctx.tokens, ctx.mentions
    last = stop - 1   # the last word before the body: the title's own when nothing completes it
    q = stop
    for _ in range(TITLE_COMPLEMENT + 1):
        q = tokens.next(q, end)
        if q >= end or tokens.is_punct(q) or tokens.is_quote(q) or tokens.norm(q) in tokens.words.complementizer \
                or ctx.cues.at(q) is not None or tokens.norm(q) in tokens.words.close_to:
            return None
        cand = mentions.start_at.get(q)
        if cand is not None:
            body = cand.type == "Organization" and tokens.governed(cand) and not mentions.is_agency(mentions.key(cand))
            definite = tokens.norm(last).startswith("ال")
            return mentions.found(cand) if body and definite else None
        if (named := _named_after_head(ctx, q, end)) is not None:
            # "مدير التسويق في شركة سامسونغ", "رئيس وحدة الهواتف بشركة سامسونغ": the body's head word before
            # its name, governed by the preposition, the name (the mention) after it
            return mentions.found(named) if tokens.norm(last).startswith("ال") else None
        if tokens.norm(q) not in SOURCE_LINKS:
            last = q   # a preposition on its own ("في", "لدى") is no word of the complement
        q += 1
    return None


def _body_in_construct(ctx: Context, bare: BareTitle, end: int,
                       history: Sequence[StatementRecord] = ()) -> Found | None:
    """The organization a title holder heads, named in the construct chain of his title: "مدير شركة X",
    "رئيس مجلس إدارة البنك X", "رئيس مجلس الإدارة" (the chain's indefinite head nouns of bodies, org_heads.tsv,
    then the body's name, no preposition before it), or by its definite head noun alone ("رئيس الشركة"); none for a body a preposition governs (_body_of_title
    reads it), a news agency, a place ("رئيس وزراء X" is a person of that country) or a chain any other word
    ends ("رئيس قسم التحقيقات", "رئيس الدولة أيضا على ...")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    # past the title's last word ("سعادة رئيس مجلس الإدارة": the honorific before it bears no body)
    last = normalize(bare.title).split()[-1]
    q = next((k for k in range(bare.i, bare.stop) if tokens.norm(k).endswith(last)), None)
    if q is None:
        return None
    if (inside := _body_inside_title(ctx, bare, q, history)) is not None:
        return inside
    q = tokens.next(q + 1, end)
    for _ in range(TITLE_COMPLEMENT):
        if q >= end or tokens.is_punct(q) or tokens.is_quote(q) or ctx.cues.at(q) is not None:
            return None
        cand = mentions.start_at.get(q)
        if cand is not None:
            body = cand.type == "Organization" and not tokens.governed(cand) \
                and not mentions.is_agency(mentions.key(cand))
            return mentions.found(cand) if body else None
        norm = tokens.norm(q)
        if norm.startswith("لل") or (norm.startswith("ال") and norm[2:] in lexicon.org_heads()):
            # "وقال رئيس الشركة", "المدير الرياضي للنادي": a definite head noun alone takes back the body
            # the text named before with it (body_referent)
            key = body_referent(ctx, q, governed=True) or _body_that_spoke(ctx, q, history)
            return Found(key, q, q + 1) if key is not None and not mentions.is_agency(key) else None
        if norm.startswith("ال") and q < bare.stop:
            q = tokens.next(q + 1, end)   # "المدير الرياضي": the title's own adjective
            continue
        if norm not in lexicon.org_heads():
            return None   # "رئيس الدولة أيضا على استقالة الحكومة": only a body's head nouns chain on to it
        q = tokens.next(q + 1, end)
    return None


def _body_inside_title(ctx: Context, bare: BareTitle, last: int, history: Sequence[StatementRecord]) -> Found | None:
    """"وأكد رئيس اللجنة", "وأشاد رئيس مجلس X": a title whose own words end with the body it heads, a definite
    head noun alone (the body the text named before with that head, or the last body that spoke and fits it) or a
    head noun in construct with a definite word (the last body named before whose name opens with those words)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norm = tokens.norm(last)
    heads = lexicon.org_heads()
    if norm.startswith("ال") and norm[2:] in heads and last > bare.i:
        key = body_referent(ctx, last) or _body_that_spoke(ctx, last, history)
        return Found(key, last, last + 1) if key is not None and not mentions.is_agency(key) else None
    head = next((k for k in range(bare.i + 1, last) if tokens.norm(k) in heads), None)
    if head is None or not norm.startswith("ال"):
        return None
    words = " ".join(tokens.norm(k) for k in range(head, last + 1) if not tokens.is_space(k))
    named = [key for c, key in mentions.organizations_before(bare.i)
             if key is not None and not mentions.is_agency(key) and normalize(c.form).startswith(words)]
    return Found(named[-1], head, last + 1) if named else None


def _body_that_spoke(ctx: Context, q: int, history: Sequence[StatementRecord]) -> str | None:
    """"أعلنت نوكيا ... وقال رئيس الشركة": a definite head noun that names no body of its head before takes
    back the last body that spoke, at most CARRY_BACK sentences back, when its kind fits the noun
    (refers_to_body), as the noun alone does after its verb."""
    if not ctx.tokens.norm(q).startswith("ال"):
        return None
    last = next((st for st in reversed(history) if ctx.mentions.type_of(st.speaker) == "Organization"), None)
    if last is None or sentence_ends_between(ctx, last.sentence_span[1], ctx.tokens.starts[q]) > CARRY_BACK:
        return None
    return last.speaker if refers_to_body(ctx, q, last.speaker) else None


def _named_after_head(ctx: Context, q: int, end: int) -> Candidate | None:
    """The organization named right after an indefinite body head word at q ("شركة", "بشركة") that a preposition
    governs (glued ب or ل, or "في"/"لدى" before it); not a news agency."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norm = tokens.norm(q)
    glued = norm[:1] in ("ب", "ل") and norm[1:] in lexicon.org_heads()
    before = tokens.prev(q)
    if not (glued or (norm in lexicon.org_heads() and before is not None and tokens.norm(before) in SOURCE_LINKS)):
        return None
    cand = mentions.start_at.get(tokens.next(q + 1, end))
    if cand is None or cand.type != "Organization" or mentions.is_agency(mentions.key(cand)):
        return None
    return cand


def _plural_nisba(norm: str) -> bool:
    """"العراقيين", "الفرنسيون": a nationality in the plural, which no singular title agrees with."""
    return strip_article(norm).endswith(PLURAL_NISBA_ENDINGS)


def body_of_title_holders(ctx: Context, pos: int, end: int) -> int | None:
    """"وزراء مالية مجموعة العشرين", "سفراء الدول الآسيوية", "أعضاء في مجلس الأمن": where the body or
    country whose title holders speak starts (the plural title, maybe one word of its remit or a
    preposition of affiliation, then the name)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if (body := _body_of_definite_leadership(ctx, pos, end)) is not None:
        return body
    pos = _past_partitive(ctx, pos, end)   # "أحد قياديي حزب X": one of the body's title holders speaks for it too
    if tokens.norm(pos) not in tokens.words.plural_title and tokens.norm(pos) not in tokens.words.leadership_noun:
        return None   # "وقالت قيادة الجيش X": a body's leadership speaks for it as its title holders do
    first = tokens.next(pos + 1, end)
    q = first
    for _ in range(HOLDERS_CONSTRUCT + 1):
        cand = mentions.start_at.get(q) if q < end else None
        if cand is not None:
            # "أعضاء في مجلس الأمن", "سفراء لدى الاتحاد الأوروبي": members of the body that "في"/"لدى" governs
            linked = q != first and tokens.norm(first) in SOURCE_LINKS and cand.type == "Organization"
            return q if cand.type in ("Organization", "Place") and (linked or not tokens.governed(cand)) else None
        if q >= end or not _construct_link(ctx, q, first):
            return None
        q = tokens.next(q + 1, end)
    return None


def one_holder_named(ctx: Context, pos: int, body_end: int, end: int) -> Candidate | None:
    """"أحد قادة حركة X فلان", "أحد قياديي حزب X، فلان،": after a partitive and the body whose title holders it
    counts (ending at body_end), the person named in apposition is the one holder who speaks, not his body."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if tokens.norm(pos) not in tokens.words.partitive:
        return None
    q = tokens.next(body_end, end)
    if q < end and tokens.is_comma(q):
        q = tokens.next(q + 1, end)
    named = mentions.start_at.get(q) if q < end else None
    return named if named is not None and named.type == "Person" else None


HOLDERS_CONSTRUCT = 2   # "وزراء دفاع دول X": nouns in construct between the plural title and the body


def _past_partitive(ctx: Context, pos: int, end: int) -> int:
    """"أحد قياديي", "بعض قادة": the word after a partitive (the plural in construct with it), else pos itself."""
    tokens = ctx.tokens
    if tokens.norm(pos) not in tokens.words.partitive:
        return pos
    nxt = tokens.next(pos + 1, end)
    return nxt if nxt < end else pos


def _construct_link(ctx: Context, q: int, first: int) -> bool:
    """May the word at q stand between a plural title and its body: a noun in construct after the first
    word (no article, no punctuation, no name or title: "دول" in "وزراء دفاع دول X")?"""
    tokens = ctx.tokens
    if q == first:
        return True   # "وزراء مالية", "أعضاء في": one word of the title's remit or its preposition of affiliation
    return not tokens.is_punct(q) and not tokens.norm(q).startswith("ال") and not ctx.mentions.in_a_mention(q) \
        and q not in ctx.mentions.titled and q not in ctx.mentions.bare and ctx.cues.at(q) is None


LEADERSHIP_ADJECTIVES = 2   # "القيادة العامة", "القيادة العسكرية العليا": adjectives between the noun and its body


def _body_of_definite_leadership(ctx: Context, pos: int, end: int) -> int | None:
    """"وأعلنت القيادة العامة للقوات المسلحة", "وقالت القيادة السياسية للحركة": the leadership noun with its
    article and a few definite adjectives, then the body with لـ glued on (the noun's genitive written with
    a preposition, as after a definite head): where that body starts, which speaks as "قيادة الجيش" does."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norm = tokens.norm(pos)
    if not (norm.startswith("ال") and norm[2:] in tokens.words.leadership_noun):
        return None
    q = tokens.next(pos + 1, end)
    for _ in range(LEADERSHIP_ADJECTIVES + 1):
        if q >= end:
            return None
        cand = mentions.start_at.get(q)
        if cand is not None:
            return q if cand.type == "Organization" and tokens.text(q).startswith("لل") else None
        if not tokens.norm(q).startswith("ال") or mentions.in_a_mention(q) or match_title(ctx.doc, q):
            return None
        q = tokens.next(q + 1, end)
    return None

