"""Mentions of the entities the lexicon knows (gazetteer), outlets included."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, hamza_form_lacks, normalize
from ..words import (name_like_at, NAME_LINKS, is_function_text, ner_ents, text_of, is_arabic_word, is_known_name_word, is_name_like, is_ordinary_word,
                     tokens_of, word_counts, is_arabic_text, words_where)
from .base import (time_noun_and_its_placing, BODY_MODIFIERS, GENERIC_INSTITUTIONS, opens_office_of_body, name_word_read_as_ka_and_place, LOCAL_INSTITUTIONS, common_noun_outlet_out_of_place, look_alike_word, STATE_INSTITUTIONS, NEWS_COMPLEMENT, adjectival, Candidate, first_words, is_honorific, is_quoted, known_entity_at,
                   longest_match, nisba_country, placed_end, remember_known_match, ta_marbuta_folded, positions, skip_space, span_chars, token_info, token_infos)
from .places import CITY_KINDS, adjective_named_like_a_place, name_without_head, remit_of_a_title

REGNAL_ORDINALS = lexicon.function_words().regnal_ordinal
# "المقبلة", "المنتهية ولايتها": adjectives of time or standing after a state institution's bare name
BODY_STATES = lexicon.function_words().body_state
# "الفيدرالية", "البلدية": an adjective of level or kind after a bare institution says which of the state's such bodies it is
INSTITUTION_LEVELS = lexicon.function_words().institution_level


def gazetteer_candidates(doc: Doc) -> list[Candidate]:
    known = lexicon.known_entities()
    n_max = lexicon.max_form_tokens()
    toks = tokens_of(doc)
    out = []
    dateline_sense: dict[str, lexicon.KnownEntity] = {}   # a form's sense as its dateline reads it
    ambiguous: list[tuple[int, str]] = []                  # (index in out, form) of forms of several places
    for i in positions(doc, first_words(known)):
        if toks.spaces[i] or not toks.arabic[i]:
            continue
        hit = longest_match(doc, i, known, n_max)
        remember_known_match(doc, i, hit)   # (the finders after this one ask for the known names here again)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        ent = known[norm][0]
        j = i + n
        if cl and n == 1 and len(norm) <= 3 and is_ordinary_word(normalize(toks.texts[i])) and not is_ordinary_word(norm):
            # "قبل فوات الأوان": a word of news read whole, not a clitic and a short name ("وات"); a longer
            # name keeps its clitic reading ("علاقتها بحماس"), and "للجيش" is the army either way
            continue
        if cl and n == 1 and ent.type == "Place" and name_word_read_as_ka_and_place(doc, i, cl):
            continue  # "الوزير كلاوس فيبر", "ماركوس كلاوس": a transcribed name read as كـ + a place ("لاوس")
        if cl and n == 1 and look_alike_word(doc, i):
            continue  # "يصلون باكرا" (early), "للنيل من" (to undermine): an ordinary word, no clitic and a name
        forms = _forms_folding_onto(norm)
        if forms and all(hamza_form_lacks(surface, f) for f in forms):
            continue  # "وترأس الاجتماع": a verb with a hamza folds onto a known name written without one
        if ta_marbuta_folded(doc, surface):
            continue  # "وجده في الحقل" (found it): a word in ه folds onto a name in ة ("جدة") in a text that writes ة
        if ent.type == "Person" and surface.endswith("ى") and forms and all(f.endswith("ي") for f in forms) \
                and not _writes_final_ya_as_alef_maqsura(doc):
            continue  # "عادوا من المنفى": a noun in ى folds onto a family name in ي ("المنفي")
        if n == 1 and ent.type == "Place" and adjectival(doc, i, surface):
            continue  # "العاصمة السعودية": a nationality adjective, not the country
        if n == 1 and ent.type == "Place" and _common_noun_of_otherness(doc, i, j, norm):
            continue  # "على الضفة الأخرى": "on the other side", no region whose short name the noun is
        if not cl and ent.type == "Place" and remit_of_a_title(doc, i):
            continue  # "وزير الدولة لشؤون X", "قسم X في المنظمة": a title's or a division's remit, no place spoken of
        if n == 1 and not cl and ent.type == "Place" and adjective_named_like_a_place(doc, i):
            continue  # "مركز مالي": the adjective "financial", not the country
        if ent.type == "Person" and all(w in REGNAL_ORDINALS for w in norm.split()):
            continue  # "قوى الرابع عشر من آذار": a regnal number ends a name, it names no one alone
        if ent.type == "Person" and _family_name_opens_another_name(doc, i, j, norm, ent):
            continue  # "قال جان بيير رافاران": a known person's family name as someone else's given names
        if ent.type == "Person" and _family_name_ends_another_name(doc, i, norm, ent):
            continue  # "المدرب يان نوفاك": another given name before a known person's family name
        if ent.type == "Person" and (p := _own_given_name_spelled_otherwise(doc, i, norm, ent)) is not None:
            # "ميشيل بارنييه" of a person listed as "ميشال بارنييه": the given name, spelled otherwise, goes on
            surface = clean_surface(text_of(doc)[doc[p].idx:doc[j - 1].idx + len(doc[j - 1].text)])
            i, cl = p, 0
        if ent.type == "Organization" and ent.kind == "media" and n == 1 and common_noun_outlet_out_of_place(doc, i, j, norm):
            continue  # "تحيط بالجزيرة": the island, no channel; "وقال للجزيرة" is the channel
        if ent.type == "Place" and norm in _outlets_by_name() and is_quoted(doc, i, j):
            ent = _outlets_by_name()[norm]  # "لـ«الرياض»": a quoted name is the outlet, not the city
        # (the words after the name read off the Doc's token lists: each doc[k] builds a Token)
        if ent.type == "Organization" and j + 1 < len(doc) and toks.texts[j] == "-" \
                and toks.starts[j] == toks.starts[j - 1] + len(toks.texts[j - 1]) and toks.arabic[j + 1] \
                and toks.starts[j + 1] == toks.starts[j] + 1:
            s, e = span_chars(doc, i, j + 2, cl)
            out.append(Candidate(i, j + 2, s, e, clean_surface(surface + "-" + toks.texts[j + 1]),
                                 "Organization", "gazetteer"))
            continue
        own = False
        extra_place = ""
        if ent.type == "Organization":
            # "الحكومة الصومالية الانتقالية", "المجلس الوطني الأعلى الصومالي": modifiers and a nationality
            # that follow a known body's name belong to the name as written
            k = j
            headed = ent.kind not in DESCRIBED_KINDS or _headed_by_body_noun(norm)
            while (q := skip_space(doc, k)) < len(doc) and q - j < 3 and (
                    normalize(toks.texts[q]) in BODY_MODIFIERS or (headed and nisba_country(doc, q))) \
                    and toks.texts[q].startswith("ال") and not time_noun_and_its_placing(doc, q):
                k = q + 1
            # "وكالة مهر للأنباء", "وكالة الأناضول التركية للأنباء": an agency's name ends in "for news"
            if ent.kind == "agency" and (q := skip_space(doc, k)) < len(doc) \
                    and normalize(toks.texts[q]) == NEWS_COMPLEMENT:
                k = q + 1
            if k > j:
                if ent.key in STATE_INSTITUTIONS and any(nisba_country(doc, q) for q in range(j, k)):
                    own = True  # "المحكمة العليا الكينية": a state's own body, named; no longer the one in context
                surface = clean_surface(surface + text_of(doc)[doc[j - 1].idx + len(doc[j - 1].text):
                                                               doc[k - 1].idx + len(doc[k - 1].text)])
                j = k
            if not own and ent.key in LOCAL_INSTITUTIONS \
                    and (placed := placed_end(doc, j, located=False, country_ok=False)) > j:
                # "النيابة العامة في <city>": the office of that city, named with its place and without it
                own = True
                extra_place = clean_surface(surface)
                surface = clean_surface(surface + text_of(doc)[doc[j - 1].idx + len(doc[j - 1].text):
                                                               doc[placed - 1].idx + len(doc[placed - 1].text)])
                j = placed
        state_form = _state_form(doc, j, surface) if ent.key in GENERIC_INSTITUTIONS and not own else None
        if j == i + n and ent.key in GENERIC_INSTITUTIONS and not cl and i > 0 \
                and opens_office_of_body(doc, i - 1):
            # "المرشح لرئاسة الحكومة", "تشكيل الحكومة": the premiership and the forming, not the government; so is
            # "تشكيل الحكومة المقبلة": an adjective of time or standing (body_state) says which government is formed,
            # the act is still no mention of it; one named with its kind ("رئاسة الحكومة المؤقتة") is still named there
            continue
        titled = ""
        if ent.type == "Person" and _opens_with_a_title(norm) and (q := skip_space(doc, i + 1)) < j:
            # "الشيخ محمد بن راشد آل مكتوم", "السيد حسن نصر الله": the lexicon's form holds an honorific
            # or royal title before a name of two words or more; the mention is the name
            titled, i, cl = clean_surface(surface), q, 0
            surface = clean_surface(text_of(doc)[doc[q].idx:doc[j - 1].idx + len(doc[j - 1].text)])
        s, e = span_chars(doc, i, j, cl)
        if ent.type == "Place" and (city := _city_sense(known[norm])) is not None:
            ambiguous.append((len(out), norm))
            if not cl and in_dateline(text_of(doc), s, e) and not _capital_of_its_namesake(city, known[norm]):
                ent = dateline_sense[norm] = city
            # a capital spelled like its own country in the dateline ("تونس -", "الكويت -") is read as the
            # country: the report is filed from the state its text names, one place, not a city beside it
        before = toks.texts[i - 1] if i > 0 and toks.punct[i - 1] else ""
        extra = {titled} if titled else set()
        if state_form:
            extra.add(state_form)  # "الحكومة المقبلة": the government as the article writes it, the bare name kept
        if own and ent.key in LOCAL_INSTITUTIONS and extra_place:
            extra.add(extra_place)
        if ent.type == "Place" and (bare := name_without_head(clean_surface(surface))):
            extra.add(bare)  # "بمدينة X" of a city the table knows only so: "X" is its name too
        out.append(Candidate(i, j, s, e, clean_surface(surface), ent.type, "gazetteer", key=None if own else ent.key,
                             doc_text_before=before, extra_forms=extra))
    # one sense per article: "عمان" of an article datelined in Amman is Amman throughout
    for n, norm in ambiguous:
        if norm in dateline_sense:
            out[n].key = dateline_sense[norm].key
    taken = {k for c in out for k in range(c.i, c.j)}
    return out + _spelling_variants(doc, taken) + _vowel_dropped(doc, taken) + _country_without_its_article(doc, taken)


@lru_cache(maxsize=65536)
def _forms_folding_onto(norm: str) -> tuple[str, ...]:
    """The forms of the known entities of a normalised name, as the lexicon writes them, that normalise to
    it; kept per name, as the same names recur."""
    return tuple(f for e in lexicon.known_entities()[norm] for f in e.forms if normalize(f) == norm)


OPPOSITE_ADJECTIVES = lexicon.function_words().opposite_adjective


def _common_noun_of_otherness(doc: Doc, i: int, j: int, norm: str) -> bool:
    """A known place's one-word definite short name ("الضفة") with "other" or "opposite" after it ("الضفة
    الأخرى", "الضفة المقابلة"): the common noun, as a proper name takes no adjective of otherness."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, j)
    return norm.startswith("ال") and q < len(doc) and normalize(toks.texts[q]) in OPPOSITE_ADJECTIVES


def _state_form(doc: Doc, j: int, surface: str) -> str | None:
    """"الحكومة المقبلة", "الحكومة المنتهية ولايتها": the bare name of a state institution ending before token j with
    the adjective of its time or standing after it (one word or two), or of its level ("الشرطة الفيدرالية", "البرلمان
    الاتحادي", "الشرطة البلدية"), as the article writes it; None without one."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, j)
    if q >= len(doc) or not toks.texts[q].startswith("ال"):
        return None
    words = [normalize(toks.texts[q])]
    if (r := skip_space(doc, q + 1)) < len(doc):
        words.append(normalize(toks.texts[r]))
    for n in (2, 1):
        if len(words) >= n and (" ".join(words[:n]) in BODY_STATES or (n == 1 and words[0] in INSTITUTION_LEVELS)):
            last = doc[r] if n == 2 else doc[q]
            return clean_surface(surface + text_of(doc)[toks.starts[j - 1] + len(toks.texts[j - 1]):last.idx + len(last.text)])
    return None


# a one-word foreign name of a body (often an acronym) is written with and without its i or e ("يونيسف" /
# "يونسف"): a word of five letters or more that is a known body's one-word name with one inner ي left out
# is that body (too few consonants for the skeleton test above). Not places or people: an unknown
# person's name may be a known place's short of a ي ("مكيلي", Mekelle)
MIN_VOWEL_DROPPED = 5


@lru_cache(maxsize=1)
def _without_one_vowel() -> dict[str, lexicon.KnownEntity | None]:
    """Each known one-word name of one body, with one of its inner ي left out -> the entity
    (None when two entities give the same word)."""
    out: dict[str, lexicon.KnownEntity | None] = {}
    known = lexicon.known_entities()
    for norm, ents in known.items():
        # an Arabic word with its article is no transcription
        if " " in norm or len(ents) != 1 or ents[0].type != "Organization" or len(norm) <= MIN_VOWEL_DROPPED or norm.startswith("ال"):
            continue
        for k in range(1, len(norm) - 1):
            # (the alef opening a word is its hamza, not a vowel: "إيكواس")
            # (only ي, the i or e a transcription may leave unwritten: Arabic patterns differ by ا and و,
            # أجاريا / أجريا "they held", بلدوين / البلدين)
            if norm[k] != "ي" or (k > 1 and norm[k - 1] in "اوي"):
                continue
            short = norm[:k] + norm[k + 1:]
            if short in known:
                continue
            prev = out.get(short, ents[0])
            out[short] = ents[0] if prev is not None and prev.key == ents[0].key else None
    return out


def _may_lack_a_vowel(text: str) -> bool:
    """An Arabic word a reading of which is a known name less a long vowel (an Arabic word is never punctuation:
    its token_info is the one of a word that blocks nothing)."""
    return is_arabic_text(text) and bool(token_info(text, False).norms & _without_one_vowel().keys())


def _vowel_dropped(doc: Doc, taken: set[int]) -> list[Candidate]:
    """Known one-word names written without one of their inner long vowels: not an ordinary word,
    not an Arabic personal name."""
    table, info, toks = _without_one_vowel(), token_infos(doc), tokens_of(doc)
    names = lexicon.person_names()
    out: list[Candidate] = []
    for i in words_where(doc, _may_lack_a_vowel):
        inf = info[i]
        if i in taken or inf.blocks or not toks.arabic[i] or not (inf.norms & table.keys()):
            continue
        # "بأمان" (safely) is ب + an ordinary word however else it reads
        if any(is_ordinary_word(norm) for norm in inf.norms):
            continue
        for clitic_len, stem, stem_norm in inf.readings:
            # a conjunction or preposition may be glued on, not the article or a verb's prefix
            if clitic_len > 1 or (clitic_len and toks.texts[i][0] not in "وفبل") or stem_norm.startswith("ال"):
                continue
            ent = table.get(stem_norm)
            if ent is None or stem_norm in names.given or stem_norm in names.family:
                continue
            s, e = span_chars(doc, i, i + 1, clitic_len)
            out.append(Candidate(i, i + 1, s, e, clean_surface(stem), ent.type, "gazetteer", key=ent.key))
            break
    return out


@lru_cache(maxsize=1)
def _countries_by_bare_form() -> dict[str, lexicon.KnownEntity]:
    """A country's name that carries the article ("الجزائر", "العراق"), without it -> the country."""
    out: dict[str, lexicon.KnownEntity] = {}
    for ents in lexicon.known_entities().values():
        for ent in ents:
            for form in ent.forms if ent.type == "Place" and ent.kind == "country" else ():
                norm = normalize(form)
                if norm.startswith("ال") and " " not in norm and len(norm) >= 5:
                    out.setdefault(norm[2:], ent)
    return out


def _country_without_its_article(doc: Doc, taken: set[int]) -> list[Candidate]:
    """"من أجل جزائر جديدة", "نحو عراق موحد": a country named with the article, written without it before
    an indefinite adjective (the country as it is to be), a preposition perhaps on it; the word alone,
    with no adjective after it, is left to the other finders ("جزائر" is also "islands")."""
    toks = tokens_of(doc)
    out: list[Candidate] = []
    for i in words_where(doc, _may_be_bare_country):
        if i in taken:
            continue
        reading = _bare_country_reading(toks.texts[i])
        if reading is None:
            continue
        clitic, stem, ent = reading
        q = skip_space(doc, i + 1)
        if q < len(doc) and is_arabic_word(doc[q]) and not doc[q].text.startswith(("ال", "و")) \
                and is_ordinary_word(normalize(doc[q].text)) and not is_name_like(doc[q]):
            s, e = span_chars(doc, i, i + 1, len(clitic))
            out.append(Candidate(i, i + 1, s, e, stem, "Place", "gazetteer", key=ent.key))
    return out


def _may_be_bare_country(text: str) -> bool:
    """An Arabic word with a bare country's reading (the words _country_without_its_article reads on from)."""
    return is_arabic_text(text) and _bare_country_reading(text) is not None


@lru_cache(maxsize=131072)
def _bare_country_reading(text: str) -> tuple[str, str, lexicon.KnownEntity] | None:
    """(clitic, stem, country) of the first of a word's two first readings that is a country's form
    without its article, bare or after ل, ب or و; None when neither is. Words recur, so kept."""
    bare = _countries_by_bare_form()
    for clitic, stem in clitic_variants(text)[:2]:
        ent = bare.get(normalize(stem))
        if ent is None or stem.startswith("ال") or (clitic and clitic not in ("ل", "ب", "و")):
            continue
        return clitic, stem, ent
    return None


# kinds of body whose proper name a nationality after it describes ("توتال الفرنسية", "بيلد الألمانية"),
# as an outlet's or company's name is the name alone; a state's body, party or force is named with it
DESCRIBED_KINDS = frozenset({"company", "media"})


def _headed_by_body_noun(norm: str) -> bool:
    """Does a known body's form (normalised) open with a head noun of org_heads ("الحكومة الصومالية",
    "المجلس الوطني")? Only then is a nationality after it part of the name as written: after a proper
    name ("توتال الفرنسية", "بيلد الألمانية") it describes the body, as an adjective of any name does."""
    first = norm.split()[0]
    heads = lexicon.org_heads()
    return first in heads or (first.startswith("ال") and first[2:] in heads)


# function words that end in ي written with ى: a text that writes them so writes names in ي so too
_FINAL_YA_AS_ALEF_MAQSURA = frozenset({"فى", "الذى", "التى"})


def _writes_final_ya_as_alef_maqsura(doc: Doc) -> bool:
    """Does the text write a final ي as ى ("فى", "الذى")? Then ى tells no word from a name in ي."""
    return not _FINAL_YA_AS_ALEF_MAQSURA.isdisjoint(tokens_of(doc).texts)


def _opens_with_a_title(norm: str) -> bool:
    """A known person's form (normalised) is an honorific or royal title and two words or more of a
    name after it."""
    words = norm.split()
    if len(words) < 3:
        return False
    return is_honorific(words[0]) or words[0] in lexicon.function_words().name_title


def _city_sense(entries: list[lexicon.KnownEntity]) -> lexicon.KnownEntity | None:
    """The city among the places a form names when a country is spelled so too ("عمان": Oman and
    Amman); None when the form names no such pair."""
    if not any(e.type == "Place" and e.kind == "country" for e in entries):
        return None
    return next((e for e in entries if e.type == "Place" and e.kind in CITY_KINDS), None)


def _capital_of_its_namesake(city: lexicon.KnownEntity, entries: list[lexicon.KnownEntity]) -> bool:
    """The city is the capital of the country spelled like it ("تونس": Tunis of Tunisia)."""
    return any(e.type == "Place" and e.kind == "country" and e.key == city.country_key for e in entries)


# a dateline: the line opens with one or more places (and the reporter's or outlet's name) parted by
# dashes, and a dash or the agency's parenthesis follows: "عمان - (وكالة) -", "الدوحة - بيروت - وكالات:"
_DATELINE_BEFORE = re.compile(r"\s*(?:[^\W\d_][^\n\d:.،,؛!?؟«»\"()-]{0,40}?\s*[-–—]\s*){0,3}\Z")
# the date a dateline may carry after its place, before the dash: "مدينة، 6 ديسمبر 2024 -", "مدينة في 6/12/2024 -",
# a weekday before the day, a month named twice ("ديسمبر/كانون الأول")
_DATELINE_DATE = r"(?:[،,]?\s*(?:[^\W\d_]+\s+){0,2}\d{1,2}\s*(?:[^\W\d_]+(?:\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*|[/.]\s*\d{1,2}\s*[/.]\s*)\d{2,4}\s*)?"
_DATELINE_AFTER = re.compile(r"\s*" + _DATELINE_DATE + r"[-–—(]")


def in_dateline(text: str, start: int, end: int) -> bool:
    """The place at start..end is named in the dateline that opens a line: the city the report is
    filed from, never the country."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_BEFORE.match(text, line_start, start)) and bool(_DATELINE_AFTER.match(text, end))


def _family_name_opens_another_name(doc: Doc, i: int, j: int, norm: str, ent: lexicon.KnownEntity) -> bool:
    """The known form at hand (tokens i..j) is the person's family name only (the end of a longer form
    of theirs), and the statistical NER reads it with the next word, a word that can only be part of a
    name, as one person's name: the words open another person's name ("جان بيير" of one person, "جان
    بيير رافاران" another)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not any(normalize(f).endswith(" " + norm) for f in ent.forms):
        return False
    k = skip_space(doc, j)
    if k >= len(doc) or toks.spaces[k]:
        return False
    # (the NER reads the next word with the form's last word, or, after a known family name of two words or
    # more, the next word is none ANERcorp saw at all: a transcribed family name, "جان-بيير فلانوفي")
    read_with_it = any(label in ("PERS", "PER") and start < j and end > k for start, end, label in ner_ents(doc))
    unseen_after_two = " " in norm and normalize(toks.texts[k]) not in word_counts()
    if not read_with_it and not unseen_after_two:
        return False
    return name_like_at(doc, k) and not toks.texts[k].startswith(("و", "ال")) \
        and not is_ordinary_word(normalize(toks.texts[k])) \
        and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


def _family_name_ends_another_name(doc: Doc, i: int, norm: str, ent: lexicon.KnownEntity) -> bool:
    """The known form at token i is the person's family name only, and the word before it, which the
    statistical NER reads with it as one person's name, is a given name none of the person's known
    forms has (nor a spelling of one): someone else of that family name ("يان نوفاك", not "ألكسندر
    نوفاك"). Titles, ordinary words, words with و or the article before it open no other name."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    longer = [normalize(f).split() for f in ent.forms if normalize(f).endswith(" " + norm)]
    if not longer or i == 0 or norm.split()[0] in NAME_LINKS:
        return False  # "بن لادن": the word before a family name in بن is the person's own name
    p = i - 1
    while p > 0 and toks.spaces[p]:
        p -= 1
    before, prev = doc[p], normalize(toks.texts[p])
    if not any(label in ("PERS", "PER") and start <= p and end > i for start, end, label in ner_ents(doc)):
        # the NER read the family name alone: still another name's when the word before is a transcribed given
        # or middle name no news text holds ("... فلانيتش <family>"), or another person's listed given name
        # joined by و after a comma ("فلان علان، وزياد <family>": a list of people)
        c = p - 1
        while c > 0 and toks.spaces[c]:
            c -= 1
        if toks.texts[p].startswith("و") and c >= 0 and toks.texts[c] in ("،", ",") \
                and prev[1:] in lexicon.given_names() and prev not in word_counts():
            before_own = prev[1:]
        elif is_arabic_word(before) and not toks.texts[p].startswith(("و", "ال")) and prev not in word_counts() \
                and len(prev) >= 4 and is_name_like(before) and not (c >= 0 and is_function_text(toks.texts[c])):
            # (not after a particle: "هل يولي فلان": a verb no news text holds, then its subject)
            before_own = prev
        else:
            return False
        own = {w for words in longer for w in words[:-1]}
        return not any(w.startswith(before_own) or before_own.startswith(w) or similar_spelling(w, before_own) for w in own) \
            and known_entity_at(doc, p, ("Place", "Organization", "Person")) is None
    compound = _compound_given_name(doc, p)
    if compound is not None:
        # "عبد الحكيم فلان" of a person listed as "عبد اللطيف فلان": the compound given names differ in
        # their second word, the one that has the article
        own = {words[-2] for words in longer if len(words) >= 3 and words[-3] == compound.split()[0]}
        return not any(w == prev or similar_spelling(w, prev) for w in own)
    if not is_name_like(before) or before.text.startswith(("و", "ال")) or is_ordinary_word(prev) \
            or known_entity_at(doc, p, ("Place", "Organization", "Person")) is not None:
        return False
    # a given name: one the table lists, one ANERcorp saw in names, or no word of news at all
    if prev not in lexicon.given_names() and not is_known_name_word(prev) and prev in word_counts():
        return False
    own = {w for words in longer for w in words[:-1]}
    return not any(w.startswith(prev) or prev.startswith(w) or similar_spelling(w, prev) for w in own)


def _compound_given_name(doc: Doc, p: int) -> str | None:
    """"عبد الحكيم": the compound given name (عبد and a definite word) the table lists, ending at token p."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = p - 1
    while q > 0 and toks.spaces[q]:
        q -= 1
    if q < 0 or q == p:
        return None
    name = f"{normalize(toks.texts[q])} {normalize(toks.texts[p])}"
    return name if name.startswith("عبد ال") and name in lexicon.given_names() else None


def _own_given_name_spelled_otherwise(doc: Doc, i: int, norm: str, ent: lexicon.KnownEntity) -> int | None:
    """The token before a known person's family name found alone, when it is another spelling of the given
    name one of the person's known forms has before that family name ("ميشيل" of "ميشال بارنييه"): no
    ordinary word, no word with و or the article, nothing else the lexicon knows."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if i == 0:
        return None
    # (the family name may be of several words: "فون دير فلان", "بوتو فلان")
    tail = norm.split()
    own = {words[-len(tail) - 1] for words in (normalize(f).split() for f in ent.forms)
           if len(words) > len(tail) and words[-len(tail):] == tail}
    p = i - 1
    while p > 0 and toks.spaces[p]:
        p -= 1
    before, prev = doc[p], normalize(toks.texts[p])
    if not own or prev in own or not is_name_like(before) or before.text.startswith(("و", "ال")) \
            or is_ordinary_word(prev) or known_entity_at(doc, p, ("Place", "Organization", "Person")) is not None:
        return None
    return p if any(len(prev) >= 4 and similar_spelling(w, prev) for w in own) else None


def similar_spelling(a: str, b: str) -> bool:
    """Two transcriptions of one given name ("سيرغي" / "سيرجي"): the same consonant skeleton, or a
    single letter apart."""
    if _skeleton([a]) == _skeleton([b]):
        return True
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1


# a transcribed name is spelled with and without its long vowels ("الأسوشتيد برس" / "أسوشيتد برس",
# "كونداليزا" / "كوندوليزا"): names of the lexicon are found again by their consonants
MIN_SKELETON = 6          # consonants a name needs to be found so (ordinary words have 3-5)
LONG_VOWELS = str.maketrans("", "", "اوي")
# the g of a foreign name is written غ or, in Egypt and often elsewhere, ج ("هامبورغ" / "هامبورج")
G_SPELLINGS = str.maketrans("ج", "غ")


def _skeleton(words: list[str]) -> str:
    """The consonants of a normalised name: the article of its first word and the long vowels after
    each word's first letter left out, ج and غ one letter (a foreign g)."""
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words = [words[0][2:]] + words[1:]
    return " ".join(_consonants(w) for w in words if w)


@lru_cache(maxsize=65536)
def _consonants(word: str) -> str:
    """A word's first letter and its letters after it but the long vowels, ج and غ one letter; kept per
    word, since _spelling_variants asks it of the same words for every reading it tries."""
    return (word[0] + word[1:].translate(LONG_VOWELS)).translate(G_SPELLINGS)


@lru_cache(maxsize=65536)
def _first_skeleton(word: str) -> str:
    """The skeleton of a name's first word, as it stands first in _skeleton's result."""
    return _skeleton([word])


@lru_cache(maxsize=1)
def _first_skeletons() -> frozenset[str]:
    """The first words of the known skeletons: a word whose skeleton is none of them begins no name."""
    return frozenset(sk.split(" ", 1)[0] for sk in _skeletons())


@lru_cache(maxsize=65536)
def _name_readings(text: str) -> tuple[tuple[int, str, str], ...]:
    """The clitic readings of a word (as TokenInfo.readings) whose skeleton begins a known name and
    that are no ordinary word of news (which no name spelled otherwise opens with); words recur, so kept."""
    firsts = _first_skeletons()
    return tuple(r for r in token_info(text, False).readings
                 if r[2] and _first_skeleton(r[2]) in firsts and not is_ordinary_word(r[2]))


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, tuple[lexicon.KnownEntity, str] | None]:
    """Consonant skeleton of every known name of several words, or of one long word -> its entity and
    that form (None when two entities share it)."""
    out: dict[str, tuple[lexicon.KnownEntity, str] | None] = {}
    for norm, ents in lexicon.known_entities().items():
        words = norm.split()
        sk = _skeleton(words)
        if len(sk.replace(" ", "")) < MIN_SKELETON or len(ents) != 1:
            continue
        if sk in out and (out[sk] is None or out[sk][0].key != ents[0].key):
            out[sk] = None
        else:
            out.setdefault(sk, (ents[0], norm))
    return out


def _arabic_name_changed(words: list[str], form: str) -> bool:
    """A word of an Arabic personal name differs from the known form's: محمد/محمود, صالح/صلاح, زيد/زايد
    are other names, not other spellings."""
    names = lexicon.person_names()
    return any(a != b and (a in names.given or a in names.family or b in names.given or b in names.family)
               for a, b in zip(words, form.split()[-len(words):]))


def _spelling_variants(doc: Doc, taken: set[int]) -> list[Candidate]:
    """Known names spelled otherwise than the lexicon has them, matched by their consonants: up to
    three words, none an ordinary word of news, the first read with or without a clitic."""
    skeletons, info, toks = _skeletons(), token_infos(doc), tokens_of(doc)
    size = len(doc)
    out: list[Candidate] = []
    after = 0   # the tokens before it are in the last name found
    # the words that may begin a known name (most words begin none), in order
    for i in words_where(doc, _name_readings):
        if i < after:
            continue
        # the Arabic words outside the names found among the three from i on, the only ones a name spelled
        # otherwise may take (read here, for the few words that may begin a name, not for every token)
        free = [not (info[q].blocks or q in taken or not toks.arabic[q]) for q in range(i, min(i + 3, size))]
        if not free[0]:
            continue
        readings = _name_readings(toks.texts[i])
        hit = None
        for n in (3, 2, 1):
            if i + n > size or not all(free[:n]):
                continue
            rest = [info[q].norm for q in range(i + 1, i + n)]
            if any(is_ordinary_word(w) for w in rest):
                continue
            for clitic_len, stem, stem_norm in readings:
                words = [stem_norm] + rest
                known = skeletons.get(_skeleton(words))
                if known is None or _arabic_name_changed(words, known[1]):
                    continue
                ent = known[0]
                # "ارجنتيني", "الاوزبكستاني": a nationality adjective has its country's consonants
                if ent is not None and words[-1].endswith("ي") and not any(
                        f.endswith("ي") for f in map(normalize, ent.forms)):
                    continue
                if ent is not None and normalize(" ".join(words)) not in lexicon.known_entities():
                    hit = (n, clitic_len, stem, ent)
                    break
            if hit:
                break
        if hit is None:
            continue
        n, clitic_len, stem, ent = hit
        surface = " ".join([stem] + [toks.texts[q] for q in range(i + 1, i + n)])
        s, e = span_chars(doc, i, i + n, clitic_len)
        out.append(Candidate(i, i + n, s, e, clean_surface(surface), ent.type, "gazetteer", key=ent.key))
        after = i + n
    return out


_OUTLETS: dict[str, lexicon.KnownEntity] = {}


def _outlets_by_name() -> dict[str, lexicon.KnownEntity]:
    """Known bodies named by a head noun and a name ("صحيفة الرياض"): the name alone -> the body."""
    if not _OUTLETS:
        heads = lexicon.org_heads()
        for e in lexicon.entity_by_key().values():
            for f in e.forms if e.type == "Organization" else ():
                words = normalize(f).split()
                if len(words) >= 2 and words[0] in heads:
                    _OUTLETS.setdefault(" ".join(words[1:]), e)
    return _OUTLETS
