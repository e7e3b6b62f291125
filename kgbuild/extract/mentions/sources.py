"""Unnamed sources and agents as speakers ("قال مصدر مطلع", "وقال مسؤولون أمريكيون", "المشاركون قالوا"):
a group noun in the subject slot of a speech verb, with the body it speaks for."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize, strip_article
from ..words import (is_function_text, PRONOUN_SUFFIXES, QUOTE_CHARS, ner_ents, text_of, is_arabic_word, is_function_word, is_punct, is_time_word,
                     prev_word, tokens_of, without_conjunction, is_arabic_text, words_where)
from .base import (PLURAL_ENDINGS, PREPOSITIONS, Candidate, known_entity_at, known_entity_match, nisba_country, skip_space,
                   span_chars)
from .slots import SLOT_ADJUNCTS
from .spans import closeness_complement_end, construct_complement, description_end, group_modifiers

SOURCE_NOUNS = lexicon.source_nouns()
PERSON_LABELS = ("PERS", "PER")   # the NER's label of a person's name
PLACE_HEADS_KEPT = lexicon.function_words().place_head_kept   # "مطار X", "قصر X": the head is part of the name
SPEAKING_FOR = normalize("باسم")     # "متحدث باسم X": a title whose body speaks, read by the title rules
SVO_OPENERS = lexicon.function_words().clause_opener | lexicon.function_words().complementizer
ACCORDING_TO = lexicon.function_words().according_to   # "بحسب", "وفقا"
RELAY_FROM = normalize("عن")                            # "نقلت وكالة X عن مصدر": the source quoted
ASCRIBED_TO, ASCRIBE_LEMMA = normalize("إلى"), "نسب"    # "نسبت صحيفة X إلى مصدر قوله": the source quoted
ASCRIBE_BACK = 8                                        # words from إلى back to the verb of ascribing
RELAY_LEMMA = "نقل"                                     # "نقلت وكالة X عن وزير ...": the verb of relaying
# title nouns read as a source only when a report relays them ("نقلت X عن وزير إيطالي قوله")
RELAYED_NOUNS = lexicon.slot_source_nouns("relayed")
FORMER = frozenset(normalize(w) for w in ("سابق", "سابقة"))


def spoken_for(doc: Doc, i: int) -> bool:
    """Token i follows a spokesman's "باسم" ("المتحدث باسم الخارجية", "متحدثون باسم جمعية ..."): what it
    heads is the body he speaks for."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    return p is not None and normalize(toks.texts[p]) == SPEAKING_FOR


def source_subjects(doc: Doc) -> list[Candidate]:
    """"وقال مصدر أمني فلسطيني إن", "لكن مسؤولا رفيعا قال": one unnamed person (a source, an official, a
    spokesman, a witness) as the subject of a speech verb, right after it or opening the clause right
    before it, speaks as a group of its kind. Only there: elsewhere "مصدر" is a source of anything."""
    out = []
    toks = tokens_of(doc)
    for k in words_where(doc, _may_open_source):
        norm = normalize(toks.texts[k])
        if norm in RELAYED_NOUNS:
            out += _relayed_holder(doc, k, norm)
            continue
        if not _may_be_source(norm):
            continue
        p = prev_word(doc, k)
        # "وفقا لمصدر أمني", "بحسب مسؤول": the source an according-to marker names (ل glued after وفقا)
        marker = normalize(toks.texts[p]) if p is not None else ""
        according = without_conjunction(marker, ACCORDING_TO) in ACCORDING_TO
        clitic = 1 if according and norm[:1] == "ل" and norm[1:] in SOURCE_NOUNS else 0
        # "ومسؤول أمريكي قال إن", "والبعض يرى أن": و/ف glued on a source noun that opens its own clause (its verb after it)
        conjoined = not clitic and _conjoined_source(norm)
        clitic = clitic or int(conjoined)
        norm = norm[clitic:]
        if norm not in SOURCE_NOUNS and norm.startswith("ال") and norm[2:] in SOURCE_NOUNS:
            # "وقال المسؤول، طالبا عدم ذكر اسمه، إن": a definite source who declines to be named
            if (anonymous := _anonymous_definite(doc, k, norm[2:])) is not None:
                out.append(anonymous)
            continue
        accusative = norm.endswith("ا") and norm[:-1] in SOURCE_NOUNS   # "لكن مسؤولا ... قال"
        kind = SOURCE_NOUNS.get(norm[:-1] if accusative else norm)
        if kind is None:
            continue
        if according and not accusative and not _speaks_for_named_body(doc, k):
            j = _singular_adjectives(doc, k + 1)
            s, e = span_chars(doc, k, j, clitic)
            out.append(Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + kind))
            continue
        feminine = norm.endswith("ه")
        nxt = skip_space(doc, k + 1)
        if nxt < len(doc) and toks.texts[nxt].startswith("ال") and not nisba_country(doc, nxt) and not norm.startswith("ال"):
            continue  # "مراقب الدولة", "مسؤول الملف": a head in construct (no definite head is), a title of one office
        if _indefinite_construct(doc, nxt) or _names_a_person_in_construct(doc, nxt):
            continue  # "قائد شرطة بغداد", "قائد فريق برشلونة فلان": a title of one office as well
        if not accusative and nxt < len(doc) and not nisba_country(doc, nxt) \
                and known_entity_at(doc, nxt, ("Place",)) is not None:
            # "سفير فرنسا": in construct with a state's bare name, the title of its one office (not the accusative
            # adjective "مسؤولا ليبيا", written as the country is)
            continue
        j, affiliation = group_modifiers(doc, k + 1, toks.texts[k])
        singular = not norm.startswith("ال") and not norm.endswith(PLURAL_ENDINGS[:2])
        if norm.startswith("ال"):
            j = _definite_adjectives_end(doc, j)   # "البعض الآخر": a definite source takes definite adjectives
        elif singular:
            # a plural source ("آخرون", "كثيرون") takes plural adjectives only, which group_modifiers reads:
            # "وقال آخرون دونما إسهاب إن"
            j = _singular_adjectives(doc, j, accusative, feminine=feminine)
        after = skip_space(doc, j)
        if _speaks_for_named_body(doc, k):
            continue  # "متحدث (آخر) باسم الرئاسة", "متحدث باسمه": the title rules name the body or person
        p = _past_addressee(doc, _past_slot_adjuncts(doc, p))   # "وقال أمس مصدر", "وأكد للصحيفة مصدر"
        # "نقلت X عن مصدر", "نسبت X إلى مسؤول ... قوله"
        # (a noun with و glued on opens a clause of its own: never a verb's subject after it, nor relayed)
        relayed = p is not None and not accusative and not conjoined \
            and (normalize(toks.texts[p]) == RELAY_FROM or _ascribed_to(doc, p))
        verb_before = p is not None and not accusative and not conjoined \
            and _speech_verb_gender_past_object(toks.texts[p]) == feminine   # "اعتبره كثيرون", "وصفه مصدر"
        before = normalize(toks.texts[p]) if p is not None else ""
        # "وكان مصدر دبلوماسي قد قال": the opener may carry و
        opens = p is None or conjoined or toks.punct[p] or before in SVO_OPENERS \
            or (before[:1] == "و" and before[1:] in SVO_OPENERS)
        other = after < len(doc) and normalize(toks.texts[after]) in WORDS.another
        if other:
            after = skip_space(doc, after + 1)   # "ومسؤول كيني آخر قال": another source of the same kind
        after = _verb_slot_after(doc, j, after)
        verb_after = opens and after < len(doc) and _speech_verb_gender(toks.texts[after], prefixed=False) == feminine
        if not (verb_before or verb_after or relayed):
            continue
        if other and verb_after and not (verb_before or relayed):
            j = skip_space(doc, j) + 1   # the subject before its verb ends with آخر
        s, e = span_chars(doc, k, j, clitic if conjoined else 0)
        declining = declining_form(doc, k, j, clitic if conjoined else 0)
        close = closeness_form(doc, k, j, clitic if conjoined else 0)
        # "ممرضة في ليون", "رجل في الستين من عمره": where the person is, of what origin or age describes them too
        described = clean_surface(text_of(doc)[s:span_chars(doc, k, end, clitic if conjoined else 0)[1]]) \
            if (end := description_end(doc, j)) is not None else None
        first = _first_adjective_form(doc, k, j, clitic if conjoined else 0) if singular else None
        out.append(Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + kind,
                             role_of=affiliation, extra_forms={f for f in (declining, close, described, first) if f}))
    return out


def _first_adjective_form(doc: Doc, k: int, j: int, clitic: int) -> str | None:
    """"دبلوماسي آسيوي يقيم في العاصمة", "طالبة جامعية تسكن الحي", "مراقب أوروبي حضر الجلسة": one unnamed source with
    two words or more read as its adjectives, the noun with its first one alone: the words after it may open a
    relative clause (a verb, a participle with its complement) that describes the person, no adjective of the noun;
    None with one adjective or none."""
    first_end = skip_space(doc, k + 1) + 1
    if j <= first_end:
        return None
    return clean_surface(text_of(doc)[slice(*span_chars(doc, k, first_end, clitic))])


WORDS = lexicon.function_words()
ANONYMITY_WORDS = 8   # words after a source (and its adjectives) within which it declines to be named
OWN_NAME_WORDS = 5    # words from "طالبا", "فضل" to "اسمه", "هويته" ("طالبا عدم الكشف عن اسمه")
CONTENT_STOPS = (":", ".", "؟", "!")   # a colon opens what was said, the others end the sentence
DEFINITE_ADJECTIVES = 2


def _anonymous_definite(doc: Doc, k: int, noun: str) -> Candidate | None:
    """"وقال المسؤول (المقرب من الحكومة)، طالبا عدم ذكر اسمه، إن", "وأوضح الدبلوماسي الذي طلب عدم الكشف عن
    هويته أن": a definite source noun right after a speech verb of its gender, which declines to be named a
    few words on, is an unnamed source that speaks as a group of its kind, as "مسؤول" does; no one named
    before (a named person asks no such thing). Elsewhere a definite source noun refers back (speakers)."""
    p = _past_slot_adjuncts(doc, prev_word(doc, k))
    if p is None or _speech_verb_gender(doc[p].text, prefixed=True) != noun.endswith("ه"):
        return None
    j = _definite_adjectives_end(doc, k + 1)
    if declined_name(doc, j, len(doc)) is None or _named_right_after(doc, j):
        return None   # "قال الشاب فلان، وهو عاطل رفض ذكر اسمه الكامل": named by his first name, a person
    return _source_group(doc, k, j, noun)


def _named_right_after(doc: Doc, j: int) -> bool:
    """A person's name (as the NER reads it, or a known person) right after a definite source noun and its
    adjectives: "الشاب فلان" names the one who speaks."""
    q = skip_space(doc, j)
    return q < len(doc) and (any(start == q and label in PERSON_LABELS for start, _, label in ner_ents(doc))
                             or known_entity_at(doc, q, ("Person",)) is not None)


def first_definite_sources(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"وقال المسؤول إن", "وكشف الدبلوماسي أن" with no one named before it in the article: a definite source
    noun right after a speech verb of its gender refers back, but there is nothing for it to refer to; the
    unnamed person speaks as a group of its kind, as "مسؤول" does. Not after any person or body named
    (he may be that one: the speaker rules resolve him), nor after the noun met before in any form."""
    named = [c.i for c in chosen if c.type in ("Person", "Organization")]
    first_named = min(named) if named else len(doc)
    toks = tokens_of(doc)
    seen: set[str] = set()
    out = []
    # (the source nouns read off the Doc's index of words, in order: no token scanned, none normalised)
    for k in words_where(doc, is_source_noun_text):
        if k >= first_named:
            break
        norm = normalize(toks.texts[k])
        noun = strip_article(norm)
        if noun in seen or not norm.startswith("ال"):
            seen.add(noun)
            continue
        seen.add(noun)
        p = _past_slot_adjuncts(doc, prev_word(doc, k))
        marker = normalize(doc[p].text) if p is not None else ""
        # "وبحسب الدبلوماسي فإن": after an according-to marker too
        according = without_conjunction(marker, ACCORDING_TO) in ACCORDING_TO
        if p is None or (not according and _speech_verb_gender(doc[p].text, prefixed=True) != noun.endswith("ه")):
            continue
        j = _definite_adjectives_end(doc, k + 1)
        q = skip_space(doc, j)
        after = normalize(doc[q].text) if q < len(doc) else ""
        if not (after in WORDS.complementizer or (according and after[:1] == "ف" and after[1:] in WORDS.complementizer)):
            continue   # only what was said right after him: "وقال المتحدث باسم X فلان" names him
        out.append(_source_group(doc, k, j, noun))
    return out


def is_source_noun_text(text: str) -> bool:
    """An Arabic word that is a source noun, bare or with the article ("المسؤول", "مسؤول": SOURCE_NOUNS), a test of
    the word for words_where."""
    return is_arabic_text(text) and strip_article(normalize(text)) in SOURCE_NOUNS


def _source_group(doc: Doc, k: int, j: int, noun: str) -> Candidate:
    """Tokens k..j-1, a definite source noun and its adjectives, as the group of the noun's kind."""
    s, e = span_chars(doc, k, j, 0)
    return Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + SOURCE_NOUNS[noun])


def _definite_adjectives_end(doc: Doc, j: int) -> int:
    """Past the definite adjectives of a definite source noun ("المسؤول الأمريكي الكبير")."""
    for _ in range(DEFINITE_ADJECTIVES):
        q = skip_space(doc, j)
        other = strip_article(normalize(doc[q].text)) in WORDS.another if q < len(doc) else False   # "البعض الآخر"
        if q >= len(doc) or not doc[q].text.startswith("ال") or (is_function_word(doc[q]) and not other) \
                or known_entity_at(doc, q, ("Place", "Organization", "Person")):
            break
        j = q + 1
    return j


def declining_form(doc: Doc, i: int, j: int, clitic: int) -> str | None:
    """"مسؤول غربي طلب عدم الكشف عن هويته": a source (tokens i..j-1) whose relative clause, with no comma
    before it, declines to be named is described by it: the phrase with the clause names the source too."""
    q = skip_space(doc, j)
    r = declined_name(doc, q, len(doc)) if q < len(doc) and normalize(doc[q].text) in WORDS.anonymity_verb else None
    return None if r is None else clean_surface(text_of(doc).__getitem__(slice(*span_chars(doc, i, r + 1, clitic))))


def closeness_form(doc: Doc, i: int, j: int, clitic: int) -> str | None:
    """"مصدر مقرب من العائلة", "مصادر مطلعة على المفاوضات": a source (tokens i..j-1) close to someone or informed on
    something is described by whom or what: the phrase with the preposition's complement names the source too."""
    end = closeness_complement_end(doc, j)
    return None if end is None else clean_surface(text_of(doc).__getitem__(slice(*span_chars(doc, i, end, clitic))))


def declined_name(doc: Doc, j: int, end: int) -> int | None:
    """The token of "اسمه" / "هويته" when a source declines to be named ("طالبا عدم الكشف عن اسمه", "، التي
    فضلت عدم ذكر اسمها،"): its verb within ANONYMITY_WORDS words of token j and the name within OWN_NAME_WORDS
    words of the verb, before what was said opens (أن/إن, a colon, a quote), the sentence or the line ends, or
    `end`; None otherwise. Read by the source finder (a definite source noun that declines to be named) and by
    the attribution stages (what was said comes after it)."""
    toks = tokens_of(doc)
    texts, spaces = toks.texts, toks.spaces
    q, words = j, 0
    while q < end and words < ANONYMITY_WORDS:
        text = texts[q]
        norm = normalize(text)
        if norm in WORDS.complementizer or text in CONTENT_STOPS or "\n" in text \
                or (len(text) == 1 and text in QUOTE_CHARS):
            return None
        if norm in WORDS.anonymity_verb:
            r = q
            for _ in range(OWN_NAME_WORDS):
                r = skip_space(doc, r + 1)
                if r >= end or "\n" in texts[r]:
                    return None
                if normalize(texts[r]) in WORDS.own_name:
                    return r
            return None
        if not spaces[q]:
            words += 1
        q += 1
    return None


CONSTRUCT_TO_NAME = 5   # words of a title's construct chain before the name it introduces


def _names_a_person_in_construct(doc: Doc, k: int) -> bool:
    """"قائد فريق برشلونة ليونيل ميسي": a person's name (as the NER reads it) within a few words after a source
    noun, with no preposition, punctuation or verb between: the noun is his title, no unnamed source ("مسؤول في
    حكومة فلان" is one of its officials)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    first = skip_space(doc, k)
    if first >= len(doc) or toks.texts[first].startswith("م") or normalize(toks.texts[first]).endswith(("ي", "يه")) \
            or toks.texts[first].startswith("ال"):
        return False   # an adjective first ("مصدر مطلع", "مسؤول أمني"): the source's own, not a construct
    persons = {start for start, _, label in ner_ents(doc) if label in PERSON_LABELS}
    words = 0
    while k < len(doc) and words < CONSTRUCT_TO_NAME:
        if toks.spaces[k]:
            k += 1
            continue
        if k in persons:
            return words > 0
        if not toks.arabic[k] or is_function_text(toks.texts[k]) or normalize(toks.texts[k]) in lexicon.cues():
            return False
        words += 1
        k += 1
    return False


def _indefinite_construct(doc: Doc, k: int) -> bool:
    """Token k is a noun in construct after a source noun, itself before a definite word or a known place or
    body: no nisba ("أمني", "أمنية"); before a known place or body any noun ("قائد منتخب ألمانيا"), before a
    definite word a feminine or plural noun or a body's head word ("قائد شرطة المحافظة", "قائد عمليات
    المدينة"), no time word ("مسؤول أمريكي الخميس"). An adjective before a definite noun ("رفيع المستوى")
    is none of these."""
    if k >= len(doc) or not is_arabic_word(doc[k]) or doc[k].text.startswith(("ال", "و", "ف", "ب", "ل")):
        return False
    norm = normalize(doc[k].text)
    if is_function_word(doc[k]) or nisba_country(doc, k) or norm.endswith(("ي", "يه")):
        return False
    q = skip_space(doc, k + 1)
    if q >= len(doc) or not is_arabic_word(doc[q]) or is_time_word(doc[q]) or is_function_word(doc[q]):
        return False
    if (known := known_entity_match(doc, q, ("Place", "Organization"))) is not None:
        # "قائد منتخب ألمانيا"; a preposition glued on the name takes it out of the construct: "قال سائق حافلة
        # لوكالة X" is a driver of a bus who spoke to the agency
        return known[2] == 0
    noun = norm.endswith(("ه", "ات")) or norm in lexicon.org_heads()
    return noun and doc[q].text.startswith("ال")


def _past_slot_adjuncts(doc: Doc, p: int | None) -> int | None:
    """The word before a subject slot, back past up to two adjuncts ("وقال أمس مصدر", "وقال من جهته
    مسؤول"): where its verb of saying stands."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    for _ in range(2):
        if p is not None and normalize(toks.texts[p]) in SLOT_ADJUNCTS:
            p = prev_word(doc, p)
    return p


PLURAL_SPOKESPERSONS = lexicon.function_words().plural_spokesperson
AGENTS_KIND = "others"       # unnamed people whose kind the lexicon does not name
SPOKESPERSONS_KIND = SOURCE_NOUNS[normalize("متحدث")]
AGENT_PLURAL_MIN = 6         # "متعاملون", "زائرون" (not "قانون", "مليون", "مضمون")
AGENT_CONSTRUCT_MIN = 5      # "موقعو", "منظمو" (not "مترو")


@lru_cache(maxsize=131072)
def _may_open_source(text: str) -> bool:
    """An Arabic word source_subjects reads on from: a relayed noun or a source noun's reading."""
    if not is_arabic_text(text):
        return False
    norm = normalize(text)
    return norm in RELAYED_NOUNS or _may_be_source(norm)


@lru_cache(maxsize=131072)
def _may_be_source(norm: str) -> bool:
    """Is a normalised word a source noun in a reading source_subjects tries (bare, accusative, with ل)?
    Most words are none and are passed over at once; kept per word."""
    return norm in SOURCE_NOUNS or norm[:-1] in SOURCE_NOUNS or norm[1:] in SOURCE_NOUNS or norm[2:] in SOURCE_NOUNS


def agent_subjects(doc: Doc) -> list[Candidate]:
    """"وقال متعاملون إن", "وأكد منظمو المعرض أن", "وقال الزائرون الأجانب إن": a sound masculine plural of an
    agent noun (a participle in م-, or of the pattern فاعل), which only persons take, right after a speech verb
    of a masculine singular subject (the verb of a plural subject after it) is the verb's subject, unnamed
    people who speak as a group; with its adjectives, nationality or construct complement. Only there: elsewhere
    such a plural may be anyone's object."""
    out = []
    toks = tokens_of(doc)
    for k in words_where(doc, _may_be_agent_plural):
        # the word's own shape first: most words are no such plural
        text = toks.texts[k]
        construct = _agent_plural_shape(text)
        partitive = construct is None and _oblique_after_partitive(doc, k, text)
        relayed = construct is None and not partitive and _oblique_relayed(doc, k, text)
        if relayed:
            construct, partitive = False, True   # the verb is the relay's, before the source: no slot to check
        if construct is None and not partitive:
            continue
        construct = bool(construct)
        p = _past_slot_adjuncts(doc, prev_word(doc, k))   # "وقال أمس متعاملون"
        if not partitive and (p is None or _speech_verb_gender_past_object(doc[p].text) is not False):
            continue
        if normalize(text) in PLURAL_SPOKESPERSONS and _speaks_for_named_body(doc, k):
            continue   # "وقال متحدثون باسم الوزارة": they speak for the ministry, no group of their own
        if is_function_word(doc[k]) or normalize(text) in lexicon.cues() \
                or known_entity_at(doc, k, ("Place", "Organization", "Person")):
            continue
        nxt = skip_space(doc, k + 1)
        if construct and (nxt >= len(doc) or not doc[nxt].text.startswith("ال") or is_function_word(doc[nxt])):
            continue   # a construct needs its definite complement: "منظمو المعرض"
        j = construct_complement(doc, k + 1) if construct else k + 1
        j, affiliation = group_modifiers(doc, j, text, definite=construct)
        if relayed:
            j = _closeness_end(doc, j)   # "عن مقربين منه", "عن مقربين من الرئيس": whom they are close to names them
        s, e = span_chars(doc, k, j, 0)
        # spokesmen for what names no body speak as officials, as one spokesman does ("متحدث" in source_nouns.tsv)
        kind = SPOKESPERSONS_KIND if normalize(text) in PLURAL_SPOKESPERSONS else AGENTS_KIND
        out.append(Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + kind,
                             role_of=affiliation))
    return out


PARTITIVES = lexicon.function_words().partitive
PARTITIVE_FROM = normalize("من")


def _may_be_agent_plural(text: str) -> bool:
    """An Arabic word agent_subjects reads on from: shaped as an agent plural (_agent_plural_shape), or as the
    oblique plural of a participle, definite (_oblique_after_partitive) or not (_oblique_relayed)."""
    return is_arabic_text(text) and (_agent_plural_shape(text) is not None or _definite_oblique_participle(text)
                                     or _indefinite_oblique_participle(text))


def _definite_oblique_participle(text: str) -> bool:
    """"المنظمين": the definite oblique sound plural of a participle in م-."""
    stem = normalize(text[2:]) if text.startswith("ال") else ""
    return stem.endswith("ين") and len(stem) >= AGENT_PLURAL_MIN and stem.startswith("م") and stem[1:2] != "ا"


def _indefinite_oblique_participle(text: str) -> bool:
    """"متعاملين": the indefinite oblique sound plural of a participle in م-."""
    stem = normalize(text)
    return not text.startswith("ال") and stem.endswith("ين") and len(stem) >= AGENT_PLURAL_MIN \
        and stem.startswith("م") and stem[1:2] != "ا"


def _oblique_after_partitive(doc: Doc, k: int, text: str) -> bool:
    """"وقال أحد المنظمين", "وأكد بعض الموقعين على النداء": the definite oblique sound plural of a participle
    in م- after a partitive (and من), itself right after a speech verb: one or some of those people speak."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not _definite_oblique_participle(text):
        return False
    p = prev_word(doc, k)
    if p is not None and normalize(toks.texts[p]) == PARTITIVE_FROM:
        p = prev_word(doc, p)   # "عدد من"
    if p is None or normalize(toks.texts[p]) not in PARTITIVES:
        return False
    verb = _past_slot_adjuncts(doc, prev_word(doc, p))
    return verb is not None and _speech_verb_gender(toks.texts[verb], prefixed=True) is not None


def _closeness_end(doc: Doc, j: int) -> int:
    """End of "منه", "من الرئيس" right at token j, the من of a participle of closeness ("مقربين منه"), with the one
    word it governs; j when no من stands there."""
    q = skip_space(doc, j)
    if q >= len(doc):
        return j
    word = normalize(doc[q].text)
    if word[:2] == PARTITIVE_FROM and word[2:] in PRONOUN_SUFFIXES:
        return q + 1   # "منه", "منهم"
    if word == PARTITIVE_FROM and (r := skip_space(doc, q + 1)) < len(doc) and is_arabic_word(doc[r]) \
            and not is_function_word(doc[r]):
        return r + 1
    return j


def _oblique_relayed(doc: Doc, k: int, text: str) -> bool:
    """"نقلت الصحيفة عن مقربين منه", "نقلت وكالة X عن متعاملين": the indefinite oblique sound plural of a participle
    in م- right after the عن of a verb of relaying is the source the report quotes, as "عن مصدر" is."""
    if not _indefinite_oblique_participle(text):
        return False
    p = prev_word(doc, k)
    return p is not None and relays_a_source(doc, p)


@lru_cache(maxsize=131072)
def _agent_plural_shape(text: str) -> bool | None:
    """Whether a word shaped as the sound masculine plural of an agent noun is in construct ("منظمو": True;
    "متعاملون", "الزائرون", "ناطقون": False); None for a word of no such shape (most words). Kept per word."""
    stem = normalize(text[2:] if text.startswith("ال") else text)
    construct = not text.startswith("ال") and stem.endswith("و") and len(stem) >= AGENT_CONSTRUCT_MIN \
        and stem.startswith("م") and stem[1:2] != "ا"
    # a participle has no ا after its م ("ماريون" is a name); the pattern فاعلون only with the article,
    # which no name takes ("الزائرون", not "رايمون")
    participle = stem.startswith("م") and stem[1:2] != "ا"
    nominative = stem.endswith("ون") and len(stem) >= AGENT_PLURAL_MIN \
        and (participle or (stem[1:2] == "ا" and text.startswith("ال")))
    if not (construct or nominative or normalize(text) in PLURAL_SPOKESPERSONS):
        return None   # ("ناطقون" has the pattern فاعلون without the article, but is no name)
    return construct


QAD = normalize("قد")
CLOSE_TO = lexicon.function_words().close_to
CLOSE_TO_WALK = 6   # tokens from "من" after "مقرب" to the verb: the body the source is close to
INFORMED_ON = lexicon.function_words().informed_on   # "مطلع" + "على": what the source is informed on
FROM_ON = {normalize("من"): CLOSE_TO, normalize("على"): INFORMED_ON}


ADDRESSEE_MIN = 4   # letters of a word with لـ glued on that may be whom a verb speaks to ("للصحيفة")
CALLING_ACTS = ("call", "request", "order")   # acts whose لـ complement is what is called for, not whom it is said to


def _past_addressee(doc: Doc, p: int | None) -> int | None:
    """The word before a subject slot, back past one word with لـ glued on right after a speech verb ("وأكد
    للصحيفة مصدر مسؤول أن", "وقال للصحفيين مسؤول"): whom it was said to stands between the verb and its subject."""
    if p is None or not doc[p].text.startswith("ل") or len(doc[p].text) < ADDRESSEE_MIN:
        return p
    verb = prev_word(doc, p)
    if verb is None or _speech_verb_gender(doc[verb].text, prefixed=True) is None:
        return p
    # (after a verb of calling the word with لـ is what it calls for: "ودعا للإضراب")
    entry = lexicon.cues().get(normalize(without_conjunction(normalize(doc[verb].text), lexicon.cues())))
    return verb if entry is not None and entry.act not in CALLING_ACTS else p


def _conjoined_source(norm: str) -> bool:
    """A normalised word that is و/ف glued on a source noun ("ومسؤول", "والبعض"), not a source noun itself."""
    return norm[:1] in ("و", "ف") and norm not in SOURCE_NOUNS and norm[1:] in SOURCE_NOUNS


def _verb_slot_after(doc: Doc, j: int, after: int) -> int:
    """Where the verb of an SVO source stands: right after it, after قد ("مصدر دبلوماسي قد قال"), or past
    the body a source is close to or what it is informed on ("مصدر مقرب من الحكومة العراقية قال", "مصدرا
    مطلعا على الملف قال")."""
    if after < len(doc) and normalize(doc[j - 1].text) in FROM_ON.get(normalize(doc[after].text), ()):
        for q in range(after + 1, min(len(doc), after + 1 + CLOSE_TO_WALK)):
            if is_punct(doc[q]):
                break
            if _speech_verb_gender(doc[q].text, prefixed=False) is not None:
                return q
    if after < len(doc) and normalize(doc[after].text) == QAD:
        return skip_space(doc, after + 1)
    return after


def _speaks_for_named_body(doc: Doc, k: int, window: int = 3) -> bool:
    """"متحدث باسم الرئاسة", "متحدث آخر باسم", "متحدث باسمه": "باسم" a few words after the noun."""
    n = k
    for _ in range(window):
        n = skip_space(doc, n + 1)
        if n >= len(doc) or is_punct(doc[n]):
            return False
        if normalize(doc[n].text).startswith(SPEAKING_FOR):
            return normalize(doc[n].text) != SPEAKING_FOR or _names_what_they_speak_for(doc, skip_space(doc, n + 1))
    return False


def _names_what_they_speak_for(doc: Doc, k: int) -> bool:
    """The words after "باسم" name something the title rules can read: a definite noun ("باسم الوزارة",
    "باسم المحتجين"), a body's head noun ("باسم شركة فلانكو"), a group noun or a known name. After anything
    else ("متحدثون باسم فلانكو") the spokesmen themselves are the group that speaks."""
    if k >= len(doc) or is_punct(doc[k]):
        return False
    norm = normalize(doc[k].text)
    readings = {stem for clitic, stem in clitic_variants(norm) if clitic in ("", "ل", "و")}   # "ووزارة", "لوزارة", "للوزارة"
    # a place named with its head ("باسم قصر X", "باسم مطار X"): the palace or airport speaks, as a body does
    return any(r.startswith("ال") or r in lexicon.org_heads() or r in lexicon.groups() or r in PLACE_HEADS_KEPT
               for r in readings) \
        or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None


def _singular_adjectives(doc: Doc, j: int, accusative: bool = False, limit: int = 2, feminine: bool = False) -> int:
    """End of the indefinite adjectives after a singular source noun ("مسؤول رفيع", "مصدر مطلع",
    "مسؤولا سوريا رفيعا"): Arabic words with no article, conjunction or preposition glued to them, that
    are no function word, known name or cue verb (a participle in م- is an adjective: "مطلع"). After an
    accusative noun, a word in the accusative's ا that spells a country ("ليبيا", "روسيا") is its
    nationality adjective. After a feminine noun a word in ت is the verb of a relative clause ("طالبة جامعية
    شاركت في المسيرة"), whose adjectives end in ة."""
    for _ in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc):
            break
        text, norm = doc[k].text, normalize(doc[k].text)
        if feminine and text.endswith("ت"):
            break
        participle = text.startswith("م") and len(text) >= 4   # "مطلع" (also "beginning of")
        nisba = norm.endswith(("ي", "يه", "يا")) and len(norm) >= 4   # "لبناني", "فلسطينية", "ليبيا"
        if nisba_country(doc, k) or (accusative and nisba and known_entity_at(doc, k, ("Place",))):
            j = k + 1
            continue
        if _preposition_with_pronoun(norm):
            break   # "متحدث منها": from it, no adjective of the source
        if not is_arabic_word(doc[k]) or (is_function_word(doc[k]) and not participle) or text.startswith("ال") \
                or (text.startswith(("و", "ف", "ب", "ل")) and not nisba) \
                or (norm in lexicon.cues() and not participle) \
                or known_entity_at(doc, k, ("Place", "Organization", "Person")):
            break
        j = k + 1
    return j


def _preposition_with_pronoun(norm: str) -> bool:
    """"منها", "عنه", "لديهم": a preposition with a pronoun on it."""
    return any(norm.endswith(suffix) and norm[:-len(suffix)] in PREPOSITIONS for suffix in PRONOUN_SUFFIXES)


def _speech_verb_gender_past_object(text: str) -> bool | None:
    """_speech_verb_gender of a word, or of its stem before an object pronoun: "وصفه مراقبون", "انتقدها
    معلقون" put the verb's object on it as a pronoun and its subject right after, as "وقال متعاملون" does. A final
    ى is written ا before the pronoun ("دعاهم")."""
    gender = _speech_verb_gender(text, prefixed=True)
    if gender is not None:
        return gender
    for pronoun in PRONOUN_SUFFIXES:
        stem = text[:-len(pronoun)] if text.endswith(pronoun) and len(text) - len(pronoun) >= 3 else ""
        if not stem:
            continue
        gender = _speech_verb_gender(stem, prefixed=True)
        if gender is None and stem.endswith("ا"):
            gender = _speech_verb_gender(stem[:-1] + "ى", prefixed=True)
        if gender is not None:
            return gender
    return None


def _speech_verb_gender(text: str, prefixed: bool) -> bool | None:
    """Is the word a speech verb of a feminine (True) or masculine (False) singular subject ("قالت",
    "تؤكد" / "قال", "يؤكد", "دعا"), with و/ف before it when prefixed? None when it is none (a participle,
    a dual or plural verb, no cue)."""
    forms = [text[1:]] if prefixed and text[:1] in "وف" else []
    cues = lexicon.cues()
    for form in forms + [text]:
        norm = normalize(form)
        entry = cues.get(norm)
        if entry is None or entry.kind not in ("verb", "continuation"):
            continue
        lemma = normalize(entry.lemma)
        if (norm.startswith("م") and not lemma.startswith("م")) or norm.endswith(("وا", "ون", "ان", "تا")) \
                or (norm.endswith("ا") and not lemma.endswith("ا")):
            return None
        return (norm.endswith("ت") and not lemma.endswith("ت")) or (norm.startswith("ت") and not lemma.startswith("ت"))
    return None


def _relayed_holder(doc: Doc, k: int, norm: str) -> list[Candidate]:
    """"نقلت وكالة X عن وزير إيطالي قوله", "نسبت الصحيفة إلى وزير سابق قوله": an indefinite title noun with
    adjectives of its own, as the source a report relays, is an unnamed holder of the office who speaks as a
    group of its kind, as "مصدر" does. A title in construct ("عن وزير خارجية البرتغال", "عن وزير الدفاع") names
    one office, which the title rules read; after a speech verb the noun is left to them as well."""
    p = prev_word(doc, k)
    if p is None or not relays_a_source(doc, p):
        return []
    j = _singular_adjectives(doc, k + 1)
    q = skip_space(doc, j)
    if q < len(doc) and normalize(doc[q].text) in FORMER:
        j = q + 1   # "وزير سابق", "وزير إثيوبي سابق": "former", a stop word elsewhere, is the holder's adjective
        q = skip_space(doc, j)
    if j == k + 1 or (q < len(doc) and (doc[q].text.startswith("ال")
                                        or known_entity_at(doc, q, ("Place", "Organization", "Person")))):
        return []
    s, e = span_chars(doc, k, j, 0)
    return [Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + RELAYED_NOUNS[norm])]


def relays_a_source(doc: Doc, p: int) -> bool:
    """Is token p the إلى of a verb of ascribing ("نسبت X إلى") or the عن of a verb of relaying ("نقلت X عن"),
    a few words before it: what follows is the source a report quotes (not "أفرج عن خمسة صحفيين")."""
    return _ascribed_to(doc, p) or _ascribed_to(doc, p, RELAY_FROM, RELAY_LEMMA)


def _ascribed_to(doc: Doc, p: int, preposition: str = ASCRIBED_TO, lemma: str = ASCRIBE_LEMMA) -> bool:
    """Is token p the إلى of a verb of ascribing a few words before it ("نسبت صحيفة لوموند إلى"), or the
    preposition of another such verb (عن of relaying: "نقلت وكالة X عن")?"""
    if normalize(doc[p].text) != preposition:
        return False
    cues = lexicon.cues()
    q = p
    for _ in range(ASCRIBE_BACK):
        q = prev_word(doc, q)
        if q is None:
            return False
        word = normalize(doc[q].text)
        if any(cues.get(word[len(c):]) is not None and cues[word[len(c):]].lemma == lemma
               for c in ("", "و", "ف") if word.startswith(c)):
            return True
    return False
