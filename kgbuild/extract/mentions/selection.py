"""One non-overlapping set of mentions from all finders, names nested in longer names, and a name
found once found again wherever it recurs (propagation)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import (NAME_LINKS, NAME_TITLES, NAMES_LIKE_FUNCTION_WORDS, PARTS_OF_DAY, is_arabic_word, is_function_word,
                     is_ordinary_word, is_function_text, name_like_at,
                     is_inflected_common, is_known_name_word, is_name_like, name_like_text, is_time_word, mostly_common_words, prev_word, text_of,
                     tokens_of, word_count, word_counts, is_name_link)
from .not_groups import is_number
from .base import (BY_FIRST_TOKEN, DESCENT, GENERIC_INSTITUTIONS, GOD, OUTLET_SUFFIXES, PLACE_HEADS, POSTED_AT, RANK, adjectival, Candidate, is_nisba, known_entity_at,
                   longest_match, match_title, nisba_country, phrase_firsts, positions_of_own_words, skip_space, span_chars,
                   token_infos)
from .bodies import PART_HEADS, remit_end
from .clubs import is_club_name
from .outlets import quoted_outlet_spans
from .thing_names import names_of_things
from .latin_names import is_spelled_acronym
from .acronym_pieces import letters_before_inside, piece_of_longer_acronym
from .ala import preposition_spelled_as_name
from .names import (addressee_after_family_name, cue_word, family_name_before_that, no_name_word, noun_after_patronymic,
                    object_of_the_verb_before, ordinary_word_with_pronoun)
from .clitic_family_names import family_name_read_as_clitic
from .name_words import clitic_shaped_family_name, compound_given_name_as_place, noun_with_possessive
from .name_spans import described_before_called, syllable_spelled_as_pronoun
from .described_bodies import described_bodies_refer_back
from .places import CITY_KINDS, remit_of_a_title
from .short_names import short_names_in_parentheses, short_names_in_quotes
from .quoted_adjectives import quoted_adjective_as_person
from .ordinary_word_people import WORD_RULE_SOURCES, ordinary_word_as_person
from .derived_verbal_nouns import derived_verbal_noun_before_object
from .quotation_openings import ner_body_opening_a_quotation
from .common_noun_guesses import common_noun_guess
from .quoted_name_places import place_inside_quoted_name
from .adjective_guesses import adjective_of_the_noun_before
from .state_heads import states_named_by_their_head


FAMILY_PARTICLES = lexicon.function_words().family_particle


# the kinds of body (org_heads.tsv) that are named by the people they gather: parties, unions, associations; an
# armed or state body before a group is a force of that group ("قوات المعارضة")
MEMBER_NAMED_KINDS = frozenset({"party", "other"})
# head nouns that are also past verbs ("تجمع المحتجون": they gathered); before a group they are its verb
VERB_HEADS = lexicon.function_words().verb_head


def _named_by_its_members(org: Candidate, group: Candidate) -> bool:
    """The body's name holds the group of its members wholly ("اتحاد القوى الشعبية"), under a head noun of a
    party or association that is no verb: the name, no group."""
    head = normalize(org.form.split()[0]) if org.form else ""
    return group.j <= org.j and lexicon.org_heads().get(head) in MEMBER_NAMED_KINDS and head not in VERB_HEADS


def _oblique_construct_plural(doc: Doc, k: int, group_end: int) -> bool:
    """"مسلمي <place>": an indefinite sound masculine plural in -ي with its genitive after it, inside the group
    read at k; the oblique case of a noun in construct, which a verb's subject (nominative, "مسلمو") never takes."""
    word = doc[k].text
    return group_end > k + 1 and not word.startswith(("ال", "وال")) and normalize(word).endswith("ي") \
        and len(normalize(word)) > 3


# the finders that only fill the gaps the others leave
GAP_FILLERS = ("ner", "subject", "topic")


def select(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer first, then the more trusted source."""
    _service_branches(doc, cands)
    # (the tests of one candidate alone, which no filtering before them changes, asked in one pass, in order)
    cands = [c for c in cands if not (c.source == "org" and _municipality_of_a_mayor(doc, c.i))
             # "وقال سائق أجرة يدعى فلان": a description before "يدعى" is no name, whichever finder read it as one
             and not (c.type == "Person" and c.source != "gazetteer" and described_before_called(doc, c.i, c.j))
             # "«أنا فخور»": an unlisted adjective or participle in a quotation is no one-word name
             and not quoted_adjective_as_person(doc, c)
             # "«إيه آر تي إل»", "(... دي بي إكس)": letters of a longer spelled acronym name no shorter body
             and not (c.source in ("gazetteer", "ner") and piece_of_longer_acronym(doc, c))]
    # "وعين الرئيس نائبه رئيسا للحكومة ووزارتي ...": a word in a shape no name takes, read as a one-word name
    ner_people = {k for c in cands if c.source == "ner" and c.type == "Person" for k in range(c.i, c.j)}
    cands = [c for c in cands if not ordinary_word_as_person(doc, c, ner_people)
             # "دعم تدبير الأزمة", "لإخماد النيران": a derived verbal noun and its object read as a name in a
             # verb's slot
             and not (c.type == "Person" and c.source in WORD_RULE_SOURCES
                      and derived_verbal_noun_before_object(doc, c.i))]
    groups_at = {c.i: c for c in cands if c.type == "Group"}
    for c in cands:
        g = groups_at.get(c.i)
        if c.source == "org" and g is not None and g.j <= c.j:
            c.type, c.key, c.source, c.role_of = "Group", g.key, "group", g.role_of
    # "وتجمع المتظاهرون": a head noun that is also a verb, with a group right after it, is no organization;
    # a group further in is the people a body gathers, described ("رابطة الأطباء <adjective of a faith>")
    # but "مجلس مسلمي بلجيكا": a sound plural in its oblique construct form is a genitive, no verb's subject
    # "جبهة القوى التقدمية", "نقابة أطباء <بلد>": but a civil body's head noun that is no verb, with the group of
    # its members wholly inside its name, is the body named by its members
    cands = [c for c in cands if not (c.source == "org" and (k := skip_space(doc, c.i + 1)) < c.j and k in groups_at
                                      and not _oblique_construct_plural(doc, k, groups_at[k].j)
                                      and not _named_by_its_members(c, groups_at[k]))]
    # a known body's name is not lengthened by a pattern with words that are not part of names
    # ("تنظيم القاعدة المتطرف"): a pattern wins only with a nationality or a complement (للـ) more
    # "ولاية النيل الأزرق الجديدة": a known place with a head-noun pattern over it is that place, described
    # "في حديث لـ«الخليج»،", "لـ«الخليج اليوم»": a quoted name a source spoke to is a paper's, even one holding
    # a place's name; no place
    outlets = quoted_outlet_spans(doc)
    cands = [c for c in cands if not (c.type == "Place" and any(i <= c.i and c.j <= j for i, j in outlets))
             or (c.i, c.j) in outlets and c.source == "org"]
    places_at = {c.i: c for c in cands if c.source == "gazetteer" and c.type == "Place"}
    for c in cands:
        if c.source == "org" and c.i in places_at and places_at[c.i].j < c.j and not is_club_name(c) \
                and normalize(doc[c.j - 1].text) not in OUTLET_SUFFIXES:
            c.type = "Place"  # but "مانشستر يونايتد", "لندن تايمز": a club word or News, Times, Post names the body
    # "في ولاية أوريغون الأمريكية": a place head, the place's name and nationality adjectives only name
    # the place; the nationality describes it, it makes no body of it ("ولاية الخرطوم" alone may be one)
    place_heads = {c.i: c for c in cands if c.source == "place_head"}
    cands = [c for c in cands if not (c.source == "org" and _place_with_nationality(doc, c, place_heads))]
    # "في ولاية X": a state named by its head noun is the place, whatever the head noun's reading as a body
    cands = states_named_by_their_head(doc, cands)
    known_at = {c.i: c for c in cands if c.source == "gazetteer" and c.type == "Organization"}
    cands = [c for c in cands if not (c.source == "org" and c.i in known_at and known_at[c.i].j < c.j
                                      and not _adds_name_words(c, known_at[c.i]))]
    # "قالت يديعوت أحرونوت إن": a speaker slot vouches for a name, the NER knows it names a body
    ner_orgs = {k for c in cands if c.source == "ner" and c.type == "Organization" for k in range(c.i, c.j)}
    cands = [c for c in cands if not (c.source == "subject" and c.type == "Person"
                                      and all(k in ner_orgs for k in range(c.i, c.j)))
             # "التفاوض بحسن نية": a fixed phrase opening with a word spelled like a given name is no person
             and not (c.type == "Person" and c.source != "gazetteer" and _opens_with_name_idiom(doc, c))
             # "في مسقط رأسه": a place's name that is the first word of a fixed phrase with the word after it is
             # no place
             and not (c.type == "Place" and _opens_place_idiom(doc, c))]
    # "وقال صلاح الدين فلان إن": a place named like a compound given name, which a person's name found runs on
    # past, is the given name
    # (the furthest end of a person's name found at each start, read once rather than a look at every
    # candidate for each place)
    person_end: dict[int, int] = {}
    for p in cands:
        if p.type == "Person":
            person_end[p.i] = max(person_end.get(p.i, -1), p.j)
    cands = [c for c in cands if not (c.source == "gazetteer" and c.type == "Place" and person_end.get(c.i, -1) > c.j
                                      and compound_given_name_as_place(doc, c.i, c.j))]
    _ner_sets_name_end(doc, cands)
    _ner_sets_name_start(doc, cands)
    for c in cands:
        syllable_spelled_as_pronoun(doc, c)   # "كيم تشانغ هو،": the last syllable is no pronoun
    cands = _given_names_read_as_words(doc, cands)
    cands += _bodies_named_after_persons(doc, cands)
    # the statistical NER only fills gaps: it never overrides a name the other sources found (nor does the
    # topic of أما, read from where the topic ends: a title's own finder knows better where its name begins)
    primary = [c for c in cands if c.source not in GAP_FILLERS]
    _known_person_ends_name(doc, primary)
    chosen = _appositions(doc, sorted(_non_overlapping(primary), key=BY_FIRST_TOKEN))
    _acronyms_in_parentheses(doc, chosen)
    _known_short_name_after_body(doc, chosen)
    _nest(doc, chosen, primary)
    taken = {k for c in chosen for k in range(c.i, c.j)}
    # "«رياح الحرية هنا»": the words a quotation opens with are no body, whatever the NER read
    for c in _non_overlapping([c for c in cands if c.source in GAP_FILLERS
                               and not ner_body_opening_a_quotation(doc, c)]):
        if not any(k in taken for k in range(c.i, c.j)):
            chosen.append(c)
    chosen = [c for c in short_names_in_parentheses(doc, chosen) if not _vessel_name(doc, c)]
    chosen = [c for c in short_names_in_quotes(doc, chosen) if not _vessel_name(doc, c)]
    described_bodies_refer_back(doc, chosen)
    for c in chosen:
        _add_name_title_form(doc, c)
    return _title_countries_inside(doc, sorted(chosen, key=BY_FIRST_TOKEN))


def _add_name_title_form(doc: Doc, c: Candidate) -> None:
    """"الشيخ فلان بن علان آل فلان": a royal or religious title right before a person's name of two words or
    more, whichever finder read the name, is part of how the text names the person; that form too (resolve
    labels the person without it)."""
    if c.type != "Person" or len(c.form.split()) < 2:
        return   # (most candidates: the word before them need not be read)
    p = prev_word(doc, c.i)
    title = tokens_of(doc).texts[p] if p is not None else ""   # (the kept list: doc[p] builds a Token)
    if normalize(title) in NAME_TITLES:
        c.extra_forms.add(clean_surface(title + " " + c.form))


VESSELS = lexicon.function_words().vessel
OPENING_MARKS = frozenset({"(", "«", '"', "“", "'"})
CLOSING_MARKS = frozenset({")", "»", '"', "”", "'"})
VESSEL_DISTANCE = 4   # words between a ship's noun and the bracket: "الفرقاطة التابعة للأسطول (X)"


def _vessel_name(doc: Doc, c: Candidate) -> bool:
    """A name no list knows, in brackets or quotes right after a ship's noun and at most a few words of
    its owner or flag ("سفينة خفر السواحل اليونانية (X)", "الناقلة «X»"): the ship's name, no person,
    place or body."""
    if c.source == "gazetteer" or c.type == "Group" or c.i == 0 or c.j >= len(doc):
        return False   # (asked of every candidate: these need no word read)
    texts = tokens_of(doc).texts   # (read off the kept list: doc[k] builds a Token)
    if texts[c.i - 1] not in OPENING_MARKS or texts[c.j] not in CLOSING_MARKS:
        return False
    k = c.i - 1
    for _ in range(VESSEL_DISTANCE + 1):
        k = prev_word(doc, k)
        if k is None or texts[k] in (".", "،", ",", ":", "؛"):
            return False
        if not token_infos(doc)[k].norms.isdisjoint(VESSELS):
            return True
    return False


NAME_IDIOMS = lexicon.function_words().name_idiom


def _opens_with_name_idiom(doc: Doc, c: Candidate) -> bool:
    """Do the candidate's first two words, a proclitic aside, make a fixed phrase whose first word is
    also a given name ("حسن النية", "بحسن نية")?"""
    k = skip_space(doc, c.i + 1)
    if k >= c.j:
        return False
    texts = tokens_of(doc).texts   # (read off the kept list: doc[k] builds a Token)
    return _opens_idiom(texts[c.i], texts[k], NAME_IDIOMS)


PLACE_IDIOMS = lexicon.function_words().place_idiom


def _opens_place_idiom(doc: Doc, c: Candidate) -> bool:
    """Is the one-word place candidate, a proclitic aside, the first word of a fixed phrase with the word
    right after it ("مسقط رأسه" birthplace, "حماة الوطن" protectors of the homeland)?"""
    k = skip_space(doc, c.i + 1)
    if k != c.j or k >= len(doc):
        return False
    texts = tokens_of(doc).texts   # (read off the kept list: doc[k] builds a Token)
    return _opens_idiom(texts[c.i], texts[k], PLACE_IDIOMS)


@lru_cache(maxsize=65536)   # (asked of every person and place found: the same pairs of words recur)
def _opens_idiom(first: str, second: str, idioms: frozenset[str]) -> bool:
    """Do the two words as written, a proclitic on the first aside, make one of the fixed phrases?"""
    after = normalize(second)
    return any(f"{normalize(stem)} {after}" in idioms for _, stem in clitic_variants(first))


def _given_names_read_as_words(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less a place, body or group word that the NER or a speech verb's subject slot
    reads as the first word, the given name, of a longer person's name."""
    # "وقال كلاوس فيبر": a known place read through a proclitic ("ك" + "لاوس") at the first word of
    # a person's name of two words or more, as the NER reads it, is no place: the word is the given name
    # (a name of one token has one word: its words are counted only when it has more tokens)
    # (the three tests drop known places, bodies and groups alone, and read the NER's and the subject slot's persons
    # alone: all read off the candidates as given, in one pass)
    ner_persons = {c.i: c.j for c in cands
                   if c.source == "ner" and c.type == "Person" and c.j - c.i >= 2 and word_count(doc, c.i, c.j) >= 2}
    # "قال بيرو سانتوس إن": a one-word known place or body opening a longer name in a speech verb's
    # subject slot is the given name spelled like it (slots.given_name_spelled_like_a_place)
    slot_persons = {c.i: c.j for c in cands if c.source == "subject" and c.type == "Person"
                    and c.j - c.i >= 2 and word_count(doc, c.i, c.j) >= 2}
    # "وقالت ناجينا فلان إن": a word of a group noun with a suffix on it, first in a name of two words
    # or more that the subject slot and the NER both read as a person's, is the given name
    ner_spans = {(c.i, c.j) for c in cands if c.source == "ner" and c.type == "Person"}
    read_as_name = {(i, j) for i, j in slot_persons.items() if (i, j) in ner_spans}
    starts = tokens_of(doc).starts   # (a token's idx off the kept list: doc[k] builds a Token)
    return [c for c in cands if not (c.source == "gazetteer" and c.type == "Place" and c.start > starts[c.i]
                                     and c.j < ner_persons.get(c.i, 0))
            and not (c.source == "gazetteer" and c.type in ("Place", "Organization")
                     and c.j < slot_persons.get(c.i, 0) and word_count(doc, c.i, c.j) == 1)
            and not (c.source == "group" and c.j - c.i == 1 and any(i == c.i and j > c.j for i, j in read_as_name)
                     and normalize(c.form) not in lexicon.groups())]


MUNICIPALITY_HEADS = lexicon.function_words().municipality_head


def _municipality_of_a_mayor(doc: Doc, i: int) -> bool:
    """"رئيس بلدية X", "كان رئيسا لبلدية X": the municipality at i is named inside a mayor's title, the
    Arabic for "mayor of X"; the title names the person's office and place, no body that acts."""
    if not token_infos(doc)[i].norms & MUNICIPALITY_HEADS:
        return False
    p = prev_word(doc, i)
    if p is None:
        return False
    title = match_title(doc, p)
    if title is not None and title[0] > i:
        return True
    # the title in the accusative before the municipality in لـ: "رئيسا لبلدية X"
    word = normalize(doc[p].text)
    return doc[i].text.startswith("ل") and any(
        normalize(form + " " + doc[i].text[1:]) in lexicon.titles() for form in (word, word[:-1]) if form)


SERVICE_BRANCHES = lexicon.function_words().service_branch


def _service_branches(doc: Doc, cands: list[Candidate]) -> None:
    """"القوات الجوية", "القوات البحرية الهندية": forces named by their service branch are a body of the
    state's armed forces (its air force, its navy), no unnamed group of troops."""
    for c in cands:
        if c.type != "Group" or c.source != "group":
            continue   # most candidates: their next word need not be read
        nxt = skip_space(doc, c.i + 1)
        if nxt < c.j and token_infos(doc)[nxt].norm in SERVICE_BRANCHES:
            c.type, c.key, c.source = "Organization", None, "org"


def _place_with_nationality(doc: Doc, org: Candidate, place_heads: dict[int, Candidate]) -> bool:
    """The body's name is a place head noun (clitics aside), a place found by it, and nationality
    adjectives after."""
    place = place_heads.get(skip_space(doc, org.i + 1))
    if place is None or token_infos(doc)[org.i].norms.isdisjoint(PLACE_HEADS) or place.j >= org.j:
        return False
    return all(doc[k].is_space or nisba_country(doc, k) is not None for k in range(place.j, org.j))


# the finders that decide where a name ends by word rules, which the NER may correct by one word
NAME_END_BY_RULE = frozenset({"title", "given_name", "nationality_name", "possessed_role"})


def _ner_sets_name_end(doc: Doc, cands: list[Candidate]) -> None:
    """"الوزير سامي قردحة في": a family name that is a rare word elsewhere, which the word rules left
    off a name the NER (reading the words around) ran on to, goes on the name; a preposition on an
    ordinary word the rules ran on to and the NER left off comes off it. One word, and the NER's span
    starts where the name starts. (The NER's shorter spans are no guide otherwise: it cuts family names
    that are ordinary words too, "مدني".) Not past a person's full name the lexicon knows: "هنأ الرئيس فلان
    الفلاني علان بفوزه", the word after it is whom the verb takes, another person."""
    ner_end = {c.i: c.j for c in cands if c.source == "ner" and c.type == "Person"}
    known = {(c.i, c.j) for c in cands if c.source == "gazetteer" and c.type == "Person"}
    for c in cands:
        end = ner_end.get(c.i)
        if c.type != "Person" or c.source not in NAME_END_BY_RULE or end is None or end == c.j:
            continue
        if end > c.j and (c.i, c.j) not in known and skip_space(doc, c.j) == end - 1 and _rare_name_word(doc, end - 1) \
                and not object_of_the_verb_before(doc, c.i, end - 1):   # "وحث فلان علان على": whom the verb urges
            _set_end(doc, c, end)
        elif c.i < end < c.j and skip_space(doc, end) == c.j - 1 and _preposition_on_common_word(doc, c.j - 1) \
                and not family_name_before_that(doc, c.j - 1) \
                and not clitic_shaped_family_name(doc, c.i, c.j - 1):   # "ماريا باين إن", "فلانة باينو إن": the name closes there
            _set_end(doc, c, end)  # "ظهر فيه أبو خالد لأول مرة": the NER left off a preposition and its noun


def _ner_sets_name_start(doc: Doc, cands: list[Candidate]) -> None:
    """"الوزير صباح فلان الفلاني", "المدير عبد القادر فلان علان": a listed given name (one word, or two that make
    one: "عبد القادر") that the word rules left off the front of a name, as a word ("صباح": morning) or past their
    count of words, goes on the name when the NER's span of a person runs from it to the very end of the name
    the rules found. No word of another name found there (not the subject before an object: "هنأ الأمير فلان
    علان"), no title or name particle, no punctuation between, no second name joined by و."""
    ner_start = {c.j: c.i for c in cands if c.source == "ner" and c.type == "Person"}
    covered = {k for c in cands if c.source != "ner" and c.type != "Group" and c.source not in NAME_END_BY_RULE
               for k in range(c.i, c.j)}
    others = [c for c in cands if c.type == "Person" and c.source in NAME_END_BY_RULE]
    for c in others:
        start = ner_start.get(c.j)
        if start is None or not c.i - 2 <= start < c.i or any(k in covered for k in range(start, c.i)):
            continue
        if any(o is not c and o.i < c.i and o.j > start for o in others if (o.i, o.j) != (start, c.j)):
            continue  # another rule's name holds the words before: the NER ran two names together
        first = doc[c.i].text
        if first[:1] in ("و", "ف") and normalize(first[1:]) in lexicon.given_names():
            continue  # "إبراهيم وخالد فلان": two brothers joined by و, the NER's one span over both
        words = [doc[k].text for k in range(start, c.i)]
        if any(not is_arabic_word(doc[k]) or doc[k].is_space for k in range(start, c.i)):
            continue
        given = normalize(" ".join(words))
        if given not in lexicon.given_names() or words[0][:1] in ("و", "ف") and given[1:] in lexicon.given_names():
            continue
        if normalize(words[0]) in NAME_TITLES or match_title(doc, start) is not None or is_name_link(words[-1]):
            continue
        c.i, c.start = start, doc[start].idx
        c.form = clean_surface(text_of(doc)[c.start:c.end])


def _rare_name_word(doc: Doc, k: int) -> bool:
    """A word the NER may add to a name: an Arabic word seen at most once outside names in ANERcorp
    (twice for a definite nisba, the shape of a family name: "الكرخاني"), no function, time, cue or
    title word, no conjunction or possessive on it, no nationality, no known place or body."""
    t = doc[k]
    norm = normalize(t.text)
    outside = word_counts().get(norm, (0, 0))[1]
    nisba_shaped = t.text.startswith("ال") and t.text.endswith("ي")
    return is_arabic_word(t) and (outside <= 1 or (nisba_shaped and outside <= 2)) and len(norm) >= 3 \
        and not is_function_word(t) and not is_time_word(t) and not t.text.startswith("و") \
        and not cue_word(t.text) and norm not in lexicon.titles() and nisba_country(doc, k) is None \
        and not no_name_word(t.text, first=False) and not is_inflected_common(norm, t.text) \
        and not ordinary_word_with_pronoun(t.text) and not noun_with_possessive(t.text) \
        and not addressee_after_family_name(doc, k) \
        and not noun_after_patronymic(doc, k) and known_entity_at(doc, k, ("Place", "Organization")) is None


def _preposition_on_common_word(doc: Doc, k: int) -> bool:
    """Token k is a preposition (ب, ل, ك) written on an ordinary word of news ("ببطولة", "لأول"), which
    is no name ANERcorp knows."""
    text = doc[k].text
    if is_known_name_word(normalize(text)):
        return False
    common = mostly_common_words()
    return any(clitic in ("ب", "ل", "ك") and normalize(stem) in common for clitic, stem in clitic_variants(text)[1:])


def _set_end(doc: Doc, c: Candidate, j: int) -> None:
    c.j = j
    c.end = doc[j - 1].idx + len(doc[j - 1].text)
    c.form = clean_surface(text_of(doc)[c.start:c.end])


def _known_person_ends_name(doc: Doc, primary: list[Candidate]) -> None:
    """"الرئيس فيدل كاسترو المصنع": a person the lexicon knows ends where the lexicon's name ends; the
    definite word a title or a given name ran on to (no nisba, no family name) is no part of it."""
    known_end = {c.i: c.j for c in primary if c.source == "gazetteer" and c.type == "Person"}
    family = lexicon.person_names().family
    for c in primary:
        end = known_end.get(c.i)
        if c.type != "Person" or c.source == "gazetteer" or end is None or end >= c.j:
            continue
        rest = [k for k in range(end, c.j) if not doc[k].is_space]
        norm = normalize(doc[rest[0]].text) if len(rest) == 1 else ""
        if (norm.startswith("ال") and not norm.endswith("ي") and norm not in family) \
                or (len(rest) == 1 and _noun_in_ta_marbuta(doc[rest[0]].text)):
            last = rest[0] - 1
            while last > c.i and doc[last].is_space:
                last -= 1
            c.j, c.end = last + 1, doc[last].idx + len(doc[last].text)
            c.form = clean_surface(text_of(doc)[c.start:c.end])


def _noun_in_ta_marbuta(text: str) -> bool:
    """"... آل نهيان برقية": an indefinite word in ة that no list holds as a name, after a known person's full
    name: the verb's object ("بعث فلان برقية"), no further name word."""
    norm = normalize(text)
    return text.endswith("ة") and not text.startswith(("ال", "و")) and not is_known_name_word(norm) \
        and norm not in lexicon.given_names() and norm not in lexicon.person_names().family


def _title_countries_inside(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"لارس هانسن وزير داخلية الدنمارك": the country of a construct title belongs to the title
    holder's name phrase; it stays an entity of the article (inner of the person) but no mention a
    statement could take as a speaker of its own."""
    out: list[Candidate] = []
    for c in chosen:
        p1 = prev_word(doc, c.i) if c.type == "Place" and c.source == "gazetteer" else None
        p2 = prev_word(doc, p1) if p1 is not None else None
        title = match_title(doc, p2) if p2 is not None else None
        # (the person before read only for a place after a title: most candidates are neither)
        person = next((x for x in reversed(out) if x.type == "Person"), None) if title else None
        if title and title[0] == c.i and len(title[1].split()) == 2 and person is not None \
                and (person.title_i == p2 or prev_word(doc, p2) == person.j - 1):
            person.inner.append(c)
            continue
        out.append(c)
    return out


MISSION_HEADS = lexicon.function_words().mission_head
MISSION_CHIEFS = lexicon.function_words().mission_chief


def _mission_under_its_chief(doc: Doc, outer: Candidate) -> bool:
    """"رئيس بعثة <هيئة معروفة>": a body's mission (no standing organ) named by its chief is that body's
    delegation, and the body is mentioned too; a mission that speaks itself is the mission alone."""
    p = prev_word(doc, outer.i)
    return normalize(outer.form.split()[0]) in MISSION_HEADS and p is not None \
        and normalize(doc[p].text) in MISSION_CHIEFS


def _nest(doc: Doc, chosen: list[Candidate], primary: list[Candidate]) -> None:
    """A body or group named after another body or a place mentions that one too: "المكتب التنفيذي
    لحزب العمال" names the party, "قوات الحكومة الصومالية" the Somali government, "حكومة نيروبي" Nairobi.
    Known names only, ending a name a pattern built: a known name, or a name that goes on after the
    inner one ("صندوق الأمم المتحدة للطفولة", "ولاية النيل الأزرق الجديدة"), is one proper name."""
    inside = [c for c in primary if c.source == "gazetteer" and c.type in ("Organization", "Place")]
    starts: dict[int, list[Candidate]] = {}
    for c in inside:
        starts.setdefault(c.i, []).append(c)
    info = token_infos(doc)   # (each word's normalised text, kept per Doc: doc[k] builds a Token)
    for outer in chosen:
        if outer.type not in ("Organization", "Group"):
            continue
        located = {k for k in range(outer.i + 1, outer.j) if info[k].norm in POSTED_AT}
        # a name a pattern built names its place apart ("بنك التنمية في أمريكا اللاتينية"); a known name's
        # place is a word of its fixed name ("منظمة الأمن والتعاون في أوروبا" is no mention of Europe)
        places = [c for k in located for c in starts.get(skip_space(doc, k + 1), ())
                  if c.type == "Place" and c.j == outer.j and outer.source != "gazetteer"]
        if places:
            outer.inner.append(max(places, key=lambda c: c.j - c.i))
        if outer.source == "gazetteer" or is_club_name(outer):
            continue  # "ريال مدريد": a club's name does not mention its city
        if normalize(outer.form.split()[0]) in PART_HEADS and outer.type == "Organization" \
                and not _mission_under_its_chief(doc, outer):
            continue  # "مفوضية الاتحاد الأفريقي": the union's organ speaks, the union is not mentioned apart
        # the name ends the outer one, or the part before its place ("المكتب السياسي لحماس في الدوحة")
        for end in {outer.j} | located:
            fits = [c for k in range(outer.i + 1, end) for c in starts.get(k, ()) if c.j == end
                    and c not in places and not (end == outer.j and c.type == "Place" and _named_after_a_place(outer))
                    and not letters_before_inside(doc, c, outer)]
            if fits:
                outer.inner.append(max(fits, key=lambda c: c.j - c.i))
        if outer.type == "Group" and not outer.inner and (body := _body_of_members(outer, primary)) is not None:
            outer.inner.append(body)


# the kinds of body (org_heads.tsv) whose members a group names: parties and movements, associations and unions
MEMBERS_BODY_KINDS = frozenset({"party", "other"})


def _body_of_members(outer: Candidate, primary: list[Candidate]) -> Candidate | None:
    """"نواب الحزب الليبرالي", "قياديي الجبهة الشعبية": a group of a body's members, named by the members' noun
    in construct with a party, movement or association the head-noun pattern read (no table knows it): the body
    is mentioned too, as a known one is. A state's body or force ("أعضاء البعثة <nationality>", "قوات الأمن
    <nationality>") names the kind of the group, no body apart. The longest such body ending the group's name,
    None when none."""
    fits = [c for c in primary if c.source == "org" and c.type == "Organization" and outer.i < c.i and c.j == outer.j
            and lexicon.org_heads().get(normalize(c.form.split()[0]).removeprefix("ال")) in MEMBERS_BODY_KINDS]
    return max(fits, key=lambda c: c.j - c.i) if fits else None


def _named_after_a_place(outer: Candidate) -> bool:
    """"جامعة القاهرة", "معهد دراسات البلقان": an institution (university, institute, centre, hospital) takes a
    city's or region's name as its own, as it takes a founder's; the place is a word of the name, no mention."""
    head = normalize(outer.form.split()[0])
    return outer.type == "Organization" and (head in NAMED_AFTER_HEADS or head.removeprefix("ال") in NAMED_AFTER_HEADS)


PARTY_NAME_ADJECTIVES = lexicon.function_words().party_name_adjective


def _adds_name_words(longer: Candidate, known: Candidate) -> bool:
    """The words the longer name has past the known one name a body of their own: relative adjectives, an
    adjective parties close their names with ("الحزب الديمقراطي الحر"), or a complement in لـ the head-noun
    pattern read as the body's remit or country ("الجمعية الوطنية لحقوق الإنسان", "الحزب الديمقراطي لـ<بلد>")."""
    rest = longer.form.split()[len(known.form.split()):]
    return bool(rest) and rest[0].startswith("ل") \
        or all(w.startswith("لل") or is_nisba(w) or normalize(w) in PARTY_NAME_ADJECTIVES for w in rest)


def _bare_generic_institution(c: Candidate) -> bool:
    """"الحكومة", "الشرطة", "الجيش" alone: the generic institution's one-word name, a common noun."""
    return c.key in GENERIC_INSTITUTIONS and c.j - c.i == 1


def _appositions(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"وكالة الأنباء السورية سانا": a described organization followed by its known name is one."""
    out: list[Candidate] = []
    toks = tokens_of(doc)   # (offsets and texts read off the kept lists: doc[k] builds a Token)
    for c in chosen:
        prev = out[-1] if out else None
        # "وكالة الأنباء العراقية واع" or "... (واع)"
        gap = c.i - prev.j if prev is not None else -1
        # "وكالة ... ومنظمة الصحة العالمية": a conjunction joins two bodies, it names none twice
        conjoined = c.start > toks.starts[c.i] and toks.texts[c.i].startswith(("و", "ف"))
        # "دعت المنظمة ... الحكومة إلى": a generic institution's bare name after a body is the verb's object,
        # a common noun that names no body apart
        if prev is not None and prev.source == "org" and c.source == "gazetteer" and c.type == "Organization" \
                and (gap == 0 or (gap == 1 and c.doc_text_before == "(")) and not conjoined \
                and not _bare_generic_institution(c):
            # one body: the description keeps its own offsets as a mention of the known name's entity
            c.extra_forms |= {prev.form} | prev.extra_forms
            prev.key, prev.extra_forms = c.key, prev.extra_forms | {c.form}
        out.append(c)
    return out


def _acronyms_in_parentheses(doc: Doc, chosen: list[Candidate]) -> None:
    """"صندوق النقد الدولي (IMF)", "الهيئة العامة للطيران (GACA)": a Latin acronym, or one spelled in
    Arabic letters ("( آي إم إف )"), in parentheses right after a body's name is that body's short name:
    it joins the body (its key, or the name it refers to), no second body."""
    for prev, c in zip(chosen, chosen[1:]):
        latin = c.j - c.i == 1 and c.form.isascii() and c.form.isupper()
        if prev.type != "Organization" or c.type != "Organization" or c.source != "org" \
                or not (latin or is_spelled_acronym(c.form)):
            continue  # "(IMF)", or its letters spelled in Arabic: "( آي إم إف )"
        between = [t.text for t in doc[prev.j:c.i] if not t.is_space]
        after = skip_space(doc, c.j)
        if between == ["("] and after < len(doc) and doc[after].text == ")":
            if prev.key:
                c.key = c.key or prev.key
            else:
                c.refers_to = (prev.form,)


# the marks a short name stands in right after a body's full name, opener -> closer
SHORT_NAME_MARKS = {"(": ")", "«": "»", '"': '"', "“": "”"}


def _known_short_name_after_body(doc: Doc, chosen: list[Candidate]) -> None:
    """"مجموعة ... الإفريقي (سادك)", "... «إيكواس»": a one-word name the tables know, in parentheses or quote
    marks right after a body's full name they do not know, is that body's short name (news style: the full
    name first, the acronym after it): the full name takes its key, one body, not two."""
    for prev, c in zip(chosen, chosen[1:]):
        if prev.type != "Organization" or c.type != "Organization" or prev.key or not c.key or c.j - c.i != 1:
            continue
        between = [t.text for t in doc[prev.j:c.i] if not t.is_space]
        after = skip_space(doc, c.j)
        if len(between) == 1 and between[0] in SHORT_NAME_MARKS and after < len(doc) \
                and doc[after].text == SHORT_NAME_MARKS[between[0]]:
            prev.key = c.key


# "جامعة الملك فهد", "مستشفى الأمير سلطان العسكري": an institution named after a royal or religious figure
NAMED_AFTER_HEADS = lexicon.function_words().named_after_head


def _bodies_named_after_persons(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An institution's head noun (named_after_head) right before a royal or religious title and a
    person's name is an institution named after that person: one body, its head to the name's end and
    the adjectives or remit after it ("جامعة الملك سعود", "بمستشفى الشيخ خليفة التخصصي", "مؤسسة
    الأمير فلان للتنمية"); the person is no actor there."""
    info = token_infos(doc)
    out: list[Candidate] = []
    for c in cands:
        if c.type != "Person":
            continue
        first = c.title_i if c.title_i is not None else c.i
        if info[first].norm not in NAME_TITLES:   # (normalize of the word's text, kept per Doc)
            continue
        p = prev_word(doc, first)
        if p is None or p != first - 1 or info[p].norms.isdisjoint(NAMED_AFTER_HEADS):
            continue
        clitic = next(n for n, _, norm in info[p].readings if norm in NAMED_AFTER_HEADS)
        end = c.j
        while end < len(doc) and end - c.j < 2 and doc[end].text.startswith("ال") and is_nisba(doc[end].text):
            end += 1   # "التخصصي", "العسكري": the institution's kind
        end = remit_end(doc, end)   # "للبترول والمعادن"
        s, e = span_chars(doc, p, end, clitic)
        out.append(Candidate(p, end, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
    return out


def _non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: dict[int, Candidate] = {}
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), RANK[c.source], c.i)):
        clash = [taken[k] for k in range(c.i, c.j) if k in taken]
        if clash:
            winner = clash[0]
            # the same person from a title pattern and from the gazetteer: keep what each knows
            if c.title and winner.type == "Person" and winner.title is None:
                winner.title, winner.role_of, winner.title_i = c.title, c.role_of, c.title_i
            if winner.i == c.i and winner.j == c.j:
                winner.key = winner.key or c.key
                winner.extra_forms |= c.extra_forms  # "مدينة الطائف" for the gazetteer's الطائف
            continue
        chosen.append(c)
        for k in range(c.i, c.j):
            taken[k] = c
    return chosen


def _family_names_over_places(chosen: list[Candidate]) -> None:
    """"القائد مظلوم كوباني ... وأضاف كوباني": a one-word place name that is the family name of
    a person the article names in full is that person (here not the town of Kobani); so is a one-word
    place or body the NER alone guessed ("حكم عائلة فلان", "فوز فلان"): no table vouches for it."""
    family = {normalize(c.form.split()[-1]): c for c in chosen if c.type == "Person" and len(c.form.split()) >= 2}
    for c in chosen:
        if c.j - c.i == 1 and normalize(c.form) in family and (
                (c.type == "Place" and c.source == "gazetteer")
                or (c.type in ("Place", "Organization") and c.source == "ner" and c.key is None)):
            c.type, c.key, c.source = "Person", None, "propagated"


def _body_names_taken_for_persons(chosen: list[Candidate]) -> None:
    """"شركة فلانكو الأمريكية ... وقالت فلانكو إن": the own name of a body the article named with its head
    noun (an outlet, company, party or agency) names that body wherever a finder without a list
    (speech slot, title, NER) took it for a person: one name, one referent in an article."""
    names = {normalize(f) for c in chosen if c.type == "Organization" and c.source == "org"
             for f in (c.form, *c.extra_forms)}
    for c in chosen:
        if c.type == "Person" and c.source in PERSON_GUESSES and normalize(c.form) in names:
            c.type, c.key, c.source, c.title, c.role_of, c.title_i = "Organization", None, "propagated", None, None, None


# finders that take words for a person's name by their place in the sentence, no list vouching for them
PERSON_GUESSES = frozenset({"subject", "title", "ner", "nationality_name", "possessed_role"})
CLUB_CONTEXT = lexicon.function_words().club_context


def _clubs_named_after_cities(doc: Doc, chosen: list[Candidate]) -> None:
    """"وسجل فلان لاعب ليون الهدف ... وتقدم ليون": a city the article names right after a noun of a
    sports team, its players or its match (club_context, clitics aside) is the club named after the
    city, and so is every other mention of that name in the article (one name, one referent: the
    same form joins one entity)."""
    info = token_infos(doc)
    known = lexicon.entity_by_key()
    clubs = set()
    for c in chosen:
        if c.type != "Place" or c.source != "gazetteer" or not c.key:
            continue   # (most candidates: the word before them need not be read)
        entry = known.get(c.key)
        p = prev_word(doc, c.i) if entry is not None and entry.kind in CITY_KINDS else None
        if p is not None and not info[p].norms.isdisjoint(CLUB_CONTEXT):
            clubs.add(normalize(c.form))
    if not clubs:
        return
    for c in chosen:
        if c.type == "Place" and c.source == "gazetteer" and normalize(c.form) in clubs:
            c.type, c.key, c.source = "Organization", None, "org"


def _sure_family_name(doc: Doc, k: int) -> bool:
    """The last word of a name found by its given name alone names the person elsewhere only when it
    is a family name the table knows, or one shaped like a family name: no article ("زيدان"), or a
    nisba ("الخالدي"), not a definite noun ("عزيز النصر")."""
    text = tokens_of(doc).texts[k]
    norm, names = normalize(text), lexicon.person_names()
    if norm in names.given and norm not in names.family:
        return False  # "سمير محمد": a father's given name names many others alone
    return norm in names.family or not text.startswith("ال") or text.endswith("ي")


REGNAL_ORDINALS = lexicon.function_words().regnal_ordinal


def _opens_with_title(words: list[str]) -> bool:
    """Do the first words (normalised) make a title of the table, of one word or several ("ولي العهد")?"""
    titles = lexicon.titles()
    return any(" ".join(words[:n]) in titles for n in range(1, len(words) + 1))


def family_name(c: Candidate) -> bool:
    """Is the last word of a person's name a family name that names them alone? Not a regnal ordinal
    ("عبد الله الثاني", "بنديكت السادس عشر"), nor God's name ("نصر الله"), nor a nationality after a
    title ("العاهل الأردني"); a family name that is a nationality ("هاني المصري") is one."""
    words = normalize(c.form).split()
    # the title may be of several words: "ولي العهد الأردني" names no one by its nationality alone
    title_and_nationality = words[-1] in lexicon.nisba_to_country() and _opens_with_title(words[:-1])
    return words[-1] not in REGNAL_ORDINALS and words[-1] != GOD and not title_and_nationality


EAST_ASIAN_NAME_WORDS = 3        # "كيم جونغ أون": a family name and a given name of two syllables
SYLLABLE_LETTERS = 5             # at most, in one syllable as Arabic writes it ("ميونغ")
FAMILY_FIRST_LETTERS = (2, 4)    # "لي", "كيم", "وانغ"


def family_name_written_first(form: str) -> str | None:
    """The family name, normalised, that opens a Chinese or Korean name of three one-syllable words ("يون سوك
    يول", "شي جين بينغ"): news names the person by it alone. None for a name opened by a given name the tables
    know (Arabic or foreign: "جان بيير فلان") or holding one, a name particle, God's name, a name of descent, or a
    word also ordinary."""
    surface = form.split()
    words = [normalize(w) for w in surface]
    low, high = FAMILY_FIRST_LETTERS
    if len(words) != EAST_ASIAN_NAME_WORDS or any(len(w) > SYLLABLE_LETTERS for w in words) \
            or not low <= len(words[0]) <= high:
        return None
    first = words[0]
    arabic = lexicon.person_names()
    # an Arabic or Persian name ("فلان الله علان", "فلان أحمد علان") holds an Arabic given name or God's name
    # somewhere; a syllable of a Chinese name may be spelled like a foreign given name ("جين")
    if first in lexicon.given_names() or is_ordinary_word(first) or not name_like_text(surface[0]) \
            or any(w in arabic.given_male or w in arabic.given_female or w in NAME_LINKS or w in DESCENT or w == GOD
                   for w in words):
        return None
    return first


def propagate(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Find again every name already found: a name recognised once is the same name elsewhere."""
    _family_names_over_places(chosen)
    _clubs_named_after_cities(doc, chosen)
    _body_names_taken_for_persons(chosen)
    forms: dict[str, Candidate] = {}
    # family names that read as a function word only through a proclitic, normalised -> as written in the full name
    clitic_forms: dict[str, str] = {}
    # names from the trusted sources first: their forms and types win over the NER's guesses
    for c in sorted(chosen, key=lambda c: c.source in ("ner", "subject", "coordinated", "after_known")):
        if c.type == "Group":
            continue
        forms.setdefault(normalize(c.form), c)
        if c.type == "Organization" and c.source == "org":
            for form in c.extra_forms:  # "انرون" after "شركة انرون الأمريكية": the body's own name alone
                forms.setdefault(normalize(form), c)
        toks = c.form.split()
        if c.type == "Person" and len(toks) >= 3 and normalize(toks[-2]) in DESCENT:
            # "الوليد بن طلال" is "بن طلال" again, but "طلال" alone is the father; so after a given name of two
            # words ("محمد الأمين ولد فلان" is "ولد فلان" again, as Mauritanian news names people)
            forms.setdefault(normalize(" ".join(toks[-2:])), c)
            continue
        if c.type == "Person" and len(toks) >= 3 and normalize(toks[-2]) in FAMILY_PARTICLES:
            # "ماركو فان باستن" is "فان باستن" again, with the particle of the family name
            forms.setdefault(normalize(" ".join(toks[-2:])), c)
        if c.type == "Person" and len(toks) >= 2 and "-" in toks[-1] and name_like_text(toks[-1].rsplit("-", 1)[1]):
            # "فلان علان-فستان" is "فستان" again: the last part of a double family name
            forms.setdefault(normalize(toks[-1].rsplit("-", 1)[1]), c)
        if c.type == "Person" and len(toks) >= 2 and len(normalize(toks[-1])) >= 3:
            last = normalize(toks[-1])
            # a family name the lexicon or a title vouches for may be a common word too (المعلم), or a word that
            # only a proclitic reading makes a function word ("فلان ويا ... وأعلن ويا": و + يا)
            # (the name's last word read off the Doc's token lists: each doc[k] builds a Token)
            last_text = tokens_of(doc).texts[c.j - 1]
            clitic_shaped = family_name_read_as_clitic(last_text)
            trusted = c.source in ("gazetteer", "title") and (not is_function_text(last_text) or clitic_shaped)
            # "بيتر كينيون ... وقال كينيون": a word ANERcorp's annotators found inside names at least half
            # the times they saw it names the person alone, though it reads as an inflected word too
            # (كيني + ون)
            name_word = name_like_at(doc, c.j - 1) or is_known_name_word(last)
            if last not in forms and (name_word or trusted) and family_name(c) \
                    and (c.source != "given_name" or _sure_family_name(doc, c.j - 1)):
                forms[last] = c
                if trusted and clitic_shaped:
                    clitic_forms[last] = toks[-1]
        if c.type == "Person" and (first := family_name_written_first(c.form)) is not None:
            forms.setdefault(first, c)   # "يون سوك يول ... وقال يون": the family name that opens the name
    # the statistical NER only fills gaps: a name found by a trusted source, found again, wins
    guesses = [c for c in chosen if c.source == "ner" and c.j - c.i == 1]
    chosen = [c for c in chosen if not (c.source == "ner" and c.j - c.i == 1)]
    taken = {k for c in chosen for x in [c, *c.inner] for k in range(x.i, x.j)}
    extra = []
    guessed: dict[int, bool] = {}   # a propagated mention of a one-word name only the NER found
    family: dict[int, bool] = {}    # a propagated mention of a shorter form of a person's full name
    toks, firsts = tokens_of(doc), phrase_firsts(forms)
    for i in positions_of_own_words(doc, frozenset(firsts)):
        if i in taken or toks.spaces[i] or not toks.arabic[i]:
            continue
        hit = longest_match(doc, i, forms, firsts=firsts)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        src = forms[norm]
        if any(k in taken for k in range(i, i + n)) or (n == 1 and src.type == "Place" and adjectival(doc, i, surface)):
            continue
        if n == 1 and is_function_text(toks.texts[i]) and surface not in NAMES_LIKE_FUNCTION_WORDS \
                and clitic_forms.get(norm) != surface:
            continue  # "على" folds onto the name "علي": the preposition as written is no mention
            # (but "ويا", written as in the full name found before, is that name's family name again)
        if n == 1 and preposition_spelled_as_name(doc, i):
            continue  # "العدوان علي الشعب" in a text that writes إلي: the preposition, not the name found before
        if n == 1 and _ordinary_word_of_time(doc, i):
            continue  # "صباح اليوم", "عن عمر 75 عاما": the morning, the age, not the person named صباح or عمر
        s, e = span_chars(doc, i, i + n, cl)
        extra.append(Candidate(i, i + n, s, e, clean_surface(surface), src.type, "propagated", key=src.key))
        guessed[id(extra[-1])] = src.source == "ner" and n == 1
        family[id(extra[-1])] = src.type == "Person" and len(src.form.split()) > n
        taken.update(range(i, i + n))
    kept = [c for c in guesses if not any(k in taken for k in range(c.i, c.j))]
    found = sorted(chosen + extra + kept, key=BY_FIRST_TOKEN)
    # "وقال سالم الزبيدي ... وأضاف السالم الزبيدي": a word the NER alone took for a name, right before the
    # family name of a person the article names in full, is a variant of that person's given name: the
    # family name alone names them, no second person stands beside them
    at = {c.i: c for c in found}

    def variant_before_family_name(c: Candidate) -> bool:
        if c.type != "Person" or not (guessed.get(id(c)) or (c.source == "ner" and c.j - c.i == 1)):
            return False
        nxt = at.get(skip_space(doc, c.j))
        return nxt is not None and family.get(id(nxt), False) and nxt.start == toks.starts[nxt.i]  # no clitic: "وX"

    lone = _lone_guesses(doc, found, guessed) | _lone_place_or_body_guesses(doc, found, guessed)
    # "في مشهد رمزي", "في ريف المدينة": a place guess the next word shows to be a common noun; "السلم الأهلي": a body
    # guess that is the adjective of the definite noun before it
    lone |= {id(c) for c in found if (guessed.get(id(c)) or c.source == "ner")
             and (common_noun_guess(doc, c) or adjective_of_the_noun_before(doc, c))}
    # "وزير الدولة لشؤون X", "قسم X في المنظمة": the place a title's or a division's remit names, found by the NER
    # or found again there, is no place the article speaks of
    lone |= {id(c) for c in found if c.type == "Place" and c.source in ("ner", "propagated")
             and c.start == toks.starts[c.i] and remit_of_a_title(doc, c.i)}
    # "صحيفة «تونس الآن»", 'عصابة "ذئاب بيروت"': a place's name inside the quoted name of a paper or a gang
    lone |= {id(c) for c in found if place_inside_quoted_name(doc, c)}
    # "فيروس X", "باب X", "العاصفة X": a one-word name the article writes after a thing's head noun is that thing's,
    # no person's, where a guessing finder read it and propagation found it again
    lone |= names_of_things(doc, found)
    return [c for c in found if id(c) not in lone and not variant_before_family_name(c) and not _vessel_name(doc, c)]


PREPOSITIONS = lexicon.function_words().preposition


def _lone_place_or_body_guesses(doc: Doc, found: list[Candidate], guessed: dict[int, bool]) -> set[int]:
    """A one-word Place or Organization only the statistical NER read, in no table, that the article writes
    once: news names a place it has not named before where places stand, after a preposition ("في X", "إلى X"),
    an outlet as the one a speaker told ("قال لـX"), a body as a speech verb's subject, and glosses a body's short name in parentheses; a single word the NER tagged once, in neither slot, is an
    ordinary word (a predicate, a verb, an adverb in the accusative) the tagger read as a foreign name."""
    known = lexicon.known_entities()
    count: dict[str, int] = {}
    for c in found:
        count[normalize(c.form)] = count.get(normalize(c.form), 0) + 1
    return {id(c) for c in found
            if c.type in ("Place", "Organization") and c.j - c.i == 1 and c.key is None
            and (guessed.get(id(c)) or c.source == "ner") and count.get(normalize(c.form), 0) == 1
            and not _name_in_a_table(normalize(c.form), known)
            and not (c.type == "Place" and _after_a_preposition(doc, c))
            and not (c.type == "Organization" and _clitic_before(doc, c).endswith("ل"))
            and not _in_parentheses(doc, c.i) and not _in_name_slot(doc, c.i)}


def _after_a_preposition(doc: Doc, c: Candidate) -> bool:
    """"في X", "وإلى X", "بX": the place's slot after a preposition, written apart or as a clitic."""
    if _clitic_before(doc, c).endswith(("ب", "ل")):
        return True
    p = prev_word(doc, c.i)
    if p is None:
        return False
    word = normalize(tokens_of(doc).texts[p])
    return word in PREPOSITIONS or (word[:1] in ("و", "ف") and word[1:] in PREPOSITIONS)


def _clitic_before(doc: Doc, c: Candidate) -> str:
    """The proclitics written on the candidate's first word before its name ("ول" of "ولفلان")."""
    start = tokens_of(doc).starts[c.i]   # (the word's offset off the Doc's token lists: doc[k] builds a Token)
    return text_of(doc)[start:c.start] if c.start > start else ""


def _in_parentheses(doc: Doc, i: int) -> bool:
    """"(X)": a short name glossing the full name before it."""
    p, n = prev_word(doc, i), skip_space(doc, i + 1)
    return p is not None and doc[p].text == "(" and n < len(doc) and doc[n].text == ")"


def _lone_guesses(doc: Doc, found: list[Candidate], guessed: dict[int, bool]) -> set[int]:
    """A one-word Person only the statistical NER read, that the article writes once and nowhere in a name's
    slot: news introduces a person by a title, a full name or as the one who speaks, so a single word the NER
    tagged once, with none of these, is an ordinary word (a predicate, an object, a noun with a suffix). So is
    one word in a speech verb's subject slot, written once, no word of a longer name of the article, right
    before a definite noun (its genitive), or right after a verb
    whose subject, a name, stands before it."""
    known = lexicon.known_entities()
    count: dict[str, int] = {}
    for c in found:
        if c.type == "Person":
            count[normalize(c.form)] = count.get(normalize(c.form), 0) + 1
    ends = {c.j - 1 for c in found if c.type in ("Person", "Organization", "Place")}
    words = {normalize(w) for c in found if c.type == "Person" and c.j - c.i > 1 for w in c.form.split()}
    return {id(c) for c in found
            if c.type == "Person" and c.j - c.i == 1 and count.get(normalize(c.form), 0) == 1
            and not _name_in_a_table(normalize(c.form), known)
            and (((guessed.get(id(c)) or c.source == "ner") and not _in_name_slot(doc, c.i))
                 or (c.source == "subject" and normalize(c.form) not in words and _before_its_genitive(doc, c.j)
                     and _shape_of_an_arabic_noun(doc[c.i].text))
                 or (c.source == "subject" and normalize(c.form) not in words and _subject_before_the_verb(doc, c.i, ends)))}


def _subject_before_the_verb(doc: Doc, i: int, ends: set[int]) -> bool:
    """"وكان فلان يكتب مقالا في": a name right before the verb is its subject already, the one word after the
    verb its object."""
    verb = prev_word(doc, i)
    before = prev_word(doc, verb) if verb is not None else None
    return before is not None and before in ends and not doc[verb].text.startswith(("و", "ف"))


def _shape_of_an_arabic_noun(text: str) -> bool:
    """"رداءة", "مراقب", "محرر": a word in ة, or a participle of the derived forms (م and three root letters, no
    long vowel, or م then an alef after the first root), shapes foreign family names seldom take."""
    core = text.lstrip("وف")
    return core.endswith("ة") or (core.startswith("م") and (
        (len(core) == 4 and not any(ch in "اوي" for ch in core[1:]))
        or (len(core) == 5 and core[2] == "ا" and not any(ch in "وي" for ch in core[1:]))))


def _before_its_genitive(doc: Doc, j: int) -> bool:
    """The word ending at j is followed by a definite noun: "كشف ضعف الخطة", "كتب مراسل الشؤون": a noun in
    construct with its genitive, read as the verb's subject only because nothing closed the slot; a
    person named once by one word, no full name elsewhere, in no table, seldom stands there."""
    n = skip_space(doc, j)
    return n < len(doc) and doc[n].text.startswith("ال")


def _name_in_a_table(norm: str, known: dict) -> bool:
    return norm in known or norm in lexicon.given_names() or norm in lexicon.family_names() \
        or is_known_name_word(norm)


def _in_name_slot(doc: Doc, i: int) -> bool:
    """Token i stands where names stand: after a title, before a name-like word (its family name), right
    after a speech verb (its subject) or before one, what was said or a colon."""
    p, n = prev_word(doc, i), skip_space(doc, i + 1)
    if p is not None and (match_title(doc, p) is not None or _speech_verb(doc[p].text)):
        return True
    return n < len(doc) and (is_name_like(doc[n]) or _speech_verb(doc[n].text) or doc[n].text in (":", "،", ",")
                             or normalize(doc[n].text) in COMPLEMENTIZERS)


COMPLEMENTIZERS = lexicon.function_words().complementizer


def _speech_verb(text: str) -> bool:
    """A verb of the cue table, bare or after و/ف: a speech noun ("الخطاب", "بيان") opens no subject slot."""
    cues = lexicon.cues()
    return any((cue := cues.get(normalize(text[len(p):]))) is not None and cue.kind == "verb"
               for p in ("", "و", "ف") if text.startswith(p))


def _ordinary_word_of_time(doc: Doc, i: int) -> bool:
    """Token i, an ordinary word of news that is a given name too (صباح، عمر), right before a time word or a
    number: the word's own sense, as ANERcorp sees it outside names half the times or more ("صباح الغد" morning, "عمر 40 عاما" age) no name takes."""
    nxt = skip_space(doc, i + 1)
    seen, outside = word_counts().get(normalize(doc[i].text), (0, 0))
    return seen > 0 and outside * 2 >= seen and nxt < len(doc) \
        and (is_time_word(doc[nxt]) or is_number(doc, nxt) or normalize(doc[nxt].text) in PARTS_OF_DAY
             or (normalize(doc[nxt].text) in TIME_ADJUNCTS and not is_function_word(doc[nxt])))  # "اليوم", not من


TIME_ADJUNCTS = lexicon.function_words().adjunct   # "اليوم" (the kind holds من of "من جهته" too)

