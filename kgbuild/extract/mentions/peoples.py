"""Groups named by no group noun of groups.tsv: nationals ("السودانيون"), holders of a plural title with a
nationality ("وزراء أوروبيون"), the people of a place ("أبناء سوريا"), a public ("الشارع المصري") and
collectives that an adjective or a doctrine makes a group ("القوى المتشددة", "قوى الإرهاب"); with the tests
of a nationality as an adjective of the noun before it."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize, strip_article
from ..words import is_arabic_word, is_function_word, ner_ents, prev_word, text_of
from .base import (KNOWN_NAME_REACH, PLURAL_ENDINGS, RELATIVE_PLURAL_ENDINGS, Candidate, known_entity_at, nisba_country, skip_space,
                   span_chars, surface_form, token_infos)
from .group_forms import POSSESSIVE_SUFFIXES
from .name_words import seen_or_listed_name
from .spans import GROUP_MODIFIERS, group_modifiers, stance_name_end


def nationals(doc: Doc, i: int) -> list[Candidate]:
    """"السودانيون", "الأتراك": a definite plural nationality that modifies no noun before it names the
    people of that country ("قال السودانيون", "بين اليابانيين والكوريين")."""
    nisba = lexicon.nisba_to_country()
    reading = next(((cl, stem, norm) for cl, stem, norm in token_infos(doc)[i].readings
                    if norm.startswith("ال") and norm in nisba and _plural_nisba(norm)), None)
    if reading is None:
        return []
    p = prev_word(doc, i)
    if p is not None and (_definite(doc, p) or doc[p].like_num) and not is_function_word(doc[p]) \
            and not _singular_before_plural(doc, p):
        return []  # "الخبراء السودانيين", "للمهندسين السودانيين": an adjective of the noun before it
    cl, stem, norm = reading
    s, e = span_chars(doc, i, i + 1, cl)
    return [Candidate(i, i + 1, s, e, clean_surface(stem), "Group", "group", key="group:people",
                      role_of=nisba[norm])]


def _singular_before_plural(doc: Doc, p: int) -> bool:
    """Does a person's name end at the definite word p ("دعا فلان العلاني المصريين")? A plural nationality
    after it cannot qualify him, as an adjective agrees with its noun in number: it is the object of what comes
    before, the people of its country. The name is one the NER reads, all of its words names or no function
    words (not "سعيد من أجل ..."), or a person's name the lexicon knows."""
    for start, end, label in ner_ents(doc):
        if end == p + 1 and label == "PERS":
            return all(not is_function_word(doc[k]) or seen_or_listed_name(normalize(doc[k].text))
                       for k in range(start, end))
    return any((known := known_entity_at(doc, s, ("Person",))) is not None and known[0] == p + 1
               for s in range(max(0, p - KNOWN_NAME_REACH + 1), p + 1))


def adjective_of_noun_before(doc: Doc, i: int) -> bool:
    """Does the word before i make the definite plural at i its adjective: a definite noun ("الخبراء",
    "للمهندسين"), a noun with a possessive pronoun ("نظرائه", "شركائنا") or a number?"""
    p = prev_word(doc, i)
    if p is None or is_function_word(doc[p]) or not is_arabic_word(doc[p]):
        return doc[p].like_num if p is not None else False
    return _definite(doc, p) or doc[p].text.endswith(POSSESSIVE_SUFFIXES)


def _definite(doc: Doc, k: int) -> bool:
    """Token k carries the article, also behind a glued preposition or conjunction: "الخبراء",
    "للمهندسين", "والخبراء", "بالعمال"."""
    if doc[k].text.startswith("ال"):
        return True
    return any(cl and norm.startswith("ال") and len(norm) >= 5 for cl, _, norm in token_infos(doc)[k].readings)


def titled_nationals(doc: Doc, i: int) -> list[Candidate]:
    """"وزراء أوروبيون", "سفراء غربيون", "وزراء الخارجية العرب", "السفراء الأوروبيون": a plural title with a
    nationality adjective (or the broken plural of a people: "العرب") right after it (or after its definite remit) names unnamed holders of that office of that country
    or region, officials who speak as a group (the title with a body after it, "وزراء مالية مجموعة العشرين",
    is the body's: the speaker rules read it)."""
    reading = next(((cl, stem, norm) for cl, stem, norm in token_infos(doc)[i].readings
                    if norm in PLURAL_TITLES or (norm.startswith("ال") and norm[2:] in PLURAL_TITLES)), None)
    if reading is None:
        return []
    definite_title = reading[2].startswith("ال")   # "السفراء الأوروبيون": the title with the article, no remit
    k = skip_space(doc, i + 1)
    remit = not definite_title and k < len(doc) and doc[k].text.startswith("ال") and is_arabic_word(doc[k]) \
        and not is_function_word(doc[k]) and not nisba_country(doc, k) and normalize(doc[k].text) not in PEOPLE_ADJECTIVES
    if remit:
        k = skip_space(doc, k + 1)  # "وزراء الخارجية العرب": the office's remit, then the nationality, definite
    if k >= len(doc) or not is_arabic_word(doc[k]) or doc[k].text.startswith("و") \
            or doc[k].text.startswith("ال") != (remit or definite_title) \
            or not (nisba_country(doc, k) or _plural_relative_adjective(normalize(doc[k].text))
                    or normalize(doc[k].text) in PEOPLE_ADJECTIVES):
        return []
    if definite_title and not normalize(doc[k].text).endswith(PLURAL_ENDINGS[:2]) \
            and normalize(doc[k].text) not in PEOPLE_ADJECTIVES:
        return []   # "الوزراء الفرنسي والألماني": two holders, each of a country of his own
    cl, stem, norm = reading
    people = normalize(doc[k].text) in PEOPLE_ADJECTIVES
    j, affiliation = group_modifiers(doc, k + 1 if people else k, doc[k].text)
    table = lexicon.groups()
    kind = table[norm].kind if norm in table else TITLE_HOLDERS_KIND
    s, e = span_chars(doc, i, j, cl)
    form = surface_form(doc, i, j, stem)
    # "القوى المؤيدة لأوروبا": the known name of the side the group takes names it too
    side_end = stance_name_end(doc, j)
    sided = {clean_surface(form + text_of(doc)[e:span_chars(doc, i, side_end, cl)[1]])} if side_end is not None else set()
    return [Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind, role_of=affiliation, extra_forms=sided)]


def _plural_relative_adjective(norm: str) -> bool:
    """"أوروبيون", "غربيين": a relative adjective in the sound masculine plural (of a region, "western"),
    which only persons take."""
    return norm.endswith(RELATIVE_PLURAL_ENDINGS) and len(norm) >= 6


def people_of_a_place(doc: Doc, i: int) -> list[Candidate]:
    """"أبناء سوريا", "بنات العراق": a kinship plural with a known place after it names the people of
    that place."""
    reading = next(((cl, stem) for cl, stem, norm in token_infos(doc)[i].readings if norm in PEOPLE_OF), None)
    if reading is None:
        return []
    place = known_entity_at(doc, skip_space(doc, i + 1), ("Place",))
    if place is None:
        return []
    cl, stem = reading
    j, country = place
    s, e = span_chars(doc, i, j, cl)
    form = surface_form(doc, i, j, stem)
    return [Candidate(i, j, s, e, form, "Group", "group", key="group:people", role_of=country)]


def public(doc: Doc, i: int) -> list[Candidate]:
    """"الشارع المصري", "الشارع الكردي": a public noun with a nationality or a relative adjective (of a
    sect, a region) after it names that public as a group, tied to the country of a nationality."""
    reading = next(((cl, stem) for cl, stem, norm in token_infos(doc)[i].readings if norm in PUBLIC_NOUNS), None)
    if reading is None:
        return []
    k = skip_space(doc, i + 1)
    if k >= len(doc) or not is_arabic_word(doc[k]) or not doc[k].text.startswith("ال") or is_function_word(doc[k]):
        return []
    country = nisba_country(doc, k)
    if country is None and normalize(doc[k].text) not in PUBLIC_ADJECTIVES:
        return []   # "الشارع الرئيسي": a street
    cl, stem = reading
    s, e = span_chars(doc, i, k + 1, cl)
    return [Candidate(i, k + 1, s, e, surface_form(doc, i, k + 1, stem), "Group", "group", key="group:" + PUBLIC_KIND,
                      role_of=country)]


def _plural_nisba(norm: str) -> bool:
    """"السودانيون", "السودانيين", "الأتراك": a nationality in the plural, not the singular ـي/ـية nor the
    dual ـيان ("الأميركيان": two persons, no people)."""
    return norm.endswith(PLURAL_ENDINGS[:2]) or not norm.endswith(("ي", "يه", "يان"))


def collective(doc: Doc, i: int) -> list[Candidate]:
    """"القوى المتشددة", "جماعات انفصالية": a collective noun that an adjective makes a group; of the
    kind the adjective's plural names ("الانفصالية" -> "الانفصاليون"), else of the noun's own kind."""
    reading = next(((cl, stem) for cl, stem, norm in token_infos(doc)[i].readings
                    if strip_article(norm) in COLLECTIVE_HEADS), None)
    if reading is None:
        return []
    k = skip_space(doc, i + 1)
    if k >= len(doc) or not is_arabic_word(doc[k]):
        return []
    cl, stem = reading
    if nisba_country(doc, k):
        return _collective_of_a_country(doc, i, k, cl, stem)
    if not normalize(stem).startswith("ال") and (doctrine := _doctrine_kind(doc, k)):
        # "قوى الإرهاب", "حركات الإسلام الجهادي": a collective in construct with a doctrine whose
        # followers are a group kind ("الإرهاب" -> "الإرهابيون") is a group of that kind
        j = k + 1
        q = skip_space(doc, j)
        if q < len(doc) and is_arabic_word(doc[q]) and doc[q].text.startswith("ال") and doc[q].text.endswith("ي") \
                and len(doc[q].text) >= 5 and not is_function_word(doc[q]) and normalize(doc[q].text) not in GROUP_MODIFIERS:
            j = q + 1   # the doctrine's own relative adjective: "الإسلام الجهادي"
        s, e = span_chars(doc, i, j, cl)
        return [Candidate(i, j, s, e, surface_form(doc, i, j, stem), "Group", "group", key="group:" + doctrine)]
    j, affiliation = group_modifiers(doc, i + 1, stem)
    if j == i + 1:
        return []
    adjective = normalize(doc[k].text)
    if not adjective.endswith("ه"):
        return []
    table = lexicon.groups()
    head = normalize(stem)
    kind = next((table[p].kind for p in (adjective[:-1] + "ون", adjective[:-1] + "ين") if p in table),
                COLLECTIVE_HEADS[strip_article(head)])
    kind = GROUPINGS_OF_PERSONS.get(kind, kind)   # "تيارات سياسية": political currents, no politicians
    s, e = span_chars(doc, i, j, cl)
    form = surface_form(doc, i, j, stem)
    # "القوى المؤيدة لأوروبا": the known name of the side the group takes names it too
    side_end = stance_name_end(doc, j)
    sided = {clean_surface(form + text_of(doc)[e:span_chars(doc, i, side_end, cl)[1]])} if side_end is not None else set()
    return [Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind, role_of=affiliation, extra_forms=sided)]


def _collective_of_a_country(doc: Doc, i: int, k: int, cl: int, stem: str) -> list[Candidate]:
    """"القوى العراقية", "الأحزاب الأردنية", "الأطراف السودانية": a definite collective with a definite nationality
    after it names that country's groupings of its kind, tied to the country (an indefinite one, "قوى عراقية", is
    as often a part of a list or a count: not read here)."""
    if not normalize(stem).startswith("ال") or not doc[k].text.startswith("ال"):
        return []
    j, affiliation = group_modifiers(doc, i + 1, stem)
    kind = COLLECTIVE_HEADS[strip_article(normalize(stem))]
    s, e = span_chars(doc, i, j, cl)
    return [Candidate(i, j, s, e, surface_form(doc, i, j, stem), "Group", "group",
                      key="group:" + GROUPINGS_OF_PERSONS.get(kind, kind), role_of=affiliation)]


def _doctrine_kind(doc: Doc, k: int) -> str | None:
    """The group kind of the followers of the definite noun at k, when their plural is a group noun:
    "الإرهاب" -> "الإرهابيين" (terrorists), "التكفير" -> "التكفيريين" (extremists). A known name is no
    doctrine ("جماعات الإخوان" is read as the body's)."""
    if not (doc[k].text.startswith("ال") and is_arabic_word(doc[k])) or is_function_word(doc[k]) \
            or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None:
        return None
    table = lexicon.groups()
    norm = normalize(doc[k].text)
    return next((table[p].kind for p in (norm + "يين", norm + "يون") if p in table), None)


# a collective with the adjective of a class of persons names groupings of them, of another kind than the persons:
# "تيارات سياسية", "جماعات سياسية" are political forces (as "قوى سياسية" is), not politicians
GROUPINGS_OF_PERSONS = {"politicians": "factions"}
# plural nouns of collectives that name a group only with an adjective after them: "القوى المتشددة"
COLLECTIVE_HEADS = lexicon.collective_heads()
# plural titles ("وزراء", "سفراء"): with a nationality after them, unnamed officials of that country
PLURAL_TITLES = lexicon.function_words().plural_title
# broken plurals of a people that serve as nationality adjectives: "وزراء الخارجية العرب"
PEOPLE_ADJECTIVES = lexicon.function_words().people_adjective
TITLE_HOLDERS_KIND = "officials"
# nouns that with an adjective of a people or sect name a public: "الشارع المصري"
PUBLIC_NOUNS = lexicon.function_words().public_noun
PUBLIC_ADJECTIVES = lexicon.function_words().public_adjective
PUBLIC_KIND = "public"
# kinship plurals that with a place after them name its people: "أبناء سوريا"
PEOPLE_OF = lexicon.function_words().people_of
