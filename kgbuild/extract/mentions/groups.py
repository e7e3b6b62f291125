"""Unnamed collective actors: plural human nouns, nationals, collectives, unnamed sources, with what
belongs to the noun (adjectives in its case, numerals, nationality, construct complement)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import OPEN_QUOTES, text_of, is_arabic_word, is_function_word, prev_word, tokens_of
from .base import (PLACE_HEADS, PLURAL_ENDINGS, RELATIVE_PLURAL_ENDINGS, Candidate, known_entity_at, longest_match, match_title,
                   nisba_country, skip_space, span_chars, surface_form, table_firsts, token_infos, TokenInfo)
from .sources import agent_subjects, source_subjects
from .spans import ADJUNCTS, GROUP_MODIFIERS, construct_complement, group_modifiers, site_in_place

_GROUP_STARTS: dict[tuple[int, int], tuple[object, object, frozenset[str]]] = {}


def _group_starts(table: dict, nisba: dict) -> frozenset[str]:
    """Every reading at which one of group_candidates' matchers may hit, so that the scan skips the
    other tokens without trying the matchers one by one: a phrase's first word (longest_match,
    _lam_construct_match), a noun with the accusative's ا, the dual of a sound plural, a noun with a
    possessive pronoun, a collective head with or without the article, a definite nationality."""
    cached = _GROUP_STARTS.get((id(table), id(nisba)))
    if cached is None or cached[0] is not table or cached[1] is not nisba:
        starts = set(table_firsts(table))
        starts.update(noun + "ا" for noun in table)
        starts.update(noun[:-2] + "ان" for noun in table if noun.endswith("ون"))
        starts.update(noun[:-1] for noun in table if noun.endswith(("ون", "ين")))   # the construct: "ناخبي"
        for noun in table:
            for suffix in POSSESSIVE_SUFFIXES:
                starts.add(noun + suffix)
                if noun.endswith(("ون", "ين")):
                    starts.add(noun[:-1] + suffix)  # "مواطني" + "نا": the ن goes before a pronoun
        starts.update(COLLECTIVE_HEADS)
        starts.update(PEOPLE_OF)
        starts.update(PUBLIC_NOUNS)
        starts.update(PLURAL_TITLES)
        starts.update("ال" + title for title in PLURAL_TITLES)
        starts.update("ال" + head for head in COLLECTIVE_HEADS)
        starts.update(norm for norm in nisba if norm.startswith("ال"))
        cached = _GROUP_STARTS[(id(table), id(nisba))] = (table, nisba, frozenset(starts))
    return cached[2]


def _group_positions(info: list[TokenInfo], starts: frozenset[str]) -> list[int]:
    """positions for groups; a reading that is empty or of several words may start a phrase
    _lam_construct_match joins, whatever its first word."""
    return [i for i, inf in enumerate(info) if inf.odd or not inf.norms.isdisjoint(starts)]


def group_candidates(doc: Doc) -> list[Candidate]:
    """Every unnamed group of the text: plural human nouns of groups.tsv in any of their forms (with what
    belongs to them after), nationals, collectives, people of a place, and unnamed sources and agents as
    speakers; persons counted, members of a body and words of a body's name are none."""
    table = lexicon.groups()
    toks, info = tokens_of(doc), token_infos(doc)
    starts = _group_starts(table, lexicon.nisba_to_country())
    out = []
    for i in _group_positions(info, starts):
        if info[i].blocks or not toks.arabic[i]:
            continue
        readings = info[i].readings
        possessed = construct = None
        hit = _lam_construct_match(doc, i, table) or longest_match(doc, i, table, 4) \
            or _accusative_match(readings, table) or _dual_match(readings, table) \
            or (possessed := _possessed_match(readings, table)) or (construct := _construct_match(doc, i, readings, table))
        if hit is None:
            out += _collective(doc, i) + _nationals(doc, i) + _people_of_a_place(doc, i) + _titled_nationals(doc, i) \
                + _public(doc, i)
            continue
        n, norm, surface, cl = hit
        if table[norm].kind in REGIONAL_PEOPLES and _adjective_of_noun_before(doc, i):
            continue   # "نظرائه الأوروبيين": the adjective of the noun before it, as a nationality would be
        if (movement := _members_of_a_movement(doc, i, n, surface)) is not None:
            out += movement   # "مسلحي الحوثي", "العناصر الحوثية": the movement is the actor
            continue
        if _after_masdar_governor(doc, i) or _counted(doc, i) or _members_of_a_body(doc, i, n, surface) or _completes_a_body_name(doc, i, surface) \
                or (table[norm].kind not in SOURCE_KINDS and _drawn_from_a_body(doc, i + n)):
            continue
        j = i + n
        broken = possessed is None and construct is None and _indefinite_broken_plural(surface, n)
        place = known_entity_at(doc, skip_space(doc, j), ("Place",)) if construct or broken else None
        if place:
            j = place[0]   # "ناخبي بوليفيا", "سكان غزة": the voters of a known place are tied to it
        elif normalize(surface).endswith("و") or construct:
            j = construct_complement(doc, _chained_noun(doc, j))  # "مفاوضو البلدين", "ناخبي المحافظة": the construct's complement
        elif broken and _definite_complement(doc, j):
            construct = surface   # "سكان المخيم", "قوات النظام": the definite word after an indefinite head is its complement
            j = construct_complement(doc, j)
        elif broken and (link := _noun_link(doc, j)) is not None:
            construct = surface   # "خبراء سوق النفط": a chain of two nouns completes the head
            j = construct_complement(doc, link)
        j, affiliation = group_modifiers(doc, j, surface, definite=possessed is not None or construct is not None)
        affiliation = affiliation or (place[1] if place else None)
        nxt = skip_space(doc, j)
        if not affiliation and table[norm].kind in SOURCE_KINDS and nxt < len(doc) \
                and normalize(doc[nxt].text) in AFFILIATING:
            # "مسؤولون في دارفور", "قادة في حزب العمال": unnamed sources tied to a known place or body,
            # or to a site in a known place ("مصادر في مستشفى بالمدينة")
            q = skip_space(doc, nxt + 1)
            known = known_entity_at(doc, q, ("Place", "Organization")) or site_in_place(doc, q)
            if known:
                j, affiliation = known
        s, e = span_chars(doc, i, j, cl)
        form = clean_surface(surface + text_of(doc)[doc[i + n - 1].idx + len(doc[i + n - 1].text):e])
        kind = table[norm].kind
        if possessed and j > i + 1:
            # "سلطاتنا الأمنية" is "السلطات الأمنية" with a pronoun: the kind of the definite phrase
            definite = " ".join(["ال" + norm] + [normalize(w) for w in form.split()[1:]])
            kind = table[definite].kind if definite in table else kind
        if kind == UNSPECIFIED_FORCES and (affiliation or possessed or (construct and j > i + n)
                                           or any(nisba_country(doc, q) for q in range(i + n, j))):
            # "القوات العراقية", "قواتنا", "قوات النظام", "قوات أمريكية عراقية": forces of a country (or of
            # several) or of an owner are their troops
            kind = TIED_FORCES
        out.append(Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind, role_of=affiliation,
                             possessed=possessed is not None))
    taken = {c.i for c in out}
    return out + source_subjects(doc) + [c for c in agent_subjects(doc) if c.i not in taken]


def _indefinite_broken_plural(surface: str, n: int) -> bool:
    """"سكان", "قوات", "حلفاء": a one-word group noun without the article that is no sound masculine
    plural (whose construct drops its ن and is read by _construct_match)."""
    norm = normalize(surface)
    return n == 1 and not norm.startswith("ال") and not norm.endswith(PLURAL_ENDINGS[:2])


def _chained_noun(doc: Doc, j: int) -> int:
    """"مسؤولو مواجهة الكوارث": an indefinite feminine noun with a definite word after it is the first link
    of the construct's complement (a verbal noun in construct), no adjective of the group; past it, else j."""
    k = skip_space(doc, j)
    if k >= len(doc) or not is_arabic_word(doc[k]) or doc[k].text.startswith(("ال", "و")) \
            or not doc[k].text.endswith("ة") or is_function_word(doc[k]):
        return j
    q = skip_space(doc, k + 1)
    return k + 1 if q < len(doc) and doc[q].text.startswith("ال") and not is_function_word(doc[q]) else j


def _noun_link(doc: Doc, j: int) -> int | None:
    """"خبراء سوق النفط", "تجار سوق الذهب": an indefinite noun right after an indefinite head, with a definite
    complement of its own after it, is the first link of the head's construct (the chain "سوق النفط"
    completes "خبراء"); past it, else None. A verb is no link ("خبراء أكدوا الاتفاق", "خبراء يرون الأمر")."""
    k = skip_space(doc, j)
    if k >= len(doc) or not is_arabic_word(doc[k]) or doc[k].text.startswith(("ال", "و")) or is_function_word(doc[k]):
        return None
    norm = normalize(doc[k].text)
    if norm in lexicon.cues() or norm.endswith("وا") or (norm[:1] in "يت" and norm.endswith("ون")) or is_number(doc, k) \
            or norm in lexicon.org_heads() or norm in PLACE_HEADS:
        return None   # "طلبة كلية الضباط", "سكان قرية X": the head of a body's or place's name starts a name of its own
    return k + 1 if _definite_complement(doc, k + 1) else None


def _definite_complement(doc: Doc, j: int) -> bool:
    """Is the word after j a definite noun that completes an indefinite head in the construct ("سكان
    المخيم")? An adjective would be indefinite like its head; a time word ("الأحد") or a known name
    (the subject rules read "قادة الاتحاد") is no complement."""
    k = skip_space(doc, j)
    return k < len(doc) and is_arabic_word(doc[k]) and doc[k].text.startswith("ال") \
        and not is_function_word(doc[k]) and normalize(doc[k].text) not in lexicon.cues() \
        and normalize(doc[k].text) not in ADJUNCTS \
        and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


# singular nouns of an unnamed human source and the group kind they speak as: "وقال مصدر أمني"
def _nationals(doc: Doc, i: int) -> list[Candidate]:
    """"السودانيون", "الأتراك": a definite plural nationality that modifies no noun before it names the
    people of that country ("قال السودانيون", "بين اليابانيين والكوريين")."""
    nisba = lexicon.nisba_to_country()
    reading = next(((cl, stem, norm) for cl, stem, norm in token_infos(doc)[i].readings
                    if norm.startswith("ال") and norm in nisba and _plural_nisba(norm)), None)
    if reading is None:
        return []
    p = prev_word(doc, i)
    if p is not None and (_definite(doc, p) or doc[p].like_num) and not is_function_word(doc[p]):
        return []  # "الخبراء السودانيين", "للمهندسين السودانيين": an adjective of the noun before it
    cl, stem, norm = reading
    s, e = span_chars(doc, i, i + 1, cl)
    return [Candidate(i, i + 1, s, e, clean_surface(stem), "Group", "group", key="group:people",
                      role_of=nisba[norm])]


def _adjective_of_noun_before(doc: Doc, i: int) -> bool:
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


def _titled_nationals(doc: Doc, i: int) -> list[Candidate]:
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
    return [Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind, role_of=affiliation)]


def _plural_relative_adjective(norm: str) -> bool:
    """"أوروبيون", "غربيين": a relative adjective in the sound masculine plural (of a region, "western"),
    which only persons take."""
    return norm.endswith(RELATIVE_PLURAL_ENDINGS) and len(norm) >= 6


def _people_of_a_place(doc: Doc, i: int) -> list[Candidate]:
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


def _public(doc: Doc, i: int) -> list[Candidate]:
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


def _collective(doc: Doc, i: int) -> list[Candidate]:
    """"القوى المتشددة", "جماعات انفصالية": a collective noun that an adjective makes a group; of the
    kind the adjective's plural names ("الانفصالية" -> "الانفصاليون"), else of the noun's own kind."""
    reading = next(((cl, stem) for cl, stem, norm in token_infos(doc)[i].readings
                    if (norm[2:] if norm.startswith("ال") else norm) in COLLECTIVE_HEADS), None)
    if reading is None:
        return []
    k = skip_space(doc, i + 1)
    if k >= len(doc) or not is_arabic_word(doc[k]) or nisba_country(doc, k):
        return []
    cl, stem = reading
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
                COLLECTIVE_HEADS[head[2:] if head.startswith("ال") else head])
    s, e = span_chars(doc, i, j, cl)
    form = surface_form(doc, i, j, stem)
    return [Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind, role_of=affiliation)]


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


def _after_masdar_governor(doc: Doc, i: int) -> bool:
    """"لعدم اتباعه الإجراءات", "ضرورة معارضة": after a word whose next word is a verbal noun, a group noun's
    spelling is the verbal noun's ("following", "opposing")."""
    p = prev_word(doc, i)
    if p is None or not is_arabic_word(doc[p]):
        return False
    return any(norm in MASDAR_GOVERNORS for _, _, norm in token_infos(doc)[p].readings)


def _counted(doc: Doc, i: int) -> bool:
    """"3 جنود", "ثلاثة مسلحين", "وأربعة شرطيين": a number of persons counted (casualties, arrests),
    no actor; a number may carry و or ف ("شرطي وأربعة جنود", "شرطي و5 جنود")."""
    p = prev_word(doc, i)
    if p is not None and normalize(doc[p].text) == PARTITIVE_FROM:
        # "300 من مواطني البلدة": a figure of the persons among them, no actor
        pp = prev_word(doc, p)
        return pp is not None and (doc[pp].like_num or normalize(doc[pp].text).isdigit())
    if p is None or doc[i].text.startswith("ال"):
        return False
    return is_number(doc, p)


def is_number(doc: Doc, k: int) -> bool:
    """Token k is a number, in figures or in words, also with و or ف before it ("و5", "وأربعة")."""
    toks = tokens_of(doc)   # asked at many tokens: not doc[k], which builds a Token
    word = normalize(toks.texts[k])
    bare = word[1:] if word[:1] in "وف" else word
    return toks.like_num[k] or bare.isdigit() or word in NUMBER_WORDS or bare in NUMBER_WORDS


def _completes_a_body_name(doc: Doc, i: int, surface: str, reach: int = 2) -> bool:
    """"نقابة الصحفيين", "كلية الضباط", "مجلس حكماء المسلمين": a definite group noun in the construct
    after an organization's head noun (one more noun may stand between), also in quote marks, completes
    the body's name."""
    if not surface.startswith("ال"):
        return False
    p = i
    # "وتجمع المحتجون": a nominative sound plural is no genitive complement of a head noun; the word before
    # is a verb and the group its subject (a name in quote marks, "جماعة «المتطوعون»", keeps any case)
    nominative = normalize(surface).endswith(PLURAL_ENDINGS[0])
    for step in range(reach):
        p = prev_word(doc, p)
        if step == 0 and p is not None and doc[p].text in OPEN_QUOTES:
            p = prev_word(doc, p)   # "جماعة «المهاجرون»": a body's name in quote marks after its head
            nominative = False
        elif step == 0 and nominative:
            return False
        if p is None or not is_arabic_word(doc[p]) or is_function_word(doc[p]):
            return False
        norm = normalize(doc[p].text)
        bare = norm[1:] if norm[:1] in "وفلب" else norm
        if bare.startswith("ال"):
            return False   # "نصحت السفارة المسافرين": a definite word before is no construct head
        if norm in lexicon.org_heads() or bare in lexicon.org_heads():
            return True
    return False


def _members_of_a_body(doc: Doc, i: int, n: int, surface: str) -> bool:
    """"قادة الاتحاد الأفريقي", "حراس رئيس الوزراء", "زعماء فرنسا": persons in construct with a known body or a
    title holder (holders of a plural title also with a known country) act for them; the body, person or country
    is the actor, not a group of its own."""
    if n != 1 or surface.startswith("ال"):
        return False
    k = skip_space(doc, i + 1)
    if normalize(surface).endswith(PLURAL_ENDINGS[:2]) and not (k < len(doc) and doc[k].text.startswith(("ب", "ل"))):
        # "واتهم معارضون الحكومة": a sound plural that keeps its ن is in no construct, the body after it is
        # its verb's object; members of a body take it with a preposition ("مسؤولين بالوزارة")
        return False
    # "قادة الصين": the holders of a plural title speak for the country after it, as its leaders
    types = ("Organization", "Person", "Place") if normalize(surface) in PLURAL_TITLES else ("Organization", "Person")
    return k < len(doc) and (known_entity_at(doc, k, types) is not None or match_title(doc, k) is not None)


def _members_of_a_movement(doc: Doc, i: int, n: int, surface: str) -> list[Candidate] | None:
    """"العناصر الحوثية", "المسلحون الحوثيون": a definite group noun whose adjective, in its case, is a known
    body's name (found by the gazetteer) names that body's members; "مسلحي الحوثي": an indefinite one in
    construct with the eponym whose followers' plural names a known body ("الحوثي" -> "الحوثيين") names
    them too. The body is the actor: no group (for the eponym, the body's mention); None otherwise."""
    k = skip_space(doc, i + n)
    if k >= len(doc) or not is_arabic_word(doc[k]) or not doc[k].text.startswith("ال") or is_function_word(doc[k]):
        return None
    known = lexicon.known_entities()
    word, head = normalize(doc[k].text), normalize(surface)

    def body(form: str) -> str | None:
        ents = known.get(form)
        return ents[0].key if ents and ents[0].type == "Organization" else None

    if head.startswith("ال"):
        other_case = (head.endswith("ون") and word.endswith("ين")) or (head.endswith("ين") and word.endswith("ون"))
        return [] if word.endswith(("يه", "يين", "يون")) and body(word) and not other_case else None
    key = body(word + "ين") if n == 1 and word.endswith("ي") else None
    if key is None:
        return None
    s, e = span_chars(doc, k, k + 1, 0)
    return [Candidate(k, k + 1, s, e, clean_surface(doc[k].text), "Organization", "gazetteer", key=key)]


def _drawn_from_a_body(doc: Doc, j: int) -> bool:
    """"مقاتلين من الحركة", "عناصر من الحزب": fighters or members drawn from a known body act for
    it; the body is the actor. Unnamed sources in a body ("قادة في الحركة") speak as a group."""
    k = skip_space(doc, j)
    if k >= len(doc) or normalize(doc[k].text) != PARTITIVE_FROM:
        return False
    return known_entity_at(doc, skip_space(doc, k + 1), ("Organization",)) is not None


def _possessed_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"منتقديه", "مواطنينا", "قواتنا", "معارضوه": a plural group noun with a possessive pronoun; a
    sound plural loses its ن before it ("مواطني" + "نا")."""
    for clitic_len, stem, stem_norm in readings:
        if stem_norm.startswith("ال") or not stem_norm.endswith(POSSESSIVE_SUFFIXES) or stem.endswith("ة"):
            continue  # "مسؤولية" ends in the feminine ة, no pronoun
        for suffix in POSSESSIVE_SUFFIXES:
            bare = stem_norm[:-len(suffix)]
            if not stem_norm.endswith(suffix) or len(bare) < 3:
                continue
            if bare in OWNED_THING and suffix in ONE_THIRD_PERSON:
                continue  # "تسلم سلطاته": his powers, no authorities
            if bare in KIN_PLURALS:
                continue  # "مع أطفاله": his own family, no group of children
            for noun in (bare, bare + "ن" if bare.endswith(("و", "ي")) else None):
                if noun and noun in table and not noun.startswith("ال"):
                    return 1, noun, stem, clitic_len
    return None


def _lam_construct_match(doc: Doc, i: int, table: dict) -> tuple[int, str, str, int] | None:
    """"شرطة لمكافحة الشغب", "قوات لمكافحة الشغب": an indefinite head joined to its complement by لـ
    instead of the construct ("قوات مكافحة الشغب")."""
    info = token_infos(doc)
    k = i + 1
    if k >= len(info) or not doc[i].whitespace_ or info[i].blocks:
        return None
    second = info[k]
    if second.blocks or not second.norm.startswith("ل") or second.norm.startswith("لل") or len(second.norm) < 4:
        return None
    for clitic_len, stem, stem_norm in info[i].readings:
        if stem_norm.startswith("ال"):
            continue
        best = None
        for n in (1, 2):
            rest = [info[q].norm for q in range(k + 1, k + n) if q < len(info) and not info[q].blocks]
            phrase = " ".join([stem_norm, second.norm[1:]] + rest)
            if len(rest) == n - 1 and phrase in table:
                best = (n + 1, phrase, " ".join([stem] + [doc[q].text for q in range(k, k + n)]), clitic_len)
        if best:
            return best
    return None


def _construct_match(doc: Doc, i: int, readings: tuple[tuple[int, str, str], ...],
                     table: dict) -> tuple[int, str, str, int] | None:
    """"ناخبي المحافظة", "مواطنو البلاد", "ناخبي بوليفيا": a sound masculine plural group noun in the
    construct state (its ن dropped) before its complement, a definite word or a known place."""
    k = skip_space(doc, i + 1)
    if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]):
        return None
    if not doc[k].text.startswith("ال") and known_entity_at(doc, k, ("Place",)) is None:
        return None
    for clitic_len, stem, stem_norm in readings:
        if stem_norm.startswith("ال") or not stem_norm.endswith(("ي", "و")) or len(stem_norm) < 4:
            continue
        noun = stem_norm + "ن"
        if noun in table and noun.endswith(("ين", "ون")):
            return 1, noun, stem, clitic_len
    return None


def _dual_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"مسؤولان", "دبلوماسيان": two persons of a kind whose sound plural is a group noun."""
    for clitic_len, stem, stem_norm in readings:
        plural = stem_norm[:-2] + "ون"
        if stem_norm.endswith("ان") and len(stem_norm) >= 5 and plural in table:
            return 1, plural, stem, clitic_len
    return None


def _accusative_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"طلابا", "عمالا": an indefinite broken plural in the accusative, its tanween written as alef."""
    for clitic_len, stem, stem_norm in readings:
        bare = stem_norm[:-1]
        if stem_norm.endswith("ا") and bare in table and not bare.startswith("ال") \
                and not bare.endswith(PLURAL_ENDINGS) and len(bare) >= 3:
            return 1, bare, stem, clitic_len
    return None


# peoples of a region or a civilisation, which like nationalities are adjectives after a definite noun
REGIONAL_PEOPLES = frozenset({"europeans", "westerners", "arabs", "africans"})
# bare "القوات" and its generic adjectives ("القوات الخاصة") name no party to a conflict; tied to a country
# or owner they are its troops
UNSPECIFIED_FORCES, TIED_FORCES = "forces", "troops"
# unnamed human sources, which the text ties to a place or body with a preposition
SOURCE_KINDS = frozenset({"officials", "sources", "leaders", "residents", "witnesses", "diplomats", "experts",
                          "critics", "lawmakers", "activists"})
AFFILIATING = lexicon.function_words().affiliating
# plural nouns of collectives that name a group only with an adjective after them: "القوى المتشددة"
COLLECTIVE_HEADS = lexicon.collective_heads()
PARTITIVE_FROM = normalize("من")
# words whose next word is a verbal noun: "عدم", "ضرورة"
MASDAR_GOVERNORS = lexicon.function_words().masdar_governor
# number words that count the persons after them: "ثلاثة جنود"
NUMBER_WORDS = lexicon.function_words().number
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
# possessive pronouns attached to a noun, longest first: "قواتهم", "مواطنينا", "منتقديه"
POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
# the pronouns of one third person ("his", "her", "its"): with them some group nouns name a thing ("سلطاته")
ONE_THIRD_PERSON = frozenset({"ه", "ها"})
# group nouns that with such a pronoun name a thing of its owner, not persons: "سلطاته" (his powers)
OWNED_THING = lexicon.function_words().owned_thing
# plural nouns of kin that with any pronoun name one's family: "أطفالهم"
KIN_PLURALS = lexicon.function_words().kin_plural
