"""What belongs to a group noun after it: adjectives in its case, elatives and numerals, a nationality,
the construct's complement, the place a site is in; shared by the group and unnamed-source finders."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize, strip_article
from ..words import is_function_text, PRONOUN_SUFFIXES, is_arabic_word, is_function_word, prev_word, tokens_of
from .base import ADJECTIVE_ENDINGS, PLURAL_ENDINGS, PREPOSITIONS, known_entity_at, nisba_country, skip_space

# elatives, numerals and broken-plural adjectives that follow a plural group noun: "القوى الكبرى"
GROUP_MODIFIERS = lexicon.function_words().group_modifier
NUMBERS = lexicon.function_words().number   # the bare number words: "عشر" after "الثمانية"
# "مؤيدون", "موالية", "مناهضة": participles of taking sides, whose لـ complement belongs to the group
STANCE_PARTICIPLES = lexicon.function_words().stance_participle
ADJUNCTS = lexicon.function_words().adjunct   # time words: "اليوم"
NOT = normalize("غير")   # "غير الشرعية": the negation that makes an adjective of the word after it
# a preposition glued to a definite noun: "المرتبطين بالبرنامج", "الموالين للحكومة"
GLUED_PREPOSITIONS = ("بال", "لل")
CROWD_NUMBERS = lexicon.function_words().crowd_number   # "عشرات", "مئات", "آلاف"
CROWD_PARTS = lexicon.function_words().crowd_part   # "مجموعة", "حفنة", "عدد": only before من
_CROWD_PARTS_NORM = frozenset(normalize(w) for w in CROWD_PARTS)
PARTITIVE_FROM = normalize("من")
NUMBER_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")   # "ومئات", "لآلاف", "بعشرات"


def crowd_number_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """"مئات المحتجين", "وعشرات الأسر", "الآلاف من المتظاهرين": (first token, clitic length) of the number of a
    crowd counted roughly right before the definite group noun at token i (or before the partitive من that
    comes before it), which is part of the group's phrase (the gold names the whole numbered phrase); None
    when none stands there."""
    p = prev_word(doc, i)
    if p is not None and normalize(tokens_of(doc).texts[p]) == PARTITIVE_FROM:
        p = prev_word(doc, p)
        # "مجموعة من المعلمين", "لعدد من الأطباء": a band of the crowd, with its partitive only
        part = crowd_part_clitic(normalize(tokens_of(doc).texts[p])) if p is not None else None
        if part is not None:
            return p, part
    found = None
    while p is not None and (clitic := crowd_number_clitic(normalize(tokens_of(doc).texts[p]))) is not None:
        found = p, clitic   # "عشرات الآلاف من المحتجين": a number of thousands is one number
        p = prev_word(doc, p) if not clitic else None
    return found


def crowd_part_clitic(word: str) -> int | None:
    """The length of the clitic before a noun of a band of a crowd ("لعدد": 1), or None when the word is none."""
    return next((len(c) for c in ("",) + NUMBER_CLITICS if word.startswith(c) and word[len(c):] in _CROWD_PARTS_NORM),
                None)


def crowd_number_clitic(word: str) -> int | None:
    """The length of the clitic before a number of a crowd ("ومئات": 1), or None when the word is none."""
    if word in CROWD_NUMBERS:
        return 0
    return next((len(c) for c in NUMBER_CLITICS if word.startswith(c) and word[len(c):] in CROWD_NUMBERS), None)


# "مقرب من", "مطلع على": an unnamed source's adjective of closeness or knowledge and the preposition it governs
_CLOSENESS = {normalize("من"): lexicon.function_words().close_to, normalize("على"): lexicon.function_words().informed_on}
CLOSENESS_CHAIN = 3   # words of the noun phrase after it: "من مديرية حملة المرشح"


def closeness_complement_end(doc: Doc, j: int) -> int | None:
    """"مصدر مقرب من العائلة", "مصادر مطلعة على المفاوضات", "مصدرا مقربا من الوزير": when the source's
    phrase (tokens up to j) ends with an adjective of closeness or knowledge, the end of the preposition it governs
    and of the noun phrase after it (a pronoun on the preposition, a known name, a construct chain, or a definite noun
    with its adjectives), which describes the source too; None when no such complement follows."""
    if j < 1 or not doc[j - 1].text:
        return None
    q = skip_space(doc, j)
    if q >= len(doc) or not is_arabic_word(doc[q]):
        return None
    preposition = normalize(doc[q].text)
    for prep, adjectives in _CLOSENESS.items():
        if normalize(doc[j - 1].text) not in adjectives:
            continue
        if preposition[:len(prep)] == prep and preposition[len(prep):] in PRONOUN_SUFFIXES:
            return q + 1   # "مقربين منه"
        if preposition == prep:
            return _noun_phrase_end(doc, skip_space(doc, q + 1))
    return None


def _noun_phrase_end(doc: Doc, q: int) -> int | None:
    """End of the noun phrase at q that a preposition governs: a known name, or a noun with the construct chain
    after it while its words are indefinite (a definite word or one with a pronoun closes it), then the definite
    relative adjectives of a definite last word; None when no noun stands there."""
    if q >= len(doc) or not is_arabic_word(doc[q]) or is_function_word(doc[q]) or normalize(doc[q].text) in lexicon.cues():
        return None
    if (known := known_entity_at(doc, q, ("Place", "Organization", "Person"))) is not None:
        return known[0]
    end = q + 1
    for _ in range(CLOSENESS_CHAIN - 1):
        last = doc[end - 1].text
        if last.startswith("ال") or last.endswith(PRONOUN_SUFFIXES):   # the raw ending: ة is no pronoun
            break
        k = skip_space(doc, end)
        if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]) or doc[k].text.startswith("و") \
                or normalize(doc[k].text) in lexicon.cues():
            break
        end = k + 1
    while doc[end - 1].text.startswith("ال") and (k := skip_space(doc, end)) < len(doc) and end - q < CLOSENESS_CHAIN \
            and is_arabic_word(doc[k]) and doc[k].text.startswith("ال") and not is_function_word(doc[k]) \
            and normalize(doc[k].text).endswith(ADJECTIVE_ENDINGS):
        end = k + 1   # "من الحكومة العراقية"
    return end


def site_in_place(doc: Doc, q: int) -> tuple[int, str] | None:
    """"مستشفى بالموصل", "سجن في حلب": an indefinite noun, then a known place after بـ or في."""
    if q >= len(doc) or not is_arabic_word(doc[q]) or doc[q].text.startswith(("ال", "و")) or is_function_word(doc[q]):
        return None
    r = skip_space(doc, q + 1)
    if r < len(doc) and normalize(doc[r].text) == "في":
        r = skip_space(doc, r + 1)
    elif r >= len(doc) or not doc[r].text.startswith("ب"):
        return None
    return known_entity_at(doc, r, ("Place",))


def construct_complement(doc: Doc, j: int, limit: int = 2) -> int:
    """End of the definite words (and numbers) that complete a noun in the construct state."""
    for step in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc) or not (doc[k].text.startswith("ال") or doc[k].like_num) or is_function_word(doc[k]) \
                or normalize(doc[k].text) in ADJUNCTS:
            break   # "علماء الآثار اليوم": a time word ends the construct
        if step and (normalize(doc[k].text) in lexicon.groups()
                     or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None):
            break   # "واتهم معارضو الحكومة السلطات": a group or a name after the complement is no adjective of it
        j = k + 1
    return j


def group_modifiers(doc: Doc, j: int, surface: str, definite: bool = False,
                     limit: int = 4) -> tuple[int, str | None]:
    """End of the words after a group noun that belong to it, and the country a nationality among
    them ties it to: agreeing adjectives ("المسلحين المتشددين", "القوى المتشددة"), elatives and
    numerals ("القوى الكبرى", "الدول الثلاث"), nationalities, also coordinated ("خبراء كنديون
    وبرازيليون"). Definiteness is the construct's last word's ("زعماء القبائل" is definite); a
    conjunct that is a noun of its own ("والسياسيين") is a group of its own. A noun with a possessive
    pronoun is definite ("سلطاتنا الأمنية")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    words = surface.split()
    definite = definite or words[-1].startswith("ال")
    head = normalize(words[0])
    if len(words) > 1 and crowd_number_clitic(head) is not None:
        head = normalize(words[1])   # "مئات المتظاهرين القوميين": the adjective agrees with the crowd counted
    case = _sound_plural_case(head)
    countries: list[str] = []
    adjectives = 0   # agreeing adjectives taken so far
    for _ in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc) or not toks.arabic[k]:
            break
        word = toks.texts[k]
        if not word.startswith("و") or countries:
            if (pair := _two_word_nationality(doc, k)) is not None:
                countries.append(pair[0])   # "الشعب الكوري الجنوبي", "مسؤولون جنوب أفريقيون"
                j = pair[1]
                continue
        country = nisba_country(doc, k) or (None if countries or adjectives else _country_named_as_adjective(head, word))
        if country and (not word.startswith("و") or countries):  # "كنديون وبرازيليون"
            countries.append(country)
            j = k + 1
            continue
        norm = normalize(word)
        if norm == NOT and (q := skip_space(doc, k + 1)) < len(doc) and toks.texts[q].startswith("ال") == definite \
                and _agreeing_adjective(normalize(toks.texts[q]), head, case) and not is_function_text(toks.texts[q]):
            j = q + 1   # "المجموعات المسلحة غير النظامية": an adjective negated by غير
            continue
        if word.startswith("و") and adjectives and _relative_adjective_conjunct(norm[1:], head, case):
            j = k + 1   # "ناشطون حقوقيون وبيئيون": a relative adjective coordinated with the one before
            continue
        if word.startswith("ال") != definite or (word.startswith("و") and _a_noun_conjunct(norm[1:])) \
                or word.startswith(GLUED_PREPOSITIONS):
            break   # a preposition glued to the article starts a phrase of its own: "دول فقيرة للغاية"
        if norm in STANCE_PARTICIPLES and (end := _stance_complement_end(doc, k)) > k + 1:
            j = end   # "ناشطون مؤيدون للإصلاح", "قوات موالية للمعارضة": the side they take names them
            break
        if norm in GROUP_MODIFIERS or (not is_function_text(toks.texts[k]) and _agreeing_adjective(norm, head, case)
                                       and norm not in lexicon.cues() and not _governs_a_preposition(doc, k)
                                       and not known_entity_at(doc, k, ("Place", "Organization", "Person"))):
            j, adjectives = k + 1, adjectives + 1
            if norm in GROUP_MODIFIERS and (q := skip_space(doc, j)) < len(doc) and normalize(toks.texts[q]) in NUMBERS:
                j = q + 1   # "الموقوفين الثمانية عشر": the tens word of a compound numeral after its units
            continue
        break
    distinct = list(dict.fromkeys(countries))
    return j, (distinct[0] if len(distinct) == 1 else None)


def participle_before_preposition_end(doc: Doc, j: int, surface: str, definite: bool = False) -> int | None:
    """"نواب غاضبون في جلسة", "الوزراء السابقين في رسالة", "المرشحين الخاسرين في مقابلة": the end of a
    plural participle right after a group's phrase (tokens up to j), agreeing with its noun, before a preposition
    and an indefinite noun. group_modifiers leaves it out of the phrase, as it may open a relative clause; where
    the preposition's noun is indefinite it most often says where or how the clause's event happened, no complement
    of the participle, and the group with the participle is a name of it too. Before a definite noun or a preposition
    glued to the article ("العاملين في المصانع", "المرتبطين بالبرنامج") the participle governs it, a relative
    clause (who work in the factories), no name. None when no such word follows."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    words = surface.split()
    definite = definite or words[-1].startswith("ال")
    head = normalize(words[0])
    if len(words) > 1 and crowd_number_clitic(head) is not None:
        head = normalize(words[1])
    k = skip_space(doc, j)
    if k >= len(doc) or not toks.arabic[k] or is_function_text(toks.texts[k]) \
            or toks.texts[k].startswith("ال") != definite or toks.texts[k].startswith(("و", *GLUED_PREPOSITIONS)):
        return None
    norm = normalize(toks.texts[k])
    if norm in lexicon.cues() or norm in STANCE_PARTICIPLES or not _governs_a_preposition(doc, k) \
            or not _agreeing_adjective(norm, head, _sound_plural_case(head)) \
            or known_entity_at(doc, k, ("Place", "Organization", "Person")):
        return None
    q = skip_space(doc, skip_space(doc, k + 1) + 1)   # the preposition's noun
    if toks.texts[skip_space(doc, k + 1)].startswith(GLUED_PREPOSITIONS) or q >= len(doc) or not toks.arabic[q] \
            or toks.texts[q].startswith("ال") or known_entity_at(doc, q, ("Place", "Organization", "Person")):
        return None
    return k + 1


def _two_word_nationality(doc: Doc, k: int) -> tuple[str, int] | None:
    """The country of a nationality adjective of two words starting at k ("الكوري الجنوبي", "الجنوب
    أفريقية", "كوريون جنوبيون") and the end of it; the nisba table holds them with or without the article.
    Not when the first word alone is a nationality the second does not qualify ("الكوري" then a name)."""
    toks = tokens_of(doc)   # (read off the kept lists: asked at most words, doc[k] builds a Token)
    q = skip_space(doc, k + 1)
    if q >= len(doc) or not toks.arabic[k] or not toks.arabic[q]:
        return None
    nisba = lexicon.nisba_to_country()
    first, second = normalize(toks.texts[k]), normalize(toks.texts[q])
    pairs = [f"{first} {second}"]
    if not first.startswith("ال") and not second.startswith("ال"):
        pairs.append(f"ال{first} ال{second}")   # "كوريون جنوبيون" as "الكوريون الجنوبيون"
    country = next((nisba[p] for p in pairs if p in nisba), None)
    return (country, q + 1) if country is not None else None


# the ending of a feminine sound plural (normalised), which names no persons: "السلطات", "القوات"; and of a feminine
# relative adjective ("السعودية", ة read as ه)
NON_HUMAN_PLURAL, FEMININE_NISBA = "ات", "يه"


def _country_named_as_adjective(head: str, word: str) -> str | None:
    """"الشعب المالي": right after a noun of a nation's people, a country's own name ending in ي with the
    article is its nationality adjective. Mali's adjective is spelled like مالي (financial), so no nisba
    table may hold it; after الشعب only the nationality reads."""
    kind = lexicon.groups().get(head)
    norm = normalize(word)
    # "السلطات السعودية", "القوات السعودية": a country named by the feminine of its own adjective, which the nisba
    # table leaves out as the country's name, is the adjective after a plural in ات (no person, so it agrees in the
    # feminine singular); after a plural of persons it is a clause's object ("اتهم المحتجون السعودية")
    feminine = head.endswith(NON_HUMAN_PLURAL) and norm.endswith(FEMININE_NISBA) and norm.startswith("ال")
    if not feminine and (kind is None or kind.kind != "people" or not norm.startswith("ال") or not norm.endswith("ي")):
        return None
    # (Mali is known by its bare name, Saudi Arabia by its name with the article)
    names = (norm, norm[2:]) if feminine else (norm[2:],)
    return next((e.key for name in names for e in lexicon.known_entities().get(name, ())
                 if e.type == "Place" and e.kind == "country"), None)


def _stance_complement_end(doc: Doc, k: int) -> int:
    """End of the لـ complement of a participle of taking sides at k ("مؤيدون للإصلاح", "موالية للمعارضة
    المسلحة"): the word with لـ glued on it and up to two definite adjectives; k + 1 when there is none, or
    when the complement is a known name (which stays a mention of its own) or a body's head noun."""
    q = skip_space(doc, k + 1)
    if q >= len(doc) or not doc[q].text.startswith("ل") or not is_arabic_word(doc[q]) or is_function_word(doc[q]) \
            or known_entity_at(doc, q, ("Place", "Organization", "Person")) \
            or _after_lam(doc[q].text) in lexicon.org_heads():
        return k + 1
    end = q + 1
    while end < len(doc) and end - q <= 2 and doc[end].text.startswith("ال") and not is_function_word(doc[end]) \
            and normalize(doc[end].text).endswith(ADJECTIVE_ENDINGS) \
            and not known_entity_at(doc, end, ("Place", "Organization", "Person")):
        end += 1
    return end


# "other": the definite and indefinite forms that agree with a plural group noun ("الأحزاب الأخرى", "دول أخرى",
# "المسؤولين الآخرين"), normalised without the article
OTHER = frozenset(normalize(w) for w in ("أخرى", "آخرون", "آخرين"))


def other_end(doc: Doc, j: int, definite: bool) -> int | None:
    """"الأحزاب الأخرى", "الجماعات المسلحة الأخرى": the end of "other" right after a group's phrase (tokens up to j),
    with or without the article as the phrase has it, which names the group too (the others of its kind the text
    set apart); None when it does not stand there."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, j)
    if q >= len(doc) or not toks.arabic[q]:
        return None
    word = normalize(toks.texts[q])
    return q + 1 if word.startswith("ال") == definite and strip_article(word) in OTHER else None


IN, FROM = normalize("في"), normalize("من")
ORIGIN = normalize("أصل")                      # "من أصل تركي": of Turkish origin
AGE_NOUNS = frozenset(normalize(w) for w in ("عمره", "عمرها", "العمر"))   # "في الستين من عمره"


def description_end(doc: Doc, j: int) -> int | None:
    """"ممرضة في ليون", "طالب ألماني من أصل تركي", "رجل في الستين من عمره": the end of the phrase after an
    unnamed person of reportage (tokens up to j) that says where the person is (في and a known place) or which body
    the person works in (في and a body: body_phrase_end, "مسؤول في وزارة الزراعة"), of what origin (من أصل and its
    adjective) or of what age (في, a number, من عمره); None when none follows."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, j)
    r = skip_space(doc, q + 1)
    if r >= len(doc) or not toks.arabic[q]:
        return None
    first = normalize(toks.texts[q])
    if first == IN and toks.texts[r] == QUOTE_OPEN:
        return body_phrase_end(doc, r)   # "قيادي في «التحالف المدني»": a body named in guillemets
    if not toks.arabic[r]:
        return None
    second = normalize(toks.texts[r])
    if first == IN and (place := known_entity_at(doc, r, ("Place",))) is not None:
        return place[0]
    if first == IN and (body_end := body_phrase_end(doc, r)) is not None:
        return body_end
    t = skip_space(doc, r + 1)
    if first == FROM and second == ORIGIN and t < len(doc) and toks.arabic[t] and not is_function_text(toks.texts[t]):
        return t + 1
    u = skip_space(doc, t + 1)
    if first == IN and t < len(doc) and normalize(toks.texts[t]) == FROM and u < len(doc) \
            and normalize(toks.texts[u]) in AGE_NOUNS and (second in NUMBERS or second.startswith("ال")):
        return u + 1
    return None


BODY_NAME_WORDS = 4   # words of a body's name after its head noun: "مكتب نائب رئيس الوزراء"
QUOTE_OPEN, QUOTE_CLOSE = "«", "»"
# prepositions glued on a word, which open an adjunct of the clause ("لوكالة", "بالقرب"), no word of a body's name
NAME_BREAKING_CLITICS = ("ل", "ب", "و")


def body_phrase_end(doc: Doc, r: int) -> int | None:
    """"مسؤول في وزارة الزراعة", "مصدر في ديوان المحافظ", "قيادي في «التحالف المدني»": the end of the body an
    unnamed source works in, named after في at r: a known body, a name in guillemets, or the head noun of a body's
    name (org_heads.tsv: وزارة، مكتب، حزب، اللجنة ...) with the words of the name after it, up to the first
    punctuation, function word, word of saying, or word with a preposition or conjunction glued on (which opens an
    adjunct of the clause: "لوكالة الأنباء"), within BODY_NAME_WORDS words; None when no body follows."""
    body = known_entity_at(doc, r, ("Organization",))
    if body is not None:
        return body[0]
    toks = tokens_of(doc)
    if toks.texts[r] == QUOTE_OPEN:
        close = next((k for k in range(r + 1, min(r + 2 + BODY_NAME_WORDS, len(doc))) if toks.texts[k] == QUOTE_CLOSE),
                     None)
        return close + 1 if close is not None and close > r + 1 else None
    heads = lexicon.org_heads()
    if not is_arabic_word(doc[r]) or strip_article(normalize(toks.texts[r])) not in heads \
            and normalize(toks.texts[r]) not in heads:
        return None
    end, k = r + 1, skip_space(doc, r + 1)
    for _ in range(BODY_NAME_WORDS):
        if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]) \
                or toks.texts[k].startswith(NAME_BREAKING_CLITICS) and normalize(toks.texts[k]) not in heads \
                or normalize(toks.texts[k]) in lexicon.cues() or normalize(toks.texts[k]) in ADJUNCTS:
            break
        end, k = k + 1, skip_space(doc, k + 1)
    return end


def stance_name_end(doc: Doc, j: int) -> int | None:
    """"القوى المؤيدة لأوروبا", "الفصائل الموالية لتركيا": when a group's phrase (tokens up to j) ends with a participle
    of taking sides and a known name with لـ glued on follows, the end of that name, which the side the group takes
    names it with (its tokens stay the name's own mention); None otherwise."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, j)
    if j < 1 or q >= len(doc) or normalize(toks.texts[j - 1]) not in STANCE_PARTICIPLES or not toks.texts[q].startswith("ل"):
        return None
    known = known_entity_at(doc, q, ("Place", "Organization", "Person"))
    return None if known is None else known[0]


def _after_lam(word: str) -> str:
    """The folded noun behind a glued لـ: "للحزب" -> "حزب" (لـ on the article), "لحزب" -> "حزب" (a single لـ,
    whose noun keeps all its letters)."""
    return normalize(word[2:] if word.startswith("لل") else word[1:])


def _relative_adjective_conjunct(rest: str, head: str, case: str | None) -> bool:
    """"وبيئيون" after "ناشطون حقوقيون": a plural relative adjective (in يون/يين) after و, no group noun of
    its own, agreeing with the head as the adjective before it does, is a second adjective of the group."""
    return rest.endswith(RELATIVE_PLURAL_ENDINGS) and rest not in lexicon.groups() \
        and _agreeing_adjective(rest, head, case)


# the sound masculine plural of a relative adjective (nisba): "حقوقيون", "بيئيين"
RELATIVE_PLURAL_ENDINGS = ("يون", "يين")


def _a_noun_conjunct(rest: str) -> bool:
    """"ومهندسين", "والسياسيين": after و, a group noun or a plural of persons is a conjunct of its own
    (a group of its own); coordinated adjectives ("دينية وقبلية") belong to the group."""
    return rest in lexicon.groups() or rest.endswith(PLURAL_ENDINGS[:2])


def _governs_a_preposition(doc: Doc, k: int) -> bool:
    """"العاملين في كندا": a plural participle with its complement after it works as a relative
    clause ("who live in"), not as a name of the group; a relative adjective does not ("دبلوماسيون
    غربيون عن")."""
    norm = normalize(doc[k].text)
    if not norm.endswith(PLURAL_ENDINGS[:2]) or norm.endswith(RELATIVE_PLURAL_ENDINGS):
        return False  # a relative adjective ("غربيون عن", "محليون في") is no participle with a complement
    q = skip_space(doc, k + 1)
    # the preposition stands alone ("في") or is glued to a definite noun ("بالبرنامج", "للحكومة")
    return q < len(doc) and (normalize(doc[q].text) in PREPOSITIONS or doc[q].text.startswith(GLUED_PREPOSITIONS))


def _sound_plural_case(head: str) -> str | None:
    """"ون" / "ين" for a sound masculine plural head, whose adjectives take its ending; None for a
    broken or feminine plural ("القوى", "الجماعات", "قادة")."""
    return next((e for e in PLURAL_ENDINGS[:2] if head.endswith(e) and len(head) >= 5), None)


# the bare ending of a masculine singular relative adjective ("عسكري"), which a sound masculine plural head never
# takes: its adjectives are plural ("عسكريون"); a feminine singular ("عسكرية") agrees with broken plurals of things
MASCULINE_SINGULAR_ENDING = "ي"


def _agreeing_adjective(norm: str, head: str, case: str | None) -> bool:
    """A word shaped like an adjective of a plural group noun: a relative adjective ("عسكريون",
    "الطبية"); a sound plural in the noun's own case ("المستقلين" after "النواب", "المتشددين" after
    "المسلحين", never "المعتقلين" after "المسلحون"); after a broken or feminine plural, a feminine
    participle ("المسلحة", "المتشددة"). Never a masculine singular in bare ي after a sound masculine plural."""
    bare = norm[2:] if norm.startswith("ال") else norm
    if len(bare) < 3:
        return False
    ending = next((e for e in PLURAL_ENDINGS[:2] if bare.endswith(e) and len(bare) >= 5), None)
    if ending is not None and norm.startswith("ي") and not norm.endswith(RELATIVE_PLURAL_ENDINGS):
        return False  # an imperfect verb ("يكذبون"), unless a relative adjective ("يابانيون")
    if ending is not None:
        # a feminine plural ("جماعات") takes no masculine plural: "جماعات مسلحة قريتين" ends at the dual
        return ending == case if case else not head.endswith(PLURAL_ENDINGS[2])
    if case and norm.endswith(MASCULINE_SINGULAR_ENDING):
        return False  # "أقر مسؤولون بتلقي": a masculine singular agrees with no plural of persons (a noun, a masdar)
    if norm.endswith(ADJECTIVE_ENDINGS) and len(norm) >= 4:
        return True
    return case is None and bare.startswith("م") and bare.endswith("ه") and len(bare) >= 5
