"""Places named after a head noun ("منطقة القصيم", "مطار نيروبي", "حي الكرامة"), and a country
named as a side by its nationality ("الجانب الإسرائيلي")."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Sequence

from spacy.tokens import Doc

from .name_spans import held_body_name_end, holder_opens_in_foreign_body_name
from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import (QUOTE_CHARS, is_function_text, PRONOUN_SUFFIXES, TANWEEN_FATH, is_ordinary_word, function_words, ends_in_pronoun, is_time_word, name_like_text, common_words, is_arabic_word, is_common, is_function_word, is_known_name_word, is_name_like,
                     is_name_link,
                     mostly_common_words, prev_word, text_of, tokens_of, word_counts, is_arabic_text,
                     words_where)
from .base import Candidate, headed_by, known_entity_at, known_forms, match_title, nisba_country, skip_space, span_chars, surface_form
from .ala import preposition_spelled_as_name
from .place_verbs import reads_as_past_verb
from .fronted_places import fronted_place_candidates
from .dual_places import dual_place_candidates
from .settings import NAME_OPENERS, NOUN_SHAPES, phrase_closes_at, setting_candidates, stem_readings
from .clitic_settings import clitic_setting_candidates
from .quoted_names import quoted_name_end
from .names import conjunction_on_ordinary_word, family_name_at_boundary, name_end


# place head nouns -> whether the head is part of the name ("مطار نيروبي") or not ("مدينة الطائف")
PLACE_HEADS = {**dict.fromkeys(lexicon.function_words().place_head, False),
               **dict.fromkeys(lexicon.function_words().place_head_kept, True)}
STATE_HEADS = lexicon.function_words().state_head
# kept heads whose place is named by its bare name too ("حي X" and "X"): both forms are recorded
ALSO_BARE = lexicon.function_words().place_head_also_bare
# heads that are also verbal nouns of a definite object ("مقاطعة السلع", boycotting goods): no definite name
VERBAL_HEADS = lexicon.function_words().place_head_verbal
# "الكرة في ملعب X": heads that before a known place's name are a figure of speech, no site
FIGURATIVE_HEADS = lexicon.function_words().place_head_figurative
# "كاتدرائية القديس X": a saint's title opening a church's name
SAINT_TITLES = lexicon.function_words().saint_title
# "قاعدة X الجوية", "مطار X الدولي": the kind of site after the name of a place whose head is kept
SITE_ADJECTIVES = lexicon.function_words().site_adjective
# heads whose name may be an ordinary definite word: "حي الكرامة", "ميدان التحرير", "شارع الاستقلال"
NAMED_BY_WORD = lexicon.function_words().named_by_word_head
SIDE_NOUNS = lexicon.function_words().side
# "المعركة", "القتال": after ساحة or ميدان the field of a fight, no square's name
ARENA_NOUNS = lexicon.function_words().arena_noun
# "سد": a dam, and the verbal noun of closing; "الفجوة", "فجوة": a gap it closes ("سد الفجوة", no dam)
CLOSING_HEADS = lexicon.function_words().closing_head
GAP_NOUNS = lexicon.function_words().gap_noun
ORDINALS = lexicon.function_words().regnal_ordinal   # definite: "الثانية"; without the article an adjective
LOCATIVES = lexicon.function_words().locative   # "شرق", "جنوبي": after a place's name, where it lies
COMPASS_REGION_HEADS = lexicon.function_words().compass_region_head
COMPASS_ADJECTIVES = lexicon.function_words().compass_adjective
# "ريو دي جانيرو", "أنغرا دوس ريس": Romance particles inside a foreign place's name; "ضاحية لا X": an article
# opening one after its head
PLACE_PARTICLES = lexicon.function_words().place_particle
COMPOUND_PARTICLES = lexicon.function_words().compound_particle
PLACE_ARTICLES = lexicon.function_words().place_article
HYPHENS = ("-", "–", "‐")
STATE_REFERENT_HEADS = lexicon.function_words().state_referent_head


def side_candidates(doc: Doc) -> list[Candidate]:
    """"الجانب الإسرائيلي", "للطرف الفلسطيني": a side named by its nationality is the country (its
    government), in talks or a conflict; it speaks and is spoken about as the country."""
    out = []
    toks = tokens_of(doc)
    for i in words_where(doc, _may_be_side):
        reading = _side_reading(toks.texts[i])
        if reading is None:
            continue   # most words: no side noun, and the next word need not be read
        k = skip_space(doc, i + 1)
        if k >= len(doc) or not toks.texts[k].startswith("ال"):
            continue
        country = nisba_country(doc, k)
        if country is None:
            continue
        s, e = span_chars(doc, i, k + 1, len(reading[0]))
        form = clean_surface(reading[1] + text_of(doc)[doc[i].idx + len(doc[i].text):e])   # "للجانب" -> "الجانب"
        out.append(Candidate(i, k + 1, s, e, form, "Place", "place_head", key=country))
    return out


def _may_be_side(text: str) -> bool:
    """An Arabic word with a side noun's reading (the words side_candidates reads on from)."""
    return is_arabic_text(text) and _side_reading(text) is not None


@lru_cache(maxsize=131072)
def _side_reading(text: str) -> tuple[str, str] | None:
    """(clitic, stem) of the first reading of the word that is a side noun ("للطرف" -> ل, الطرف); kept
    per word, as SIDE_NOUNS is fixed."""
    return next(((cl, stem) for cl, stem in clitic_variants(text) if normalize(stem) in SIDE_NOUNS), None)


@lru_cache(maxsize=131072)
def _may_head_place(text: str) -> bool:
    """Is a reading of the word a place head noun? Kept per word, as PLACE_HEADS is fixed."""
    return any(normalize(stem) in PLACE_HEADS for _, stem in clitic_variants(text))


def place_head_candidates(doc: Doc) -> list[Candidate]:
    """Places named after a head noun: "مدينة الطائف", "منطقة وادي حلفا", "حي الكرامة". Where the
    head is no part of the name (مدينة، منطقة) the form with it is recorded too: texts use both."""
    toks = tokens_of(doc)
    out = []
    writes_ta_marbuta = "ة" in text_of(doc)
    for i in words_where(doc, _may_head_place):
        for clitic, stem in clitic_variants(toks.texts[i]):
            head = normalize(stem)
            keep = PLACE_HEADS.get(head)
            if keep is None:
                continue
            if stem.endswith("ه") and writes_ta_marbuta:
                break  # "في بلده": a noun with a possessive pronoun where the text writes the head with ة
            if clitic == "" and (p := prev_word(doc, i)) is not None and is_name_link(toks.texts[p]):
                break  # "معاذ بن جبل", "تامر أبو جبل": a person's name goes on through the particle
            start_name = k = skip_space(doc, i + 1)
            if stem.startswith("ال") and start_name < len(doc) and (
                    normalize(toks.texts[start_name]) in lexicon.person_names().given
                    or toks.texts[start_name].startswith(("ال", "وال"))):
                # after a definite head ("العاصمة") a given name opens the verb's subject ("غادر العاصمة فلان"),
                # a definite word describes it ("العاصمة الاقتصادية", "العاصمة السعودية"): only a bare name names
                # it (a known capital's definite name, "الرياض", the gazetteer reads alone)
                break
            if k < len(doc) and toks.texts[k] in QUOTE_CHARS and not stem.startswith("ال") \
                    and (q := quoted_name_end(doc, k + 1)) > k + 1:
                # (after a definite head, "مستشفيات العاصمة «...»", quote marks open words quoted, no name)
                # 'قصر "X"', 'ساحة «X»': a name quoted after the head is the place's, whatever its words
                s, e = span_chars(doc, i, q, len(clitic))
                name = clean_surface(text_of(doc)[toks.starts[k + 1]:toks.starts[q - 1] + len(toks.texts[q - 1])])
                out.append(Candidate(i, q + 1, s, e, f"{stem} {name}", "Place", "place_head", extra_forms={name}))
                break
            known = known_entity_at(doc, k, ("Place",)) if k < len(doc) else None
            if known is None and (headed := known_entity_at(doc, i, ("Place",))) is not None and headed[0] > k:
                known = headed   # "حاكم ولاية X فلان علان": a place the lexicon lists with its head ends there
            if known and head in STATE_HEADS:
                break  # "جمهورية ألمانيا الاتحادية" is Germany: the gazetteer's
            if head in FIGURATIVE_HEADS and k < len(doc) and (
                    known_entity_at(doc, k, ("Place", "Organization", "Person")) or _may_head_place(toks.texts[k])):
                break  # "الكرة في ملعب X", "في ملعب قصر X": the ball in a party's court, no stadium
            if known:
                k = known[0]  # "ولاية بافاريا ماركوس زودر": the known place ends the name
            elif (saint_end := _past_saint_title(doc, k)) > k:
                k = saint_end  # "كنيسة القديس فلان": the saint's title and name are the church's name
            else:
                k = _past_opening_article(doc, k)
                k = past_name_opener(doc, k)   # "حي باب X", "بلدة عين X": a compound name's two first words
                while k < len(doc) and k - start_name < 3 and _place_name_word(doc, k, k == start_name, head) \
                        and not _possessed_name_word(toks.texts[k]) \
                        and not (k > start_name and _joining_word(doc, k)) \
                        and not (k > start_name and _may_head_place(toks.texts[k])) \
                        and not (k > start_name and normalize(toks.texts[k]) in LOCATIVES) \
                        and not (k > start_name and conjunction_on_ordinary_word(toks.texts[k])) \
                        and not ((k > start_name or stem.startswith("ال")) and reads_as_past_verb(toks.texts[k])) \
                        and not preposition_spelled_as_name(doc, k):
                    # "مخيم بلاطة شرق المدينة", "بمدينة نصر علي إقامة": a direction or على ends the name;
                    # so does another place's head ("حي شعبي بضاحية X": the suburb is a place of its own);
                    # so does و on an ordinary word ("مملكة فلان ودولة علان": a second place, a list going on);
                    # so does a past verb, after the name or right after a definite head ("العاصمة تعرضت")
                    k += 1
                if k == start_name + 1 and not toks.texts[start_name].startswith("ال") and k < len(doc) \
                        and normalize(toks.texts[k]) not in LOCATIVES and not preposition_spelled_as_name(doc, k) \
                        and not reads_as_past_verb(toks.texts[k]) and family_name_at_boundary(doc, k):
                    k += 1  # "مدينة بير زيت بعد": a second word of the name that is also an ordinary word
                if k == start_name + 1 and toks.texts[start_name].startswith("ال") and k < len(doc) \
                        and normalize(toks.texts[k]) in ORDINALS:
                    k += 1  # "منطقة الدوار الثالث", "الحي السابع": a numbered site, its ordinal part of the name
                if start_name < len(doc) and normalize(toks.texts[start_name]) in lexicon.person_names().given:
                    # "قاعة جمال عبد الناصر", "شارع فلان الفلاني": a place named after a person takes the
                    # person's whole name, which a definite family name or a compound ends
                    k = max(k, name_end(doc, start_name))
            if k > start_name and not known:
                k = held_body_name_end(doc, i, start_name, k)  # "المتحدث باسم قصر فلانيا مارك علان": his name after it
                k = _holder_after_conjoined_title(doc, i, start_name, k)
            if k > start_name:
                k = through_joined_parts(doc, k)
                if not known:
                    k = _past_unagreeing_compass_adjective(doc, k, head)
                s, e = span_chars(doc, i, k, len(clitic))
                with_head = surface_form(doc, i, k, stem)
                bare = clean_surface(text_of(doc)[toks.starts[start_name]:e])
                if keep:  # "مطار نيروبي" is not نيروبي: the head stays, the bare name is no form of it
                    extra = {bare} if head in ALSO_BARE and not known else set()
                    if (q := skip_space(doc, k)) < len(doc) and normalize(toks.texts[q]) in SITE_ADJECTIVES:
                        # "قاعدة X الجوية": the name as written holds the kind of site; "قاعدة X" is a form too
                        extra.add(with_head)
                        k = q + 1
                        s, e = span_chars(doc, i, k, len(clitic))
                        with_head = surface_form(doc, i, k, stem)
                    cand = Candidate(i, k, s, e, with_head, "Place", "place_head", extra_forms=extra)
                    if clitic == "" and (prefixed := _with_head_prefix(doc, i, cand)) is not None:
                        cand = prefixed   # "شبه جزيرة X": the peninsula, not an island
                else:
                    s = toks.starts[start_name]
                    cand = Candidate(start_name, k, s, e, bare, "Place", "place_head", extra_forms={with_head})
                out.append(cand)
            break
    return out + _listed_places(doc) + _compass_regions(doc) + _known_places_joined(doc) + fronted_place_candidates(doc) \
        + dual_place_candidates(doc) + setting_candidates(doc) + clitic_setting_candidates(doc)


CONJUNCTIONS = ("و", "ف")


def _holder_after_conjoined_title(doc: Doc, head: int, k: int, end: int) -> int:
    """"وحاكم ولاية فلانيا مارك علان": a title with a conjunction on it right before the place head governs the
    place, and its holder's name follows the place's name, as after a bare title (held_body_name_end): the place's
    name ends where the holder's opens. `end` unchanged otherwise."""
    p = prev_word(doc, head)
    if p is None or not doc[p].text.startswith(CONJUNCTIONS) or normalize(doc[p].text[1:]) not in lexicon.titles():
        return end
    opens = holder_opens_in_foreign_body_name(doc, k, end)
    return opens if opens is not None else end


def _possessed_name_word(text: str) -> bool:
    """A word of a place's name read as a noun with a pronoun suffix, which ends the name ("في بلدة أهله").
    A word with the article takes no possessive suffix (Arabic grammar: the article and a possessor never go
    together), so a definite name word ending in ه is a foreign name's own letters ("جادة الشانزليزيه", "حي
    المنزه"), not "his". Nor is one whose stem is no noun of the language (_possessed_stem)."""
    return ends_in_pronoun(text) and not text.startswith(("ال", "بال", "لل", "وال")) and _possessed_stem(text)


POSSESSED_STEM_LETTERS = 3   # a stem of two letters before ه is a preposition's ("له", "فيه"), no noun after a head
CONSTRUCT_PLURAL_ENDING = "ي"   # "مؤيديه": the sound plural in ـين loses its ن before a pronoun


def _possessed_stem(text: str) -> bool:
    """Is the word less its pronoun suffix a noun of the language: an ordinary word of news (ANERcorp), that word
    with its ة written ت before the suffix ("بلدته"), or a sound plural that lost its ن ("مواطنيه")? A foreign
    name transcribed with a final -ie or -é ("تايبيه", "ليه") has no such stem: its ه is its own letter."""
    norm = normalize(text)
    suffix = next(s for s in PRONOUN_SUFFIXES if norm.endswith(s))
    stem = norm[: -len(suffix)]
    if len(stem) < POSSESSED_STEM_LETTERS:
        return False
    readings = set(stem_readings(stem))   # (with the ة a feminine noun writes ت before a suffix)
    if stem.endswith(CONSTRUCT_PLURAL_ENDING):
        readings.add(stem + "ن")
    return any(is_ordinary_word(r) or is_common(r) for r in readings) or stem not in word_counts() \
        and not stem.endswith(CONSTRUCT_PLURAL_ENDING)


HEAD_PREFIXES = lexicon.function_words().place_head_prefix


def _with_head_prefix(doc: Doc, i: int, cand: Candidate) -> Candidate | None:
    """"شبه جزيرة X": a word right before a kept head that makes another kind of place with it (a peninsula) is
    the first word of the name; the candidate from it, clitic off ("بشبه جزيرة"); None when none stands there."""
    p = prev_word(doc, i)
    if p is None or skip_space(doc, p + 1) != i:
        return None
    reading = next(((cl, stem) for cl, stem in clitic_variants(doc[p].text) if normalize(stem) in HEAD_PREFIXES), None)
    if reading is None:
        return None
    start = doc[p].idx + len(reading[0])
    form = clean_surface(reading[1] + text_of(doc)[doc[p].idx + len(doc[p].text):cand.end])
    return Candidate(p, cand.j, start, cand.end, form, "Place", "place_head", extra_forms=set(cand.extra_forms))


def _past_unagreeing_compass_adjective(doc: Doc, k: int, head: str) -> int:
    """"إقليم X الشرقية": a compass adjective right after the name that does not agree in gender with the head
    noun (a masculine head, a feminine adjective) describes the name, so it is part of it (a province named
    "East X"); one that agrees ("إقليم X الجنوبي") describes the province, no part of its name. The new end."""
    q = skip_space(doc, k)
    if q != k or q >= len(doc) or normalize(doc[q].text) not in COMPASS_ADJECTIVES:
        return k
    adjective = normalize(doc[q].text)
    feminine_adjective = adjective.endswith("يه") or adjective == "الوسطي"   # الشرقية، الوسطى (normalised)
    return q + 1 if head.endswith("ه") != feminine_adjective else k


def _joining_word(doc: Doc, k: int) -> bool:
    """Token k joins two parts of a foreign place's name: a Romance particle ("دي", "دا", "دي لوس") or a
    hyphen."""
    return doc[k].text in HYPHENS or normalize(doc[k].text) in PLACE_PARTICLES


def _foreign_name_word(doc: Doc, k: int) -> bool:
    """A word that may go on a foreign place's name after a particle or a hyphen: a name, with no article
    or conjunction of Arabic on it."""
    return k < len(doc) and is_name_like(doc[k]) and not doc[k].text.startswith(("ال", "و")) \
        and not ends_in_pronoun(doc[k].text)


def _past_opening_article(doc: Doc, k: int) -> int:
    """"مدينة لا بلاتا", "مدينة إل باسو": a Romance article opening a foreign name after a place head is the
    name's first word: the name's next word, where reading goes on; k otherwise (the article alone is a function
    word, "لا" the negation, and ends no name)."""
    if k < len(doc) and normalize(doc[k].text) in PLACE_ARTICLES and _foreign_name_word(doc, q := skip_space(doc, k + 1)) \
            and not (normalize(doc[k].text) == "لا" and doc[q].text.startswith(("ي", "ت"))):
        return q   # but "منطقة لا تخضع لسيطرة": the negation before a present verb, a relative clause
    return k


def past_name_opener(doc: Doc, k: int, clitic: int = 0) -> int:
    """"حي باب X", "بلدة عين X", "حي سيدي X": a common noun of the land (gate, spring, cape, a saint's title) opening a
    place's name is in construct with the word after it, and the two are the name, whatever the second (a definite
    word, "باب الوادي", or a name): the end past the second word, where reading goes on; k when token k opens no
    such name (`clitic`: letters of a conjunction on it, in a list). Not before a noun with a pronoun ("باب منزله",
    the door of his house), a conjunction, a function or time word."""
    if k >= len(doc) or normalize(doc[k].text[clitic:]) not in NAME_OPENERS:
        return k
    q = skip_space(doc, k + 1)
    return q + 1 if q < len(doc) and opened_name_word(doc, q) else k


def opened_name_word(doc: Doc, q: int) -> bool:
    """Token q may be the second word of a name a place_name_opener opens: a name, a definite word of the language or
    a known given name (a saint's), with no conjunction, pronoun or accusative ending on it."""
    t = doc[q]
    if not is_arabic_word(t) or t.text.startswith("و") or is_function_word(t) or is_time_word(t) \
            or TANWEEN_FATH in t.text or ends_in_pronoun(t.text):
        return False
    norm = normalize(t.text)
    return is_name_like(t) or norm in lexicon.person_names().given \
        or (t.text.startswith("ال") and len(norm) >= 4 and norm not in lexicon.titles() and norm not in lexicon.groups())


SAINT_NAME_WORDS = 2   # "القديس فلان", "القديس فلان فلان"


def _past_saint_title(doc: Doc, k: int) -> int:
    """"كاتدرائية القديس فلان", "كنيسة مار فلان": a saint's title right after a place head opens the name, and the
    saint's name words (up to two, indefinite) after it go on it: the end past them; k when no title or no name
    word follows (a definite word after the title closes a name its loop would end at the title)."""
    if k >= len(doc) or normalize(doc[k].text) not in SAINT_TITLES:
        return k
    q = end = skip_space(doc, k + 1)
    while q < len(doc) and q - end < SAINT_NAME_WORDS and not doc[q].text.startswith("ال") and is_name_like(doc[q]) \
            and not (q > end and conjunction_on_ordinary_word(doc[q].text)):
        q += 1
    return q if q > end else k


def through_joined_parts(doc: Doc, k: int) -> int:
    """k: the end of a foreign place's name as read so far. "ريو دي جانيرو", "سان كارلوس دي باريلوتشي",
    "أنغرا دوس ريس", "شليسفيغ - هولشتاين": a Romance particle (of one word or two) or a hyphen and the name
    word after it go on the name, as often as they come; the new end, or k."""
    while True:
        q = skip_space(doc, k)
        if q >= len(doc) or not _joining_word(doc, q):
            return k
        after = skip_space(doc, q + 1)
        if after < len(doc) and f"{normalize(doc[q].text)} {normalize(doc[after].text)}" in COMPOUND_PARTICLES:
            after = skip_space(doc, after + 1)   # "دي لوس", "دي لا": a particle of two words
        if after < len(doc) and (place := known_entity_at(doc, after, ("Place",))) is not None:
            k = place[0]   # "سانتياغو دي كومبوستيلا" and a known place's name after the particle
            continue
        if _tight_hyphen(doc, q, after):
            k = after + 1   # "X-أ-Y": words joined by hyphens with no space are one name, a one-letter word too
            continue
        if not _foreign_name_word(doc, after) or known_entity_at(doc, after, ("Person", "Organization")):
            return k
        k = after + 1


def _tight_hyphen(doc: Doc, q: int, after: int) -> bool:
    """Token q is a hyphen with no space on either side, and an Arabic word with no article or conjunction
    follows it."""
    return doc[q].text in HYPHENS and after == q + 1 and not doc[q - 1].whitespace_ and not doc[q].whitespace_ \
        and is_arabic_word(doc[after]) and not doc[after].text.startswith(("ال", "و"))


def _is_place_particle(text: str) -> bool:
    """A Romance particle of a place's name (PLACE_PARTICLES), the word _known_places_joined needs in an article."""
    return normalize(text) in PLACE_PARTICLES


def _known_places_joined(doc: Doc) -> list[Candidate]:
    """"سانتياغو دي كومبوستيلا": a place the lexicon knows with a Romance particle and a name word after it is
    another place, named so whole (a city named after the known one, or after the country it lies in)."""
    toks = tokens_of(doc)
    if not words_where(doc, _is_place_particle):
        return []   # most articles have no Romance particle: no known place needs looking up
    out = []
    for i in range(len(doc)):
        if toks.spaces[i] or not toks.arabic[i]:
            continue
        known = known_entity_at(doc, i, ("Place",))
        if known is None:
            continue
        q = skip_space(doc, known[0])
        if q >= len(doc) or normalize(doc[q].text) not in PLACE_PARTICLES:
            continue   # a hyphen after a known place is mostly a dateline's ("القاهرة - وكالات")
        k = through_joined_parts(doc, known[0])
        if k > known[0]:
            s, e = span_chars(doc, i, k, 0)
            out.append(Candidate(i, k, s, e, clean_surface(text_of(doc)[s:e]), "Place", "place_head"))
    return out


def _compass_regions(doc: Doc) -> list[Candidate]:
    """"المنطقة الشرقية", "بالولاية الشمالية": a definite division head with a compass adjective right after it
    is a region named by its position, the two words its name."""
    toks = tokens_of(doc)
    out = []
    for i in words_where(doc, _may_head_compass_region):
        reading = _compass_head_reading(toks.texts[i])
        if reading is None:
            continue
        k = skip_space(doc, i + 1)
        if not _names_compass_region(doc, k):
            continue
        s, e = span_chars(doc, i, k + 1, len(reading[0]))
        out.append(Candidate(i, k + 1, s, e, surface_form(doc, i, k + 1, reading[1]), "Place", "place_head"))
    return out


@lru_cache(maxsize=131072)
def _may_head_compass_region(text: str) -> bool:
    return is_arabic_text(text) and _compass_head_reading(text) is not None


def _compass_head_reading(text: str) -> tuple[str, str] | None:
    """(clitic, stem) of the first reading of the word that is a definite division head ("بالمنطقة" -> ب,
    المنطقة); kept per word, as COMPASS_REGION_HEADS is fixed."""
    return next(((cl, stem) for cl, stem in clitic_variants(text)
                 if stem.startswith("ال") and normalize(stem[2:]) in COMPASS_REGION_HEADS), None)


def _names_compass_region(doc: Doc, k: int) -> bool:
    """Is the word at k a compass adjective naming a region after a definite division head? Not where a
    possessor or a partitive follows ("المنطقة الشرقية للمدينة", "الجنوبية من البلاد"): the eastern part of
    some place, no name of its own."""
    if k >= len(doc) or normalize(doc[k].text) not in COMPASS_ADJECTIVES:
        return False
    q = skip_space(doc, k + 1)
    return q >= len(doc) or not (doc[q].text == "من" or doc[q].text.startswith("ل"))


def name_without_head(form: str) -> str | None:
    """The name a place's form holds after a head noun that is no part of it, or that texts also leave
    out ("مدينة X" -> "X", "منطقة X" -> "X", "حي X" -> "X"); None for any other form. A place the
    lexicon knows only with its head ("مدينة X", its bare name also an ordinary word) is named by the
    bare name as well once the text has named it with the head."""
    words = form.split(maxsplit=1)
    if len(words) < 2:
        return None
    head = normalize(words[0])
    return words[1] if PLACE_HEADS.get(head) is False or head in ALSO_BARE else None


PLURAL_PLACE_HEADS = lexicon.function_words().plural_place_head
MAX_LISTED = 8   # names after one plural head


@lru_cache(maxsize=131072)
def _may_head_list(text: str) -> bool:
    """Is a reading of the word a plural or dual place head ("أحياء", "بلدتي")? Asked of every word: kept
    per word, as PLURAL_PLACE_HEADS is fixed."""
    return any(normalize(stem) in PLURAL_PLACE_HEADS for _, stem in clitic_variants(text))


def _listed_places(doc: Doc) -> list[Candidate]:
    """"إلى أحياء الشماعية والمنصورية وكرمليس", "بين بلدتي كفرنبل والهبيط": after a plural or dual place
    head, a list of two names or more joined by و or a comma are places, each of one or two words: a
    name no table knows, or one definite word that is no ordinary word of news."""
    out: list[Candidate] = []
    for i in words_where(doc, _may_head_list):
        items, k, clitic = [], skip_space(doc, i + 1), 0
        while k < len(doc) and len(items) < MAX_LISTED:
            end = _listed_name_end(doc, k, clitic)
            if end == k:
                break
            items.append((k, end, clitic))
            k = skip_space(doc, end)
            if k < len(doc) and doc[k].text in ("،", ","):
                k, clitic = skip_space(doc, k + 1), 0
            elif k < len(doc) and doc[k].text.startswith("و") and len(doc[k].text) > 3:
                clitic = 1
            else:
                break
        if len(items) < 2:
            continue
        for a, b, cl in items:
            if known_entity_at(doc, a, ("Place", "Organization", "Person")) is None or cl:
                s, e = span_chars(doc, a, b, cl)
                out.append(Candidate(a, b, s, e, clean_surface(text_of(doc)[s:e]), "Place", "place_head"))
    return out


def _listed_name_end(doc: Doc, k: int, clitic: int) -> int:
    """End of one name of a list (its conjunction left out): a word no ordinary word of news is,
    without or with the article, and a second such word without it ("عين زارة")."""
    text = doc[k].text[clitic:]
    if (opened := past_name_opener(doc, k, clitic)) > k:
        return opened   # "بلدات X وعين Y": a compound name of the list
    if not is_arabic_word(doc[k]) or is_function_word(doc[k]) or len(normalize(text)) < 3 or _possessed_name_word(text):
        return k   # (nor "ومحيطهما", "and their surroundings": a noun with a pronoun closes the list)
    norm = normalize(text)
    if norm in mostly_common_words() or norm in common_words() or nisba_country(doc, k) is not None:
        return k
    if not text.startswith("ال") and not name_like_text(text):
        return k
    nxt = skip_space(doc, k + 1)
    if not text.startswith("ال") and nxt < len(doc) and not doc[nxt].text.startswith(("و", "ال")) \
            and is_name_like(doc[nxt]) and normalize(doc[nxt].text) not in mostly_common_words():
        return nxt + 1
    return k + 1


def heads_a_place_name(doc: Doc, k: int) -> bool:
    """Token k, a place head noun, has a word after it that opens a place's name ("سوق الحميدية"), not an
    ordinary definite noun in its construct ("سوق النفط": the oil market, no place)."""
    q = skip_space(doc, k + 1)
    return q < len(doc) and (known_entity_at(doc, q, ("Place",)) is not None
                             or _place_name_word(doc, q, True, normalize(doc[k].text)))


def _family_name_after_definite_first(doc: Doc, k: int, head: str) -> bool:
    """Token k, an indefinite name word right after the definite first word of a street's or square's name
    ("شارع الطيب بوفلان"): many given names take the article (Maghrebi usage above all), and a place named
    after a person takes the family name too. Not a given name ("مسجد النور فلان ...": a person after the
    place), a known place or body, or a time word."""
    if head not in NAMED_BY_WORD or k < 1 or not doc[k - 1].text.startswith("ال") or not is_name_like(doc[k]):
        return False
    if doc[k].text.startswith("و"):
        return False  # "جادة X وقوس Y": the conjunction lists a second site, no family name goes on with it
    norm = normalize(doc[k].text)
    return norm not in lexicon.person_names().given and norm not in LOCATIVES and not is_time_word(doc[k]) \
        and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


def _arena_noun_after_li(norm: str) -> bool:
    """A noun of fighting or contest (arena_noun) with the preposition لـ written on it, the article dropped
    before it ("للصراع") or never there ("لتصفية")."""
    return ("ال" + norm[2:] if norm.startswith("لل") else "ال" + norm[1:]) in ARENA_NOUNS


def _ordinal_after(doc: Doc, k: int) -> bool:
    """"منطقة الدوار الثالث": a definite place head with an ordinal after it is a numbered site's name."""
    q = skip_space(doc, k + 1)
    return q < len(doc) and normalize(doc[q].text) in ORDINALS


def _place_name_word(doc: Doc, k: int, first: bool, head: str) -> bool:
    """A word of a place's name after its head: a name, or for streets and quarters ("حي الكرامة")
    one definite word; the article only on the first word."""
    t = doc[k]
    definite = t.text.startswith("ال")
    if not first and not definite and _family_name_after_definite_first(doc, k, head):
        return True  # "شارع الفلاني بوفلان": a street named after a person whose given name takes the article
    if not first and (definite or doc[k - 1].text.startswith("ال")):
        return False  # a definite word closes the name: "حي الزهور شرق المدينة
    norm = normalize(t.text)
    if not first and norm.endswith("ا") and norm[:-1] in mostly_common_words():
        return False  # "مخيم فلان قصصا": an ordinary noun in the accusative, the object of the verb before
    if not first and t.text[:1] in "لب" and len(t.text) >= 5 and t.text.endswith(("نا", "ها", "هم")):
        return False  # "بلدة فلانة لقناتنا": a preposition on a possessed noun (to our channel), no name word
    if not first and not definite and _form_x_participle(norm):
        return False  # "منطقة فلان مستخدمة الدبابات": a participle of form X opens a clause about the subject
    if first and not definite and describing_nisba(normalize(t.text)):
        return False  # "حي سكني", "منطقة جبلية": an adjective describes the place, it names none
    if first and not definite and head.endswith("ه") and describing_feminine_adjective(norm):
        return False  # "محطة فارقة", "ساحة واسعة": a feminine adjective agreeing with the head names nothing
    if first and definite and norm in ARENA_NOUNS:
        return False  # "ساحة المعركة", "ميدان القتال": the field of battle, a figure, no square named so
    if first and not definite and norm.startswith("ل") and _arena_noun_after_li(norm):
        return False  # "ساحة لتصفية الحسابات", "ساحة للصراع": an arena for a contest, a figure, no square's name
    if first and head in CLOSING_HEADS and norm in GAP_NOUNS:
        return False  # "سد الفجوة", "لسد فجوة التمويل": closing a gap, the verbal noun and its object, no dam
    if first and definite and head in VERBAL_HEADS:
        return False  # "مقاطعة البضائع": the verbal noun and its object; a province's name has no article
    if first and not definite and "ال" + norm in ORDINALS:
        return False  # "لولاية ثانية": a second term of office (ولاية), an ordinal names no place
    if first and definite and norm.endswith("ات") and PLACE_HEADS.get(head) and head not in NAMED_BY_WORD \
            and not is_known_name_word(norm):
        # "سوق السيارات": a definite plural of things after a site's head is what it holds, no name (a
        # town's name after a town's head may end so)
        return False
    if first and definite and norm[2:] in PLACE_HEADS and norm[2:] not in STATE_HEADS \
            and known_entity_at(doc, k, ("Place",)) is None and not _ordinal_after(doc, k):
        return False  # "مسجد الحي", "شارع المدينة": a place head noun after the head is whose site it is, no name
    if first and not definite and head in SETTLEMENT_HEADS and _settlement_named_by_a_word(doc, k):
        return True  # "في مدينة X،": a town named by a word that is also an ordinary word, the phrase closing after it
    if first and not definite and head in INDEFINITE_NAME_HEADS and _site_named_by_a_word(doc, k):
        return True  # "في ميدان X", "أمام قصر X": a square or palace named by an ordinary word
    if is_name_like(t):
        return True
    if first and _name_shaped_like_a_clitic_and_article(t.text):
        return True
    if first and definite and head in DISTRICT_HEADS and _district_named_by_a_word(doc, k):
        return True  # "في منطقة X،": an area named by one definite word, the phrase closing after it
    return first and definite and head in NAMED_BY_WORD and is_arabic_word(t) and not is_function_word(t)


DISTRICT_HEADS = lexicon.function_words().district_head


def _district_named_by_a_word(doc: Doc, k: int) -> bool:
    """Token k, a definite word right after an indefinite area's or suburb's head ("منطقة", "ضاحية"), with which the
    phrase closes (punctuation, a function word, a direction, a preposition of place on the next word: "بمنطقة X
    بإمارة Y"), is the area's name though an ordinary word: a common noun there goes on with its own genitive or
    adjective ("منطقة الحدود الشمالية"). Not a noun of fighting ("منطقة الحرب،", a war zone), nor a known person or body."""
    t = doc[k]
    if not is_arabic_word(t) or is_function_word(t) or is_time_word(t) or normalize(t.text) in ARENA_NOUNS \
            or known_entity_at(doc, k, ("Person", "Organization")) is not None:
        return False
    q = skip_space(doc, k + 1)
    return phrase_closes_at(doc, q) or (doc[q].text.startswith("ب") and len(doc[q].text) > 3 and not is_name_like(doc[q]))


# "ساحة", "ميدان", "دوار", "قصر": sites Arabic names by an indefinite word of the language ("ميدان X", "قصر X")
INDEFINITE_NAME_HEADS = lexicon.function_words().indefinite_name_head
SITE_PREPOSITIONS = lexicon.function_words().site_preposition
PLACE_CLITICS = ("ب", "ل")   # "بساحة", "لساحة": a preposition written on the head
# endings of a feminine noun or a sound plural: "ساحة معركة", "ساحة مواجهات" hold what goes on there, no name
NOUN_OF_WHAT_GOES_ON_ENDINGS = (normalize("ة"), "ات", "ون", "ين")
ADJECTIVE_FAEEL = re.compile("^..ي.$")   # فعيل: "قديم", "كبير" describe the site, they name none (normalised)


SETTLEMENT_HEADS = lexicon.function_words().settlement_head


def _settlement_named_by_a_word(doc: Doc, k: int) -> bool:
    """Token k, an indefinite word right after a settlement's head ("مدينة", "بلدة", "قرية"), after which the phrase
    closes (punctuation, a function word, a preposition of place on the next word: "مدينة X بمقاطعة Y"), is the town's
    name though an ordinary word: a town's name stands alone there, where an adjective or a noun in construct would go
    on. Not a word in ة (an adjective agreeing with the feminine head: "مدينة مجاورة"), an accusative, a past verb
    ("مدينة فقدت"), لـ and the article ("مدينة للتعايش", a city for), a broken plural or verbal noun's shape ("مدينة أشباح"), a function, time, title or group word, a nationality, a pronoun's noun, or a known person or body."""
    t = doc[k]
    norm = normalize(t.text)
    if not is_arabic_word(t) or len(norm) < 3 or t.text.startswith(("و", "ال", "لل")) or norm.endswith("ه") \
            or TANWEEN_FATH in t.text or is_function_word(t) or is_time_word(t) or ends_in_pronoun(t.text) \
            or reads_as_past_verb(t.text) or NOUN_SHAPES.fullmatch(norm) or norm in lexicon.titles() or norm in lexicon.groups() \
            or norm in lexicon.cues() or nisba_country(doc, k) is not None \
            or known_entity_at(doc, k, ("Person", "Organization")) is not None \
            or (t.text.startswith(("بال", "كال", "فال")) and (norm in word_counts() or (
                rest := normalize(t.text[1:])) in word_counts() and rest not in function_words())):
        return False   # (nor "مدينة بالقرب من": a preposition and an ordinary definite noun)
    q = skip_space(doc, k + 1)
    if phrase_closes_at(doc, q):
        return True
    nxt = doc[q].text
    # "مدينة X بمحافظة Y": a preposition of place on the next word; "مدينة X الساحلية": a definite relative adjective
    # describes the head in construct with X, which the construct makes definite, so X is a proper name (an
    # indefinite common noun there would take an indefinite adjective: "مدينة ساحلية")
    return (nxt.startswith("ب") and len(nxt) > 3 and not is_name_like(doc[q])) \
        or (nxt.startswith("ال") and normalize(nxt).endswith(("يه", "ي")) and len(normalize(nxt)) > 5)


def _site_named_by_a_word(doc: Doc, k: int) -> bool:
    """Token k, an indefinite word right after a square's or palace's head that a preposition of place opens ("في
    ميدان X", "أمام قصر X", "لساحة X"), is the site's name though an ordinary word: no function, time or title
    word (a cue noun may name one: a palace of "statement"), no feminine noun or sound plural (what goes on
    there), no adjective of the shape فعيل, no accusative, no field of battle, no nationality and no known person.
    Not after من: "يعاني من قصر نظر" is shortness of sight, قصر the verbal noun."""
    h = prev_word(doc, k)
    if h is None:
        return False
    head_text = doc[h].text
    clitic_on_head = head_text.startswith(PLACE_CLITICS) and normalize(head_text[1:]) in INDEFINITE_NAME_HEADS
    p = prev_word(doc, h)
    if not clitic_on_head and (p is None or normalize(doc[p].text) not in SITE_PREPOSITIONS):
        return False
    t = doc[k]
    norm = normalize(t.text)
    return is_arabic_word(t) and len(norm) >= 3 and TANWEEN_FATH not in t.text and not norm.endswith(NOUN_OF_WHAT_GOES_ON_ENDINGS) \
        and not t.text.startswith("و") and not ADJECTIVE_FAEEL.match(norm) and not norm.endswith("ا") \
        and not is_function_word(t) and norm not in function_words() and not is_time_word(t) \
        and norm not in lexicon.titles() and norm not in lexicon.groups() \
        and "ال" + norm not in ARENA_NOUNS and nisba_country(doc, k) is None and match_title(doc, k) is None \
        and known_entity_at(doc, k, ("Person", "Organization")) is None


@lru_cache(maxsize=131072)
def _name_shaped_like_a_clitic_and_article(text: str) -> bool:
    """"حي كالوس", "مدينة بالمير": a foreign name opening with the letters of a preposition and the article (كال،
    بال) right after a place head, where the rest, read as a definite word, is no word of news nor a function
    word ("بالقرب", "بالجنوب" are)."""
    if not text.startswith(("كال", "بال")) or len(text) < 5:
        return False
    rest = normalize(text[1:])
    return normalize(text) not in word_counts() and rest not in word_counts() and not is_common(rest) and rest not in lexicon.function_words().preposition \
        and not is_known_name_word(rest) and rest not in lexicon.known_entities()


def _form_x_participle(norm: str) -> bool:
    """A participle of the tenth form (مستفعل: مستخدم، مستهدفة، مستمرا), an adjective or a circumstantial
    participle, never a word of a place's name after its first."""
    return norm.startswith("مست") and len(norm) >= 6


def describing_feminine_adjective(norm: str) -> bool:
    """An indefinite feminine active participle (فاعلة, normalised with ة as ه) whose masculine is a word of news
    text ANERcorp saw outside names: "بارزة" (بارز), "فارقة" (فارق), "واسعة" (واسع); not a name in ة of another
    shape ("كندة") nor a known name ("فاطمة")."""
    if not norm.endswith("ه") or len(norm) != 5 or norm[1] != "ا":
        return False
    stem = norm[:-1]
    return stem in word_counts() and not is_known_name_word(stem) and not is_known_name_word(norm)


def describing_nisba(norm: str) -> bool:
    """An indefinite relative adjective made from a noun of news text: "ساحلي" (ساحل), "جبلية" (جبل),
    "سكنية" (سكن), "مالي" (المال), a noun ANERcorp saw outside names more often than in them; not a place's name that
    ends in ي ("ميامي", "تبليسي")."""
    if len(norm) < 4:
        return False
    stem = norm[:-2] if norm.endswith("يه") else norm[:-1] if norm.endswith("ي") else None
    if stem is None or len(stem) < 3:
        return False
    # the noun with the article too: ANERcorp may hold "المال" only, never the bare "مال"
    return any(w in word_counts() and not is_known_name_word(w) for w in (stem, stem + "ه", "ال" + stem, "ال" + stem + "ه"))


# nouns a country's name follows in construct ("شمال مالي", "جيش مالي", "عاصمة مالي", "شعب مالي"): after
# them a place's name that is also a relative adjective is the place
_COUNTRY_GOVERNORS = (lexicon.function_words().state_body_head | lexicon.function_words().land_noun
                      | lexicon.function_words().locative | lexicon.function_words().apparatus_noun
                      | lexicon.function_words().place_head | lexicon.function_words().place_head_kept
                      | lexicon.function_words().country_noun)


def adjective_named_like_a_place(doc: Doc, i: int) -> bool:
    """Token i, a place's name with no clitic that is also an indefinite relative adjective of a noun of
    news ("مالي" of "المال", money), right after an indefinite masculine noun: the adjective describing
    it ("مركز مالي", "بتعويض مالي"), not the country. A noun is told from a verb ("زار مالي", visited)
    by its definite form in ANERcorp ("المركز"). A noun in ة would take "مالية", so after one
    ("جمهورية مالي") and after a title, state body, land noun, word of direction or country_noun
    ("رئيس مالي", "جيش مالي", "شمال مالي", "منتخب مالي") the name stands in construct."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[i]
    norm = normalize(text)
    if text.startswith("ال") or not norm.endswith("ي") or not describing_nisba(norm):
        return False
    p = prev_word(doc, i)
    if p is None or not toks.arabic[p] or is_function_text(toks.texts[p]) or toks.texts[p].endswith(("ة", "ه")):
        return False
    stems = {normalize(stem) for _, stem in clitic_variants(toks.texts[p])}
    return not any(s.startswith("ال") or s in lexicon.titles() or s in _COUNTRY_GOVERNORS or is_known_name_word(s)
                   for s in stems) \
        and any(len(s) >= 3 and "ال" + s in word_counts() and not is_known_name_word("ال" + s) for s in stems)


# "المحافظة على الأمن": "محافظة" as the verbal noun "preserving", with the preposition it governs; no place
REFERENT_BLOCKERS = lexicon.function_words().place_referent_blocker
# "المدينة" is also the last city named without the head: "انفجار في كركوك ... وسط المدينة"
CITY_HEADS = lexicon.function_words().city_head
CITY_KINDS = ("city", "capital")   # the lexicon's kinds of places that are cities


def referent_head(doc: Doc, pos: int, genitive: bool = False) -> str | None:
    """"الإقليم", "بالمدينة": the place head noun a definite word at pos is (clitics allowed), when it may
    refer back to a place the text named with it (place_referent_head; as the genitive of a body or
    group, place_referent_genitive too); else None."""
    texts = tokens_of(doc).texts
    head = _referent_head_word(texts[pos], genitive)
    if head is None:
        return None
    nxt = skip_space(doc, pos + 1)
    if nxt < len(texts) and normalize(texts[nxt]) in REFERENT_BLOCKERS:
        return None
    return head


@lru_cache(maxsize=131072)
def _referent_head_word(text: str, genitive: bool) -> str | None:
    """The place head noun (article dropped) a reading of the word is, if any; asked at many words,
    and a function of the text alone."""
    heads = referent_heads(genitive)
    return next((n[2:] for _, stem in clitic_variants(text)
                 if (n := normalize(stem)).startswith("ال") and n[2:] in heads), None)


@lru_cache(maxsize=2)
def referent_heads(genitive: bool = False) -> frozenset[str]:
    """The place head nouns that refer back to a place named before; as a genitive, "ولاية" too."""
    words = lexicon.function_words()
    return words.place_referent_head | words.place_referent_genitive if genitive else words.place_referent_head


def place_named_before(doc: Doc, cands: Sequence[Candidate], pos: int, head: str,
                       key_of: Callable[[Candidate], str | None]) -> Candidate | None:
    """The last place mention before pos (cands in text order) that the text named with this head noun
    ("إقليم X", "شمال مدينة Y", "بمحافظة Z") or that the lexicon knows by a name with it ("Z" is
    "محافظة Z"): the place a bare "الإقليم", "المدينة" at pos refers to."""
    named = places_named_before(doc, cands, pos, head, key_of)
    return named[-1] if named else None


def places_named_before(doc: Doc, cands: Sequence[Candidate], pos: int, head: str,
                        key_of: Callable[[Candidate], str | None]) -> list[Candidate]:
    """All the place mentions before pos (in text order) that a bare "الإقليم", "المدينة" at pos may refer to: named
    with this head noun, or known by a name with it (or, for "المدينة", known as a city)."""
    named = []
    for c in cands:
        if c.i >= pos:
            break
        if c.type == "Place" and (headed_by(c.form, head) or _head_before(doc, c.i, head)
                                  or any(headed_by(f, head) for f in known_forms(key_of(c), "Place"))
                                  or (head in CITY_HEADS and _known_kind(key_of(c)) in CITY_KINDS)):
            named.append(c)
    return named


def _known_kind(key: str | None) -> str | None:
    """The lexicon's kind of a known place (city, capital, country ...); None for any other entity."""
    known = lexicon.entity_by_key().get(key) if key else None
    return known.kind if known is not None and known.type == "Place" else None


def _head_before(doc: Doc, i: int, head: str) -> bool:
    """Is the word right before a mention at i this head noun, bare of its clitics ("بمحافظة X")?"""
    p = prev_word(doc, i)
    return p is not None and any(normalize(stem) == head for _, stem in clitic_variants(doc[p].text))


def _said_which(doc: Doc, pos: int) -> bool:
    """"سكان المدينة القديمة": a definite word after the place noun says which place it is, another one;
    not a time word ("حكومة الإقليم الأحد")."""
    nxt = skip_space(doc, pos + 1)
    if nxt >= len(doc) or not is_arabic_word(doc[nxt]) or not doc[nxt].text.startswith("ال"):
        return False
    return not is_function_word(doc[nxt]) and normalize(doc[nxt].text) not in lexicon.function_words().adjunct


def point_back_to_places(doc: Doc, cands: Sequence[Candidate]) -> None:
    """"حكومة الإقليم", "ناخبي الإقليم" after "إقليم X": a body or group in construct with a definite place
    head noun that refers back to a place named before is the body or group of that place. The group
    takes the place as its affiliation (when the place has a key); the body records its names with the
    place's names ("حكومة X"), by which resolution joins it to the body the text names so."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    in_order = sorted(cands, key=lambda c: c.i)
    for c in in_order:
        if c.type not in ("Organization", "Group") or c.j - c.i < 2:
            continue
        last = c.j - 1
        while last > c.i and (toks.spaces[last] or doc[last].is_punct):
            last -= 1
        words = c.form.split()
        head = referent_head(doc, last, genitive=True) if last > c.i and len(words) >= 2 else None
        if head is None or normalize(words[-1]) != "ال" + head or _said_which(doc, last):
            continue
        place = place_named_before(doc, in_order, c.i, head, lambda p: p.key)
        if place is None:
            continue
        if c.type == "Group":
            c.role_of = c.role_of or place.key
            continue
        names = [place.form, *sorted(place.extra_forms)]
        names += sorted({p.form for p in in_order if p.type == "Place" and p.key and p.key == place.key})
        # the bare noun stands for the place as the text named it, with the head: "مجلس المحافظة" is
        # "مجلس محافظة X" first; then the lexicon's names
        names.sort(key=lambda name: not headed_by(name, head))
        names += known_forms(place.key, "Place")
        body = " ".join(words[:-1])
        c.refers_to = tuple(dict.fromkeys(f"{body} {name}" for name in names))


def bare_heads_as_places(doc: Doc, chosen: Sequence[Candidate]) -> None:
    """"السلطنة ستواصل", "أكدت المملكة": a definite place head noun alone that a finder without a list (the
    NER) took for a place of its own is the place named before with that head, or known by a name with it
    ("عمان" ... "السلطنة": Oman is "سلطنة عمان"); it takes that place's key. Left alone when none was named."""
    in_order = sorted(chosen, key=lambda c: c.i)
    for c in in_order:
        if c.type != "Place" or c.key or c.j - c.i != 1 or c.source not in ("ner", "propagated"):
            continue
        head = referent_head(doc, c.i)
        if head is None or normalize(c.form) != "ال" + head:
            continue
        place = place_named_before(doc, in_order, c.i, head, lambda p: p.key)
        if place is not None and place.key:
            c.key = place.key


def states_named_by_their_kind(doc: Doc, chosen: Sequence[Candidate]) -> list[Candidate]:
    """"أكدت المملكة أن", "أمن المملكة": a definite head noun of a kind of state alone ("المملكة", "السلطنة"),
    no finder's mention, with no name or adjective after it ("المملكة المتحدة" is another name), is the one
    state of that kind the article is about: the one it names most whose name the lexicon holds with that head
    ("المملكة العربية السعودية"), or failing a name, the one its nationality adjectives name most."""
    taken = {k for c in chosen for k in range(c.i, c.j)}
    toks = tokens_of(doc)
    out: list[Candidate] = []
    state_of: dict[str, str | None] = {}
    for i in words_where(doc, _may_head_state):
        if i in taken:
            continue
        reading = _state_head_reading(toks.texts[i])
        if reading is None or _said_which(doc, i):
            continue
        clitic, stem, head = reading
        if head not in state_of:
            state_of[head] = _the_state_of_its_kind(doc, chosen, head)
        if state_of[head] is None:
            continue
        s, e = span_chars(doc, i, i + 1, len(clitic))
        out.append(Candidate(i, i + 1, s, e, stem, "Place", "place_head", key=state_of[head]))
    return out


def _may_head_state(text: str) -> bool:
    """An Arabic word with a reading of a kind of state's head noun (states_named_by_their_kind reads on from it)."""
    return is_arabic_text(text) and _state_head_reading(text) is not None


@lru_cache(maxsize=131072)
def _state_head_reading(text: str) -> tuple[str, str, str] | None:
    """(clitic, stem, head) of the reading of the word that is a definite state head noun ("للمملكة" -> ل,
    المملكة, مملكه); kept per word, as the heads are fixed."""
    return next(((cl, stem, normalize(stem)[2:]) for cl, stem in clitic_variants(text)
                 if normalize(stem).startswith("ال") and normalize(stem)[2:] in STATE_REFERENT_HEADS), None)


def _the_state_of_its_kind(doc: Doc, chosen: Sequence[Candidate], head: str) -> str | None:
    """The key of the state the lexicon names with this head that the article names most, by name or by its
    capital's, else by its nationality adjectives; None when none is named, or two are named as often."""
    def of_kind(key: str | None) -> bool:
        return any(headed_by(f, head) for f in known_forms(key, "Place"))

    named = Counter(state for c in chosen if c.type == "Place" and (state := _state_or_its_capital_s(c.key)) is not None
                    and of_kind(state))
    if not named:
        named = Counter(key for k in range(len(doc)) if (key := nisba_country(doc, k)) is not None and of_kind(key))
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _state_or_its_capital_s(key: str | None) -> str | None:
    """The key itself, or the country's where the key is a capital's ("الرياض" stands for its kingdom)."""
    known = lexicon.entity_by_key().get(key) if key else None
    if known is None or known.type != "Place":
        return None
    return known.country_key if known.kind == "capital" else key


STATE_KINDS = ("country", "region")   # the lexicon's kinds of places that are states or regions, no towns


def names_a_place_of_the_article(doc: Doc, outer: Candidate, inner: Candidate) -> bool:
    """Is a name found inside another name ("حكومة نيروبي") an entity of the article? Not a country or region in
    construct inside a body's name ("جامعة <بلد>", "مجموعة <إقليم>", "مركز دراسات <إقليم>"): it is a word of the
    body's name, the body no mention of the place. A city there is where the body sits, and a place after "في"
    ("منظمة الأمن والتعاون في أوروبا") is where it works: places named."""
    if inner.type != "Place" or outer.type != "Organization" or _known_kind(inner.key) not in STATE_KINDS:
        return True
    p = prev_word(doc, inner.i)
    return p is not None and doc[p].text == "في"


# "لشؤون", "قسم": the remit noun of a title or a division, its complement a place ("وزير الدولة لشؤون X")
REMIT_NOUNS = lexicon.function_words().remit_noun


def remit_of_a_title(doc: Doc, i: int) -> bool:
    """A place's name at token i (no clitic on it) right after a remit noun, with or without لـ ("وزير الدولة لشؤون
    X", "مدير قسم X في المنظمة"), is the portfolio of a title or a division, no place the article speaks of; a
    definite remit noun ("للشؤون الأفريقية") takes an adjective, no place. After a preposition the bare noun is a
    field of study or work ("الباحث في شؤون X"), which speaks of the place."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None:
        return False
    text = toks.texts[p]
    if any(clitic == "ل" and normalize(stem) in REMIT_NOUNS for clitic, stem in clitic_variants(text)):
        return True
    q = prev_word(doc, p)
    return normalize(text) in REMIT_NOUNS and (q is None or normalize(toks.texts[q]) not in REMIT_PREPOSITIONS)


# "في شؤون X": a preposition before a bare remit noun makes it a field, the place spoken of
REMIT_PREPOSITIONS = lexicon.function_words().preposition
