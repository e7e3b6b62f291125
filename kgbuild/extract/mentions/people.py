"""Persons no gazetteer knows and no title introduces, recognised by a known Arabic given name.

"والتقى سمير الخالدي بالوفد": a given name of person_names.tsv (Faker's Arabic name lists, the
ordinary words of news taken out) followed by one to three more words of a name ("سمير الخالدي",
"فاطمة بنت سالم الهاشمي"), or by a family name the table knows, is a person's name. Where the name
ends is decided by the rules every person finder shares (names.name_end): it stops before a
conjunction, a possessive, an ordinary definite word, a known body or place. A kunya before the
given name, or an own name and بن, begin the name ("أبو حمزة"، "سليمان بن موسى"). A given name alone
is no name here (too many are words as well), nor is one that names an institution ("جامعة الملك
سعود", "مستشفى خليل"), stands inside quotation marks («عمر المختار» is a film's title) or runs over
a person the lexicon knows (the gazetteer's to find).

Persons introduced by a nationality adjective that stands for them ("وفاز الفرنسي فلان فلان"), after a
noun of their trade ("الكاتب الروسي فلان", function_words.tsv person_noun), are nationality_candidates:
the name after the adjective ends where names end (name_end) as well.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import (is_name_link, NAMES_LIKE_FUNCTION_WORDS, is_function_text, is_function_word, is_known_name_word,
                     is_name_like, is_ordinary_word, is_quote, name_like_at, prev_word, text_of, tokens_of, word_count, word_counts,
                     is_arabic_text, words_where)
from .base import (DESCENT, PLACE_HEADS, Candidate, definite_given_name, first_words, is_nisba, is_quoted, known_entity_at,
                   KNOWN_NAME_REACH, known_place_or_body_ends_at,
                   longest_match, match_title, nisba_country, positions, skip_space, span_chars)
from .ala import preposition_spelled_as_name
from .name_spans import definite_family_name, ordinary_word_alone, split_kunya
from .names import name_end, no_name_word
from .name_words import foreign_only_given_name

MAX_NAME_WORDS = 4   # the given name and up to three more words
# the conjunctions a name may carry in running text ("ومحمد"); with a preposition on it a given name
# is as often a word ("بنصر", "بهدي")
NAME_CLITICS = frozenset({"", "و", "ف"})
# "الإطاحة بمحمد فلان", "اتصل بسعيد فلان": the preposition glued to a given name whose whole word is no name
PREPOSITION_CLITICS = frozenset({"ب", "وب"})
CLITICS_ON_GIVEN_NAMES = NAME_CLITICS | PREPOSITION_CLITICS   # (made once: asked at every given name found)
KUNYA = lexicon.function_words().kunya


def given_name_candidates(doc: Doc) -> list[Candidate]:
    """Persons named by a known given name and what follows it."""
    given, family = lexicon.given_names(), lexicon.family_names()
    toks = tokens_of(doc)
    out: list[Candidate] = []
    end_of_last = 0
    for i in positions(doc, first_words(given)):
        if i < end_of_last or toks.spaces[i] or not toks.arabic[i]:
            continue
        hit = longest_match(doc, i, given, 3)
        if hit is None:
            continue
        n, norm, surface, clitic_len = hit
        if toks.texts[i][:clitic_len] not in CLITICS_ON_GIVEN_NAMES \
                or (clitic_len and is_ordinary_word(normalize(toks.texts[i]))):
            continue  # "وجود" is no "و" + "جود"
        if toks.texts[i][:clitic_len] in PREPOSITION_CLITICS and _whole_word_a_name(toks.texts[i]):
            continue  # "بسام" is a name of its own, no ب + "سام"
        if n == 1 and surface not in NAMES_LIKE_FUNCTION_WORDS and is_function_text(surface):
            continue  # "على" folds onto "علي": the preposition as written is no name
        if n == 1 and preposition_spelled_as_name(doc, i):
            continue  # "علي الشعب" in a text that writes إلي: the preposition
        if _names_a_body_or_place(doc, i) or (clitic_len == 0 and _inside_a_longer_name(doc, i)) \
                or _inside_a_known_place_or_body(doc, i):
            continue
        if n == 1 and _trade_noun_in_construct(doc, i):
            continue  # "رائد الفضاء": a noun of a trade and its complement, no given name
        j = name_end(doc, i, known_until=i + n)
        if _foreign_only(norm):
            j = _before_an_article(doc, i + n, j)
        j = _up_to_a_known_person(doc, i, j)
        if word_count(doc, i, j) == n:
            j = _known_family_name_end(doc, j, family)
        if j <= i or is_quoted(doc, i, j):
            continue
        words = word_count(doc, i, j)
        # "وقال أبو حمزة": after a kunya the given name alone is the name
        if words == n and _after_kunya(doc, i, clitic_len):
            j = i + n
        elif words <= n or words > MAX_NAME_WORDS:
            continue
        if (surface in NAMES_LIKE_FUNCTION_WORDS or _also_a_word(norm)) and not _known_name_next(doc, i + n, j):
            continue  # "علي المحيط", "طيب الله": a name that is a word too needs a name after it
        j, kunya = split_kunya(doc, i, j)
        i, clitic_len = _kunya_or_own_name_before(doc, i, clitic_len)
        s, e = span_chars(doc, i, j, clitic_len)
        out.append(Candidate(i, j, s, e, clean_surface(text_of(doc)[s:e]), "Person", "given_name",
                             extra_forms=kunya))
        end_of_last = j
    return out


def _foreign_only(norm: str) -> bool:
    """A given name of foreign_given_names.tsv that no Arabic name list holds ("فابريس", "غينادي")."""
    return foreign_only_given_name(norm)


def _before_an_article(doc: Doc, k: int, j: int) -> int:
    """A foreign given name's family name carries no Arabic article, nor is it an Arabic given name
    ANERcorp saw more often as a word: the name ends before such a word ("ورفض جوزيه التعليق": a verbal
    noun; "برونو فلان أمين متاحف": أمين the curator's title, no third name)."""
    arabic = lexicon.person_names().given
    while k < j and not doc[k].text.startswith("ال"):
        norm = normalize(doc[k].text)
        if norm in arabic and not is_known_name_word(norm) and norm in word_counts():
            break
        k += 1
    return k


def _whole_word_a_name(text: str) -> bool:
    """Is the word as written, or after و, a name the tables or ANERcorp know ("بسام", "وبشير")?"""
    bare = text[1:] if text.startswith("و") else text
    return any(is_known_name_word(normalize(w)) or normalize(w) in lexicon.given_names() for w in (text, bare))


def _also_a_word(norm: str) -> bool:
    """A given name ANERcorp's annotators saw more often outside names than in them ("طيب", "عزيز")."""
    return word_counts().get(norm, (0, 0))[0] >= 2 and not is_known_name_word(norm)


def _known_name_next(doc: Doc, k: int, j: int) -> bool:
    """The word after the given name is a name the table knows, a particle of descent, or a family
    name no ordinary word is ("الخالدي")."""
    k = skip_space(doc, k)
    if k >= j:
        return False
    norm = normalize(doc[k].text)
    names = lexicon.person_names()
    # a definite nisba: "الدلتا", "المحيط" after "علي" are places and nouns that على governs
    return norm in names.given or norm in names.family or is_name_link(doc[k].text) \
        or (doc[k].text.endswith("ي") and definite_family_name(doc, k, first=False))


def _kunya_or_own_name_before(doc: Doc, i: int, clitic_len: int) -> tuple[int, int]:
    """Where the name starts when the given name is a father's: "أبو حمزة المصري" (a kunya), "سليمان
    بن موسى الكلاعي" (the person's own name before بن)."""
    p = prev_word(doc, i)
    if clitic_len or p is None:
        return i, clitic_len
    norm = normalize(doc[p].text)
    if norm in DESCENT:
        own = prev_word(doc, p)
        # "الوليد بن طلال": a given name may carry the article before بن
        definite_given = own is not None and definite_given_name(doc, own)
        if own is not None and (is_name_like(doc[own]) or definite_given) \
                and (not doc[own].text.startswith(("ال", "و")) or definite_given) \
                and known_entity_at(doc, own, ("Place", "Organization")) is None:
            return _kunya_or_own_name_before(doc, own, 0)
        return i, clitic_len
    if norm in KUNYA:
        return p, 0
    return i, clitic_len


def _up_to_a_known_person(doc: Doc, i: int, j: int) -> int:
    """A person the lexicon knows named in the span ("حسني مبارك", the kunya in "ياسر عرفات أبو عمار") is the
    gazetteer's to find, with the name's end as the gazetteer knows it: i itself is returned."""
    return i if any(known_entity_at(doc, k, ("Person",)) for k in range(i, j)) else j


def _after_kunya(doc: Doc, i: int, clitic_len: int) -> bool:
    p = prev_word(doc, i)
    return clitic_len == 0 and p is not None and normalize(doc[p].text) in KUNYA


def _inside_a_longer_name(doc: Doc, i: int) -> bool:
    """"وألفا عمر كوناري", "رانيا فريد شوقي": right after a word that may be a name, a given name is
    more often the father's name in a name begun before it than the start of one; a particle of
    descent or a kunya before it begins the name (_kunya_or_own_name_before)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None:
        return False
    norm = normalize(toks.texts[p])
    return name_like_at(doc, p) and not toks.texts[p].startswith("ال") and not is_name_link(toks.texts[p]) \
        and norm not in KUNYA and norm not in lexicon.person_names().given and not _ends_a_known_place_or_body(doc, p)


def _inside_a_known_place_or_body(doc: Doc, i: int) -> bool:
    """"الباحث في X Y فلان علان" (Y also a given name): the given name at token i is a later word of the name of a
    place or body the lexicon knows, begun a few tokens before it: the holder's name opens after that name, not
    inside it."""
    return any((known := known_entity_at(doc, s, ("Place", "Organization"))) is not None and known[0] > i
               for s in range(max(0, i - KNOWN_NAME_REACH), i))


def _ends_a_known_place_or_body(doc: Doc, p: int) -> bool:
    """Token p closes the name of a place or body the lexicon knows ("بجامعة X فلانة", "مراسلنا في X فلان"):
    the phrase of where the person works ends there, and a given name after it opens a name of its own."""
    return known_place_or_body_ends_at(doc, p)


def _known_family_name_end(doc: Doc, j: int, family: dict[str, str]) -> int:
    """"سمير بدر": a family name the table knows, right after a given name name_end stopped at; bare
    (no clitic: "وبدر" is a conjunction and another word), not a function word, not a known place or
    body."""
    k = skip_space(doc, j)
    if k >= len(doc) or (doc[k].is_space and "\n" in doc[k].text):
        return j
    hit = longest_match(doc, k, family, 3)
    if hit is None or hit[3] != 0 or is_function_word(doc[k]) or is_quote(doc[k]) \
            or known_entity_at(doc, k, ("Place", "Organization")) is not None:
        return j
    return k + hit[0]


def _names_a_body_or_place(doc: Doc, i: int) -> bool:
    """The given name at token i follows a head noun of a body or place, whose name it is: "جامعة
    الملك سعود", "مستشفى خليل", "شارع عمر المختار"; or a known entity starts there."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if known_entity_at(doc, i, ("Place", "Organization")) is not None:
        return True
    p = prev_word(doc, i)
    if p is None:
        return False
    norm = normalize(toks.texts[p])
    # "جامعة الملك سعود": a royal title between the head and the name
    if norm in lexicon.function_words().name_title:
        p = prev_word(doc, p)
        if p is None:
            return False   # the royal title opens the document: no head before it
        norm = normalize(toks.texts[p])
    heads = lexicon.org_heads()
    # not a definite head ("القيادي في الحركة محمود فلان"), which takes no name in construct after it
    if (norm in heads or norm in PLACE_HEADS) and not norm.startswith("ال"):
        return True
    # "بجامعة الملك سعود": a head with a preposition on it
    return any(clitic and not stem.startswith("ال") and (normalize(stem) in heads or normalize(stem) in PLACE_HEADS)
               for clitic, stem in clitic_variants(toks.texts[p]))


# "اللاعب البرازيلي فلان": a noun of a person's trade or role before the nationality adjective
PERSON_NOUNS = lexicon.function_words().person_noun
# the clitics a nationality adjective may carry and still open a person's name ("والفرنسي فلان")
NATIONALITY_CLITICS = ("", "و", "ف", "ل", "ب")
MAX_NATIONAL_NAME_WORDS = 3   # words of a name after the adjective


def _may_open_national(text: str) -> bool:
    """An Arabic word nationality_candidates reads on from: a definite trade noun or a singular nationality."""
    return is_arabic_text(text) and bool(_definite_trade_noun(text) or _is_singular_nationality(text))


def nationality_candidates(doc: Doc) -> list[Candidate]:
    """Persons no list knows, introduced by a singular nationality adjective standing for the person
    ("وفاز الفرنسي فلان"، "والتركي فلان") or after a noun of their trade ("الكاتب الروسي فلان"), and one
    to three words of a name after it, ending where names end (names.name_end). The adjective of a
    thing ("مركبة الفضاء الروسية سويوز"), of a plural ("المفاوضين الإيرانيين"), inside a known body or
    place, or after a title (the title finder's) opens no name here."""
    toks = tokens_of(doc)
    out: list[Candidate] = []
    for i in words_where(doc, _may_open_national):
        # "المدرب فلان فلان": a definite trade noun right before a name of two words or more opens it
        # as a nationality adjective would; one word after it is as often an ordinary word
        trade = _definite_trade_noun(toks.texts[i])
        if not trade and not _is_singular_nationality(toks.texts[i]):
            continue
        if not trade and (not _stands_for_a_person(doc, i) or _inside_a_known_name(doc, i)):
            continue
        start = skip_space(doc, i + 1)
        if start >= len(doc) or not _may_open_a_name(doc, start):
            continue
        j = _up_to_a_known_person(doc, start, name_end(doc, start))
        if j > start + 1 and _ordinary_definite_noun(doc, j - 1):
            j -= 1  # "وزار المخرج فلان فلان المهرجان": the verb's object after the name, no family name
        if j <= start or word_count(doc, start, j) > MAX_NATIONAL_NAME_WORDS or is_quoted(doc, start, j) \
                or (j == start + 1 and (trade or (_object_next(doc, j) and not _unseen_name_of_a_trade(doc, i, start)))):
            continue
        s, e = span_chars(doc, start, j, 0)
        out.append(Candidate(start, j, s, e, clean_surface(text_of(doc)[s:e]), "Person", "nationality_name"))
    return out


@lru_cache(maxsize=131072)
def _is_singular_nationality(text: str) -> bool:
    """A definite singular nationality adjective, bare or with a conjunction or preposition: "الفرنسي",
    "والروسية", "للإيطالي" (not "الإيرانيين", an adjective of a plural). Asked at every word, and words recur."""
    for clitic, stem in clitic_variants(text):
        if clitic in NATIONALITY_CLITICS and stem.startswith("ال") and normalize(stem).endswith(("ي", "يه")) \
                and normalize(stem) in lexicon.nisba_to_country():
            return True
    return False


def _stands_for_a_person(doc: Doc, i: int) -> bool:
    """The adjective at i is the person's own word, not an adjective of the noun before it: it opens its
    phrase (after a verb, a preposition, punctuation; or with و on it, the next in a list), or it follows a
    noun of a person's trade ("الكاتب الروسي", "رائد الفضاء الروسي")."""
    toks = tokens_of(doc)   # (read off the kept lists: asked of every nationality adjective, doc[k] builds a Token)
    texts = toks.texts
    if texts[i].startswith("و"):
        return True
    p = prev_word(doc, i)
    if p is None or toks.punct[p] or toks.like_num[p]:
        return True
    prev = texts[p]
    if _person_noun(prev):
        return True
    q = prev_word(doc, p)
    # "رائد الفضاء الروسي", "رجل الأعمال المصري": an indefinite trade noun and its complement
    if q is not None and prev.startswith("ال") and not texts[q].startswith("ال") and _person_noun(texts[q]):
        return True
    # "الكاتب المسرحي الفرنسي": an adjective of the trade between it and the nationality
    if q is not None and prev.startswith("ال") and is_nisba(prev) and _person_noun(texts[q]):
        return True
    norm = normalize(prev)
    # "في الصدارة الفرنسي فلان": a masculine adjective cannot describe the feminine noun before it
    if prev.startswith(("ال", "وال", "لل", "بال")) and prev.endswith("ة") and texts[i].endswith("ي"):
        return True
    # a definite noun or adjective before it is what the adjective describes ("الملف النووي الإيراني");
    # a plural, a title, the head of a body or a place likewise
    if prev.startswith(("ال", "وال", "لل", "بال")) or norm.endswith(("ين", "ون", "ات")) \
            or norm in lexicon.titles() or norm in lexicon.org_heads() or norm in PLACE_HEADS \
            or nisba_country(doc, p) is not None:
        return False
    # a verb or a particle, not a name the adjective follows; "علي" for the preposition على
    return not name_like_at(doc, p) or preposition_spelled_as_name(doc, p)


def _ordinary_definite_noun(doc: Doc, k: int) -> bool:
    """A definite word that is no nisba (the shape of a family name: "الخالدي") nor a family name the
    table knows, and an ordinary word of news with or without its article ("المهرجان"; not "الراشد")."""
    text, norm = doc[k].text, normalize(doc[k].text)
    return text.startswith("ال") and not is_nisba(text) and norm not in lexicon.person_names().family \
        and (is_ordinary_word(norm) or is_ordinary_word(norm[2:]))


def _unseen_name_of_a_trade(doc: Doc, i: int, k: int) -> bool:
    """"رائد الفضاء الروسي فينوجرادوف القول": after a noun of a trade and its nationality adjective, a
    word no text of news holds (ANERcorp never saw it) is the person's name, not a verb before its object."""
    p = prev_word(doc, i)
    q = prev_word(doc, p) if p is not None else None
    trade = p is not None and (_person_noun(doc[p].text) or (q is not None and _person_noun(doc[q].text)))
    return trade and normalize(doc[k].text) not in word_counts()


@lru_cache(maxsize=131072)   # asked at every word; a function of the text alone
def _definite_trade_noun(text: str) -> bool:
    """"المدرب", "والكاتبة": a definite noun of a person's trade, bare or with a conjunction."""
    return any(clitic in ("", "و", "ف") and stem.startswith("ال") and normalize(stem) in PERSON_NOUNS
               for clitic, stem in clitic_variants(text))


def _person_noun(text: str) -> bool:
    return any(clitic in NATIONALITY_CLITICS and normalize(stem) in PERSON_NOUNS for clitic, stem in clitic_variants(text))


def _inside_a_known_name(doc: Doc, i: int) -> bool:
    """A known body or place runs over the adjective ("الاتحاد الأوروبي")."""
    for q in range(max(0, i - 4), i + 1):
        hit = known_entity_at(doc, q, ("Place", "Organization"))
        if hit is not None and hit[0] > i:
            return True
    return False


def _may_open_a_name(doc: Doc, k: int) -> bool:
    """The word after the adjective may begin a name: a word of a name with no article or clitic on it,
    no ordinary word, no title, no known body or place (nor a person the gazetteer finds)."""
    t = doc[k]
    return (is_name_like(t) or name_end(doc, k) > k + 1) and not t.text.startswith(("ال", "و")) and not ordinary_word_alone(t) \
        and match_title(doc, k) is None and not _known_name_at(doc, k) and not no_name_word(t.text, first=True)


def _known_name_at(doc: Doc, k: int) -> bool:
    """A known person (the gazetteer's), body or place starts at k; a one-word place or body with a word
    of a name after it is a given name spelled like it ("التشيكي ميلان كونديرا")."""
    if known_entity_at(doc, k, ("Person",)) is not None:
        return True
    known = known_entity_at(doc, k, ("Place", "Organization"))
    if known is None:
        return False
    nxt = skip_space(doc, known[0])
    return known[0] != k + 1 or nxt >= len(doc) or not is_name_like(doc[nxt]) \
        or doc[nxt].text.startswith("و") or known_entity_at(doc, nxt, ("Place", "Organization")) is not None


def _object_next(doc: Doc, k: int) -> bool:
    """"نظيره الفرنسي تلا اللقاء": a lone word after the adjective, with an ordinary definite noun
    right after it, is a verb and its object rather than a one-word name."""
    k = skip_space(doc, k)
    if k >= len(doc) or not doc[k].text.startswith("ال"):
        return False
    return is_ordinary_word(normalize(doc[k].text))


def _trade_noun_in_construct(doc: Doc, i: int) -> bool:
    """The word at i is a noun of a person's trade (function_words.tsv person_noun) that is also a given
    name, in construct with a definite noun after it that is no family name: "رائد الفضاء"."""
    k = skip_space(doc, i + 1)
    if normalize(doc[i].text) not in PERSON_NOUNS or k >= len(doc) or not doc[k].text.startswith("ال"):
        return False
    # a noun, not a family name ("رائد الخالدي", "رائد العلي")
    return not is_nisba(doc[k].text) and normalize(doc[k].text) not in lexicon.person_names().family
