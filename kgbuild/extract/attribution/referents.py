"""Whom a phrase with no name of its own refers to: a bare title ("الرئيس"), a bare body noun
("الوزارة"), a statement noun ("البيان"), the author after a statement noun ("بيان لوزارة الخارجية")."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Sequence

from ... import lexicon
from ...records import StatementRecord
from ...text import clitic_variants, normalize, strip_article
from ..mentions import NAME_INTRODUCERS, TITLE_MODIFIERS, Candidate, headed_by, known_forms, nisba_country, match_title
from ..mentions.holders import holder_key, is_holder
from ..mentions.places import place_named_before, referent_head
from ..words import DEFINITE_OPENINGS, PRONOUN_SUFFIXES, is_time_word, text_of
from .context import Context
from .cursor import CLAUSE_PUNCT, GOVERNED_ARTICLE, IN
from .index import BareTitle, Found
from .narration import _event_stem

ISSUED = "صادر"
SPEAKING_FOR = "باسم"        # "المتحدث باسم الحكومة": the spokesman of
INTRODUCER_GAP = 4           # tokens from a bare title to the name it introduces: "المسؤول الأممي فلان"
REMIT = " of "               # "minister of defence": the role's remit in titles.tsv
COUNTRIES = lru_cache(maxsize=1)(lambda: frozenset(lexicon.nisba_to_country().values()))
POSSESSIVE_ENDINGS = (*PRONOUN_SUFFIXES, "هن")   # and theirs (f.): a noun whose owner is a pronoun


def same_title(a: str, b: str) -> bool:
    """"رئيس" and "الرئيس" are one title."""
    return strip_article(normalize(a)) == strip_article(normalize(b))


def _same_words(a: str, b: str) -> bool:
    """"رئيس اركان" (in construct before the body or country it is of: "رئيس اركان القوات البرية الإسرائيلية") and
    "رئيس الاركان" (before its nationality) are one title: their words but for the articles are the same."""
    return [strip_article(w) for w in normalize(a).split()] == [strip_article(w) for w in normalize(b).split()]


def _head(title: str) -> str:
    words = strip_article(normalize(title)).split()
    return words[0] if words else ""


def unnamed_holder(ctx: Context, bare: BareTitle, history: Sequence[StatementRecord] = ()) -> Found | None:
    """The holder of a bare title that no name of the article resolves, as an unnamed source: "وقال السفير
    الأمريكي" (a group of its own, labelled with the phrase; holders.py), "وأضاف السفير" (the unnamed
    holder of that title who spoke last). None for a title of no country or place ("وأشاد الوزير"), and
    when someone named before with the title alone may be he."""
    if bare.role_of is not None:
        key = holder_key(bare.title, bare.role_of)
        if key not in ctx.mentions.entities or _titled_without_country(ctx, bare.title, bare.i):
            return None
        return Found(key, bare.i, bare.stop)

    def holds(key: str) -> bool:
        ent = ctx.mentions.entities.get(key)
        return is_holder(key) and ent is not None \
            and any(same_title(r.title, bare.title) or _heads_title(r.title, bare.title) for r in ent.roles)
    spoken = next((st.speaker for st in reversed(history) if holds(st.speaker)), None)
    return Found(spoken, bare.i, bare.stop) if spoken is not None else None


def _titled_without_country(ctx: Context, title: str, before: int) -> bool:
    """Did the text name someone before with this very title and no country ("الرئيس فلان")? He may be the
    holder of a bare title with a country ("الرئيس الفرنسي") that title_referent would not take him for
    (holders of the title in other countries named too): an unnamed holder would be a guess."""
    return any(r.of_key is None and same_title(r.title, title)
               for _, ent in ctx.mentions.persons_before(before) for r in ent.roles)


def title_referent(ctx: Context, title: str, role_of: str | None, before: int) -> str | None:
    """The entity a bare title refers to: the last person given this title earlier in the text, or
    the one person the lexicon knows with this title in this country or organization."""
    same_country = exact = loose = None
    other_country = False   # someone earlier holds this title in another country
    mentions = ctx.mentions
    for _, ent in mentions.persons_before(before):
        key = ent.key
        for r in ent.roles:
            # "رئيس الاركان المصري" is the "رئيس اركان القوات المسلحة المصرية" named before: a title made definite by
            # its country is the same in construct with the body it is of
            if not (same_title(r.title, title) or (role_of is not None and _same_words(r.title, title))):
                continue
            if role_of is not None and r.of_key == role_of:
                same_country = key   # "الرئيس اللبناني": Lahoud, not "الرئيس شيراك" named since without country
            elif role_of is None or r.of_key is None:
                exact = key
            elif not _other_countries(r.of_key, role_of):  # "الرئيس اللبناني" is not the French president
                loose = key
            else:
                other_country = True
    if same_country:
        return same_country
    if role_of is not None and other_country and exact is not None and _country_of(role_of):
        # a text that names holders of this title in other countries: "الرئيس الروماني" is none of those
        # named with the bare title alone ("الرئيس فلان"), who may well be one of the others
        exact = None
    # "الوزير الأمريكي" after "وزير الخارجية الأمريكي ويليام بيرنز": the title's head word, same country,
    # one person only ("وزير الدفاع الروسي" is not the foreign minister: the lexicon tells their roles apart);
    # better than one given the very title with no country ("الوزير فلان")
    heads = {ent.key for _, ent in mentions.persons_before(before)
             for r in ent.roles if _head(r.title) == _head(title) and role_of and r.of_key == role_of
             and not _other_roles(r.title, title)}
    if len(heads) == 1:
        return heads.pop()
    return exact or loose or _lexicon_holder(ctx, title, role_of) \
        or (None if role_of else _one_holder_by_head(ctx, title, before)) or _named_after_bare_title(ctx, title, role_of, before)


def _named_after_bare_title(ctx: Context, title: str, role_of: str | None, before: int) -> str | None:
    """"حذر رئيس اركان القوات البرية الإسرائيلية فلان ... وقال رئيس الاركان الإسرائيلي": the person named right after
    the same title earlier, a title the finders left bare and whose name they found on its own (no role of
    his records it); of the same country, or of a body (no other country) when the title names one; the
    latest such person."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if role_of is None:
        return None   # a title of no country or body ("البابا"): whoever the text named after it once may be another
    holder: tuple[int, str] | None = None
    for bare in mentions.bare.values():
        if bare.i >= before or not _same_words(bare.title, title) \
                or bare.role_of is None or _other_countries(bare.role_of, role_of):
            continue
        after = mentions.start_at.get(tokens.next_past_comma(bare.stop, tokens.size))
        # the name itself, no other joined to the title by و ("رئيس الأركان وفلان")
        ent = mentions.entities.get(mentions.key(after)) if after is not None else None
        if ent is not None and ent.type == "Person" and not ent.roles and after.start == tokens.starts[after.i] \
                and (holder is None or bare.i > holder[0]):
            holder = (bare.i, ent.key)
    return holder[1] if holder is not None else None


def named_with_bare_title(ctx: Context, title: str, role_of: str | None, before: int) -> str | None:
    """The person the text named right beside this very title of a body earlier ("فلان الأمين العام للمنظمة
    ... وقال الأمين العام للمنظمة"): the title stands for him, not for the body, even when no role was
    recorded for him; the latest such person."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if mentions.type_of(role_of or "") != "Organization":
        return None   # a title of a body only: one with no body is a rank many may hold ("الرئيس")
    holder: tuple[int, str] | None = None
    for bare in mentions.bare.values():
        if bare.i >= before or not same_title(bare.title, title) or bare.role_of != role_of:
            continue
        # the name right after the title ("الأمين العام للمنظمة فلان"); one further on may be another's
        nxt = tokens.next_past_comma(bare.stop, tokens.size)
        after = mentions.start_at.get(nxt)
        person = mentions.key(after) if after is not None and after.type == "Person" else None
        prev = tokens.prev(bare.i)
        comma = prev is not None and tokens.is_comma(prev)
        if comma:
            prev = tokens.prev(prev)   # "فلان، الأمين العام"
        cand = mentions.end_at.get(prev) if prev is not None else None
        # a title after a name is his apposition when a comma marks it or it heads a body ("فلان الأمين العام
        # للمنظمة"); "والتقى فلان بالرئيس اللبناني", "التقى فلان الرئيس اللبناني": the title is another's
        apposed = not tokens.after_preposition(bare.i) and not tokens.text(bare.i).startswith(GOVERNED_ARTICLE) \
            and (comma or mentions.type_of(bare.role_of or "") == "Organization")
        if person is None and apposed and cand is not None and cand.type == "Person":
            person = mentions.key(cand)
        if person is not None and (holder is None or bare.i > holder[0]):
            holder = (bare.i, person)
    return holder[1] if holder is not None else None


def apposed_holder(ctx: Context, title: str, role_of: str | None, before: int) -> str | None:
    """"وقعت فلانة وزيرة التخطيط الاتفاق ... وأوضحت وزيرة التخطيط": the person last named before with this
    very bare title (of the same country or body) in apposition right after the name, a title no finder
    records as a role of his; not after a verb of meeting or visit ("التقى فلان وزير الخارجية": another)."""
    if SPEAKING_FOR in title:
        return None   # "متحدث باسم ...": whom he speaks for tells spokesmen apart (spoken_for)
    tokens, mentions = ctx.tokens, ctx.mentions
    holder = None
    for c in mentions.cands:
        if c.i >= before:
            break
        if c.type != "Person" or tokens.governed(c):
            continue
        at = tokens.apposition_after(c.j - 1, before)
        bare = mentions.bare.get(at) if at is not None else None
        if bare is None or not (same_title(bare.title, title) and bare.role_of == role_of
                                or (role_of is None and _heads_title(bare.title, title))):
            continue
        verb = tokens.prev(c.title_i if c.title_i is not None and c.title_i < c.i else c.i)
        if verb is not None and tokens.norm(verb) in tokens.words.adjunct:
            verb = tokens.prev(verb)   # "واستقبل أمس فلان": the verb before a word of time
        if verb is not None and _event_stem(tokens.text(verb), tokens.norm(verb))[0]:
            continue
        holder = mentions.key(c)
    return holder


def _heads_title(held: str, bare: str) -> bool:
    """"الوزيرة" for "وزيرة التخطيط": a one-word title that is the first word of a longer one in the same role
    (its gender too); not "الرئيس" for "رئيس الوزراء", whose first word is another role ("head")."""
    word = strip_article(normalize(bare))
    words = strip_article(normalize(held)).split()
    one = lexicon.titles().get(normalize(bare)) or lexicon.titles().get(word)
    head = lexicon.titles().get(words[0]) if words else None
    return one is not None and not word.split()[1:] and words[1:] != [] and words[0] == word \
        and head is not None and head.role_en == one.role_en


def _one_holder_by_head(ctx: Context, title: str, before: int) -> str | None:
    """"وقّعت فلانة وزيرة التعاون الدولي الاتفاقيات ... وأوضحت الوزيرة أن": a one-word bare title with no
    country names the one person named before it whose title opens with that very word in the same role
    (its gender too); not "رئيس الوزراء" for "الرئيس", whose first word is another role ("head")."""
    word = strip_article(normalize(title))
    # the role of the title as written: "الرئيس" is the president, "رئيس" only the head of something
    bare = lexicon.titles().get(normalize(title)) or lexicon.titles().get(word)
    if bare is None or word.split()[1:]:
        return None
    holders: set[str] = set()
    for _, ent in ctx.mentions.persons_before(before):
        for r in ent.roles:
            words = strip_article(normalize(r.title)).split()
            head = lexicon.titles().get(words[0]) if words else None
            if words[1:] and words[0] == word and head is not None and head.role_en == bare.role_en:
                holders.add(ent.key)
    return holders.pop() if len(holders) == 1 else None


def _lexicon_holder(ctx: Context, title: str, role_of: str | None) -> str | None:
    """The one person the lexicon knows with this title in this country or organization, named in the text."""
    if role_of:
        holders = [e.key for e in lexicon.holders_of(role_of) if any(same_title(t, title) for t, _ in e.roles)]
        if len(holders) == 1 and holders[0] in ctx.mentions.entities:
            return holders[0]
    return None


def _other_roles(held: str, bare: str) -> bool:
    """A bare title whose remit in titles.tsv ("وزير الدفاع": minister of defence) the title a person
    holds does not name ("وزير الخارجية", or "وزير" alone); "نائب الرئيس" names no remit to differ in."""
    remit_held, remit_bare = _remit(held), _remit(bare)
    return remit_bare is not None and remit_held != remit_bare


def _remit(title: str) -> str | None:
    """"minister of defence" -> "defence": the remit of a title the lexicon knows."""
    known = lexicon.titles().get(strip_article(normalize(title)))
    return known.role_en.split(REMIT, 1)[1] if known is not None and REMIT in known.role_en else None


def _country_of(key: str) -> bool:
    """Is the key a country's (not a body's)?"""
    return key in COUNTRIES()


def _other_countries(a: str, b: str) -> bool:
    """Two different countries (not a country and one of its bodies: "وزارة الدفاع البرازيلية")."""
    countries = COUNTRIES()
    return a != b and a in countries and b in countries


def title_holder_after(ctx: Context, title: str, role_of: str | None, after: int) -> str | None:
    """The first person after token `after` given this title (of the same country or body, when the
    title says): whom a headline's bare title ("الرئيس الفرنسي يدعو ...") refers to."""
    mentions = ctx.mentions
    for c in mentions.cands:
        if c.i < after:
            continue
        ent = mentions.entities.get(mentions.key(c))
        if ent is not None and ent.type == "Person" and any(
                same_title(r.title, title) and (role_of is None or r.of_key in (None, role_of)) for r in ent.roles):
            return ent.key
    # "طالب رئيس إقليم الباسك فلان": the first person right after the same bare title and its complement
    for bare in sorted(mentions.bare.values(), key=lambda b: b.i):
        if bare.i < after or not same_title(bare.title, title) or (role_of is not None and bare.role_of != role_of):
            continue
        person = _person_after_complement(ctx, bare.stop)
        if person is not None:
            return person
    return None


TITLE_COMPLEMENT_WORDS = 3   # words of the place or body that complete a bare title ("رئيس إقليم «الباسك»"), quotes aside


def _person_after_complement(ctx: Context, stop: int) -> str | None:
    """The person named within a few words after a bare title ends at `stop`, past the place or body that
    completes it ("رئيس إقليم الباسك فلان"), with no punctuation between."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, words = tokens.next(stop, tokens.size), 0
    while k < tokens.size and words <= TITLE_COMPLEMENT_WORDS and not tokens.is_punct(k):
        cand = mentions.start_at.get(k)
        if cand is not None and cand.type == "Person":
            return mentions.key(cand)
        k = cand.j if cand is not None else k + 1
        k = tokens.next(k, tokens.size)
        words += 1
    return None


def last_speaker_titled(ctx: Context, title: str, role_of: str | None,
                        history: Sequence[StatementRecord]) -> str | None:
    """"وقال وزير خارجية لوكسمبورغ فلان ... وأضاف الوزير": a bare head word names the last speaker when
    a title of his has that head (with no country), or when he was introduced by a bare title with that
    head and no other country ("وقال المسؤول الأممي فلان ... وأضاف المسؤول الدولي", "وقال فلان المتحدث
    باسم الخارجية الإيرانية ... وأضاف المتحدث الإيراني")."""
    if normalize(title).split()[1:] or not history:
        return None
    last = history[-1]
    ent = ctx.mentions.entities.get(last.speaker)
    if ent is None or ent.type != "Person":
        return None
    # where the speaker was named (a carried statement, "وأشار إلى", has no name of its own)
    named = [st for st in history if st.speaker == last.speaker and st.speaker_span is not None]
    if any(_introduced_by(ctx, st, title, role_of) for st in named):
        return ent.key
    if role_of is not None:
        return None
    if any(_head(r.title) == _head(title) for r in ent.roles):
        return ent.key
    # with this title after the name, or by this bare title itself ("وقال الوزير ... وأضاف الوزير")
    if any(_titled_after(ctx, st, title) or _head(_span_text(ctx, st)) == _head(title) for st in named):
        return ent.key
    return None


def _introduced_by(ctx: Context, st: StatementRecord, title: str, role_of: str | None) -> bool:
    """A bare title with the same head right before the speaker's name or right after it, of the same
    country when the title names one ("الوزير العطية" is not "الوزير الأمريكي")."""
    tokens = ctx.tokens
    first = bisect_left(tokens.starts, st.speaker_span[0])
    last = bisect_left(tokens.starts, st.speaker_span[1])
    after = tokens.next(last, tokens.size)
    return any(_head(bare.title) == _head(title) and (role_of is None or bare.role_of == role_of)
               and (bare.i == after or first - INTRODUCER_GAP <= bare.i < first)
               for bare in ctx.mentions.bare.values())


def _span_text(ctx: Context, st: StatementRecord) -> str:
    """The speaker's phrase of a statement as written."""
    start, end = st.speaker_span
    return text_of(ctx.doc)[start:end]


def _titled_after(ctx: Context, st: StatementRecord, title: str) -> bool:
    """"صرح جان أسيلبورغ وزير خارجية لوكسمبورغ": a title with that head right after the speaker's name."""
    if st.speaker_span is None:
        return False
    tokens = ctx.tokens
    after = tokens.apposition_after(bisect_left(tokens.starts, st.speaker_span[1]) - 1, tokens.size)
    hit = match_title(ctx.doc, after) if after is not None else None
    return hit is not None and _head(hit[1]) == _head(title)


def body_referent(ctx: Context, pos: int, governed: bool = False) -> str | None:
    """"ودعت السفارة", "وقالت الوزارة": a bare definite head names the last body in the text named with
    this head ("وزارة التربية"); with none, the last one the lexicon knows by a name with it ("حماس" is
    "حركة حماس": "وقالت الحركة"; "اليونيسف" is "منظمة الأمم المتحدة للطفولة"). `governed`: with لـ glued
    on too ("وفقا للصحيفة")."""
    norm = ctx.tokens.norm(pos)
    if governed and norm.startswith("لل"):
        norm = "ال" + norm[2:]
    if not norm.startswith("ال") or norm[2:] not in lexicon.org_heads():
        return None
    head = norm[2:]
    named = known = None
    for c in ctx.mentions.cands:
        if c.i >= pos:
            break
        if c.type != "Organization":
            continue
        key = ctx.mentions.key(c)
        if headed_by(c.form, head) or _head_word_before(ctx, c.i) == head:
            named = key
        elif any(headed_by(f, head) for f in known_forms(key, "Organization")):
            known = key
    return named or known


def _head_word_before(ctx: Context, i: int) -> str | None:
    """The word right before a mention, without و: "نادي" of "ونادي برشلونة", whose name the mention
    holds without its head noun."""
    p = ctx.tokens.prev(i)
    if p is None:
        return None
    norm = ctx.tokens.norm(p)
    return norm[1:] if norm[:1] == "و" and norm[1:] in lexicon.org_heads() else norm


def place_referent(ctx: Context, pos: int) -> str | None:
    """"سكان الإقليم", "في المدينة": a definite place head noun alone (clitics allowed) names the last
    place before it that the text named with that head ("إقليم X", "شمال مدينة Y") or that the lexicon
    knows by a name with it ("Z" is "محافظة Z")."""
    head = referent_head(ctx.doc, pos)
    if head is None:
        return None
    place = place_named_before(ctx.doc, ctx.mentions.cands, pos, head, ctx.mentions.key)
    return ctx.mentions.key(place) if place is not None else None


def holder_for(ctx: Context, title: str, body: str) -> str | None:
    """"وقال المتحدث باسم الحركة": the one person the article gives a title with this head for this body,
    named before or after ("فلان المتحدث باسم حماس"); he is the spokesman it means."""
    holders = {ent.key for ent in ctx.mentions.entities.values() if ent.type == "Person"
               and any(r.of_key == body and _head(r.title) == _head(title) for r in ent.roles)}
    mentions, tokens = ctx.mentions, ctx.tokens
    for c in mentions.cands:
        if c.type != "Person":
            continue
        # "حازم قاسم، المتحدث باسم حماس": the title after the name and the body it is of
        after = tokens.next_past_comma(c.j, tokens.size)
        hit = match_title(ctx.doc, after) if after < tokens.size else None
        if hit is None or _head(hit[1]) != _head(title):
            continue
        of = mentions.start_at.get(tokens.next(hit[0], tokens.size))
        if of is not None and mentions.key(of) == body:
            holders.add(mentions.key(c))
    return holders.pop() if len(holders) == 1 else None


def spoken_for(ctx: Context, pos: int, title: str, end: int) -> Found | None:
    """The one a spokesman's title at pos speaks for: a body, a state or an unnamed group named right after
    "باسم" ("متحدث باسم الكرملين", "ناطق باسم المعتصمين"); after a bare definite body noun ("المتحدث باسم
    الوزارة"), the body of that kind named before, or the spokesman himself when the article names him."""
    if SPEAKING_FOR not in title or (hit := match_title(ctx.doc, pos)) is None:
        return None
    after = ctx.tokens.next(hit[0], end)
    found = _spoken_for_after(ctx, after, end)
    if found is not None and ctx.mentions.start_at.get(after) is None:
        # "ورد الناطق باسم المصلحة": he himself when the article names him as its spokesman
        return Found(holder_for(ctx, title, found.key) or found.key, found.i, found.j)
    return found


def spokesmen_for(ctx: Context, pos: int, end: int, governed: bool = False, joined: bool = False) -> Found | None:
    """"وقال متحدثون باسم الوزارة", "ناطقون باسم المحتجين": spokesmen in the plural speak for what they are
    of, as one spokesman does. `governed`: with لـ glued on after an according-to ("وفقا لمتحدثين باسم");
    `joined`: with و glued on where they open a clause before their verb ("ومتحدثون باسم الحزب قالوا")."""
    tokens = ctx.tokens
    glued = ("", *(("ل",) if governed else ()), *(("و",) if joined else ()))   # "لل" reads as ل + ال
    if _spokesmen_clitics(tokens.norm(pos)).isdisjoint(glued):
        return None
    link = tokens.next(pos + 1, end)
    if link >= end or tokens.norm(link) != SPEAKING_FOR:
        return None
    return _spoken_for_after(ctx, tokens.next(link + 1, end), end)


@lru_cache(maxsize=131072)
def _spokesmen_clitics(norm: str) -> frozenset[str]:
    """The clitics glued before a normalised word read as the plural of spokesman ("لمتحدثين": ل; "متحدثون":
    none, ""); empty for most words. spokesmen_for asks it of many words: kept per word."""
    spokesmen = lexicon.function_words().plural_spokesperson
    return frozenset(clitic for clitic, stem in clitic_variants(norm) if stem in spokesmen)


def _spoken_for_after(ctx: Context, after: int, end: int) -> Found | None:
    """What a spokesman's "باسم" names at `after`: a body, a state or an unnamed group; or a bare definite
    body noun ("باسم الوزارة"), the body of that kind named before."""
    inner = ctx.mentions.start_at.get(after)
    if inner is None and after < end and ctx.tokens.norm(after) in lexicon.org_heads():
        # "باسم شركة فلانكو": a body named by foreign words after its indefinite head, whose mention is the name
        named = ctx.mentions.start_at.get(ctx.tokens.next(after + 1, end))
        inner = named if named is not None and named.type == "Organization" else None
    if inner is not None and inner.type in ("Organization", "Place", "Group"):
        return ctx.mentions.found(inner)
    body = body_referent(ctx, after) if inner is None and after < end else None
    return Found(body, after, after + 1) if body is not None else None


def person_ahead(ctx: Context, pos: int, end: int, limit: int = 12) -> Found | None:
    """The person a title chain introduces: "رئيس هيئة الموانئ ونائب وزير النقل فلان الفلاني"; not
    the genitive of a common noun after the title ("رفض السفير الفرنسي مقترح لافروف": Lavrov's proposal,
    the ambassador rejects it)."""
    tokens = ctx.tokens
    title_until, construct = pos, False
    for q in range(pos, min(end, pos + limit)):
        c = ctx.mentions.start_at.get(q)
        if c is not None and c.type == "Person":
            return None if construct else ctx.mentions.found(c)
        if (hit := match_title(ctx.doc, q)) is not None:
            title_until = max(title_until, hit[0])
        if not tokens.is_space(q) and q >= title_until and _common_noun_in_construct(ctx, q) \
                and _person_or_title_at(ctx, tokens.next(q + 1, end), end):
            construct = True  # "وقرر المدعي العام ملاحقة وزير العدل فلان": the chain of titles is broken
        if tokens.is_comma(q):
            # "قائد الأسطول، إريك لوند": the name in apposition after a comma, maybe after a title of its
            # own ("مدير المعهد، البروفيسور فلان")
            c = ctx.mentions.start_at.get(_past_titles(ctx, tokens.next(q + 1, end), end))
            return ctx.mentions.found(c) if c is not None and c.type == "Person" else None
        if tokens.text(q) in CLAUSE_PUNCT or tokens.is_quote(q) or tokens.norm(q) in tokens.words.complementizer \
                or ctx.cues.kind_at(q) not in (None, "noun"):
            return None
    return None


def _past_titles(ctx: Context, q: int, end: int, most: int = 2) -> int:
    """The first token after up to `most` titles that begin at q (q itself when none does)."""
    for _ in range(most):
        if q >= end or ctx.mentions.start_at.get(q) is not None or (hit := match_title(ctx.doc, q)) is None:
            break
        q = ctx.tokens.next(hit[0], end)
    return q


def _person_or_title_at(ctx: Context, q: int, end: int) -> bool:
    """A person or a person's title at q: the genitive of a common noun before it ("مقترح لافروف",
    "ملاحقة وزير العدل"), not of a head noun inside a title ("لاعب خط وسط نادي تشلسي")."""
    if q >= end:
        return False
    c = ctx.mentions.start_at.get(q)
    return (c is not None and c.type == "Person") or q in ctx.mentions.titled or match_title(ctx.doc, q) is not None


def _common_noun_in_construct(ctx: Context, q: int) -> bool:
    """A bare indefinite word in no title or mention ("مقترح", "خطة"): a noun whose genitive follows it
    (one with a possessive pronoun, "وزير خارجيتها", has its genitive already)."""
    tokens = ctx.tokens
    norm = tokens.norm(q)
    if tokens.text(q).endswith(POSSESSIVE_ENDINGS) or norm in tokens.words.adjunct or is_time_word(ctx.doc[q]):
        return False   # "وقال الوزير الفرنسي أمس فلان": a word of time stands between the title and its name
    return norm.isalpha() and not norm.startswith(DEFINITE_OPENINGS) and not ctx.mentions.in_a_mention(q) \
        and norm not in TITLE_MODIFIERS and not nisba_country(ctx.doc, q) and norm not in NAME_INTRODUCERS \
        and norm not in tokens.words.preposition and len(norm) > 2 and not tokens.is_punct(q) \
        and strip_article(norm) not in lexicon.org_heads()


def issuer_of(ctx: Context, lemma: str, before: int, history: Sequence[StatementRecord],
              in_sentence: Sequence[StatementRecord] = ()) -> str | None:
    """The speaker of the last statement whose sentence used the statement noun `lemma` ("بيان"); first
    of the statements of this very sentence (in_sentence) with the noun before token `before` ("وانتقد
    بيان للوزارة القرار وقال البيان")."""
    def names_it(word: str) -> bool:
        return (c := ctx.cues.in_word(word)) is not None and c.lemma == lemma
    return _last_issuer(ctx, names_it, before, history, in_sentence)


def issuer_of_document(ctx: Context, noun: str, before: int, history: Sequence[StatementRecord],
                       in_sentence: Sequence[StatementRecord] = ()) -> str | None:
    """"وأشار التقرير إلى أن": the speaker of the last statement whose sentence named the same document
    ("كشف تقرير صادر عن الهيئة أن", "نشرت الهيئة تقريرا"), as issuer_of does for a statement noun."""
    stem = strip_article(noun)

    def names_it(word: str) -> bool:
        # "تقريرا", "بتقرير", "وللتقرير": the noun with clitics, the article or the accusative ending
        return any(strip_article(bare) in (stem, stem + "ا") for _, bare in clitic_variants(normalize(word)))
    return _last_issuer(ctx, names_it, before, history, in_sentence)


def _last_issuer(ctx: Context, names_it: Callable[[str], bool], before: int, history: Sequence[StatementRecord],
                 in_sentence: Sequence[StatementRecord]) -> str | None:
    """The speaker of the last statement whose sentence has a word that `names_it` the document spoken of:
    first of the statements of this very sentence, with the word before token `before`."""
    doc, at = ctx.doc, ctx.tokens.starts[before]
    for st in reversed(in_sentence):
        said = text_of(doc)[st.sentence_span[0]:at]
        if st.cue_span[1] <= at and any(names_it(w) for w in said.split()):
            return st.speaker
    for st in reversed(history):
        sent_text = text_of(doc)[st.sentence_span[0]:st.sentence_span[1]]
        if st.sentence_span[1] <= at and any(names_it(w) for w in sent_text.split()):
            return st.speaker
    return None


def named_authors(ctx: Context, k: int, end: int) -> list[Found]:
    """The authors named after the statement noun at k (author_after) that are no news agency: an agency
    relays what others said, it is not the one who said it."""
    return [a for a in author_after(ctx, k, end) if not ctx.mentions.is_agency(a.key)]


def _where_said(ctx: Context, place: Candidate) -> bool:
    """Is the place governed by "بـ" or "في" ("بيان بالقاهرة", "تصريحات في باريس"): the place where?"""
    tokens = ctx.tokens
    return "ب" in tokens.clitic(place) or (p := tokens.prev(place.i)) is not None and tokens.norm(p) == IN


def author_after(ctx: Context, k: int, end: int) -> list[Found]:
    """Who issued what the noun or marker at k names: "بيان لوزارة الخارجية", "بيان صادر عن الكرملين",
    "تصريحات الرئيس بوتين", "بحسب ما نقلت وكالة X"."""
    tokens, mentions, words = ctx.tokens, ctx.mentions, ctx.tokens.words
    pos = k + 1
    for _ in range(6):
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        if (spokesmen := spokesmen_for(ctx, pos, end, governed=True)) is not None:
            return [spokesmen]   # "وفقا لمتحدثين باسم الحركة": the movement is the source
        cand = mentions.start_at.get(pos)
        if cand is not None and cand.type == "Place" and _where_said(ctx, cand):
            pos = cand.j   # "في تصريحات بفنلندا": where it was said, not who said it
            continue
        if cand is not None:
            return [mentions.found(cand)]
        if pos in mentions.bare:
            bare = mentions.bare[pos]
            ref = title_referent(ctx, bare.title, bare.role_of, pos)
            if ref:
                return [Found(ref, pos, bare.stop)]
            # "وبحسب متحدث باسم الوزارة": the body the unnamed spokesman speaks for is the source
            spoken = spoken_for(ctx, pos, bare.title, end)
            return [spoken] if spoken is not None else []
        if match_title(ctx.doc, pos) is not None and (person := person_ahead(ctx, pos, end)) is not None:
            return [person]  # "بحسب وزير المالية الكندي فلان": the person the title introduces
        norm = tokens.norm(pos)
        if norm in words.relative and pos == tokens.next(k + 1, end):
            pos += 1  # "البيان الذي أصدرته الوزارة": a definite noun's relative clause, its verb next
            continue
        if _resumes_noun(ctx, k, pos, end) and (nxt := tokens.next(pos + 1, end)) < end \
                and not norm.endswith(("ه", "ها")) and tokens.norm(nxt) in words.resumptive_bi \
                and (tokens.next(nxt + 1, end) in mentions.start_at or tokens.next(nxt + 1, end) in mentions.titled):
            pos = nxt + 1  # "الرسالة التي بعث بها الرئيس": the noun taken up by "بها" after the verb
            continue
        # (an object pronoun as written: "حاجة" ends in a ta marbuta, which normalises to the same ه)
        if _resumes_noun(ctx, k, pos, end) and norm.endswith(("ه", "ها")) and not tokens.text(pos).endswith("ة") \
                and ((nxt := tokens.next(pos + 1, end)) in mentions.start_at or nxt in mentions.titled
                     or (nxt in mentions.bare and pos != tokens.next(k + 1, end))):   # "الذي وقعه الرئيس"
            # "بيان أصدرته وزارة الزراعة", "شريط عرضه التلفزيون البيروفي", "تصريحات أطلقها وزير الخارجية
            # التركي فلان": a verb whose object is the noun; "وفقا لما ذكرته الإذاعة", "حسب ما أعلنه
            # النادي": a verb whose object is the marker's "ما"; "الميثاق الذي وقعه فلان": after a relative
            pos += 1
            continue
        if tokens.in_class(k, words.according_to) and (body := body_referent(ctx, pos, governed=True)) is not None:
            return [Found(body, pos, pos + 1)]  # "وبحسب الصحيفة": the last newspaper the text named
        # "بيان صادر عن", "البيان الصادر عن": the participle of issuing, indefinite or definite
        if norm in words.passive_agent or strip_article(norm).startswith(ISSUED) or norm in words.agent_link or norm in words.wording \
                or norm in words.bearing_name or _figures(norm, words.figure_noun) \
                or ctx.cues.kind_at(pos) not in (None, "noun") or norm in lexicon.org_heads() \
                or tokens.is_quote(pos):
            pos += 1
            continue
        break
    return []


FIGURE_CLITICS = ("", "ال", "ل", "لل")   # "تقديرات", "الأرقام", "لإحصاءات", "للإحصائيات"


def _figures(norm: str, nouns: frozenset[str]) -> bool:
    """Is the word a noun of figures or estimates ("حسب تقديرات الأمم المتحدة"), with its clitics?"""
    return any(norm.startswith(c) and norm[len(c):] in nouns for c in FIGURE_CLITICS)


def _resumes_noun(ctx: Context, k: int, pos: int, end: int) -> bool:
    """Does the word at pos come right after the noun or marker at k, or after the "ما" / "لما" that
    follows the marker ("بحسب ما", "وفقا لما")? Its object pronoun then stands for that noun or "ما"."""
    tokens = ctx.tokens
    first = tokens.next(k + 1, end)
    return pos == first or ((tokens.norm(first) in tokens.words.agent_link or tokens.norm(first) in tokens.words.relative)
                            and pos == tokens.next(first + 1, end))
