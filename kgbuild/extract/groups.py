"""Which unnamed collective actors matter for who-said-what-about-whom, and which referent each is.

A group is kept only when a statement involves it (as speaker, target or intermediary). Actors of
political conflict (CORE_GROUP_KINDS, political camps such as Islamists and moderates among them) may be
targets wherever what was said names them; other groups
(victims, workers, leaders, citizens ...) only as the addressee a call or accusation opens with.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc

from .. import lexicon
from ..text import clitic_variants, normalize, slug, without_article
from .words import is_function_word, prev_word, text_of, tokens_of
from .mentions.base import BY_FIRST_TOKEN, GENERIC_INSTITUTIONS, RELATIVE_PLURAL_ENDINGS, countries, skip_space
from .mentions.group_forms import POSSESSIVE_SUFFIXES
from .mentions.numbered import COMPOUND_UNITS, NUMBER_WORDS, PARTITIVE_FROM
from .mentions.unnamed_bodies import is_unnamed_body

CORE_GROUP_KINDS = frozenset({
    "protesters", "rioters", "looters", "security_forces", "police_officers",
    "troops", "peacekeepers", "terrorists", "armed_groups", "gunmen", "attackers", "rebels", "putschists", "insurgents",
    "militants", "foreign_fighters", "extremists", "separatists", "opposition", "activists", "authorities",
    "people", "international_community", "world_powers", "civilians", "refugees", "displaced", "migrants", "settlers",
    "minorities", "kidnappers", "opponents", "islamists", "moderates", "smugglers", "pirates",
    "criminals", "zionists", "country_blocs", "counted_states", "public", "europeans", "westerners", "africans",
    # camps named by their place in power, and the outside hands a speaker accuses; the politicians at large, whom
    # protesters and critics blame as one camp ("غض السياسيون الطرف", "لتذكير الساسة"), as they blame the political class
    "ruling_class", "foreign_parties", "ruling_family", "politicians",
    # ethnic and sectarian communities, parties of the conflicts they are named in as the minorities and the
    # Arabs are ("قمع الأكراد", "التوتر بين الشيعة والسنة")
    "kurds", "shiites", "sunnis", "druze", "alawites", "yazidis", "turkmen", "amazigh", "tuareg", "rohingya",
    "uyghurs", "baluch", "pashtuns", "hazara", "assyrians",
    # the parties of economy news whom a speaker reassures, courts or warns ("طمأنة المستثمرين", "ثقة الدائنين"), as
    # the countries grouped by wealth are parties of it
    "investors", "creditors",
    # a country's own community abroad, whose votes and fate election and crisis news weigh ("أصوات المغتربين")
    "diaspora",
    # the faith communities, parties of the sectarian strife, discrimination and religious freedom news they are named
    # in as the sects are ("التحريض ضد المسلمين", "حماية المسيحيين"): what a speaker says of them is about them
    "muslims", "christians", "jews", "catholics", "protestants", "orthodox", "bahais",
    # intelligence services named by their plural class noun, organs of security as the security forces are, whom a
    # speaker accuses or cites ("اتهم أجهزة استخبارات غربية بالتحريض")
    "intelligence",
    # the labels of blame a speaker gives an unnamed adversary, as "terrorists" is one: those he blames for stirring
    # or infiltrating a protest, the occupiers, the corrupt ("اتهم مندسين بإشعال الحرائق", "محاسبة الفاسدين")
    "agitators", "occupiers", "the_corrupt"})
# (not hostages: named inside what is said they are most often the tally of a hostage-taking, how many were held or
# freed, which the speaker reports; as the addressee a call opens with they stay targets)
# (nor soldiers, the Arabs at large or the ruling coalition: soldiers named inside what is said are most often the
# ones a report counts, killed, wounded or sent ("مقتل ثلاثة جنود", "نشر الجنود"), not a party the speaker takes a
# stand towards; "العرب" inside a quote is most often the speaker's own "we" at large ("كل العرب"); and the ruling
# coalition is most often a party the article names as a body too. Each stays a target as the addressee a call or an
# accusation opens with, or tied to a country)


# adjectives that tie a group to no one country: "الأجانب"
FOREIGN = lexicon.function_words().foreign


class _GroupMention(Protocol):
    i: int              # first token: the mentions are read in text order
    j: int              # one past the last token
    end: int            # one past the last character
    type: str
    key: str | None
    role_of: str | None
    form: str
    possessed: bool
    described: bool
    extra_forms: set[str]


# An unnamed group is a referent of its own article, or of the one country the text ties it to
# ("قوات الأمن الكينية"): never one entity per kind for a whole corpus. Keys:
#   group:<kind>            in one document, before the corpus step scopes it to its article
#   group:<kind>@<country>  tied to a country: one referent across articles
#   group:<kind>/<article>  after the corpus step: the group of one article
#   group:<kind>~<words>@.. an unnamed source described by words of its own ("مسؤول فني عراقي"): one
#                           referent per description, not one per kind
DESCRIBED = "~"
# the kinds of unnamed sources the press describes one by one ("مصدر أمني", "مسؤول رفيع", "دبلوماسي غربي",
# "خبير اقتصادي", "شاهد عيان"); not leaders or residents, named by whom they lead or where they live
DESCRIBED_KINDS = frozenset({"officials", "sources", "diplomats", "experts", "witnesses"})
# the kinds whose nouns name different persons, each a source of its own ("قال محللون ... ورأى مراقبون"): the noun
# describes them as its adjectives do; not the officials and sources, whose singular and plural ("مصدر", "المصادر")
# are two stems of one noun
NOUN_DESCRIBED_KINDS = frozenset({"experts"})


@lru_cache(maxsize=16384)
def kind_of(key: str) -> str:
    """"group:security_forces@Q232" -> "security_forces". Kept per key: the group and target stages ask it of the
    same few keys tens of times a document, each a chain of splits."""
    return key.split(":", 1)[-1].split("@", 1)[0].split("/", 1)[0].split(DESCRIBED, 1)[0]


def assign_group_keys(mentions: list[_GroupMention], doc: Doc | None = None) -> None:
    """Key the group mentions of one document by kind and stated affiliation; a mention with no
    affiliation takes the one affiliation its kind has elsewhere in the document, unless an adjective
    ties it to no one country ("المواطنين الأجانب" beside "المواطنين الإيطاليين")."""
    if not any(m.type == "Group" for m in mentions):
        return   # (each step below keys or re-reads group mentions only: an article with none has nothing to key)
    _refer_back_to_bodies(mentions, doc)
    _residents_of_a_named_place(mentions, doc)
    _members_named_by_their_institution(mentions)
    _sources_in_a_body_speak_for_it(mentions)
    affiliations: dict[str, set[str]] = defaultdict(set)
    groups = [m for m in mentions if m.type == "Group" and m.key and m.key.startswith("group:")]
    for m in groups:
        if m.role_of:
            affiliations[kind_of(m.key)].add(m.role_of)
    for m in groups:
        kind = kind_of(m.key)
        only = affiliations[kind]
        if (owner := _owner_named_after(m, mentions, doc)) is not None:
            m.key = f"group:{kind}{DESCRIBED}{owner.replace(' ', '_')}"   # "أنصار فلان": the followers of one, not the kind's own
            continue
        if _unplaced_residents(m):
            m.key = f"group:{kind}{DESCRIBED}{normalize(m.form)}"   # keyed by _residents_of_elsewhere below
            continue
        foreign = any(normalize(w) in FOREIGN for w in m.form.split()[1:]) or _of_several_countries(m.form)
        affiliation = m.role_of or (next(iter(only)) if len(only) == 1 and not foreign else None)
        # a mixed crowd ("محامون وصحفيون") keeps its second noun's mark: no group of its first noun alone
        mixed = DESCRIBED + m.key.split(DESCRIBED, 1)[1].split("@", 1)[0] if DESCRIBED in m.key else ""
        m.key = f"group:{kind}{mixed}@{affiliation}" if affiliation else f"group:{kind}{mixed}"
    _describe_sources(groups)
    _residents_of_elsewhere(groups)
    _refer_back(groups)
    _putschists_named_before(groups)
    _perpetrators_named_again(groups)
    _own_opponents_are_the_opposition(groups)
    _citizens_of_the_one_people(groups)
    _the_people_who_vote(groups)
    _groups_in_a_named_place(groups, mentions, doc)
    _kin_of_the_families(groups)


# groups that stand towards one person or body, which the name in construct after their indefinite noun says
# ("أنصار فلان", "أنصار حزب X", "خصوم فلان"): the followers of two named ones are two groups
OWNED_KINDS = frozenset({"supporters", "opponents", "critics"})
OWNERS = ("Person", "Organization")
SOUND_PLURAL_ENDINGS = ("ون", "ين")


def _owner_named_after(m: _GroupMention, mentions: list[_GroupMention], doc: Doc | None) -> str | None:
    """"أنصار فلان", "أنصار حزب X": the owner's name, normalised, that an indefinite noun of followers or
    opponents stands in construct with (a name its phrase takes in, or a person's or body's mention right after
    it); None for a noun with no such name, with the article or a pronoun ("أنصاره"), or tied to a known owner."""
    head, *rest = m.form.split()
    if kind_of(m.key) not in OWNED_KINDS or m.role_of or m.possessed or normalize(head).startswith("ال") \
            or normalize(head).endswith(SOUND_PLURAL_ENDINGS):
        return None   # a sound plural keeps its ن out of construct: "اتهم منتقدون فلانا" names whom they accuse
    if rest:
        # "أنصار كالديرون": a name the phrase took in; not a definite complement ("أنصار المعارضة", "أعداء
        # الأمة": the followers of a camp, whom other mentions name too) nor a partitive ("خصوم من ...")
        return normalize(" ".join(rest)) if _name_opens(rest[0], doc, m.i) else None
    owned = sorted((f for f in m.extra_forms if f.startswith(m.form + " ")), key=len)
    if owned:
        return normalize(owned[0][len(m.form) + 1:])
    after = skip_space(doc, m.j) if doc is not None else m.j
    owner = next((o for o in mentions if o.type in OWNERS and o.i == after), None)
    return normalize(owner.form) if owner is not None else None


def _name_opens(word: str, doc: Doc | None, i: int) -> bool:
    """Does the word after the noun at token i open a name: no article, no function word?"""
    if doc is None or normalize(word).startswith("ال"):
        return False
    k = skip_space(doc, i + 1)
    return k < len(doc) and not is_function_word(doc[k])


# residents, whom the place they live in names: without it, an indefinite plural names those of where the sentence is
RESIDENTS = "residents"


def _residents_of_a_named_place(mentions: list[_GroupMention], doc: Doc | None) -> None:
    """"قال سكان في حي X", "أحد سكان حي X", "سكان مخيم X": residents named by an indefinite plural with a place
    right after it (in construct, or after في) that the text names by a head noun and a name are that place's;
    the phrase through the place's name names them too."""
    places = {m.i: m for m in mentions if m.type == "Place"}
    if doc is None or not places:
        return   # (with no place named, no residents are any place's)
    text, texts = text_of(doc), tokens_of(doc).texts   # (doc.text rebuilds the text from its tokens on every read)
    for m in mentions:
        words = m.form.split()
        if m.type != "Group" or not m.key or kind_of(m.key) != RESIDENTS or len(words) != 1 or m.role_of \
                or normalize(words[0]).startswith("ال") or m.possessed:
            continue
        k = skip_space(doc, m.j)
        if k < len(doc) and normalize(texts[k]) == IN_PLACE:
            k = skip_space(doc, k + 1)
        place, name = _place_headed_at(doc, places, k)
        if place is None:
            continue   # a bare name after في stays the mentions' own reading ("سكان في X")
        # "سكان حي X في مدينة Y": the wider place the first lies in ends their phrase
        between = text[m.end:_wider_place_after(doc, places, place.j, place).end]
        full = {f + between for f in m.extra_forms | {m.form} if f.endswith(m.form)}   # "أحد سكان حي X" too
        # (a phrase cut inside the place's name, "سكان في حي", names them no more)
        m.extra_forms = {f for f in m.extra_forms if not any(x.startswith(f + " ") for x in full)} | full
        # the place's key comes with its entity, later: its name keys the residents, one referent per place
        m.key = f"group:{RESIDENTS}{DESCRIBED}{normalize(name).replace(' ', '_')}"


def _place_headed_at(doc: Doc, places: dict[int, _GroupMention], k: int) -> tuple[_GroupMention | None, str]:
    """The place the text names from token k on by a head noun and a name ("حي X", "بلدة X", "مدينة X"), and that
    phrase: a mention that starts there, or one of the name right after whose phrase with its head noun starts there
    (the mentions keep "مدينة X" as a form of the town X); (None, "") for a bare name or none."""
    place = places.get(k)
    if place is not None:
        return (place, place.form) if len(place.form.split()) > 1 else (None, "")
    named = places.get(skip_space(doc, k + 1)) if k < len(doc) else None
    phrase = f"{tokens_of(doc).texts[k]} {named.form}" if named is not None else ""
    return (named, phrase) if named is not None and phrase in named.extra_forms else (None, "")


def _wider_place_after(doc: Doc, places: dict[int, _GroupMention], j: int, place: _GroupMention) -> _GroupMention:
    """"حي X في مدينة Y", "شارع X في Y": the place named after في right after a place, which lies in it; else the
    place itself."""
    k = skip_space(doc, j)
    if k < len(doc) and normalize(tokens_of(doc).texts[k]) == IN_PLACE:
        k = skip_space(doc, k + 1)
        return places.get(k) or _place_headed_at(doc, places, k)[0] or place   # "في Y", "في مدينة Y"
    return place


def _groups_in_a_named_place(groups: list[_GroupMention], mentions: list[_GroupMention], doc: Doc | None) -> None:
    """"حذر من أن المسلمين في X سيدفعون الثمن", "اتهم ساسة في X": a group noun right before في and a place the text
    names is that place's group; the phrase through the place names them too, beside the noun alone."""
    places = {m.i: m for m in mentions if m.type == "Place"}
    if doc is None or not places:
        return   # (with no place named, no group is any place's)
    text, texts = text_of(doc), tokens_of(doc).texts   # (doc.text rebuilds the text from its tokens on every read)
    for m in groups:
        k = skip_space(doc, m.j)
        if k >= len(doc) or normalize(texts[k]) != IN_PLACE:
            continue
        k = skip_space(doc, k + 1)
        place = places.get(k) or _place_headed_at(doc, places, k)[0]
        if place is None:
            continue
        between = text[m.end:place.end]
        m.extra_forms = m.extra_forms | {f + between for f in m.extra_forms | {m.form} if f.endswith(m.form)}


# the preposition of where residents live: "سكان في حي X"
IN_PLACE = normalize("في")


def _unplaced_residents(m: _GroupMention) -> bool:
    """"وقال سكان إن": residents named by an indefinite plural alone, with no place, article or pronoun."""
    words = m.form.split()
    return kind_of(m.key) == RESIDENTS and len(words) == 1 and m.role_of is None and DESCRIBED not in m.key \
        and not normalize(words[0]).startswith("ال") and not m.possessed


def _residents_of_elsewhere(groups: list[_GroupMention]) -> None:
    """"دعا رئيس البلدية سكان المدينة إلى ... وفي مدينة أخرى قال سكان إن": residents named by an indefinite plural
    alone are those of wherever the story has moved, no residents named before (none of the place named before
    them, nor "السكان" addressed earlier): a referent of their own; "السكان" right after them names them again."""
    last: _GroupMention | None = None
    for m in sorted(groups, key=BY_FIRST_TOKEN):
        if kind_of(m.key) != RESIDENTS:
            continue
        words = m.form.split()
        if last is not None and DESCRIBED in last.key and len(words) == 1 and m.role_of is None \
                and normalize(words[0]).startswith("ال"):
            m.key = last.key   # "قال سكان ... وأضاف السكان"
        last = m


def _citizens_of_the_one_people(groups: list[_GroupMention]) -> None:
    """"خرج آلاف المواطنين إلى الشوارع ... ودعا الشعب السوداني إلى": citizens named with no country, in an article
    that names one people (of one country, or of none), are that people named again, one referent; with citizens
    of a country named ("مواطنون مغاربة"), peoples of several, foreign citizens or all of them one by one ("جميع
    المواطنين"), they stay their own. So do citizens the article names by an indefinite plural ("عبر مواطنون عن
    ارتياحهم", "احتجزت الشرطة رعايا من بلدان أخرى"): some persons met in one street or one police report, not the nation."""
    peoples = {m.key for m in groups if kind_of(m.key) == NATION and DESCRIBED not in m.key}
    citizens = [m for m in groups if kind_of(m.key) in NATIONALS]
    if len(peoples) != 1 or any("@" in m.key or DESCRIBED in m.key or _a_crowd(m) for m in citizens):
        return
    key = next(iter(peoples))
    for m in citizens:
        if not any(normalize(w) in FOREIGN for w in m.form.split()[1:]) and not _quantified_as_all(m):
            m.key = key


def _a_crowd(m: _GroupMention) -> bool:
    """"مواطنون", "رعايا من بلدان أخرى": citizens named by an indefinite plural alone, no article, owner or pronoun."""
    words = m.form.split()
    return len(words) == 1 and not normalize(words[0]).startswith("ال") and not m.possessed and not m.role_of


def _quantified_as_all(m: _GroupMention) -> bool:
    """"جميع المواطنين", "كل المواطنين": every one of them, whom a call addresses one by one, not the people acting."""
    return any(f.endswith(m.form) and len(f) > len(m.form) and normalize(f.split()[0]) in QUANTIFIERS
               for f in m.extra_forms)


# quantifiers of all before a group noun (function_words.tsv quantifier)
QUANTIFIERS = lexicon.function_words().quantifier


# the voters of an election article, and "the people" its winners thank and its losers invoke
VOTERS = "voters"


def _the_people_who_vote(groups: list[_GroupMention]) -> None:
    """"شكر الرئيس الناخبين ... وقال إن الشعب قال كلمته": in an article that names one body of voters (in the
    plural, "الناخبين"), "the people" of their country, or of none, are those voters named again, as winners and
    losers of the vote name them: one referent, keyed by the voters with the country the people have, with the
    nationality's plural where the people's noun names them too; the people of another country, or of several, stay
    their own."""
    voters = {m.key for m in groups if kind_of(m.key) == VOTERS}
    plural = any(kind_of(m.key) == VOTERS and normalize(m.form.split()[0]).endswith(SOUND_PLURAL_ENDINGS) for m in groups)
    if len(voters) != 1 or not plural or DESCRIBED in (key := next(iter(voters))):
        return
    country = key.split("@", 1)[1] if "@" in key else None
    peoples = {m.key.split("@", 1)[1] for m in groups if kind_of(m.key) == NATION and "@" in m.key}
    if country is None and len(peoples) > 1:
        return   # the peoples of several countries: no one of them votes here
    country = country or next(iter(peoples), None)
    joined = f"group:{VOTERS}@{country}" if country else key
    of_theirs = [m for m in groups if kind_of(m.key) == NATION and m.key.split("@", 1)[-1] in (m.key, country)]
    # a nationality's plural ("الهولنديين") joins them only where the people are named by their noun too ("الشعب
    # الهولندي قال كلمته ... الهولنديين"): then the nation of the article is the one that voted
    named = any(_names_the_people(m.form) for m in of_theirs)
    for m in groups:
        if kind_of(m.key) == VOTERS or (m in of_theirs and named):
            m.key = joined


def _names_the_people(form: str) -> bool:
    """"الشعب", "لشعب الجزائري", "شعب البلاد": the noun of the people itself, not a nationality's plural ("الهولنديين"),
    which names the nation apart from its voters unless the noun names it too."""
    table = lexicon.groups()
    return any((row := table.get(normalize(stem))) is not None and row.kind == NATION
               for _, stem in clitic_variants(form.split()[0]))


# the opponents a pronoun says whose they are ("خصومه"), and the opposition they name again
OPPONENTS, OPPOSITION = "opponents", "opposition"


def _own_opponents_are_the_opposition(groups: list[_GroupMention]) -> None:
    """"قالت المعارضة ... ودعا الرئيس خصومه إلى الحوار": a leader's or party's opponents named by a pronoun alone
    ("خصومه", "خصومي", "أعداءها") in an article that names one opposition are that opposition named again; with
    none or several they stay a group of their own, and with an owner named ("خصوم الحكومة") they are always one."""
    oppositions = {m.key for m in groups if kind_of(m.key) == OPPOSITION}
    if len(oppositions) != 1:
        return
    key = next(iter(oppositions))
    for m in groups:
        if kind_of(m.key) == OPPONENTS and m.possessed and len(m.form.split()) == 1:
            m.key = key


def _putschists_named_before(groups: list[_GroupMention]) -> None:
    """"أعلن عسكريون استيلاءهم على السلطة ... وقال الانقلابيون": the putschists of an article that names one group
    of military men are those men named again, one referent; with none or several they stay a group of their own."""
    military = {m.key for m in groups if kind_of(m.key) == MILITARY_MEN}
    if len(military) != 1:
        return
    key = next(iter(military))
    for m in groups:
        if kind_of(m.key) == PUTSCHISTS:
            m.key = key


# the nouns news uses by turns for the perpetrators of one attack or hostage-taking, in the order their key is taken
PERPETRATOR_KINDS = ("gunmen", "attackers", "kidnappers")


def _perpetrators_named_again(groups: list[_GroupMention]) -> None:
    """"هاجم مسلحون فندقا ... وقالت الشرطة إن المهاجمين قتلوا ... وطالب الخاطفون بفدية": an article that names one
    group of gunmen, one of attackers or one of kidnappers, each with no country or description of its own, names the
    perpetrators of its one attack by turns: one referent, keyed by the first kind of PERPETRATOR_KINDS it names (the
    gunmen, whom counts and relative clauses name most); with two groups of one kind they stay apart."""
    keys: dict[str, set[str]] = defaultdict(set)   # kind -> its keys in the article
    for m in groups:
        if kind_of(m.key) in PERPETRATOR_KINDS:
            keys[kind_of(m.key)].add(m.key)
    if len(keys) < 2 or any(len(ks) != 1 or "@" in k or DESCRIBED in k for ks in keys.values() for k in ks):
        return
    key = next(iter(keys[next(kind for kind in PERPETRATOR_KINDS if kind in keys)]))
    for m in groups:
        if kind_of(m.key) in PERPETRATOR_KINDS:
            m.key = key


# the military men ("العسكريون") a coup article names, and the putschists ("الانقلابيون") it names them again as
MILITARY_MEN, PUTSCHISTS = "servicemen", "putschists"


def _describe_sources(groups: list[_GroupMention]) -> None:
    """"قال مسؤول عراقي ... وقال المسؤولون الفنيون العراقيون": unnamed sources of one kind and affiliation
    described by other words are other persons, each a group of its own labelled as the text names it; an
    indefinite source described by the same words ("مصدر أمني" twice) is the same one, and a definite one
    whose words an earlier source of its key has (or none: "الخبراء الماليون" after "خبراء ماليون كبار",
    "المصادر") refers back to the last such source."""
    seen: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)   # key -> (description, own key)
    for m in sorted(groups, key=BY_FIRST_TOKEN):
        words = _past_number(m.form.split())
        if not words or kind_of(m.key) not in DESCRIBED_KINDS:
            continue
        affiliation = m.key.split("@", 1)[1] if "@" in m.key else None
        if m.role_of and not _of_nationality(words[1:], m.role_of):
            continue   # "سكان حلب", "سكان المدينة", "مسؤولون في دارفور": the place or body named keys them
        # "محللون" and "مراقبون": analysts and observers are other persons, though of one kind
        described = _description(words if kind_of(m.key) in NOUN_DESCRIBED_KINDS else words[1:], affiliation)
        earlier = seen[m.key]
        if normalize(words[0]).startswith("ال"):
            own = next((k for d, k in reversed(earlier) if described <= d), None)
        else:
            own = next((k for d, k in earlier if d == described), None)
        if own is None:
            own = _described_key(m.key, described)
        earlier.append((described, own))
        m.key = own


def _past_number(words: list[str]) -> list[str]:
    """"ثلاثة مسؤولين أمريكيين", "أحد عشر نائبا", "ثلاثة من المسؤولين": a numbered group's words from its noun on, which the
    description reads as any source's (the number describes no one)."""
    k = 0
    while k < len(words) - 1 and _number_word(words[k]):
        k += 1
    if k and k < len(words) - 1 and normalize(words[k]) == PARTITIVE_FROM:
        k += 1   # "ثلاثة من المسؤولين"
    return words[k:]


def _number_word(word: str) -> bool:
    return word[:1].isdigit() or normalize(word) in NUMBER_WORDS or normalize(word) in COMPOUND_UNITS


def _described_key(key: str, described: frozenset[str]) -> str:
    """"group:officials@Q796" described as technical -> "group:officials~فني@Q796": the words of a
    description (none: the key itself) sorted, so that one description gives one key."""
    if not described:
        return key
    base, at, affiliation = key.partition("@")
    return f"{base}{DESCRIBED}{'_'.join(sorted(described))}{at}{affiliation}"


def _of_nationality(words: list[str], country: str) -> bool:
    """Is one of the words a nationality adjective of the country ("العراقيون" of Iraq)?"""
    nisba = lexicon.nisba_to_country()
    return any(nisba.get(normalize(stem)) == country for w in words for _, stem in clitic_variants(w))


# endings of an adjective's number, gender and case, longest first, each with what stays of it:
# "الفنيين", "فنيون", "أمنية", "رفيعا" are one word of a description
DESCRIPTION_ENDINGS = (("يين", "ي"), ("يون", "ي"), ("يه", "ي"), ("ين", ""), ("ون", ""), ("ات", ""), ("ه", ""), ("ا", ""))


def _description(words: list[str], affiliation: str | None) -> frozenset[str]:
    """The words that describe an unnamed source beyond its noun and the nationality of its affiliation
    (which its key has already), each without its article and inflection."""
    out = set()
    for w in words:
        if affiliation and _of_nationality([w], affiliation):
            continue
        norm = normalize(w)
        norm = without_article(norm)
        for ending, rest in DESCRIPTION_ENDINGS:
            if norm.endswith(ending) and len(norm) - len(ending) >= 3:
                norm = norm[: -len(ending)] + rest
                break
        out.add(norm)
    return frozenset(out)


def _bare_noun(word: str) -> str:
    """"المقاتلون", "مقاتلي", "العصابات" -> the noun as one key: no article, a sound plural in ـين."""
    norm = normalize(word)
    norm = norm[2:] if norm.startswith("ال") else norm
    if norm.endswith("ون"):
        return norm[:-2] + "ين"
    return norm + "ن" if norm.endswith("ي") and norm + "ن" in lexicon.groups() else norm


def _group_noun_before(doc: Doc, i: int, name: str) -> str | None:
    """The group noun right before the body's name at token i that names its members, as _bare_noun
    keys it: in construct, without the article ("مسلحي الحوثي", "لمقاتلي الحركة"), or with it before a
    name that is a relative adjective ("العناصر الحوثية"); None for any other word before, such as the
    subject of a verb before its object ("واتهم المتظاهرون الحكومة")."""
    p = prev_word(doc, i)
    if p is None:
        return None
    adjective = normalize(name).endswith(RELATIVE_ADJECTIVE_ENDINGS) and " " not in name
    table = lexicon.groups()
    for _, stem in clitic_variants(doc[p].text):
        bare = _bare_noun(stem)
        if (bare in table or "ال" + bare in table) and normalize(stem).startswith("ال") == adjective:
            return bare
    return None


# fighters and followers, who act as their body does; not its employees ("لموظفي الحكومة ... الموظفين"), who
# are persons of their own
MEMBER_KINDS = frozenset({"armed_groups", "gunmen", "militants", "foreign_fighters", "soldiers", "troops", "forces",
                          "servicemen", "rebels", "putschists", "insurgents", "extremists", "terrorists", "supporters"})
# a body's one-word name that is a relative adjective, as a movement's followers are named: "الحوثية", "الحوثيين"
RELATIVE_ADJECTIVE_ENDINGS = ("يه", "يين", "يون")


def _refer_back_to_bodies(mentions: list[_GroupMention], doc: Doc | None) -> None:
    """"مسلحو الحوثي ... مواقع المسلحين", "مقاتلو الحركة ... المقاتلون": a later one-word definite group
    noun that named the members of one known body before it (the noun in construct with the body's name
    or heading it) names that body again, not a group of its own; with two such bodies before it, it
    stays a group."""
    heads: dict[str, set[str]] = defaultdict(set)   # group noun -> keys of the bodies named with it so far
    for m in sorted(mentions, key=BY_FIRST_TOKEN):
        words = m.form.split()
        if m.type == "Organization" and m.key:
            if len(words) > 1:
                heads[_bare_noun(words[0])].add(m.key)
            if doc is not None and (noun := _group_noun_before(doc, m.i, m.form)):
                heads[noun].add(m.key)
        elif m.type == "Group" and len(words) == 1 and normalize(words[0]).startswith("ال") \
                and m.key and kind_of(m.key) in MEMBER_KINDS \
                and len(bodies := heads.get(_bare_noun(words[0]), set())) == 1:
            m.type, m.key, m.role_of = "Organization", next(iter(bodies)), None


# members named in construct with the noun of their institution ("عناصر الشرطة"), and the institution's key
INSTITUTION_OF_MEMBERS = {"police_officers": "org:police"}


def _members_named_by_their_institution(mentions: list[_GroupMention]) -> None:
    """"قالت الشرطة الوطنية ... وأعلن أن عناصر الشرطة حرروا الرهائن": members named in construct with the noun
    of their institution, in an article that names that institution as one body, are the body acting (its noun
    ends the group's phrase); with no such body, or several, they stay a group."""
    bodies: dict[str, set[str]] = defaultdict(set)     # institution key -> keys of its bodies in the article
    nouns: dict[str, set[str]] = defaultdict(set)      # institution key -> its nouns as the article writes them
    for m in mentions:
        if m.type == "Organization" and m.key:
            root = m.key.split("@", 1)[0].split("/", 1)[0]
            if root in INSTITUTION_OF_MEMBERS.values():
                bodies[root].add(m.key)
                nouns[root].add(normalize(m.form.split()[0]))
    for m in mentions:
        root = INSTITUTION_OF_MEMBERS.get(kind_of(m.key or "")) if m.type == "Group" else None
        words = m.form.split()
        if root and len(bodies[root]) == 1 and len(words) == 2 and normalize(words[-1]) in nouns[root]:
            m.type, m.key, m.role_of = "Organization", next(iter(bodies[root])), None


# the kin of the persons a story is about, named by other nouns of kinship than "families": relatives ("أقارب
# الضحايا"), parents ("آباء الطلاب")
KIN_KINDS = frozenset({"relatives", "parents"})
FAMILIES = "families"


def _kin_of_the_families(groups: list[_GroupMention]) -> None:
    """"طالبت أسر الضحايا بـ ... وقال أحد أقارب الضحايا": relatives or parents in an article that names one group of
    families are those families named by another noun of kinship (news names the bereaved or the parents of a story
    so, one collective), one referent; with no families named, or families of several owners, they stay their own."""
    families = {m.key for m in groups if kind_of(m.key) == FAMILIES and DESCRIBED not in m.key}
    if len(families) != 1:
        return
    key = next(iter(families))
    for m in groups:
        if kind_of(m.key) in KIN_KINDS and DESCRIBED not in m.key:
            m.key = key


# unnamed sources of several persons that speak for the body they are in ("مسؤولون في الوزارة X", "قياديون في حزب X",
# "مصادر في الحزب X"), as one official in it does
BODY_SOURCE_KINDS = frozenset({"officials", "sources", "leaders", "lawmakers"})


def _sources_in_a_body_speak_for_it(mentions: list[_GroupMention]) -> None:
    """"وقال مسؤولون في وزارة الخارجية X إن", "نقلت الصحيفة عن قياديين في حزب X قولهم": unnamed officials, sources,
    leaders or lawmakers tied to a known body the article names (no country: "مسؤولون عراقيون" stay a group) are
    that body speaking, one mention of it, as a single official in it is; their phrase is a description of the body,
    no name of it."""
    known = lexicon.entity_by_key()
    bodies = {m.key for m in mentions if m.type == "Organization" and m.key}
    for m in mentions:
        body = m.role_of is not None and (m.role_of in bodies or getattr(known.get(m.role_of), "type", None) == "Organization")
        if m.type == "Group" and m.key and kind_of(m.key) in BODY_SOURCE_KINDS and body and not m.possessed:
            m.type, m.key, m.role_of = "Organization", m.role_of, None
            m.described, m.extra_forms = True, set()
        elif m.type == "Group" and m.key and kind_of(m.key) == STATE_OFFICIALS_KIND and _officials_in_a_country(m):
            m.type, m.key, m.role_of = "Place", m.role_of, None
            m.described, m.extra_forms = True, set()


# officials "in" a country or its capital ("مسؤولون في البلد X", "مسؤولون في عاصمته"): its state speaking, as its
# government would, the place named for it; not officials of a nationality ("مسؤولون عراقيون"), a group of
# persons, nor officials in a province or town ("مسؤولون في الإقليم X")
STATE_OFFICIALS_KIND = "officials"
STATE_PLACE_KINDS = frozenset({"country", "capital"})


def _officials_in_a_country(m: _GroupMention) -> bool:
    """Is the officials' phrase the noun, في and a country or capital the lexicon knows (their affiliation)?"""
    words = m.form.split()
    place = lexicon.entity_by_key().get(m.role_of or "")
    state = m.role_of in countries() or getattr(place, "kind", None) in STATE_PLACE_KINDS
    return not m.possessed and state and len(words) > 2 and normalize(words[1]) == "في"


def _of_several_countries(form: str) -> bool:
    """"مسؤولون سوريون وأتراك": nationalities of two countries or more, which no one affiliation sums up (the
    mention has none of its own), nor the one its kind has elsewhere in the text."""
    nisba = lexicon.nisba_to_country()
    countries = {nisba[n] for w in form.split()[1:] for n in (normalize(stem) for _, stem in clitic_variants(w))
                 if n in nisba}
    return len(countries) > 1


def _refer_back(groups: list[_GroupMention]) -> None:
    """"المواطنين الأجانب المختطفين ... البحث عن المختطفين": a later one-word definite group mention that is
    an adjective of an earlier group mention's phrase names that group again, and takes its key; not a
    nationality, which names a people."""
    earlier: list[_GroupMention] = []
    for m in sorted(groups, key=BY_FIRST_TOKEN):
        words = m.form.split()
        # a nationality alone ("العراقيين" after "العلماء العراقيين") names the people, and a relative adjective
        # alone ("السياسيين" after "المعتقلين السياسيين") names persons of its own: groups of their own
        word = normalize(words[0]) if words else ""
        if len(words) == 1 and m.role_of and kind_of(m.key) == NATION:
            # "المواطنين الفرنسيين ... إجلاء الفرنسيين": the nationality alone after citizens of that
            # country names those citizens again, not the whole people
            citizens = next((p for p in reversed(earlier) if kind_of(p.key) in NATIONALS
                             and p.key.endswith("@" + m.role_of)), None)
            if citizens is not None:
                m.key = citizens.key
                continue
        if len(words) == 1 and word.startswith("ال") and m.role_of is None \
                and not word.endswith(RELATIVE_PLURAL_ENDINGS):
            # the adjective with or without the article: "مسلحون متشددون ... المتشددون"
            antecedent = next((p for p in reversed(earlier)
                               if p.key != m.key and word in _adjectives_of(p.form)), None)
            if antecedent is not None:
                m.key = antecedent.key
                continue
        earlier.append(m)


def _adjectives_of(form: str) -> set[str]:
    """The words after a group's noun that a later one-word mention may repeat as its adjective, each with the
    article: as they stand after a definite noun, with the article added after an indefinite one ("مسلحون متشددون
    ... المتشددون"). After an indefinite noun a definite word completes it in the construct ("أنصار المعارضة"), no
    adjective: a later mention of it names the complement, not the group."""
    head, *rest = form.split()
    # a noun with a possessive pronoun ("مواطنينا المختطفين") is definite too; the raw ending, before ة reads as ه
    definite = normalize(head).startswith("ال") or head.endswith(POSSESSIVE_SUFFIXES)
    return {normalize(w) if definite else "ال" + normalize(w) for w in rest
            if definite or not normalize(w).startswith("ال")}


# the kind of a nationality alone ("العراقيين"), and the kinds of a country's nationals it may name again
NATION, NATIONALS = "people", frozenset({"citizens"})


# A group the article names this often is one of its actors, though no statement the stages find takes it
# (the workers a strike story follows, the judges a court story names again and again): named in passing, a group
# is named once or twice
RECURRING_MENTIONS = 3
# casualties, counted again and again as the toll rises ("القتلى", "الجرحى"), are what a story reports, no actor
COUNTED_KINDS = frozenset({"victims"})


def recurring_group(kind: str | None, mentions: int) -> bool:
    """Is a group of this kind, named this many times in its article, an actor the article keeps?"""
    return mentions >= RECURRING_MENTIONS and kind not in COUNTED_KINDS


def article_scope(doc_id: str) -> str:
    """A readable, collision-free suffix for what belongs to one article."""
    return f"{slug(doc_id)}_{hashlib.sha1(doc_id.encode()).hexdigest()[:6]}"


def needs_article_scope(key: str) -> bool:
    """Groups with no affiliation, institutions named without their country ("الحكومة"), and bodies named only by
    a class noun ("المكتب الإعلامي")."""
    return (key.startswith("group:") and "@" not in key) or key in GENERIC_INSTITUTIONS or is_unnamed_body(key)

