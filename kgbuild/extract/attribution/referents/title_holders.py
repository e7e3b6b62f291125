"""Whom a bare title ("الرئيس", "وزيرة التخطيط") refers to: a person named before it with that title (or
in apposition beside it, or after the same bare title), the one holder the lexicon knows, or the
unnamed holder of a title of a country or body."""
from __future__ import annotations

from typing import Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import normalize, strip_article
from ...mentions.base import countries
from ...mentions.holders import holder_key, is_holder
from ..context import Context
from ..cursor import GOVERNED_ARTICLE
from ..index import BareTitle, Found
from ..narration import event_stem
from .title_words import SPEAKING_FOR, title_head, heads_title, other_roles, same_words, same_title

def unnamed_holder(ctx: Context, bare: BareTitle, history: Sequence[StatementRecord] = ()) -> Found | None:
    """The holder of a bare title that no name of the article resolves, as an unnamed source: "وقال السفير
    الأمريكي" (a group of its own, labelled with the phrase; holders.py), "وأضاف السفير" (the unnamed
    holder of that title who spoke last). None for a title of no country or place ("وأشاد الوزير"), and
    when someone named before with the title alone may be he."""
    if bare.role_of is not None:
        key = holder_key(bare.title, bare.role_of)
        if key not in ctx.mentions.entities or (_titled_without_country(ctx, bare.title, bare.i)
                                                and not _bare_in_other_country(ctx, bare.title, bare.role_of)):
            return None
        return Found(key, bare.i, bare.stop)

    def holds(key: str) -> bool:
        ent = ctx.mentions.entities.get(key)
        return is_holder(key) and ent is not None \
            and any(same_title(r.title, bare.title) or heads_title(r.title, bare.title) for r in ent.roles)
    spoken = next((st.speaker for st in reversed(history) if holds(st.speaker)), None)
    return Found(spoken, bare.i, bare.stop) if spoken is not None else None


def _titled_without_country(ctx: Context, title: str, before: int) -> bool:
    """Did the text name someone before with this very title and no country ("الرئيس فلان")? He may be the
    holder of a bare title with a country ("الرئيس الفرنسي") that title_referent would not take him for
    (holders of the title in other countries named too): an unnamed holder would be a guess. Not when the
    text speaks of the title in several countries by bare titles: title_referent takes him for none of them."""
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
            if not (same_title(r.title, title) or (role_of is not None and same_words(r.title, title))):
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
    if role_of is not None and exact is not None and _country_of(role_of) \
            and (other_country or _bare_in_other_country(ctx, title, role_of)):
        # a text that names holders of this title in other countries, or speaks of them by bare titles
        # ("الرئيس اللبناني ... الرئيس الروماني"): "الرئيس الروماني" is none of those named with the bare title
        # alone ("الرئيس فلان"), who may well be one of the others
        exact = None
    # "الوزير الأمريكي" after "وزير الخارجية الأمريكي ويليام بيرنز": the title's head word, same country,
    # one person only ("وزير الدفاع الروسي" is not the foreign minister: the lexicon tells their roles apart);
    # better than one given the very title with no country ("الوزير فلان")
    heads = {ent.key for _, ent in mentions.persons_before(before)
             for r in ent.roles if title_head(r.title) == title_head(title) and role_of and r.of_key == role_of
             and not other_roles(r.title, title)}
    if len(heads) == 1:
        return heads.pop()
    return exact or loose or _lexicon_holder(ctx, title, role_of) \
        or (None if role_of else _one_holder_by_head(ctx, title, before)) or _named_after_bare_title(ctx, title, role_of, before) \
        or _one_official_of_country(ctx, title, role_of, before)


def _bare_in_other_country(ctx: Context, title: str, role_of: str) -> bool:
    """Does the text speak anywhere of this very title in another country by a bare title ("الرئيس الفرنسي"
    beside "الرئيس اللبناني")? Then one named with the title alone ("الرئيس فلان") may hold either."""
    return any(bare.role_of is not None and _other_countries(bare.role_of, role_of) and same_title(bare.title, title)
               for bare in ctx.mentions.bare.values())


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
        if bare.i >= before or not same_words(bare.title, title) \
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
                                or (role_of is None and heads_title(bare.title, title))):
            continue
        verb = tokens.prev(c.title_i if c.title_i is not None and c.title_i < c.i else c.i)
        if verb is not None and tokens.norm(verb) in tokens.words.adjunct:
            verb = tokens.prev(verb)   # "واستقبل أمس فلان": the verb before a word of time
        if verb is not None and event_stem(tokens.text(verb), tokens.norm(verb))[0]:
            continue
        holder = mentions.key(c)
    return holder


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


def _one_official_of_country(ctx: Context, title: str, role_of: str | None, before: int) -> str | None:
    """"قال كبير المفاوضين السوريين فلان ... وأكد المسؤول السوري": the generic "official" (function_words
    office_holder) of a country names the one person named before it with an office of that country, whatever
    the office; with two or more of them it names none."""
    if role_of is None or not _country_of(role_of) or strip_article(normalize(title)) not in ctx.tokens.words.office_holder:
        return None
    if any(c.type == "Group" and c.i < before and strip_article(normalize(c.form.split()[0])) == strip_article(normalize(title))
           for c in ctx.mentions.cands):
        return None   # "صرح مسؤول كيني ... وأضاف المسؤول الكيني": the unnamed official spoken of before
    holders = {ent.key for _, ent in ctx.mentions.persons_before(before) if any(r.of_key == role_of for r in ent.roles)}
    return holders.pop() if len(holders) == 1 else None


def _lexicon_holder(ctx: Context, title: str, role_of: str | None) -> str | None:
    """The one person the lexicon knows with this title in this country or organization, named in the text."""
    if role_of:
        holders = [e.key for e in lexicon.holders_of(role_of) if any(same_title(t, title) for t, _ in e.roles)]
        if len(holders) == 1 and holders[0] in ctx.mentions.entities:
            return holders[0]
    return None


def _country_of(key: str) -> bool:
    """Is the key a country's (not a body's)?"""
    return key in countries()


def _other_countries(a: str, b: str) -> bool:
    """Two different countries (not a country and one of its bodies: "وزارة الدفاع البرازيلية")."""
    known = countries()
    return a != b and a in known and b in known
