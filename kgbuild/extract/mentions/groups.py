"""Unnamed collective actors: plural human nouns, nationals, collectives, unnamed sources, with what
belongs to the noun (adjectives in its case, numerals, nationality, construct complement).

group_candidates scans the text; the forms of a group noun are read by group_forms, the groups named by no
group noun (nationals, publics, collectives...) by peoples, and the group nouns that name no group actor
(persons counted, members of a body...) by not_groups."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import (is_called_text, is_function_text, CALLED, prev_word, text_of, is_arabic_word, is_function_word, is_name_like_whole, tokens_of,
                     is_arabic_text, words_where)
from .base import (STATE_INSTITUTIONS, PLACE_HEADS, PLURAL_ENDINGS, Candidate, known_entity_at, longest_match,
                   nisba_country, skip_space, span_chars, table_firsts, token_info, token_infos, TokenInfo)
from .group_forms import (POSSESSIVE_SUFFIXES, accusative_match, construct_match, dual_match, lam_construct_match,
                          possessed_match)
from .not_groups import (after_masdar_governor, audience_of_a_speech, called_on, completes_a_body_name, cue_verb_before,
                         completes_a_persons_title, counted, defence_forces_of_a_state,
                         drawn_from_a_body, facet_of_a_state, inside_a_title, members_of_a_body, members_of_a_movement,
                         gang_idiom, is_number, one_voter, opposition_as_an_adjective, people_idiom, people_rhetoric, quantified_as_all, QUANTIFIERS,
                         deployed, those_responsible)
from .peoples import (COLLECTIVE_HEADS, PEOPLE_OF, PLURAL_TITLES, PUBLIC_NOUNS, adjective_of_noun_before, collective,
                      nationals, people_of_a_place, public, titled_nationals)
from .numbered import numbered_groups
from .places import heads_a_place_name
from .sources import agent_subjects, closeness_form, declining_form, source_subjects
from .spans import (ADJUNCTS, body_phrase_end, construct_complement, crowd_number_before, crowd_number_clitic, group_modifiers,
                    other_end, participle_before_preposition_end, site_in_place, stance_name_end)

_GROUP_STARTS: dict[tuple[int, int], tuple[object, object, frozenset[str]]] = {}


def _group_starts(table: dict, nisba: dict) -> frozenset[str]:
    """Every reading at which one of group_candidates' matchers may hit, so that the scan skips the
    other tokens without trying the matchers one by one: a phrase's first word (longest_match,
    lam_construct_match), a noun with the accusative's ا, the dual of a sound plural, a noun with a
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


def _may_open_group(inf: TokenInfo, starts: frozenset[str]) -> bool:
    """May a group's phrase start at a word of this TokenInfo? A reading among `starts`; or one that is empty or
    of several words, which may start a phrase lam_construct_match joins, whatever its first word."""
    return inf.odd or not inf.norms.isdisjoint(starts)


def _may_open_group_word(text: str) -> bool:
    """An Arabic word a group's phrase may start at (_may_open_group of its token_info)."""
    return is_arabic_text(text) and _may_open_group(token_info(text, False),
                                                    _group_starts(lexicon.groups(), lexicon.nisba_to_country()))


def group_candidates(doc: Doc) -> list[Candidate]:
    """Every unnamed group of the text: plural human nouns of groups.tsv in any of their forms (with what
    belongs to them after), nationals, collectives, people of a place, and unnamed sources and agents as
    speakers; persons counted, members of a body and words of a body's name are none."""
    table = lexicon.groups()
    toks, info = tokens_of(doc), token_infos(doc)
    starts = _group_starts(table, lexicon.nisba_to_country())
    out, joined = [], set()   # joined: second nouns of "محامون وصحفيون", read with the first
    # (an Arabic word is never punctuation: its token_info is the one of a word that blocks nothing)
    for i in words_where(doc, _may_open_group_word):
        if info[i].blocks or not toks.arabic[i] or i in joined:
            continue
        readings = info[i].readings
        possessed = construct = None
        hit = lam_construct_match(doc, i, table) or longest_match(doc, i, table, 4) \
            or accusative_match(readings, table) or dual_match(readings, table) \
            or (possessed := possessed_match(readings, table)) or (construct := construct_match(doc, i, readings, table))
        if hit is None:
            out += collective(doc, i) + nationals(doc, i) + people_of_a_place(doc, i) + titled_nationals(doc, i) \
                + public(doc, i)
            continue
        n, norm, surface, cl = hit
        if table[norm].kind == RULING_FAMILY and _state_body(norm):
            continue   # "العائلة المالكة": the royal house is a body of its state (organizations.tsv), no group
        if possessed is not None and audience_of_a_speech(doc, i, toks.texts[i][:cl]):
            continue   # "خطب أمام أنصاره": the speaker's own followers listening, named in passing
        if (norm in PLURAL_TITLES or (norm[:2] == "ال" and norm[2:] in PLURAL_TITLES)) \
                and (titled := titled_nationals(doc, i)):
            out += titled   # "وزراء الخارجية العرب": the holders of an office of a people or country
            continue
        if table[norm].kind in REGIONAL_PEOPLES and adjective_of_noun_before(doc, i):
            continue   # "نظرائه الأوروبيين": the adjective of the noun before it, as a nationality would be
        if table[norm].kind in OWN_PEOPLE_KINDS and possessed is None and people_idiom(doc, i):
            continue   # "النزول عند إرادة الشعب", "باسم الشعب": a fixed phrase, no people acting
        if table[norm].kind in OWN_PEOPLE_KINDS and normalize(surface).startswith("ال") and people_rhetoric(doc, i):
            continue   # "سنعيد الكلمة إلى الشعب": a leader's rhetoric, no people acting
        if table[norm].kind == VOTERS_KIND and one_voter(doc, i, surface):
            continue   # "الناخب الوطني", "الناخب محمد فلان": the team's coach, or one voter by his name
        if table[norm].kind == CRIMINALS and gang_idiom(doc, i):
            continue   # "حرب العصابات": guerrilla warfare, no gangs acting
        if those_responsible(doc, i, n):
            continue   # "محاسبة المسؤولين عن العنف": whoever did the deed, no officials
        if table[norm].kind in DEPLOYED_KINDS and deployed(doc, i):
            continue   # "نشر الجيش جنودا": what is deployed, no party acting
        if table[norm].kind == UNSPECIFIED_FORCES and defence_forces_of_a_state(doc, i, n):
            continue   # "قوات الدفاع الغانية": a state's army by the name it gives it, a body
        if (movement := members_of_a_movement(doc, i, n, surface)) is not None:
            out += movement   # "مسلحي الحوثي", "العناصر الحوثية": the movement is the actor
            continue
        if opposition_as_an_adjective(doc, i):
            continue   # "الجبهة المعارضة": the participle qualifies the body or person before it
        if after_masdar_governor(doc, i) or counted(doc, i) or completes_a_body_name(doc, i, surface) \
                or inside_a_title(doc, i) or completes_a_persons_title(doc, i, n) or facet_of_a_state(doc, i, surface) \
                or (table[norm].kind not in RELATIONAL_KINDS and members_of_a_body(doc, i, n, surface)) \
                or (table[norm].kind not in SOURCE_KINDS and drawn_from_a_body(doc, i + n)):
            continue
        j = i + n
        broken = possessed is None and construct is None and _indefinite_broken_plural(surface, n)
        # "ناخبي بوليفيا", "سكان غزة": the voters of a known place are tied to it; "أنصار حزب العمال": those
        # who stand towards a body or person in construct with it, too
        owners = ("Place", "Organization", "Person") if table[norm].kind in RELATIONAL_KINDS else ("Place",)
        place = known_entity_at(doc, skip_space(doc, j), owners) if construct or broken else None
        first_end = None   # the end of the first word of a construct complement
        named_owner = None if place or not broken or table[norm].kind not in RELATIONAL_KINDS \
            else _name_complement_end(doc, j)
        if table[norm].kind == RULING_FAMILY and n == 1 and not place and named_owner is None:
            continue   # "عائلة الضحية", "أسرة أحد الجنود": one household; a family is a group with its name only
        if table[norm].kind == RULING_FAMILY and named_owner is not None:
            # one word: a family's name ("عائلة بونغو"); a word after it is the clause's, not the name's
            named_owner = _name_complement_end(doc, j, words=1)
        if place:
            j = place[0]
        elif named_owner is not None:
            pass   # the name after the noun is a mention of its own, which the group's forms take in (owned, below)
        elif normalize(surface).endswith("و") or construct:
            first_end = construct_complement(doc, _chained_noun(doc, j), limit=1)
            j = construct_complement(doc, _chained_noun(doc, j))  # "مفاوضو البلدين", "ناخبي المحافظة": the construct's complement
        elif broken and _definite_complement(doc, j):
            construct = surface   # "سكان المخيم", "قوات النظام": the definite word after an indefinite head is its complement
            j = construct_complement(doc, j)
        elif broken and (link := _noun_link(doc, j)) is not None:
            construct = surface   # "خبراء سوق النفط": a chain of two nouns completes the head
            j = construct_complement(doc, link)
        mixed = ""   # "~activists" on a crowd of lawyers and journalists: a group of its own beside the lawyers alone
        if j == i + n and table[norm].kind not in CITED_APART_KINDS and (broken or (
                possessed is None and construct is None and n == 1 and not normalize(surface).startswith("ال"))):
            if (second := _coordinated_group_noun(doc, j, table)) is not None:
                joined.add(skip_space(doc, j))
                mixed = "~" + table[longest_match(doc, skip_space(doc, j), table, 1)[1]].kind
                j = second   # "أطباء وصيادلة غاضبون": two indefinite group nouns joined by و name one crowd
        bare_end = j if first_end is None else first_end
        # a name closes the construct: "أنصار سالازار المعارضة" is the supporters and the opposition they accuse
        j, affiliation = (j, None) if named_owner is not None \
            else group_modifiers(doc, j, surface, definite=possessed is not None or construct is not None)
        text, noun_end = text_of(doc), toks.starts[i + n - 1] + len(toks.texts[i + n - 1])   # the character after the noun
        # "صيادو الأسماك الغاضبون": the phrase without adjectives that tie it to no one names it too
        bare_form = clean_surface(surface + text[noun_end:span_chars(doc, i, bare_end, cl)[1]]) \
            if j > bare_end and not affiliation else None
        unplaced = None   # the phrase before "في <place or body>" that ties sources to it
        placed = None     # the phrase with "في <a name the lexicon does not know>"
        affiliation = affiliation or (place[1] if place else None)
        nxt = skip_space(doc, j)
        if not affiliation and table[norm].kind in PLACED_KINDS and nxt < len(doc) \
                and info[nxt].norm in AFFILIATING:
            # "مسؤولون في دارفور", "قادة في حزب العمال": unnamed sources tied to a known place or body,
            # or to a site in a known place ("مصادر في مستشفى بالمدينة")
            q = skip_space(doc, nxt + 1)
            known = known_entity_at(doc, q, ("Place", "Organization")) or site_in_place(doc, q)
            if known:
                # "دبلوماسيون أوروبيون في بروكسل": the phrase before the preposition names them too
                unplaced = clean_surface(surface + text[noun_end:span_chars(doc, i, j, cl)[1]])
                j, affiliation = known
            elif (unknown_end := _name_complement_end(doc, q, words=1)) is not None \
                    and not _definite_complement(doc, unknown_end):   # "في قطاع السياحة": a common noun, below
                # "سكان في X": a name the lexicon does not know after في is where they are, and names them with
                # the group noun as a known place would; its tokens stay the name's mention, tied to no affiliation
                placed = clean_surface(surface + text[noun_end:span_chars(doc, i, unknown_end, cl)[1]])
            elif info[nxt].norm == FROM and (community_end := _community_phrase_end(doc, q, table)) is not None:
                # "سكان من الجالية X", "نواب من الحزب الحاكم": persons from a community or body the text names by
                # its class noun are named with it too; the phrase ties them to no affiliation
                placed = clean_surface(surface + text[noun_end:span_chars(doc, i, community_end, cl)[1]])
            elif info[nxt].norm == IN \
                    and (common_end := body_phrase_end(doc, q) or _where_end(doc, q)) is not None:
                # "محللون في مصارف دولية", "أعيان في المنطقة": where unnamed sources work or live, said by the name of
                # a body the lexicon does not know ("مسؤولون في «الهيئة»", "في المجلس الأعلى للتخطيط"), a common noun
                # and its adjectives, or a definite word ("سكان في البلدة"), names them with the group noun too; the
                # phrase ties them to no one
                placed = clean_surface(surface + text[noun_end:span_chars(doc, i, common_end, cl)[1]])
        elif not affiliation and table[norm].kind not in PLACED_KINDS and nxt < len(doc) \
                and info[nxt].norm == IN and (where_end := _where_end(doc, skip_space(doc, nxt + 1))):
            # "باعة في أسواق الميناء", "المسلمين في الأرياف": where any other group is, a known place or a common noun
            # with its adjectives after في, names it with the noun too, as it names sources; only sources take the
            # place as their tie (a crowd in a city is none of its organs), so the phrase ties it to no one
            placed = clean_surface(surface + text[noun_end:span_chars(doc, i, where_end, cl)[1]])
        if table[norm].kind in WHOLE_FIELD_KINDS and quantified_as_all(doc, i, j):
            continue   # "دعا جميع القوى السياسية إلى الحوار": everyone in the country's politics, no party of its own
        if possessed is not None and table[norm].kind in NATIONAL_KINDS and j == i + 1 \
                and normalize(surface).endswith(ITS):
            continue   # "دعت الوزارة رعاياها إلى", "مصالح مواطنيها": a state's own nationals, named in passing
        if table[norm].kind in OWN_PEOPLE_KINDS and possessed is None and construct is None and n == 1 and j == i + 1 \
                and not affiliation and not placed and not normalize(surface).startswith("ال"):
            continue   # "نحن شعب", "الدولة قيادة وشعبا": the bare indefinite noun is a predicate or a manner, no people
        if possessed is not None and table[norm].kind in OWN_PEOPLE_KINDS and j == i + 1:
            continue   # "إنجازات شعبه", "رخاء شعبها": a leader's or state's own people, named in passing
        if possessed is not None and table[norm].kind in OWN_FOLLOWERS_KINDS and j == i + 1:
            continue   # "طرد مندوبيه", "رواتب موظفيها", "برفقة ذويهم": the owner's own delegates, staff or kin
        if possessed is not None and table[norm].kind in OWN_SUPPORTERS_KINDS and j == i + 1 and not called_on(doc, i):
            continue   # "شكر أنصاره", "مخاوف أنصاره", "موالوه": the owner's own followers, named in passing
        if possessed is not None and table[norm].kind in OWN_RIVALS_KINDS and j == i + 1 \
                and not cue_verb_before(doc, i, toks.texts[i][:cl]):
            continue   # "مد يده إلى خصومه", "من أيدي أعدائه": the owner's rivals named in passing; not "وصفها خصومه"
        if possessed is not None and table[norm].kind in OWN_FORCES_KINDS and j == i + 1 and not called_on(doc, i):
            continue   # "حشد قواته", "نفت أن تكون قواتها بادرت", "مقاتلوه": the owner's own forces, which it answers for
        s, e = span_chars(doc, i, j, cl)
        form = clean_surface(surface + text[noun_end:e])
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
        noun_form = form
        if not cl and normalize(surface).startswith("ال") and (crowd := crowd_number_before(doc, i)) is not None:
            # "مئات المحتجين": the number of the crowd opens the group's phrase (its form and characters), which the
            # noun alone names too; its tokens stay the noun's, whose case and place the speaker rules read
            s = span_chars(doc, crowd[0], j, crowd[1])[0]
            form = clean_surface(text[s:e])
        unnamed = declining_form(doc, i, j, cl) if kind in SOURCE_KINDS else None
        close = closeness_form(doc, i, j, cl) if kind in SOURCE_KINDS else None   # "مصادر مطلعة على المفاوضات"
        # "القوى المؤيدة لأوروبا": the known name of the side the group takes names it too
        sided = clean_surface(form + text[e:span_chars(doc, i, side_end, cl)[1]]) \
            if (side_end := stance_name_end(doc, j)) is not None else None
        # "الأحزاب الأخرى": "other" after the phrase, in its definiteness, names the group too
        definite = normalize(form.split()[-1]).startswith("ال") or possessed is not None
        othered = clean_surface(form + text[e:span_chars(doc, i, other, cl)[1]]) \
            if (other := other_end(doc, j, definite)) is not None else None
        # "أنصار سالازار": those who stand towards a person the lexicon does not know are named with the name too,
        # whose tokens stay the person's mention
        owned = clean_surface(form + text[e:span_chars(doc, i, named_owner, cl)[1]]) \
            if named_owner is not None and j == i + n else None
        # "مئات المتظاهرين القوميين", a phrase of the table that opens with the crowd's number: the crowd without it
        # names the group too, as it does after a number read before the noun
        uncounted = form.split(" ", 1)[1] if n > 1 and crowd_number_clitic(normalize(surface.split()[0])) is not None \
            and " " in form else None
        # "جميع الأحزاب", "كافة النقابات": the quantifier of all before a definite group opens a name of it too
        quantified = clean_surface(text[quantified_start:e]) \
            if not cl and normalize(surface).startswith("ال") and (quantified_start := _word_before(doc, i, QUANTIFIERS)) is not None \
            else None
        # "أطباء يعالجون الجرحى", "بحارة نجوا": the verb of a relative clause after an indefinite group, with the
        # object it governs, describes the group and names it too (a clause has no marked end: the verb alone, and
        # the verb with its object noun, each give a form)
        described = [clean_surface(form + text[e:span_chars(doc, i, end, cl)[1]])
                     for end in _relative_clause_ends(doc, j)] \
            if possessed is None and not normalize(surface).startswith("ال") and not construct else []
        # "دعا القوات التي تمركزت قرب الحدود إلى", "نصحت السكان الذين يعانون الربو بـ": the relative clause of a
        # group a verb of saying calls on or advises ends where the call goes on, at its preposition; with it the
        # phrase names the group too
        addressed = clean_surface(form + text[e:span_chars(doc, i, clause_end, cl)[1]]) \
            if possessed is None and (clause_end := _addressed_clause_end(doc, j)) is not None \
            and cue_verb_before(doc, i, toks.texts[i][:cl]) else None
        # "أحد سكان الحي", "بعض الجهات": the partitive right before the noun opens a name of the group too
        partitive = clean_surface(text[partitive_start:e]) \
            if not cl and (partitive_start := _word_before(doc, i, GROUP_PARTITIVES)) is not None else None
        # "نواب غاضبون في جلسة", "أحد المرشحين الخاسرين في مقابلة": a plural participle of the group that governs
        # a preposition stays out of its phrase, but each phrase with it (with its number or partitive) names the group too
        p_end = participle_before_preposition_end(doc, j, surface, definite=possessed is not None or construct is not None)
        participled = [clean_surface(f + text[e:span_chars(doc, i, p_end, cl)[1]])
                       for f in (form, noun_form, partitive) if f] if p_end is not None else []
        out.append(Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind + mixed, role_of=affiliation,
                             possessed=possessed is not None,
                             extra_forms={f for f in (noun_form, bare_form, unplaced, unnamed, close, sided, othered,
                                                      uncounted, owned, placed, quantified, partitive, addressed,
                                                      *described, *participled)
                                          if f and f != form}))
    taken = {c.i for c in out}
    named = out + source_subjects(doc)
    if words_where(doc, is_called_text):   # (most articles name no one so: no candidate need be read on)
        starts = {c.i for c in named}   # (made once: the same set for every candidate)
        named = [c for c in named if not _named_after(doc, c.j, starts)]
    return named + numbered_groups(doc, named) + [c for c in agent_subjects(doc) if c.i not in taken]


def _word_before(doc: Doc, i: int, words: frozenset[str]) -> int | None:
    """The character where one of `words` (normalised) right before token i starts, past a clitic glued to it
    (a conjunction or preposition): the quantifier of all ("جميع", "كل", "كافة") or a partitive ("أحد", "بعض",
    "معظم") that opens a further name of the group; None when none stands there."""
    p = prev_word(doc, i)
    if p is None:
        return None
    toks = tokens_of(doc)   # (the word and its offset off the Doc's token lists: doc[p] builds a Token)
    return next((toks.starts[p] + len(clitic) for clitic, stem in clitic_variants(toks.texts[p])
                 if normalize(stem) in words), None)


COMMUNITY_ADJECTIVES = 2   # adjectives after the class noun of a community or body: "الجالية السيخية", "الحزب الحاكم"
FROM = normalize("من")


def _community_phrase_end(doc: Doc, q: int, table: dict) -> int | None:
    """End of "الجالية X", "الحزب الحاكم" at q: a definite noun that is a group noun of groups.tsv or the head
    noun of a body (org_heads.tsv), with the definite adjectives after it; or where the persons come from, a
    definite place head noun or two bodies ("سكان من الحي", "نواب من المنطقة الشمالية", "مسؤولون من الحزبين")
    with the relative adjectives after it (_origin_noun); None for any other word, such as the object of a
    verb that governs من ("حذر مسؤولون من الانهيار")."""
    q = skip_space(doc, q)
    if q >= len(doc) or not is_arabic_word(doc[q]) or is_function_word(doc[q]):
        return None
    norm = normalize(doc[q].text)
    origin = norm.startswith("ال") and _origin_noun(norm[2:])
    if not norm.startswith("ال") or (norm not in table and norm[2:] not in ORG_HEADS and not origin):
        return None
    end = q + 1
    for _ in range(COMMUNITY_ADJECTIVES):
        k = skip_space(doc, end)
        if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]) \
                or not doc[k].text.startswith("ال") \
                or (origin and not normalize(doc[k].text).endswith(ADJECTIVE_ENDINGS)):
            break   # (after a place: "نواب من المنطقة الحكومة" ends at the verb's object, no adjective)
        end = k + 1
    return end


# the dual and plural endings of a body's head noun: "الحزبين", "الحزبان", "النقابتين"
DUAL_ENDINGS = ("ين", "ان")


def _origin_noun(stem: str) -> bool:
    """Is the noun (without its article) a place head ("حي", "منطقة", "قرية", "مدينة") or the dual of a body's
    head ("حزبين", "نقابتين")? Persons "من" such a noun come from there: the noun names them with the group's
    noun, as a body or community does; a verbal noun after من ("من الانهيار") is none of these."""
    if stem in PLACE_HEADS:
        return True
    if not stem.endswith(DUAL_ENDINGS):
        return False
    base = stem[:-2]
    return base in ORG_HEADS or (base.endswith("ت") and base[:-1] + "ه" in ORG_HEADS)


def _common_phrase_end(doc: Doc, q: int) -> int | None:
    """End of "مصارف دولية", "المنطقة الشمالية" at q: a common noun (no name, no function word) with the adjectives
    after it that share its article or its lack of one (COMMUNITY_ADJECTIVES at most); None for any other word."""
    q = skip_space(doc, q)
    if q >= len(doc) or not is_arabic_word(doc[q]) or is_function_word(doc[q]) \
            or (is_name_like_whole(doc[q]) and not _definite_complement(doc, q + 1)) \
            or known_entity_at(doc, q, ("Place", "Organization", "Person")):
        return None   # (a word no dictionary holds with a definite complement after it is a noun in construct)
    definite = doc[q].text.startswith("ال")
    end = q + 1
    if not definite and _definite_complement(doc, end):
        # "مسؤولون في قطاع السياحة", "سكان في مخيمات اللاجئين": an indefinite noun completed in the construct by
        # a definite one; the phrase cut before it names no place nor field
        end, definite = construct_complement(doc, end), True
    elif not definite and (link := _noun_link(doc, end)) is not None:
        end, definite = construct_complement(doc, link), True   # "عاملون في مجال حماية البيئة": a chain of two
    for _ in range(COMMUNITY_ADJECTIVES):
        k = skip_space(doc, end)
        if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]) \
                or doc[k].text.startswith("ال") != definite or not normalize(doc[k].text).endswith(ADJECTIVE_ENDINGS):
            break
        end = k + 1
    return end


# the person markers of a plural verb agreeing with a group noun before it: the imperfect's prefix and ending
# ("يمثلون", "تطالبون") and the perfect's ending ("نجوا"), normalised
PLURAL_IMPERFECT_PREFIXES, PLURAL_IMPERFECT_ENDING, PLURAL_PERFECT_ENDING = ("ي", "ت"), "ون", "وا"
VERB_STEM = 3   # letters of the verb besides its markers: a root has three


def _plural_verb(doc: Doc, k: int) -> bool:
    """Is token k a plural verb of a relative clause: an Arabic word with the plural person markers, no function
    word, no verb of saying (which opens what the group says, no description of it)?"""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if k >= len(doc) or not toks.arabic[k] or is_function_text(toks.texts[k]) or toks.texts[k].startswith(("ال", "و")):
        return False
    norm = normalize(toks.texts[k])
    if norm in lexicon.cues():
        return False
    imperfect = norm.startswith(PLURAL_IMPERFECT_PREFIXES) and norm.endswith(PLURAL_IMPERFECT_ENDING) \
        and len(norm) >= VERB_STEM + 3
    perfect = norm.endswith(PLURAL_PERFECT_ENDING) and len(norm) >= VERB_STEM + 1   # "نجوا": a weak root keeps two
    return imperfect or perfect


def _relative_clause_ends(doc: Doc, j: int) -> list[int]:
    """Ends of the relative clause right after an indefinite group's phrase (tokens up to j), which Arabic joins
    with no relative pronoun ("أطباء يعالجون الجرحى"): past its plural verb, and past the verb's object when a noun
    follows with no preposition (an indefinite noun with its definite complement, "يرتدون زي الجيش", or one definite
    noun, "يمثلون الضحايا"); none when no such verb follows."""
    v = skip_space(doc, j)
    if not _plural_verb(doc, v):
        return []
    ends = [v + 1]
    o = skip_space(doc, v + 1)
    if o >= len(doc) or not is_arabic_word(doc[o]) or is_function_word(doc[o]) or doc[o].text.startswith("و") \
            or normalize(doc[o].text) in ADJUNCTS:
        return ends
    if doc[o].text.startswith("ال"):
        if known_entity_at(doc, o, ("Place", "Organization", "Person")) is None:
            ends.append(o + 1)
    elif (c := skip_space(doc, o + 1)) < len(doc) and is_arabic_word(doc[c]) and doc[c].text.startswith("ال") \
            and not is_function_word(doc[c]) and normalize(doc[c].text) not in ADJUNCTS:
        ends.append(c + 1)   # (a known name completes it too: "زي الشرطة")
    return ends


RELATIVES = lexicon.function_words().relative   # "التي", "الذين", "الذي"
# the prepositions a verb of calling or advising goes on with after its object: "إلى", "على", "بـ" glued on a
# definite verbal noun or on أن ("دعا X إلى العودة", "حث X على", "نصح X بالحد", "طالب X بأن")
CALL_GOES_ON = frozenset(normalize(w) for w in ("إلى", "على"))
CALL_GOES_ON_GLUED = ("بال", "بأن", "بان")
CLAUSE_REACH = 8   # words of the relative clause between the group and the call's preposition


def _addressed_clause_end(doc: Doc, j: int) -> int | None:
    """End of the relative clause right after a group's phrase (tokens up to j) that opens with a relative pronoun
    ("التي تمركزت قرب الحدود") and runs, within CLAUSE_REACH words and no punctuation, to the first preposition
    with which a call goes on (CALL_GOES_ON, CALL_GOES_ON_GLUED): the token before it; None otherwise."""
    k = skip_space(doc, j)
    toks = tokens_of(doc)   # (the words and flags off the Doc's token lists: each doc[q] builds a Token)
    if k >= len(doc) or normalize(toks.texts[k]) not in RELATIVES:
        return None
    q, words = skip_space(doc, k + 1), 0
    while q < len(doc) and words < CLAUSE_REACH and toks.arabic[q]:
        norm = normalize(toks.texts[q])
        if norm in CALL_GOES_ON or toks.texts[q].startswith(CALL_GOES_ON_GLUED) or norm.startswith(CALL_GOES_ON_GLUED):
            return q if words else None
        words += 1
        q = skip_space(doc, q + 1)
    return None


def _where_end(doc: Doc, q: int) -> int | None:
    """End of where a group is, said after في at q: a known place ("في باريس"), else a common noun with its
    construct complement and adjectives (_common_phrase_end: "في أسواق المدينة القديمة"), else a definite word
    ("في الأرياف"); None for anything else."""
    place = known_entity_at(doc, q, ("Place",))
    if place:
        return place[0]
    if (end := _common_phrase_end(doc, q)) is not None:
        return end
    q = skip_space(doc, q)
    # "في الأرياف": a definite word no dictionary holds, which _common_phrase_end leaves to the name rules, is a
    # common noun too where no known body or person starts
    if q < len(doc) and is_arabic_word(doc[q]) and doc[q].text.startswith("ال") and not is_function_word(doc[q]) \
            and normalize(doc[q].text) not in lexicon.cues() \
            and known_entity_at(doc, q, ("Organization", "Person")) is None:
        return q + 1
    return None


def _named_after(doc: Doc, j: int, starts: set[int]) -> bool:
    """"وقال لاجئ فر من القصف، يدعى فلان، إن", "أحد سكان المدينة، ويدعى فلان": one person, described by a
    noun of a group and named after "يدعى" a few words on (no other group noun nor what was said between), is
    no group: the name says who speaks."""
    q, words = skip_space(doc, j), 0
    toks = tokens_of(doc)   # (each doc[q] builds a Token: the texts and flags are read once per Doc)
    texts = toks.texts
    while q < len(texts) and words < CALLED_REACH:
        text = texts[q]
        norm = normalize(text)
        if norm in CALLED:
            return True
        if q in starts or norm in CLOSERS or text in (":", ".", "؟", "!") or "\n" in text:
            return False
        words += 0 if toks.spacy_punct[q] else 1
        q = skip_space(doc, q + 1)
    return False


def _coordinated_group_noun(doc: Doc, j: int, table: dict) -> int | None:
    """"محامون وصحفيون", "أطباء وصيادلة": an indefinite plural group noun right after an indefinite one,
    joined to it by و, is one crowd with it (news names a mixed crowd so); the end of the second noun, else None.
    A definite second noun ("محامون والحكومة") is a party of its own; witnesses and sources ("شهود ومصادر") are
    each a speaker of their own, and a head with its complement ("قوات الأمن ومحتجون") two sides."""
    k = skip_space(doc, j)
    if k >= len(doc) or not doc[k].text.startswith("و") or doc[k].text.startswith("وال"):
        return None
    hit = longest_match(doc, k, table, 1)
    if hit is None or hit[3] != 1 or normalize(hit[2]).startswith("ال") or table[hit[1]].kind in CITED_APART_KINDS:
        return None
    return k + hit[0]


def _indefinite_broken_plural(surface: str, n: int) -> bool:
    """"سكان", "قوات", "حلفاء": a one-word group noun without the article that is no sound masculine
    plural (whose construct drops its ن and is read by construct_match)."""
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


NAME_WORDS = 3   # words of a person's name in construct after a group noun: "أنصار خوان كارلوس سالازار"


def _name_complement_end(doc: Doc, j: int, words: int = NAME_WORDS) -> int | None:
    """End of the proper name in construct right after an indefinite group noun, past its last word: words no
    dictionary of news holds, with no article nor و ("أنصار سالازار", "خصوم فلان"), or the place named after في
    ("سكان في X", one word); None when the next word is a common one ("خبراء سوق النفط")."""
    k, end = skip_space(doc, j), None
    for _ in range(words):
        if k >= len(doc) or doc[k].text.startswith(("ال", "و")) or is_function_word(doc[k]) \
                or not is_name_like_whole(doc[k]):
            break
        end = k + 1
        k = skip_space(doc, end)
    return end


def _noun_link(doc: Doc, j: int) -> int | None:
    """"خبراء سوق النفط", "تجار سوق الذهب": an indefinite noun right after an indefinite head, with a definite
    complement of its own after it, is the first link of the head's construct (the chain "سوق النفط"
    completes "خبراء"); past it, else None. A verb is no link ("خبراء أكدوا الاتفاق", "خبراء يرون الأمر")."""
    k = skip_space(doc, j)
    if k >= len(doc) or not is_arabic_word(doc[k]) or doc[k].text.startswith(("ال", "و")) or is_function_word(doc[k]):
        return None
    norm = normalize(doc[k].text)
    if norm in lexicon.cues() or norm.endswith("وا") or (norm[:1] in "يت" and norm.endswith("ون")) or is_number(doc, k) \
            or norm in lexicon.org_heads() or (norm in PLACE_HEADS and heads_a_place_name(doc, k)):
        return None   # "طلبة كلية الضباط", "سكان قرية X": the head of a body's or place's name starts a name of its own
    return k + 1 if _definite_complement(doc, k + 1) else None


def _definite_complement(doc: Doc, j: int) -> bool:
    """Is the word after j a definite noun that completes an indefinite head in the construct ("سكان
    المخيم")? An adjective would be indefinite like its head; a time word ("الأحد") or a known name
    (the subject rules read "قادة الاتحاد") is no complement."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    k = skip_space(doc, j)
    return k < len(doc) and toks.arabic[k] and toks.texts[k].startswith("ال") \
        and not is_function_text(toks.texts[k]) and normalize(toks.texts[k]) not in lexicon.cues() \
        and normalize(toks.texts[k]) not in ADJUNCTS \
        and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


# the political forces at large, which quantified as all of them ("جميع القوى السياسية") name the whole field of a
# country's politics, as calls for dialogue address it: no party of their own; and all the candidates of an election
# ("كل المرشحين سيحصلون على وقت متساو"), the whole field of the race
VOTERS_KIND = "voters"   # the kind of "الناخب", the electorate unless a name or "الوطني" follows
CRIMINALS = "criminals"   # the kind of "العصابات", which after a noun of fighting names guerrilla war
WHOLE_FIELD_KINDS = frozenset({"factions", "candidates"})
# a country's nationals, and the pronoun of a feminine owner (a state, its government or ministry) glued on them:
# "مواطنيها", "رعاياها" alone are the owner's own nationals, whom consular news names in passing ("نصحت رعاياها
# بمغادرة البلاد"); with a number or an adjective after them ("رعاياها الأربعة") they are persons of the story
NATIONAL_KINDS, ITS = frozenset({"citizens"}), "ها"
# a nation as a collective with the pronoun of its leader or state glued on it ("شعبه", "شعبها", "شعبنا"): the
# owner's own people, named in passing as what a speech serves or protects; a people of the story is named by its
# country ("الشعب اليوناني") or as the bare definite "الشعب"
OWN_PEOPLE_KINDS = frozenset({"people"})
# delegates, observers, staff and families of an owner (a candidate, party, company or person) with the owner's
# pronoun alone glued on them: "مندوبيه", "مراقبيه", "موظفيها", "ذويهم" are the owner's own people, named in
# passing as those it speaks for or cares for; with the owner named ("مندوبو الحزب") or an adjective after they stay
# a group. Supporters are left out: a call to one's supporters keeps them a group (audience_of_a_speech)
OWN_FOLLOWERS_KINDS = frozenset({"delegates", "experts", "workers", "families"})
# supporters with the owner's pronoun alone glued on them ("أنصاره", "مناصريه", "موالوه") are the owner's own
# followers named in passing, unless the owner calls on them to act ("حث أنصاره على الاعتصام"): then a group
OWN_SUPPORTERS_KINDS = frozenset({"supporters"})
# opponents with the owner's pronoun alone glued on them ("خصومه", "أعداءنا") are the owner's rivals named in passing
# ("رسائل إلى خصومه", "خيبة الناخبين من خصومه"), unless a verb of saying, accusing or calling stands a few words before
# them, no preposition governing them: then they speak ("وصفها خصومه بأنها") or are accused or addressed ("متهما خصومه بـ")
OWN_RIVALS_KINDS = frozenset({"opponents"})
# peoples of a region or a civilisation, which like nationalities are adjectives after a definite noun
REGIONAL_PEOPLES = frozenset({"europeans", "westerners", "arabs", "africans"})
# bare "القوات" and its generic adjectives ("القوات الخاصة") name no party to a conflict; tied to a country
# or owner they are its troops
UNSPECIFIED_FORCES, TIED_FORCES = "forces", "troops"
# forces and fighters with the owner's pronoun alone glued on them ("قواته", "مقاتليها") are the owner's own, which
# the owner answers for, unless the owner calls on them to act ("دعا مقاتليه إلى إلقاء السلاح"): then a group
OWN_FORCES_KINDS = frozenset({UNSPECIFIED_FORCES, "militants"})
# the kinds of armed men a verb of deploying sends ("نشر جنودا", "أرسلت قوات")
DEPLOYED_KINDS = frozenset({"soldiers", UNSPECIFIED_FORCES, TIED_FORCES})
# persons named by how they stand towards someone, and experts: in construct with a body or a title holder
# ("معارضو الحكومة", "مؤيدو الرئيس", "خبراء الأمم المتحدة") they are no members acting for it but a group of their own
RELATIONAL_KINDS = frozenset({"opposition", "opponents", "critics", "supporters", "families", "relatives", "victims",
                              "experts", "ruling_family"})
# a family named by the name after it ("عائلة X"); the bare singular names a household, no group
RULING_FAMILY = "ruling_family"


def _state_body(norm: str) -> bool:
    """Is the normalised phrase a form of a state's own institution the organizations table knows ("العائلة المالكة",
    "الأسرة الإمبراطورية": a royal house acts as a body of its state, as its court and council do)?"""
    return any(e.key in STATE_INSTITUTIONS for e in lexicon.known_entities().get(norm, []))


# witnesses, sources and officials cited in one breath ("شهود ومصادر في المستشفى") are each a speaker of their own,
# no mixed crowd as "محامون وصحفيون" is
CITED_APART_KINDS = frozenset({"sources", "witnesses", "officials"})
# unnamed human sources, which the text ties to a place or body with a preposition
SOURCE_KINDS = frozenset({"officials", "sources", "leaders", "residents", "witnesses", "diplomats", "experts",
                          "critics", "lawmakers", "activists"})
AFFILIATING = lexicon.function_words().affiliating
IN = normalize("في")
GROUP_PARTITIVES = frozenset(normalize(w) for w in lexicon.function_words().partitive)
# the endings of a relative adjective, normalised (ة read as ه: "دوليه", "محلي", "الشماليه"): the adjectives a place or
# body noun takes
ADJECTIVE_ENDINGS = ("ي", "يه")
ORG_HEADS = lexicon.org_heads()   # head nouns of bodies: "نواب من الحزب"
CLOSERS = lexicon.function_words().complementizer   # what was said opens: no description of the speaker after it
CALLED_REACH = 8   # words of a relative clause or circumstance between a described person and "يدعى"
# and bodies of a state the text names by its seat ("السلطات في العاصمة X": that state's authorities)
PLACED_KINDS = SOURCE_KINDS | {"authorities"}
