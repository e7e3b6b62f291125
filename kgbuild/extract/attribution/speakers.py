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
from ...text import normalize, strip_article
from ..groups import kind_of
from ..mentions import NAME_INTRODUCERS, TITLE_MODIFIERS, Candidate, nisba_country, appositive_at, match_title
from .context import Context
from .cues import NOUN_BACK, SPEECH_KINDS, Cue, participle_forms
from .index import Found
from .referents import (author_after, body_referent, issuer_of, last_speaker_titled, person_ahead, title_holder_after,
                        title_referent)

VERBS = frozenset(SPEECH_KINDS)
NOUNS = frozenset({"noun"})
RELAY_LEMMA = "نقل"          # "نقلت وكالة X عن Y"
RELAY_FROM = "عن"
RELAYED = normalize("نقلا")           # "قالت وكالة X نقلا عن Y": Y speaks
RELAY_WALK = 12                       # tokens from a verb to "نقلا عن", or from "عنه" to the relaying outlet
ASCRIBE_LEMMA = "نسب"        # "نسبت صحيفة X إلى Y قوله": Y said it, X relays
RELAY_PREPOSITION = {RELAY_LEMMA: RELAY_FROM, ASCRIBE_LEMMA: normalize("إلى")}   # the preposition before the one quoted
RELAY_LEMMAS = frozenset(RELAY_PREPOSITION)
QAD = "قد"                   # particle before a perfect verb: "وزارة الداخلية قد أعلنت"
SPEAKING_FOR = "باسم"        # "المتحدث باسم الكرملين": the spokesman of
ADVERBIAL_WALK = 14          # tokens of adverbial phrases a verb may put before its subject
CLAUSE_ENDS = (":", ".", "؛")
ASIDE_CLOSERS = (")", "ـ", "-", "–")   # close an aside inside a subject: "مسؤول بالوزارة (البنتاغون) أبلغ"
ACCUSE = "accuse"            # the act of اتهم, حمّل
DESCRIBE_LEMMA, DESCRIBED_AS = normalize("وصف"), normalize("بأن")   # "وصف X بأنه": X is described
SUBJECT_WALK = 8             # tokens the search for a subject after the verb may walk
NAMED_LATER_WALK = 8         # tokens between an unknown title's first word and the name
GOVERNED_TITLE = ("لل", "بال", "كال")   # "الشكر للرئيس الروسي فلان": a title after a preposition is an object
SOURCE_LINKS = lexicon.function_words().source_link
ON, TONGUE, IN = normalize("على"), normalize("لسان"), normalize("في")   # "على لسان X": through the mouth of X
TONGUE_WINDOW = 8
# closed-class words before a verb that are no subject of it: "كما قال", "الذي قال", "بحسب ما ذكرت", "لم يقل"
NO_SUBJECT = frozenset().union(*(getattr(lexicon.function_words(), kind) for kind in (
    "clause_opener", "relative", "preposition", "complementizer", "adjunct", "negation", "according_to",
    "agent_link", "preposed_link", "clause_link", "aside_opener")))
# words that are never a name, common nouns aside (a common noun after "وأفادت" is its subject: "معلومات")
TOPIC_OPENERS = lexicon.function_words().topic_opener
PREPOSITIONS = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv") if row["kind"] == "preposition")
# words that join or open clauses: "عندما قال", "مثلما أكد", "الذي قال"
CONNECTIVES = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv")
                        if row["kind"] in ("conjunction", "particle", "relative", "interrogative"))
STOPWORDS = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv") if row["kind"] != "common_noun")
# "وأكد ذلك فلان": a demonstrative object before the subject, or "وقال هذا المسؤول": one opening it
DEMONSTRATIVES = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv")
                           if row["kind"] == "demonstrative")
SAY_LEMMA = "قال"
SOURCE_NOUNS = lexicon.source_nouns()   # "مصدر" -> sources: one unnamed person who speaks as a group
RELAYED_GROUPS = frozenset(SOURCE_NOUNS.values())   # the kinds of unnamed sources an agency quotes
ANTECEDENT_WALK = 12          # tokens back from a plural verb to the group it speaks for
NOMINATIVE_PLURAL_MIN = 6     # "ناشطون" (not "قانون", "مليون")
CONSTRUCT_PLURAL_MIN = 5      # "ممثلو" (not "مترو")
PLURAL_NISBA_ENDINGS = ("يين", "يون")
REPORT = "report"            # the act of أفاد, ذكر, نقل, أورد
REPORTING_LINKS = lexicon.function_words().agent_link | lexicon.function_words().according_to
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
    in_sentence: Sequence[StatementRecord] = ()   # statements of this sentence before this cue


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
    title modifiers, nationality adjectives, commas, quotes, organization heads with no name yet, the
    resumptive "فيه" of a relative clause ("في الوقت الذي أكد فيه الوزير فلان"), a demonstrative object
    right after the verb ("وأكد ذلك فلان")."""
    tokens = ctx.tokens
    norm = tokens.norm(pos)
    after_verb = (p := tokens.prev(pos)) is not None and ctx.cues.kind_at(p) in SPEECH_KINDS
    return norm in tokens.words.adjunct or norm in TITLE_MODIFIERS or bool(nisba_country(tokens.doc, pos)) \
        or (norm in DEMONSTRATIVES and after_verb) \
        or norm in tokens.words.resumptive_in \
        or tokens.is_comma(pos) or tokens.is_quote(pos) or (norm in lexicon.org_heads() and not named)


def _subject_at(ctx: Context, pos: int) -> tuple[Candidate | None, bool]:
    """The mention at pos that may be a subject (the person a title introduces first), and whether
    the walk stops there: a mention governed by a preposition is an object."""
    mentions = ctx.mentions
    cand = mentions.start_at.get(pos)
    if pos in mentions.titled and (cand is None or cand.type != "Person"):
        # "وطلب من الرئيس فلان", "ونقل للرئيس فلان": a title after a preposition introduces an object
        tokens = ctx.tokens
        p = tokens.prev(pos)   # not the verb itself: "عبر" is a preposition and a verb of saying
        governed = tokens.after_preposition(pos) and p is not None and ctx.cues.at(p) is None
        return mentions.titled[pos], governed or tokens.text(pos).startswith(GOVERNED_TITLE)
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
            if after < end and _conjoined(ctx, after):
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


def _conjoined(ctx: Context, pos: int) -> bool:
    """"وY", "ووزير الخارجية": a name or title that carries the conjunction و; the و of "وزير" or
    "وديع" is the word's own."""
    tokens = ctx.tokens
    text = tokens.text(pos)
    if not text.startswith("و"):
        return False
    cand = ctx.mentions.start_at.get(pos)
    if cand is not None:
        return cand.start > tokens.starts[pos]
    title = match_title(tokens.doc, pos)
    return bool(title) and not normalize(text).startswith(normalize(title[1]).split()[0])


def _title(ctx: Context, pos: int, end: int, history: Sequence[StatementRecord]) -> Speakers | Unnamed:
    """A bare title as subject: the person it introduces further on, the person it refers to, the
    body a spokesman speaks for ("متحدث باسم الكرملين") or the organization it heads."""
    bare = ctx.mentions.bare[pos]
    person = person_ahead(ctx, pos + 1, end)
    if person is not None:
        return Speakers((person,), person.j)
    role_of, stop = bare.role_of, bare.stop
    if role_of is not None and _plural_nisba(ctx.tokens.norm(stop - 1)):
        role_of, stop = None, stop - 1   # "ودعا البابا العراقيين": a plural nationality is the verb's object
    referent = last_speaker_titled(ctx, bare.title, role_of, history) or title_referent(ctx, bare.title, role_of, pos)
    sent = ctx.doc[pos].sent
    if referent is None and ctx.tokens.prev(sent.start) is None:
        referent = title_holder_after(ctx, bare.title, role_of, sent.end)  # a headline's bare title
    if referent is not None:
        return Speakers((Found(referent, pos, stop),), max(stop, pos + 1))
    if SPEAKING_FOR in bare.title:
        inner = ctx.mentions.start_at.get(ctx.tokens.next(match_title(ctx.doc, pos)[0], end))
        if inner is not None and inner.type in ("Organization", "Place"):
            return Speakers((ctx.mentions.found(inner),), inner.j)
    if bare.role_of and ctx.mentions.type_of(bare.role_of) == "Organization":
        return Speakers((Found(bare.role_of, pos, bare.stop),), bare.stop)
    return UNNAMED  # "وأشاد السفير الأمريكي"


def _plural_nisba(norm: str) -> bool:
    """"العراقيين", "الفرنسيون": a nationality in the plural, which no singular title agrees with."""
    return strip_article(norm).endswith(PLURAL_NISBA_ENDINGS)


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
            # "مصدر قضائي لوكالة كيودو": the outlet told, not the body the source belongs to
            body = cand.type == "Organization" and tokens.governed(cand) and not mentions.is_agency(mentions.key(cand)) \
                and not tokens.text(cand.i).startswith("ل")
            return mentions.found(cand) if body else None
        if not (tokens.norm(pos) in SOURCE_LINKS or tokens.norm(pos).endswith(("ي", "يه"))):
            return None  # only a preposition or an adjective ("أمني", "رفيع") stands between
        pos += 1
    return None


def _body_in_construct(ctx: Context, group: Candidate, end: int) -> Found | None:
    """"مسؤولو وزارة الصحة": a sound plural of unnamed sources in the construct state (its ن dropped),
    whose complement is a body."""
    if group.j - group.i != 1 or not ctx.tokens.norm(group.i).endswith("و"):
        return None
    cand = ctx.mentions.start_at.get(ctx.tokens.next(group.j, end))
    return ctx.mentions.found(cand) if cand is not None and cand.type == "Organization" else None


def _issuer_by_verb(ctx: Context, pos: int, end: int) -> Found | None:
    """"وأفاد تسجيل بثته الإذاعة الحكومية": a report and the verb that takes it as object (its
    pronoun), then the body that issued it."""
    tokens, mentions = ctx.tokens, ctx.mentions
    verb = tokens.next(pos + 1, end)
    if verb >= end or not tokens.norm(verb).endswith(("ه", "ها")) or ctx.cues.at(verb) is not None \
            or mentions.in_a_mention(verb):
        return None
    cand = mentions.start_at.get(tokens.next(verb + 1, end))
    return mentions.found(cand) if cand is not None and cand.type == "Organization" else None


def _given_name(ctx: Context, pos: int, end: int) -> Speakers | None:
    """"وقال كريم بنزيما": a person found by the family name alone, whose given name is an ordinary
    word too (كريم، أمين، جميل): the word before the name belongs to the subject."""
    tokens, mentions = ctx.tokens, ctx.mentions
    nxt = tokens.next(pos + 1, end)
    cand = mentions.start_at.get(nxt) if nxt < end else None
    word = tokens.text(pos)
    if cand is None or cand.type != "Person" or word.startswith("ال") or word[:1] in "وفبلك" \
            or tokens.norm(pos) in tokens.words.preposition or ctx.cues.at(pos) or match_title(tokens.doc, pos) \
            or tokens.is_quote(pos) or tokens.is_comma(pos) or _function_word(ctx, pos) \
            or not _named_in_full_elsewhere(ctx, cand):
        return None
    found = _names(ctx, nxt, end, 0)
    return Speakers(found.found, found.after) if found.found else None


def _function_word(ctx: Context, pos: int) -> bool:
    """"ويصف أن فلان": a closed-class word is never a given name."""
    norm = ctx.tokens.norm(pos)
    return norm in NO_SUBJECT or norm in DEMONSTRATIVES or norm in ctx.tokens.words.complementizer


def _named_in_full_elsewhere(ctx: Context, cand: Candidate) -> bool:
    """A one-word mention, or a person with a longer name than this mention ("الصفدي" of "أيمن الصفدي"):
    only then may the word before the mention be a given name the mention left out ("وأكد كريم الصفدي");
    before a full name of several words ("مرمى حمزة الحفناوي") it is a noun whose genitive the name is."""
    ent = ctx.mentions.entities.get(ctx.mentions.key(cand))
    words = len(normalize(cand.form).split())
    return ent is not None and (words == 1 or any(len(normalize(form).split()) > words
                                                  for form in ent.forms | {ent.label}))


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
        if cand is None and (group := _group_after_partitive(ctx, pos, end)) is not None:
            return Speakers((mentions.found(group),), group.j)  # "وقال أحد السكان": the residents speak
        if (cand is None and tokens.norm(pos) in tokens.words.unnamed_source) or \
                (cand is not None and cand.type == "Group" and kind_of(cand.key or "") in ("officials", "sources")):
            body = _body_of_source(ctx, cand.j if cand is not None else pos + 1, end) or \
                (_issuer_by_verb(ctx, pos, end) if cand is None else _body_in_construct(ctx, cand, end))
            if body is not None:
                return Speakers((body,), body.j)  # "وقال مسؤول بوزارة الداخلية": the body speaks
        if cand is not None:
            return _names(ctx, pos, end, steps)
        if (source := _source_group_referent(ctx, pos, history)) is not None and pos not in mentions.bare:
            return Speakers((source,), pos + 1)  # "وأضاف المصدر": the unnamed source that spoke before
        if (body := _body_of_title_holders(ctx, pos, end)) is not None:
            return _names(ctx, body, end, steps)
        if pos in mentions.bare:
            titled = _title(ctx, pos, end, history)
            # "وتابعت المتحدثة": a title that names no one known refers back to the unnamed spokeswoman
            return Speakers((source,), pos + 1) if titled is UNNAMED and source is not None else titled
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
        if _definite_body_before_person(ctx, pos, end):
            return UNNAMED
        if _skippable(ctx, pos, named=False):
            pos += 1
            steps += 1
            continue
        return named_later(ctx, pos, end)
    return None


def _definite_body_before_person(ctx: Context, pos: int, end: int) -> bool:
    """"ودانت المحكمة فلانا بالرشوة": a definite body noun is a whole subject; the person right after it
    is the verb's object (an organization's name opens with an indefinite head: "محكمة الاستئناف")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norm = tokens.norm(pos)
    if not (norm.startswith("ال") and norm[2:] in lexicon.org_heads()) or mentions.in_a_mention(pos):
        return False
    nxt = tokens.next(pos + 1, end)
    cand = mentions.start_at.get(nxt) or mentions.titled.get(nxt) if nxt < end else None
    return cand is not None and cand.type == "Person"


def _group_after_partitive(ctx: Context, pos: int, end: int) -> Candidate | None:
    """"أحد السكان", "بعض الشهود", "عدد من المسؤولين": a partitive, maybe من, then a group noun."""
    tokens = ctx.tokens
    if tokens.norm(pos) not in tokens.words.partitive:
        return None
    nxt = tokens.next(pos + 1, end)
    if nxt < end and tokens.norm(nxt) in tokens.words.source_link:
        nxt = tokens.next(nxt + 1, end)   # "عدد من"
    group = ctx.mentions.start_at.get(nxt) if nxt < end else None
    return group if group is not None and group.type == "Group" else None


def _source_group_referent(ctx: Context, pos: int, history: Sequence[StatementRecord]) -> Found | None:
    """"وأضاف المصدر", "وقال المسؤول", "وتابعت المتحدثة": a definite singular source noun refers back to
    the unnamed source of its kind that spoke last ("قال مصدر أمني ... وأضاف المصدر")."""
    norm = ctx.tokens.norm(pos)
    kind = SOURCE_NOUNS.get(strip_article(norm)) if norm.startswith("ال") else None
    if kind is None or not _content_right_after(ctx, pos):
        return None
    key = next((st.speaker for st in reversed(history)
                if ctx.mentions.type_of(st.speaker) == "Group" and kind_of(st.speaker) == kind), None)
    return Found(key, pos, pos + 1) if key is not None else None


def _content_right_after(ctx: Context, pos: int, adjectives: int = 2) -> bool:
    """"وأضاف المصدر أن", "وقال المسؤول العراقي إن", "وتابعت المتحدثة:": what was said starts right after
    the noun and its definite adjectives; not "وأعلن المسؤول في قطاع السياحة فلان" (a person named on)."""
    tokens, end = ctx.tokens, len(ctx.tokens.texts)
    p = tokens.next(pos + 1, end)
    for _ in range(adjectives):
        if p < end and tokens.norm(p).startswith("ال") and not ctx.mentions.in_a_mention(p):
            p = tokens.next(p + 1, end)
    return p < end and (tokens.norm(p) in tokens.words.complementizer or tokens.text(p) == ":"
                        or tokens.is_quote(p) or tokens.is_comma(p))


def _body_of_title_holders(ctx: Context, pos: int, end: int) -> int | None:
    """"وزراء مالية مجموعة العشرين", "سفراء الدول الآسيوية": where the body or country whose title
    holders speak starts (the plural title, maybe one word of its remit, then the name)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if tokens.norm(pos) not in tokens.words.plural_title:
        return None
    for q in (tokens.next(pos + 1, end), tokens.next(tokens.next(pos + 1, end) + 1, end)):
        cand = mentions.start_at.get(q) if q < end else None
        if cand is not None:
            return q if cand.type in ("Organization", "Place") and not tokens.governed(cand) else None
    return None


def named_later(ctx: Context, pos: int, end: int) -> Speakers | None:
    """A subject whose title the lexicon does not know, then its name: "طالب المرجع الديني البارز
    فلان" (definite words and nationality adjectives before the person), "وقال مدرب المنتخب الألماني فلان
    إن" (a head in construct with a definite word, when what was said follows the name), "قال مسؤول ثان
    باسم البلدية هو فلان" (the name introduced by هو)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    definite, construct, q, stop = True, True, pos, min(end, pos + NAMED_LATER_WALK)
    while (q := tokens.next(q, stop)) < stop:
        cand = mentions.start_at.get(q) or mentions.titled.get(q)
        if cand is not None and cand.type == "Person":
            prev = tokens.prev(q, pos)
            if tokens.governed(cand) or tokens.text(q).startswith(GOVERNED_TITLE) \
                    or not (definite or (prev is not None and tokens.norm(prev) in NAME_INTRODUCERS)
                            or (construct and _content_follows(ctx, cand.j, end))):
                return None
            return _names(ctx, q, end, 0) if q in mentions.start_at else Speakers((mentions.found(cand),), cand.j)
        if cand is not None:  # "باسم الحكومة": the body a title is of
            definite, q = False, cand.j
            continue
        norm = tokens.norm(q)
        if tokens.is_punct(q) or tokens.is_quote(q) or norm in NO_SUBJECT or ctx.cues.kind_at(q) is not None:
            return None
        nxt = tokens.next(q + 1, stop)
        # "ولاعب الشطرنج": a second title, a noun joined by و and completed by a definite word
        joined = q > pos and norm.startswith("و") and nxt < stop and tokens.norm(nxt).startswith("ال")
        definite = definite and (norm.startswith("ال") or bool(nisba_country(tokens.doc, q))
                                 or norm in TITLE_MODIFIERS or joined)
        # "مدرب المنتخب الألماني": an indefinite head in construct with a definite word is definite too
        construct = construct and (norm.startswith("ال") or bool(nisba_country(tokens.doc, q))
                                   or norm in TITLE_MODIFIERS or (nxt < stop and tokens.norm(nxt).startswith("ال")))
        q += 1
    return None


def _content_follows(ctx: Context, pos: int, end: int) -> bool:
    """What was said starts right after the name (إن/أن، a colon, a quote): the name closes the subject
    ("وقال مدرب المنتخب الألماني فلان إن"), it is no object followed by its complement."""
    tokens = ctx.tokens
    nxt = tokens.next(pos, end)
    return nxt < end and (tokens.norm(nxt) in tokens.words.complementizer or tokens.text(nxt) == ":"
                          or tokens.is_quote(nxt))


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
    # "مسؤولون تشيليون وبيروفيون قالوا": nationality adjectives joined to the subject by و
    while p is not None and p not in mentions.end_at and tokens.text(p).startswith("و") \
            and nisba_country(tokens.doc, p):
        p = tokens.prev(p, start)
    cand = mentions.end_at.get(p) if p is not None else None
    if cand is None and p is not None:
        return _bare_title_before(ctx, q, p)
    if cand is None or cand.i < start or tokens.governed(cand):
        return None
    if cand.type in ("Place", "Organization"):
        # the complement of a bare title: "رئيس الوزراء البريطاني أعلن" -> the title's referent
        for bare in mentions.bare.values():
            if bare.i < cand.i and bare.stop >= cand.j and bare.i >= start:
                ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
                return Speakers((Found(ref, bare.i, bare.stop),), k + 1) if ref else None
    found = [cand]
    # "أوسلو وهلسنكي تطالبان": a dual or plural verb after "X وY" has both for subject
    while _plural_verb(ctx, q.cue) and tokens.text(found[0].i).startswith("و"):
        before = tokens.prev(found[0].i, start)
        other = mentions.end_at.get(before) if before is not None else None
        if other is None or other.i < start or tokens.governed(other):
            break
        found.insert(0, other)
    cand = found[0]
    head = cand.title_i if cand.title_i is not None else cand.i
    if not (qad or any(tokens.clause_start_before(i, start) or _after_complementizer(ctx, i, start)
                       for i in (cand.i, head))):
        return None
    return Speakers(tuple(mentions.found(c) for c in found), k + 1)


def _bare_title_before(ctx: Context, q: Query, p: int) -> Speakers | None:
    """"الرئيس الفرنسي يدعو إلى ...": a bare title opening the clause and ending right before the verb;
    its referent, or in the headline the person the article gives that title."""
    for bare in ctx.mentions.bare.values():
        if bare.stop == p + 1 and bare.i >= q.start and ctx.tokens.clause_start_before(bare.i, q.start):
            ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
            if ref is None and ctx.tokens.prev(q.start) is None:
                ref = title_holder_after(ctx, bare.title, bare.role_of, q.end)
            return Speakers((Found(ref, bare.i, bare.stop),), q.cue.i + 1) if ref else None
    return None


def _after_complementizer(ctx: Context, i: int, start: int) -> bool:
    """"يذكر أن الحزب الحاكم زعم", "غير أن ماكرون قال": the noun right after أن is the subject of the
    clause it opens."""
    p = ctx.tokens.prev(i, start)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.complementizer


def _plural_verb(ctx: Context, cue: Cue) -> bool:
    """"تدعوان", "قالا", "يطالبون": a verb with a dual or plural subject."""
    form = cue_form(ctx, cue)
    return len(form) >= 4 and form.endswith(("ان", "وا", "ون", "تا")) or (len(form) >= 3 and form.endswith("ا")
                                                                         and form != cue.lemma)


def on_the_tongue_of(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وأكدت لشبونة على لسان المتحدثة باسم الوزارة X أن": X speaks (the body through her)."""
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
    if q.cue.lemma not in RELAY_PREPOSITION:
        return None
    k, end = q.cue.i, q.end
    for p in range(k + 1, min(end, k + 30)):
        if ctx.tokens.norm(p) != RELAY_PREPOSITION[q.cue.lemma] and ctx.tokens.norm(p) in ctx.tokens.words.relay_source \
                and p == ctx.tokens.next(k + 1, end):
            return _relayed_from_pronoun(ctx, q, p)
        if ctx.tokens.norm(p) == RELAY_PREPOSITION[q.cue.lemma]:
            nxt = ctx.tokens.next(p + 1, end)
            first = ctx.mentions.start_at.get(nxt) or ctx.mentions.titled.get(nxt)
            # "عن فيرهوفن", "عن مصادر أمنية": the name or unnamed source right after عن is governed by
            # it, and is the one quoted
            inner = Speakers((ctx.mentions.found(first),), first.j) \
                if first is not None and (first.type != "Group" or kind_of(first.key or "") in RELAYED_GROUPS) \
                else subjects_after(ctx, p + 1, end, q.history)
            if not isinstance(inner, Speakers) or not inner.found:
                return inner if isinstance(inner, Unnamed) else None
            relays = [ctx.mentions.key(c) for c in ctx.mentions.cands if k < c.i < p]
            return Speakers(inner.found, inner.after, tuple(dict.fromkeys(relays)))
    return None


def _relayed_from_pronoun(ctx: Context, q: Query, p: int) -> Speakers | None:
    """"ونقلت عنه صحيفة X قوله إن": the last speaker, whom the pronoun after the verb names, said what
    follows "قوله" (not a trailing "كما نقلت عنه مصادر", which says where a statement came from)."""
    end, mentions = q.end, ctx.mentions
    if len(q.last_speakers) != 1 or mentions.type_of(q.last_speakers[0]) != "Person":
        return None
    said = next((r for r in range(p + 1, min(end, p + RELAY_WALK))
                 if (entry := ctx.cues.in_word(ctx.tokens.text(r))) is not None and entry.lemma == SAY_LEMMA), None)
    if said is None:
        return None
    relays = [mentions.key(c) for c in mentions.cands if p < c.i < said and c.type == "Organization"]
    return Speakers((Found(q.last_speakers[0], p, p + 1),), said + 1, tuple(dict.fromkeys(relays)))


def source_after_relay(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وقالت وكالة رويترز نقلا عن وزير المالية فلان إن": the person after "نقلا عن" speaks, the body
    that is the verb's subject relays."""
    tokens, mentions = ctx.tokens, ctx.mentions
    relays: list[str] = []
    for p in range(q.cue.i + 1, min(q.end, q.cue.i + RELAY_WALK)):
        if tokens.norm(p) in tokens.words.complementizer or tokens.is_quote(p) or tokens.text(p) in CLAUSE_ENDS:
            return None
        if tokens.norm(p) == RELAYED and tokens.norm(tokens.next(p + 1, q.end)) == RELAY_FROM:
            authors = author_after(ctx, p + 1, q.end)
            if not relays or not authors or mentions.type_of(authors[0].key) != "Person":
                return None
            return Speakers(tuple(authors[:1]), authors[0].j, tuple(dict.fromkeys(relays)))
        cand = mentions.start_at.get(p)
        if cand is not None and cand.type == "Organization":
            relays.append(mentions.key(cand))
    return None


def author_of_noun(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات الرئيس بوتين", "بيان لوزارة الخارجية": a statement noun's author (not a news agency;
    not an unnamed group, which after a verbal noun is its object: "دعوة المزارعين")."""
    authors = [a for a in author_after(ctx, q.cue.i, q.end) if not ctx.mentions.is_agency(a.key)
               and ctx.mentions.type_of(a.key) != "Group"]
    return Speakers(tuple(authors), authors[-1].j) if authors else None


def subject_before(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO, the subject at the start of the clause right before the verb: "نزارباييف يدعو الشعب"."""
    return _before(ctx, q, allow_comma=False)


def subject_with_relative_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"توكاييف الذي ألقى خطابا ...، ناشد": a subject, its relative clause, a comma (and قد), then the verb;
    or a person's apposition between commas: "فلان، الخبير في شؤون الطاقة، قال"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start = q.cue.i, q.start
    p = tokens.prev(k, start)
    if p is not None and tokens.norm(p) == QAD:
        p = tokens.prev(p, start)  # "وكانت فرنسا التي ...، قد قالت"
    if p is None or not tokens.is_comma(p):
        return None
    for c in mentions.cands:
        if c.i < start or c.i >= p:
            continue
        nxt = tokens.next(c.j, p)
        if nxt < p and (tokens.norm(nxt) in tokens.words.relative or _apposition(ctx, c, nxt, p)) \
                and not tokens.governed(c) \
                and tokens.clause_start_before(c.title_i if c.title_i is not None else c.i, start) \
                and not any(ctx.cues.kind_at(r) not in (None, "noun") for r in range(nxt, p)):
            return Speakers((mentions.found(c),), k + 1)
    return None


APPOSITION_MAX = 12   # tokens of "، الخبير في شؤون الطاقة،"
RELATIVE_BACK = 12    # tokens back from "ولوح فيها" to the relative pronoun after the statement noun


def _apposition(ctx: Context, c: Candidate, comma: int, last: int) -> bool:
    """"فلان، الخبير في شؤون الطاقة، قال": a person's name, then between commas what describes them
    (a title, a participle, "وهو ..."), the comma at token comma and the next one at last."""
    tokens = ctx.tokens
    if c.type != "Person" or not tokens.is_comma(comma) or last - comma > APPOSITION_MAX:
        return False
    if any(tokens.is_comma(n) for n in range(comma + 1, last)):
        return False
    opener = tokens.next(comma + 1, last)
    return opener < last and (appositive_at(tokens.doc, opener) or tokens.norm(opener) in tokens.words.aside_opener
                              or tokens.text(opener).startswith("ال"))


def antecedent_of_relative(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات ناكامورا الذي أقر بأن", "متحدث باسم الشرطة، الذي قال": the verb right after a relative
    pronoun has the name before the pronoun (and its comma) for subject, whatever governs that name."""
    tokens, mentions = ctx.tokens, ctx.mentions
    rel = tokens.prev(q.cue.i, q.start)
    if q.cue.prefix or rel is None or tokens.norm(rel) not in tokens.words.relative:
        return None
    before = tokens.prev(rel, q.start)
    if before is not None and tokens.is_comma(before):
        before = tokens.prev(before, q.start)  # "متحدث باسم الشرطة، الذي قال": the phrase before the comma
    cand = mentions.end_at.get(before) if before is not None else None
    if cand is None or cand.i < q.start:
        return None
    head = tokens.prev(cand.i, q.start)
    if head is not None and _org_head(ctx, head):
        return None  # "حكومة كيبيك التي طالبت": the body the name completes is the antecedent
    return Speakers((mentions.found(cand),), q.cue.i + 1)


def _org_head(ctx: Context, pos: int) -> bool:
    """"حكومة", "والوزارة": an organization's head noun, with or without و and the article."""
    norm = ctx.tokens.norm(pos)
    forms = (norm, norm[1:]) if norm.startswith("و") else (norm,)
    return any(strip_article(form) in lexicon.org_heads() for form in forms)


def said_in_it(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات للحكومة الكينية قالت فيها إن", "بتدوينة قال فيها": a verb that describes a statement
    noun (فيه/فيها points back to it) speaks for the noun's author, or else for the nearest name before
    the noun that no preposition governs."""
    tokens, mentions = ctx.tokens, ctx.mentions
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt >= q.end or tokens.norm(nxt) not in tokens.words.resumptive_in:
        return None
    back = q.cue.i
    if q.cue.prefix:
        # "تصريحاته التي أدلى بها في باريس ولوح فيها": a verb joined by و to a relative clause on the noun,
        # with no comma between and no subject of its own after فيها ("فدعا فيه الظواهري")
        after = tokens.next(nxt + 1, q.end)
        if after < q.end and (after in mentions.start_at or after in mentions.titled or after in mentions.bare):
            return None
        back = next((p for p in range(q.cue.i - 1, max(q.start, q.cue.i - RELATIVE_BACK) - 1, -1)
                     if tokens.norm(p) in tokens.words.relative or tokens.is_comma(p) or tokens.text(p) in CLAUSE_ENDS),
                    None)
        if back is None or tokens.norm(back) not in tokens.words.relative:
            return None
    noun = next((p for p in range(back - 1, max(q.start, back - NOUN_BACK) - 1, -1)
                 if (entry := ctx.cues.in_word(tokens.text(p))) is not None and entry.kind == "noun"), None)
    if noun is None:
        return None
    authors = [a for a in author_after(ctx, noun, q.cue.i) if not mentions.is_agency(a.key)]
    if authors:
        return Speakers(authors[:1], nxt + 1)
    # not a name inside a quotation before the noun
    since = next((p + 1 for p in range(noun - 1, q.start - 1, -1) if tokens.is_quote(p)), q.start)
    before = [c for c in mentions.cands if since <= c.i < noun and c.type in ("Person", "Organization")
              and not tokens.governed(c)]
    return Speakers((mentions.found(before[-1]),), nxt + 1) if before else None


def author_of_reference(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وجاء في بيان صادر عن الداخلية الأردنية أن": the author of the text it came in."""
    tokens = ctx.tokens
    if normalize(q.cue.lemma) not in tokens.words.in_text_verb:
        return None
    p = tokens.next(q.cue.i + 1, q.end)
    while p < q.end and tokens.is_comma(p):
        p = tokens.next(p + 1, q.end)
    noun = tokens.next(p + 1, q.end)
    if p >= q.end or noun >= q.end or tokens.norm(p) != IN:
        return None
    authors = [a for a in author_after(ctx, noun, q.end) if not ctx.mentions.is_agency(a.key)]
    return Speakers(tuple(authors[:1]), authors[0].j) if authors else None


def cue_form(ctx: Context, cue: Cue) -> str:
    """The cue word as written, without its conjunction, normalised: "وقالوا" -> "قالوا"."""
    return normalize(ctx.tokens.text(cue.i)[cue.prefix:])


def is_participle(ctx: Context, cue: Cue) -> bool:
    """A participle of manner ("مؤكدا", "مطالبة", "، قائلا"): it continues its clause's subject and
    has no subject of its own; what follows it is its object."""
    tokens = ctx.tokens
    form = cue_form(ctx, cue)
    prev = tokens.prev(cue.i)
    return form in tokens.words.manner_participle or (form.startswith("م") and len(form) >= 4 and cue.lemma != form) or (
        (form.endswith("ا") or len(participle_forms(form)) > 1) and len(form) >= 4
        and prev is not None and tokens.is_comma(prev))


def _object_slot(ctx: Context, q: Query, found: Speakers) -> bool:
    """"وحث قادة المنطقة على ...", "كما ناشد منظمة الصحة العالمية بإرسال فرق": a verb that continues the
    last speaker, with an object and its complement (على، إلى، بـ) where a subject would stand. The
    object is a group, or a body the verb does not agree with (a masculine verb before a feminine
    name is no subject of it); a sound plural in -ين is never a subject, one in -ون always is."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if not q.last_speakers or not (q.cue.prefix or _after_clause_link(ctx, q)) \
            or normalize(q.cue.lemma) in tokens.words.clause_verb:
        return False  # "بينما يصر الأهلي على أن": a verb that takes no noun object has its subject there
    first = found.found[0]
    if first.i < 0:
        return False
    kind = mentions.type_of(first.key)
    head = normalize(tokens.text(first.i))
    if kind == "Group" and head.endswith("ين"):
        return True
    if _nominative_plural(head):
        return False  # "وطالب مستثمرون بتعويضات": nominative, the verb's subject
    nxt = tokens.next(found.after, q.end)
    if nxt >= q.end:
        return False
    word = tokens.text(nxt)
    complement = normalize(word) in OBJECT_COMPLEMENTS or (word.startswith("ب") and len(word) > 3)
    # "ويتهم لوند بالإهمال", "ووصف فلان بأنه": whom a continuing verb accuses or describes, even a person, is
    # its object
    described = normalize(q.cue.lemma) == DESCRIBE_LEMMA and normalize(word).startswith(DESCRIBED_AS)
    if not complement or (kind == "Person" and q.cue.entry.act != ACCUSE and not described):
        return False
    # "وأدانت فرنسا الهجوم وطالبت إيران بالاعتذار": after a statement of its sentence, a verb joined by و
    # goes on with that subject, whatever the gender
    return kind == "Group" or not _feminine_verb(ctx, q.cue) or (q.earlier and q.cue.prefix > 0)


def _after_clause_link(ctx: Context, q: Query) -> bool:
    p = ctx.tokens.prev(q.cue.i, q.start)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.clause_opener


def _feminine_verb(ctx: Context, cue: Cue) -> bool:
    """"دعت", "تدعو", "طالبت": a verb that agrees with a feminine subject."""
    form = cue_form(ctx, cue)
    return form.endswith("ت") or form.startswith("ت")


def _past_adverbials(ctx: Context, k: int, end: int) -> int | None:
    """"وأوضح، مساء الخميس، في مؤتمر صحفي عقده في نيروبي، وزير الزراعة ...", "وقال خلال لقائه وفدا،
    الرئيس ...": the last comma of the adverbial phrases between a verb and its subject (they open with a
    comma, a preposition or a time word), before what was said begins."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = tokens.next(k + 1, end)
    if first >= end or not (tokens.is_comma(first) or tokens.norm(first) in words.preposition
                            or tokens.norm(first) in words.adjunct):
        return None
    last = None
    for p in range(first, min(end, first + ADVERBIAL_WALK)):
        if tokens.norm(p) in words.complementizer or tokens.is_quote(p) or tokens.text(p) in CLAUSE_ENDS \
                or ctx.cues.kind_at(p) in SPEECH_KINDS:
            break
        if tokens.is_comma(p) and p > first:
            last = p
    return last


def subject_after(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """VSO, the usual order in news: "وقال الرئيس الفرنسي إيمانويل ماكرون", "وقال X وY", "وقال
    الرئيس" (its referent), "وأوضح البيان" (its issuer), "وقالت الوزارة" (the last such body).
    A participle of manner has no subject after it: what follows is its object."""
    if is_participle(ctx, q.cue):
        return GROUP_OBJECT
    p = ctx.tokens.prev(q.cue.i, q.start)
    first = _clause_opening(ctx, q)
    if not q.cue.prefix and p is not None and (_preposed_subject(ctx, p) or ctx.tokens.text(p) in ASIDE_CLOSERS) \
            and first is not None \
            and (_unnamed_source(ctx, first) or (first in ctx.mentions.bare and _agrees_with_title(ctx, q.cue, first))):
        # SVO with an unnamed subject: "مسؤول كبير في وزارة الدفاع أبلغ صحيفة X أن", "السفير الفرنسي أبلغ
        # الوزير أن": what follows the verb is its object; an unnamed source speaks for its body
        body = _body_of_source(ctx, first + 1, q.cue.i) if _unnamed_source(ctx, first) else None
        return Speakers((body,), q.cue.i + 1) if body is not None else UNNAMED
    found = subjects_after(ctx, q.cue.i + 1, q.end, q.history)
    if found is None and (comma := _past_adverbials(ctx, q.cue.i, q.end)) is not None:
        found = subjects_after(ctx, comma + 1, q.end, q.history)
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
    participle = (form.startswith("م") and len(form) > 4) or is_participle(ctx, q.cue)  # not "ومضى"
    if participle and prev is None:
        return None  # "مطالبة صينية ...": opening its sentence, it is a noun, with no clause to go on with
    if participle and tokens.norm(prev) in words.copula:
        return None  # "التي تكون لافتة للأنظار": the predicate of a verb of being, no saying
    continues = prefix > 0 or q.cue.kind == "continuation" or participle or \
        (prev is not None and tokens.norm(prev) in words.clause_opener)
    if continues and nxt < end and _heads_a_name_of(ctx, nxt, q.last_speakers):
        return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), nxt + 1)
    if continues and nxt < end and (_unnamed_source(ctx, nxt) or _unknown_name(ctx, q.cue, nxt)):
        return None  # "وأكد مصدر مسؤول", "وأضاف المصدر", "وقال فلان": a subject of its own, unnamed or unknown
    if not prefix and not participle and prev is not None and _preposed_subject(ctx, prev) \
            and _clause_opening(ctx, q) is not None:
        return None  # "لكن التجارب الماضية تشير إلى": the noun before the verb is its subject
    start_at = ctx.mentions.start_at
    if continues and nxt < end and (nxt not in start_at or seen.group_object or participle
                                    or tokens.governed(start_at[nxt])) and agrees(ctx, form, q.last_speakers):
        if participle or same_gender(ctx, form, q.cue.lemma, q.last_speakers, [*q.history, *q.in_sentence]):
            return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), k + 1)
        if _opens_content(ctx, nxt) and (other := speaker_before_of_gender(ctx, q, form)) is not None:
            return Speakers((Found(other, -1, -1),), k + 1)
    return None


def plural_antecedent(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"والتقى الوزير المحتجين وقالوا له إن", "سألت عددا من السكان فقالوا": a masculine plural verb joined
    by و/ف with no subject of its own, that no earlier speaker agrees with, speaks for the nearest
    group named before it in its sentence."""
    tokens, mentions = ctx.tokens, ctx.mentions
    form = cue_form(ctx, q.cue)
    if seen.unnamed or not q.cue.prefix or is_participle(ctx, q.cue) or not _masculine_plural(form):
        return None
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt < q.end and (nxt in mentions.start_at or _unnamed_source(ctx, nxt) or _unknown_name(ctx, q.cue, nxt)):
        return None  # "وقال المحتجون", "وقال مسؤولون": a subject of its own
    # the nearest group, in a clause with no other speech verb (whose subject it would be) nor أن/إن
    # before the verb (the group would be inside what someone said)
    if any(ctx.cues.kind_at(p) in SPEECH_KINDS or tokens.norm(p) in tokens.words.complementizer
           for p in range(q.start, q.cue.i)):
        return None
    for p in range(q.cue.i - 1, max(q.start, q.cue.i - ANTECEDENT_WALK) - 1, -1):
        c = mentions.end_at.get(p)
        if c is not None and c.i >= q.start and c.type == "Group":
            return Speakers((mentions.found(c),), q.cue.i + 1)
    return None


def _masculine_plural(form: str) -> bool:
    """"قالوا", "أكدوا", "يقولون": a verb of a masculine plural subject."""
    return len(form) >= 4 and (form.endswith("وا") or (form.endswith("ون") and form[0] in "يت"))


def _heads_a_name_of(ctx: Context, pos: int, speakers: tuple[str, ...]) -> bool:
    """"دعت القوى الوطنية والإسلامية ... وقالت القوى": a definite noun that is the first word of the
    last speaker's name (without its article) refers back to that speaker."""
    norm = ctx.tokens.norm(pos)
    if not norm.startswith("ال") or ctx.mentions.in_a_mention(pos):
        return False
    head = strip_article(norm)
    return any(strip_article(normalize(form).split()[0]) == head
               for key in speakers if (ent := ctx.mentions.entities.get(key)) is not None
               for form in ent.forms | {ent.label} if len(normalize(form).split()) > 1)


def _preposed_subject(ctx: Context, p: int) -> bool:
    """The word before a verb with no conjunction is a noun of its own clause (SVO), not punctuation, a
    function word or connective, an adverb in -ًا or قد."""
    tokens = ctx.tokens
    norm = tokens.norm(p)
    return not (tokens.is_punct(p) or tokens.is_quote(p) or norm in NO_SUBJECT or norm in CONNECTIVES or norm == QAD
                or norm in tokens.words.clause_opener or norm.endswith("ا") or not norm.isalpha())


def _agrees_with_title(ctx: Context, cue: Cue, pos: int) -> bool:
    """A verb agrees in gender with the title at pos that precedes it: "السفيرة ... أبلغت", "المدير ... أبلغ"
    ("الرياض: مساعد فلان ذكرت شركة": a byline, no subject)."""
    return ctx.tokens.text(pos).endswith("ة") == _feminine_verb(ctx, cue)


def _clause_opening(ctx: Context, q: Query) -> int | None:
    """The first word of the cue's clause past its openers ("لكن", "غير أن"), or None when the clause
    opens with a fronted phrase ("وفي رده على سؤال قال", "وبشأن الأزمة ندد"): the verb's subject follows it."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = q.start
    for p in range(q.cue.i - 1, q.start - 1, -1):
        if tokens.text(p) in CLAUSE_ENDS or tokens.is_comma(p):
            first = p + 1
            break
    first = tokens.next(first, q.cue.i)
    while first < q.cue.i and (tokens.norm(first) in TOPIC_OPENERS or tokens.norm(first) in words.clause_opener):
        first = tokens.next(first + 1, q.cue.i)
    if first >= q.cue.i:
        return None
    norm = tokens.norm(first)
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 2 else norm
    fronted = {norm, bare} & (words.preposition | words.adjunct | PREPOSITIONS)
    return None if fronted else first


def _unnamed_source(ctx: Context, pos: int) -> bool:
    """"مصدر", "المصدر", "مسؤولون": an unnamed human subject, with or without the article."""
    return strip_article(ctx.tokens.norm(pos)) in ctx.tokens.words.unnamed_source


def _unknown_name(ctx: Context, cue: Cue, pos: int) -> bool:
    """"وقال إريك لوند كبير المفاوضين", "وأفادت أنباء أن", "وذكرت الصحف المحلية أن", "ودعا ناشطون":
    a subject the text gives but no entity covers, so the last speaker does not carry on. After a verb
    whose complement is a clause (قال, the continuations أضاف، أوضح، تابع ..., the reporting verbs أفاد،
    ذكر ...), a word that is no function word, stop word, cue, mention, adverb in -ًا or word with a
    preposition glued to it (a definite one only after a verb that never takes a noun object); after
    any verb, a sound masculine plural in -ون, which is nominative: a subject, never an object."""
    tokens, norm, text = ctx.tokens, ctx.tokens.norm(pos), ctx.tokens.text(pos)
    if tokens.is_punct(pos) or tokens.is_quote(pos) or ctx.mentions.in_a_mention(pos) or ctx.cues.at(pos) is not None \
            or norm in NO_SUBJECT or norm in STOPWORDS or strip_article(norm) in STOPWORDS or not norm.isalpha() \
            or text[:1] in "بلكف" or norm in tokens.words.complementizer:
        return False
    if _nominative_plural(norm):
        return True
    if norm.endswith("ا"):
        return False
    if norm.startswith("ال"):
        return normalize(cue.lemma) in tokens.words.clause_verb and strip_article(norm) not in tokens.words.adjunct
    return cue.lemma == SAY_LEMMA or cue.kind == "continuation" or cue.entry.act == REPORT


def _nominative_plural(norm: str) -> bool:
    """"ناشطون", "المزارعون": a sound masculine plural noun (not an imperfect verb "يقولون", not "قانون");
    "مراقبو", "مسؤولو": one in construct, which drops its ن (a participle's plural: it starts with م)."""
    stem = strip_article(norm)
    return (stem.endswith("ون") and len(stem) >= NOMINATIVE_PLURAL_MIN and not stem.startswith("ي")) \
        or (stem == norm and stem.startswith("م") and stem.endswith("و") and len(stem) >= CONSTRUCT_PLURAL_MIN)


def subject_of_its_own(ctx: Context, q: Query) -> bool:
    """A verb no strategy found a speaker for, whose subject the text gives without naming it:
    "لكن مسؤولا رفيعا قال" (a subject before it that is no mention), "وأكدت مصادر" (an unnamed source
    after it), "وأشاد السفير الأمريكي" (a title that refers to no one known). Whoever spoke before
    does not carry on past such a verb."""
    tokens, words = ctx.tokens, ctx.tokens.words
    p = tokens.prev(q.cue.i, q.start)
    if is_participle(ctx, q.cue) or (p is not None and tokens.norm(p) in REPORTING_LINKS):
        return False  # "وفق ما ذكرت وسائل إعلام": a source of what was said, not a new speaker
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt < q.end and (_unnamed_source(ctx, nxt) or _unknown_name(ctx, q.cue, nxt)):
        return True
    if subjects_after(ctx, q.cue.i + 1, q.end, q.history) is UNNAMED:
        return True
    if q.cue.prefix or p is None:
        return False
    if tokens.norm(p) == QAD:  # "وكانت صحف روسية قد أشارت"
        p = tokens.prev(p, q.start)
        return p is not None and not tokens.is_punct(p) and tokens.norm(p) not in words.clause_opener
    return not (tokens.is_punct(p) or tokens.is_quote(p) or tokens.norm(p) in NO_SUBJECT)


def agrees(ctx: Context, form: str, speakers: tuple[str, ...]) -> bool:
    """A plural verb or participle ("قالوا", "يقولون", "مشيدين") carries on no single person or body."""
    plural = len(form) >= 4 and (form.endswith("وا") or (form.endswith("ون") and form[0] in "يتم")
                                 or (form.endswith("ين") and form[0] == "م"))
    return not (plural and len(speakers) == 1
                and ctx.mentions.type_of(speakers[0]) in ("Person", "Organization", "Place"))


def verb_gender(form: str, lemma: str) -> str | None:
    """The gender of a singular verb or participle as written: "قالت", "تقول", "مشيرة" are feminine; "قال",
    "يقول", "مشيرا" masculine; None when the form does not tell (plurals, duals, "تابع")."""
    form, lemma = normalize(form), normalize(lemma)
    if len(form) < 3 or form.endswith(("وا", "ون", "ين", "ان", "تا")):
        return None
    if form.startswith("م") and not lemma.startswith("م"):  # participles: مشيرة / مشيرا
        return "f" if form.endswith("ه") else "m" if form.endswith("ا") else None
    if (form.endswith("ت") and not lemma.endswith("ت")) or (form.startswith("ت") and not lemma.startswith("ت")):
        return "f"
    if form == lemma or (form.startswith("ي") and not lemma.startswith("ي")):
        return "m"
    return None


def same_gender(ctx: Context, form: str, lemma: str, speakers: tuple[str, ...],
                history: Sequence[StatementRecord]) -> bool:
    """"وقال فلان ... ورأت في ذلك": a verb (a participle of manner goes on with its clause's subject
    whatever its form) that carries on one person or group agrees in gender with the
    verb (not noun) that last spoke for it, when both forms tell it (a body may speak through a statement
    noun of either gender: "قالت الوزارة ... وأشار البيان")."""
    if len(speakers) != 1 or normalize(lemma) in ctx.tokens.words.in_text_verb \
            or ctx.mentions.type_of(speakers[0]) not in ("Person", "Group"):
        return True
    now = verb_gender(form, lemma)
    then = spoken_gender(ctx, speakers[0], history)
    return now is None or then is None or now == then


def _opens_content(ctx: Context, pos: int) -> bool:
    """"وأضافت أن", "وأشارت إلى", "وتابعت:": what was said follows the verb, no subject of its own
    ("ورفضت الشركات" has one)."""
    tokens = ctx.tokens
    norm = tokens.norm(pos)
    return norm in tokens.words.complementizer or norm in tokens.words.preposition or tokens.is_quote(pos) \
        or tokens.text(pos) == ":"


def spoken_gender(ctx: Context, key: str, history: Sequence[StatementRecord]) -> str | None:
    """The gender of the verbs the speaker last spoke with, when they tell it; a relayed statement's
    verb ("نقلت وكالة X عن فلان") agrees with the relay, not the speaker."""
    return next((g for st in reversed(history) if st.speaker == key and not st.via
                 and st.cue_lemma not in RELAY_LEMMAS and normalize(st.cue_lemma) not in ctx.tokens.words.in_text_verb
                 and (entry := ctx.cues.in_word(st.cue)) is not None and entry.kind in SPEECH_KINDS
                 for g in [verb_gender(st.cue, st.cue_lemma)] if g is not None), None)


def speaker_before_of_gender(ctx: Context, q: Query, form: str) -> str | None:
    """"وقالت فلانة ... وقال نظيرها فلان ... وأضافت أن": a continuing verb that agrees with none of the last
    speakers goes on with the person who spoke just before them (in the sentence before theirs), when her
    verbs told the verb's gender."""
    now = verb_gender(form, q.cue.lemma)
    history = [*q.history, *q.in_sentence]
    if now is None or not history or len(q.last_speakers) != 1:
        return None
    earliest = history[-1].sentence_index - 1
    for st in reversed(history):
        if st.sentence_index < earliest:
            return None
        if st.speaker in q.last_speakers:
            continue
        if ctx.mentions.type_of(st.speaker) != "Person":
            return None
        return st.speaker if spoken_gender(ctx, st.speaker, history) == now else None
    return None


# tried in this order; a cue of a kind a strategy does not take skips it
STRATEGIES: tuple[Strategy, ...] = (
    Strategy("relayed_speech", relayed_speech, VERBS | NOUNS),        # "نقلت وكالة X عن Y": Y
    Strategy("on_the_tongue_of", on_the_tongue_of),                    # "أكدت X على لسان Y": Y
    Strategy("author_of_noun", author_of_noun, NOUNS),                 # "بيان لوزارة الخارجية"
    Strategy("subject_before", subject_before),                        # "نزارباييف يدعو"
    Strategy("subject_with_relative_clause", subject_with_relative_clause),  # "X الذي ...، ناشد"
    Strategy("antecedent_of_relative", antecedent_of_relative),        # "ناكامورا الذي أقر بأن"
    Strategy("said_in_it", said_in_it),                                # "بتدوينة قال فيها"
    Strategy("author_of_reference", author_of_reference),              # "وجاء في بيان للوزارة أن"
    Strategy("source_after_relay", source_after_relay),                # "وقالت وكالة X نقلا عن Y إن": Y
    Strategy("subject_after", subject_after),                          # "وقال X", "وقال الرئيس", "وأوضح البيان"
    Strategy("subject_before_comma", subject_before_comma),            # "وزارة الخارجية، قالت"
    Strategy("previous_speaker", previous_speaker),                    # "وأضاف أن", "، مشيرا إلى"
    Strategy("plural_antecedent", plural_antecedent),                  # "والتقى المحتجين وقالوا إن"
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
