"""The entities named in a statement's content that may be its targets, in the order of their first
mention, less what frames the saying, where it was published and whom it was said to; and the one
replied to in "رد على"."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .... import lexicon
from ....records import StatementRecord
from ....text import clitic_variants, normalize, strip_article
from ...groups import CORE_GROUP_KINDS, kind_of
from ...mentions import Candidate
from ...mentions.base import opens_office_of_body
from ...mentions.gazetteer import in_dateline
from ...mentions.not_groups import audience_of_a_speech
from ...stance.settings import among
from ...words import PRONOUN_SUFFIXES, text_of, tokens_of, without_conjunction
from ..context import Context
from ..boundary import FROM
from ..cursor import IN
from ..speakers.relay import ON
from .antecedent import ANTECEDENT, cue_object, object_pronoun, said_about
from .election_setting import in_before_place
from .establishment import establishment_mentions, first_words
from .rival import rival_mentions
from .ruling import ruling_party_mentions
from .winner import winner_mentions
from .salient_groups import salient_group
from .affected import affected_party
from .deceased import deceased_mentions
from .dwelling import home_place
from .the_country import the_country_mentions
from .frame import not_said
from .opening import past_quotes
from .word_index import holds
from ..referents.bodies_and_places import described_country, described_scope, place_referent, refers_to_body
from .read_off import (COUNTRY_KIND, KEYED, NATIONALITY, PLACE, author_mentions, body_mentions, counted_mentions, honored_mentions,
                       honorific_words,
                       elected_counterpart_mentions,
                       dual_pronoun_mentions, leader_pair_mentions, nationality_mentions, pair_mentions, place_mentions, this_country_mentions, title_mentions)

REPLY_REACH = 4   # words after "رد على" in which the one replied to is named
MEDIA_KINDS = frozenset({"media", "agency"})   # org_heads.tsv kinds of a name that is an outlet ("صحيفة X")
TO = normalize("ل")   # the preposition of the one spoken to: "صرح لصحيفة X"
WITH = normalize("ب")   # glued on a place noun after a venue: "في قصر فلان بالعاصمة X"
PLACE_WORDS = 2   # words between في and a place's name that say what place it is ("العاصمة الفلانية")
FUTURE, IMPERFECT = "س", "يتن"   # the future prefix and the imperfect prefixes after it ("ستعقد")
EVENT_WORDS = 2   # a meeting or statement noun and one adjective after it: "مؤتمر صحفي", "خطاب متلفز"
HELD_WORDS = 8   # words of a relative clause on a meeting before the في of where it was held
FRONTED_TOPIC_WORDS = 15   # the longest phrase fronted before a cue that says what the statement is about
# groups.tsv kinds that are a state's own organs
GLUED_ACT = ("بال", "لل")   # a preposition glued on a definite verbal noun: "بالإفراج", "للإفراج"
AND = normalize("و")   # the conjunction glued on a complementizer that joins a second clause
COUNT = normalize("عدد")   # "a number of" as a partitive only before من
CASUALTIES = frozenset({"victims"})   # groups.tsv kind of the dead and wounded
# groups.tsv kinds whose members a told clause opens with as the ones who acted in what it reports ("قال إن القادة
# اتفقوا على", "أعلن أن المحققين استجوبوا شهودا"): the summit's or the inquiry's own deed reported, no party it is about;
# addressed by a call or an accusation ("دعا القادة إلى"), they are one
ACTING_KINDS = frozenset({"leaders", "investigators"})
STATE_ORGANS = frozenset({"authorities", "security_forces", "police_officers"})
# groups.tsv kinds that election and referendum news weigh as a party wherever what was said names them ("صوت
# الناخبين يجب أن يسمع", "سيحترم إرادة الناخبين"), though no actors of political conflict
ELECTORATE = frozenset({"voters"})
PARTY_GROUP_KINDS = CORE_GROUP_KINDS | ELECTORATE   # groups that are a party wherever what was said names them


def target_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str],
                    skip_toks: set[int], own: frozenset[str] = frozenset(),
                    history: Sequence[StatementRecord] = (), narrated: bool = False) -> list[tuple[str, list[Candidate]]]:
    """(key, its mentions) of the entities named in tokens c_start..c_end-1, in the order of their
    first mention; of the groups, only actors of political conflict. `history`: the statements before, whose
    speakers a statement noun pointed back to ("هذه الاتهامات") stands for. `narrated`: the act tells what is so
    (said, reported, announced, denied) and addresses no one."""
    found: dict[str, list[Candidate]] = {}
    # the tokens of what was said that frame the saying: read on first need, when a mention inside what was said is
    # met (many contents name no one inside them, and the frame's readers are many)
    framing: set[int] | None = None
    # "وفيما يخص الأزمة في X، صرح الوزير بأن ...": the ones named in the fronted topic are targets too,
    # after those of the content
    fronted = fronted_topic(ctx, c_start)
    lo = min(fronted, default=c_start)
    # (only the document's mentions that reach into the fronted topic or the content can be targets)
    # the finders of rare words ask the word index each for its own words, first of all: one question for all
    # their words at once turns most contents away before any of them is called (RARE_FINDER_WORDS)
    rare = holds(ctx, _rare_finder_words(), lo, c_end)
    near = [c for c in ctx.mentions.cands if c.j > lo and c.i < c_end]
    mentions = sorted(near + nationality_mentions(ctx, lo, c_end)
                      + title_mentions(ctx, lo, c_end, own) + body_mentions(ctx, lo, c_end, exclude) + author_mentions(ctx, lo, c_end, history)
                      + place_mentions(ctx, lo, c_end, home_place(ctx, c_start, sorted(exclude)))
                      + counted_mentions(ctx, lo, c_end)
                      + (pair_mentions(ctx, lo, c_end, own) + leader_pair_mentions(ctx, lo, c_end)
                         + elected_counterpart_mentions(ctx, c_start, c_end) if rare else [])
                      + this_country_mentions(ctx, lo, c_end) + dual_pronoun_mentions(ctx, c_start, c_end, exclude)
                      + (honored_mentions(ctx, lo, c_end, exclude) + establishment_mentions(ctx, lo, c_end)
                         + rival_mentions(ctx, c_start, c_end, exclude) + ruling_party_mentions(ctx, lo, c_end, exclude)
                         + winner_mentions(ctx, c_start, c_end, exclude) + deceased_mentions(ctx, c_start, c_end, exclude)
                         + the_country_mentions(ctx, c_start, c_end, exclude) if rare else [])
                      + [c for c in (said_about(ctx, c_start, exclude), object_pronoun(ctx, c_start, c_end, exclude, where=lambda m: not medium(ctx, m, ctx.mentions.key(m) or '')),
                                     cue_object(ctx, c_start, exclude)) if c is not None],
                      key=lambda c: (c.i < c_start and c.source != ANTECEDENT, c.i))
    opening = _opening(ctx, c_start, c_end)
    # a part of the dead or wounded ("غالبية الضحايا دفنوا") counts casualties: no party the call or claim is about
    part = _past_partitive(ctx, opening, c_end)
    clauses = {opening, part} | _joined_clause_openings(ctx, c_start, c_end)
    openings = clauses | _object_of_the_act(ctx, opening, c_end)
    for c in mentions:
        # of the groups, actors of political conflict and groups tied to a country or an owner
        # anywhere; others as the addressee a call or an accusation opens with ("دعا المزارعين
        # إلى"), with its conjuncts ("والمستثمرين")
        home = _place_of_group(ctx, c) if c.type == "Group" else None
        # (and the detained and bereaved, the people a happening befalls: affected; and a group the article keeps as
        # an actor, named again and again or involved in a statement before: salient_groups)
        if c.type == "Group" and kind_of(c.key or "") not in PARTY_GROUP_KINDS and not _specified(c) and home is None \
                and not affected_party(ctx, c, c_start, c_end) \
                and not salient_group(ctx, _key_of(ctx, c), history) \
                and (c.i not in openings or (c.i == part != opening and kind_of(c.key or "") in CASUALTIES)
                     or (narrated and c.i in clauses and kind_of(c.key or "") in ACTING_KINDS)):
            continue
        if c.type == "Group" and c.i in openings:
            openings = _conjuncts_after(ctx, c.j, c_end, {m.i: m.j for m in mentions})
        inside = c_start <= c.i and c.j <= c_end
        if inside and framing is None:
            framing = skip_toks | not_said(ctx, c_start, c_end, exclude) | trailing_time_phrase(ctx, c_start, c_end)
        said = inside and c.i not in framing and not _whose_organs(ctx, c) \
            and not names_a_venue(ctx, c, c_start, c_end) and not seat_of_a_body(ctx, c) \
            and not held_there(ctx, c, c_start) and not before_its_audience(ctx, c, c_start) \
            and not common_noun_pointed_at(ctx, c) and not _dateline(ctx, c) \
            and not among(ctx.doc, c, c_start, amid=False) and not _office_of_its_head(ctx, c)
        # "قال عن الحكومة إنها": the pronoun before the content stands for the one said about
        if said or (c.i in fronted and c.j - 1 in fronted) or c.source == ANTECEDENT:
            key = _key_of(ctx, c)
            key = _described_again(ctx, c, found) or key
            if key not in exclude and not medium(ctx, c, key) and not told_outlet(ctx, c, key, c_start):
                found.setdefault(key, []).append(c)
            # "ناخبي بوليفيا", "قادة في حركة X": the place or body a group is of is named too; not the state
            # of its own organs ("سلطات X" says whose they are, as "السلطات في X" does: _whose_organs)
            organs = c.type == "Group" and kind_of(key) in STATE_ORGANS
            for place in (x for x in c.inner if c.type == "Group" and not organs and x.type in ("Place", "Organization")):
                place_key = ctx.mentions.key(place)
                if place_key and place_key not in exclude:
                    found.setdefault(place_key, []).append(place)
            if home is not None and home[0] not in exclude:
                found.setdefault(home[0], []).append(home[1])   # "سكان الإقليم": the region named before
    in_titles = _in_targets_titles(ctx, found)
    return [(key, cs) for key, cs in found.items() if not all(id(c) in in_titles for c in cs)]


@cache
def _rare_finder_words() -> frozenset[str]:
    """Every word whose absence from what was said a finder of target_mentions checks first, and returns nothing
    (pair, leader_pair, elected_counterpart, honored, establishment, rival, ruling, winner, deceased, the_country):
    a content holding none of them gets nothing from any of them. (Not this_country's demonstratives, "هذا",
    "هذه": too common to turn contents away.)"""
    words = lexicon.function_words()
    return words.country_pair | words.leader_pair | words.new_holder | honorific_words() \
        | first_words(words.establishment) | words.rival | words.ruling_epithet | words.winner_word \
        | words.late_one | words.the_country


def _key_of(ctx: Context, c: Candidate) -> str | None:
    """The entity key of a target mention: its own for the mentions the target readers key themselves (KEYED), the
    entity stage's for the others."""
    return c.key if c.source in KEYED else ctx.mentions.key(c)


def trailing_time_phrase(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of the party of the event a closing phrase of after what (function_words event_after: "بعد", "إثر",
    "عقب") names right after the event's noun, no quote mark and no comma from the phrase to the end of the content
    ("أعلن استقالته بعد رفض الناخبين التعديلات", "دعا إلى حكومة وحدة بعد خسارة الحزب X أغلبيته"): the phrase says
    when the act was done, and whose the event was is no matter of what was said. Not a phrase that opens the
    content, nor a party named further on in it ("بعد تقارير عن وفاة X"), nor a clause ("بعدما تصدر X")."""
    tokens = ctx.tokens
    norms, event_after = tokens.norms, tokens.words.event_after   # (read directly: every word of every content)
    first = tokens.next(c_start, c_end)
    if event_after.isdisjoint(norms[first + 1:c_end]):
        return set()   # (the common case, told by one set test in C: no word of after what in what was said)
    for k in range(first + 1, min(c_end, len(norms))):
        # (not "بعدما رفضت X": a clause with its verb, whose subject may be the matter)
        if norms[k] not in event_after or norms[k] in tokens.words.verb_clause_opener or \
                ctx.mentions.in_a_mention(k) or any(tokens.is_quote(q) or tokens.is_comma(q) for q in range(k + 1, c_end)):
            continue
        event = tokens.next(k + 1, c_end)
        party = ctx.mentions.start_at.get(tokens.next(event + 1, c_end)) if event < c_end and \
            not ctx.mentions.in_a_mention(event) and not tokens.is_punct(event) else None
        return set(range(party.i, party.j)) if party is not None and party.j <= c_end else set()
    return set()


def _office_of_its_head(ctx: Context, c: Candidate) -> bool:
    """"الاستقالة من رئاسة الحكومة", "تطورات تشكيل الحكومة": a state institution named as the premiership or as
    what is being formed is no party the statement is about (mentions/base.opens_office_of_body)."""
    return c.type == "Organization" and c.i > 0 and opens_office_of_body(ctx.doc, c.i - 1)


def _in_targets_titles(ctx: Context, found: dict[str, list[Candidate]]) -> set[int]:
    """ids of the mentions that stand in the title of a titled person found as a target ("أشاد بجهود أمير
    X فلان", "إعفاء رئيس الحكومة فلان"): the title says who the person is; the body or country of the title
    is no party of its own to what was said (named elsewhere in it, it is one)."""
    titles = [(c.title_i, c.i) for cs in found.values() for c in cs
              if c.type == "Person" and c.title_i is not None and c.title_i < c.i]
    if not titles:
        return set()
    return {id(c) for cs in found.values() for c in cs
            if c.type in ("Organization", "Place") and any(lo <= c.i and c.j <= hi for lo, hi in titles)}


def _dateline(ctx: Context, c: Candidate) -> bool:
    """"مدينة - وكالة: أرغمت X ...": the place the report is filed from, in the dateline opening the line,
    is where the writer is, no party to what was said."""
    return c.type == "Place" and c.source not in KEYED and in_dateline(text_of(ctx.doc), c.start, c.end)


def _whose_organs(ctx: Context, c: Candidate) -> bool:
    """"السلطات في X", "قوات الأمن في X": a place after في right after a state's organs says whose they are,
    as "السلطات الكازاخستانية" does; the organs are the target, not the place."""
    p = in_before_place(ctx, c)
    if p is None:
        return False
    organs = ctx.mentions.end_at.get(pp) if (pp := ctx.tokens.prev(p)) is not None else None
    return organs is not None and organs.type == "Group" and kind_of(ctx.mentions.key(organs) or "") in STATE_ORGANS


def _town(ctx: Context, c: Candidate) -> bool:
    """Is c a place named in the text (not one read off a word, KEYED) and no country: a town, a capital, a
    region? Such a place may say where a meeting was held; a country there may be a party to what was said."""
    if c.type != "Place" or c.source in KEYED:
        return False
    known = ctx.mentions.known.get(ctx.mentions.key(c) or "")
    return known is None or known.kind != COUNTRY_KIND


def names_a_venue(ctx: Context, c: Candidate, c_start: int, c_end: int) -> bool:
    """"البرنامج الذي تبنته قمة فلانة", "الانضمام إلى اتفاق المدينة الفلانية": a town or capital right after a
    meeting, summit or accord noun in construct names the event after where it was held; it is no party to
    what was said. Not when the event is what was said about, opening the content ("إن قمة فلانة قد تكون
    آخر فرصة"): its place then stands for it. A country there may be the event's topic ("ملف X"), and stays."""
    if not _town(ctx, c):
        return False
    tokens = ctx.tokens
    p = tokens.prev(c.i)
    if p is not None and tokens.is_quote(p):
        p = tokens.prev(p)   # "اتفاق «فلانة»"
    if p is None or not any(stem in tokens.words.venue_event for _, stem in clitic_variants(tokens.norm(p))):
        return False
    return p != _opening(ctx, c_start, c_end)


def common_noun_pointed_at(ctx: Context, c: Candidate) -> bool:
    """"شذ عن هذه القاعدة" (this rule), "في هذا المجلس": a one-word name of a body or place with the article right
    after a demonstrative is the common noun it is spelled like, or a body named before by its head noun (read
    off as such by read_off); a name proper takes no demonstrative."""
    if c.type not in ("Organization", "Place") or c.source in KEYED or c.j - c.i != 1 \
            or not ctx.tokens.norm(c.i).startswith("ال"):
        return False
    p = ctx.tokens.prev(c.i)
    return p is not None and any(stem in ctx.tokens.words.demonstrative for clitic, stem in
                                 clitic_variants(ctx.tokens.norm(p)) if clitic in ("", "و", "ب", "ل", "ف"))


def held_there(ctx: Context, c: Candidate, c_start: int) -> bool:
    """"أثناء جلستهم التي انتهت الخميس في مدينة فلانة", "كلمته التي ألقاها في العاصمة X": a town after في
    in a relative clause on a meeting or a statement says where it was held or made; the place is no party to
    what was said. A country there may be a party (the host), and stays; so does the town of a meeting to come."""
    if not _town(ctx, c):
        return False
    tokens, words = ctx.tokens, ctx.tokens.words
    p = tokens.prev(c.i, c_start)
    for _ in range(PLACE_WORDS):   # "في مدينة فلانة", "في العاصمة الفلانية X": the words that say what place it is
        if p is None or tokens.norm(p) in (IN, FROM) or tokens.is_punct(p) or ctx.mentions.in_a_mention(p):
            break
        p = tokens.prev(p, c_start)
    if p is not None and (town := ctx.mentions.end_at.get(p)) is not None and town is not c and _town(ctx, town) \
            and tokens.norm(tokens.next(p + 1, c.i)).startswith(WITH) and held_there(ctx, town, c_start):
        return True   # "في قصر فلان بالعاصمة X": the town the venue stands in is where it was held too
    if p is None or tokens.norm(p) not in (IN, FROM):
        return False
    k = tokens.prev(p, c_start)
    if _framing_event(ctx, k, c_start):
        return True   # "في مؤتمر صحفي في X", "في خطاب متلفز من X": where it was said
    if tokens.norm(p) != IN:
        return False
    for _ in range(HELD_WORDS):
        if k is None or tokens.is_punct(k):
            return False
        if tokens.norm(k) in words.relative:
            verb = tokens.norm(tokens.next(k + 1, c.i))
            if verb[:1] == FUTURE and verb[1:2] in IMPERFECT:
                return False   # "المؤتمر الذي سيعقد في فلانة": a meeting to come is named after its place, the matter
            # the noun the clause is on, or the one before its adjective ("بياناته المثيرة التي")
            head = tokens.prev(k, c_start)
            noun = tokens.prev(head, c_start) if head is not None else None
            return head is not None and (_meeting_or_statement(ctx, head) or (
                tokens.norm(head).startswith("ال") and noun is not None and _meeting_or_statement(ctx, noun)))
        k = tokens.prev(k, c_start)
    return False


def before_its_audience(ctx: Context, c: Candidate, c_start: int) -> bool:
    """"أقر بالهزيمة أمام أنصاره في مدينة فلانة", "أمام حشد من مؤيديه في العاصمة X": a town after في right after the
    audience of a speech (the speaker's own followers, mentions/not_groups.audience_of_a_speech) says where the speech
    was given; it is no party to what was said. A country there may be the matter, and stays."""
    if not _town(ctx, c):
        return False
    tokens = ctx.tokens
    p = tokens.prev(c.i, c_start)
    for _ in range(PLACE_WORDS):   # "في مدينة فلانة", "في العاصمة X": the words that say what place it is
        if p is None or tokens.norm(p) == IN or tokens.is_punct(p) or ctx.mentions.in_a_mention(p):
            break
        p = tokens.prev(p, c_start)
    audience = tokens.prev(p, c_start) if p is not None and tokens.norm(p) == IN else None
    return audience is not None and tokens.norm(audience).endswith(PRONOUN_SUFFIXES) \
        and audience_of_a_speech(ctx.doc, audience, "")


def _framing_event(ctx: Context, k: int | None, c_start: int) -> bool:
    """Does a meeting or statement noun (maybe with one adjective after it) end at k, itself after a preposition
    of circumstance ("في مؤتمر صحفي", "خلال كلمة", "في خطاب متلفز")? Then the town after it, with في or من, is
    where the speaker spoke, no party to what was said. Not a meeting that is the object of the words ("استئناف
    المفاوضات في X": the town of a meeting to come)."""
    tokens = ctx.tokens
    if k is not None and (met := _met_at(ctx, k)) is not None:
        k = tokens.prev(met, c_start)   # "خلال لقائه رئيس الوزراء في X": the one met stands between
    for _ in range(EVENT_WORDS):
        if k is None or tokens.is_punct(k):
            return False
        before = tokens.prev(k, c_start)
        if _meeting_or_statement(ctx, k):
            return before is not None and tokens.norm(before) in tokens.words.circumstance
        k = before
    return False


def _met_at(ctx: Context, k: int) -> int | None:
    """The first token of the person, title or body whose mention ends at token k (the one a meeting was
    with: "لقائه رئيس الوزراء"), when it is no place; None otherwise."""
    m = ctx.mentions.end_at.get(k)
    if m is not None and m.type != "Place":
        return m.title_i if m.title_i is not None else m.i
    return next((b.i for b in ctx.mentions.bare.values() if b.stop - 1 == k), None)


def _meeting_or_statement(ctx: Context, k: int) -> bool:
    """Is the word at k a meeting or accord noun ("اجتماعهم", "القمة") or a statement noun ("تصريحاته")?"""
    cue = ctx.cues.at(k)
    if cue is not None and cue.kind == "noun":
        return True
    for _, stem in clitic_variants(ctx.tokens.norm(k)):
        bare = strip_article(stem)
        owned = next((bare[:-len(s)] for s in PRONOUN_SUFFIXES if bare.endswith(s)), bare)
        if bare in ctx.tokens.words.venue_event or owned in ctx.tokens.words.venue_event:
            return True
    return False


def seat_of_a_body(ctx: Context, c: Candidate) -> bool:
    """"الهيئة التي تتخذ مقرها بشمال X", "الوكالة، ومقرها Y،": a place right after a body's seat noun
    (في between or not) tells where the body sits; the writer describes the body, the place is no party."""
    if c.type != "Place":
        return False
    tokens = ctx.tokens
    p = tokens.prev(c.i)
    if p is not None and tokens.norm(p) in tokens.words.locative:
        p = tokens.prev(p)   # "مقرها في شمال X"
    if p is not None and tokens.norm(p) == IN:
        p = tokens.prev(p)
    return p is not None and tokens.norm(p) in tokens.words.seat_noun


def _described_again(ctx: Context, c: Candidate, found: dict[str, list[Candidate]]) -> str | None:
    """"دعا X الأمم المتحدة إلى ...، وإلا فستخسر المنظمة الدولية ...": a class noun of bodies with an adjective
    of scope or nationality, found as a mention of its own, is no name: the body of that kind already named in
    the same content (the last one) is the one it describes again, not a second target."""
    if c.type != "Organization" or ctx.mentions.start_at.get(c.i) is not c or not (
            described_scope(ctx, c.i, c.j) or described_country(ctx, c.i, c.j)):
        return None
    return next((key for key in reversed(found) if refers_to_body(ctx, c.i, key)), None)


def fronted_topic(ctx: Context, c_start: int) -> set[int]:
    """Tokens of a phrase that opens the sentence of content c_start.. and says what its statements are
    about ("وبشأن الأزمة في X، ندد الوزير", "فيما يخص مفاوضات Y، صرح"): from after its preposition to the
    comma or cue that ends it, within FRONTED_TOPIC_WORDS words and before the content."""
    tokens, words = ctx.tokens, ctx.tokens.words
    sent = tokens.sentence(c_start)
    k = tokens.next(sent.start, sent.end)
    if k >= c_start:
        return set()
    first = without_conjunction(tokens.norm(k), words.topic_preposition | words.topic_relative)   # "وبشأن", "وفيما"
    if first in words.topic_relative:
        k = tokens.next(k + 1, c_start)
        if k >= c_start or tokens.norm(k) not in words.topic_verb:
            return set()
    elif first not in words.topic_preposition:
        return set()
    start, q, n = k + 1, k + 1, 0
    while q < c_start and n < FRONTED_TOPIC_WORDS:
        if tokens.is_comma(q) or ctx.cues.at(q) is not None:
            return set(range(start, q)) if q > start else set()
        n += not tokens.is_space(q)
        q += 1
    return set()


def medium(ctx: Context, c: Candidate, key: str) -> bool:
    """Is the mention where something was published or said: a platform after a page or account
    ("في تدوينة على منصة X", "عبر حسابه على X", "على منصة «X»") or an outlet after في/عبر ("مقال نشره في صحيفة X")?
    (After على alone an outlet may be what is replied to: "رد على صحيفة X".)"""
    if c.type != "Organization":
        return False
    tokens, words = ctx.tokens, ctx.tokens.words
    p1 = _before_quotes(ctx, c.i)   # (past the quote marks around a name: "على منصة «X»")
    p2 = tokens.prev(p1) if p1 is not None else None
    if p1 is None:
        return False
    if p2 is not None and ((tokens.norm(p1) in words.medium_noun and tokens.norm(p2) in words.medium_preposition)
                           or (tokens.norm(p1) in words.medium_preposition and tokens.norm(p2) in words.medium_noun)):
        return True
    head = normalize(c.form.split()[0]) if c.form else ""
    if (head in words.platform or head in words.medium_noun) and tokens.norm(p1) in words.medium_preposition:
        # "كتب على «تويتر» أن", "عبر يوتيوب", "نشرته على منصة X" (the page or platform noun in the name): a
        # platform is where it was posted (no one replies to it)
        return True
    outlet = lexicon.org_heads().get(head) in MEDIA_KINDS or ctx.mentions.is_agency(key)
    return outlet and tokens.norm(p1) in words.medium_preposition and tokens.norm(p1) != ON


def _before_quotes(ctx: Context, k: int) -> int | None:
    """The token of the word before token k, past the quote marks around a name ("على «تويتر»"); None at the start."""
    tokens = ctx.tokens
    p = tokens.prev(k)
    while p is not None and tokens.is_quote(p):
        p = tokens.prev(p)
    return p


def told_outlet(ctx: Context, c: Candidate, key: str, c_start: int) -> bool:
    """"صرح X لصحيفة «Y» قائلا", "قال لقناة Y إن": an outlet after لـ (on its head noun or on its name) at the
    content's opening is the one the speaker spoke to, where it was published; not what was said about.
    (Further inside what was said, "وجه انتقادا لصحيفة Y", the outlet may be a party.)"""
    if c.type != "Organization":
        return False
    tokens = ctx.tokens
    k = tokens.next(c_start, c.j)
    while k < c.i and tokens.is_quote(k):
        k = tokens.next(k + 1, c.j)
    if k == c.i:   # the mention opens the content: its own first word may bear the لـ ("لصحيفة Y", "للجزيرة")
        word, head = tokens.norm(c.i), normalize(c.form.split()[0]) if c.form else ""
        if word.startswith(TO) and not head.startswith(TO) \
                and (lexicon.org_heads().get(head) in MEDIA_KINDS or ctx.mentions.is_agency(key)):
            return True
    # "لصحيفة «Y»": the head noun with its لـ right before the name (quote marks between), opening the content
    # or right before it
    p = tokens.prev(c.i)
    while p is not None and tokens.is_quote(p):
        p = tokens.prev(p)
    if p is None or (k < c.i and p != k):
        return False
    word = tokens.norm(p)
    # "قال لمراسل «Y» إن": the outlet whose correspondent was told is where it was published, too
    return word.startswith(TO) and (lexicon.org_heads().get(word[len(TO):]) in MEDIA_KINDS
                                    or word[len(TO):] in lexicon.function_words().correspondent)


def _opening(ctx: Context, c_start: int, c_end: int) -> int:
    """The first word of what was said, past opening quote marks ("دعا «المزارعين» إلى") and a word of
    obligation with its على ("يتعين على المزارعين"): the party the clause opens with, or the one it obliges."""
    tokens, words = ctx.tokens, ctx.tokens.words
    k = past_quotes(ctx, tokens.next(c_start, c_end), c_end)
    if k < c_end and tokens.norm(k) in words.obligation \
            and (on := tokens.next(k + 1, c_end)) < c_end and tokens.norm(on) in words.obliged_on:
        k = tokens.next(on + 1, c_end)
    return k


def _past_partitive(ctx: Context, k: int, c_end: int) -> int:
    """"إن بعض السياسيين يمارسون", "دعا جميع الأطراف إلى": past a partitive or quantifier opening what was said, the
    group it takes a part of, which the clause opens with too; "عدد" only with its من ("عدد من النواب", "إن عددا
    من"): "عدد الضحايا" is a count, no party. k itself when no such word opens it."""
    tokens, words = ctx.tokens, ctx.tokens.words
    if k >= c_end:
        return k
    norm = tokens.norm(k)
    if not (norm in words.partitive or norm in words.quantifier or norm == COUNT + "ا"):
        return k
    nxt = tokens.next(k + 1, c_end)
    if nxt < c_end and tokens.norm(nxt) == FROM:
        return tokens.next(nxt + 1, c_end)
    return k if norm in (COUNT, COUNT + "ا") else nxt


def _joined_clause_openings(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """"إن المؤسسات قائمة وإن الطلاب سيدافعون عنها": the first word of each clause of what was said that a
    complementizer joined by و opens ("وإن", "وأن"), and past a partitive; its subject is what that clause is
    about, as the first clause's is."""
    tokens = ctx.tokens
    norms = tokens.norms   # (read directly: every word of every content)
    out: set[int] = set()
    joining = _joined_complementizers()
    if joining.isdisjoint(norms[c_start + 1:c_end]):
        return out   # (the common case, told by one set test in C: no "وأن", "وإن" in what was said)
    for k in range(c_start + 1, min(c_end, len(norms))):
        if norms[k] in joining:
            first = tokens.next(k + 1, c_end)
            if first < c_end:
                out |= {first, _past_partitive(ctx, first, c_end)}
    return out


@cache
def _joined_complementizers() -> frozenset[str]:
    """The complementizers with و glued on ("وأن", "وإن"), as normalised words: one set a whole content is tested
    against at once."""
    return frozenset(AND + word for word in lexicon.function_words().complementizer)


def _object_of_the_act(ctx: Context, opening: int, c_end: int) -> set[int]:
    """"طالب بالإفراج عن المعتقلين", "دعا إلى حماية المدنيين", "حث على استيعاب القاصرين": what was said opens with
    the preposition the verb governs and the verbal noun of the act asked for; the party right after it (past
    the act's own preposition, and a partitive) is what the call is about, as the party a clause opens with.
    Nothing when no such act opens it."""
    tokens, words = ctx.tokens, ctx.tokens.words
    act = opening
    if act >= c_end:
        return set()
    if tokens.norm(act) in words.preposition:
        act = tokens.next(act + 1, c_end)   # "إلى حماية"
    elif not tokens.text(act).startswith(GLUED_ACT):
        return set()   # not "بالإفراج", "للإفراج": the preposition glued on the verbal noun
    if act >= c_end or not _bare_verbal_noun(ctx, act):
        return set()
    k = tokens.next(act + 1, c_end)
    if k < c_end and tokens.norm(k) in words.preposition:
        k = tokens.next(k + 1, c_end)   # "الإفراج عن"
    return {k, _past_partitive(ctx, k, c_end)} if k < c_end else set()


def _bare_verbal_noun(ctx: Context, k: int) -> bool:
    """Can the word at k be the verbal noun of an act, the head of what was asked for: an Arabic word, definite
    or after a preposition, that names no party and is no function word ("حماية", "بالإفراج")?"""
    tokens = ctx.tokens
    return tokens_of(ctx.doc).arabic[k] and not tokens.is_punct(k) and ctx.mentions.start_at.get(k) is None \
        and not ctx.mentions.in_a_mention(k) and tokens.norm(k) not in tokens.words.preposition


def _place_of_group(ctx: Context, c: Candidate) -> tuple[str, Candidate] | None:
    """"ناخبي الإقليم", "سكان المدينة": a group in construct with a bare place head noun is the group of the
    place the text named before with that head: (its key, the head noun as its mention)."""
    last = c.j - 1
    while last > c.i and (ctx.tokens.is_punct(last) or ctx.tokens.is_space(last)):
        last -= 1
    key = place_referent(ctx, last) if last > c.i else None
    if key is None:
        return None
    tok = ctx.doc[last]
    return key, Candidate(last, last + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", PLACE, key=key)


def _specified(c: Candidate) -> bool:
    """A group the text ties to a country ("الصيادين التونسيين", "مسؤولين كنديين كبار") or to
    its owner ("مواطنينا", "منتقديه"): a party to what was said, unlike a passing "الموظفين"."""
    return c.role_of is not None or c.possessed


def _conjuncts_after(ctx: Context, k: int, c_end: int, mention_end: dict[int, int], limit: int = 5) -> set[int]:
    """First tokens of the conjuncts that follow a mention ending at k: "والسياسيين والأكاديميين"."""
    out: set[int] = set()
    for _ in range(limit):
        k = ctx.tokens.next(k, c_end)
        if k >= c_end or not tokens_of(ctx.doc).texts[k].startswith("و"):
            break
        out.add(k)
        k = mention_end.get(k, k + 1)
    return out


def rebutted_target(ctx: Context, mentions: list[tuple[str, list[Candidate]]], c_start: int,
                    c_end: int) -> str | None:
    """"رد X على تصريحات Y": the one replied to, named in the على phrase the content opens with (a
    nationality adjective is not: "على مقال الكاتب المصري X")."""
    tokens = ctx.tokens
    stop = tokens.next(tokens.next(c_start, c_end) + 1, c_end)
    for _ in range(REPLY_REACH):      # the thing replied to, then whose it is: "على رسالة بعثها النائب X"
        stop = tokens.next(stop + 1, c_end)
    first = next(((key, cs[0]) for key, cs in mentions if cs[0].source != NATIONALITY), None)
    return first[0] if first is not None and first[1].i <= stop else None


def replied_to(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does the content open with the على of "رد على"?"""
    opening = ctx.tokens.next(c_start, c_end)
    return opening < c_end and ctx.tokens.norm(opening) in ctx.tokens.words.reply_object
