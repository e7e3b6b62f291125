"""Which unnamed collective actors matter for who-said-what-about-whom, and which referent each is.

A group is kept only when a statement involves it (as speaker, target or intermediary). Actors of
political conflict (CORE_GROUP_KINDS, political camps such as Islamists and moderates among them) may be
targets wherever what was said names them; other groups
(victims, workers, leaders, citizens ...) only as the addressee a call or accusation opens with.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Protocol

from .. import lexicon
from ..text import clitic_variants, normalize, slug
from .mentions.base import RELATIVE_PLURAL_ENDINGS

CORE_GROUP_KINDS = frozenset({
    "protesters", "rioters", "looters", "security_forces", "police_officers", "servicemen", "soldiers",
    "troops", "peacekeepers", "terrorists", "armed_groups", "gunmen", "attackers", "rebels", "insurgents",
    "militants", "foreign_fighters", "extremists", "separatists", "opposition", "activists", "authorities",
    "people", "international_community", "world_powers", "civilians", "refugees", "displaced", "migrants", "settlers",
    "hostages", "minorities", "kidnappers", "opponents", "islamists", "moderates", "smugglers", "pirates",
    "criminals", "zionists", "country_blocs", "public", "europeans", "westerners", "arabs", "africans"})


# adjectives that tie a group to no one country: "الأجانب"
FOREIGN = lexicon.function_words().foreign


class _GroupMention(Protocol):
    i: int              # first token: the mentions are read in text order
    type: str
    key: str | None
    role_of: str | None
    form: str


# An unnamed group is a referent of its own article, or of the one country the text ties it to
# ("قوات الأمن الكينية"): never one entity per kind for a whole corpus. Keys:
#   group:<kind>            in one document, before the corpus step scopes it to its article
#   group:<kind>@<country>  tied to a country: one referent across articles
#   group:<kind>/<article>  after the corpus step: the group of one article


def kind_of(key: str) -> str:
    """"group:security_forces@Q232" -> "security_forces"."""
    return key.split(":", 1)[-1].split("@", 1)[0].split("/", 1)[0]


def assign_group_keys(mentions: list[_GroupMention]) -> None:
    """Key the group mentions of one document by kind and stated affiliation; a mention with no
    affiliation takes the one affiliation its kind has elsewhere in the document, unless an adjective
    ties it to no one country ("المواطنين الأجانب" beside "المواطنين الإيطاليين")."""
    affiliations: dict[str, set[str]] = defaultdict(set)
    groups = [m for m in mentions if m.type == "Group" and m.key and m.key.startswith("group:")]
    for m in groups:
        if m.role_of:
            affiliations[kind_of(m.key)].add(m.role_of)
    for m in groups:
        kind = kind_of(m.key)
        only = affiliations[kind]
        foreign = any(normalize(w) in FOREIGN for w in m.form.split()[1:]) or _of_several_countries(m.form)
        affiliation = m.role_of or (next(iter(only)) if len(only) == 1 and not foreign else None)
        m.key = f"group:{kind}@{affiliation}" if affiliation else f"group:{kind}"
    _refer_back(groups)


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
    for m in sorted(groups, key=lambda m: m.i):
        words = m.form.split()
        # a nationality alone ("العراقيين" after "العلماء العراقيين") names the people, and a relative adjective
        # alone ("السياسيين" after "المعتقلين السياسيين") names persons of its own: groups of their own
        word = normalize(words[0]) if words else ""
        if len(words) == 1 and word.startswith("ال") and m.role_of is None \
                and not word.endswith(RELATIVE_PLURAL_ENDINGS):
            antecedent = next((p for p in reversed(earlier)
                               if p.key != m.key and word in {normalize(w) for w in p.form.split()[1:]}), None)
            if antecedent is not None:
                m.key = antecedent.key
                continue
        earlier.append(m)


def article_scope(doc_id: str) -> str:
    """A readable, collision-free suffix for what belongs to one article."""
    return f"{slug(doc_id)}_{hashlib.sha1(doc_id.encode()).hexdigest()[:6]}"


def needs_article_scope(key: str) -> bool:
    """Groups with no affiliation, and institutions named without their country ("الحكومة")."""
    return (key.startswith("group:") and "@" not in key) or key in GENERIC_INSTITUTIONS


# institutions named without their country ("الحكومة", "الشرطة", "الجيش", "البرلمان") have generic keys
GENERIC_INSTITUTIONS = ("org:government", "org:police", "org:army", "org:parliament")
