"""Speech relayed by another: "نقلت وكالة X عن Y", "نسبت صحيفة X إلى Y", "قالت X نقلا عن Y",
"على لسان Y": Y speaks, X is the intermediary."""
from __future__ import annotations

from typing import Sequence

from ....records import StatementRecord
from ....text import normalize, strip_article
from ...groups import kind_of
from ..context import Context
from ..cues import Cue
from ..index import Found
from ...words import PRONOUN_SUFFIXES, words_between
from ...mentions import Candidate
from ..referents.issuers import author_after
from .base import CLAUSE_ENDS, QUOTED_UNNAMED, SAY_LEMMA, Outcome, Query, Seen, Speakers, Unnamed
from .slot import subjects_after
from .unnamed_sources import BODY_SOURCE_KINDS, SOURCE_NOUNS, body_in_construct, body_of_source


RELAY_LEMMA = "نقل"          # "نقلت وكالة X عن Y"
RELAY_FROM = "عن"
RELAYED = normalize("نقلا")           # "قالت وكالة X نقلا عن Y": Y speaks
RELAY_WALK = 12                       # tokens from a verb to "نقلا عن", or from "عنه" to the relaying outlet
ASCRIBE_LEMMA = "نسب"        # "نسبت صحيفة X إلى Y قوله": Y said it, X relays
RELAY_PREPOSITION = {RELAY_LEMMA: RELAY_FROM, ASCRIBE_LEMMA: normalize("إلى")}   # the preposition before the one quoted
RELAY_LEMMAS = frozenset(RELAY_PREPOSITION)
SPEAKING_FOR = normalize("باسم")   # "متحدث باسمها": a spokesman in its name
ON, TONGUE = normalize("على"), normalize("لسان")   # "على لسان X": through the mouth of X
TONGUE_WINDOW = 8
# the kinds of unnamed sources an agency quotes: those of one unnamed source, and the people on the spot a
# report quotes as a group ("نقلت الوكالة عن سكان قولهم", "نقلا عن مسعفين"); not journalists, whom an outlet
# quotes as its own ("نقلت الوكالة عن مراسليها": the outlet speaks)
OWN_REPORTERS = frozenset({"journalists"})   # an outlet quoting its own reporters speaks itself
RELAYED_GROUPS = frozenset(SOURCE_NOUNS.values()) | frozenset({
    "sources", "residents", "witnesses", "doctors", "rescuers", "families", "relatives", "protesters",
    "lawmakers", "critics"})


def is_tongue_word(text: str) -> bool:
    """"لسان" as written: a test of the word for words.words_between (on_the_tongue_of reads on only past one)."""
    return normalize(text) == TONGUE


def is_relayed_word(text: str) -> bool:
    """"نقلا" as written: a test of the word for words.words_between (source_after_relay reads on only past one)."""
    return normalize(text) == RELAYED


def on_the_tongue_of(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وأكدت لشبونة على لسان وزيرة الخارجية X أن": X speaks (the body through her). A spokesman's mouth is the
    body's, not his own: "وندد الاتحاد، على لسان المتحدث باسمه X، بـ": the subject named between the verb and
    على لسان speaks, and the named spokesman relays it (he voices a position; a minister states one)."""
    tokens = ctx.tokens
    if not words_between(ctx.doc, is_tongue_word, q.cue.i + 2, q.end):
        return None   # (no "لسان" after the verb in the sentence, as in most: the walk below would find none)
    for p in range(q.cue.i + 1, min(q.end, q.cue.i + TONGUE_WINDOW)):
        if tokens.norm(p) == ON and (nxt := tokens.next(p + 1, q.end)) < q.end and tokens.norm(nxt) == TONGUE:
            inner = subjects_after(ctx, nxt + 1, q.end, q.history)
            if not isinstance(inner, Speakers) or not inner.found:
                return None
            return _principal_of_spokesman(ctx, q, p, nxt, inner) or inner
        if tokens.norm(p) in tokens.words.complementizer:
            break
    return None


def _principal_of_spokesman(ctx: Context, q: Query, on: int, tongue: int, mouth: Speakers) -> Speakers | None:
    """"وأكدت الوزارة على لسان المتحدث باسمها فلان أن": when the mouth after "على لسان" is a spokesman (his title,
    with or without the article) whom the text names as a person, the subject named between the verb and
    "على" speaks and he is its intermediary; None when the mouth is no named spokesman or no subject stands there."""
    tokens = ctx.tokens
    title = tokens.next(tongue + 1, q.end)
    if title >= q.end or strip_article(tokens.norm(title)) not in tokens.words.spokesperson:
        return None
    persons = tuple(f.key for f in mouth.found if ctx.mentions.type_of(f.key) == "Person")
    if not persons:
        return None
    principal = subjects_after(ctx, q.cue.i + 1, on, q.history)
    if not isinstance(principal, Speakers) or not principal.found \
            or any(f.key in persons for f in principal.found):
        return None
    return Speakers(principal.found, mouth.after, persons)


# --- the strategies, in the order they are tried -------------------------------------------------
def relayed_speech(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"نقلت وكالات الأنباء X وY عن المتحدث باسم Z، فلان، قوله": فلان speaks, X and Y relay."""
    if q.cue.lemma not in RELAY_PREPOSITION:
        return None
    k, end = q.cue.i, q.end
    for p in range(k + 1, min(end, k + 30)):
        if ctx.tokens.norm(p) != RELAY_PREPOSITION[q.cue.lemma] and ctx.tokens.norm(p) in ctx.tokens.words.relay_source \
                and (p == ctx.tokens.next(k + 1, end) or _outlet_before_pronoun(ctx, k, p)):
            return _relayed_from_pronoun(ctx, q, k, p)
        if ctx.tokens.norm(p) == RELAY_PREPOSITION[q.cue.lemma]:
            nxt = ctx.tokens.next(p + 1, end)
            first = ctx.mentions.start_at.get(nxt) or ctx.mentions.titled.get(nxt)
            # "عن فيرهوفن", "عن مصادر أمنية": the name or unnamed source right after عن is governed by
            # it, and is the one quoted
            inner = Speakers((ctx.mentions.found(first),), first.j) \
                if first is not None and (first.type != "Group" or kind_of(first.key or "") in RELAYED_GROUPS
                                          or _quoted_group(ctx, first, end)) \
                else _body_by_spokesman_pronoun(ctx, nxt, end, _with_this_sentence(q)) \
                or subjects_after(ctx, p + 1, end, _with_this_sentence(q))
            if first is not None and first.type == "Group" and kind_of(first.key or "") in BODY_SOURCE_KINDS \
                    and (body := body_of_source(ctx, first.j, end) or body_in_construct(ctx, first, end)) is not None:
                inner = Speakers((body,), body.j)   # "نقلت الوكالة عن مصدر في الوزارة قوله": the body speaks through him
            if (not isinstance(inner, Speakers) or not inner.found) and _unnamed_one_quoted(ctx, nxt, end):
                return QUOTED_UNNAMED   # "عن زائرة أجنبية قولها": she speaks, whom no entity stands for; not the outlet
            if not isinstance(inner, Speakers) or not inner.found:
                return inner if isinstance(inner, Unnamed) else None
            relays = [ctx.mentions.key(c) for c in ctx.mentions.cands if k < c.i < p]
            # "عن فلان قوله في اتصال هاتفي إن": what he said opens past his "قوله", not at the phrase after it
            said = _saying_after(ctx, inner.after, end)
            return Speakers(inner.found, inner.after if said is None else said + 1, tuple(dict.fromkeys(relays)))
    return None


def _unnamed_one_quoted(ctx: Context, pos: int, end: int) -> bool:
    """"عن سائحة ألمانية قولها إن": a noun right after عن (no pronoun "عنه", no own reporters of the outlet) and
    its saying ("قوله", "قولها", "قولهم") within a few words: the one quoted speaks, though no entity stands for him;
    not one with a pronoun on him ("عن مراسلها قوله": the outlet's own reporter, the outlet speaks)."""
    tokens = ctx.tokens
    if pos >= end or tokens.is_punct(pos) or tokens.is_quote(pos) or tokens.norm(pos) in tokens.words.relay_source \
            or tokens.text(pos).endswith(PRONOUN_SUFFIXES):
        return False   # "عن مراسلها قوله": its own reporter, the outlet speaks
    own = ctx.mentions.start_at.get(pos)
    if own is not None and kind_of(own.key or "") in OWN_REPORTERS:
        return False
    return _saying_after(ctx, pos + 1, end) is not None


def _with_this_sentence(q: Query) -> tuple[StatementRecord, ...]:
    """The statements before the cue, this sentence's too: "انتقدت المنظمة القانون، ونقلت الوكالة عن متحدث
    باسمها قوله": the pronoun of "باسمها" takes back the body that spoke earlier in the same sentence."""
    return tuple(q.history) + tuple(q.in_sentence)


def _body_by_spokesman_pronoun(ctx: Context, pos: int, end: int,
                               history: Sequence[StatementRecord]) -> Speakers | None:
    """"عن متحدث باسمها قوله", "عن الناطق باسمه": the one after عن speaks "in its name" (باسم with a pronoun on
    it), the body, state or group whose statement came last speaking through him (not a person: "his
    spokesman" is another who speaks)."""
    tokens = ctx.tokens
    link = tokens.next(pos + 1, end)
    if not history or link >= end or not tokens.norm(link).startswith(SPEAKING_FOR) \
            or tokens.norm(link)[len(SPEAKING_FOR):] not in PRONOUN_SUFFIXES:
        return None
    last = history[-1].speaker
    if ctx.mentions.speaks_as(last) not in ("Organization", "Place", "Group"):
        return None
    return Speakers((Found(last, pos, link + 1),), link + 1)


def _quoted_group(ctx: Context, group: Candidate, end: int) -> bool:
    """"نقلت الوكالة عن محققين قولهم إن": a group of any kind right after عن whose saying ("قولهم") follows
    is the one quoted; not the outlet's own journalists ("عن مراسليها": the outlet speaks)."""
    return kind_of(group.key or "") not in OWN_REPORTERS and _saying_after(ctx, group.j, end) is not None


def relayed_saying(ctx: Context, cue: Cue, end: int) -> int | None:
    """"ونقل عن السفير قوله إن": the token of the quoted one's saying ("قوله", "قولها") after the relay's
    preposition, whoever is quoted: what follows it is his words, even when the text does not name him."""
    if cue.lemma not in RELAY_PREPOSITION:
        return None
    tokens = ctx.tokens
    at = next((p for p in range(cue.i + 1, min(end, cue.i + RELAY_WALK))
               if tokens.norm(p) == RELAY_PREPOSITION[cue.lemma]), None)
    if at is None:
        return None
    for r in range(at + 1, min(end, at + RELAY_WALK)):
        if tokens.norm(r) in tokens.words.complementizer or tokens.text(r) in CLAUSE_ENDS:
            return None
        if (entry := ctx.cues.in_word(tokens.text(r))) is not None and entry.lemma == SAY_LEMMA:
            return r
    return None


def _saying_after(ctx: Context, pos: int, end: int) -> int | None:
    """The quoted one's "قوله"/"قولها"/"قولهم" within RELAY_WALK tokens after his name ends at pos, before any
    إن/أن, quote or clause end: what he said follows it."""
    tokens = ctx.tokens
    for r in range(pos, min(end, pos + RELAY_WALK)):
        if tokens.norm(r) in tokens.words.complementizer or tokens.is_quote(r) or tokens.text(r) in CLAUSE_ENDS:
            return None
        if (entry := ctx.cues.in_word(tokens.text(r))) is not None and entry.lemma == SAY_LEMMA:
            return r
    return None


def _outlet_before_pronoun(ctx: Context, k: int, p: int) -> bool:
    """"ونقلت وكالة X الرسمية عنه قوله": the relaying outlet named between the verb at k and the pronoun at p,
    a few words in all, no clause opening or ending among them."""
    tokens = ctx.tokens
    if p - k > RELAY_WALK or any(tokens.norm(r) in tokens.words.complementizer or tokens.text(r) in CLAUSE_ENDS
                                 for r in range(k + 1, p)):
        return False
    return any(k < c.i and c.j <= p and c.type == "Organization" for c in ctx.mentions.cands)


def _relayed_from_pronoun(ctx: Context, q: Query, k: int, p: int) -> Speakers | None:
    """"ونقلت عنه صحيفة X قوله إن", "ونقلت وكالة X عنه قوله إن": the last speaker, whom the pronoun after the
    verb or its subject names, said what follows "قوله" (not a trailing "كما نقلت عنه مصادر", which says where a
    statement came from); the outlets named between the verb at k and "قوله" relay it."""
    end, mentions = q.end, ctx.mentions
    if len(q.last_speakers) != 1 or mentions.type_of(q.last_speakers[0]) != "Person":
        return None
    said = next((r for r in range(p + 1, min(end, p + RELAY_WALK))
                 if (entry := ctx.cues.in_word(ctx.tokens.text(r))) is not None and entry.lemma == SAY_LEMMA), None)
    if said is None:
        return None
    relays = [mentions.key(c) for c in mentions.cands if k < c.i < said and c.type == "Organization"]
    return Speakers((Found(q.last_speakers[0], p, p + 1),), said + 1, tuple(dict.fromkeys(relays)))


def source_after_relay(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وقالت وكالة رويترز نقلا عن وزير المالية فلان إن": the person after "نقلا عن" speaks, the body
    that is the verb's subject relays; so does an unnamed source of the kinds an agency quotes ("نقلا عن
    مصادر أمنية", "نقلا عن مسؤولين بريطانيين")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if not words_between(ctx.doc, is_relayed_word, q.cue.i + 1, min(q.end, q.cue.i + RELAY_WALK)):
        return None   # (no "نقلا" within the walk, as in most sentences: the walk below would find none)
    relays: list[str] = []
    for p in range(q.cue.i + 1, min(q.end, q.cue.i + RELAY_WALK)):
        if tokens.norm(p) in tokens.words.complementizer or tokens.is_quote(p) or tokens.text(p) in CLAUSE_ENDS:
            return None
        if tokens.norm(p) == RELAYED and tokens.norm(tokens.next(p + 1, q.end)) == RELAY_FROM:
            authors = author_after(ctx, p + 1, q.end)
            if not relays or not authors or not _relayed_source(ctx, authors[0].key):
                return None
            return Speakers(tuple(authors[:1]), authors[0].j, tuple(dict.fromkeys(relays)))
        cand = mentions.start_at.get(p)
        if cand is not None and cand.type == "Organization":
            relays.append(mentions.key(cand))
    return None


def _relayed_source(ctx: Context, key: str) -> bool:
    """A person, or an unnamed source of a kind an agency quotes (sources, officials, witnesses)."""
    kind = ctx.mentions.type_of(key)
    return kind == "Person" or (kind == "Group" and kind_of(key) in RELAYED_GROUPS)
