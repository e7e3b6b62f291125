"""Where a person's name ends (name_end), and which words no name takes: the word checks the title,
subject-slot and NER finders share. The checks on a span once found are in name_spans."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ... import lexicon
from ...text import clitic_variants, normalize, strip_article
from ..words import (IMPERFECT_OF_THIRD_PERSON, NAMES_LIKE_FUNCTION_WORDS, PRONOUN_SUFFIXES, TANWEEN_FATH, common_words, ends_in_pronoun, function_words,
                     has_non_name_shape, is_arabic_word, is_construct_plural, is_function_word, is_inflected_common, is_known_name_word,
                     is_name_like, is_name_like_whole, is_name_link, is_non_name_form, is_plural_of_common, is_punct,
                     is_quote, is_time_word, mostly_common_words, prev_word, stems, word_counts)
from .base import TITLE_MODIFIERS, known_entity_at, match_title, nisba_country, skip_space
from .particles import compound_particle_at
from .ala import after_said, ala_before_that, preposition_spelled_as_name


# endings of words transcribed from another language that no Arabic word has ("-ng": "تشانغ", "يونغ")
TRANSLITERATED_ENDINGS = ("نغ",)


def name_end(doc: Doc, start_name: int, known_until: int | None = None) -> int:
    """End of a person's name of up to four words starting at start_name, after a title or another
    word that introduces one; name particles do not count ("حمد بن جاسم آل ثاني"). The tokens before
    known_until are a name known already (a given name of several words: "صلاح الدين")."""
    k = start_name
    while k < len(doc) and k - start_name - sum(is_name_link(t.text) for t in doc[start_name:k]) < 4:
        t = doc[k]
        if known_until is not None and k < known_until:
            k += 1
            continue
        if t.is_space and "\n" not in t.text:
            k += 1
            continue
        if k > start_name and (family := compound_particle_at(doc, k)) is not None:
            k = family + 1   # "جان دو لا روش": a two-word particle and the family name after it
            continue
        if k > start_name + 1 and normalize(t.text) in REGNAL_ORDINALS \
                and normalize(doc[k - 1].text) in REGNAL_ORDINALS:
            k += 1   # "بنديكت السادس عشر": the tens of a regnal number go with its units
            continue
        prev = doc[k - 1].text if k > start_name else ""
        # a later token starting with و is a conjunction ("بوتين ونظيره"), not a name part; but a
        # foreign family name may begin with و ("بوب وودورد", "جيف وليامز") right after a first name
        # (nor is "ولد" of a Mauritanian name, "son of", before a name: "محمد ولد فلان")
        if k > start_name and t.text.startswith("و") and not is_name_link(prev) \
                and not _family_name_with_waw(doc, start_name, k) and not _particle_before_a_name(doc, k):
            break
        if k > start_name and not is_name_link(prev) and verb_after_name(doc, k):
            break  # "جاك فلان شذ عن القاعدة", "فلان سيغيب": the verb after its subject, no family name
        if kin_with_pronoun(t.text):
            break  # "فلان ابن أخيه", "فلان بن عمه": kinship to someone named before, the particle is dropped below
            # (and a kin noun with a pronoun opens no name: "جدتي تقول")
        # "فلان سلفه": a word with a possessive suffix after the name is not part of it
        if k > start_name and ends_in_pronoun(t.text) \
                and len(t.text) >= 4 and not is_name_link(prev) and not _foreign_name_in_yeh(t.text):
            break
        # "ببرقية", "دعمهما", "هوغو سانشيز تكريما": a form or, after the first word, a shape no name takes
        # ("بن لقمان", "ولد لبات": after a particle a word of four letters is the father's name, no بـ or لـ on
        # a noun of three)
        # (a transliterated ending no Arabic word has, -ng written نغ, is a name word whatever its shape:
        # "لي تشانغ", read like a verbal noun تفاعل)
        if k > start_name and _word_before_family_particle(doc, k):
            k += 1   # "جيرار آلان دي فلان": a middle name before دي, though it folds onto a function word
            continue
        # (a French family name in يه, "آلان جوبيه", is a name word whatever shape it folds onto)
        # (nor a second word shaped like a verbal noun where the name closes: "كامران تحسين قد", "فلان انتصار،")
        if no_name_word(t.text, first=k == start_name) and not normalize(t.text).endswith(TRANSLITERATED_ENDINGS) \
                and not (k > start_name and is_name_link(prev) and len(normalize(t.text)) == 4) \
                and not (k > start_name and is_name_like(doc[k - 1]) and _foreign_name_in_yeh(t.text)) \
                and not (k == start_name + 1 and not is_non_name_form(t.text) and family_name_at_boundary(doc, k)):
            break
        # family names may carry the article (زيد العلي، عبد الكريم الحسني), first names do not
        # an indefinite nationality word before a name is a name ("تركي الحربي")
        nisba_name = (not t.text.startswith("ال") and nisba_country(doc, k) is not None
                      and k + 1 < len(doc) and is_name_like(doc[skip_space(doc, k + 1)]))
        if k == start_name + 1 and _nationality_family_name(doc, k):
            k += 1  # "الوزير هاني المصري"
            break
        if k > start_name and ends_name(doc, k):
            break
        if k > start_name and noun_after_patronymic(doc, k):
            break  # "بعث الملك فلان بن عبد الرحيم رسالة": the verb's object after its subject's name
        if k > start_name and addressee_after_family_name(doc, k):
            break  # "وقال سامي الحداد لميدياتيك إن": whom it was said to, after the definite family name
        if k > start_name and _preposition_before_its_noun(doc, k):
            break  # "الرئيس فلان فور وصوله": the preposition, not a family name ("فور غناسينغبي" is a name)
        if k > start_name and _participle_in_apposition(doc, k):
            break  # "سامي فلان المكلف بالملف", "فلان فلان المولود في": a participle describes the name
        if k > start_name and (title := match_title(doc, k)) and title[0] - k >= 2 and not is_name_link(prev):
            break  # "سامي حسن أمين عام الحزب": a title of two words or more in apposition, not a name word
        if preposition_spelled_as_name(doc, k):
            break  # "الرئيس علي الشعب", "فلان علي سبيل المثال" in a text that writes إلي for إلى: the preposition على
        if k == start_name and normalize(t.text) in RESUMING_FA_INNA and (q := skip_space(doc, k + 1)) < len(doc) \
                and doc[q].text.startswith("ال"):
            break  # "وبحسب المسؤول فان الجولة": فإن written without its hamza before its subject, not "van"
        if k == start_name and t.text.startswith("و") and t.text.endswith(("ه", "ها", "هم")) \
                and not t.text.endswith("له"):
            break  # "وسعيه": a conjoined noun with a possessive, no name
        if k == start_name and noun_before_its_adjective(doc, k):
            break  # "أعلن رئيس الوزراء حزمة اقتصادية": the title's verb's object and its adjective, no name
        if k == start_name and ordinary_word_with_pronoun(t.text):
            break  # "الذي سلمه": an ordinary word or verb with a pronoun suffix, no name
        if k == start_name and conjunction_on_ordinary_word(t.text):
            break  # "وزير الخارجية والتعاون الدولي", "رئيس الوزراء ودولة السيد": the title goes on or a list does
        # "راضي الشمري": a given name that is an ordinary word, before a family name
        given = k == start_name and (_ordinary_given_name(doc, k) or _unseen_given_name(doc, k)
                                     or _before_son_of(doc, k))
        # "آل ثاني", "بن سلمان": a word after a name particle is a name, even an ordinary word
        # (a function word only through a proclitic it would carry, "فليس" as ف + ليس, is read whole there)
        linked = k > start_name and is_name_link(prev) and is_arabic_word(t) and len(normalize(t.text)) >= 2 \
            and (not is_function_word(t) or (normalize(t.text) not in function_words() and not t.text.startswith("و")))
        if k >= start_name + 2 and not linked and nearly_always_outside_names(normalize(t.text)) \
                and normalize(t.text) not in KUNYA and normalize(t.text) not in lexicon.person_names().given:
            break  # "نجيب محفوظ ترك أثره": after two name words, a word nearly always seen outside names is the verb
        # "... تشي لام": a later word that, read whole, ANERcorp saw inside names, though a clitic reading
        # (لـ + أم) makes it a function word
        seen_whole = k > start_name and _seen_whole_in_names(t)
        if (is_name_like(t) or nisba_name or given or linked or seen_whole or _title_word_inside_name(doc, start_name, k)) \
                and (not t.text.startswith("ال") or k > start_name):
            k += 1
        elif is_name_link(t.text) and k + 1 < len(doc):
            k += 1
        else:
            if k == start_name + 1 and (family_name_at_boundary(doc, k) or indefinite_nisba_family_name(doc, k)):
                k += 1  # "وزير الدولة سامي كريم، ...": a family name that is also an ordinary word
            break
    while k > start_name and (doc[k - 1].is_space or is_name_link(doc[k - 1].text)):
        k -= 1
    if k == start_name + 1 and no_name_word(doc[start_name].text, first=False):
        return start_name  # "الوزير تكريما": a verbal noun alone is no name
    if k == start_name + 1 and form_iv_masdar_before_its_noun(doc, start_name):
        return start_name  # "أعلن الرئيس إعفاء وزير ...": the verbal noun governs the title, no name
    return k


# إفعاء, the verbal noun of form IV of a root whose last letter is weak ("إلغاء", "إنهاء", "إعفاء"),
# normalised: ا, a root letter that is no weak letter, a root letter, then اء
_FORM_IV_WEAK_MASDAR = re.compile("ا[^اوي ][^ا ]اء")


def form_iv_masdar_before_its_noun(doc: Doc, k: int) -> bool:
    """Token k, a lone word after a title, is a verbal noun of shape إفعاء with its object after it: a
    title ("الرئيس إعفاء وزير المالية", "أعلن إعفاء وزير") or a definite noun ("الحكومة إلغاء القرار"). No name word the
    tables or ANERcorp know; a given name of that shape ("إسراء") is followed by a family name or a verb."""
    norm = normalize(doc[k].text)
    if norm.startswith("و") and len(norm) == 6:
        norm = norm[1:]  # "وإعفاء رئيس الحكومة": the conjunction on the verbal noun of a list of measures
    if _FORM_IV_WEAK_MASDAR.fullmatch(norm) is None or is_known_name_word(norm) \
            or norm in lexicon.person_names().given:
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and (doc[nxt].text.startswith("ال") or match_title(doc, nxt) is not None)


SON_OF = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))


def _before_son_of(doc: Doc, k: int) -> bool:
    """Token k, an indefinite word right before بن, ابن or بنت and a name, is a given name, even one spelled
    like a title or an ordinary word ("مساعد بن فلان", "أمين بن فلان")."""
    q = skip_space(doc, k + 1)
    r = skip_space(doc, q + 1)
    t = doc[k]
    return r < len(doc) and normalize(doc[q].text) in SON_OF and is_arabic_word(t) and not t.text.startswith("ال") \
        and not is_function_word(t) and is_name_like(doc[r]) and len(normalize(t.text)) >= 3


def _title_word_inside_name(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, the second word of a name, is an indefinite one-word title ("قائد", "مساعد") between a given
    name and a name-like indefinite word no table lists as a title or a common word, itself last: a middle
    name spelled like a title ("أحمد قائد فلان"); a title in apposition takes a definite complement."""
    if k != start_name + 1 or doc[k].text.startswith(("ال", "و")) or (m := match_title(doc, k)) is None or m[0] != k + 1:
        return False
    q = skip_space(doc, k + 1)
    if q >= len(doc) or not is_name_like(doc[q]) or doc[q].text.startswith(("ال", "و")) \
            or normalize(doc[q].text) in mostly_common_words() or match_title(doc, q) is not None \
            or known_entity_at(doc, q, ("Place", "Organization")) is not None:
        return False   # "بوتين رئيس روسيا": the title's country
    r = skip_space(doc, q + 1)
    return r >= len(doc) or not is_name_like(doc[r])


def _particle_before_a_name(doc: Doc, k: int) -> bool:
    """Token k, a name particle that opens with و ("ولد"), followed by a word that is no function word,
    time word or conjunct: the particle of descent, no conjunction ("X ولد في", "X ولد عام", was born in,
    keep their verb out). The father's name may read as an ordinary word ("ولد لبات", "ولد الشيخ")."""
    if not is_name_link(doc[k].text):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and is_arabic_word(doc[nxt]) and not is_function_word(doc[nxt]) \
        and not is_time_word(doc[nxt]) and not doc[nxt].text.startswith("و")


KIN_NOUNS = lexicon.function_words().kin_noun
VERB_PREPOSITIONS = lexicon.function_words().verb_preposition
FUTURE_PREFIXES = ("سي", "ست", "سن")   # سـ on an imperfect verb: "سيغيب" (he will be absent); not سأ, as سا opens many names


def verb_after_name(doc: Doc, k: int) -> bool:
    """Token k, after a name word, is a verb with its subject before it: a word ANERcorp's annotators saw
    only outside names and no table lists as a name, either in the future (سـ on an imperfect, also when only
    the imperfect is a word of news) or before the preposition its object takes ("شذ عن")."""
    t = doc[k]
    norm = normalize(t.text)
    if not is_arabic_word(t) or len(norm) < 2 or is_known_name_word(norm) \
            or norm in lexicon.person_names().given or norm in lexicon.person_names().family:
        return False
    if conjoined_speech_verb(norm):
        return True   # "أما فلان فنفى ذلك": the speech verb of the name's clause, with its ف or و
    if t.text.startswith("و"):
        return False
    seen, outside = word_counts().get(norm, (0, 0))
    only_outside = seen > 0 and outside == seen
    if not t.text.startswith("ال") and norm.startswith(FUTURE_PREFIXES) and len(norm) >= 4 \
            and (only_outside or norm[1:] in mostly_common_words()):
        return True
    # (a definite participle so too: "فلان الحائز على الجائزة", "فلان العائد من")
    nxt = skip_space(doc, k + 1)
    if only_outside and nxt < len(doc) and normalize(doc[nxt].text) in VERB_PREPOSITIONS:
        return True
    # "فلان يجمد البرلمان" (a headline): an imperfect of the third person, of three root letters or of a derived
    # form, that ANERcorp saw only outside names or never, before a definite word, its object
    return norm.startswith(IMPERFECT_OF_THIRD_PERSON) and (len(norm) == 4 or is_inflected_common(norm)) \
        and (seen == 0 or only_outside) and nxt < len(doc) and doc[nxt].text.startswith("ال") \
        and known_entity_at(doc, k, ("Person", "Place", "Organization")) is None


def conjoined_speech_verb(norm: str) -> bool:
    """A normalised word that is a speech verb of the cue table (of three letters at least: "رد" alone is
    too short to tell) with ف or و glued on: "فنفى", "وقالت". After a name it is the name's predicate ("أما فلان
    فنفى", "فلان وقال"), never a family name; callers keep listed and ANERcorp names ("فالح", "فرات")."""
    if norm[:1] not in ("ف", "و") or len(norm) < 4:
        return False
    cue = lexicon.cues().get(norm[1:])
    return cue is not None and cue.kind == "verb"


FIRST_PERSON = ("ي",)   # "جدتي", "أخي": my grandmother, my brother


@lru_cache(maxsize=131072)
def kin_with_pronoun(text: str) -> bool:
    """"أخيه", "عمه", "ابنته": a noun of kinship (function_words.tsv kin_noun) with a possessive pronoun on
    it, which no name is; a short one ("عمه") passes the length the other possessives need."""
    # the suffix as written: ه, not the ة that normalize folds onto it ("جدة" is a city, "عمة" an aunt); and the
    # first person's ي ("جدتي تقول", a witness's kin), on the noun's construct form
    return any(text.endswith(suffix) and normalize(text[:-len(suffix)]) in KIN_NOUNS
               for suffix in PRONOUN_SUFFIXES + FIRST_PERSON)


@lru_cache(maxsize=131072)
def conjunction_on_ordinary_word(text: str) -> bool:
    """و on a word ANERcorp sees mostly outside names ("والتعاون", "ودولة"), the whole no name it knows or
    a table lists ("وليد", "وائل"): a list or a title going on, no name's first word. Of 4765 such words
    in ANERcorp (train outside the probe, and test) 4 open a person's name as tagged."""
    norm = normalize(text)
    if not norm.startswith("و") or len(norm) < 3 or norm in lexicon.person_names().given \
            or is_known_name_word(norm) or norm in lexicon.known_entities():
        return False
    stem = norm[1:]
    return stem in mostly_common_words() and not is_known_name_word(stem) \
        and stem not in lexicon.person_names().given and stem not in lexicon.known_entities()


OUTSIDE_NAMES_SHARE = 0.85   # "ترك" 9 of 10 sightings outside names, "كرة" 16 of 18; not "نجم" (12 of 15), a family name too


NAME_LIKE_PREPOSITIONS = lexicon.function_words().name_like_preposition


def _preposition_before_its_noun(doc: Doc, k: int) -> bool:
    """Token k is a preposition that is also a name word (function_words.tsv name_like_preposition) and the
    word after it is a noun it governs: one with a pronoun on it, a definite or an ordinary word."""
    if normalize(doc[k].text) not in NAME_LIKE_PREPOSITIONS:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or not is_arabic_word(doc[nxt]):
        return False
    text, norm = doc[nxt].text, normalize(doc[nxt].text)
    return ends_in_pronoun(text) or text.startswith("ال") or norm in mostly_common_words() \
        or has_non_name_shape(norm) or not is_name_like(doc[nxt])


def nearly_always_outside_names(norm: str) -> bool:
    """A word ANERcorp saw at least twice, nearly always outside names."""
    seen, outside = word_counts().get(norm, (0, 0))
    return seen >= 2 and outside / seen >= OUTSIDE_NAMES_SHARE


def _participle_in_apposition(doc: Doc, k: int) -> bool:
    """Token k is a definite participle (الم + stem, no nisba, no name ANERcorp saw, no family name of the
    table) with its preposition right after it, separate ("المولود في") or on a definite noun ("المكلف
    بالملف"): it describes the name before it."""
    t = doc[k]
    norm = normalize(t.text)
    if not t.text.startswith("الم") or len(norm) < 6 or norm.endswith("ي") or is_known_name_word(norm) \
            or norm in lexicon.person_names().family:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc):
        return False
    after = doc[nxt].text
    return normalize(after) in lexicon.function_words().preposition or after.startswith(("بال", "لل"))


def _unseen_given_name(doc: Doc, k: int) -> bool:
    """"الفنلندي كاري فلان": a first word that reads as a proclitic on an ordinary word (ك + "اري") but
    is a name read whole, which no news text holds, before a second word that is a name's too (no news
    text holds it either, or ANERcorp saw it in names) and governs no noun with a possessive ("فور
    وصوله": upon his arrival)."""
    t = doc[k]
    nxt = skip_space(doc, k + 1)
    return not t.text.startswith(("ال", "و")) and is_name_like_whole(t) and normalize(t.text) not in word_counts() \
        and len(normalize(t.text)) >= 3 and nxt < len(doc) and (is_name_like(doc[nxt]) or _seen_whole_in_names(doc[nxt])) \
        and not doc[nxt].text.startswith(("ال", "و")) and known_entity_at(doc, k, ("Place", "Organization")) is None \
        and (normalize(doc[nxt].text) not in word_counts() or is_known_name_word(normalize(doc[nxt].text))) \
        and not possessed_noun_after(doc, nxt)


def _seen_whole_in_names(tok: Token) -> bool:
    """A word that reads as a proclitic on a function or ordinary word (لـ + "أم") but, read whole, is one
    ANERcorp saw inside names more often than not: a short foreign name word ("... تشي لام")."""
    return not tok.text.startswith("و") and not any(h in tok.text for h in "أإآ") and is_name_like_whole(tok) \
        and is_known_name_word(normalize(tok.text))   # a hamza written shows the clitic reading: "لأم"


def possessed_noun_after(doc: Doc, k: int) -> bool:
    """An ordinary noun with a possessive pronoun right after token k: k is then a word like "فور"
    (upon) governing it ("فور وصوله"), no family name."""
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc):
        return False
    for _, stem in clitic_variants(doc[nxt].text)[:2]:
        for suffix in PRONOUN_SUFFIXES:
            base = stem[:-len(suffix)]
            if not stem.endswith(suffix) or len(base) < 3:
                continue
            # "وصوله" (وصول), "عودته" (عودة: the feminine ة is written ت before the pronoun)
            nouns = [base] + ([base[:-1] + "ة"] if base.endswith("ت") else [])
            if any(normalize(n) in mostly_common_words() or normalize(n) in common_words() for n in nouns):
                return True
    return False


FAMILY_PARTICLES = lexicon.function_words().family_particle


def _word_before_family_particle(doc: Doc, k: int) -> bool:
    """Token k, after a name word, is a middle name when a European family particle and a name word follow
    it ("جيرار آلان دي فلان"): no conjunction, article or punctuation, whatever it folds onto."""
    t = doc[k]
    if not is_arabic_word(t) or is_punct(t) or t.text.startswith(("و", "ال")) or len(normalize(t.text)) < 3 \
            or not is_name_like(doc[k - 1]):
        return False
    particle = skip_space(doc, k + 1)
    if particle >= len(doc) or normalize(doc[particle].text) not in FAMILY_PARTICLES:
        return False
    family = skip_space(doc, particle + 1)
    return family < len(doc) and is_name_like(doc[family]) and not is_function_word(doc[family])


@lru_cache(maxsize=131072)
def _foreign_name_in_yeh(text: str) -> bool:
    """"باتريك بويانيه", "آلان جوبيه": a family name ending in يه (a French -é, -et) that is no ordinary
    word with a pronoun: neither the word nor its stem is a word of news, or ANERcorp saw it in names."""
    norm = normalize(text)
    if not text.endswith("يه") or ordinary_word_with_pronoun(text) or norm in lexicon.given_names():
        return False
    # (the stem may be the name written otherwise, "فلانيه" / "فلاني", a name word of ANERcorp)
    return is_known_name_word(norm) or (norm not in word_counts() and (norm[:-1] not in word_counts()
                                                                      or is_known_name_word(norm[:-1])))


@lru_cache(maxsize=131072)
def ordinary_word_with_pronoun(text: str) -> bool:
    """"سلمه", "دعمها": an ordinary word of news with a pronoun suffix as written (ه, not the ة of
    "حمزة"), which no given name of the table nor a name ANERcorp knows is ("نبيه", "طه")."""
    norm = normalize(text)
    if norm in lexicon.given_names() or is_known_name_word(norm) or text.endswith("له"):
        return False
    return any(text.endswith(suffix) and len(text) - len(suffix) >= 3 and normalize(text[:-len(suffix)]) in common_words()
               for suffix in PRONOUN_SUFFIXES)


def _family_name_with_waw(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, which begins with و, right after a one-word first name, is the family name itself
    ("بوب وودورد", "جيف وليامز"), not و and a second name: without the و it is no word of news or
    of the lexicon at all (not "ونظيره", "وأوباما", "وسمير"), nor is the first name known alone as
    someone's whole name, and the name closes after it."""
    if k != skip_space(doc, start_name + 1) or not is_arabic_word(doc[k]) or len(doc[k].text) < 4:
        return False
    whole, rest = normalize(doc[k].text), normalize(doc[k].text[1:])
    if whole in word_counts() and not is_known_name_word(whole):
        return False
    if rest in word_counts() or rest in lexicon.known_entities() or rest in lexicon.given_names() \
            or rest in lexicon.family_names() or rest.startswith("ال") or rest in lexicon.titles():
        return False
    if known_entity_at(doc, start_name, ("Person", "Organization", "Place")) is not None:
        return False  # "لافروف وكيري": a name known alone, then another
    if _pair_before(doc, start_name):
        return False  # "الزوجي الإيطالي أندريا وبوهدان", "الأمريكيان جون وبيتر": two persons
    nxt = skip_space(doc, k + 1)
    return nxt >= len(doc) or not is_name_like(doc[nxt])


PAIR_WORDS = lexicon.function_words().pair


def _pair_before(doc: Doc, start_name: int) -> bool:
    """One of the two words before a name names two persons or more: a pair noun ("الزوجي") or a
    nationality in the dual or plural ("الأمريكيان", "الروسيين")."""
    k = start_name
    for _ in range(2):
        k = prev_word(doc, k)
        if k is None:
            return False
        norm = normalize(doc[k].text)
        if norm in PAIR_WORDS or (norm.endswith(("ان", "ين")) and norm in lexicon.nisba_to_country()):
            return True
    return False


@lru_cache(maxsize=131072)
def no_name_word(text: str, first: bool) -> bool:
    """A word that cannot be part of a person's name: an inflection no name takes ("ببرقية",
    "دعمهما"); unless it is the name's first word, a verbal noun or plural shape ("تكريما",
    "مشاريع"), which some given names have ("تحسين"), or the plural of an ordinary noun ("مقابلات")."""
    return is_non_name_form(text) or dual_of_common(normalize(text)) or is_construct_plural(normalize(text)) \
        or form_ii_perfect(text) or (not first and (has_non_name_shape(normalize(text))
                                                     or is_plural_of_common(normalize(text))
                                                     or accusative_title(normalize(text))))


# a perfect verb of form II written with its shadda, three root letters, the middle doubled, perhaps a
# subject suffix: "همّش", "وقّعت", "ندّدوا" (a name so written is longer, "حسّان", or ends in ة, "عزّة")
_FORM_II_PERFECT = re.compile("[\u0621-\u064a][\u064e\u064f\u0650]?[\u0621-\u0628\u062a-\u064a](?:\u0651[\u064e]?|[\u064e]\u0651)"
                              "[\u0621-\u0628\u062a-\u064a][\u064e\u064f\u0650\u0652]?(?:ت|تا|وا|ا)?")


def form_ii_perfect(text: str) -> bool:
    """"أكدوا أن الحاكم همّش ...": a word shaped as a perfect verb of form II with its shadda written, no name."""
    return _FORM_II_PERFECT.fullmatch(text) is not None


# the dual's oblique (and the masculine plural's): "بلدين". Not the nominative ان, which closes many names
# on an ordinary stem (أصلان, قربان); nor a stem of four letters, as often a verb (أرسل) as a noun
def addressee_after_family_name(doc: Doc, k: int) -> bool:
    """Token k, a word with the preposition لـ (not on the article) right after a definite family name: whom
    the person spoke to or wrote for ("قال فلان الحداد لصحيفة ...", "لميدياتيك"), no further word of the name:
    an Arabic name closes with its definite family name. A name ANERcorp saw or a listed given name is kept."""
    text, p = doc[k].text, prev_word(doc, k)
    if p is None or not text.startswith("ل") or text.startswith("لل") or not doc[p].text.startswith("ال"):
        return False
    norm = normalize(text)
    return len(norm) >= 4 and not is_known_name_word(norm) and norm not in lexicon.given_names() \
        and norm not in lexicon.person_names().family


NISBA_FEMININE = "ية"
NISBA_LETTERS = 5   # "اقتصادية", "سياسية": a stem of three letters at least before ية


def noun_before_its_adjective(doc: Doc, k: int) -> bool:
    """"حزمة اقتصادية", "مبادرة سياسية": token k, an indefinite word in ة, right before an indefinite nisba
    adjective in ية (no name ANERcorp saw, no known entity): a feminine noun and the adjective agreeing with
    it. A person's name is followed by a definite adjective if any ("فاطمة المصرية")."""
    text = doc[k].text
    nxt = skip_space(doc, k + 1)
    if not text.endswith("ة") or text.startswith(("ال", "و")) or nxt >= len(doc):
        return False
    adj = doc[nxt].text
    norm = normalize(adj)
    return adj.endswith(NISBA_FEMININE) and not adj.startswith(("ال", "و", "ب", "ل")) and len(norm) >= NISBA_LETTERS \
        and not is_known_name_word(norm) and norm not in lexicon.known_entities() \
        and not is_known_name_word(normalize(text))


DUAL_ENDINGS = ("ين",)
DUAL_STEM_LETTERS = 3


@lru_cache(maxsize=131072)
def dual_of_common(norm: str) -> bool:
    """"بين بلدين جارين", "بين نارين": the dual of a noun or adjective of three letters that ANERcorp saw
    (nearly) only outside names is no name's word, first or later. Names on such a stem ("أمين") are listed
    given or family names, seen in names, or known entities; those are kept."""
    stem = norm[:-2]
    if not norm.endswith(DUAL_ENDINGS) or len(stem) != DUAL_STEM_LETTERS or norm.startswith("ال") \
            or stem not in common_words():
        return False
    names = lexicon.person_names()
    return not is_known_name_word(norm) and norm not in names.given and norm not in names.family \
        and norm not in lexicon.given_names() and norm not in lexicon.known_entities()


NAME_TITLES = frozenset(normalize(w) for w in lexicon.function_words().name_title)


def accusative_title(norm: str) -> bool:
    """"عين فلان سفيرا", "أدى فلان اليمين سلطانا": a title of the table (or a royal title, without its article)
    in the accusative's ا after a name is the office the sentence gives it, no word of the name."""
    stem = norm[:-1]
    return norm.endswith("ا") and len(stem) >= 3 and (stem in lexicon.titles() or "ال" + stem in NAME_TITLES) \
        and not is_known_name_word(norm)


def _nationality_family_name(doc: Doc, k: int) -> bool:
    """"الوزير هاني المصري": a definite masculine nationality right after a one-word given name is
    its family name; not after a name known alone, nor before another name ("بوتين الفرنسي ماكرون"),
    nor after a full name ("محمد صالح المصري": an adjective there)."""
    t = doc[k]
    nxt = skip_space(doc, k + 1)
    given = prev_word(doc, k)
    country = nisba_country(doc, k)
    # a state's: a region's nisba ("الإنجليزي", "الأبخازي") is no family name, "روني الإنجليزي" the Englishman
    known = lexicon.entity_by_key().get(country) if country else None
    return t.text.startswith("ال") and normalize(t.text).endswith("ي") and known is not None and known.kind == "country" \
        and (nxt >= len(doc) or not is_name_like(doc[nxt])) \
        and given is not None and known_entity_at(doc, given, ("Person",)) is None  # "بوتين الفرنسي ماكرون"


DESCENT = lexicon.function_words().descent


def noun_after_patronymic(doc: Doc, k: int) -> bool:
    """"بعث الأمير فلان بن عبد الرحيم برقية": after a name whose father's name (after بن) ends in a definite
    word, an indefinite word in ة that no name list holds is a noun (the verb's object, read whole or as
    بـ + a feminine name), not a grandfather's name: further forebears take بن again, the house آل or a
    definite family name."""
    t = doc[k]
    norm = normalize(t.text)
    prev = prev_word(doc, k)
    if prev is None or not doc[prev].text.startswith("ال") or t.text.startswith(("ال", "و")) \
            or not norm.endswith("ه") or is_name_link(t.text) or not is_arabic_word(t):
        return False
    # بن within the three words before the definite one ("بن عبد الرحيم", "بن سعود الفيصل")
    if not any(normalize(doc[j].text) in DESCENT for j in range(max(0, prev - 3), prev)):
        return False
    names = lexicon.person_names()
    return not is_known_name_word(norm) and norm not in names.given and norm not in names.family


def indefinite_nisba_family_name(doc: Doc, k: int) -> bool:
    """"الوزير رامي شامي إن", "الناطقة ليلى قاضي.": an indefinite word in ي that is a country's nisba or
    a title, right after a one-word given name, is its family name: an adjective of a name would carry the
    article, and a title in apposition is in construct with a definite word ("فلان مفتي الديار", "سوري
    الجنسية"); the accusative ("رئيسا") ends in ا, and "تركي الحربي" (a given name) has a name after it."""
    t = doc[k]
    norm = normalize(t.text)
    if t.text.startswith(("ال", "و")) or not norm.endswith("ي") or len(norm) < 4 or not is_arabic_word(t) \
            or (norm not in lexicon.titles() and nisba_country(doc, k) is None):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt >= len(doc) or not (doc[nxt].text.startswith("ال") or is_name_like(doc[nxt]) and not cue_word(doc[nxt].text)
                                   and not is_function_word(doc[nxt]))


def _ordinary_given_name(doc: Doc, k: int) -> bool:
    """"راضي الشمري": an ordinary word without clitic as a given name, when a family name follows it
    (a definite nisba; not an ordinary definite noun: "إنفاذ القانون", nor an unknown word: "ضباط إنفاذ"),
    or a word no news text holds with the name closed right after it ("كامل زعرور، أستاذ")."""
    t = doc[k]
    nxt = skip_space(doc, k + 1)
    if not given_name_word(t) or nxt >= len(doc):
        return False
    family = doc[nxt]
    norm = normalize(family.text)
    if not t.text.startswith(("و", "ب", "ل")) and is_name_like(family) and not family.text.startswith(("ال", "و")) \
            and norm not in word_counts() and not no_name_word(family.text, first=False) \
            and known_entity_at(doc, nxt, ("Place", "Organization")) is None:
        # "الدكتور كامل زعرور، أستاذ": a family name no news text holds, the name closed right after it
        # (كـ or فـ on an ordinary word, "كامل" read as ك + أمل, is seldom written so)
        closer = skip_space(doc, nxt + 1)
        return closer >= len(doc) or doc[closer].text in ("،", ",", ":") \
            or normalize(doc[closer].text) in lexicon.function_words().complementizer
    if any(stem in common_words() for stem in stems(t)[1:]):
        return False
    after = skip_space(doc, nxt + 1)
    if is_name_link(family.text) and after < len(doc) and is_name_like(doc[after]) and not doc[after].text.startswith("ال"):
        return True  # "فاطمة بو زيد", "سعيد بن حمد": a name particle and a name follow
    return is_name_like(family) and not ends_name(doc, nxt) and norm not in mostly_common_words() \
        and family.text.startswith("ال") and norm.endswith("ي") \
        and not (family.text.endswith(("ه", "ها", "هم")) and not family.text.endswith("له"))


# words after which a name cannot go on: a clause opens ("، الذي", "وهو") or a list goes on
NAME_CLOSERS = lexicon.function_words().relative | lexicon.function_words().aside_opener
IMPERFECT_PREFIXES = ("ي", "ت", "ن")


def family_name_at_boundary(doc: Doc, k: int) -> bool:
    """Token k, an ordinary word right after a given name, is its family name when the name closes
    right after it (punctuation, a conjunction, a relative pronoun): "سامي كريم ووزير", "ساسي،".
    Verbs (imperfect prefixes), adverbs in -ا, definite words, possessives and time words are not."""
    t = doc[k]
    norm = normalize(t.text)
    if any(stem.startswith("ال") for stem in stems(t)[1:]):
        return False  # "بالقول": a preposition and the article, no name
    if not is_arabic_word(t) or t.text.startswith(("ال", "و")) or is_function_word(t) or is_time_word(t) \
            or len(norm) < 3 or norm.startswith(IMPERFECT_PREFIXES) or norm.endswith(("ا", "ه", "هم", "ها")) \
            or TANWEEN_FATH in t.text or norm in lexicon.cues() or norm in lexicon.titles() \
            or norm in lexicon.groups() or nisba_country(doc, k) or known_entity_at(doc, k, ("Place", "Organization")):
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or doc[nxt].is_space or (is_punct(doc[nxt]) and not is_quote(doc[nxt])):
        return True
    return doc[nxt].text.startswith("و") and len(doc[nxt].text) > 2 or normalize(doc[nxt].text) in NAME_CLOSERS \
        or is_function_word(doc[nxt])


KUNYA = lexicon.function_words().kunya
REGNAL_ORDINALS = lexicon.function_words().regnal_ordinal
RESUMING_FA_INNA = lexicon.function_words().concessive_end   # "فإن", spelled as the particle "فان" without its hamza


def ends_name(doc: Doc, k: int) -> bool:
    """Token k cannot continue the person's name before it: it starts a known organization or place
    ("الرئيس لولا الأمم المتحدة"), or it is a definite word too common to be a family name
    ("غوميز الإدارة"), or a second definite word that is no nisba ("سامي الحلبي المقال")."""
    t = doc[k]
    if known_entity_at(doc, k, ("Organization", "Place")) is not None:
        return True
    if ala_before_its_noun(doc, k):
        return True  # "وشدد الوزير فلان علي ضرورة": على spelled with ي, the verb's preposition
    if not t.text.startswith("ال"):
        return False
    if _joined_by_particle(doc, k):
        return False  # "عبد السلام", "عبد الواحد", "أبو الفضل": the particle takes the word, common or not
    norm = normalize(t.text)
    if norm in mostly_common_words():
        return True
    if norm.endswith("يه") and len(norm) >= 8 and not is_known_name_word(norm):
        return True  # "... السريالية": a long feminine nisba is an adjective; "العطية" is a family name
    prev = prev_word(doc, k)
    return prev is not None and doc[prev].text.startswith("ال") and not norm.endswith("ي") \
        and not _joined_by_particle(doc, prev) and not _family_name_after_family(norm)


def _family_name_after_family(norm: str) -> bool:
    """A second definite word ANERcorp saw inside names at least half the times, or a family name of the
    table, goes on the name: Gulf names chain a grandfather's or clan name and the house name
    ("سالم الجابر العلي", "فلان الحمد الصالح")."""
    return is_known_name_word(norm) or norm in lexicon.person_names().family


MASDAR_GOVERNORS = lexicon.function_words().masdar_governor
DEMONSTRATIVES = lexicon.function_words().demonstrative
ADJUNCTS = lexicon.function_words().adjunct   # "فلان علي اليوم": a time word after the name, no noun of على


def ala_before_its_noun(doc: Doc, k: int) -> bool:
    """Token k, "علي" after a name word, is على spelled with ي (as many writers do) when what follows is
    what a verb's على takes and no name word: أن ("أكد فلان علي أن"), a noun of need or importance
    ("علي ضرورة", "علي أهمية"), a noun with a possessive suffix ("علي موقفه"), or a word ANERcorp
    nearly never saw in a name that is no title, nisba, time word, cue or listed name, definite or in
    construct with a definite word ("علي الالتزام", "علي حضور الاجتماع"). "محمد علي الحسن", "علي حسن",
    "محمد علي كلاي", "محمد علي جناح", "محمد علي وزير ..." keep their علي."""
    p = prev_word(doc, k)
    if doc[k].text not in NAMES_LIKE_FUNCTION_WORDS or p is None or not is_name_like(doc[p]) \
            or is_name_link(doc[p].text):
        return False  # "الحسن بن علي": after a particle of descent علي is the father's name
    if ala_before_that(doc, k):
        return not after_said(doc, k)  # "وقال سامي علي أن": a sloppy أن after قال, the name goes on
    nxt = skip_space(doc, k + 1)
    if nxt < len(doc) and normalize(doc[nxt].text) in DEMONSTRATIVES:
        return True  # "ويعلق فلان علي ذلك": a demonstrative is على's noun, no name word
    if nxt >= len(doc) or not is_arabic_word(doc[nxt]) or is_function_word(doc[nxt]):
        return False
    text, norm = doc[nxt].text, normalize(doc[nxt].text)
    bare = strip_article(norm)
    if norm in MASDAR_GOVERNORS or bare in MASDAR_GOVERNORS or ordinary_word_with_pronoun(text):
        return True
    names = lexicon.person_names()
    after = skip_space(doc, nxt + 1)
    if not text.startswith("ال") and (after >= len(doc) or not doc[after].text.startswith("ال")):
        return False  # "محمد علي جناح": an indefinite word is in construct with what follows, or a family name
    return norm in common_words() and not is_known_name_word(norm) and norm not in names.family \
        and norm not in names.given and bare not in names.family and bare not in names.given \
        and not is_time_word(doc[nxt]) and norm not in ADJUNCTS and not cue_word(text) and norm not in lexicon.titles() \
        and norm not in TITLE_MODIFIERS and norm not in lexicon.groups() and match_title(doc, nxt) is None \
        and nisba_country(doc, nxt) is None and not _participle_in_apposition(doc, nxt) \
        and known_entity_at(doc, nxt, ("Person", "Place", "Organization")) is None


def _joined_by_particle(doc: Doc, k: int) -> bool:
    """Is token k the word a name particle joins into the name before it ("عبد الرزاق", "أبو الفضل")? Then
    it is the given name's second half, not a family name, and a definite word after it may be the
    family name ("عبد الرزاق الفلاني")."""
    before = prev_word(doc, k)
    return before is not None and is_name_link(doc[before].text)


def given_name_word(tok: Token) -> bool:
    """An ordinary word that may be a given name: Arabic, no article, no function word,
    cue or title."""
    norm = normalize(tok.text)
    # "للقرض": لـ and the article, no name's first letters (unlike "والتر", "بالاك", "كالفين")
    return is_arabic_word(tok) and not tok.text.startswith(("ال", "لل")) and len(norm) >= 3 \
        and not is_function_word(tok) and norm not in lexicon.cues() and norm not in lexicon.titles() \
        and norm not in lexicon.groups() and not is_inflected_common(norm, tok.text)


@lru_cache(maxsize=131072)
def cue_word(text: str) -> bool:
    """Is the word a cue, bare or after و/ف? Kept per word, as the lexicon is read once."""
    cues = lexicon.cues()
    return any(normalize(text[len(p):]) in cues for p in ("", "و", "ف") if text.startswith(p))
