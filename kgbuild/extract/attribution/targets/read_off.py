"""Targets read off words that name no entity by themselves: a nationality adjective (its country),
a bare title (the person given it), a bare body or place head noun (the body or place named with it),
a statement noun (its author named before), persons counted (the group of their kind the text names),
"البلدين" (the two countries named before)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from .... import lexicon
from ....records import Role, StatementRecord
from ....text import clitic_variants, normalize, without_article
from ...groups import kind_of
from ...mentions import Candidate, is_number, nisba_country
from ...mentions.base import is_nisba_text
from ...mentions.places import referent_heads
from ...words import CLOSE_QUOTES, without_conjunction
from ...stance.words import is_winning
from ..context import Context
from ..index import BareTitle
from ..referents.bodies_and_places import place_referent
from ..referents.story_body import story_body
from ..referents.issuers import author_after
from ..referents.title_words import same_title
from ..speakers.honorifics import HONORIFIC_PRONOUNS, honored_person
from .answered import pointed_back_author, pointed_back_speaker
from .lone_title import most_named_holder
from .word_index import LAM_ARTICLE, holds, positions, positions_where

NATIONALITY = "nationality"   # the source of a target read off a nationality adjective
TITLE = "bare title"          # the source of a target read off a bare title ("الأمين العام للمنظمة")
BODY = "bare body"            # the source of a target read off a bare body noun ("الصندوق" after "صندوق X")
AUTHOR = "author named earlier"   # the source of a target read off "التصريحات" (whose they are was said before)
PLACE = "bare place head"  # the source of a target read off a bare place head noun ("الإقليم" after "إقليم X")
COUNTED = "persons counted"   # the source of a target read off "40 مهاجرا" (the group named elsewhere)
PAIR = "the two countries"    # the source of the targets read off "البلدين" (the two countries named before)
LEADERS = "the two leaders"   # the source of the targets read off "الزعيمين" (the two persons named most before)
DEFEAT_WORDS = 6      # a noun of defeat this close after a name says the named one lost
LEADER_MENTIONS = 2   # a leader of the pair is a person the article named at least twice before the word
THIS_COUNTRY = "this country"   # the source of a target read off "هذا البلد" (the last country named before)
HONORED = "honorific pronoun"   # the source of a target read off "سموه" (the person introduced with that honorific)
DUAL = "dual pronoun"   # the source of the targets read off "إشراكهما" (the two parties joined by و named before)
ESTABLISHMENT = "establishment"   # the source of a target read off "المؤسسة العسكرية" (the army named before)
RULING = "ruling party"   # the source of a target read off "الحزب الحاكم" (the party named with that epithet before)
THE_COUNTRY = "the country"   # the source of a target read off "البلاد" opening what was said (the country named most)
WINNER = "winner"   # the source of a target read off "الفائز" (the party the article told winning)
DECEASED = "deceased"   # the source of a target read off "الراحل" (the person the article told dying)
RIVAL = "rival"   # the source of a target read off "منافسه" (the person named most, not the speaker)
COUNTERPART = "counterpart"   # the source of a target read off "نظيره الغاني" (the person with a title of that country)
KEYED = frozenset({NATIONALITY, TITLE, BODY, AUTHOR, PLACE, COUNTED, PAIR, LEADERS, HONORED, THIS_COUNTRY, DUAL, ESTABLISHMENT,
                    COUNTERPART, RIVAL, RULING, THE_COUNTRY, WINNER, DECEASED, "pronoun's antecedent"})   # sources whose candidates carry their entity's key
COUNTRY_KIND, CAPITAL_KIND = "country", "capital"   # lexicon kinds of a state and of its capital
LAND_ADJECTIVES = 1   # adjectives that may stand between a noun of land and a nationality: "المياه الإقليمية X"
FEMININE_ADJECTIVE = "يه"   # the ending of such an adjective once normalised ("الإقليمية")
REFERRED_BACK = 150   # tokens back to the statement noun with its author that "التصريحات" refers to
AUTHOR_WORDS = 15     # tokens after a statement noun within which its author is named
PARTITIVE_FROM = normalize("من")
DUAL_PRONOUN, AND_CLITIC = "هما", "و"   # the suffixed pronoun of two, and the conjunction that joins two parties
DUAL_WORD_LENGTH = len(DUAL_PRONOUN) + 1   # a word with the dual pronoun is longer: a stem of its own before it
PRESIDENT = normalize("الرئيس")   # the lone title that "رئيس الجمهورية" (function_words head_of_state) is too
CALLING_ACTS = frozenset({"call"})   # acts whose noun takes the ones called after it: "دعوة الناخبين"
CALLED_KINDS = frozenset({"voters", "citizens"})   # groups.tsv kinds called to the polls or to calm, no authors
PAIR_LINK_WORDS = 1   # words between two parties joined by و: "X وحليفتها Y"
# the endings, once normalised, of a nationality adjective that is no persons' plural or dual: masculine,
# feminine, the feminine dual of things ("القارتين الأمريكيتين")
SINGULAR_NISBA_ENDINGS = ("ي", "يه", "يتين", "يتان")   # "خمسة من X": a number, then من, then the persons counted


def nationality_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"الاعتداءات الإسرائيلية": a nationality adjective in what was said refers to its country when
    the article names that country (alone it is no mention of it)."""
    entities = ctx.mentions.entities
    # the country first: most words are no nationality adjective (of a country named), and the
    # questions about the words around are asked only of those that are
    adjectives = [(k, country) for k in positions_where(ctx, is_nisba_text, c_start, c_end)
                  if (country := nisba_country(ctx.doc, k))]
    if not adjectives:
        return []     # the common case: no nationality adjective, so the titles of persons need not be read
    titles = titles_of_persons(ctx, c_start, c_end) | titles_after_persons(ctx, c_start, c_end)
    out = []
    for k, country in adjectives:
        if k not in titles and _after_counterpart(ctx, k):
            # "هنأ نظيره الغاني": the counterpart is the person holding the speaker's office in that country, no
            # mention of the country; the one the text names with a title of it, when it does
            if (person := _counterpart(ctx, k, country)) is not None:
                text, start = ctx.tokens.text(k), ctx.tokens.starts[k]
                out.append(Candidate(k, k + 1, start, start + len(text), text, "Person", COUNTERPART, key=person))
            continue
        if not (country in entities and entities[country].type == "Place"):
            continue
        if ctx.mentions.in_a_mention(k) or k in titles or describes_a_name(ctx, k) or says_where(ctx, k) \
                or counted_nationals(ctx, k) or describes_a_person(ctx, k) or names_persons(ctx, k) \
                or in_a_bare_title(ctx, k):
            continue
        text, start = ctx.tokens.text(k), ctx.tokens.starts[k]
        out.append(Candidate(k, k + 1, start, start + len(text), text, "Place", NATIONALITY, key=country))
    return out


def in_a_bare_title(ctx: Context, k: int) -> bool:
    """Is the word at k inside a title with no name after it, past its first word ("الرئيس الأمريكي", "للوزير
    اللبناني")? A nationality adjective there says whose office it is: the holder is meant (title_mentions), not
    the state."""
    covered = ctx.memo.get("bare_title_words")
    if covered is None:
        covered = ctx.memo["bare_title_words"] = frozenset(
            q for bare in ctx.mentions.bare.values() for q in range(bare.i + 1, bare.stop))
    return k in covered


def _after_counterpart(ctx: Context, k: int) -> bool:
    """Does the nationality adjective at k follow "his counterpart" ("لنظيره", "ونظيرته"; function_words counterpart),
    with no name after it?"""
    p = ctx.tokens.prev(k)
    named = ctx.mentions.start_at.get(ctx.tokens.next(k + 1, ctx.tokens.size))
    if named is not None and named.type == "Person":
        return False   # "ونظيره الكازاخستاني فلان": the counterpart is named, a mention of his own
    return p is not None and any(stem in ctx.tokens.words.counterpart for _, stem in clitic_variants(ctx.tokens.norm(p)))


def _counterpart(ctx: Context, k: int, country: str) -> str | None:
    """The person the text named before token k with a title of `country` ("الرئيس الغاني فلان") that is the title
    of the one whose counterpart he is (the last person named before of another country: a president's counterpart
    is a president), the last one; None when it named none."""
    mentions, entities = ctx.mentions, ctx.mentions.entities
    persons = [key for c in mentions.cands if c.i < k and c.type == "Person" and (key := mentions.key(c)) in entities]
    def titles_of(key: str, of: str | None = None) -> set[str]:
        return {without_article(normalize(r.title)) for r in entities[key].roles if of is None or r.of_key == of}
    owner = next((key for key in reversed(persons) if not titles_of(key, country)), None)
    offices = titles_of(owner) if owner is not None else set()
    holders = [key for key in persons if (held := titles_of(key, country)) and (not offices or held & offices)]
    return holders[-1] if holders else None


def describes_a_name(ctx: Context, k: int) -> bool:
    """Does the word at k follow a person's or a body's name ("شركة X اليابانية", "حركة Y الفلسطينية")?
    Then a nationality adjective there describes the one named, it is no target of its own."""
    p = ctx.tokens.prev(k)
    if p is not None and ctx.tokens.text(p) in CLOSE_QUOTES and ctx.tokens.is_quote(p):
        return True   # "«التجمع الوطني» التونسي": it describes the name in quotes
    named = ctx.mentions.end_at.get(p) if p is not None else None
    return named is not None and named.type in ("Person", "Organization")


def describes_a_person(ctx: Context, k: int) -> bool:
    """Does the word at k follow a noun of a person's trade ("المدرب البرازيلي", "والكاتب المصري")? Then a
    nationality adjective there says who the person is (named before or after); it names no state."""
    p = ctx.tokens.prev(k)
    return p is not None and any(stem in ctx.tokens.words.person_noun for _, stem in clitic_variants(ctx.tokens.norm(p)))


def names_persons(ctx: Context, k: int) -> bool:
    """Is the nationality word at k a plural or dual ("أغلبهم أميركيون", "مسؤولين أفغان", "ممثلين غربيين وهنود")?
    Only persons take those forms: it names people of that nationality, not their state. (An adjective of a
    thing, "الحكومة الأميركية", "القصف الإسرائيلي", is singular, masculine or feminine.)"""
    return not any(_singular_nisba(normalize(stem)) for _, stem in clitic_variants(ctx.tokens.text(k))
                   if normalize(stem) in lexicon.nisba_to_country())


def _singular_nisba(norm: str) -> bool:
    """"الروسي", "روسية" (normalised "روسيه"), "الأمريكيتين" (a feminine dual, of things): no persons' plural."""
    return norm.endswith(SINGULAR_NISBA_ENDINGS)


def counted_nationals(ctx: Context, k: int) -> bool:
    """Does the nationality word at k follow a number ("ألفي عراقي", "3 فلسطينيين")? Then it counts persons
    of that nationality, the victims or the ones who did it; it names no state."""
    p = ctx.tokens.prev(k)
    return p is not None and is_number(ctx.doc, p)


def says_where(ctx: Context, k: int) -> bool:
    """Does the adjective at k follow a noun of land or waters ("الساحل الليبي", "المياه الإقليمية
    اليمنية": one adjective may stand between)? Then it says where, it names no party. So too after an
    unnamed apparatus or circle ("الأجهزة الأمنية الأردنية"): that body is meant, not the country; and after
    a noun of a people's culture, character or unity ("السينما الهندية", "الوحدة الوطنية X"): its people's
    ways are meant, the state neither did nor suffered anything; so too after a currency ("الدولار X")."""
    tokens = ctx.tokens
    words = tokens.words
    land = words.land_noun | words.apparatus_noun | words.culture_noun | words.currency_noun
    p = tokens.prev(k)
    for _ in range(LAND_ADJECTIVES + 1):
        if p is None:
            return False
        if any(without_article(stem) in land for _, stem in clitic_variants(tokens.norm(p))):
            return True
        if not (tokens.norm(p).startswith("ال") and tokens.norm(p).endswith(FEMININE_ADJECTIVE)):
            return False
        p = tokens.prev(p)
    return False


def titles_of_persons(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of the titles that introduce a named person in c_start..c_end-1: "رئيس الوزراء
    اللبناني X" is about X; the adjective only describes him (it names no country by itself)."""
    return {k for c in ctx.mentions.cands if c.type == "Person" and c.title_i is not None
            and c_start <= c.i < c_end and c.title_i < c.i for k in range(max(c.title_i, c_start), c.i)}


def titles_after_persons(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of the titles given a named person right after the name in c_start..c_end-1 ("فلان وزير الخارجية
    X", "فلان، رئيس الوزراء X،"): the nationality adjective ending such a title describes the person, as it
    does in a title before the name; it names no country by itself."""
    tokens, mentions = ctx.tokens, ctx.mentions
    out: set[int] = set()
    for c in mentions.cands:
        if c.type == "Person" and c_start <= c.i < c_end and (i := tokens.apposition_after(c.j - 1, c_end)) is not None \
                and (bare := mentions.bare.get(i)) is not None and not held_by_another(ctx, i):
            out.update(range(bare.i, min(bare.stop, c_end)))
    return out


def title_mentions(ctx: Context, c_start: int, c_end: int, own: frozenset[str] = frozenset()) -> list[Candidate]:
    """"الأمين العام للمنظمة" with no name after it, in what was said: the person the article named
    earlier with that very title (of the same country or body); with none, the one the article gives
    that title of the speaker's own side (`own`), named later: "الرئيس" in what a president's office says."""
    out = []
    for i, bare in ctx.mentions.bare.items():
        if not c_start <= i < c_end:
            continue   # (a title outside what was said refers to no one here: the questions below are not asked of it)
        if _name_follows(ctx, max(i + 1, bare.stop), c_end):
            continue   # "سفر الرئيس فلان": the title introduces the name after it, it refers to no one before
        if _of_the_late(ctx, i, max(i + 1, bare.stop), c_end):
            continue   # "الأمير الراحل": no holder of the office now, the one who died (targets/deceased.py)
        # (a title said to be new names one person, whatever the title: "للرئيسة الجديدة", "رئيسة الوزراء الجديدة")
        new = newly_in_office(ctx, bare, i)
        if (new is not None or names_one(ctx, bare.title, bare.role_of)) \
                and (key := new
                     or titled_earlier(ctx, bare.title, bare.role_of, i, own)
                     or own_titled(ctx, bare.title, bare.role_of, own) or _head_of_state(ctx, bare, i)) is not None:
            stop = max(i + 1, bare.stop)
            while stop - 1 > i and (ctx.tokens.is_punct(stop - 1) or ctx.tokens.is_space(stop - 1)):
                stop -= 1   # "والأمين العام للمنظمة،": the comma after it is not the title's
            first, last = ctx.doc[i], ctx.doc[stop - 1]
            out.append(Candidate(i, stop, first.idx, last.idx + len(last.text),
                                 ctx.doc[i:stop].text, "Person", TITLE, key=key))
    return out


def _of_the_late(ctx: Context, i: int, stop: int, c_end: int) -> bool:
    """Is the title at tokens i..stop-1 said of the late one: a late-one word (function_words late_one: "الراحل",
    "الفقيد") in it or right after it?"""
    after = ctx.tokens.next(stop, c_end)
    return any(ctx.tokens.norm(k) in ctx.tokens.words.late_one for k in range(i + 1, min(after + 1, c_end)))


def body_mentions(ctx: Context, c_start: int, c_end: int, speakers: set[str]) -> list[Candidate]:
    """"الصندوق", "المنظمة" alone in what was said: the body the article named earlier with that
    head noun ("الصندوق الدولي للتنمية"); not when a word with the article specifies it
    ("اللجنة العربية", "المنظمة المذكورة"), nor when it is the body a speaker's name is part of
    ("الأمانة العامة للمنظمة")."""
    tokens = ctx.tokens
    speaker_forms = [normalize(f) for sp in speakers if (ent := ctx.mentions.entities.get(sp)) for f in ent.forms]
    out = []
    # (only a definite head noun of bodies, "ال" + org_heads, is read as a body, shortened or aforementioned: the
    # word index gives those words of what was said, the others are not read)
    for k in positions(ctx, _definite_org_heads(), c_start, c_end):
        if (ctx.mentions.in_a_mention(k) and not _ends_a_group(ctx, k)) or tokens.is_space(k) or k in ctx.mentions.bare:
            continue
        aforementioned = _aforementioned(ctx, k, c_end)
        if _said_which(ctx, k, c_end) and not aforementioned:
            shortened = _shortened_body(ctx, k, c_end)
            if shortened is not None and shortened[0] not in speakers:
                out.append(_words_mention(ctx, k, shortened[1], "Organization", BODY, shortened[0]))
            continue
        if _unit_belongs_to(ctx, k):
            continue
        # "المنظمة المذكورة": the body just named, whatever its head noun ("الصندوق ..."), not the last "منظمة"
        key = _last_body_before(ctx, c_start, speakers) if aforementioned else story_body(ctx, k, speakers)
        body = ctx.mentions.entities.get(key) if key is not None else None
        if body is not None and not any(normalize(f) in sf for f in body.forms for sf in speaker_forms):
            out.append(_word_mention(ctx, k, "Organization", BODY, key))
    return out


def _unit_belongs_to(ctx: Context, k: int) -> bool:
    """Is the bare head at k glued to لـ right after "belonging to" (function_words affiliated: "الصندوق التابع
    للمنظمة")? It says what body the unit before is part of, a description of that unit, no party spoken of."""
    p = ctx.tokens.prev(k)
    return ctx.tokens.norm(k).startswith(LAM_ARTICLE) and p is not None and ctx.tokens.norm(p) in ctx.tokens.words.affiliated


def _ends_a_group(ctx: Context, k: int) -> bool:
    """Is the word at k the last of a group's mention, after the group's own noun ("مقاتلي الحركة", "أنصار الحزب",
    "عناصر التنظيم")? The body the group is of is named there, and spoken of with it."""
    group = ctx.mentions.end_at.get(k)
    return group is not None and group.type == "Group" and group.i < k


@cache
def _definite_org_heads() -> frozenset[str]:
    """The head nouns of bodies with the article ("المنظمة", "الصندوق"), as normalised words."""
    return frozenset("ال" + head for head in lexicon.org_heads())


SHORT_NAME_WORDS = 3   # words at most of a body's name shortened to its first ones ("المجلس العسكري")


def _shortened_body(ctx: Context, k: int, c_end: int) -> tuple[str, int] | None:
    """"المجلس العسكري" after "المجلس العسكري الانتقالي": a definite body head noun and the definite words right
    after it that are the first words of the name of a body the text named before (not all of them): that body,
    and the token after the words; None otherwise."""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    if not norm.startswith("ال") or norm[2:] not in lexicon.org_heads():
        return None
    words, ends, q = [norm], [k + 1], tokens.next(k + 1, c_end)
    while q < c_end and len(words) < SHORT_NAME_WORDS and tokens.norm(q).startswith("ال") and not tokens.is_punct(q):
        words.append(tokens.norm(q))
        ends.append(q + 1)
        q = tokens.next(q + 1, c_end)
    best: tuple[str, int] | None = None
    for c in ctx.mentions.cands:
        if c.i >= k:
            break
        name = normalize(c.form).split()
        n = next((n for n in range(len(words), 1, -1) if len(name) > n and name[:n] == words[:n]), 0)
        if c.type == "Organization" and n and (key := ctx.mentions.key(c)) is not None:
            best = (key, ends[n - 1])
    return best


def _words_mention(ctx: Context, k: int, stop: int, type_: str, source: str, key: str) -> Candidate:
    """A mention of `key` read off the words k..stop-1."""
    first, last = ctx.doc[k], ctx.doc[stop - 1]
    return Candidate(k, stop, first.idx, last.idx + len(last.text), ctx.doc[k:stop].text, type_, source, key=key)


def _aforementioned(ctx: Context, k: int, c_end: int) -> bool:
    """Is the definite body head noun at k followed by a word of "aforementioned" ("المنظمة المذكورة")?"""
    tokens = ctx.tokens
    nxt = tokens.next(k + 1, c_end)
    return nxt < c_end and tokens.norm(k).startswith("ال") and tokens.norm(k)[2:] in lexicon.org_heads() \
        and tokens.norm(nxt) in tokens.words.aforementioned


def _last_body_before(ctx: Context, k: int, speakers: set[str]) -> str | None:
    """"المنظمة المذكورة" after "الصندوق الوطني": the last body named before token k (the content's start: one
    named in what was said is its target already) that is no speaker; its head noun may differ from the name's."""
    mentions = ctx.mentions
    bodies = [key for c in mentions.cands if c.i < k and c.type == "Organization"
              and (key := mentions.key(c)) is not None and key not in speakers]
    return bodies[-1] if bodies else None


def place_mentions(ctx: Context, c_start: int, c_end: int, home: str | None = None) -> list[Candidate]:
    """"سكان الإقليم", "في المدينة" alone in what was said: the place the article named earlier with
    that head noun ("إقليم X", "مدينة Y"); not when a word with the article says which it is
    ("المدينة القديمة", "المحافظة الشمالية"). `home`: the place the residents or witnesses who speak are in
    (dwelling), the one their "المدينة" names when it may, whatever other city the article named more."""
    out = []
    # (only a definite place head noun, clitics allowed, refers back to a place: the word index gives those words of
    # what was said, the others are not read; no space passes the test, and each is read as before)
    for k in positions_where(ctx, _may_head_place_referent, c_start, c_end):
        if ctx.mentions.in_a_mention(k) or _said_which(ctx, k, c_end):
            continue
        key = place_referent(ctx, k, home)
        if key is not None:
            out.append(_word_mention(ctx, k, "Place", PLACE, key))
    return out


def _may_head_place_referent(text: str) -> bool:
    """The word index's test for place_mentions: is a reading of the word (clitics off) a definite place head noun
    that may refer back (mentions.places.referent_heads: "الإقليم", "بالمدينة")? place_referent finds no place at
    any other word."""
    heads = referent_heads()
    return any((norm := normalize(stem)).startswith("ال") and norm[2:] in heads for _, stem in clitic_variants(text))


def _said_which(ctx: Context, k: int, c_end: int) -> bool:
    """Does a word with the article after the head noun at k say which body or place it is ("اللجنة
    العربية", "المدينة القديمة")? Not an epithet of the one named before ("التنظيم المتطرف")."""
    tokens = ctx.tokens
    nxt = tokens.next(k + 1, c_end)
    return nxt < c_end and tokens.norm(nxt).startswith("ال") and tokens.norm(nxt) not in tokens.words.epithet


def author_mentions(ctx: Context, c_start: int, c_end: int, history: Sequence[StatementRecord] = ()) -> list[Candidate]:
    """"استنكرت المنظمة التصريحات", "هذه الاتهامات": a definite statement noun with no
    author after it is the statement the text named just before with its author ("تصريحات أطلقها
    نائب الرئيس X"), and the statement is about that author."""
    tokens, mentions = ctx.tokens, ctx.mentions
    out = []
    for k, cue in ctx.cues.cues_in(c_start, c_end):   # (the tokens with a cue: at() is None at every other)
        if cue.kind != "noun" or not normalize(tokens.text(k)[cue.prefix:]).startswith("ال") \
                or author_after(ctx, k, c_end):
            continue
        # "هذه الانتقادات" after "انتقد فلان ...": the words of the one who said them, the speaker of the last
        # statement of that act in a sentence before (however it was told: "جدد فلان اتهاماته", "كما اتهم ..."),
        # else the one the verb of that act had as subject
        key = pointed_back_speaker(ctx, cue.entry.act, k, history) or earlier_author(ctx, cue.lemma, k) \
            or pointed_back_author(ctx, cue.entry.act, k)
        ent = mentions.entities.get(key) if key is not None else None
        if ent is not None:
            out.append(_word_mention(ctx, k, ent.type, AUTHOR, key))
    return out


def counted_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"غرق 40 مهاجرا", "مأوى لـ50 ألف لاجئ", "غرق خمسة من المهاجرين": persons counted after a number are members of the group of
    their kind that the article names ("المهاجرين"), and what was said is about that group; counted,
    they are no group mention of their own (a figure), so the group must be named elsewhere."""
    tokens, table = ctx.tokens, lexicon.groups()
    out = []
    # (only a word _counted_kind reads as a kind of group may be counted: the word index gives those of what was said)
    for k in positions(ctx, _counted_forms(), c_start, c_end):
        if tokens.is_space(k) or ctx.mentions.in_a_mention(k):
            continue
        p = tokens.prev(k)
        if p is not None and tokens.norm(p) == PARTITIVE_FROM:
            p = tokens.prev(p)   # "خمسة من المهاجرين": the persons counted among the group, as many of them
        if p is None or not is_number(ctx.doc, p):
            continue   # "و3 لاجئين": a number may carry و or ف
        kind = _counted_kind(tokens.norm(k), table)
        key = _group_of_kind(ctx, kind, k) if kind is not None else None
        if key is not None:
            out.append(_word_mention(ctx, k, "Group", COUNTED, key))
    return out


@cache
def _counted_forms() -> frozenset[str]:
    """Every word _counted_kind may read as a kind of group: the forms of groups.tsv, and the stems of its sound plurals
    bare and with the accusative alef ("مهاجر", "مهاجرا" of "مهاجرين")."""
    forms = set(lexicon.groups())
    for plural in lexicon.groups():
        if plural.endswith(("ين", "ون")):
            forms.update((plural[:-2], plural[:-2] + "ا"))
    return frozenset(forms)


def _counted_kind(word: str, table: dict[str, lexicon.GroupKind]) -> str | None:
    """The group kind of a noun counted: a plural form of groups.tsv ("مسلحين"), or the singular of a
    sound plural one, its accusative alef dropped ("مهاجرا" of "مهاجرين", "لاجئ" of "لاجئين")."""
    if word in table:
        return table[word].kind
    stem = word[:-1] if word.endswith("ا") else word
    for plural in (stem + "ين", stem + "ون"):
        if len(stem) >= 3 and plural in table:
            return table[plural].kind
    return None


def _group_of_kind(ctx: Context, kind: str, k: int) -> str | None:
    """The key of the group of this kind the text names, the last one before token k, else the first after it."""
    keys = [(c.i, key) for c in ctx.mentions.cands
            if c.type == "Group" and (key := ctx.mentions.key(c)) and kind_of(key) == kind]
    before = [key for i, key in keys if i < k]
    return before[-1] if before else next((key for i, key in keys if i > k), None)


def honored_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """"أشادت اللجنة بدور سموه": an honorific pronoun in what was said is the person the text introduced
    with that honorific ("صاحب السمو الأمير فلان"), when that is not the speaker himself."""
    out = []
    if not holds(ctx, honorific_words(), c_start, c_end):
        return out   # the common case: no honorific pronoun (the index says so without reading the words)
    for k in range(c_start, c_end):
        honorific = _honorific_in(ctx.tokens.norm(k))
        honored = honored_person(ctx, k, honorific) if honorific is not None else None
        if honored is not None and honored.key not in exclude:
            out.append(_word_mention(ctx, k, "Person", HONORED, honored.key))
    return out


@cache
def honorific_words() -> frozenset[str]:
    """The honorific pronouns ("سموه", "فخامته"), as the word index is asked about them."""
    return frozenset(HONORIFIC_PRONOUNS)


@lru_cache(maxsize=131072)
def _honorific_in(norm: str) -> str | None:
    """The honorific whose pronoun a normalised word is, bare or less its clitics ("سموه", "لسموه"); None
    for most words. Asked of every word of every content: kept per word."""
    return next((HONORIFIC_PRONOUNS[stem] for _, stem in clitic_variants(norm) if stem in HONORIFIC_PRONOUNS), None)


def pair_mentions(ctx: Context, c_start: int, c_end: int, own: frozenset[str] = frozenset()) -> list[Candidate]:
    """"أن البلدين سيوسعان التبادل", "وفدا البلدين": the two countries are the two the text named most before
    the word (a capital stands for its country; the later named first among equals), when it named two: a
    third country named in passing just before is no party to the story's pair. When the text named one only and
    the speaker is of another (`own`, the speaker's side: "قال الرئيس X إن العلاقات بين البلدين متينة" after a
    visit to Y), the pair is that one and the speaker's own: the one named is a mention."""
    tokens = ctx.tokens
    out = []
    if not holds(ctx, tokens.words.country_pair, c_start, c_end):
        return out   # the common case: no pair word (the index says so without reading the words)
    for k in range(c_start, c_end):
        if tokens.is_space(k) or not _is_pair_word(tokens.norm(k), tokens.words.country_pair):
            continue
        # the two countries named most before the word (the later named first among equals), in the order named
        named = [key for c in ctx.mentions.cands if c.i < k and c.type == "Place"
                 and (key := country_of(ctx, ctx.mentions.key(c))) is not None]
        counts, last = Counter(named), {key: n for n, key in enumerate(named)}
        countries = sorted(sorted(counts, key=lambda key: (counts[key], last[key]), reverse=True)[:2], key=last.get)
        if len(countries) == 2:
            out += [_word_mention(ctx, k, "Place", PAIR, key) for key in countries]
        elif len(countries) == 1 and countries[0] not in own and _own_country(ctx, own):
            out.append(_word_mention(ctx, k, "Place", PAIR, countries[0]))
    return out


def _own_country(ctx: Context, own: frozenset[str]) -> bool:
    """Is one of the speaker's own side a country (the lexicon's kind), named in the text or not?"""
    return any((k := ctx.mentions.known.get(key)) is not None and k.kind == COUNTRY_KIND for key in own)


def leader_pair_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"أشاد بشجاعة الزعيمين", "التوتر بين الرئيسين": the two leaders are the two persons the text named most
    before the word, each at least LEADER_MENTIONS times (one named once is no party to the story's matter)."""
    tokens = ctx.tokens
    if not holds(ctx, tokens.words.leader_pair, c_start, c_end):
        return []   # the common case: no pair word (the index says so without reading the words)
    for k in range(c_start, c_end):
        if tokens.is_space(k) or not _is_pair_word(tokens.norm(k), tokens.words.leader_pair):
            continue
        counts = Counter(key for c in ctx.mentions.cands if c.i < k and c.type == "Person"
                         and (key := ctx.mentions.key(c)) is not None)
        leaders = [key for key, n in counts.most_common(2) if n >= LEADER_MENTIONS]
        # the first such word only: a second one names the same two
        return [_word_mention(ctx, k, "Person", LEADERS, key) for key in leaders] if len(leaders) == 2 else []
    return []


def dual_pronoun_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """"... X وحليفتها Y، رغم أن فلان اعتبر أن الحل يمر بإشراكهما": a word of what was said with the dual pronoun
    "هما" stands for the two parties of one kind joined by و last named before the content in its sentence (not
    the speakers, whom it takes up when they are that pair), when the content names no such pair itself
    before the word."""
    spaces, norms = ctx.tokens.spaces, ctx.tokens.norms   # (read directly: asked of every content word)
    # (the test written out, not a call per word: "هما" after a stem of its own, "بإشراكهما", "عليهما")
    duals = [k for k in range(c_start, c_end) if not spaces[k] and norms[k].endswith(DUAL_PRONOUN)
             and len(norms[k]) > DUAL_WORD_LENGTH]
    if not duals:
        return []   # the common case: no dual pronoun
    last = _joined_pair(ctx, ctx.tokens.sentence(c_start).start, c_start, set())
    if last is not None and all(key in exclude for _, key in last):
        return []   # "أكدت X وY تمسكهما بـZ": the pair last named is the speakers, whom the pronoun takes up
    pair = _joined_pair(ctx, ctx.tokens.sentence(c_start).start, c_start, exclude)
    if pair is None or _joined_pair(ctx, c_start, duals[0], exclude) is not None:
        return []
    return [_word_mention(ctx, duals[0], c.type, DUAL, key) for c, key in pair]


def _joined_pair(ctx: Context, lo: int, hi: int, exclude: set[str]) -> list[tuple[Candidate, str]] | None:
    """The last two named parties of one type, next to each other, within lo..hi-1 joined by و (at most
    PAIR_LINK_WORDS words between, the first of them bearing و: "X وY", "X وحليفتها Y"), neither of them in
    `exclude`; None when there are none."""
    tokens, mentions = ctx.tokens, ctx.mentions
    named = [c for c in mentions.cands if lo <= c.i and c.j <= hi and c.type in ("Person", "Organization", "Place")]
    for first, second in zip(reversed(named[:-1]), reversed(named[1:])):
        keys = (mentions.key(first), mentions.key(second))
        if first.type != second.type or None in keys or keys[0] == keys[1] or any(k in exclude for k in keys):
            continue
        between = tokens.word_tokens(first.j, second.i)
        joined = tokens.norm(between[0] if between else second.i).startswith(AND_CLITIC)
        if joined and len(between) <= PAIR_LINK_WORDS:
            return [(first, keys[0]), (second, keys[1])]
    return None


@cache
def _this_country_firsts() -> frozenset[str]:
    """The demonstratives that open a phrase of function_words this_country ("هذا" of "هذا البلد")."""
    return frozenset(phrase.split()[0] for phrase in lexicon.function_words().this_country)


def this_country_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"هذا البلد", "وهذه الدولة" in what was said: the last country the text named before the words."""
    tokens = ctx.tokens
    firsts = _this_country_firsts()
    out = []
    if not holds(ctx, firsts, c_start, c_end):
        return out   # the common case: no demonstrative of the phrases (the index says so without reading the words)
    norms = tokens.norms   # (read directly: every word of the content)
    for k in range(c_start, min(c_end, len(norms))):
        norm = norms[k]
        if without_conjunction(norm, firsts) not in firsts:
            continue  # (asked of every word of every content: the demonstrative first)
        if tokens.is_space(k) or (nxt := tokens.next(k + 1, c_end)) >= c_end:
            continue
        # "وهذه الدولة", "فهذا البلد": the demonstrative bare or after و/ف
        if not any(f"{this} {tokens.norm(nxt)}" in tokens.words.this_country
                   for clitic, this in clitic_variants(tokens.norm(k)) if clitic in ("", "و", "ف")):
            continue
        country = next((key for c in reversed(ctx.mentions.cands) if c.i < k and c.type == "Place"
                        and (key := country_of(ctx, ctx.mentions.key(c))) is not None), None)
        if country is not None:
            first, last = ctx.doc[k], ctx.doc[nxt]
            out.append(Candidate(k, nxt + 1, first.idx, last.idx + len(last.text), ctx.doc[k:nxt + 1].text,
                                 "Place", THIS_COUNTRY, key=country))
    return out


@lru_cache(maxsize=131072)   # asked of every word of every content: kept per (word, class)
def _is_pair_word(word: str, pair_words: frozenset[str]) -> bool:
    """"البلدين", "والبلدين", "للبلدين" (ل before the article drops its alef): bare or less its clitics."""
    return any(stem in pair_words for _, stem in clitic_variants(word))


def country_of(ctx: Context, key: str | None) -> str | None:
    """The country a place is (a state) or stands for (its capital), when the text names that country."""
    known = ctx.mentions.known.get(key) if key else None
    if known is None:
        return None
    if known.kind == COUNTRY_KIND:
        return key
    if known.kind == CAPITAL_KIND and known.country_key in ctx.mentions.entities:
        return known.country_key
    return None


def most_named_country(ctx: Context, end: int) -> str | None:
    """The country the article names most before token `end` (a capital counted for its country): the one it is
    about; None when it names none."""
    counts = Counter(country for c in ctx.mentions.cands if c.i < end and c.type == "Place"
                     and (country := country_of(ctx, ctx.mentions.key(c))) is not None)
    return next((key for key, _ in counts.most_common(1)), None)


def _word_mention(ctx: Context, k: int, type_: str, source: str, key: str) -> Candidate:
    """Token k as a mention of the entity `key`, read off it by `source` (a bare head, a statement noun)."""
    tok = ctx.doc[k]
    return Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, type_, source, key=key)


def earlier_author(ctx: Context, lemma: str, k: int) -> str | None:
    """The author named after the last statement noun of this lemma within REFERRED_BACK tokens before k; not the
    voters or citizens a call is made to ("مرسوم دعوة الناخبين": they are called, they issue nothing)."""
    for j in range(k - 1, max(-1, k - REFERRED_BACK), -1):
        cue = ctx.cues.at(j)
        if cue is not None and cue.kind == "noun" and cue.lemma == lemma:
            authors = author_after(ctx, j, min(ctx.tokens.size, j + AUTHOR_WORDS))
            if authors and not _called_on(cue.entry.act, authors[0].key):
                return authors[0].key
    return None


def _called_on(act: str, key: str) -> bool:
    """Is `key` a group of those a call is made to (voters, citizens) after a noun of calling: the one called?"""
    return act in CALLING_ACTS and key.startswith("group:") and kind_of(key) in CALLED_KINDS


def _name_follows(ctx: Context, stop: int, c_end: int) -> bool:
    """Does a person's name start right after a title ending at `stop` (a name found only later in
    the text, so the title was taken for a bare one)?"""
    named = ctx.mentions.start_at.get(ctx.tokens.next(stop, c_end))
    return named is not None and named.type == "Person"


def names_one(ctx: Context, title: str, role_of: str | None) -> bool:
    """Does a bare title name one person: it says of which country or body ("الأمين العام للمنظمة"),
    it has several words ("رئيس الوزراء"), or it is a title that stands alone ("الرئيس")?"""
    norm = normalize(title)
    return role_of is not None or len(norm.split()) > 1 or norm in ctx.tokens.words.lone_title


def newly_in_office(ctx: Context, bare: BareTitle, i: int) -> str | None:
    """"الرئيس المنتخب", "الرئيسة الجديدة": a lone title said to be new names the one the story is about taking
    the office, the person the article named most before it (at least LEADER_MENTIONS times), rather than the last
    one given the title; None for a title said to be no new one's."""
    tokens = ctx.tokens
    after = tokens.next(max(i + 1, bare.stop), tokens.size)
    words = {tokens.norm(k) for k in range(i + 1, after + 1)}
    if bare.role_of is not None or words.isdisjoint(tokens.words.new_holder):
        return None
    return _new_office_holder(ctx, i)


def elected_counterpart_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"أشاد بنظيره الجديد", "لنظيرته الجديدة": "his counterpart" said to be new (function_words counterpart, then
    new_holder), no name after it, names the one the story sees into office, as "الرئيس المنتخب" does."""
    tokens, out = ctx.tokens, []
    if not holds(ctx, tokens.words.new_holder, c_start, c_end):
        return out   # the common case: no word of a new holder (the index says so without reading the words)
    for k in range(c_start, c_end):
        if tokens.is_space(k) or not any(stem in tokens.words.counterpart for _, stem in clitic_variants(tokens.norm(k))):
            continue
        new = tokens.next(k + 1, c_end)
        if new >= c_end or tokens.norm(new) not in tokens.words.new_holder or _name_follows(ctx, new + 1, c_end):
            continue
        if (person := _new_office_holder(ctx, k)) is not None:
            text, start = tokens.text(k), tokens.starts[k]
            out.append(Candidate(k, k + 1, start, start + len(text), text, "Person", COUNTERPART, key=person))
    return out


def _new_office_holder(ctx: Context, i: int) -> str | None:
    """The one the story sees into office, before token i: the person it told winning, else the one it named most
    (at least LEADER_MENTIONS times) but the one who conceded."""
    won = _named_winning(ctx, i)
    if won is not None:
        return won
    persons = [(c, key) for c in ctx.mentions.cands if c.i < i and c.type == "Person"
               and (key := ctx.mentions.key(c)) is not None]
    losers = {key for c, key in persons if _conceding(ctx, c)}   # the outgoing one who lost is often named most
    counts = Counter(key for _, key in persons if key not in losers)
    return next((key for key, n in counts.most_common(1) if n >= LEADER_MENTIONS), None)


def _conceding(ctx: Context, c: Candidate) -> bool:
    """"أقر فلان، الجمعة، بالهزيمة": a noun of defeat a few words after the name, before the sentence ends."""
    tokens = ctx.tokens
    for k in range(c.j, min(tokens.size, c.j + DEFEAT_WORDS)):
        if tokens.norm(k) in tokens.words.defeat_noun:
            return True
        if ctx.doc[k].text == ".":
            return False
    return False


def _titled_new(ctx: Context, first: int, name: int) -> bool:
    """"الرئيس البرازيلي المنتخب فلان": does the title at tokens first..name-1 say its holder is new, a word of a new
    holder (function_words new_holder) ending it right before the name? Not when that word ends a noun before the
    name's own title ("لقاء الرئيس المنتخب بالمصرفي فلان"), nor in the title of another's deputy ("نائب الرئيس
    المنتخب فلان" is the deputy of the one elected; function_words possessed_role)."""
    tokens = ctx.tokens
    last = tokens.prev(name, first)
    while last is not None and tokens.is_punct(last):
        last = tokens.prev(last, first)   # "الرئيس المنتخب، فلان"
    return last is not None and tokens.norm(last) in tokens.words.new_holder \
        and without_conjunction(tokens.norm(first), tokens.words.possessed_role) not in tokens.words.possessed_role


def _named_winning(ctx: Context, i: int) -> str | None:
    """The last person named before token i right after a noun of winning, past the name's title or a word describing
    him ("أعلنت اللجنة فوز زعيم المعارضة فلان", "فوز المرشح فلان"), or given a title said to be new ("الرئيس المنتخب
    فلان"): in an election story the elected one, who need not be the person named most (the outgoing president who
    lost often is). None when there is none."""
    tokens, found = ctx.tokens, None
    for c in ctx.mentions.cands:
        if c.i >= i or c.type != "Person" or (key := ctx.mentions.key(c)) is None:
            continue
        first = c.title_i if c.title_i is not None and c.title_i < c.i else c.i
        before = tokens.prev(first)
        described = tokens.prev(before) if before is not None else None   # "فوز المرشح فلان": one word describing him
        titled_new = _titled_new(ctx, first, c.i)
        if titled_new or any(k is not None and is_winning(ctx.doc[k].text) for k in (before, described)):
            found = key
    return found


def own_titled(ctx: Context, title: str, role_of: str | None, own: frozenset[str]) -> str | None:
    """The one person the article gives this title of a country or body of the speaker's own side."""
    if role_of is not None:
        return None
    holders = {ent.key for ent in ctx.mentions.entities.values() if ent.type == "Person"
               and any(same_title(r.title, title) and r.of_key in own for r in ent.roles)}
    return holders.pop() if len(holders) == 1 else None


def titled_earlier(ctx: Context, title: str, role_of: str | None, before: int,
                   own: frozenset[str] = frozenset()) -> str | None:
    """The last person named before token `before` with this title, of the same country or body
    when both say which, given before the name or right after it ("فلان الأمين العام للمنظمة"); a lone title given
    to several, the one of the speaker's own side (`own`), else the one the article names most (lone_title)."""
    found, at = _titled_by_name(ctx, title, role_of, before, own)
    mentions = ctx.mentions
    for named in mentions.cands:
        i = ctx.tokens.apposition_after(named.j - 1, before) if named.type == "Person" else None
        bare = mentions.bare.get(i) if i is not None else None
        if bare is not None and at < i and same_title(bare.title, title) \
                and (role_of is None or bare.role_of in (None, role_of)) and not held_by_another(ctx, i) \
                and not (role_of is None and normalize(title) in ctx.tokens.words.lone_title and _a_body(ctx, bare.role_of)):
            found, at = mentions.key(named), i
    return found


def _titled_by_name(ctx: Context, title: str, role_of: str | None, before: int,
                    own: frozenset[str] = frozenset()) -> tuple[str | None, int]:
    """The last person named before token `before` whose name the text gave with this title before it (of the
    same country or body when both say which), and where; (None, -1) when there is none. A lone title given so to
    several: the one of the speaker's own side (`own`), else the one the article names most (lone_title)."""
    found, at = None, -1
    lone = role_of is None and normalize(title) in ctx.tokens.words.lone_title
    holders: list[tuple[str, int]] = []
    for c, ent in ctx.mentions.persons_before(before):
        if any((same_title(r.title, title) and (role_of is None or r.of_key in (None, role_of))
                and not (lone and _a_body(ctx, r.of_key))) or (role_of is None and _title_of_body(ctx, r, title))
               for r in ent.roles):
            found, at = ent.key, c.i
            holders.append((ent.key, c.i))
    # "الرئيس" alone, given to several: the one the story names most is meant, not the last one given it (lone_title)
    if not lone or len({key for key, _ in holders}) < 2:
        return found, at
    named = Counter(ent.key for _, ent in ctx.mentions.persons_before(ctx.tokens.size))
    own_holders = {key for key, _ in holders if any(r.of_key in own for r in ctx.mentions.entities[key].roles
                                                    if r.of_key and same_title(r.title, title))}
    return most_named_holder(holders, named, own_holders)


def _title_of_body(ctx: Context, role: Role, title: str) -> bool:
    """"رئيسة مجلس النواب" after "رئيسة مجلس النواب الأمريكي فلانة": is `title` the role's title word with the name of
    the body the role is of after it, in one of the body's forms (shorter than the one first given)?"""
    words = normalize(title).split()
    body = ctx.mentions.entities.get(role.of_key) if role.of_key else None
    if len(words) < 2 or body is None or not same_title(role.title, words[0]):
        return False
    return " ".join(words[1:]) in {normalize(f) for f in body.forms | {body.label}}


def _head_of_state(ctx: Context, bare: BareTitle, i: int) -> str | None:
    """"رئيس الجمهورية" with no one given that very title: the president named before ("الرئيس X فلان"), as the
    lone "الرئيس" would be (function_words head_of_state: another name of the lone title's office)."""
    if bare.role_of is not None or normalize(bare.title) not in ctx.tokens.words.head_of_state:
        return None
    return titled_earlier(ctx, PRESIDENT, None, i)


def _a_body(ctx: Context, key: str | None) -> bool:
    """Is `key` an organization? "الرئيس" alone is a head of state, not the head of a body the text named
    ("رئيس المفوضية فلان" is no "الرئيس" of a later sentence)."""
    return key is not None and ctx.mentions.type_of(key) == "Organization"


def held_by_another(ctx: Context, k: int) -> bool:
    """"وحث الرئيس X فلان رئيس الوزراء الكندي على ...", "وطالب فلان رئيسة الوزراء بالاستقالة": is the bare title
    at k, right after a person's name with no comma between, one the text gave before to another person it
    named, or a title said to be new ("وهنأ وزير الخارجية فلان الرئيس المنتخب") whose holder the story is about
    another? Then it is the verb's object and refers to that person; it is no title of the name before it (one in
    apposition after a comma, "فلان، رئيس الوزراء،", stays the name's)."""
    bare = ctx.mentions.bare.get(k)
    p = ctx.tokens.prev(k) if bare is not None else None
    named = ctx.mentions.end_at.get(p) if p is not None else None
    if named is None or named.type != "Person":
        return False
    holder, _ = _titled_by_name(ctx, bare.title, bare.role_of, named.i)
    holder = holder or newly_in_office(ctx, bare, k)
    return holder is not None and holder != ctx.mentions.key(named)
