"""Which words a person's name may hold: the tests on one word (an inflection, a verbal noun or a plural
shape no name takes, a cue, a kin noun with a pronoun) and on a word and its neighbours at a name's start
(a given name before بن, a middle name before a family particle, a family name after a one-word given
name). Where the name ends is decided in names (name_end), which reads these."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import (is_time_text, NAME_TITLES, QUOTE_CHARS, PRONOUN_SUFFIXES, TANWEEN_FATH, common_words, ends_in_pronoun, has_non_name_shape, has_non_name_shape_as_written, is_arabic_word, is_construct_plural,
                     is_function_word, is_inflected_common, is_known_name_word, is_name_like, is_name_like_whole, is_name_link,
                     is_non_name_form, is_plural_of_common, is_punct, is_quote, is_time_word, mostly_common_words, prev_word,
                     stems, stop_prepositions, function_words, is_function_text, is_ordinary_word, is_verb_of_several, word_counts,
                     is_arabic_text, name_like_at, tokens_of)
from .base import COMPLEMENTIZERS, known_entity_at, match_title, nisba_country, skip_space


SON_OF = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))


def before_son_of(doc: Doc, k: int) -> bool:
    """Token k, an indefinite word right before بن, ابن or بنت and a name, is a given name, even one spelled
    like a title or an ordinary word ("مساعد بن فلان", "أمين بن فلان")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, k + 1)
    r = skip_space(doc, q + 1)
    if r >= len(doc) or normalize(toks.texts[q]) not in SON_OF:
        return False   # (most words stand before no بن: the word's own Token is built after)
    t = doc[k]
    return is_arabic_word(t) and not t.text.startswith("ال") \
        and not is_function_word(t) and name_like_at(doc, r) and len(normalize(t.text)) >= 3


def title_word_inside_name(doc: Doc, start_name: int, k: int) -> bool:
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


def particle_before_a_name(doc: Doc, k: int) -> bool:
    """Token k, a name particle that opens with و ("ولد"), followed by a word that is no function word,
    time word or conjunct: the particle of descent, no conjunction ("X ولد في", "X ولد عام", was born in,
    keep their verb out). The father's name may read as an ordinary word ("ولد لبات", "ولد الشيخ")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not is_name_link(toks.texts[k]):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and toks.arabic[nxt] and not is_function_text(toks.texts[nxt]) \
        and not is_time_text(toks.texts[nxt]) and not toks.texts[nxt].startswith("و")


def conjoined_speech_verb(norm: str) -> bool:
    """A normalised word that is a speech verb of the cue table (of three letters at least: "رد" alone is
    too short to tell) with ف or و glued on: "فنفى", "وقالت". After a name it is the name's predicate ("أما فلان
    فنفى", "فلان وقال"), never a family name; callers keep listed and ANERcorp names ("فالح", "فرات")."""
    if norm[:1] not in ("ف", "و") or len(norm) < 4:
        return False
    cue = lexicon.cues().get(norm[1:])
    return cue is not None and cue.kind == "verb"


KIN_NOUNS = lexicon.function_words().kin_noun
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


def nearly_always_outside_names(norm: str) -> bool:
    """A word ANERcorp saw at least twice, nearly always outside names."""
    seen, outside = word_counts().get(norm, (0, 0))
    return seen >= 2 and outside / seen >= OUTSIDE_NAMES_SHARE


def unseen_given_name(doc: Doc, k: int) -> bool:
    """"الفنلندي كاري فلان": a first word that reads as a proclitic on an ordinary word (ك + "اري") but
    is a name read whole, which no news text holds, before a second word that is a name's too (no news
    text holds it either, or ANERcorp saw it in names) and governs no noun with a possessive ("فور
    وصوله": upon his arrival)."""
    t = doc[k]
    nxt = skip_space(doc, k + 1)
    return not t.text.startswith(("ال", "و")) and is_name_like_whole(t) and normalize(t.text) not in word_counts() \
        and len(normalize(t.text)) >= 3 and nxt < len(doc) and (is_name_like(doc[nxt]) or seen_whole_in_names(doc[nxt])) \
        and not doc[nxt].text.startswith(("ال", "و")) and known_entity_at(doc, k, ("Place", "Organization")) is None \
        and (normalize(doc[nxt].text) not in word_counts() or is_known_name_word(normalize(doc[nxt].text))) \
        and not possessed_noun_after(doc, nxt)


def seen_whole_in_names(tok: Token) -> bool:
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


def word_before_family_particle(doc: Doc, k: int) -> bool:
    """Token k, after a name word, is a middle name when a European family particle and a name word follow
    it ("جيرار آلان دي فلان"): no conjunction, article or punctuation, whatever it folds onto."""
    # (asked of every word a name may take: read off the Doc's token lists, not doc[k], which builds a Token)
    toks = tokens_of(doc)
    texts = toks.texts
    if not toks.arabic[k] or toks.punct[k] or texts[k].startswith(("و", "ال")) or len(normalize(texts[k])) < 3:
        return False
    particle = skip_space(doc, k + 1)
    if particle >= len(texts) or normalize(texts[particle]) not in FAMILY_PARTICLES or not name_like_at(doc, k - 1):
        return False   # (the particle after it first: most words stand before none)
    family = skip_space(doc, particle + 1)
    return family < len(texts) and name_like_at(doc, family) and not is_function_text(texts[family])


@lru_cache(maxsize=131072)
def foreign_name_in_yeh(text: str) -> bool:
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


@lru_cache(maxsize=131072)
def noun_with_possessive(text: str) -> bool:
    """"استقالته", "حليفه": an ordinary noun of news with a possessive pronoun as written (a noun in ة writes
    it ت before the pronoun), which no listed name nor a name ANERcorp saw is: after a name it is the verb's
    object or a noun in apposition ("his ally"), no word of the name."""
    norm = normalize(text)
    if text.endswith("له") or seen_or_listed_name(norm) or norm in lexicon.given_names():
        return False
    for suffix in PRONOUN_SUFFIXES:
        base = text[:-len(suffix)]
        if not text.endswith(suffix) or len(base) < 3:
            continue
        nouns = [base] + ([base[:-1] + "ة"] if base.endswith("ت") else [])
        if any(normalize(n) in mostly_common_words() for n in nouns):
            return True
    return False


def family_name_with_waw(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, which begins with و, right after a one-word first name, is the family name itself
    ("بوب وودورد", "جيف وليامز"), not و and a second name: without the و it is no word of news or
    of the lexicon at all (not "ونظيره", "وأوباما", "وسمير"), nor is the first name known alone as
    someone's whole name, and the name closes after it. A compound given name the tables list ("عبد الكريم")
    counts as one first name."""
    if (k != skip_space(doc, start_name + 1) and not _compound_given_name_before(doc, start_name, k)) \
            or not is_arabic_word(doc[k]) or len(doc[k].text) < 2:
        return False
    whole, rest = normalize(doc[k].text), normalize(doc[k].text[1:])
    if _no_word_after_waw(rest):
        return True   # "فلان وو": no conjunction before one letter, whatever follows
    if _particle_after_waw_closing_a_given_name(doc, start_name, k, rest):
        return True   # "فلان ويا الذي": و and a particle of two letters after a listed given name, the name closing
    if len(doc[k].text) < 4:
        return False
    if whole in word_counts() and not is_known_name_word(whole):
        return False
    if (rest in word_counts() and not _given_name_over_a_rare_word(whole, rest)) or rest in lexicon.known_entities() \
            or rest in lexicon.given_names() or rest in lexicon.family_names() or rest.startswith("ال") \
            or rest in lexicon.titles():
        return False
    if known_entity_at(doc, start_name, ("Person", "Organization", "Place")) is not None:
        return False  # "لافروف وكيري": a name known alone, then another
    if _pair_before(doc, start_name):
        return False  # "الزوجي الإيطالي أندريا وبوهدان", "الأمريكيان جون وبيتر": two persons
    nxt = skip_space(doc, k + 1)
    return nxt >= len(doc) or not is_name_like(doc[nxt])


def _compound_given_name_before(doc: Doc, start_name: int, k: int) -> bool:
    """The two words from start_name up to token k are a compound given name of the tables ("عبد الكريم",
    "نور الدين"): one first name, as a one-word given name is."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: a slice of the Doc builds a Token per word)
    words = [toks.texts[q] for q in range(start_name, k) if not toks.spaces[q]]
    return len(words) == 2 and normalize(" ".join(words)) in lexicon.given_names()


PARTICLES_SPELLING_NAMES = lexicon.function_words().particle_spelling_a_name


def _particle_after_waw_closing_a_given_name(doc: Doc, start_name: int, k: int, rest: str) -> bool:
    """Token k, و and a particle of function_words.tsv particle_spelling_a_name ("ويا", "وان": as if "and O",
    "and that"), right after a given name of the tables alone, with the name closing after it: a family name, as a conjunction joins
    no particle to a lone given name; the particle reading would leave the given name alone."""
    if rest not in PARTICLES_SPELLING_NAMES or any(h in doc[k].text for h in "أإآ"):
        return False   # (a hamza written shows the particle: "وأن", "وإن")
    given = normalize(doc[start_name].text)
    if given not in lexicon.given_names() and not is_known_name_word(given):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt >= len(doc) or not is_name_like(doc[nxt])


def _no_word_after_waw(rest: str) -> bool:
    """What follows و is و again, no word a conjunction could join: "وو" (Wu, Woo) is a name whole. (Not
    "وا": the particle of descent of East African names, "فلان وا علان", which the name's own rules read.)"""
    return rest == "و"


def _given_name_over_a_rare_word(whole: str, rest: str) -> bool:
    """The whole word is a given name of the table ("وائل", "وليد") and the word without و a rare one that
    ANERcorp saw only inside names: the name read whole, not و and a fragment of another."""
    return whole in lexicon.given_names() and word_counts().get(rest, (0, 0))[1] == 0


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


# "برقية", "رسالة": the cable or letter a head of state sends ("وأرسل الرئيس برقية تعزية"), the verb's object
# right after its subject's title, no name
GREETING_MESSAGES = lexicon.function_words().greeting_message


@lru_cache(maxsize=131072)
def no_name_word(text: str, first: bool) -> bool:
    """A word that cannot be part of a person's name: an inflection no name takes ("ببرقية",
    "دعمهما"); unless it is the name's first word, a verbal noun or plural shape ("تكريما",
    "مشاريع"), which some given names have ("تحسين"), or the plural of an ordinary noun ("مقابلات")."""
    return is_non_name_form(text) or dual_of_common(normalize(text)) or is_construct_plural(normalize(text)) \
        or form_ii_perfect(text) or first_person_possessive(text) or normalize(text) in GREETING_MESSAGES \
        or (not first and (has_non_name_shape_as_written(text)
                                                     or is_plural_of_common(normalize(text))
                                                     or accusative_title(normalize(text))))


# the first person's possessives as written on a noun in ة (its ة written ت before them): "ثقتي", "عمليتنا"
FIRST_PERSON_POSSESSIVES = ("تي", "تنا")
# the proclitics such a noun may carry: "بعمليتنا", "ولحكومتنا"
POSSESSED_NOUN_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"})


@lru_cache(maxsize=131072)
def first_person_possessive(text: str) -> bool:
    """"خان ثقتي", "أنا فخور بعمليتنا": a noun of news in ة with "my" or "our" on it (and perhaps a
    proclitic), which no name is: quoted speech the NER or a name's end ran into."""
    if is_known_name_word(normalize(text)) or normalize(text) in lexicon.given_names():
        return False
    for clitic, word in clitic_variants(text):
        if clitic not in POSSESSED_NOUN_CLITICS:
            continue
        for suffix in FIRST_PERSON_POSSESSIVES:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) >= 2 and normalize(stem + "ة") in mostly_common_words():
                return True
    return False


# a perfect verb of form II written with its shadda, three root letters, the middle doubled, perhaps a
# subject suffix: "همّش", "وقّعت", "ندّدوا" (a name so written is longer, "حسّان", or ends in ة, "عزّة")
_FORM_II_PERFECT = re.compile("[\u0621-\u064a][\u064e\u064f\u0650]?[\u0621-\u0628\u062a-\u064a](?:\u0651[\u064e]?|[\u064e]\u0651)"
                              "[\u0621-\u0628\u062a-\u064a][\u064e\u064f\u0650\u0652]?(?:ت|تا|وا|ا)?")


def form_ii_perfect(text: str) -> bool:
    """"أكدوا أن الحاكم همّش ...": a word shaped as a perfect verb of form II with its shadda written, no name."""
    return _FORM_II_PERFECT.fullmatch(text) is not None


# the dual's oblique (and the masculine plural's): "بلدين". Not the nominative ان, which closes many names
# on an ordinary stem (أصلان, قربان); nor a stem of four letters, as often a verb (أرسل) as a noun
DUAL_ENDINGS = ("ين",)
DUAL_STEM_LETTERS = 3


def foreign_only_given_name(norm: str) -> bool:
    """A given name of foreign_given_names.tsv that no Arabic name list holds ("فابريس", "غينادي")."""
    names, arabic = lexicon.foreign_given_names(), lexicon.person_names()
    return (norm in names.given_male or norm in names.given_female) and norm not in arabic.given


def definite_word_after_foreign_name(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, a definite word after a foreign given name and an indefinite family name ("جيرالد فلان
    الخلية"): the verb's object or an adjective, no third name; such names take no Arabic article. (A
    definite family name right after the given name, "بيار الجميل", is a Levantine name's.)"""
    toks = tokens_of(doc)   # (not doc[q]: each builds a Token)
    texts = toks.texts
    if not texts[k].startswith("ال"):
        return False   # (the word's own text first: the list of the name's words is built after it)
    words = [q for q in range(start_name, k) if not toks.spaces[q]]
    return len(words) >= 2 \
        and not any(texts[q].startswith("ال") or is_name_link(texts[q]) for q in words) \
        and foreign_only_given_name(normalize(texts[start_name]))


def seen_or_listed_name(norm: str) -> bool:
    """A normalised word ANERcorp saw inside names, or an Arabic given or family name of person_names.tsv:
    what the tests of verbs, nouns and duals after a name word keep as a name word."""
    names = lexicon.person_names()
    return is_known_name_word(norm) or norm in names.given or norm in names.family


@lru_cache(maxsize=131072)
def dual_of_common(norm: str) -> bool:
    """"بين بلدين جارين", "بين نارين": the dual of a noun or adjective of three letters that ANERcorp saw
    (nearly) only outside names is no name's word, first or later. Names on such a stem ("أمين") are listed
    given or family names, seen in names, or known entities; those are kept."""
    stem = norm[:-2]
    if not norm.endswith(DUAL_ENDINGS) or len(stem) != DUAL_STEM_LETTERS or norm.startswith("ال") \
            or stem not in common_words():
        return False
    return not seen_or_listed_name(norm) and norm not in lexicon.given_names() and norm not in lexicon.known_entities()


def accusative_title(norm: str) -> bool:
    """"عين فلان سفيرا", "أدى فلان اليمين سلطانا": a title of the table (or a royal title, without its article)
    in the accusative's ا after a name is the office the sentence gives it, no word of the name."""
    stem = norm[:-1]
    return norm.endswith("ا") and len(stem) >= 3 and (stem in lexicon.titles() or "ال" + stem in NAME_TITLES) \
        and not is_known_name_word(norm)


def nationality_family_name(doc: Doc, k: int) -> bool:
    """"الوزير هاني المصري": a definite masculine nationality right after a one-word given name is
    its family name; not after a name known alone, nor before another name ("بوتين الفرنسي ماكرون"),
    nor after a full name ("محمد صالح المصري": an adjective there)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not toks.texts[k].startswith("ال") or not normalize(toks.texts[k]).endswith("ي"):
        return False   # (the word's own text first: its neighbours are read after)
    nxt = skip_space(doc, k + 1)
    given = prev_word(doc, k)
    country = nisba_country(doc, k)
    # a state's: a region's nisba ("الإنجليزي", "الأبخازي") is no family name, "روني الإنجليزي" the Englishman
    known = lexicon.entity_by_key().get(country) if country else None
    return known is not None and known.kind == "country" \
        and (nxt >= len(doc) or not name_like_at(doc, nxt)) \
        and given is not None and known_entity_at(doc, given, ("Person",)) is None  # "بوتين الفرنسي ماكرون"


def indefinite_nisba_family_name(doc: Doc, k: int) -> bool:
    """"الوزير رامي شامي إن", "الناطقة ليلى قاضي.": an indefinite word in ي that is a country's nisba or
    a title, right after a one-word given name, is its family name: an adjective of a name would carry the
    article, and a title in apposition is in construct with a definite word ("فلان مفتي الديار", "سوري
    الجنسية"); the accusative ("رئيسا") ends in ا, and "تركي الحربي" (a given name) has a name after it."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    norm = normalize(text)
    if text.startswith(("ال", "و")) or not norm.endswith("ي") or len(norm) < 4 or not toks.arabic[k] \
            or (norm not in lexicon.titles() and nisba_country(doc, k) is None):
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc):
        return True
    after = toks.texts[nxt]
    return not (after.startswith("ال") or name_like_at(doc, nxt) and not cue_word(after) and not is_function_text(after))


# words after which a name cannot go on: a clause opens ("، الذي", "وهو") or a list goes on
NAME_CLOSERS = lexicon.function_words().relative | lexicon.function_words().aside_opener
IMPERFECT_PREFIXES = ("ي", "ت", "ن")


DEFINITE_WORD_LETTERS = 4   # ال and two letters at least: "اليد", "الأب"


def family_name_at_boundary(doc: Doc, k: int) -> bool:
    """Token k, an ordinary word right after a given name, is its family name when the name closes
    right after it (punctuation, a conjunction, a relative pronoun): "سامي كريم ووزير", "ساسي،".
    Verbs (imperfect prefixes), adverbs in -ا, definite words, possessives and time words are not."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    norm = normalize(text)
    if any(stem.startswith("ال") and len(stem) >= DEFINITE_WORD_LETTERS
           for stem in (normalize(stem) for _, stem in clitic_variants(text)[1:])):
        return False  # "بالقول": a preposition and the article, no name (but "فالك": ال and one letter is no word)
    nxt = skip_space(doc, k + 1)
    after = toks.texts[nxt] if nxt < len(doc) else ""
    closed_by_fa = nxt < len(doc) and _fa_on_a_speech_verb(after)
    # (a word in ة before the answer of أما is a noun in ة, no possessive: "أما سمير بركة فأكد")
    possessive = norm.endswith(("ا", "هم", "ها")) or (norm.endswith("ه") and not (closed_by_fa and text.endswith("ة")))
    if not toks.arabic[k] or text.startswith(("ال", "و")) or is_function_text(text) or is_time_text(text) \
            or len(norm) < 3 or norm.startswith(IMPERFECT_PREFIXES) or possessive \
            or TANWEEN_FATH in text or norm in lexicon.cues() or norm in lexicon.titles() \
            or norm in lexicon.groups() or nisba_country(doc, k) or known_entity_at(doc, k, ("Place", "Organization")):
        return False
    if nxt >= len(doc) or toks.spaces[nxt] or (toks.punct[nxt] and after not in QUOTE_CHARS):
        return True
    if is_name_link(after):
        return False   # "محمد فلان ولد علان": a particle of descent goes on with the name, it closes none
    return after.startswith("و") and len(after) > 2 or normalize(after) in NAME_CLOSERS \
        or is_function_text(after) or closed_by_fa


def family_name_before_amma_answer(doc: Doc, k: int) -> bool:
    """Token k, a word in ة right after a given name, before فـ on a speech verb ("أما سمير بركة فأكد"):
    the verb opens the answer and its subject's name closes with the word, though it has a noun's shape."""
    nxt = skip_space(doc, k + 1)
    return doc[k].text.endswith("ة") and nxt < len(doc) and _fa_on_a_speech_verb(doc[nxt].text)


def _fa_on_a_speech_verb(text: str) -> bool:
    """"أما فلان علان فأكد": فـ on a speech verb opens the answer of أما (or the next step of a narrative)
    right after its subject's name, which it closes."""
    return text.startswith("ف") and len(text) > 3 and normalize(text[1:]) in lexicon.cues()


@lru_cache(maxsize=131072)
def given_name_word(text: str) -> bool:
    """An ordinary word that may be a given name: Arabic, no article, no function word,
    cue or title. Of the word's text alone (no Token built), kept per word, as the lexicon is read once."""
    norm = normalize(text)
    # "للقرض": لـ and the article, no name's first letters (unlike "والتر", "بالاك", "كالفين")
    return is_arabic_text(text) and not text.startswith(("ال", "لل")) and len(norm) >= 3 \
        and not is_function_text(text) and norm not in lexicon.cues() and norm not in lexicon.titles() \
        and norm not in lexicon.groups() and not is_inflected_common(norm, text)


@lru_cache(maxsize=131072)
def cue_word(text: str) -> bool:
    """Is the word a cue, bare or after و/ف? Kept per word, as the lexicon is read once."""
    cues = lexicon.cues()
    return any(normalize(text[len(p):]) in cues for p in ("", "و", "ف") if text.startswith(p))


# the prepositions a transcribed family name may seem to begin with ("بالسيرا" as بـ + السيرا)
_SEEMING_PREPOSITIONS = ("ب", "ك")
# the pronoun suffixes a transcribed family name may seem to end with ("دونيه", "بلاسها")
_SEEMING_PRONOUNS = ("ها", "ه")


def clitic_shaped_family_name(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, right after a given name of one or two words, is a family name transcribed from another language though
    it reads as a preposition on a word ("بالسيرا" as بـ + السيرا) or a word with a pronoun ("بلاسها"): the
    name closes right after it (punctuation, إن or أن, a speech verb), the word itself is no word of news,
    and no reading of it without the preposition or the pronoun is a noun or verb of news ("بدوره",
    "بحزمه", "نفسها" are), and it ends in no ة (a transcribed name writes a final a with ا: "برقية" is a
    noun). A function word a reading leaves (بـ + "أين") makes no such reading."""
    # (the tests of the word's own text first, kept per word, and its neighbours' after: this is asked at every
    # word after a name's first, and most fail on the text alone)
    toks = tokens_of(doc)   # (not doc[q]: each doc[q] builds a Token)
    if not toks.arabic[k] or not _may_be_clitic_shaped_family_name(toks.texts[k]):
        return False
    before = [q for q in range(start_name, k) if not toks.spaces[q]]
    if not 1 <= len(before) <= 2 or is_name_link(toks.texts[before[-1]]):
        return False
    if not all(_unknown_name_word(doc[q]) for q in before) \
            or not (name_closes_after(doc, k) or _preposition_after(doc, k)) \
            or known_entity_at(doc, start_name, ("Person", "Organization", "Place")) is not None:
        return False  # ("فلان بحزم إن": a name known alone, then a preposition on a noun)
    return not known_entity_at(doc, k, ("Place", "Organization"))


@lru_cache(maxsize=131072)
def _may_be_clitic_shaped_family_name(text: str) -> bool:
    """The text-only tests of clitic_shaped_family_name: no و, ف or لـ, no final ة or tanween, no kin noun with a
    pronoun, four letters at least, no ordinary, function, cue, title or group word, and a reading without a
    preposition or a pronoun that is no word of news."""
    norm = normalize(text)
    if text.startswith(("و", "ف", "ل")) or text.endswith("ة") or TANWEEN_FATH in text or kin_with_pronoun(text) \
            or len(norm) < 4 or norm in mostly_common_words() or norm in function_words() or norm in lexicon.cues() \
            or norm in lexicon.titles() or norm in lexicon.groups():
        return False
    readings = _clitic_and_pronoun_readings(text)
    return bool(readings) and not any(_news_word(reading) for reading in readings)


def _unknown_name_word(tok: Token) -> bool:
    """A word of a given name before such a family name: read whole a name word, no word of news."""
    return is_name_like_whole(tok) and normalize(tok.text) not in mostly_common_words()


def _preposition_after(doc: Doc, k: int) -> bool:
    """The word after token k is a preposition standing alone ("عن", "في"): the verb's complement after its
    subject ("أعربت فلانة علان عن قلقها")."""
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and normalize(doc[nxt].text) in stop_prepositions()


def name_closes_after(doc: Doc, k: int) -> bool:
    """The word after token k ends a speaker's name: punctuation but a quote mark, إن or أن, a verb of speech."""
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc):
        return True
    after = doc[nxt]
    return (is_punct(after) and not is_quote(after)) or normalize(after.text) in COMPLEMENTIZERS \
        or _speech_verb(normalize(after.text))


def _speech_verb(norm: str) -> bool:
    """A verb of the cue table of one speaker ("وصف", "أعلن"); a speech noun ("تهنئة") may be the name's
    verb's object, and a verb of two or more ("يتعهدان", "أكدوا") follows two names."""
    cue = lexicon.cues().get(norm)
    return cue is not None and cue.kind in ("verb", "continuation") and not is_verb_of_several(norm) \
        and not norm.endswith(_PAST_OF_SEVERAL)


# the endings of a past verb of a plural or a feminine dual subject: "أكدوا", "قالتا"
_PAST_OF_SEVERAL = ("وا", "تا")


def _clitic_and_pronoun_readings(text: str) -> list[str]:
    """The normalised stems a word as written leaves without a preposition before it, a pronoun after it
    (ه as written, not the ة of a feminine noun), or both; none for a word of neither shape."""
    fronts = [text] + [text[len(p):] for p in _SEEMING_PREPOSITIONS if text.startswith(p)]
    readings = fronts[1:]
    for front in fronts:
        readings += [front[:-len(s)] for s in _SEEMING_PRONOUNS if front.endswith(s) and len(front) - len(s) >= 2]
    # a noun in ة takes the pronoun on ت: "معرفته" of "معرفة"
    readings += [r[:-1] + "ة" for r in readings if r.endswith("ت")]
    return [normalize(r) for r in readings if len(r) >= 2]


CORRESPONDENTS = frozenset(normalize(w) for w in lexicon.function_words().correspondent)
# the possessive suffixes an outlet's correspondent takes: "مراسلنا", "مراسلها"
OWNER_SUFFIXES = ("نا",) + PRONOUN_SUFFIXES
# org_heads.tsv kinds of a head noun that names a news outlet ("وكالة", "صحيفة", "قناة")
OUTLET_HEAD_KINDS = frozenset({"media", "agency"})
THEOPHORIC = lexicon.function_words().theophoric   # "الدين" of "صلاح الدين": the second half of a given name


@lru_cache(maxsize=131072)   # (of the text alone, asked at many words of names)
def said_to_a_correspondent(text: str) -> bool:
    """"قالت فلانة علان لمراسلنا": لـ on a correspondent or envoy, with or without the outlet's pronoun
    ("لمراسلتنا", "لمراسل"): whom the person spoke to, no word of the name before it. So too لـ on an
    outlet's head noun with the outlet's own pronoun ("قال فلان لوكالتنا", "لصحيفتنا": to our agency,
    our paper), which no name holds."""
    if not text.startswith("ل") or text.startswith("لل"):
        return False
    stem = text[1:]
    bases = [stem] + [stem[:-len(suffix)] for suffix in OWNER_SUFFIXES if stem.endswith(suffix)]
    # the feminine ة is written ت before a suffix: "مراسلتنا"
    bases += [base[:-1] + "ة" for base in bases if base.endswith("ت")]
    return any(normalize(base) in CORRESPONDENTS for base in bases) \
        or any(outlet_head(base) for base in bases[1:])


def outlet_head(base: str) -> bool:
    """A head noun of org_heads.tsv that names a news outlet ("وكالة", "صحيفة"), read off a word with a suffix."""
    return lexicon.org_heads().get(normalize(base)) in OUTLET_HEAD_KINDS


def _news_word(norm: str) -> bool:
    """A stem that is a noun or verb of news, no function word: "دور" of "بدوره"; a definite stem is read
    without its article too ("السيرا" is no word, as "الحكومة" is)."""
    if norm in function_words() or is_function_text(norm):
        return False  # (nor a preposition on a particle, "بلا", which takes no pronoun)
    bare = norm[2:] if norm.startswith("ال") and len(norm) >= 4 else norm
    if len(bare) >= 5 and (bare.endswith(_SOUND_PLURAL_ENDINGS) or has_non_name_shape(bare)):
        return True  # "بالمزارعين": a plural or a verbal noun of a derived form, no name
    # (mostly, not always, outside names: a word ANERcorp saw once, "كوني", is no evidence)
    return any(w in mostly_common_words() or w in lexicon.cues() or w in lexicon.titles() for w in {norm, bare} if len(w) >= 3)


# the endings of sound plurals: "مزارعين", "مواطنون", "مساعدات"
_SOUND_PLURAL_ENDINGS = ("ين", "ون", "ات")


def compound_given_name_as_place(doc: Doc, start: int, end: int) -> bool:
    """"الوزير صلاح الدين فلان": a known place of several words closing with the second half of a compound
    given name (THEOPHORIC), right before a word only a name holds (no article, no conjunction, nothing
    known), is the person's given name, the next word the family name; after a speech verb, a definite
    title or punctuation only."""
    last, nxt, p = end - 1, skip_space(doc, end), prev_word(doc, start)
    while last > start and doc[last].is_space:
        last -= 1
    # (after "محافظ", a title still wanting its complement, the place is the province governed)
    closed_before = p is None or doc[p].text.startswith("ال") or is_punct(doc[p]) or cue_word(doc[p].text)
    return closed_before and last > start and normalize(doc[last].text) in THEOPHORIC \
        and nxt < len(doc) and is_name_like(doc[nxt]) and not doc[nxt].text.startswith(("ال", "و")) and normalize(doc[nxt].text) not in mostly_common_words() \
        and known_entity_at(doc, nxt, ("Person", "Place", "Organization")) is None


# a syllable of an East Asian given name as the press writes it: a short word ("هي", "سانغ", "كوانغ")
SYLLABLE_LETTERS = 5
_FW = lexicon.function_words()
# the words that follow a subject's name and open what comes after it, never a syllable of it
# ("فلان في بيان", "فلان إن", "فلان قد قال")
_AFTER_A_NAME = _FW.complementizer | _FW.preposition | _FW.adjunct | _FW.negation | _FW.relative


def _syllable_word(doc: Doc, k: int) -> bool:
    """Token k is a short Arabic word with no article or conjunction-like length: a syllable's shape."""
    t = doc[k]
    norm = normalize(t.text)
    return is_arabic_word(t) and 2 <= len(norm) <= SYLLABLE_LETTERS and not t.text.startswith("ال")


def east_asian_given_syllable(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, the third word of a name that opens with a Chinese, Korean or Vietnamese family name and a
    short syllable ("بارك مين هي", "كيم سانغ وو", "هوانغ جي آن"): the given name's second syllable, though
    it reads as a pronoun, a word with و or an ordinary word; not a word that opens what follows a
    subject's name (a preposition, إن, قد, a speech verb)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if k != start_name + 2 or normalize(toks.texts[start_name]) not in lexicon.foreign_given_names().family:
        return False
    if not (_syllable_word(doc, start_name + 1) and _syllable_word(doc, k)):
        return False
    norm = normalize(toks.texts[k])
    # (آ opens no particle: "آن" is a syllable, not إن or أن folded onto the same letters)
    particle = norm in _AFTER_A_NAME and not toks.texts[k].startswith("آ")
    if norm.startswith("و") and (conjunction_on_ordinary_word(toks.texts[k]) or len(norm) > 3 and norm[1:] in common_words()):
        return False   # "فلان فلان وعددا من": the conjunction on an ordinary word, a list going on
    return not particle and not is_time_text(toks.texts[k]) and norm not in lexicon.cues() and norm not in lexicon.titles() \
        and normalize(toks.texts[start_name + 1]) not in _AFTER_A_NAME


def east_asian_name_opens(doc: Doc, k: int) -> bool:
    """Token k, a Chinese, Korean or Vietnamese family name of the table, followed right away by a syllable
    of a given name ("بارك مين", "هو جين"): the two open a name, though the family name reads as a verb
    or a function word ("بارك" blessed, "هو" he). Not before a function, ordinary, cue or title word
    ("لي كان", "هو من"): then the table word is the word it spells."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    nxt = k + 1
    if normalize(toks.texts[k]) not in lexicon.foreign_given_names().family or nxt >= len(doc) \
            or not _syllable_word(doc, nxt):
        return False
    norm = normalize(toks.texts[nxt])
    if norm in _AFTER_A_NAME or is_function_text(toks.texts[nxt]) or is_ordinary_word(norm) \
            or norm in lexicon.cues() or norm in lexicon.titles():
        return False
    # a family name that is a function word as well ("هو", "لي") opens a name only with both syllables after
    # it ("هو جين تاو"), not before a lone name ("الرئيس هو فلان")
    return not is_function_text(toks.texts[k]) or east_asian_given_syllable(doc, k, k + 2)


# a middle name in ي as the press writes a foreign one: short ("أولي", "باي", "أفي"), no article
MIDDLE_IN_YEH_LETTERS = (3, 5)


def middle_name_in_yeh(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, the second word of a name whose first is no Arabic given name ("جوزيف", "إرنست"), a short word
    in ي before a family name ("جوزيف أولي فلان", "إرنست باي فلان"): a foreign middle name, though it reads
    as a noun with the possessive "my" or بـ + أي; narrative news speaks of no "my" right after a name. The
    family name after it is a name-like word, no ordinary, function or known word and no article."""
    # (asked of every word a name may take: read off the Doc's token lists, not doc[k], which builds a Token)
    if k != start_name + 1:
        return False
    toks = tokens_of(doc)
    texts = toks.texts
    norm, first = normalize(texts[k]), normalize(texts[start_name])
    if not toks.arabic[k] or texts[k].startswith(("ال", "و")) or not norm.endswith("ي") \
            or not MIDDLE_IN_YEH_LETTERS[0] <= len(norm) <= MIDDLE_IN_YEH_LETTERS[1]:
        return False
    if not name_like_at(doc, start_name) or first.startswith("ال") or first in lexicon.person_names().given:
        return False
    if norm in lexicon.titles() or norm in lexicon.cues() or nisba_country(doc, k) is not None:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(texts) or not toks.arabic[nxt] or texts[nxt].startswith(("ال", "و")):
        return False
    after = normalize(texts[nxt])
    return name_like_at(doc, nxt) and not is_function_text(texts[nxt]) and not is_ordinary_word(after) \
        and after not in lexicon.titles() and known_entity_at(doc, nxt, ("Place", "Organization", "Person")) is None


DEFINITE_GIVEN_NAMES = lexicon.function_words().definite_given_name
FAMILY_NAME_MOST_SEEN = 40   # a definite word seen more often than this is an ordinary word of news (as name_spans.FREQUENT_IN_NEWS)


def definite_given_name_opens(doc: Doc, k: int) -> bool:
    """"رئيس الحكومة الحبيب فلان أن": a given name the Maghreb writes with the article (function_words
    definite_given_name), right before a family name (a name-like word, بن, or a definite word rare in news,
    though an ordinary one, "الصيد"), opens the holder's name; no adjective of the title."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if normalize(toks.texts[k]) not in DEFINITE_GIVEN_NAMES:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or toks.texts[nxt].startswith("و"):
        return False
    t = doc[nxt]
    if is_name_link(t.text) or is_name_like(t):
        return True
    norm = normalize(t.text)
    return t.text.startswith("ال") and len(norm) >= 5 and word_counts().get(norm, (0, 0))[0] <= FAMILY_NAME_MOST_SEEN \
        and not is_function_word(t) and not is_time_word(t) and match_title(doc, nxt) is None \
        and nisba_country(doc, nxt) is None and norm not in lexicon.titles() and norm not in lexicon.groups() \
        and known_entity_at(doc, nxt, ("Place", "Organization")) is None


GOD_WORD = normalize("الله")
THEOPHORIC_HEAD_LETTERS = (2, 4)   # "عطا", "جاب", "فضل": the short noun or verb before الله in a family name


def theophoric_family_name(doc: Doc, k: int) -> bool:
    """"سامي عطا الله", "فلان جاب الله": after a name word, a short word right before الله makes a family name
    of two words, though the word alone is ordinary ("جاب" brought, "فضل" grace). Not a particle of descent
    ("عبد الله" is a given name), a word with a pronoun ("رحمه الله"), with و or a preposition on it ("بإذن الله"),
    a definite word or a function word."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or normalize(toks.texts[nxt]) != GOD_WORD:
        return False
    t = doc[k]
    norm = normalize(t.text)
    low, high = THEOPHORIC_HEAD_LETTERS
    return is_arabic_word(t) and low <= len(norm) <= high and not is_name_link(t.text) \
        and not t.text.startswith(("و", "ب", "ل", "ال")) and not is_function_word(t) \
        and norm not in lexicon.cues() and not _ends_in_pronoun_suffix(t.text)


def _ends_in_pronoun_suffix(text: str) -> bool:
    return normalize(text).endswith(("ه", "ها", "هم", "كم", "نا"))


# فـ and كـ on the article: the shape a transcribed name opening with "Val", "Fal", "Cal", "Kal" takes
# ("فالنتين", "كالدويل"); بـ on the article opens too many ordinary nouns ANERcorp never saw to be read so
CLITIC_ARTICLE_OPENINGS = ("فال", "كال")
MIM_NOUN = "م"   # the مـ of participles and nouns of place
TA_MARBUTA = normalize("ة")
DEFINITE_STEM_LETTERS = 2   # ال and at least two letters after it


@lru_cache(maxsize=16384)
def transcribed_word_like_clitic_article(text: str) -> bool:
    """A word that seems فـ or كـ + the article + a noun ("فالنتان" as ف + النتان) though neither the definite
    noun nor its bare stem is a word ANERcorp saw, a function word or a known entity: a name transcribed from
    another language, read whole ("Valentin", "Calvo"). The definite reading of an Arabic noun is nearly always
    a word of news."""
    norm = normalize(text)
    if not norm.startswith(CLITIC_ARTICLE_OPENINGS) or len(norm) < len(CLITIC_ARTICLE_OPENINGS[0]) + DEFINITE_STEM_LETTERS:
        return False
    definite, stem = norm[1:], norm[3:]
    if stem.startswith(MIM_NOUN) or stem.endswith(TA_MARBUTA):
        return False   # "فالمطلوب", "كالعادة": a participle or noun of place in مـ, a noun in ة: Arabic nouns
    counts = word_counts()
    known = lexicon.known_entities()
    return definite not in counts and stem not in counts and definite not in function_words() \
        and stem not in function_words() and definite not in known and stem not in known and norm not in known


RARE_SIGHTINGS = 1   # a word ANERcorp saw once at most: hardly a word of news, though that once was outside a name


def rare_family_name_after_given(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, right after a one-word given name the lexicon knows, is its family name though it reads as an
    ordinary word, when news text hardly has it (ANERcorp saw it once at most): "الرئيس ميشال فلان", "الوزير يوسف
    علان سكان". A given name alone rarely follows a title where a person first appears, and the words that follow
    one as the verb's object are words of news. No article, no و, no pronoun suffix, no verb of an imperfect
    prefix, no shape or inflection no name takes, no function word read whole (a clitic reading is allowed: "كالا"
    as كـ + إلا), no time, cue, title or group word, no nationality and
    no known place or body."""
    if k != start_name + 1 or normalize(tokens_of(doc).texts[start_name]) not in lexicon.given_names():
        return False
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    seen, _ = word_counts().get(norm, (0, 0))
    if seen > RARE_SIGHTINGS or not is_arabic_word(t) or text.startswith(("ال", "و")) or len(norm) < 3 \
            or TANWEEN_FATH in text or norm.startswith(IMPERFECT_PREFIXES) or ends_in_pronoun(text) \
            or is_non_name_form(text) or has_non_name_shape(norm) or is_inflected_common(norm, text) \
            or norm in function_words() or is_time_word(t) or norm in lexicon.cues() \
            or norm in lexicon.titles() or norm in lexicon.groups() or nisba_country(doc, k) is not None \
            or match_title(doc, k) is not None or known_entity_at(doc, k, ("Place", "Organization")) is not None:
        return False
    if any(stem.startswith("ال") and len(stem) >= DEFINITE_WORD_LETTERS for stem in stems(t)[1:]):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt >= len(doc) or not is_name_link(doc[nxt].text)   # "محمد فال ولد فلان": the name goes on through the particle
