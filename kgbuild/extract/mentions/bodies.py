"""Organizations named by a head noun: with its genitive chain ("وزارة الخارجية الكندية"), its remit, its
nationality, an office, or a name after it; the names after a head are read by foreign_names, latin_names,
dual_bodies and portfolios (a ministry named by its portfolio alone). Outlets and clubs: outlets.py."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import (DEFINITE_OPENINGS, PRONOUN_SUFFIXES, QUOTE_CHARS, common_words, word_counts, ends_in_pronoun, function_words, is_arabic_word, is_function_word,
                     is_known_name_word, is_ordinary_word, is_punct, name_like_text, is_quote, is_time_word, prev_word, text_of,
                     time_words, tokens_of, word_count, is_arabic_text, words_where)
from ..words import is_function_text
from .base import (COMPLEMENTIZERS, PLACE_HEADS, two_word_nisba_at, time_noun_and_its_placing, BODY_MODIFIERS, GENERIC_INSTITUTIONS, opens_office_of_body, takes_office, IN_PLACE, PLAIN_PRONOUN_SUFFIXES, body_or_group_word, cues_before, LEADER_INTRODUCERS,
                   POSTED_AT, Candidate, is_elative, is_nisba, known_entity_at, known_entity_match, match_title, nisba_country, placed_end, skip_space,
                   span_chars, token_infos)
from .dual_bodies import dual_head, dual_named_bodies
from .names import name_end
from .name_words import cue_word
from .name_spans import held_body_name_end
from .foreign_names import (FOREIGN_NAME_ONLY_HEADS, FOREIGN_NAMED_KINDS, foreign_name_end, foreign_named_body,
                            name_before_description, proper_name_in, waw_initial_name)
from .latin_names import latin_name_end, letter_acronym_end
from .adjective_parties import two_adjective_party_end
from .party_names import PARTY_NAME_ADJECTIVES, closes_with_new, ideology_party_end, party_head_before, party_name_before_adjective, wing_end
from .portfolios import PORTFOLIOS, bare_portfolio_candidate
from .possessed_party_names import possessed_party_name_candidates
from .speaking_seats import speaking_seat_candidates
from .airlines import airline_candidates
from .counted_names import counted_name_candidates
from .quoted_names import QUOTED_BODY_WORDS, quoted_name_end
from .boards import board_of_a_body_named_before
from .venues import venue_name
from .eponyms import eponym_end
from .quoted_heads import quoted_head_candidates
from .sources import spoken_for
from .short_names import QUOTE_PAIRS as QUOTE_OPENERS, quoted_short_name_end
from .not_groups import army_of_defence_forces


LOCATED_HEADS = lexicon.function_words().located_head
# "الجمهورية", "الوزراء": a state body's name closed by the state itself is that state's own office
STATE_ITSELF = lexicon.function_words().state_itself
# "بعثة", "مكتب", "مفوضية": a mission, office or commission of another body, with a remit of its own after it
PART_HEADS = lexicon.function_words().part_head
# adjectives that follow an organization's name without being part of it
CHAIN_STOP = lexicon.function_words().chain_stop
# "الرسمية" after two words of a body's name or more: a description ("the official agency"), no part of the name
OFFICIAL = lexicon.function_words().official_adjective
# "رفيعة المستوى": an adjective in construct with the noun of its respect, no genitive of a name
CONSTRUCT_ADJECTIVES = lexicon.function_words().construct_adjective
# "لشؤون الطفولة": a body's remit, part of its name
REMIT = lexicon.function_words().remit
# "تنظيم المهرجان": a head that is also a verbal noun, whose object an ordinary definite noun is
VERBAL_HEADS = lexicon.function_words().verbal_head


def _after_definite_noun(doc: Doc, i: int) -> bool:
    """Token i follows a definite noun it may qualify ("الأوضاع الداخلية الكينية") or completes a title
    ("وزير الخارجية"); but "وكيل الوزارة بالخارجية": a preposition opens a phrase of its own."""
    if doc[i].text.startswith(("بال", "لل")):
        return False
    p = prev_word(doc, i)
    if p is not None and (title := match_title(doc, p)) and title[0] > i:
        return True  # "وزير الخارجية البرازيلي": the portfolio of a title
    return p is not None and doc[p].text.startswith(DEFINITE_OPENINGS) and not is_function_word(doc[p]) \
        and not match_title(doc, p)


def _body_modifier_here(doc: Doc, k: int) -> bool:
    """Token k is an adjective that names a kind of body (function_words body_modifier: "الأمن العام",
    "المحكمة الدستورية العليا"); "العام" is also "the year", so only where no word of time goes on
    ("العام الماضي"): before punctuation, a function word, a nationality or the text's end."""
    if normalize(doc[k].text) not in BODY_MODIFIERS:
        return False
    if not is_time_word(doc[k]):
        return True
    if k > 0 and doc[k - 1].text.endswith("ة"):
        return False  # "وزارة الصحة العام كله": a masculine word after a feminine noun agrees with nothing there
    q = skip_space(doc, k + 1)
    return q >= len(doc) or is_punct(doc[q]) or is_function_word(doc[q]) or nisba_country(doc, q) is not None


# "جيش", "شرطة", "مجلس", "بنك": heads named by a state's or city's bare name right after them
PLACE_NAMED_HEADS = lexicon.function_words().state_body_head | lexicon.function_words().place_named_head
# "القيادة": with a nationality right after it the state's leadership, no body
LEADERSHIP_HEADS = lexicon.function_words().leadership_head
# "الآلاف", "مئات": a crowd counted roughly; "البشر", "الناس": people at large
CROWDS = lexicon.function_words().crowd_number | lexicon.function_words().mankind


def body_chain_end(doc: Doc, k: int, limit: int = 5) -> int:
    """End of a definite genitive/adjective chain starting at k: الخارجية الكندية, هيئة الرقابة المالية."""
    start = k
    toks = tokens_of(doc)   # (the words and flags read off the Doc's token lists: each doc[k] builds a Token)
    texts = toks.texts
    if k < len(doc) and normalize(texts[k]) in CROWDS:
        return start  # "وتجمع الآلاف", "لتجمع البشر": a head that is also a verb of gathering, its subject or object
    while k < len(doc) and k - start < limit:
        text = texts[k]
        if toks.spaces[k] or toks.punct[k] or (is_function_text(text) and not (
                k > start and texts[k - 1].startswith("ال") and _body_modifier_here(doc, k))):
            break
        if normalize(text) in CHAIN_STOP or match_title(doc, k):
            break  # "حكومة رئيس الجمهورية": a title starts a phrase of its own
        if k > start and text.startswith("ال") and two_word_nisba_at(doc, k):
            return skip_space(doc, k + 1) + 1  # "هيئة الموانئ الجنوب أفريقية": a nationality of two words closes the name
        if k > start and normalize(text) in OFFICIAL and (k - start >= 2 or _proper_word_before(doc, k)):
            break  # "وكالة الأنباء المركزية الرسمية", "تلفزيون <بلد> الرسمي": the body named, then described as official
        if nisba_country(doc, k):
            if k == start and not text.startswith(("ال", "وال")):
                return start  # "صحيفة بريطانية": an indefinite head and nationality describe, they name nothing
            return _second_nationality_end(doc, k + 1)  # a nationality closes the name: "وزارة الخارجية الكندية جون ..."
        if k > start and time_noun_and_its_placing(doc, k):
            break  # "مجلس الشيوخ العام المقبل": "next year", a time phrase after the name, no adjective of it
        if text.startswith("ال"):
            norm = normalize(text)
            prev_definite = k > start and texts[k - 1].startswith("ال")
            if prev_definite and not (norm.endswith(("ي", "يه", "ه", "ين", "ون", "ات")) or is_elative(norm)
                                      or _body_modifier_here(doc, k)):
                break  # "جماعة الحوثي التحالف": two definite nouns are two phrases
            if prev_definite and closes_with_new(doc, k) and party_head_before(doc, start):
                return k + 1  # "حزب الديمقراطية الجديدة": "new" closes a party's name under its class noun
            if prev_definite and is_nisba(texts[k - 1]) and not is_nisba(text) and norm not in PARTY_NAME_ADJECTIVES:
                break  # "منظمة العمل الدولية القرارات": after a nisba only nisbas follow
                # (and the adjectives that close many bodies' names: "الجبهة الشعبية الموحدة")
            k += 1
            continue
        if text.startswith("وال") and k > start and texts[k - 1].startswith("ال") \
                and normalize(text[1:]) not in function_words() \
                and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None \
                and (normalize(text[1:]) not in lexicon.groups() or _nationals_abroad(text)) \
                and (normalize(text[3:]) not in lexicon.org_heads() or _broadcast_pair(doc, k)):
            k += 1  # "حزب العدالة والتنمية"; but "قوات الشرطة والجيش", "جماعة الجهاد والجماعة ..." are two
            end = _conjunct_adjectives_end(doc, k)
            if end == k and _broadcast_pair(doc, k - 1) and end < len(doc) and nisba_country(doc, end):
                return end + 1  # "هيئة الإذاعة والتلفزيون <nationality>": the broadcaster's state closes its name
            return _abroad_end(doc, end) if _nationals_abroad(text) else end
        if normalize(text) in REMIT and k > start:
            # "مكتب الأمم المتحدة لشؤون الطفولة": the body's remit is part of its name
            nxt = skip_space(doc, k + 1)
            if nxt < len(doc) and texts[nxt].startswith("ال") and not is_function_text(texts[nxt]):
                return closing_nationality_end(doc, nxt + 1)
            break
        if k > start and texts[k - 1].startswith("ال") and _conjunct_construct_at(doc, k):
            k += 2  # "هيئة الرقابة المالية وشؤون التفتيش": a second remit in construct, joined by و
            continue
        if text[0] in "لبك":
            break  # "لغرض", "بهدف": a preposition ends the name
        if k > start and texts[k - 1].startswith("ال"):
            break  # "دولة القانون عقيل": a definite noun closes the genitive chain
        nxt = k + 1
        if text.endswith(PLAIN_PRONOUN_SUFFIXES):
            break  # "حكومة يقودها الجيش": a word with a pronoun on it is no noun in construct, but a verb or a clause
        if normalize(text) in CONSTRUCT_ADJECTIVES:
            break  # "بعثة رفيعة المستوى": an adjective in construct with its respect describes, it names nothing
        if k == start and _weak_imperfect_agreeing_with_head(doc, k):
            break  # "حكومة تضع العدالة أولا": the verb of a clause describing the indefinite head, its object after it
        if nxt < len(doc) and texts[nxt].startswith("ال") and toks.arabic[k] and not is_function_text(texts[nxt]):
            k += 1
            continue
        break
    return k


# the fewest letters of the noun after و: a shorter rest is a word that begins with و itself ("وفاة", "وضع", "وصول")
CONJUNCT_STEM_LETTERS = 4


def _conjunct_construct_at(doc: Doc, k: int) -> bool:
    """Token k is و on an ordinary noun with no article, in construct with the definite noun right after it, after
    a definite word of a body's name: the name's second field, joined to the first ("وزارة العمل وشؤون
    المغتربين", "لجنة الشؤون الخارجية وحماية التراث"). Not a word that begins with و itself ("وفاة", "وضع"),
    nor a body's head, a group, a title or a known name (a second actor: "المجلس العسكري وقادة الأحزاب")."""
    text = doc[k].text
    if not text.startswith("و") or text.startswith("وال") or len(text) < 4 or ends_in_pronoun(text):
        return False
    stem = normalize(text[1:])
    if len(stem) < CONJUNCT_STEM_LETTERS or not is_ordinary_word(stem) or stem in lexicon.org_heads() \
            or stem in lexicon.groups() or "ال" + stem in lexicon.groups() or is_time_word(doc[k]) \
            or is_function_word(doc[k]) or match_title(doc, k) \
            or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None:
        return False
    q = k + 1
    return q < len(doc) and doc[q].text.startswith("ال") and is_arabic_word(doc[q]) and not is_function_word(doc[q]) \
        and normalize(doc[q].text) not in lexicon.groups() \
        and known_entity_at(doc, q, ("Place", "Organization", "Person")) is None


# month names, one or two words ("آذار", "تشرين الأول"), as the stop list gives them
MONTHS = frozenset(normalize(r["word"]) for r in lexicon.read_tsv("stopwords.tsv") if r.get("kind") == "month")


def _proper_word_before(doc: Doc, k: int) -> bool:
    """The word before k is a proper name (no article, no preposition on it: a place's or the body's own
    name), so the name is complete before k ("إذاعة <بلد>") and an adjective at k describes it."""
    p = prev_word(doc, k)
    return p is not None and is_arabic_word(doc[p]) and not doc[p].text.startswith(("ال", "لل")) \
        and not is_function_word(doc[p]) and not is_ordinary_word(normalize(doc[p].text))


def _named_before_nationality(doc: Doc, k: int, end: int, words: list[str]) -> str | None:
    """"وكالة <مدينة> للأنباء <الجنسية>": an indefinite head named by a place's name and its remit, then a
    nationality: the place already says whose body it is, the nationality describes it; the form without it."""
    last = end - 1
    if end - k < 3 or not doc[last].text.startswith("ال") or nisba_country(doc, last) is None \
            or doc[k].text.startswith("ال") or known_entity_at(doc, k, ("Place",)) is None:
        return None
    return clean_surface(" ".join(words[:-1]))


def day_and_month_end(doc: Doc, k: int) -> int:
    """End of a date naming a body after its head, a day of the month in figures and the month ("حركة 9
    مارس", "تيار 8 آذار"): movements and alliances are named by the day they mark. k when there is none."""
    if k >= len(doc) or not doc[k].text.isdigit() or not 1 <= int(doc[k].text) <= 31:
        return k
    q = skip_space(doc, k + 1)
    if q >= len(doc) or normalize(doc[q].text) not in MONTHS:
        return k
    r = skip_space(doc, q + 1)
    if r < len(doc) and normalize(doc[q].text + " " + doc[r].text) in MONTHS:
        return r + 1  # "كانون الثاني": a month of two words
    return q + 1


def _broadcast_pair(doc: Doc, k: int) -> bool:
    """"الإذاعة والتلفزيون": two outlet heads joined by و, radio and television, are what one broadcaster runs,
    a part of its name ("هيئة الإذاعة والتلفزيون <nationality>"), no second body."""
    heads = lexicon.org_heads()
    return heads.get(normalize(doc[k].text[3:])) == "media" and doc[k - 1].text.startswith("ال") \
        and heads.get(normalize(doc[k - 1].text[2:])) == "media"


def _weak_imperfect_agreeing_with_head(doc: Doc, k: int) -> bool:
    """Token k, right after an indefinite head noun, is an imperfect verb of a weak root, three letters written
    ("تضع", "يقع", "تعد"), its prefix agreeing with the head (تـ after a noun in ة, يـ after one without): a
    verb, no noun in construct. Longer words of that shape are as often verbal nouns ("تحرير")."""
    p = prev_word(doc, k)
    norm = normalize(doc[k].text)
    if p is None or len(norm) != 3 or doc[p].text.startswith("ال") or is_time_word(doc[k]) \
            or is_known_name_word(norm) or known_entity_at(doc, k, ("Person", "Place", "Organization")) is not None:
        return False
    feminine_head = doc[p].text.endswith("ة")
    return norm.startswith("ت") if feminine_head else norm.startswith("ي")


def _second_nationality_end(doc: Doc, k: int) -> int:
    """A second definite nationality right after the one closing a name at k belongs to it: a body of two
    states ("مجلس الأعمال المصري الأردني", "غرفة التجارة الفرنسية الألمانية"); k when none stands there."""
    if k < len(doc) and doc[k].text.startswith("ال") and nisba_country(doc, k) \
            and normalize(doc[k].text).endswith(("ي", "يه")) and nisba_country(doc, k) != nisba_country(doc, k - 1):
        return k + 1
    return k


def closing_nationality_end(doc: Doc, end: int) -> int:
    """"الهيئة العامة لشؤون الري <الجنسية>": a definite nationality right after a body's remit closes its name,
    as it closes a name read through a conjunct ("وزارة التجارة والصناعة <الجنسية>"); end when none stands there
    (with a second one, a body of two states, as _second_nationality_end reads it)."""
    q = skip_space(doc, end)
    if q < len(doc) and q <= end + 1 and doc[q].text.startswith("ال") and nisba_country(doc, q):
        return _second_nationality_end(doc, q + 1)
    return end


# the kinds of group a ministry's second portfolio may name: its nationals abroad ("وزارة الخارجية والمغتربين")
ABROAD_KINDS = frozenset({"diaspora", "foreigners"})
# "abroad", closing the portfolio of nationals abroad ("والجالية الوطنية بالخارج")
ABROAD = normalize("بالخارج")


def _nationals_abroad(word: str) -> bool:
    """"والجالية", "والمغتربين": a conjunct group word of nationals abroad, a ministry's portfolio, no second actor."""
    kind = lexicon.groups().get(normalize(word[1:]))
    return kind is not None and kind.kind in ABROAD_KINDS


def _abroad_end(doc: Doc, end: int) -> int:
    """"بالخارج" right after a portfolio of nationals abroad ending at `end` belongs to it."""
    q = skip_space(doc, end)
    return q + 1 if q == end and q < len(doc) and normalize(doc[q].text) == ABROAD else end


WORKING = lexicon.function_words().working_participle


def _workplace_end(doc: Doc, end: int) -> int:
    """End of "في <definite noun and its chain>" after a name closed by the participle "working" ("العاملين"),
    which governs في: where the members work ("في قطاع الصحة", "في <the body>"); `end` when none follows."""
    q = skip_space(doc, end)
    if end == 0 or q != end or q >= len(doc) or normalize(doc[end - 1].text) not in WORKING \
            or normalize(doc[q].text) not in IN_PLACE:
        return end
    p = skip_space(doc, q + 1)
    if p >= len(doc) or p != q + 1 or is_function_word(doc[p]) or is_time_word(doc[p]) or match_title(doc, p):
        return end
    if (known := known_entity_at(doc, p, ("Organization", "Place"))) is not None:
        return known[0]
    chain = body_chain_end(doc, p)
    return chain if chain > p and (doc[p].text.startswith("ال") or chain > p + 1) else end


def _conjunct_adjectives_end(doc: Doc, k: int, limit: int = 2) -> int:
    """"وزارة الخارجية والتعاون الدولي المغربية": relative adjectives of no country after the conjunct of
    a body's name qualify it, and a nationality after them closes the name; so does one right after the
    conjunct ("وزارة التجارة والصناعة <الجنسية>": whose ministry it is), the name without it kept as a form
    too (resolve.without_nationality)."""
    q = k
    while q < len(doc) and q - k < limit and doc[q].text.startswith("ال") and is_nisba(doc[q].text) \
            and not is_function_word(doc[q]) and nisba_country(doc, q) is None:
        q += 1
    return q + 1 if q < len(doc) and nisba_country(doc, q) else q


# nouns in ـي/ـية that are no relative adjective ("المسؤولية", "الأولوية"): the object after a body's name, no word of it
NOT_ADJECTIVES = lexicon.function_words().iyya_noun


def _feminine(norm: str) -> bool:
    """A normalised word in the feminine singular or the sound feminine plural (ة, ات)."""
    return norm.endswith(("ه", "ات"))


def _governed_by_a_noun(doc: Doc, start: int) -> bool:
    """The body's name at `start` follows a content word that is no verb of saying, no title and no function
    word: most likely a noun it is the genitive of ("خطة الحكومة ...")."""
    p = prev_word(doc, start)
    return p is not None and p == start - 1 and is_arabic_word(doc[p]) and not is_function_word(doc[p]) \
        and not cue_word(doc[p].text) and not match_title(doc, p)


def _trailing_adjective(doc: Doc, q: int, head: str, start: int) -> bool:
    """Token q is a definite relative adjective of no country that agrees in gender with the body's head
    noun or with the definite word before it, so belongs to the name ("اللجنة العامة للانتخابات النيابية",
    "اللجنة الانتخابية الوطنية المستقلة")."""
    t = doc[q]
    norm = normalize(t.text)
    if not t.text.startswith("ال") or not (is_nisba(t.text) or norm in PARTY_NAME_ADJECTIVES or norm in NAME_ADJECTIVES
                                          or _body_modifier_here(doc, q)):
        return False
    if time_noun_and_its_placing(doc, q):
        return False  # "مجلس الشيوخ العام المقبل": "next year", no adjective of the name
    if not doc[q - 1].text.startswith(DEFINITE_OPENINGS):
        return False  # "صحيفة <foreign name> المحلية": after a proper name an adjective describes what it names
    if nisba_country(doc, q - 1) is not None and _governed_by_a_noun(doc, start):
        return False  # "خطة الحكومة <nationality> الوهمية": after the nationality that closes a body's name in the
        # genitive of another noun, the adjective may qualify that noun
    if norm in BODY_STATE and nisba_country(doc, q - 1) is not None:
        return False  # "الحكومة الكندية الجديدة": a state's body named by its country is one body in each term
    if nisba_country(doc, q) is not None or norm in NOT_ADJECTIVES or norm in OFFICIAL or norm in CHAIN_STOP \
            or norm in lexicon.groups() or match_title(doc, q) or known_entity_at(doc, q, ("Place", "Organization", "Person")):
        return False
    if is_function_word(t) and not _body_modifier_here(doc, q):
        return False
    nxt = skip_space(doc, q + 1)
    if nxt < len(doc) and nxt == q + 1 and is_arabic_word(doc[nxt]) and ends_in_pronoun(doc[nxt].text):
        return False  # "المنتهية ولايته": a participle governing a noun of its own, a clause about the holder
    feminine = _feminine(norm)
    return feminine == _feminine(head) or feminine == _feminine(normalize(doc[q - 1].text))


# adjectives of a body's term or standing ("الجديدة", "المقبلة", "السابقة"; function_words.tsv body_state)
BODY_STATE = lexicon.function_words().body_state
# "السريع", "المباشرة", "المشتركة": qualifying adjectives that many bodies' names close with ("قوات الرد السريع")
NAME_ADJECTIVES = lexicon.function_words().name_adjective


def trailing_adjectives_end(doc: Doc, head: str, start: int, end: int, limit: int = 2) -> int:
    """End of the relative adjectives right after the name of the body opening at `start` and closed at `end`
    (by a nationality, a remit or another adjective): adjectives of no country that agree with the head or the
    last noun belong to the name; a nationality there was weighed by the chain already."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = end
    while q < len(doc) and q - end < limit and q > 0 and not toks.punct[q - 1] and toks.texts[q - 1] not in QUOTE_CHARS \
            and _trailing_adjective(doc, q, head, start):
        q += 1
    return q


ORDINALS = lexicon.function_words().regnal_ordinal
# "سلاح": a body head ("سلاح الجو") that before a known name is the thing that name owns
OWNED_THING_HEADS = lexicon.function_words().owned_thing_head


def _verbal_head_with_object(doc: Doc, head: str, k: int, end: int) -> bool:
    """The head noun `head` (normalised) is also a verbal noun and token k, the definite word after it, an
    ordinary noun, no known name: the head's object ("تنظيم الانتخابات": organizing them), no body's name;
    unless a nationality ends the chain k..end ("إدارة الهجرة الأمريكية": a state's department). So are the
    affairs of the state itself after it ("إدارة شؤون البلاد": running the country)."""
    return head in VERBAL_HEADS and (_ordinary_object(doc, k, end) or _affairs_of_the_state(doc, k))


AFFAIRS_NOUNS = lexicon.function_words().affairs_noun
STATE_ITSELF = lexicon.function_words().state_itself


def _affairs_of_the_state(doc: Doc, k: int) -> bool:
    """Token k is a bare noun of affairs and the state itself is its genitive ("شؤون البلاد", "شؤون الدولة")."""
    q = skip_space(doc, k + 1)
    return normalize(doc[k].text) in AFFAIRS_NOUNS and q < len(doc) and normalize(doc[q].text) in STATE_ITSELF


def _department_of_a_member(doc: Doc, i: int) -> bool:
    """"قال مسؤول في إدارة الهجرة", "مصدر لدى إدارة الجمارك": after an official or a source and في or لدى, a
    head that is also a verbal noun names the department he works in, not an activity."""
    link = prev_word(doc, i)
    member = prev_word(doc, link) if link is not None else None
    return member is not None and normalize(doc[link].text) in POSTED_AT \
        and normalize(doc[member].text) in lexicon.source_nouns()


def _speaking_party(doc: Doc, i: int, kind: str | None, k: int, end: int) -> bool:
    """A party head that is also a verbal noun ("حركة"), a definite noun and a definite adjective after it,
    right after a verb of speech or a title it is led by: the subject who speaks or the body one heads is a
    party by its name ("وأعلنت حركة الإصلاح الشعبي", "رئيس حركة الإصلاح الشعبي"); a movement of people
    ("حركة النزوح الجماعي") neither speaks nor has a head."""
    led = i > 0 and normalize(doc[i - 1].text) in lexicon.titles()
    return kind == "party" and end - k >= 2 and _ends_in_nisba(doc, end) \
        and (led or any(cue.kind == "verb" for cue in cues_before(doc, i)))


def _ends_in_nisba(doc: Doc, end: int) -> bool:
    """The chain before `end` closes with a relative adjective, or with one and an adjective that closes many
    bodies' names ("الديمقراطية المتحدة")."""
    last = doc[end - 1].text
    if is_nisba(last):
        return True
    p = prev_word(doc, end - 1)
    return normalize(last) in PARTY_NAME_ADJECTIVES and p is not None and is_nisba(doc[p].text)


def _led_party(doc: Doc, i: int, kind: str | None, k: int, q: int) -> bool:
    """A definite party head at i and one relative adjective k..q of no country ("التحالف الشعبي"), led: a
    title of leadership right before it ("زعيم", "رئيس"), a "led by" right after it ("بزعامة"), or the two
    words set in quotes as a name: the party's name, no description of a kind of party."""
    if kind != "party" or q - k != 1 or not is_nisba(doc[k].text) or nisba_country(doc, k) is not None \
            or normalize(doc[k].text) in CHAIN_STOP or _complement_follows(doc, q):
        return False
    after = skip_space(doc, q)
    p = prev_word(doc, i)
    if p is not None and normalize(doc[p].text) in lexicon.titles():
        return True
    if _tied_person_before(doc, i) or _possessed_party_noun_before(doc, i):
        # "مرشح الحزب الريفي المتجدد": a definite word right after may be one more word of the name, which
        # this reading would cut short; only a name that ends there is named
        return not (after == q and after < len(doc) and doc[after].text.startswith("ال")
                    and is_arabic_word(doc[after]) and not is_time_word(doc[after]))
    if after < len(doc) and is_quote(doc[after]) and i > 0 and is_quote(doc[i - 1]):
        return True
    return after < len(doc) and normalize(doc[after].text) in LEADER_INTRODUCERS


# "مرشح", "قياديي": a person's place in a party, or members of one, in construct with the party after them
PARTY_MEMBERS = lexicon.function_words().party_member | lexicon.function_words().plural_title


def _tied_person_before(doc: Doc, i: int) -> bool:
    """Right before the body at i a word that ties a person to it: a title ("زعيم"), a place in a party
    ("مرشح"), members ("قياديي"), with a preposition or conjunction on it too ("لمرشح", "وزعيم"), or a
    spokesman's "باسم": what follows is the body he holds that place in, so it is named, not described."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None:
        return False
    if any(normalize(stem) in lexicon.titles() or normalize(stem) in PARTY_MEMBERS
           for _, stem in clitic_variants(toks.texts[p])):
        return True
    return spoken_for(doc, i)


def _possessed_party_noun_before(doc: Doc, i: int) -> bool:
    """"حزبها الجبهة الوطنية", "حزبه، الحركة ...": a party's class noun with a possessive pronoun on it right
    before the definite head (a comma between allowed): the head and its adjectives are in apposition to
    "his party", the party's own name, no description of a kind of party."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is not None and toks.texts[p] in (",", "،"):
        p = prev_word(doc, p)
    if p is None:
        return False
    text = toks.texts[p]
    return any(text.endswith(suffix) and normalize(stem) in PARTY_CLASS_NOUNS
               for suffix in PRONOUN_SUFFIXES for _, stem in clitic_variants(text[:-len(suffix)]))


def _party_framed(doc: Doc, i: int) -> bool:
    """The definite head at i stands where a party is named, not described: a title, a member's place or a
    spokesman's "باسم" right before it, or "حزبه" in apposition (a speech verb before it is no such frame: its
    object may follow the subject, "حمّل الحزب الشعبي الوزارة اللوم")."""
    return _tied_person_before(doc, i) or _possessed_party_noun_before(doc, i)


def _complement_follows(doc: Doc, q: int) -> bool:
    """A word in لـ right after token q ("لاستقلال ..."): the name may run on into a remit no rule read."""
    r = skip_space(doc, q)
    return r < len(doc) and doc[r].text.startswith("ل") and not is_function_word(doc[r]) and match_title(doc, r) is None


def _indefinite_name_noun(doc: Doc, k: int) -> bool:
    """Token k is an indefinite noun that may stand in a party's name: no article, no function word, no title,
    no known name; a word in ي is a verb in the present ("حزب يحكم X": a party that rules it), no noun of a name."""
    t = doc[k] if k < len(doc) else None
    return t is not None and not t.text.startswith(("ال", "وال", "ي")) and is_arabic_word(t) \
        and not is_function_word(t) and not match_title(doc, k) and not is_known_name_word(normalize(t.text)) \
        and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


def _party_of_a_country(doc: Doc, k: int) -> int | None:
    """An indefinite ordinary noun at k (no function word, no known name) in construct with a known place
    right after it: a party head before them is named with both ("حزب أمل X"); the end of the place."""
    if not _indefinite_name_noun(doc, k) or _place_head_after_preposition(doc[k].text):
        return None
    q = skip_space(doc, k + 1)
    place = known_entity_at(doc, q, ("Place",)) if q < len(doc) and not doc[q].text.startswith("ال") else None
    return place[0] if place else None


def _place_head_after_preposition(text: str) -> bool:
    """"بولاية", "لمدينة": a place's head noun with a preposition on it opens where the thing before is ("تجمع
    بولاية X", a rally in the state of X); a noun in construct takes no preposition, so it names no body."""
    return any(cl in ("ب", "ل") and normalize(stem) in PLACE_HEADS for cl, stem in clitic_variants(text))


def _place_described(doc: Doc, end: int) -> bool:
    """A definite relative adjective right after a place's name ending at `end` ("أفريقيا الجنوبية"): the
    place named is a region the lexicon reads only in part, and a body named up to it is cut short."""
    r = skip_space(doc, end)
    return r == end and r < len(doc) and doc[r].text.startswith("ال") and is_nisba(doc[r].text) \
        and not is_function_word(doc[r])


def _construct_party_name_end(doc: Doc, k: int) -> int | None:
    """After the class noun "حزب", two indefinite nouns in construct and then a known place or a definite noun
    with its adjectives: the party's own name, often opening with another body's head ("حزب اتحاد إنقاذ
    <بلد>", "حزب مؤتمر عموم الشعب"); the end of the name, None when none stands there."""
    q = skip_space(doc, k + 1)
    if not _indefinite_name_noun(doc, k) or q != k + 1 or not _indefinite_name_noun(doc, q):
        return None
    if (named := _party_of_a_country(doc, q)) is not None:
        return named
    r = skip_space(doc, q + 1)
    if r != q + 1 or r >= len(doc) or not doc[r].text.startswith("ال") or is_function_word(doc[r]) \
            or is_time_word(doc[r]) or match_title(doc, r):
        return None
    end = body_chain_end(doc, r)
    return end if end > r else None


def _ordinary_object(doc: Doc, k: int, end: int) -> bool:
    """Token k is a definite ordinary noun, no known name, and no nationality ends the chain k..end."""
    return doc[k].text.startswith("ال") and not is_known_name_word(normalize(doc[k].text)) \
        and known_entity_at(doc, k, ("Organization", "Place", "Person")) is None \
        and not (end - 1 > k and nisba_country(doc, end - 1))


def _proclitic_on_ordinary_word(doc: Doc, i: int, head: str, k: int, end: int) -> bool:
    """An indefinite state body's head that also reads as ب/ل/ك on an ordinary word of news ("بحرية":
    navy, or ب + "حرية", freedom: a noun, seen with the article too; not "بلدية" as ب + "لديه"), before a definite ordinary noun that names no place, body or person and
    ends in no nationality: the preposition's phrase ("بحرية الانتقال"), no body."""
    word = doc[i].text
    return head in lexicon.function_words().state_body_head and word[:1] in "بلك" \
        and normalize(word[1:]) in common_words() and "ال" + normalize(word[1:]) in word_counts() \
        and _ordinary_object(doc, k, end)


def _remit_word(doc: Doc, q: int) -> bool:
    """A definite noun that may continue a body's remit: no function, time or group word, no title, no
    body head ("والحكومة" is a second body), no known name."""
    t = doc[q]
    norm = normalize(t.text[1:] if t.text.startswith("وال") else t.text)
    return t.text.startswith(("ال", "وال")) and is_arabic_word(t) and not is_function_word(t) \
        and not is_time_word(t) and norm not in lexicon.groups() and norm[2:] not in lexicon.org_heads() \
        and match_title(doc, q) is None and known_entity_at(doc, q, ("Place", "Organization", "Person")) is None


def _agreeing_participle(doc: Doc, q: int) -> bool:
    """"للطاقة المتجددة": a feminine participle (الم...ة) after a feminine remit noun is its adjective."""
    prev, norm = normalize(doc[q - 1].text), normalize(doc[q].text)
    return prev.endswith("ه") and norm.startswith("الم") and norm.endswith("ه") and len(norm) >= 6


def _remit_tail(doc: Doc, end: int, limit: int = 3, governed: bool = True, collective: bool = False) -> int:
    """"للدعوة والقتال", "للتربية والعلوم والثقافة", "للدراسات الدولية": the definite nouns and adjectives
    a remit in لل goes on with, up to `limit` words; "للدفاع عن الدستور": or the cause its verbal noun governs.
    With `collective` (the remit is a collective in construct: "لقوى التغيير"), a group joined by و continues the
    genitive ("لقوى التغيير والمعارضة": the forces of both), no second body."""
    if governed and end > 0 and (cause := _governed_remit_end(doc, end - 1, end)) > end:
        return cause
    for _ in range(limit):
        q = skip_space(doc, end)
        if q >= len(doc) or q > end + 1 or not (_remit_word(doc, q) or collective and _conjunct_group(doc, q)):
            break
        if doc[q].text.startswith("ال") and not (is_nisba(doc[q].text) or doc[q].text.startswith("وال")
                                                 or _agreeing_participle(doc, q) or normalize(doc[q].text) in BODY_MODIFIERS):
            break  # after the remit only its adjectives or its conjuncts: "للانتخابات الرئاسة" are two phrases
            # (the adjectives of standing too: "للخدمات العامة", "للشؤون العليا")
        end = q + 1
    return end


# collective_heads.tsv: the kind of "قوى", "فصائل", "تيارات": political forces, whose genitive may join two groups
FACTIONS = "factions"


def _conjunct_group(doc: Doc, q: int) -> bool:
    """Token q is و on a definite group word ("والمعارضة"), no known name."""
    t = doc[q]
    return t.text.startswith("وال") and normalize(t.text[1:]) in lexicon.groups() \
        and known_entity_at(doc, q, ("Place", "Organization", "Person")) is None


def remit_end(doc: Doc, k: int) -> int:
    """End of a body's remit at k, after its nationality: "للشغل", "للدراسات الدولية", "لحقوق الإنسان",
    "لشركات صناعة السيارات", "للدفاع عن حقوق الإنسان" (a preposition on a definite noun, or on an
    ordinary noun in construct with one, through one more indefinite noun, and عن with another such
    pair); k when none stands there."""
    q = skip_space(doc, k)
    if q < len(doc) and q <= k + 1 and (served := _served_region_end(doc, q)) is not None:
        return served  # "مجموعة التنمية لأفريقيا الجنوبية": the land the body serves
    if q < len(doc) and q <= k + 1 and (described := described_members_end(doc, q)) is not None:
        return described  # "للقوات المسلحة", "للقوات الشعبية": the forces a body commands or gathers
    if q >= len(doc) or q > k + 1 or is_function_word(doc[q]) or is_time_word(doc[q]) or match_title(doc, q) \
            or known_entity_at(doc, q, ("Place", "Organization", "Person")) is not None:
        return k
    text = doc[q].text
    if text.startswith("لل") and len(text) > 3:
        norm = normalize("ال" + text[2:])
        if body_or_group_word(text):
            return k  # "للصحفيين", "للحكومة": whom the body spoke or gave to
        if norm in time_words():
            return k  # "للفترة من", "للعام الحالي": for how long or which year, no remit
        nxt = skip_space(doc, q + 1)
        if nxt < len(doc) and normalize(doc[nxt].text) in ORDINALS:
            return k  # "للمرة الثانية": a count of times, no remit
        end = _remit_tail(doc, q + 1)
        return _about_end(doc, end)
    if text.startswith("ل") and not text.startswith("لل") and len(text) > 3 and normalize(text) in lexicon.given_names():
        return k  # "المتحدثة باسم الحزب الاشتراكي ليلى فلان": a given name that opens with ل, no ل + noun of a remit
    if text.startswith("ل") and not text.startswith("لل") and len(text) > 3:
        stem = normalize(text[1:])
        nxt = skip_space(doc, q + 1)
        if _remit_noun(stem) and nxt < len(doc) and nxt <= q + 2 and _construct_noun(doc, nxt):
            nxt = skip_space(doc, nxt + 1)  # "لشركات صناعة السيارات": an indefinite noun in the chain
        if _remit_noun(stem) and nxt < len(doc) and nxt <= q + 4 and not doc[nxt].text.startswith("وال") \
                and (_remit_word(doc, nxt) or _members_of_bodies(doc, stem, q, nxt)):
            return _remit_tail(doc, nxt + 1, collective=lexicon.collective_heads().get(stem) == FACTIONS)
        # "الحركة الوطنية لتحرير <إقليم>": a verbal noun in construct with a place the lexicon knows
        place = known_entity_at(doc, nxt, ("Place",)) if nxt == q + 1 and nxt < len(doc) else None
        if is_ordinary_word(stem) and stem not in lexicon.org_heads() and place is not None \
                and not doc[nxt].text.startswith("و"):
            return _conjunct_places_end(doc, place[0])
    return k


DESCRIBED_MEMBERS_ADJECTIVES = 2   # "للقوات المسلحة الملكية": the most adjectives read after the forces or people


def _member_adjective(doc: Doc, q: int) -> bool:
    """Token q is a definite adjective of kind (a relative adjective or a participle: "الشعبية", "المسلحة",
    "القضائية") that names no country, no time and no term ("الجديدة", "السابقة" say which body, BODY_STATE)."""
    t = doc[q]
    norm = normalize(t.text)
    return t.text.startswith("ال") and is_arabic_word(t) and not is_function_word(t) and not is_time_word(t) \
        and (is_nisba(t.text) or _participle(norm)) and norm not in BODY_STATE and norm not in lexicon.groups() \
        and nisba_country(doc, q) is None and not two_word_nisba_at(doc, q) \
        and known_entity_at(doc, q, ("Place", "Organization", "Person")) is None


def _member_adjectives_end(doc: Doc, q: int) -> int:
    """End of the adjectives of kind (_member_adjective, DESCRIBED_MEMBERS_ADJECTIVES at most) right after the forces
    or people at q ("للقوات المسلحة الملكية"); q + 1 when none follows."""
    end = q + 1
    while end < len(doc) and end - q <= DESCRIBED_MEMBERS_ADJECTIVES and not doc[end].is_space \
            and _member_adjective(doc, end):
        end += 1
    return end


def described_members_end(doc: Doc, q: int) -> int | None:
    """End of "للقوات المسلحة", "للقوات الشعبية", "للشرطة القضائية" at q: a body's head or a group in لل with
    an adjective of kind right after it (no nationality: "للحكومة الأفغانية" is a state's own body, whom one
    spoke to or gave to) names the forces or people a body commands or gathers, the body's remit; a bare one
    ("للحكومة") is whom it spoke or gave to. None when no such adjective follows."""
    norm = normalize("ال" + doc[q].text[2:])
    if not doc[q].text.startswith("لل") or (norm not in lexicon.groups() and lexicon.org_heads().get(norm[2:]) != MILITARY):
        return None  # "للمجموعة الاقتصادية": another body, whose own name may run on
    end = _member_adjectives_end(doc, q)
    if end < len(doc) and not doc[end].is_space and (nisba_country(doc, end) or two_word_nisba_at(doc, end)):
        return None  # "للقوات المسلحة <الجنسية>": a state's own forces, whom one gave to or fought
    if end < len(doc) and doc[end].text.startswith("ل") and not is_function_word(doc[end]):
        return None  # a remit of its own after them: a longer name this reading would cut short
    return end if end > q + 1 else None


def _forces_word(text: str) -> bool:
    """"للقوات", "والجيش": a word whose stem, the article and a proclitic off, heads armed forces (org_heads kind military)."""
    stem = text[2:] if text.startswith("لل") else text[3:] if text.startswith("وال") else ""
    return bool(stem) and lexicon.org_heads().get(normalize(stem)) == MILITARY


def _conjunct_forces_end(doc: Doc, end: int) -> int:
    """End of "والقوات المسلحة" right after the forces a body belongs to (up to `end`): a second force joined by و
    ("القيادة العامة للجيش والقوات المسلحة") is of the same command, its adjectives with it; `end` when none."""
    q = skip_space(doc, end)
    if q != end or q >= len(doc) or not _forces_word(doc[q].text):
        return end
    return _member_adjectives_end(doc, q)


def forces_owner_end(doc: Doc, end: int) -> int | None:
    """End of the known armed forces in لل right after a body's described genitive ("هيئة الأركان العامة
    للقوات المسلحة", "إدارة العلاقات العامة للقوات المسلحة"): a staff or department of the forces, named with
    them as a sub-body is with the body it belongs to. None when no known force in لل stands there."""
    q = skip_space(doc, end)
    if q != end or q >= len(doc) or not doc[q].text.startswith("لل") or not _forces_word(doc[q].text):
        return None
    known = known_entity_at(doc, q, ("Organization",))
    return _conjunct_forces_end(doc, known[0]) if known is not None else None


def _staff_of_forces(doc: Doc, end: int) -> bool:
    """A genitive closing with an adjective of standing ("الأركان العامة", "العلاقات العامة") up to `end`, then
    known armed forces in لل: the body is a staff or department of those forces (forces_owner_end)."""
    return end > 0 and normalize(doc[end - 1].text) in BODY_MODIFIERS and forces_owner_end(doc, end) is not None


def _served_region_end(doc: Doc, q: int) -> int | None:
    """End of a known place written with لـ on it at q ("لأفريقيا الجنوبية", "لتيمور الشرقية") right after a
    body's name: the land or region the body serves or governs, part of its name ("مجموعة التنمية لـ<إقليم>",
    "المجلس الأعلى لـ<إقليم>"), where what follows the place closes the phrase: punctuation, a quote, a function
    word ("أن") or a word no ordinary noun (a name). An ordinary word after it is the object of a verb that gives
    the place something ("قدمت المنظمة لـ<بلد> مساعدات"), no name. The ل must be the clitic: a place whose name
    opens with ل ("لندن") or a given name ("ليون") is no remit."""
    known = known_entity_match(doc, q, ("Place",))
    if known is None or known[2] != 1 or not doc[q].text.startswith("ل") or doc[q].text.startswith("لل"):
        return None
    p = prev_word(doc, q)
    if p is not None and _participle(normalize(doc[p].text)):
        return None  # "الحزب الاشتراكي الموالي لـ<بلد>": a participle of loyalty or opposition governs the place
    end = known[0]
    r = skip_space(doc, end)
    if r >= len(doc) or is_punct(doc[r]) or is_quote(doc[r]) or doc[r].text in "()":
        return end
    t = doc[r]
    if is_function_word(t) or (is_arabic_word(t) and not t.text.startswith(("ال", "وال"))
                               and not any(is_ordinary_word(normalize(stem)) for _, stem in clitic_variants(t.text))):
        return end  # a name: no reading of the word, a clitic off or not, is an ordinary word ("بأغلبية" is)
    return None


# the fewest letters of a definite participle of the derived stems ("الموالي", "المعارض", "المناهض")
PARTICIPLE_LETTERS = 6


def _participle(norm: str) -> bool:
    """A definite active participle of a derived stem (ال + مـ ...): "الموالي", "المعارض", "المؤيد"; such a
    word takes its object with لـ ("الموالي لـ<بلد>": loyal to it), no region served."""
    return norm.startswith("الم") and len(norm) >= PARTICIPLE_LETTERS


def _remit_noun(stem: str) -> bool:
    """The normalised word after a remit's لـ may open it: an ordinary noun of news, no body head ("لحكومة" is
    whom it was given to) unless a verbal noun too ("لإدارة"), or a sound feminine plural no name is ("لتعاونيات", "لنقابات": the member bodies a
    federation unites), which the word counts of news may not hold."""
    if stem in lexicon.org_heads() and stem not in VERBAL_HEADS:
        return False  # but "لإدارة السجون", "لتنظيم الاتصالات": a verbal noun of managing or regulating, the remit
    return is_ordinary_word(stem) or _definite_form_ordinary(stem) \
        or (stem.endswith("ات") and len(stem) >= 5 and not is_known_name_word(stem))


VERBAL_NOUN_LETTERS = 4   # "سلامة", "إحصاء": the fewest letters of a remit's verbal noun read through its definite form


def _definite_form_ordinary(stem: str) -> bool:
    """"لسلامة", "لإحصاء": a verbal noun in construct, which news writes mostly with the article: the word counts
    saw its definite form ("السلامة") and never inside a name, so the bare form is an ordinary noun too. Four
    letters at least, as the verbal nouns of remits have: "لغرض", "لهدف" (for the purpose of) open a purpose."""
    seen, outside = word_counts().get("ال" + stem, (0, 0))
    return len(stem) >= VERBAL_NOUN_LETTERS and seen > 0 and outside == seen


def _members_of_bodies(doc: Doc, stem: str, q: int, nxt: int) -> bool:
    """"لنقابات العمال", "لتعاونيات المزارعين": a plural of bodies (a sound feminine plural) right before the
    definite plural of the people they gather, a group word no rule lets into a remit elsewhere."""
    return stem.endswith("ات") and nxt == q + 1 and doc[nxt].text.startswith("ال") \
        and normalize(doc[nxt].text) in lexicon.groups() \
        and known_entity_at(doc, nxt, ("Place", "Organization", "Person")) is None


def _general_before_remit(doc: Doc, q: int) -> bool:
    """"العام" (also "the year") right before a remit in لـ ("الاتحاد العام للعمل", "الاتحاد العام لنقابات
    <people>"): "general", the kind of the body whose remit follows."""
    r = skip_space(doc, q + 1)
    return normalize(doc[q].text) in BODY_MODIFIERS and r == q + 1 and r < len(doc) and doc[r].text.startswith("ل") \
        and remit_end(doc, r) > r


def _conjunct_places_end(doc: Doc, end: int) -> int:
    """End of the places joined by و to the place a remit names ("لاستقلال <بلد> و<بلد>"): one cause of two
    lands, part of the name."""
    q = skip_space(doc, end)
    while q < len(doc) and doc[q].text.startswith("و") and (place := known_entity_at(doc, q, ("Place",))) is not None:
        end = place[0]
        q = skip_space(doc, end)
    return end


CONCERNED = lexicon.function_words().concerned
# "الخاص بـ": "dedicated to", a body's remit only with two words or more ("بالترويج السياحي")
DEDICATED = lexicon.function_words().dedicated
# "العالمي": after a relative adjective of a field, the scope that closes a body's name
NAME_SCOPE = lexicon.function_words().name_scope
BODY_SCOPE = lexicon.function_words().body_scope
# "المؤتمر": a body head that is also an event's noun, whose remit in لـ is the event's purpose
EVENT_HEADS = lexicon.function_words().event_head


def concerned_end(doc: Doc, c: int, words: frozenset[str] = CONCERNED) -> int:
    """End of "المعنية بحقوق الإنسان", "المعنية بمتابعة الاتفاق": "concerned with" at c and its remit in بـ
    (بال + a definite noun, or بـ + an ordinary noun, maybe an indefinite one in construct, and a definite
    one, with their adjectives and conjuncts); c when none stands there."""
    q = skip_space(doc, c + 1)
    if normalize(doc[c].text) not in words or q >= len(doc) or q > c + 2:
        return c
    text = doc[q].text
    if text.startswith("بال") and len(text) > 4:
        if known_entity_at(doc, q, ("Place", "Organization", "Person")) is not None or match_title(doc, q):
            return c
        norm = normalize("ال" + text[3:])
        return c if norm in lexicon.groups() or norm[2:] in lexicon.org_heads() else _remit_tail(doc, q + 1)
    if not text.startswith("ب") or text.startswith("بال") or len(text) <= 3:
        return c
    stem = normalize(text[1:])
    if not is_ordinary_word(stem) or stem in lexicon.org_heads():
        return c
    nxt = skip_space(doc, q + 1)
    if nxt < len(doc) and nxt <= q + 2 and _construct_noun(doc, nxt):
        nxt = skip_space(doc, nxt + 1)  # "بمتابعة تنفيذ الاتفاق": an indefinite noun in the chain
    if nxt < len(doc) and nxt <= q + 4 and _remit_word(doc, nxt) and not doc[nxt].text.startswith("وال"):
        return _remit_tail(doc, nxt + 1)
    return c


def _dedicated_end(doc: Doc, k: int, q: int) -> int:
    """End of "الخاص بالترويج السياحي" after a definite head and its adjectives k..q (the feminine الخاصة
    among them, the masculine after them): a remit of two words or more; k when none stands there, as in
    "اللجنة الخاصة بالتحقيق" (a committee described by its task, no name)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    c = q - 1 if q > k and normalize(toks.texts[q - 1]) in DEDICATED else q
    if c >= len(doc) or normalize(toks.texts[c]) not in DEDICATED:
        return k
    end = concerned_end(doc, c, DEDICATED)
    return end if end >= skip_space(doc, c + 1) + 2 else k


NO_REMIT_KINDS = {"company", "media", "military"}


def _remit_may_follow(doc: Doc, norm: str, k: int, q: int) -> bool:
    """A remit in لـ + a noun in construct after the definite head `norm` and its adjectives k..q names a body
    only when they are relative adjectives or kinds of body ("الهيئة الوطنية", "الهيئة العامة") and the head
    names no event, company, outlet or force: "البنك التجاري لتمويل المشروع", "القيادة الحكيمة لفلان" and
    "المؤتمر الدولي لدعم الاستثمار" are a purpose or an owner, no name."""
    return norm not in EVENT_HEADS and lexicon.org_heads().get(norm[2:]) not in NO_REMIT_KINDS \
        and all(is_nisba(doc[j].text) or normalize(doc[j].text) in BODY_MODIFIERS for j in range(k, q))


def _runs_on(doc: Doc, end: int) -> bool:
    """A definite word no function or time word goes on after a remit read up to `end` ("لمنطقة التجارة
    الحرة ..."): the name runs past what the remit reads, and so is better not cut short."""
    q = skip_space(doc, end)
    return q < len(doc) and doc[q].text.startswith(("ال", "وال")) and is_arabic_word(doc[q]) \
        and not is_function_word(doc[q]) and not is_time_word(doc[q])


INSTITUTION_FIELDS = lexicon.function_words().institution_field
# "شرطة", "حرس", "إذاعة": heads of a state's own forces and services
STATE_BODY_HEADS = lexicon.function_words().state_body_head
BODY_CLASS_NOUNS = lexicon.function_words().unnamed_body


def _institution_named_by_field(doc: Doc, head: str, k: int) -> bool:
    """A definite class noun of bodies (`head`, with its article) and right after it the field of a state's
    standing body ("اللجنة الانتخابية", "الجمعية التأسيسية"): each state has one, so the phrase names it wherever
    it stands, as a speaker or not. A state's own force or service is such a head too ("الشرطة العسكرية",
    "الحرس الرئاسي")."""
    return (head in BODY_CLASS_NOUNS or head[2:] in STATE_BODY_HEADS) and normalize(doc[k].text) in INSTITUTION_FIELDS


def _head_names_another(doc: Doc, i: int, head: str, k: int) -> bool:
    """The class noun of the body at i (`head`, with its article) opens another name elsewhere in the article, with
    or without the article and another definite word after it than the field at k ("اللجنة الوطنية للانتخابات", "المحكمة
    العليا للانتخابات"): the phrase at i describes that body, in a headline before it or in a reference after it, the
    more so when that name holds the field's stem. Not, without it, a body the gazetteer knows ("مجلس النواب", "مجلس
    الأمن"), nor one named by its own adjective alone ("المجلس البلدي"): a council of another field, another body."""
    forms, field = {head, head[2:]}, normalize(doc[k].text)
    stem = _field_stem(field)
    for p in range(len(doc)):
        if p == i or not token_infos(doc)[p].norms & forms:
            continue
        n = skip_space(doc, p + 1)
        if n < len(doc) and doc[n].text.startswith(("ال", "لل")) and not is_function_word(doc[n]) \
                and normalize(doc[n].text) != field \
                and (_holds_stem(doc, n, stem) or not _another_field_s_body(doc, p, n)):
            return True  # a definite genitive, adjective or remit: another name; a verb after it is a reference
    return False


NAME_WORDS_HOLDING_FIELD = 3   # the words of the other name, from its first after the class noun, that may hold the field
FIELD_ENDINGS = ("يه", "ي", "ه")   # a relative adjective's endings, feminine first (normalised ة)


def _field_stem(field: str) -> str:
    """"الانتخابيه" -> "انتخاب": the field adjective without its article and relative ending."""
    stem = field[2:] if field.startswith("ال") else field
    for ending in FIELD_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            return stem[:-len(ending)]
    return stem


def _holds_stem(doc: Doc, n: int, stem: str) -> bool:
    """Does one of the words from n on (NAME_WORDS_HOLDING_FIELD at most) hold the field's stem ("للانتخابات")?"""
    texts = tokens_of(doc).texts
    return any(stem in normalize(texts[q]) for q in range(n, min(len(doc), n + NAME_WORDS_HOLDING_FIELD)))


def _another_field_s_body(doc: Doc, p: int, n: int) -> bool:
    """The name at p is a body of its own: one the gazetteer knows, or its class noun and one definite adjective with
    nothing definite or in لـ after it ("المجلس البلدي", "المجلس الحكومي"), a standing body of another field."""
    if known_entity_at(doc, p, ("Organization",)) is not None:
        return True
    if not doc[n].text.startswith("ال") or not is_nisba(doc[n].text):
        return False
    q = skip_space(doc, n + 1)
    return q >= len(doc) or not tokens_of(doc).texts[q].startswith(("ال", "ل"))


def _scoped_name(doc: Doc, head: str, k: int, q: int) -> bool:
    """"المنتدى الزراعي الدولي": a relative adjective of a field, then one of scope, after a head that is no
    class noun of bodies ("المنظمة الطبية الدولية" describes a body named before), of armed forces or of
    an event ("المؤتمر الطبي الدولي")."""
    return q - k == 2 and is_nisba(doc[k].text) and normalize(doc[k].text) not in NAME_SCOPE | BODY_SCOPE \
        and normalize(doc[k + 1].text) in NAME_SCOPE and head not in lexicon.body_classes() \
        and lexicon.org_heads().get(head) != "military" and head not in EVENT_HEADS


def _construct_noun(doc: Doc, q: int) -> bool:
    """An indefinite ordinary noun inside a construct chain: no article, conjunction, preposition or
    pronoun on it, no function, time or body word, no known name, and a definite word after it."""
    text = doc[q].text
    nxt = skip_space(doc, q + 1)
    return is_arabic_word(doc[q]) and not text.startswith(("ال", "و", "ف", "ل", "ب")) \
        and is_ordinary_word(normalize(text)) and not is_function_word(doc[q]) and not is_time_word(doc[q]) \
        and not ends_in_pronoun(text) and normalize(text) not in lexicon.org_heads() \
        and known_entity_at(doc, q, ("Place", "Organization", "Person")) is None \
        and nxt < len(doc) and nxt <= q + 2 and doc[nxt].text.startswith("ال")


def _about_end(doc: Doc, end: int) -> int:
    """"للدفاع عن حقوق الإنسان": عن, an ordinary noun and the definite noun it is in construct with."""
    q = skip_space(doc, end)
    if q >= len(doc) or q > end + 1 or normalize(doc[q].text) != normalize("عن"):
        return end
    noun, nxt = skip_space(doc, q + 1), skip_space(doc, q + 2)
    if nxt < len(doc) and not doc[noun].text.startswith(("ال", "و")) and is_ordinary_word(normalize(doc[noun].text)) \
            and not is_function_word(doc[noun]) and _remit_word(doc, nxt) and not doc[nxt].text.startswith("وال"):
        return _remit_tail(doc, nxt + 1)
    return end


# "الدفاع", "الحوار": verbal nouns whose object a body's remit names through عن or بين
REMIT_GOVERNING = lexicon.function_words().remit_governing
GOVERNED_PREPOSITIONS = (normalize("عن"), normalize("بين"))


def _governed_remit_end(doc: Doc, q: int, end: int) -> int:
    """"للدفاع عن الدستور", "للحوار بين الأديان": a remit in لل of defending or dialogue right before عن or بين
    and one definite noun (with its adjectives or conjuncts), the cause the body stands for, part of its name.
    Only after these verbal nouns: after others عن opens what a verb was told about or who reported
    ("أعلنت اللجنة للانتخابات عن النتائج")."""
    if end != q + 1 or not doc[q].text.startswith("لل") or normalize("ال" + doc[q].text[2:]) not in REMIT_GOVERNING:
        return end
    p = skip_space(doc, end)
    if p >= len(doc) or p > end + 1 or normalize(doc[p].text) not in GOVERNED_PREPOSITIONS:
        return end
    r = skip_space(doc, p + 1)
    if r >= len(doc) or r > p + 1 or not doc[r].text.startswith("ال") or not _remit_word(doc, r):
        return end
    return _remit_tail(doc, r + 1, governed=False)


# "الوطني/الوطنية": the adjective of the state's own institutions; not after a head that is also a concept
# ("الأمن الوطني": national security)
NATIONAL = lexicon.function_words().national_adjective
ABSTRACT_HEADS = lexicon.function_words().abstract_head


def _national_remit_end(doc: Doc, end: int) -> int:
    """"الهيئة الوطنية للصيادلة", "اللجنة الوطنية للنقابة": after "national" a remit in لل names whom the body is
    the national one of, a profession or a party too, which after a nationality would be whom it spoke to; not
    when people whom it spoke to come before what was said ("قالت الوكالة الوطنية للصحفيين إن"). `end` when none stands there."""
    q = skip_space(doc, end)
    if q >= len(doc) or q > end + 1 or not doc[q].text.startswith("لل") or len(doc[q].text) < 5 \
            or is_time_word(doc[q]) or normalize("ال" + doc[q].text[2:]) in time_words() or match_title(doc, q):
        return end
    tail = _remit_tail(doc, q + 1)
    after = skip_space(doc, tail)
    if after < len(doc) and (doc[after].text == ":" or normalize(doc[after].text) in COMPLEMENTIZERS) \
            and normalize("ال" + doc[q].text[2:]) in lexicon.groups():
        return end
    return tail


def _scoped_members_remit(doc: Doc, q: int) -> bool:
    """"الاتحاد الدولي للصحفيين", "المجلس المركزي لليهود": a group in لل right after a definite head's adjective of
    scope ("international", "central") is the people the body unites, its remit, as after "national" (see
    _national_remit_end); not when what was said follows the group ("قال المجلس الدولي للصحفيين إن": whom it
    spoke to), nor a body's head ("للحكومة")."""
    norm = normalize("ال" + doc[q].text[2:])
    if q == 0 or normalize(doc[q - 1].text) not in SCOPE_ADJECTIVES - NATIONAL or norm not in lexicon.groups() \
            or norm[2:] in lexicon.org_heads():
        return False
    after = skip_space(doc, _remit_tail(doc, q + 1))
    return not (after < len(doc) and (doc[after].text == ":" or normalize(doc[after].text) in COMPLEMENTIZERS))


def _plural_adjective_end(doc: Doc, end: int) -> int:
    """End of a definite relative adjective in the sound plural ("الاستقصائيين") right after a group of persons
    that ends at `end`: it describes them, a word of the body's name. `end` when none stands there."""
    if end >= len(doc) or doc[end].is_space or not doc[end].text.startswith("ال") or is_function_word(doc[end]):
        return end
    norm = normalize(doc[end].text)
    return end + 1 if norm.endswith(("يين", "يون")) and len(norm) >= 7 and nisba_country(doc, end) is None else end


def _adjectives_to_nationality(doc: Doc, k: int, limit: int = 3, national: bool = False) -> int:
    """End of the adjectives after a definite body head when a nationality is among them, with the
    body's kind after it ("الحكومة الصومالية الانتقالية", "المجلس الوطني الأعلى الصومالي"); k when there is none.
    With `national`, "الوطني/الوطنية" counts as the nationality ("اللجنة الوطنية", "الديوان الوطني")."""
    texts = tokens_of(doc).texts   # (read off the kept list: asked after every body head, doc[q] builds a Token)
    q, end = k, k
    while q < len(doc) and q - k < limit + 1 and texts[q].startswith("ال"):
        norm = normalize(texts[q])
        if is_function_word(doc[q]) and norm not in BODY_MODIFIERS:
            break  # but "العام" is "general" here, not "the year"
        if two_word_nisba_at(doc, q):
            return skip_space(doc, q + 1) + 1  # "الهيئة الجنوب أفريقية": a nationality of two words
        if nisba_country(doc, q):
            if not norm.endswith(("ي", "يه")):
                break  # "دعا الحزب الهنود / الباكستانيين": a people in the plural is the verb's object, no adjective
            end = q + 1
        elif national and norm in NATIONAL and normalize(texts[k - 1]) not in ABSTRACT_HEADS:
            end = q + 1  # "اللجنة الوطنية": "national" names the state's own body, as its nationality would
        elif end > k and norm in BODY_MODIFIERS:
            end = q + 1
        elif end > k or not (norm in BODY_MODIFIERS or is_nisba(texts[q])) or norm in CHAIN_STOP:
            break
        q += 1
    return end


INTEREST_HEADS = lexicon.function_words().interest_head


def _whose_interest(doc: Doc, head: str, definite: bool, k: int) -> bool:
    """"مصلحة <بلد>", "المصلحة العامة": the noun of interest with the article, or before a state's or place's
    name, is whose interest it is; a department is named by its field ("مصلحة الضرائب")."""
    if head not in INTEREST_HEADS:
        return False
    return definite or (k < len(doc) and known_entity_at(doc, k, ("Place",)) is not None)


def _office_end(doc: Doc, k: int) -> int | None:
    """End of "لرئيس الوزراء" after a definite office noun and its adjectives ("المكتب الصحفي لرئيس
    الجمهورية"); a nationality may follow. Not "مكتب رئيس الجامعة": that is often the building."""
    q = k
    while q < len(doc) and q - k < 2 and doc[q].text.startswith("ال") and is_nisba(doc[q].text):
        q += 1
    if q == k or q >= len(doc) or not doc[q].text.startswith("ل"):
        return None
    title = match_title(doc, q)
    # "المكتب الإعلامي لوزارة الصحة": the office of a body, named by its head noun and chain, as "للرئاسة" is
    body = not doc[q].text.startswith("لل") and normalize(doc[q].text[1:]) in lexicon.org_heads() \
        and body_chain_end(doc, q + 1) > q + 1
    if not title and not body:
        return None
    end = title[0] if title else body_chain_end(doc, q + 1)
    nxt = skip_space(doc, end)
    return nxt + 1 if nxt < len(doc) and nisba_country(doc, nxt) else end


def _speaking_office_end(doc: Doc, i: int, norm: str, k: int) -> int | None:
    """End of an indefinite office noun and the title of the one it serves, with a nationality after it, where
    it speaks: right after a verb of speech or "عن" ("أفاد مكتب المدعي العام بأن", "نقلا عن مكتب رئيس
    البرلمان"), the office is a body; elsewhere ("بالقرب من مكتب رئيس البلدية") it is as often the building."""
    if "ال" + norm not in lexicon.function_words().office_head or k >= len(doc) or k > i + 1:
        return None
    p = prev_word(doc, i)
    speaking = any(cue.kind == "verb" for cue in cues_before(doc, i)) \
        or (p is not None and normalize(doc[p].text) == normalize("عن"))  # a statement "from" it; not "بالقرب من"
    if not speaking or (title := match_title(doc, k)) is None:
        return None
    end = title[0]
    if end == k + 1 and end < len(doc) and doc[end].text.startswith("ال") and not is_function_word(doc[end]):
        end += 1  # "رئيس القضاة": a title of one word in construct with whom it heads
    nxt = skip_space(doc, end)
    return nxt + 1 if nxt < len(doc) and nisba_country(doc, nxt) else end


def _served_body_form(doc: Doc, k: int, end: int) -> str | None:
    """The name of the body an office serves ("رئاسة الجمهورية" of "المكتب الإعلامي لرئاسة الجمهورية"), its ل
    off: news reports the office's word as the body's own, so the office goes by the body's name;
    None when the office serves a title holder ("المكتب الصحفي لرئيس الوزراء")."""
    q = k
    while q < end and doc[q].text.startswith("ال") and is_nisba(doc[q].text):
        q += 1
    if q >= end or doc[q].text.startswith("لل") or match_title(doc, q) \
            or normalize(doc[q].text[1:]) not in lexicon.org_heads():
        return None
    return clean_surface(" ".join([doc[q].text[1:]] + [t.text for t in doc[q + 1:end] if not t.is_space]))


def _known_whole(doc: Doc, i: int, end: int) -> bool:
    """The words i..end are a body's whole name a table knows ("الاتحاد الأوروبي"): a noun in لـ after it is the
    object of what is done to it ("يعرض الاتحاد الأوروبي للخطر"); a longer known name is the table's own row
    ("الاتحاد الأوروبي لكرة القدم")."""
    known = known_entity_at(doc, i, ("Organization",))
    # a state's institution known by its kind alone ("المحكمة العليا") names another body with a remit after it
    return known is not None and known[0] == end and known[1] not in GENERIC_INSTITUTIONS


def _known_body(doc: Doc, i: int, end: int) -> bool:
    """The name from token i to `end` is one a table knows ("منظمة الصحة العالمية") or holds one ("قوات
    <الاتحاد>"): the known body's own name or part, no branch of a body no table knows."""
    return any(known_entity_at(doc, k, ("Organization",)) is not None for k in range(i, end))


PURPOSE_LINK = lexicon.function_words().purpose_link
# "حزب": a class noun news drops before a party's definite name of two words or more
PARTY_CLASS_NOUNS = lexicon.function_words().party_class_noun
# the kinds of body named by a cause after "من أجل": parties, movements, unions and leagues, no state body or firm
PURPOSE_KINDS = frozenset({"party", "other"})


def _collective_head(doc: Doc, p: int) -> bool:
    """Token p is the definite head of a party, movement, union or league ("الحركة", "التحالف", "الاتحاد")."""
    text = doc[p].text
    return text.startswith("ال") and lexicon.org_heads().get(normalize(text[2:])) in PURPOSE_KINDS


def _party_name_word(doc: Doc, head: str, k: int) -> bool:
    """The one definite word at k after an indefinite head opens a name a cause in "من أجل" may close: a
    collective head ("حزب الحركة من أجل التغيير"), or any definite noun after the class noun "حزب" ("حزب
    الشعب من أجل الحرية", "حزب الوحدة من أجل <بلد>"): a party's name, no purpose of what it does."""
    if _collective_head(doc, k):
        return True
    return head in PARTY_CLASS_NOUNS and _named_by_a_cause(doc, k)


def _named_by_a_cause(doc: Doc, k: int) -> bool:
    """The definite word at k after an indefinite head, then "من أجل" and a definite cause, is a name ("تحالف
    الأمل من أجل التغيير"), unless a present verb stands before the head ("يعمل تحالف الأحزاب من أجل الفوز")."""
    return doc[k].text.startswith("ال") and not _after_a_present_verb(doc, k) and _definite_cause(doc, k + 1)


def _definite_cause(doc: Doc, end: int) -> bool:
    """The word after "من أجل" at `end` is definite or a known place ("من أجل الحرية", "من أجل <بلد>"), as
    parties' causes are; an indefinite verbal noun in construct ("من أجل تحقيق الفوز") is what is done."""
    q = skip_space(doc, end)
    s = skip_space(doc, skip_space(doc, q + 1) + 1)
    return s < len(doc) and (doc[s].text.startswith("ال") or known_entity_at(doc, s, ("Place",)) is not None)


def _name_stands_alone(doc: Doc, k: int, end: int) -> bool:
    """The words k..end after a party's class noun are a name news uses without it: two words or more, opening
    with a definite noun ("حزب الوسط الديمقراطي") or holding a country's or city's name ("حزب إخوان <بلد>",
    "كتلة <بلد> الأبية"); a single word ("حزب الله", "حزب الأمة") is an ordinary word alone."""
    if word_count(doc, k, end) < 2:
        return False
    return doc[k].text.startswith("ال") or any(known_entity_at(doc, m, ("Place",)) is not None for m in range(k, end)
                                              if not doc[m].is_space)


def _after_a_present_verb(doc: Doc, k: int) -> bool:
    """The class noun before token k follows a verb in the present that is no cue of speech ("يعمل حزب
    الشعب من أجل الفوز"): "من أجل" is then the purpose of what the party does, no part of its name."""
    head = prev_word(doc, k)
    verb = prev_word(doc, head) if head is not None else None
    if verb is None or is_function_word(doc[verb]) or not normalize(doc[verb].text).startswith(("ي", "وي", "في", "سي")):
        return False  # "في حزب ...": a preposition, no verb
    return not any(cue.kind == "verb" for cue in cues_before(doc, head))


def _named_where_bodies_stand(doc: Doc, i: int) -> bool:
    """A definite head at i after punctuation, a quote, the text's start, a class noun ("حزب", "ائتلاف") or a
    title ("زعيم"): a name stands there; after a verb "الحركة من أجل" is a purpose ("تعمل الحركة من أجل ...")."""
    p = prev_word(doc, i)
    if p is None or is_punct(doc[p]) or is_quote(doc[p]):
        return True
    norm = normalize(doc[p].text)
    return norm in lexicon.org_heads() or norm in lexicon.titles() or _possessed_party_noun_before(doc, i)


def _purpose_end(doc: Doc, end: int) -> int:
    """End of "من أجل الديمقراطية", "من أجل نهضة البلاد", "من أجل <بلد>" right after a body's head and its
    adjectives (up to `end`): the cause a party or union is named by (pour / por); `end` when none stands there."""
    q = skip_space(doc, end)
    r = skip_space(doc, q + 1)
    if r >= len(doc) or r > q + 1 or normalize(f"{doc[q].text} {doc[r].text}") not in PURPOSE_LINK:
        return end
    s = skip_space(doc, r + 1)
    if s >= len(doc) or not is_arabic_word(doc[s]) or is_time_word(doc[s]) or match_title(doc, s):
        return end
    if not doc[s].text.startswith("ال") and (place := known_entity_at(doc, s, ("Place",))) is not None:
        return place[0]
    if is_function_word(doc[s]):
        # "من أجل أن", "من أجل ذلك": a clause or a pronoun; but a noun that reads as a function word too
        # ("وحدة", "alone") in construct with a definite noun opens a cause
        t = skip_space(doc, s + 1)
        if doc[s].text.startswith("ال") or t >= len(doc) or t > s + 1 or not doc[t].text.startswith("ال") \
                or is_function_word(doc[t]):
            return end
        return body_chain_end(doc, t)
    chain = body_chain_end(doc, s)
    return chain if chain > s else end


# the kinds of body named by a genitive and then a remit in لـ ("معهد <مدينة> للدراسات"): institutes, centres,
# unions, committees, funds, and parties and blocs ("كتلة <اسم> للمقاومة": the cause a party is named by); a state
# body, firm, outlet or force after its genitive takes لـ as an object or purpose
REMIT_NAMED_KINDS = frozenset({"other", "party"})


def _after_a_call(doc: Doc, i: int) -> bool:
    """A verb of calling or asking right before the body at i: "دعا اتحاد الشغل للإضراب", the لـ after the
    body's name is what is called for, no remit."""
    return any(cue.act in ("call", "request") for cue in cues_before(doc, i))


# the kinds of body a place's name and a remit after the head may name ("جامعة <مدينة> للعلوم"), no state body
# ("حكومة <بلد> للمشاركة": for taking part, no remit)
PLACE_REMIT_KINDS = frozenset({"other", "company", "media"})


def _remit_after_quote(doc: Doc, kind: str | None, close: int) -> int:
    """End of a remit right after the closing quote at `close` of a body's quoted name ("مركز «فلانيا»
    للدراسات الأوروبية"), for the kinds of REMIT_NAMED_KINDS; `close` when none, or when a definite word runs on."""
    if kind not in REMIT_NAMED_KINDS or close >= len(doc) or not is_quote(doc[close]):
        return close
    remit = remit_end(doc, close + 1)
    return remit if remit > close + 1 and not _runs_on(doc, remit) else close


def members_of_known_body_end(doc: Doc, k: int) -> int:
    """End of a known body named after a part's head and a plural of its members in construct ("بعثة مراقبي
    <منظمة>", "مكتب ممثلي <اتحاد>"): the members' noun is a group noun of the tables in its construct form (its
    definite plural in -ين is listed), the body right after it, known or an indefinite head and its chain; k when
    none stands there."""
    t = doc[k]
    norm = normalize(t.text)
    if t.text.startswith(("ال", "و")) or is_function_word(t) or not norm.endswith("ي") \
            or normalize("ال" + t.text + "ن") not in lexicon.groups():
        return k
    n = skip_space(doc, k + 1)
    if n >= len(doc) or n > k + 2:
        return k
    if (known := known_entity_at(doc, n, ("Organization",))) is not None:
        return known[0]
    # a body no table knows by that form, named by its head and its chain: "بعثة مراقبي مجموعة تنمية <إقليم>"
    chain = body_chain_end(doc, skip_space(doc, n + 1)) if normalize(doc[n].text) in lexicon.org_heads() else n + 1
    return chain if chain > n + 1 else k


# the most words of a website's quoted name ("موقع «فلان بوست»")
SITE_NAME_WORDS = 3


def _quoted_site_name_end(doc: Doc, k: int, limit: int = SITE_NAME_WORDS) -> int:
    """End of a website's name quoted after "موقع" at k, its closing quote left for the caller: "موقع «فلانيا»",
    "موقع «فلان ميديا»" name an outlet (unquoted, "موقع" is as often a site or a position). A short name, no
    word of it a function word and the first no preposition on a word ("موقع «لضمان ...»" quotes a slogan);
    k when none."""
    end = quoted_name_end(doc, k, limit)
    words = [t for t in doc[k:end] if not t.is_space]
    if not words or any(is_function_word(t) for t in words) or _preposition_on_word(words[0].text):
        return k
    return end


QUOTED_NAME_ONLY_HEADS = lexicon.function_words().quoted_name_only_head
# the most words of a quoted name after such a head: a name, not a slogan or a quotation
QUOTED_ONLY_NAME_WORDS = 3


def quoted_name_only_candidates(doc: Doc) -> list[Candidate]:
    """"تيار «فلان»", "عصابة «فلانوس»", "حملة «معا للغد»", "منصة «فلانيا»": an indefinite noun of a kind of body
    that is an ordinary noun too names a body by the short name in quote marks right after it (unquoted, "التيار
    المحافظ" is a current of opinion, "حملة اعتقالات" a campaign of arrests). The body is named by the quoted name,
    and with its noun. A name of a few words, no function word among them and no preposition on the first
    ("حملة «لا»", "حملة «تفتقر إلى ...»" quote what was said), or letters spelled in Arabic ("«دي إس-9»")."""
    out: list[Candidate] = []
    toks = tokens_of(doc)
    # (only the words that may be such a noun: the Doc's words are put to the test once, see words_where)
    for i in words_where(doc, _may_head_quoted_name_only):
        if i >= len(doc) - 2:
            break
        reading = _quoted_name_only_head(toks.texts[i])
        k = skip_space(doc, i + 1)
        if reading is None or k >= len(doc) or doc[k].text not in QUOTE_OPENERS:
            continue
        end = _quoted_site_name_end(doc, k + 1, QUOTED_ONLY_NAME_WORDS)
        if end == k + 1:
            end = quoted_short_name_end(doc, k + 1, QUOTE_OPENERS[doc[k].text]) or k + 1
        if end == k + 1 or known_entity_at(doc, k + 1, ("Place", "Person", "Organization")) is not None:
            continue  # a known name stays what it is: "منصة «إكس»" is found by the tables
        clitic, stem = reading
        s, e = span_chars(doc, i, end + 1, len(clitic))
        name = clean_surface(text_of(doc)[doc[k + 1].idx:doc[end - 1].idx + len(doc[end - 1].text)])
        cand = Candidate(i, end + 1, s, e, clean_surface(stem + " " + name), "Organization", "org")
        cand.extra_forms.add(name)
        out.append(cand)
    return out


@lru_cache(maxsize=65536)
def _quoted_name_only_head(text: str) -> tuple[str, str] | None:
    """The (clitic, stem) reading of a word that makes it a noun of QUOTED_NAME_ONLY_HEADS ("تيار", "وحملة"), the
    first in clitic_variants' order; None when none does. Kept per word: it depends on the word alone."""
    return next(((cl, stem) for cl, stem in clitic_variants(text) if normalize(stem) in QUOTED_NAME_ONLY_HEADS), None)


def _may_head_quoted_name_only(text: str) -> bool:
    """words_where's test for quoted_name_only_candidates: an Arabic word one of whose readings is such a noun."""
    return is_arabic_text(text) and _quoted_name_only_head(text) is not None


def _preposition_on_word(text: str) -> bool:
    """"لضمان", "بهدف": a preposition written on an ordinary word, which opens a phrase, no name."""
    return text[:1] in "لب" and not name_like_text(text) \
        and any(is_ordinary_word(normalize(stem)) for cl, stem in clitic_variants(text) if cl)


def _quoted_description(doc: Doc, kind: str | None, head: str, k: int) -> bool:
    """Quoted words at k after an indefinite state body's head ("حكومة", "برلمان") that open with no article
    ("حكومة «منسجمة وقوية»", "حكومة «لكل المواطنين»", "حكومة «تضع العدالة أولا»"): a state's government is
    named by its state, its quoted name is definite ("حكومة «الوفاق»"), so words with no article describe the
    body promised or called for (adjectives, a clause, a preposition), no name."""
    return kind == "government" and head in STATE_BODY_HEADS and k < len(doc) and is_arabic_word(doc[k]) \
        and not doc[k].text.startswith("ال")


def _council_remit_end(doc: Doc, head: str, end: int) -> int:
    """"المجلس <nationality> للشؤون الدينية": a state body's head that names no state institution before a
    state's name (a council, an authority, a commission; not حكومة, شرطة, برلمان), its nationality, then a
    remit of two words or more: the remit is part of its name. A remit of one word after such a head is as
    often the purpose of a call or of help ("دعا المجلس الأوروبي للتحرك"), so it is left out; `end` when none."""
    if head in lexicon.function_words().state_body_head:
        return end
    remit = remit_end(doc, end)
    words = sum(1 for t in doc[end:remit] if not t.is_space)
    return remit if words >= 2 else end


# "جامعة": the heads of numbered universities ("جامعة <مدينة> الثانية"), where an ordinal closes the name too
NUMBERED_HEADS = lexicon.function_words().academic_head
SCOPE_ADJECTIVES = lexicon.function_words().scope_adjective


def place_named_body_end(doc: Doc, head: str, k: int, end: int) -> int:
    """End of an indefinite head's name when a known place's name opens it at k and the reading so far stops
    at or inside that name: the body's remit in لـ ("معهد <بلد> للدراسات الاستراتيجية", "وكالة <البلد>
    للفضاء") or one adjective of scope agreeing with the head ("جامعة <بلد> الوطنية", "تلفزيون <بلد>
    المركزي"; an ordinal after a university's city) closes it: the head names a body of that place, which the
    place alone does not. `end` when nothing of that stands there; a verb or preposition after the place is
    no part of it (remit_end reads لـ + a noun only), nor is "official" (it describes the body: body_chain_end)."""
    place = known_entity_at(doc, k, ("Place",)) if k < len(doc) else None
    if place is None or end > place[0]:
        return end
    p = place[0]
    if (remit := remit_end(doc, p)) > p:
        q = skip_space(doc, remit)
        # a definite word running on past the remit may be its own genitive; a title there opens a person's name
        return remit if not _runs_on(doc, remit) or match_title(doc, q) else end
    if p >= len(doc) or skip_space(doc, p) != p or not doc[p].text.startswith("ال"):
        return end
    adjective = normalize(doc[p].text)
    # "جامعة <مدينة> الحرة": an adjective of what a party or institution is (free, independent, united) names it too;
    # not "new" or "former" (BODY_STATE), which say which term of the place's body it is
    if adjective in SCOPE_ADJECTIVES or (adjective in PARTY_NAME_ADJECTIVES and adjective not in BODY_STATE):
        return p + 1 if _feminine(adjective) == _feminine(head) else end
    if head in NUMBERED_HEADS and adjective in ORDINALS and _feminine(adjective) == _feminine(head):
        return p + 1  # "جامعة <مدينة> الثانية"
    return end


def _scoped_foreign_name_end(doc: Doc, head: str, end: int) -> int:
    """End of a foreign name read after an indefinite head (normalised `head`) with an adjective of scope right
    after it that agrees with the head ("تلفزيون <بلد> المركزي", "جامعة <مدينة> الوطنية"): the body is named by
    all three, as by a known place's name (place_named_body_end); `end` when none follows."""
    q = end
    if q >= len(doc) or q == 0 or is_punct(doc[q - 1]) or is_quote(doc[q - 1]) or doc[q].is_space:
        return end
    adjective = normalize(doc[q].text)
    return q + 1 if adjective in SCOPE_ADJECTIVES and _feminine(adjective) == _feminine(head) else end


def _genitive_remit_end(doc: Doc, i: int, head: str, k: int, end: int) -> int:
    """End of a remit in لـ after an indefinite head and its genitive k..end ("معهد المدينة للسياسات",
    "لجنة الدولة للأمن القومي"): for the kinds of REMIT_NAMED_KINDS, a genitive of one or two words, no known
    body within, no verb of calling before it, and no definite word running on past the remit; `end` when none."""
    if lexicon.org_heads().get(head) not in REMIT_NAMED_KINDS or not 1 <= end - k <= 2 \
            or _known_body(doc, i, end) or _after_a_call(doc, i):
        return end
    remit = remit_end(doc, end)
    # a title after the remit opens a person's name ("عضو كتلة <اسم> للمقاومة النائب فلان"), no longer name
    return remit if remit > end and (not _runs_on(doc, remit) or match_title(doc, skip_space(doc, remit))) else end


@lru_cache(maxsize=131072)
def _may_head_org(text: str) -> bool:
    """Can a reading of the word head an organization's name (a head noun, with or without the
    article, or a portfolio)? The lexicon tables are read once, so the answer is kept per word."""
    heads = lexicon.org_heads()
    for _, stem in clitic_variants(text):
        norm = normalize(stem)
        if norm in heads or normalize(stem[2:] if stem.startswith("ال") else "") in heads or norm in PORTFOLIOS:
            return True
    return False


ACADEMIC_HEADS = lexicon.function_words().academic_head
# "مركز", "مؤسسة": named like a university by a foreign word or a founder's name ("مركز فلانكو")
RESEARCH_HEADS = lexicon.function_words().research_head


def _named_institute_remit_end(doc: Doc, k: int, end: int) -> int:
    """End of the remit in لـ after the foreign name k..end of a university, institute, centre or foundation
    ("معهد فلانكو لدراسة الإعلام", "مؤسسة فلانيا للأبحاث"): the field it works in is part of its name, unless a
    definite word runs on past it (a phrase of its own). `end` when no name or no remit stands there."""
    if end == k:
        return end
    remit = remit_end(doc, end)
    return remit if remit > end and not _runs_on(doc, remit) else end


def _eponymous_end(doc: Doc, head: str, k: int) -> int:
    """End of a university's, institute's or centre's name at k taken from a person ("جامعة <شخص>", "مركز <شخص>
    للفضاء"), its remit in لـ included; a centre or foundation only with that remit, as "مركز <شخص>" is as often
    the person's standing or position. k when no person's name stands there."""
    person = eponym_end(doc, k)
    if person == k:
        return k
    remit = _named_institute_remit_end(doc, k, person)
    if head in RESEARCH_HEADS and remit == person:
        return k
    return remit


FOREIGN_ARTICLES = lexicon.function_words().foreign_article
PLACE_PARTICLES = lexicon.function_words().place_particle


def _academic_first_word_end(doc: Doc, k: int) -> int:
    """End of the first word of a foreign name at k: a Romance article goes with the word after it ("لوس
    <اسم>", "لا <اسم>"), which it cannot name without."""
    q = skip_space(doc, k + 1)
    if normalize(doc[k].text) in FOREIGN_ARTICLES and q < len(doc) and is_arabic_word(doc[q]) \
            and not is_function_word(doc[q]) and not doc[q].text.startswith("ال") \
            and not is_ordinary_word(normalize(doc[q].text)):
        return q + 1  # (no word of news after it: "جامعة لا تقبل" is a clause, لا the negation)
    return k + 1


def _through_particle_to_place(doc: Doc, end: int) -> int:
    """"جامعة <اسم> دي <مدينة>": a name cut at its last word, a Romance particle, before a known place's name
    runs through it to the place (the city the body is named after)."""
    last, q = end - 1, skip_space(doc, end)
    if last >= 0 and normalize(doc[last].text) in PLACE_PARTICLES and q < len(doc) \
            and known_entity_at(doc, q, ("Place",)) is not None:
        return known_entity_at(doc, q, ("Place",))[0]
    return end


def _academic_name_end(doc: Doc, k: int) -> int:
    """End of a university's or institute's foreign name at k ("جامعة فلانيا", "معهد فلان فستان"): up to three
    words; but a name of two words or more after its first word is the person the phrase describes, and the
    body's name that one word ("الباحثة بجامعة فلانيا فلانة الفلانية")."""
    end = foreign_name_end(doc, k)
    if end == k and k < len(doc) and waw_initial_name(doc, k):
        end = k + 1  # "جامعة واسكا": a foreign name may begin with و
    first = _academic_first_word_end(doc, k) if k < len(doc) else k
    if end == k and first > k + 1:
        end = max(foreign_name_end(doc, first - 1), first)  # "جامعة لا <اسم>": لا the article, not the negation
    if end == k:
        return k
    q = skip_space(doc, first)
    if q < len(doc) and sum(not t.is_space for t in doc[q:name_end(doc, q)]) >= 2:
        return first
    return _through_particle_to_place(doc, max(end, first))


def _campus_number_end(doc: Doc, end: int) -> int:
    """"جامعة <مدينة> 3": a city's universities split into numbered ones; a one- or two-digit number right
    after the name, before no noun it counts, is part of the name."""
    q = skip_space(doc, end)
    if q != end or q >= len(doc) or not doc[q].text.isdigit() or len(doc[q].text) > 2:
        return end
    nxt = skip_space(doc, q + 1)
    if nxt < len(doc) and is_arabic_word(doc[nxt]) and is_ordinary_word(normalize(doc[nxt].text)) \
            and not is_function_word(doc[nxt]):
        return end  # "جامعة <مدينة> 3 طلاب": a count of what follows
    return q + 1


def _person_after_academic_name(doc: Doc, k: int, end: int) -> list[Candidate]:
    """The person whose name follows the one-word name of a university or institute at k..end ("بجامعة
    فلانيا فلانة الفلانية"): a name of two words or more; none when the name took the words after it."""
    q = skip_space(doc, end)
    if end != _academic_first_word_end(doc, k) or q >= len(doc):
        return []
    stop = name_end(doc, q)
    if sum(not t.is_space for t in doc[q:stop]) < 2:
        return []
    s, e = span_chars(doc, q, stop, 0)
    return [Candidate(q, stop, s, e, clean_surface(text_of(doc)[s:e]), "Person", "after_known")]


# "رئاسة", "زعامة": a verbal noun of heading, which is also a body's head ("رئاسة الجمهورية")
OFFICE_NOUNS = lexicon.function_words().office_noun
# the nouns of a meeting or an event a chair presides over ("رئاسة المؤتمر", "رئاسة القمة")
CHAIRED_EVENTS = lexicon.function_words().meeting_head | lexicon.function_words().event_head


def chairs_a_body(doc: Doc, i: int) -> bool:
    """Is token i an indefinite verbal noun of heading ("رئاسة", a clitic allowed: "لرئاسة") right before a body's
    or meeting's own definite head noun ("رئاسة المجلس", "رئاسة اللجنة", "رئاسة المؤتمر")? Then it is the chair of
    that body (its office or bureau), no body of its own: the body named after it is the one mentioned. Not before a
    state institution the lexicon knows: the office of its head is an institution of some states ("رئاسة" + the
    prosecution's or the judiciary's name, as "رئاسة الحكومة" is the premiership's)."""
    if not token_infos(doc)[i].norms & OFFICE_NOUNS:
        return False
    k = skip_space(doc, i + 1)
    if k >= len(doc) or k > i + 1 or not doc[k].text.startswith("ال"):
        return False
    if (known := known_entity_at(doc, k, ("Organization",))) is not None and known[1] in GENERIC_INSTITUTIONS:
        return False
    bare = normalize(doc[k].text[2:])
    return bare in lexicon.org_heads() or bare in CHAIRED_EVENTS or "ال" + bare in CHAIRED_EVENTS


def _may_open_org(text: str) -> bool:
    """An Arabic word org_candidates reads on from: a dual head noun, or one _may_head_org."""
    return is_arabic_text(text) and (dual_head(text) is not None or _may_head_org(text))


def org_candidates(doc: Doc) -> list[Candidate]:
    heads = lexicon.org_heads()
    toks, info = tokens_of(doc), token_infos(doc)
    out = []
    # (the words that may open a body: a dual head noun or a head noun's reading)
    for i in words_where(doc, _may_open_org):
        if (dual := dual_head(toks.texts[i])) is not None:
            out += dual_named_bodies(doc, i, dual)
            continue
        if not _may_head_org(toks.texts[i]):
            continue
        if info[i].norm in LEADER_INTRODUCERS:
            continue  # "برئاسة البرازيل": chaired by Brazil, no presidency
        if opens_office_of_body(doc, i):
            continue  # "المرشح لرئاسة الحكومة": the premiership, no body of its own
        if takes_office(doc, i):
            continue  # "تتولى رئاسة البلاد": the office taken, no presidency as a body
        if chairs_a_body(doc, i):
            continue  # "تناوب على رئاسة القمة": the chair of the summit, no presidency as a body
        for clitic, stem in clitic_variants(toks.texts[i]):
            norm = normalize(stem)
            portfolio = norm in PORTFOLIOS and not _after_definite_noun(doc, i)
            if norm not in heads and normalize(stem[2:] if stem.startswith("ال") else "") not in heads \
                    and not portfolio:
                continue
            k = i + 1
            k = skip_space(doc, k)
            quoted = k < len(doc) and toks.texts[k] in QUOTE_CHARS   # (is_quote, off the token lists)
            if quoted:
                k += 1
            definite = stem.startswith("ال")
            if quoted and not definite and _quoted_description(doc, heads.get(norm), norm, k):
                break  # "حكومة «قوية ومستقرة»": the government promised, described in quote marks, no name
            if clitic and norm in lexicon.function_words().abstract_head:
                break  # "للأمن الأميركي": security as a concept, not a body
            if _whose_interest(doc, normalize(stem[2:]) if definite else norm, definite, k):
                break  # "مصلحة <بلد>", "المصلحة العامة": an interest, no department
            cause = False  # a party's name after its class noun, with its cause in "من أجل"
            quote_close: int | None = None  # the closing quote of a quoted name a remit follows
            foreign = latin = spelled = False  # a name in foreign words or Latin letters after an indefinite head
            office = _office_end(doc, k) if definite and norm in lexicon.function_words().office_head else None
            if (normalize(stem[2:]) if definite else norm) in FOREIGN_NAME_ONLY_HEADS:
                # "موقع والانيوز": a head that is an ordinary noun too ("موقع الانفجار", "موقع عسكري")
                # names a body only by a name in foreign words or Latin letters right after it
                end = k if definite else _quoted_site_name_end(doc, k) if quoted \
                    else max(latin_name_end(doc, k), foreign_name_end(doc, k))
                if end == k and not (definite or quoted) and k < len(doc) and waw_initial_name(doc, k):
                    end = k + 1  # "موقع ويكيليكس": a foreign name may begin with و
                if end == k:
                    break
                latin, foreign = latin_name_end(doc, k) > k, latin_name_end(doc, k) == k
            elif office:
                end = office  # "المكتب الصحفي لرئيس الجمهورية": the office of a title holder
            elif portfolio:
                # "الداخلية البرتغالية": a ministry named by its portfolio and its state only
                end = k + 1 if k < len(doc) and nisba_country(doc, k) else k
                if end == k and (bare := bare_portfolio_candidate(doc, i, stem, clitic)) is not None:
                    out.append(bare)
                    break
            elif definite:
                # "الحكومة الكينية": a definite head needs a nationality adjective after it,
                # or a known body it belongs to ("الأمانة العامة لجامعة الدول العربية")
                end = _adjectives_to_nationality(doc, k)
                if end > k and norm in LEADERSHIP_HEADS and nisba_country(doc, k):
                    break  # "القيادة الصينية": the state's leaders, no command; "القيادة المركزية <الجنسية>" is one
                if end > k and heads.get(normalize(stem[2:])) != "government" and not _known_whole(doc, i, end):
                    end = remit_end(doc, end)  # "الجمعية المغربية لحقوق الإنسان": its remit after the nationality
                elif end > k and not _known_whole(doc, i, end):
                    end = _council_remit_end(doc, normalize(stem[2:]), end)
                if end == k:
                    q = k
                    # adjectives (nisba-like -ي/-ية, elatives -ى/-ا), not nouns ("البلدين")
                    while q < len(doc) and q - k < 2 and toks.texts[q].startswith("ال") and \
                            (normalize(toks.texts[q]).endswith(("ه", "ي", "ا")) and not is_function_text(toks.texts[q])
                             or _general_before_remit(doc, q)):
                        q += 1
                    # "الدعم للجيش التونسي": a bare head before a known body is its object, not its part
                    owner = known_entity_at(doc, q, ("Organization",)) if q > k and q < len(doc) \
                        and toks.texts[q][:1] == "ل" else None
                    if heads.get(normalize(stem[2:])) in PURPOSE_KINDS and _named_where_bodies_stand(doc, i) \
                            and (purpose := _purpose_end(doc, q)) > q:
                        end = purpose  # "التحالف من أجل الجمهورية": a party named by its cause
                    elif (party := ideology_party_end(doc, heads.get(normalize(stem[2:])), normalize(stem[2:]), k, q)):
                        end = party  # "الحزب الديمقراطي الحر", "الحزب الديمقراطي لـ<بلد>": a party of its own
                    elif (party := two_adjective_party_end(doc, normalize(stem[2:]), heads.get(normalize(stem[2:])), k,
                                                           _party_framed(doc, i))) is not None:
                        end = party  # "مرشح الحزب الريفي المتجدد", "الاتحاد العمالي الليبرالي": head and two adjectives
                    elif owner:
                        end = _conjunct_forces_end(doc, owner[0]) if _forces_word(toks.texts[q]) else owner[0]
                    elif q > k and (concerned := concerned_end(doc, q - 1)) > q:
                        end = concerned  # "اللجنة الدولية المعنية بحقوق الإنسان": its remit after "concerned with"
                    elif q > k and q < len(doc) and normalize(toks.texts[q]) in REMIT \
                            and skip_space(doc, q + 1) < len(doc) and toks.texts[skip_space(doc, q + 1)].startswith("ال"):
                        end = skip_space(doc, q + 1) + 1  # "اللجنة العليا لشؤون الانتخابات"
                        end = closing_nationality_end(doc, end)  # "... لشؤون المرأة <الجنسية>": whose body it is
                    elif q > k and q < len(doc) and toks.texts[q].startswith("لل") and not match_title(doc, q) \
                            and not _known_whole(doc, i, q) and normalize("ال" + toks.texts[q][2:]) not in time_words() \
                            and (not body_or_group_word(toks.texts[q]) or _scoped_members_remit(doc, q)
                                 or described_members_end(doc, q) is not None):
                        # "للفترة", "للمجموعة": no remit; but "الاتحاد الدولي للصحفيين": whom an international body unites
                        # "المفوضية العليا المستقلة للانتخابات", "الهيئة الوطنية للإعلام (الليبية)"
                        end = _remit_tail(doc, q + 1)
                        if end == q + 1 and (described := described_members_end(doc, q)) is not None:
                            end = described  # "الوحدة المركزية للشرطة الجنائية": the force it is made of
                        if end == q + 1 and body_or_group_word(toks.texts[q]):
                            end = _plural_adjective_end(doc, end)  # "للصحفيين الاستقصائيين": the members' adjective
                        if end < len(doc) and nisba_country(doc, skip_space(doc, end)):
                            end = skip_space(doc, end) + 1
                    elif q > k and q < len(doc) and toks.texts[q].startswith("ل") and _remit_may_follow(doc, norm, k, q) \
                            and not _known_whole(doc, i, q) \
                            and (remit := remit_end(doc, q)) > q and not _runs_on(doc, remit):
                        end = remit  # "الهيئة الوطنية لحماية المستهلك": a remit in لـ + a noun in construct
                    elif norm not in EVENT_HEADS and (dedicated := _dedicated_end(doc, k, q)) > k:
                        end = dedicated  # "الديوان الخاص بالتخطيط العمراني"
                    elif q > k and _institution_named_by_field(doc, norm, k) and not _head_names_another(doc, i, norm, k):
                        end = q  # "اللجنة الانتخابية المركزية": a class noun and the field of a standing body
                    elif _scoped_name(doc, normalize(stem[2:]), k, q):
                        end = q  # "المنتدى الزراعي الدولي"
                    elif q > k and is_nisba(toks.texts[k]) and normalize(toks.texts[q - 1]) in BODY_MODIFIERS:
                        end = q  # "المجلس الوطني الانتقالي", "المجلس الاقتصادي الأعلى": a kind of body
                    elif k < len(doc) and is_nisba(toks.texts[k]) \
                            and _speaking_party(doc, i, heads.get(normalize(stem[2:])), k, q):
                        end = q  # "وقال الحزب الاشتراكي الوحدوي": two adjectives name the party that speaks
                    elif _led_party(doc, i, heads.get(normalize(stem[2:])), k, q):
                        end = q  # "زعيم التحالف الشعبي", "«الائتلاف الشعبي» بزعامة": a party that has a leader
                if end == k and (national := _adjectives_to_nationality(doc, k, national=True)) > k \
                        and not _known_whole(doc, i, national):
                    # "اللجنة الوطنية", "الديوان الوطني": no other reading named the body; "national" is the
                    # adjective of a state's own institutions, read as its nationality would be, remit and all
                    end = remit_end(doc, national) if heads.get(normalize(stem[2:])) != "government" \
                        else _council_remit_end(doc, normalize(stem[2:]), national)
                    end = max(end, _national_remit_end(doc, national))
                    if heads.get(normalize(stem[2:])) in PURPOSE_KINDS and (purpose := _purpose_end(doc, end)) > end:
                        end = purpose  # "<رابطة> الوطنية من أجل <قضية>": a party named by its cause
            elif (office := _speaking_office_end(doc, i, norm, k)) is not None:
                end = office  # "أفاد مكتب المدعي العام بأن": a title holder's office that speaks
            else:
                if norm in OWNED_THING_HEADS and k < len(doc) \
                        and known_entity_at(doc, k, ("Organization", "Place", "Person")) is not None:
                    break  # "نزع سلاح حزب الله": the weapons a known party owns, no branch of arms
                end = body_chain_end(doc, k)
                if end == k and norm in PART_HEADS:
                    end = members_of_known_body_end(doc, k)  # "بعثة مراقبي <منظمة>": a mission of its observers
                if end == k + 1 and heads.get(norm) in PURPOSE_KINDS and _party_name_word(doc, norm, k) \
                        and (purpose := _purpose_end(doc, end)) > end:
                    end, cause = purpose, True  # "حزب الحركة من أجل التغيير": a class noun, then the party's name
                elif end == k + 1 and heads.get(norm) in PURPOSE_KINDS and _named_by_a_cause(doc, k) \
                        and not _known_body(doc, i, end) and (purpose := _purpose_end(doc, end)) > end:
                    end = purpose  # "تحالف الأمل من أجل التغيير": the head is part of the name, its cause closes it
                if not quoted and k < end and norm in TERM_HEADS and _ordinary_object(doc, k, end):
                    break  # "ولاية التعليم والصحة", "ولاية المؤسسات": a term of office, no state's body
                if not quoted and k < end and _verbal_head_with_object(doc, norm, k, end) \
                        and not _speaking_party(doc, i, heads.get(norm), k, end) and not _department_of_a_member(doc, i) \
                        and not _staff_of_forces(doc, end):
                    break  # "على تنظيم الانتخابات": organizing them, no body
                if not clitic and not quoted and k < end and _proclitic_on_ordinary_word(doc, i, norm, k, end):
                    break  # "بحرية الانتقال": ب + "حرية" (freedom of movement), no navy
                if not quoted and k < end and norm in PART_HEADS:
                    end = remit_end(doc, end)  # "بعثة <الاتحاد> لمراقبة الانتخابات": the part's own remit
                elif not quoted and k < end:
                    end = _genitive_remit_end(doc, i, norm, k, end)  # "معهد المدينة للسياسات"
                if not quoted and k < end and _staff_of_forces(doc, end):
                    end = forces_owner_end(doc, end)  # "هيئة الأركان العامة للقوات المسلحة": a general staff of the forces
                if quoted and (closed := quoted_name_end(doc, k, QUOTED_BODY_WORDS)) > end:
                    end = closed  # "قناة «الفجر»", "منظمة «المرصد الوطني للعنف»": a quoted name runs to its quote
                    if (remit := _remit_after_quote(doc, heads.get(norm), end)) > end:
                        quote_close, end = end, remit  # "مركز «فلانيا» للدراسات": the remit after the quoted name
                if end == k and (end := letter_acronym_end(doc, k)) > k:
                    latin = spelled = True  # "شبكة سي إن إن": an acronym spelled in Arabic letters names it alone too
                if end == k and not quoted and (dated := day_and_month_end(doc, k)) > k:
                    end = dated  # "حركة 9 مارس": a body named by the day it marks, the month in its name
                if end == k and not quoted:
                    end = latin_name_end(doc, k)  # "شركة Google": a name in Latin letters
                    latin = end > k
                if end == k and (heads.get(norm) in FOREIGN_NAMED_KINDS or spoken_for(doc, i)):
                    # "حزب بهاراتيا جاناتا", "صحيفة ديلي تلغراف", "شركة فولكسفاجن": a name in foreign words;
                    # after a spokesman's "باسم" any body's head ("متحدث باسم رابطة فلانكو"): he speaks for a body
                    end = held_body_name_end(doc, i, k, foreign_name_end(doc, k))  # "زعيمة تحالف فلانيا سامية علان"
                    foreign = end > k
                    if foreign and not definite and (scoped := _scoped_foreign_name_end(doc, norm, end)) > end:
                        end, foreign = scoped, False  # "تلفزيون <بلد> المركزي": the head and scope name it, no word alone
                    r = skip_space(doc, end)
                    if foreign and heads.get(norm) == "party" and r < len(doc) and toks.texts[r].startswith("لل"):
                        end = remit_end(doc, end)  # "حزب فلانكا للحرية": a party's foreign name and its cause
                if end == k and norm in ACADEMIC_HEADS | RESEARCH_HEADS:
                    end = _academic_name_end(doc, k)  # "الباحث في جامعة فلانيا": a university named by a foreign word
                    out += _person_after_academic_name(doc, k, end)
                    end = _named_institute_remit_end(doc, k, end)  # "مركز فلانكو للدراسات الدولية"
                    if end == k:
                        end = _eponymous_end(doc, norm, k)  # "جامعة <شخص>": named after a person the finders know
                # the place's bare name: a preposition glued on it opens a phrase of its own ("مصرف بالرياض", a bank in it)
                place = known_entity_match(doc, k, ("Place",)) if end == k and k < len(doc) and not toks.texts[k].startswith("ال") \
                    and norm in PLACE_NAMED_HEADS else None
                if place is not None and place[2]:
                    place = None
                if place:
                    end = place[0]  # "جيش بوليفيا", "شرطة نيروبي", "بنك <بلد>": a body of a state or city named by its name
                    if heads.get(norm) in PLACE_REMIT_KINDS and (remit := remit_end(doc, end)) > end \
                            and not _runs_on(doc, remit):
                        end = remit  # "بورصة <مدينة> للمعادن": an exchange or university of a place and its remit
                elif end == k and k < len(doc) and not toks.texts[k].startswith("ال") \
                        and (named := known_entity_at(doc, k, ("Place",))) is not None \
                        and (remit := remit_end(doc, named[0])) > named[0]:
                    end = remit  # "شركة قطر للغاز", "هيئة دبي للسياحة": a place's name and the body's remit
                elif end == k and heads.get(norm) == "party" and (named := _party_of_a_country(doc, k)):
                    end = named  # "حزب أمل X", "حركة نهضة X": a party named by a noun and its country's name
                elif end == k and norm not in VERBAL_HEADS and norm not in lexicon.function_words().state_body_head \
                        and (named := _party_of_a_country(doc, k)) and not _place_described(doc, named):
                    # "هيئة ميناء X": any body named by what it runs and that thing's place; a state's body
                    # before "مدينة X" ("شرطة مدينة X") is that city's, named by the place apart
                    end = named
                elif end == k and norm in PARTY_CLASS_NOUNS and (named := _construct_party_name_end(doc, k)):
                    end = named  # "حزب مؤتمر عموم الشعب": the class noun, then a name of three words in construct
                if not definite and not quoted and (scoped := place_named_body_end(doc, norm, k, end)) > end:
                    end = scoped  # "وكالة <البلد> للفضاء", "تلفزيون <بلد> المركزي": no body of the place alone
            if end == k:
                break
            if not definite and norm in ACADEMIC_HEADS:
                end = _campus_number_end(doc, end)  # "جامعة <مدينة> 2": one of a city's numbered universities
            end = trailing_adjectives_end(doc, normalize(stem), i, end)  # "اللجنة الانتخابية الوطنية المستقلة"
            end = _workplace_end(doc, end)  # "نقابة العاملين في <sector>": where its members work
            end = wing_end(doc, heads.get(normalize(stem[2:]) if definite else norm), end)
            # an embassy or consulate "في/لدى <country or city>" is named with its place; any other body no
            # table knows "في <country or city>" ("النيابة العامة في <مدينة>") is its branch there
            located = normalize(stem[2:] if definite else stem) in LOCATED_HEADS
            short_end = end
            # a state's body of one word ("الحكومة في <country>") or of the state itself ("رئاسة الجمهورية في
            # <country>") is that country's own; one named by its remit or kind ("وزارة الخارجية في <country>",
            # "المحكمة العليا في <country>") takes the country in
            state_body = heads.get(normalize(stem[2:]) if definite else norm) == "government" \
                and (word_count(doc, i, end) < 2 or normalize(toks.texts[end - 1]) in STATE_ITSELF)
            if (placed := placed_end(doc, end, located, country_ok=located or not state_body)) > end \
                    and (located or not _known_body(doc, i, end)):
                end = placed
            if quoted and end < len(doc) and toks.texts[end] in QUOTE_CHARS:
                end += 1  # the closing quote of "صحيفة "الشروق"" belongs to the name, not to what follows
            # (the name's words read off the Doc's token lists: a Span and a Token for each word cost more)
            words = [stem] + [toks.texts[q] for q in range(i + 1, end)
                              if not toks.spaces[q] and toks.texts[q] not in QUOTE_CHARS]
            if not definite and foreign and heads.get(norm) != "party":
                out.append(foreign_named_body(doc, k, end, words))
                break
            s, e = span_chars(doc, i, end, len(clitic))
            cand = Candidate(i, end, s, e, clean_surface(" ".join(words)), "Organization", "org")
            if spelled:  # "سي.أن.أن" as written, its dots not spaced out
                cand.form = clean_surface(stem + " " + text_of(doc)[toks.starts[k]:e].strip("«»\"' "))
            if quoted or latin:  # the name alone is a form too: "Google" of "شركة Google"
                name_end = quote_close if quote_close is not None else end - 1 if quoted and toks.texts[end - 1] in QUOTE_CHARS else end
                cand.extra_forms.add(clean_surface(text_of(doc)[toks.starts[k]:toks.starts[name_end - 1] + len(toks.texts[name_end - 1])]))
                if quote_close is not None:  # "مركز «فلانيا»" names it without its remit too
                    cand.extra_forms.add(clean_surface(stem + " " + text_of(doc)[toks.starts[k]:toks.starts[name_end - 1]
                                                                                 + len(toks.texts[name_end - 1])]))
            elif not definite and (name := proper_name_in(doc, k, end)):
                if heads.get(norm) in FOREIGN_NAMED_KINDS:
                    cand.extra_forms.add(name)  # "شركة فلانكو الأمريكية": "فلانكو" names it alone later
                if nisba_country(doc, end - 1):
                    # "معهد فلانكو الأسترالي": the nationality describes the body, "معهد فلانكو" names it
                    cand.extra_forms.add(clean_surface(stem + " " + name))
            elif not definite and not quoted and (name := name_before_description(doc, k, end)):
                # "وكالة فلانكو الكورية الجنوبية", "مجموعة فلانكو الدنماركية للشحن", "مجمع فلانكو العمومي": the words
                # after the name describe the body; the head and name, or an outlet's or company's name alone, name it
                if heads.get(norm) in FOREIGN_NAMED_KINDS:
                    cand.extra_forms.add(name)
                cand.extra_forms.add(clean_surface(stem + " " + name))
            if not definite and not quoted and (short := _named_before_nationality(doc, k, end, words)) is not None:
                cand.extra_forms.add(short)  # "وكالة <مدينة> للأنباء <الجنسية>": named without its state too
            if short_end < end:  # "السفارة الفرنسية في <مدينة>": the body is named without its place too
                cand.extra_forms.add(clean_surface(" ".join(words[:1 + sum(
                    1 for q in range(i + 1, short_end) if not toks.spaces[q] and toks.texts[q] not in QUOTE_CHARS)])))
            if not definite and norm in PARTY_CLASS_NOUNS and _name_stands_alone(doc, k, end) and not quoted and not cause:
                cand.extra_forms.add(clean_surface(" ".join(words[1:])))  # "حزب الوسط الديمقراطي": "الوسط الديمقراطي"
            if cause:  # "الحركة من أجل التغيير" is named without "حزب" too
                cand.extra_forms.add(clean_surface(" ".join(words[1:])))
            if office and (served := _served_body_form(doc, k, end)) is not None:
                # "المكتب الإعلامي لرئاسة الجمهورية": the presidency speaking through its office, one body
                cand.extra_forms.add(cand.form)
                cand.form = served
            if (named := party_name_before_adjective(doc, heads.get(norm), definite, k, end)) is not None:
                cand.extra_forms.add(clean_surface(stem + " " + named))
            if heads.get(norm) == MILITARY and (army := army_of_defence_forces(doc, i, end)) is not None:
                cand.extra_forms.add(army)   # "قوات الدفاع الأوغندية" is the state's army, "الجيش الأوغندي"
            out.append(cand)
            break
    out = [c for c in out if not board_of_a_body_named_before(c.form)]   # "مجلس إدارة الشركة": the company's board
    for c in out:
        if venue_name(c.form):
            c.type = "Place"   # "مركز X التجاري", "مركز المؤتمرات الدولي": a building people go to, no body
    return out + sub_body_candidates(doc) + quoted_name_only_candidates(doc) + possessed_party_name_candidates(doc) \
        + speaking_seat_candidates(doc) + airline_candidates(doc) + quoted_head_candidates(doc) + counted_name_candidates(doc)


# "ولاية": a state and a term of office; before an ordinary definite noun the term
TERM_HEADS = lexicon.function_words().term_head
MILITARY = "military"   # org_heads.tsv: the kind of an armed forces' head noun ("قوات")
SUB_BODY_HEADS = lexicon.function_words().sub_body_head
INQUIRY_NOUNS = lexicon.function_words().inquiry_noun


def _own_name_end(doc: Doc, k: int, definite: bool) -> int:
    """End of a sub-body's own name after its head: the definite chain of an indefinite head ("لجنة العلاقات
    الخارجية"), the relative adjectives of a definite one ("الدائرة التمهيدية"); k when none."""
    if not definite:
        return body_chain_end(doc, k)
    q = k
    while q < len(doc) and q - k < 2 and doc[q].text.startswith("ال") and is_nisba(doc[q].text) \
            and not is_function_word(doc[q]) and nisba_country(doc, q) is None:
        q += 1
    return q


def _parent_body_end(doc: Doc, end: int) -> int | None:
    """End of "في <body>" right after a sub-body's name (a known body, or one named by its head noun and chain),
    with the nationality after the body's name ("في جيش <...> الصيني"); None when no body follows في."""
    q = skip_space(doc, end)
    if q >= len(doc) or q > end + 1 or normalize(doc[q].text) not in IN_PLACE:
        return None
    p = skip_space(doc, q + 1)
    body = known_entity_at(doc, p, ("Organization",))
    if body is not None and body[0] - p >= 2:
        end = body[0]  # a body named in two words or more: "في البرلمان" alone may be any state's, a description
    elif p < len(doc) and normalize(doc[p].text) in lexicon.org_heads() and body_chain_end(doc, p + 1) > p + 1:
        end = body_chain_end(doc, p + 1)  # "في مجلس النواب": a body named by its head and chain
    else:
        return None
    return max(end, _adjectives_to_nationality(doc, skip_space(doc, end)))


@lru_cache(maxsize=131072)   # asked of every word: a function of the text alone
def _sub_body_head_readings(text: str) -> tuple[tuple[str, str], ...]:
    """The (clitic, stem) readings of a word that are a sub-body's head noun ("لجنة", "الدائرة"), bare or
    with the article, in clitic_variants' order."""
    return tuple((clitic, stem) for clitic, stem in clitic_variants(text)
                 if normalize(stem[2:] if stem.startswith("ال") else stem) in SUB_BODY_HEADS)


def _may_head_sub_body(text: str) -> bool:
    """An Arabic word with a reading that heads a sub-body (the words sub_body_candidates reads on from)."""
    return is_arabic_text(text) and bool(_sub_body_head_readings(text))


def sub_body_candidates(doc: Doc) -> list[Candidate]:
    """"لجنة العلاقات الخارجية في مجلس الشيوخ", "الدائرة التمهيدية في المحكمة الجنائية الدولية": a committee,
    chamber or command with a name of its own, then في and the known body it belongs to, is one body named
    with its parent (the parent stays an entity of the article, nested in it)."""
    out = []
    toks = tokens_of(doc)   # (asked at every word: read off the Doc's token columns, not doc[i], which builds a Token)
    for i in words_where(doc, _may_head_sub_body):
        for clitic, stem in _sub_body_head_readings(toks.texts[i]):
            definite = stem.startswith("ال")
            k = skip_space(doc, i + 1)
            own = _own_name_end(doc, k, definite) if k < len(doc) else k
            if own == k or _known_body(doc, i, own) or normalize(doc[own - 1].text) in INQUIRY_NOUNS:
                break  # "لجنة التحقيق في <X>": an inquiry into X, no committee of X
            parent = _parent_body_end(doc, own)
            if parent is None:
                break
            words = [stem] + [t.text for t in doc[i + 1:parent] if not t.is_space]
            s, e = span_chars(doc, i, parent, len(clitic))
            out.append(Candidate(i, parent, s, e, clean_surface(" ".join(words)), "Organization", "org"))
            break
    return out

