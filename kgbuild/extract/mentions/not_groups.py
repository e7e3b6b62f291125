"""When a group noun names no group actor of its own: a verbal noun spelled as it ("لعدم اتباعه"), persons
counted ("3 جنود"), a word of a body's name ("نقابة الصحفيين"), members of a known body or of a title
holder ("قادة الاتحاد الأفريقي"), of a movement ("مسلحي الحوثي": the movement is the actor) or drawn from
a body ("عناصر من الحزب"); with is_number, which tells a number in figures or words."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import is_function_text, OPEN_QUOTES, ner_ents, is_arabic_word, is_function_word, is_name_like_whole, prev_word, tokens_of
from .base import (PLURAL_ENDINGS, Candidate, cues_before, known_entity_at, match_title, nisba_country, skip_space,
                   span_chars, token_infos)
from .spans import crowd_number_clitic
from .peoples import PEOPLE_ADJECTIVES, PLURAL_TITLES, TITLE_HOLDERS_KIND


def after_masdar_governor(doc: Doc, i: int) -> bool:
    """"لعدم اتباعه الإجراءات", "ضرورة معارضة": after a word whose next word is a verbal noun, a group noun's
    spelling is the verbal noun's ("following", "opposing"); so it is where the opposition is a place a party takes
    (opposition_as_a_position)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None or not toks.arabic[p]:
        return False
    return any(norm in MASDAR_GOVERNORS for _, _, norm in token_infos(doc)[p].readings) \
        or opposition_as_a_position(doc, i)


def opposition_as_a_position(doc: Doc, i: int) -> bool:
    """"سيبقى الحزب في صفوف المعارضة", "ستكون الحركة في المعارضة", "الانتقال إلى المعارضة", "سيقود المعارضة":
    the definite "the opposition" after a verb of being, staying or moving and its في or إلى (past "صفوف",
    "مقاعد"), or as what a party leads, is the role a party takes after a vote, no opposition acting."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    word = normalize(toks.texts[i])
    row = lexicon.groups().get(word)
    if row is None or row.kind != OPPOSITION_KIND or not word.startswith("ال"):
        return False
    p = prev_word(doc, i)
    if p is not None and normalize(toks.texts[p]) in OPPOSITION_RANKS:
        p = prev_word(doc, p)   # "في صفوف المعارضة", "على مقاعد المعارضة"
    if p is None:
        return False
    if normalize(toks.texts[p]) in POSITION_PREPOSITIONS:
        return _verb_at(doc, prev_word(doc, p), POSITION_VERBS)
    return _verb_at(doc, p, LEADING_VERBS)


def opposition_as_an_adjective(doc: Doc, i: int) -> bool:
    """"(بوديمو) المعارضة", "الأصوات المعارضة", "الجبهة المعارضة", "النائبة المعارضة فلانة": the definite feminine
    "المعارضة" is also the participle "opposing", which qualifies the word before it as its adjective when that word
    is a name set apart in brackets or quotes, a definite non-human plural (which takes a feminine adjective), the
    head noun of a party ("الجبهة", "الحركة", "الكتلة"), or a definite title with a person's name right after the
    adjective; the body or person is named, no opposition acts. Not after any other definite singular ("وصفت
    الحكومة المعارضة بأنها", "اتهم الرئيس المعارضة": the object of a verb after its subject)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    word = toks.texts[i]
    row = lexicon.groups().get(normalize(word))
    if row is None or row.kind != OPPOSITION_KIND or not word.startswith("ال") or not normalize(word).endswith("ه"):
        return False   # (a clitic before it, "والمعارضة", joins a noun of its own)
    p = prev_word(doc, i)
    if p is None:
        return False
    before = toks.texts[p]
    if before in CLOSING_MARKS:
        return True
    if not toks.arabic[p] or is_function_text(toks.texts[p]) or not before.startswith("ال"):
        return False
    norm = normalize(before)
    return norm.endswith(NON_HUMAN_PLURAL) or lexicon.org_heads().get(norm[2:]) == PARTY_HEAD_KIND \
        or _persons_name_at(doc, skip_space(doc, i + 1))


# the marks that close a name set apart before its adjective: "(بوديمو) المعارضة", "«تشاديما» المعارضة"
CLOSING_MARKS = frozenset({")", "»", '"', "”"})
# the ending of a sound feminine plural, normalised: of things ("الأصوات", "الحركات"), which take a feminine adjective
NON_HUMAN_PLURAL = "ات"
# the kind of body head (org_heads.tsv) that a camp of politics names itself by: a front, movement or bloc; not a state
# institution ("الحكومة"), which is the subject of a verb the opposition is the object of
PARTY_HEAD_KIND = "party"


def _verb_at(doc: Doc, p: int | None, verbs: frozenset[str]) -> bool:
    """Is token p one of verbs, with any clitic?"""
    return p is not None and is_arabic_word(doc[p]) \
        and any(normalize(stem) in verbs for _, stem in clitic_variants(doc[p].text))


OPPOSITION_KIND = "opposition"
# the ranks or benches of the opposition a party sits in ("صفوف", "مقاعد"; function_words.tsv opposition_rank)
OPPOSITION_RANKS = lexicon.function_words().opposition_rank
# the prepositions of where a party is or goes ("في", "إلى"; function_words.tsv position_preposition)
POSITION_PREPOSITIONS = lexicon.function_words().position_preposition
# verbs of being, staying, moving or returning somewhere (function_words.tsv position_verb), and of leading
# (function_words.tsv leading_verb)
POSITION_VERBS = lexicon.function_words().position_verb
LEADING_VERBS = lexicon.function_words().leading_verb


def audience_of_a_speech(doc: Doc, i: int, clitic: str) -> bool:
    """"خطب أمام أنصاره", "أمام حشد من أنصاره", "خاطب مؤيديه", "وقال الزعيم لأنصاره: «...»": a possessed plural
    group noun (the speaker's own followers) before whom or to whom a speech is given is its audience, named
    in passing: no group actor, neither a target of what is said nor a speaker."""
    if clitic.endswith(TO):
        # "لأنصاره:" right before what is said: the ones it is said to
        k = skip_space(doc, i + 1)
        return k < len(doc) and (doc[k].text == ":" or doc[k].text in OPEN_QUOTES)
    p = prev_word(doc, i)
    if p is not None and normalize(doc[p].text) == PARTITIVE_FROM:
        # "أمام حشد من أنصاره", "أمام عشرات الآلاف من أنصاره": past the crowd and its partitive
        q, crowd = prev_word(doc, p), False
        while q is not None and normalize(doc[q].text) in AUDIENCE_CROWD:
            q, crowd = prev_word(doc, q), True
        if not crowd:
            return False
        p = q
    if p is not None and any(normalize(stem) in AUDIENCE_BEFORE for _, stem in clitic_variants(doc[p].text)):
        return True
    # "خاطب الزعيم أنصاره": the verb of addressing a few words back, its subject between, in the same clause
    return _verb_a_few_words_back(doc, p, ADDRESSING_VERBS)


def called_on(doc: Doc, i: int) -> bool:
    """"حث الزعيم أنصاره على", "مطالبا مؤيديه بـ": a verb or participle of calling on someone a few words before
    the noun (past its subject), whose object the noun is."""
    return _verb_a_few_words_back(doc, prev_word(doc, i), CALLING_VERBS)


def cue_verb_before(doc: Doc, i: int, clitic: str) -> bool:
    """"وصفها خصومه", "متهما خصومه", "اتهم النائب أعداءه": a verb of saying, accusing or calling (a cue of kind verb)
    at most ADDRESS_REACH words before the noun (past its subject), bare, after و or ف, or with an object pronoun
    glued on ("وصفها"): the noun is the verb's subject who speaks, or the one it accuses or addresses. Not when a
    preposition governs the noun ("رسائل إلى خصومه", "لخصومه"): the object of the preposition is named in passing."""
    if clitic.endswith(PREPOSITION_CLITICS):
        return False
    p = prev_word(doc, i)
    if p is not None and normalize(doc[p].text) in PREPOSITIONS:
        return False
    cues = lexicon.cues()
    for _ in range(ADDRESS_REACH):
        if p is None or not is_arabic_word(doc[p]):
            return False
        for proclitic, stem in clitic_variants(doc[p].text):
            if proclitic not in VERB_PROCLITICS:
                continue   # "لدعم خصومه": a verbal noun after a preposition, no verb
            norm = normalize(stem)
            for bare in (norm, *(norm[:-len(s)] for s in OBJECT_PRONOUNS if norm.endswith(s) and len(norm) > len(s) + 1)):
                if (cue := cues.get(bare)) is not None and cue.kind == "verb":
                    return True
        p = prev_word(doc, p)
    return False


# what may be glued before a verb (the conjunctions), and the object pronouns after it, normalised ("ه" for ة too)
VERB_PROCLITICS = frozenset({"", "و", "ف"})
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
# prepositions, as words and glued on ("لخصومه", "بأعدائه")
PREPOSITIONS = lexicon.function_words().preposition
PREPOSITION_CLITICS = ("ل", "ب", "ك")


def _verb_a_few_words_back(doc: Doc, p: int | None, verbs: frozenset[str]) -> bool:
    """One of verbs (with any clitic) at token p or up to ADDRESS_REACH words before it, through Arabic words
    only (the verb and its subject stand between it and the noun, in the same clause)."""
    for _ in range(ADDRESS_REACH):
        if p is None or not is_arabic_word(doc[p]):
            return False
        if any(normalize(stem) in verbs for _, stem in clitic_variants(doc[p].text)):
            return True
        p = prev_word(doc, p)
    return False


def people_idiom(doc: Doc, i: int) -> bool:
    """"النزول عند إرادة الشعب", "باسم الشعب": "the people" in construct after a noun of a fixed phrase of political
    language, no people acting."""
    return _in_construct_after(doc, i, PEOPLE_IDIOM_HEADS)


def people_rhetoric(doc: Doc, i: int) -> bool:
    """"سنعيد الكلمة إلى الشعب", "نقف مع الشعب": the bare "the people" right after a preposition of a leader's
    rhetoric, no people acting; not with an adjective after it ("إلى الشعب العراقي")."""
    k = skip_space(doc, i + 1)
    adjective = k < len(doc) and is_arabic_word(doc[k]) and normalize(doc[k].text).startswith("ال") \
        and not is_function_word(doc[k])
    return _in_construct_after(doc, i, PEOPLE_RHETORIC_BEFORE) and not adjective


def gang_idiom(doc: Doc, i: int) -> bool:
    """"حرب العصابات", "أساليب العصابات": "the gangs" in construct after a noun of a way of fighting names guerrilla
    warfare, no gangs acting."""
    return _in_construct_after(doc, i, GANG_IDIOM_HEADS)


def those_responsible(doc: Doc, i: int, n: int) -> bool:
    """"محاسبة المسؤولين عن العنف", "المسؤولين عنه": the plural of "responsible" right before عن (or عن with a
    pronoun) is whoever did the deed it names, no officials."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if n != 1 or not any(normalize(stem) in RESPONSIBLE_NOUNS for _, stem in clitic_variants(toks.texts[i])):
        return False
    k = skip_space(doc, i + 1)
    return k < len(doc) and normalize(toks.texts[k]) in ANSWERABLE_FOR


# the plural of "responsible" (function_words.tsv responsible_noun) and the عن of what one answers for (answerable_for)
RESPONSIBLE_NOUNS = lexicon.function_words().responsible_noun
ANSWERABLE_FOR = lexicon.function_words().answerable_for


def deployed(doc: Doc, i: int) -> bool:
    """"نشر الجيش جنودا", "مع نشر مئات الجنود", "أرسلت قوات": soldiers or troops right after a verb or verbal noun
    of deploying (past a rough count of a crowd) are what is deployed, no party acting."""
    p = prev_word(doc, i)
    if p is not None and crowd_number_clitic(normalize(doc[p].text)) is not None:
        p = prev_word(doc, p)   # the group's span may start at the count ("مئات الجنود") or after it
    return p is not None and is_arabic_word(doc[p]) \
        and any(normalize(stem) in DEPLOYING_WORDS for clitic, stem in clitic_variants(doc[p].text)
                if clitic in ("", "و", "ف", "ب"))


# verbs and verbal nouns of deploying or sending forces (function_words.tsv deploying_word)
DEPLOYING_WORDS = lexicon.function_words().deploying_word


def _in_construct_after(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """Is the word before token i, in any of its readings, one of heads (the noun i stands in construct after)?"""
    p = prev_word(doc, i)
    if p is None or not is_arabic_word(doc[p]):
        return False
    return any(norm in heads for _, _, norm in token_infos(doc)[p].readings)


# nouns of guerrilla warfare with "the gangs" after them (function_words.tsv gang_idiom_head)
GANG_IDIOM_HEADS = lexicon.function_words().gang_idiom_head
# nouns of fixed phrases with "the people" after them (function_words.tsv people_idiom_head)
PEOPLE_IDIOM_HEADS = lexicon.function_words().people_idiom_head
# prepositions of a leader's rhetoric with the bare "the people" after them (function_words.tsv people_rhetoric_before)
PEOPLE_RHETORIC_BEFORE = lexicon.function_words().people_rhetoric_before
# verbs and participles of calling on someone to act (function_words.tsv calling_verb)
CALLING_VERBS = lexicon.function_words().calling_verb
# the preposition "to" glued on the audience a speech is addressed to
TO = "ل"
# before whom or to whom a speech is given ("أمام", "خاطب"), and a crowd of the audience before its من ("حشد")
AUDIENCE_BEFORE = lexicon.function_words().audience_before
AUDIENCE_CROWD = lexicon.function_words().audience_crowd
# verbs of addressing an audience ("خاطب"), and how many words back (the verb and its subject) they stand
ADDRESSING_VERBS = lexicon.function_words().addressing_verb
ADDRESS_REACH = 4


def one_voter(doc: Doc, i: int, surface: str) -> bool:
    """"الناخب محمد فلان", "الناخب اليميني", "الناخب الذي ...": the definite singular voter names the electorate at
    large bare or with its nation only ("الناخب كافأ الاستقرار", "الناخب الفرنسي سئم الوعود"); before a person's
    name it is one voter's title, before any other definite word (an adjective of camp or office, "الوطني" of the
    national team's coach, a relative pronoun) a kind of voter or no voter, no electorate. The plurals are always
    the voters."""
    if normalize(surface) not in SINGULAR_VOTER:
        return False
    k = skip_space(doc, i + 1)
    if k >= len(doc):
        return False
    if doc[k].text.startswith("ال"):
        return nisba_country(doc, k) is None
    return any(start == k and label in PERSON_LABELS for start, _, label in ner_ents(doc))


# the definite singular voter, bare or with the conjunction
SINGULAR_VOTER = frozenset(normalize(w) for w in ("الناخب", "والناخب"))


def quantified_as_all(doc: Doc, i: int, j: int) -> bool:
    """"جميع القوى السياسية", "كل القوى السياسية", "القوى السياسية كافة": the group quantified as all of it, by a
    quantifier before it (also with و) or كافة after it."""
    p = prev_word(doc, i)
    if p is not None and any(normalize(stem) in QUANTIFIERS for _, stem in clitic_variants(doc[p].text)):
        return True
    k = skip_space(doc, j)
    return k < len(doc) and normalize(doc[k].text) in QUANTIFIERS


# "all", "every", "any" (كل، جميع، كافة)
QUANTIFIERS = lexicon.function_words().quantifier


def counted(doc: Doc, i: int) -> bool:
    """"3 جنود", "ثلاثة مسلحين", "وأربعة شرطيين": a number of persons counted (casualties, arrests),
    no actor; a number may carry و or ف ("شرطي وأربعة جنود", "شرطي و5 جنود"); never a sound plural in the
    nominative ـون, which no number governs."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is not None and normalize(toks.texts[p]) == PARTITIVE_FROM:
        # "300 من مواطني البلدة": a figure of the persons among them, no actor; "آلاف من أنصار الحزب" counts
        # a crowd roughly, which acts as one
        pp = prev_word(doc, p)
        return pp is not None and (toks.like_num[pp] or normalize(toks.texts[pp]).isdigit()) \
            and crowd_number_clitic(normalize(toks.texts[pp])) is None
    if p is None or toks.texts[i].startswith("ال") or normalize(toks.texts[i]).endswith(PLURAL_ENDINGS[0]):
        # "وهو ما عده محللون": persons counted take the genitive ("ثلاثة محللين"); a sound plural in ـون is the
        # subject of the word before, a verb spelled as a number word ("عدّه", "considered it") is
        return False
    return is_number(doc, p)


# "اليونان حكومة وشعبا", "لبنان دولة وشعبا": indefinite accusatives that list the facets of the state named before
# them (tamyiz); the people among them is that state's, no group of its own
STATE_FACETS = frozenset(normalize(w) for w in lexicon.function_words().state_facet)


def facet_of_a_state(doc: Doc, i: int, surface: str) -> bool:
    """"مع اليونان حكومة وشعبا", "مع لبنان شعبا وحكومة": an indefinite accusative group noun ("شعبا") joined by و to
    a facet of a state ("قيادة", "حكومة", "دولة"), before or after it: the state named before is meant."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not normalize(surface).endswith("ا") or normalize(surface).startswith("ال"):
        return False
    words = tokens_of(doc).texts
    p = prev_word(doc, i)
    if normalize(toks.texts[i]).startswith("و") and p is not None and normalize(words[p]) in STATE_FACETS:
        return True
    n = i + 1
    while n < len(doc) and toks.spaces[n]:
        n += 1
    nxt = normalize(toks.texts[n]) if n < len(doc) else ""
    return nxt.startswith("و") and nxt[1:] in STATE_FACETS


def is_number(doc: Doc, k: int) -> bool:
    """Token k is a number, in figures or in words, also with و or ف before it ("و5", "وأربعة")."""
    toks = tokens_of(doc)   # asked at many tokens: not doc[k], which builds a Token
    word = normalize(toks.texts[k])
    bare = word[1:] if word[:1] in "وف" else word
    return toks.like_num[k] or bare.isdigit() or word in NUMBER_WORDS or bare in NUMBER_WORDS


def completes_a_body_name(doc: Doc, i: int, surface: str, reach: int = 2) -> bool:
    """"نقابة الصحفيين", "كلية الضباط", "مجلس حكماء المسلمين": a definite group noun in the construct
    after an organization's head noun (one more noun may stand between), also in quote marks, completes
    the body's name."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not surface.startswith("ال"):
        return False
    p = i
    # "وتجمع المحتجون": a nominative sound plural is no genitive complement of a head noun; the word before
    # is a verb and the group its subject (a name in quote marks, "جماعة «المتطوعون»", keeps any case)
    nominative = normalize(surface).endswith(PLURAL_ENDINGS[0])
    for step in range(reach):
        p = prev_word(doc, p)
        if step == 0 and p is not None and toks.texts[p] in OPEN_QUOTES:
            p = prev_word(doc, p)   # "جماعة «المهاجرون»": a body's name in quote marks after its head
            nominative = False
        elif step == 0 and nominative:
            return False
        if p is None or not toks.arabic[p] or is_function_text(toks.texts[p]):
            return False
        norm = normalize(toks.texts[p])
        bare = norm[1:] if norm[:1] in "وفلب" else norm
        if bare.startswith("ال"):
            return False   # "نصحت السفارة المسافرين": a definite word before is no construct head
        if norm in lexicon.org_heads() or bare in lexicon.org_heads():
            return True
    return False


def defence_forces_of_a_state(doc: Doc, i: int, n: int) -> bool:
    """"قوات الدفاع الغانية", "قوات الدفاع الوطنية": forces "of defence" with a nationality adjective, or an
    adjective of the nation's own (national, self-), right after "defence" are a state's army, a body named so
    (the org finder reads it); "قوات الدفاع المدني", "الجوي", "الشعبي" name other services or militias."""
    k = skip_space(doc, i + n)
    if k >= len(doc) or token_infos(doc)[k].norm not in DEFENCE_NOUNS:
        return False
    a = skip_space(doc, k + 1)
    return a < len(doc) and (nisba_country(doc, a) is not None or token_infos(doc)[a].norm in STATE_DEFENCE_ADJECTIVES)


def army_of_defence_forces(doc: Doc, i: int, end: int) -> str | None:
    """"قوات الدفاع الأوغندية" (tokens i to end): the state's army by its other name, "الجيش الأوغندي" (the
    nationality in the masculine, agreeing with الجيش), which names the same body; None for other forces."""
    k = skip_space(doc, i + 1)
    a = skip_space(doc, k + 1)
    if a != end - 1 or not defence_forces_of_a_state(doc, i, 1) or nisba_country(doc, a) is None:
        return None
    adjective = doc[a].text
    masculine = adjective[:-1] if adjective.endswith(FEMININE_ENDINGS) else adjective
    return ARMY_NOUN + " " + masculine


FEMININE_ENDINGS = ("ة", "ه")
ARMY_NOUN = next(iter(lexicon.function_words().army_noun))   # one word: "الجيش"
DEFENCE_NOUNS = lexicon.function_words().defence_noun
STATE_DEFENCE_ADJECTIVES = lexicon.function_words().state_defence_adjective


def members_of_a_body(doc: Doc, i: int, n: int, surface: str) -> bool:
    """"قادة الاتحاد الأفريقي", "حراس رئيس الوزراء", "زعماء فرنسا": persons in construct with a known body or a
    title holder (holders of a plural title also with a known country) act for them; the body, person or country
    is the actor, not a group of its own."""
    if n != 1 or surface.startswith("ال"):
        return False
    k = skip_space(doc, i + 1)
    if k < len(doc) and doc[k].text.startswith("ل") and _right_after_a_verb(doc, i):
        # "وقال سكان لرويترز", "وقال شهود لوكالة فرانس برس": the subject of a verb of saying with لـ and a
        # body after it speaks to the body (an outlet, mostly); members of it would take بـ or في
        return False
    if normalize(surface).endswith(PLURAL_ENDINGS[:2]) and not (k < len(doc) and doc[k].text.startswith(("ب", "ل"))):
        # "واتهم معارضون الحكومة": a sound plural that keeps its ن is in no construct, the body after it is
        # its verb's object; members of a body take it with a preposition ("مسؤولين بالوزارة")
        return False
    # "قادة الصين": the holders of a plural title speak for the country after it, as its leaders
    plural_title = normalize(surface) in PLURAL_TITLES
    types = ("Organization", "Person", "Place") if plural_title else ("Organization", "Person")
    if k < len(doc) and (known_entity_at(doc, k, types) is not None or match_title(doc, k) is not None):
        return True
    if k < len(doc) and _leaders_of_a_body_named_by_its_head(doc, k, surface):
        return True
    # "وزراء خارجية مصر", "وزراء خارجية المجموعة ...": the office's remit in construct, then whose they are;
    # "وزراء الحكومة": the body they belong to. Either way the holders of an office speak for what follows
    # (the speaker rules read it), no group of their own; a nationality after them names one ("وزراء الخارجية
    # العرب"). Leaders are a group of what they lead ("قادة الاحتجاجات"), no office of a body.
    # a plural title need not be a group form of its own ("قياديي" in construct is a title only)
    kind = lexicon.groups().get(normalize(surface))
    office = plural_title and kind is not None and kind.kind == TITLE_HOLDERS_KIND
    return office and (_remit_in_construct(doc, k) or _definite_complement(doc, k))


def _leaders_of_a_body_named_by_its_head(doc: Doc, k: int, surface: str) -> bool:
    """"قادة الحزب", "قادة الحركة", "قادة المجموعة": leaders in construct with a body named again by its definite
    head noun lead that body, which acts through them as it does through "قادة <its name>"; not the leaders of
    several bodies ("قادة الأحزاب") or of what is no body ("قادة الاحتجاجات"), a group of their own. So do its
    fighters ("مقاتلو الحركة", "مقاتلي الجبهة"): the body fights through them."""
    table, norm = lexicon.groups(), normalize(surface)
    # the noun as the table has it: a sound plural in construct has dropped its ن ("مقاتلي", "مقاتلو")
    row = table.get(norm) or (table.get(norm + "ن") if norm.endswith(("ي", "و")) else None)
    if row is None or row.kind not in BODY_MEMBER_KINDS or not is_arabic_word(doc[k]) or not doc[k].text.startswith("ال"):
        return False
    nxt = skip_space(doc, k + 1)
    if nxt < len(doc) and known_entity_at(doc, nxt, ("Place", "Organization", "Person")) is not None:
        return False   # "قادة الحزب <name>": the name after the head is the body's own, read as a mention of it
    return normalize(doc[k].text)[2:] in lexicon.org_heads()


LEADERS_KIND = "leaders"
# the members who act for the body their noun stands in construct with, named again by its head noun: its leaders
# and its fighters
BODY_MEMBER_KINDS = frozenset({LEADERS_KIND, "militants"})


def inside_a_title(doc: Doc, i: int) -> bool:
    """Is the group noun at i a word of a title that opens one or two words before it ("رئيس الوزراء",
    "نائب رئيس الوزراء")?"""
    p = i
    for _ in range(2):
        p = prev_word(doc, p)
        if p is None:
            return False
        title = match_title(doc, p)
        if title is not None and title[0] > i:
            return True
    return False


PERSON_TITLE_KIND = "person_title"   # titles.tsv: a person's office or role
PERSON_LABELS = ("PERS", "PER")      # the NER's label of a person's name


def completes_a_persons_title(doc: Doc, i: int, n: int) -> bool:
    """"مرشح المعارضة فلان", "لمرشح المعارضة فلان": a definite group noun in construct after an indefinite title
    of a person (its definite form in titles.tsv) and before the person's name is a word of his title, whose side
    it says; the opposition does not act there, the candidate does."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None or not toks.texts[i].startswith("ال"):
        return False
    titles = lexicon.titles()
    titled = any(stem and not normalize(stem).startswith("ال")
                 and (t := titles.get("ال" + normalize(stem))) is not None and t.kind == PERSON_TITLE_KIND
                 for _, stem in clitic_variants(toks.texts[p]))
    return titled and _persons_name_at(doc, skip_space(doc, i + n))


def _persons_name_at(doc: Doc, k: int) -> bool:
    """A person's name starts at token k: a known person, or a name the NER reads there or one name-like word on
    (it often leaves out a foreign first name: "آداما [بارو]")."""
    if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]) or doc[k].text.startswith("ال"):
        return False
    if known_entity_at(doc, k, ("Person",)) is not None:
        return True
    starts = {k, skip_space(doc, k + 1)} if is_name_like_whole(doc[k]) else {k}
    return any(start in starts and label in PERSON_LABELS for start, _, label in ner_ents(doc))


def _definite_complement(doc: Doc, k: int) -> bool:
    """Token k is a definite noun completing a construct, no nationality or other adjective of persons
    (no -ون/-ين ending: "الوزراء المشاركون" is no construct either)."""
    if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]):
        return False
    norm = normalize(doc[k].text)
    return norm.startswith("ال") and not norm.endswith(PLURAL_ENDINGS[:2]) and nisba_country(doc, k) is None \
        and norm not in PEOPLE_ADJECTIVES


def _remit_in_construct(doc: Doc, k: int) -> bool:
    """Is token k the indefinite remit of an office in construct after a plural title ("خارجية", "مالية",
    "دفاع" of "وزراء خارجية مصر"): an Arabic word with no article, no function word and no plural adjective
    ("وزراء سابقون")?"""
    if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]):
        return False
    norm = normalize(doc[k].text)
    return not norm.startswith(("ال", "و")) and not norm.endswith(PLURAL_ENDINGS[:2])


def _right_after_a_verb(doc: Doc, i: int) -> bool:
    """Does a verb of saying (or one that continues a statement) stand right before token i?"""
    return any(cue.kind in ("verb", "continuation") for cue in cues_before(doc, i))


def members_of_a_movement(doc: Doc, i: int, n: int, surface: str) -> list[Candidate] | None:
    """"العناصر الحوثية", "المسلحون الحوثيون": a definite group noun whose adjective, in its case, is a known
    body's name (found by the gazetteer) names that body's members; "مسلحي الحوثي": an indefinite one in
    construct with the eponym whose followers' plural names a known body ("الحوثي" -> "الحوثيين") names
    them too. The body is the actor: no group (for the eponym, the body's mention); None otherwise."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    k = skip_space(doc, i + n)
    if k >= len(doc) or not toks.arabic[k] or not toks.texts[k].startswith("ال") or is_function_text(toks.texts[k]):
        return None
    known = lexicon.known_entities()
    word, head = normalize(toks.texts[k]), normalize(surface)

    def body(form: str) -> str | None:
        ents = known.get(form)
        return ents[0].key if ents and ents[0].type == "Organization" else None

    if head.startswith("ال"):
        other_case = (head.endswith("ون") and word.endswith("ين")) or (head.endswith("ين") and word.endswith("ون"))
        return [] if word.endswith(("يه", "يين", "يون")) and body(word) and not other_case else None
    key = body(word + "ين") if n == 1 and word.endswith("ي") else None
    if key is None:
        return None
    s, e = span_chars(doc, k, k + 1, 0)
    return [Candidate(k, k + 1, s, e, clean_surface(toks.texts[k]), "Organization", "gazetteer", key=key)]


def drawn_from_a_body(doc: Doc, j: int) -> bool:
    """"مقاتلين من الحركة", "عناصر من الحزب": fighters or members drawn from a known body act for
    it; the body is the actor. Unnamed sources in a body ("قادة في الحركة") speak as a group."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    k = skip_space(doc, j)
    if k >= len(doc) or normalize(toks.texts[k]) != PARTITIVE_FROM:
        return False
    return known_entity_at(doc, skip_space(doc, k + 1), ("Organization",)) is not None


PARTITIVE_FROM = normalize("من")
# words whose next word is a verbal noun: "عدم", "ضرورة"
MASDAR_GOVERNORS = lexicon.function_words().masdar_governor
# number words that count the persons after them: "ثلاثة جنود"
NUMBER_WORDS = lexicon.function_words().number
