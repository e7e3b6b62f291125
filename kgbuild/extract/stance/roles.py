"""Where a mention stands in the grammar of the content, which decides its stance over the words near it: the
doer of the act's object ("رفض الدعوة التي وجهها X"), a party deep inside that object or fought in it, a party
after a preposition, the party a word of cause names ("جراء قرار X"), the one criticized ("انتقادات حادة لX"),
the doer of a harm told in a passive ("قتل على يد X"), one side of a relation, the country or body of another's
title."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import DAMMA, clitic_variants, normalize
from ..mentions import Candidate
from ..words import PRONOUN_SUFFIXES, QUOTE_CHARS, next_word, tokens_of, words_between
from .acts import dative, governor_of_doings, is_criticism
from .phrases import Lent
from .words import (clitic_of, first_word, has_stem_in, is_accepting, is_attacking, is_giving_up, is_befalling, is_doing, is_harmful, is_harming, is_one_of,
                    is_punishing, is_reverser, of_kind,
                    polarity_table, title_heads, without_article, word_before, word_of_class_before, word_polarity)


OBJECT_WORDS = 6      # words of the act's object before its relative pronoun ("الدعوة الى وقف اطلاق النار التي")
DOER_WORDS = 4        # words of the doer's phrase before a mention of it ("وجهها زعيم الانفصاليين الاكراد X")
# بـ or لـ with a pronoun after a relative clause's verb, taking up the act: "الدور الذي تقوم به X"
RESUMPTIVE_OBJECTS = lexicon.function_words().resumptive_bi | lexicon.function_words().resumptive_li


def named_from(c: Candidate, lo: int) -> int:
    """The first token of mention c with its title when the title stands before the name from lo on ("للرئيس X"):
    where the words that govern X stand before."""
    return c.title_i if c.title_i is not None and lo <= c.title_i < c.i else c.i


def word_right_before(doc: Doc, c: Candidate, lo: int, word: str) -> int:
    """The token of `word` (normalised) right before mention c or its title ("إلى X", "مع الرئيس X"), -1 when
    another word, punctuation or nothing from lo on stands there."""
    toks = tokens_of(doc)
    p = word_before(doc, named_from(c, lo), lo)
    return p if p >= lo and not toks.punct[p] and normalize(toks.texts[p]) == word else -1


def doer_of_object(doc: Doc, c: Candidate, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is mention c the doer of the act's object, in a relative clause right after it whose verb points
    back to the object ("رفض الدعوة التي وجهها X", "أدان الهجوم الذي نفذته X", "أشاد بالدور الذي تقوم
    به X")? Not the object of that verb ("الهجوم الذي استهدف X": X suffers it)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p, steps = word_before(doc, c.i, lo), 0
    while p >= lo and steps <= DOER_WORDS:
        if toks.punct[p]:
            return False
        text = toks.texts[p]
        q = word_before(doc, p, lo)
        if q >= lo and is_one_of(toks.texts[q], words.relative):
            verb = p
        elif q >= lo and is_one_of(toks.texts[p], RESUMPTIVE_OBJECTS) and \
                word_before(doc, q, lo) >= lo and is_one_of(toks.texts[word_before(doc, q, lo)], words.relative):
            verb, q = q, word_before(doc, q, lo)
        else:
            if is_one_of(text, words.preposition) or is_one_of(text, words.complementizer) or \
                    is_one_of(text, words.relative):
                return False
            p, steps = q, steps + (0 if in_name(p) else 1)
            continue
        if verb == p and not normalize(toks.texts[verb]).endswith(PRONOUN_SUFFIXES):
            return False      # "الذي استهدف X": X is what the clause's verb is done to
        first, words_before = first_word(doc, lo), 0
        k = q
        while k > first:
            k = word_before(doc, k, lo)
            if k < lo or toks.punct[k]:
                return False
            words_before += 1
        return k == first and words_before <= OBJECT_WORDS
    return False


def deep(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c named after a preposition more than OBJECT_WORDS words into the content ("نفى صحة التقارير
    المتداولة منذ أيام عن لقاءات سرية مع X"): a party inside the act's object, not the object itself?"""
    if not governed(doc, c, lo):
        return False
    first, words, p = first_word(doc, lo), 0, c.i
    while p > first and words <= OBJECT_WORDS:
        p = word_before(doc, p, lo)
        words += 1
    return words > OBJECT_WORDS


def fought_in_object(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c fought by a word of fighting that is part of the act's object, within its first
    OBJECT_WORDS words ("أدان محاولات إسقاط X", "حذر من الإطاحة بX"), or past X's doings ("أدان وقف أنشطة X")?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p >= lo and is_doing(toks.texts[p]):
        p = governor_of_doings(doc, p, lo)   # "أدان وقف أنشطة X": X's doings are what is fought
    if p < lo or not is_reverser(toks.texts[p]):
        return False
    first, words = first_word(doc, lo), 0
    while p > first and words <= OBJECT_WORDS:
        p = word_before(doc, p, lo)
        if p < lo or tokens_of(doc).punct[p]:
            return False
        words += 1
    return p == first and words <= OBJECT_WORDS


PARTITIVE_OF = normalize("من")   # "عدد من X": the من of a part, after which X heads the phrase


def governed(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand after a preposition, a word or a clitic ب/ل/ك ("في X", "أمام X", "بX", "لX")? Not
    the من of a part ("عددا من X ارتكبوا", "بعض من X"): X is the one the phrase names, the actor."""
    clitic = clitic_of(doc, c)
    if clitic and clitic[-1] in "بلك":
        return True
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or not is_one_of(toks.texts[p], lexicon.function_words().preposition):
        return False
    return not _after_a_part(doc, p, lo)


def _after_a_part(doc: Doc, p: int, lo: int) -> bool:
    """Is word p the من of a part, right after a word of a part (function_words partitive: "عدد", "بعض", "مجموعة",
    "عشرات"; inflections undone: "عددا")?"""
    toks = tokens_of(doc)
    if normalize(toks.texts[p]) != PARTITIVE_OF:
        return False
    q = word_before(doc, p, lo)
    return q >= lo and not toks.punct[q] and of_kind(toks.texts[q], lexicon.function_words().partitive)


def _aimed_at(doc: Doc, c: Candidate, lo: int) -> int | None:
    """The token whose ل aims a thing at mention c: c's own ("لX"), or that of the title right before
    it ("للرئيس X", "لوزير الخارجية X"); None when there is none."""
    if dative(doc, c):
        return c.i
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    for _ in range(3):
        if p < lo or toks.punct[p]:
            return None
        if _is_title_with_li(toks.texts[p]):
            return p
        p = word_before(doc, p, lo)
    return None


@lru_cache(maxsize=65536)   # a function of the word alone: asked of the three words before each mention
def _is_title_with_li(text: str) -> bool:
    """Is the word the first word of a title with لـ glued on it ("للرئيس", "لوزير"), the article stripped?"""
    heads = title_heads()
    return any(clitic.endswith("ل") and without_article(normalize(stem)) in heads for clitic, stem in clitic_variants(text))


CAUSE_NOUNS = 2       # nouns between a word of cause and the party whose doing it names at most ("جراء قرار سلطات X")


def in_cause(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the party whose doing a word of cause names (polarity.tsv cause: "جراء قرار X", "بسبب سياسات
    X"), right after it or past up to CAUSE_NOUNS nouns, with no punctuation or preposition between? Not the one
    what is named befalls ("بسبب اعتقال الصحفي X", "بسبب وفاة X": X suffers it)."""
    toks = tokens_of(doc)
    causes = polarity_table().cause
    words = lexicon.function_words()
    p = word_before(doc, c.i, lo)
    for _ in range(CAUSE_NOUNS + 1):
        if p < lo or toks.punct[p]:
            return False
        if is_one_of(toks.texts[p], causes):
            return True
        if is_one_of(toks.texts[p], words.preposition) or is_one_of(toks.texts[p], words.complementizer) or \
                is_befalling(toks.texts[p]) or is_harming(toks.texts[p]):
            return False
        p = word_before(doc, p, lo)
    return False


HARM_WORDS = 3        # words between a harmful act and the agent phrase naming its doer ("قتل ثلاثة مدنيين على أيدي X")


def agent_of_harm(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) named right after an agent phrase (function_words harm_agent: "من قبل", "على يد",
    "على أيدي", "بأيدي") that follows a harmful act within HARM_WORDS words, with no stop between ("قتل على أيدي
    X", "تعرض للضرب على يد X", "بعد إجباره من قبل X على")? X did the harm. Not when the nearest evaluative word
    before the phrase is good ("تم تحرير الرهائن على يد X"), nor after a neutral act ("تم الافتتاح من قبل X")."""
    toks = tokens_of(doc)
    agents = lexicon.function_words().harm_agent
    start = named_from(c, lo)
    p = word_before(doc, start, lo)
    if p < lo or toks.punct[p]:
        return False
    if normalize(toks.texts[p]) not in agents:
        q = word_before(doc, p, lo)
        if q < lo or f"{normalize(toks.texts[q])} {normalize(toks.texts[p])}" not in agents:
            return False
        p = q
    for _ in range(HARM_WORDS):
        p = word_before(doc, p, lo)
        if p < lo or toks.punct[p] or is_one_of(toks.texts[p], lexicon.function_words().complementizer):
            return False
        if is_harmful(toks.texts[p]):
            return True
        if word_polarity(toks.texts[p]) > 0:
            return False
    return False


SUBJECT_WORDS = 2     # words between a doer and its verb of violence ("عناصر من الشرطة وآخرين قتلوا")
# endings of the active perfect whose subject is a plural or feminine doer: قتلوا، أحرقوا، قتلوه، قتلت (not ـات, a plural noun)
DOER_ENDINGS = ("وا", "وه", "وها", "وهم", "ت")


@lru_cache(maxsize=65536)   # a function of the word alone (the tables are fixed): asked of the words after each mention
def _doer_verb(text: str, right_after: bool = False) -> bool:
    """Is the word a verb of violence in a form that agrees with a subject before it: a perfect of a plural or
    feminine subject ("أحرقوا", "قتلوه", "اختطفت"), an imperfect ("يقتل", "تهاجم", "يقتلون"), or, right after the
    subject (`right_after`), the bare perfect the table holds as it is ("الجيش قتل المدنيين")? Elsewhere the bare
    word is the verbal noun ("قتل", "إحراق"), no verb, and names no doer; nouns of a place or state ("مقتل", "إصابة")
    are never verbs."""
    word = normalize(text)
    violent = polarity_table().violent
    if word.endswith("ات") or of_kind(text, polarity_table().undergone):
        return False      # "جنود أصيبوا بجروح": a passive's subject suffers the violence
    if word.endswith(DOER_ENDINGS) and of_kind(text, violent):
        return True
    if word.startswith(IMPERFECT_OF_ANOTHER) and word.endswith(PLURAL_IMPERFECT) and of_kind(text, violent):
        return True
    if finite_harm_verb(text):
        return True
    return right_after and word in violent and DAMMA not in text and not word.startswith(NOUN_PREFIXES) and \
        not word.endswith(NOUN_ENDINGS)


def _may_be_doer_verb(text: str) -> bool:
    """Is the word a verb of violence whose subject stands before it in some place (_doer_verb right after the subject,
    which takes every form it takes elsewhere): words_between's test."""
    return _doer_verb(text, right_after=True)


PLURAL_IMPERFECT = "ون"          # "يقتلون", "يهاجمون": the imperfect of a plural subject
NOUN_PREFIXES = ("م", "ا", "إ")  # "مقتل", "إصابة", "اغتصاب": a noun of place or a derived verbal noun, no bare perfect
NOUN_ENDINGS = ("ة", "ى")        # "إصابة", "قتلى"


def doer_of_violence(doc: Doc, c: Candidate, hi: int) -> bool:
    """Is mention c the subject of a perfect verb of violence right after it that takes an object ("الجنود أحرقوا
    البيوت", "عناصر من الشرطة قتلوا المدنيين", "قتلوه")? The doer of a violent act in what was said is blamed.
    Not a passive told of victims ("مدنيون قتلوا في الغارة"): there a preposition or the end follows the verb."""
    if not words_between(doc, _may_be_doer_verb, c.j, hi):
        return False          # (most contents: no verb of violence after the mention to read its subject for)
    toks = tokens_of(doc)
    p = c.j - 1
    for _ in range(SUBJECT_WORDS + 1):
        q = next_word(doc, p)
        while q is not None and q < hi and toks.texts[q] in QUOTE_CHARS:
            q = next_word(doc, q)   # a partial quote opening on the verb: 'X "أحرقوا البيوت"'
        if q is None or q >= hi or toks.punct[q] or is_one_of(toks.texts[q], lexicon.function_words().complementizer):
            return False
        right_after = p == c.j - 1
        p = q
        if _doer_verb(toks.texts[p], right_after):
            if normalize(toks.texts[p]).endswith(("وه", "وها", "وهم")):
                return True      # the object is the clitic
            r = _object_word_after(doc, p, hi)   # 'X «قصفت» قرى': the quote closes on the verb, its object follows
            if r is None:
                return False
            obj = normalize(toks.texts[r])
            if normalize(toks.texts[p]) in polarity_table().violent:
                # the bare perfect ("الجيش قتل"), a passive too when unmarked ("قتل معه"): only before a definite
                # object or a number ("الجيش قتل المدنيين", "قتل 5 مسلحين")
                return obj.startswith("ال") or obj[:1].isdigit()
            return not obj.startswith(DEFINITE_AFTER_PREPOSITION)
        if is_one_of(toks.texts[p], lexicon.function_words().preposition):
            return False
    return False


IMPERFECT_OF_ANOTHER = ("ي", "ت")   # the imperfect's prefixes of he and she: "يقتل", "تقمع" (not ن/أ: we, I do it to the noun after)
PERFECT_OF_SHE = "ت"                 # the perfect's ending of she: "قمعت", "اقتحمت" (not ـات, a plural noun)
FINITE_PROCLITICS = ("", "و", "ف")    # "واعتقلت الشرطة": a verb opening a clause after و or ف


@lru_cache(maxsize=65536)   # a function of the word alone (the table is fixed): asked of the same words per target
def finite_harm_verb(text: str) -> bool:
    """Is the word a finite verb of harm or violence (polarity.tsv harming, violent) in a form whose subject may
    follow it: the perfect of she ("قمعت", "قتلت", "اقتحمت") or the imperfect of he or she ("يقتل", "تقمع",
    "يقتحم")? Not the verbal noun the table holds as it is ("قتل", "تهجير": the bare perfect is the same word), nor a
    passive written with its damma ("قُتلت", "يُقتل": the noun after it is the one it befalls)."""
    table = polarity_table()
    kinds = table.harming | table.violent
    for clitic, stem in clitic_variants(text):
        if clitic not in FINITE_PROCLITICS or (len(stem) > 1 and stem[1] == DAMMA):
            continue
        word = normalize(stem)
        if word in kinds or len(word) < 4:
            continue
        if word.endswith(PERFECT_OF_SHE) and not word.endswith("ات") and word[:-1] in kinds:
            return True
        if word.startswith(IMPERFECT_OF_ANOTHER) and (word[1:] in kinds or "ا" + word[1:] in kinds):
            return True   # "يقتحم" -> اقتحم: the imperfect of a derived form drops its ا
    return False


def _opens_clause(doc: Doc, k: int, lo: int) -> bool:
    """Does word k open its clause: the content's first word, or after punctuation, a complementizer or the particle
    of the perfect ("إن «قتلت ...»", "لقد اقتحمت")? Then no subject stands before it: one after it is the verb's."""
    toks = tokens_of(doc)
    p = word_before(doc, k, lo)
    return p < lo or toks.punct[p] or is_one_of(toks.texts[p], lexicon.function_words().complementizer) or \
        is_one_of(toks.texts[p], lexicon.function_words().clause_opener)


def _object_word_after(doc: Doc, k: int, hi: int) -> int | None:
    """The word after token k (past quote marks) that may be a verb's object, before hi: no punctuation and no
    preposition; None otherwise."""
    toks = tokens_of(doc)
    q = next_word(doc, k)
    while q is not None and q < hi and toks.texts[q] in QUOTE_CHARS:
        q = next_word(doc, q)
    if q is None or q >= hi or toks.punct[q] or is_one_of(toks.texts[q], lexicon.function_words().preposition):
        return None
    return q


def _object_after(doc: Doc, c: Candidate, hi: int) -> bool:
    """Does a word that may be the verb's object follow mention c: no punctuation, preposition or definite noun after
    ب/ل/ك ("قتلت الشرطة ثلاثة متظاهرين"; not "اعتقلت الناشطة X في", "قتلت الصحفية X بالرصاص": a passive's subject)?"""
    q = _object_word_after(doc, c.j - 1, hi)
    return q is not None and not normalize(tokens_of(doc).texts[q]).startswith(DEFINITE_AFTER_PREPOSITION)


DEFINITE_AFTER_PREPOSITION = ("بال", "لل", "كال", "وبال", "ولل")   # "بالرصاص", "للمتظاهرين": a prepositional phrase


def doer_after_verb(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c (no proclitic) the subject right after a finite verb of harm or violence that opens its clause,
    with the verb's object after c ("قمعت الشرطة المتظاهرين", "يقتل الجيش المدنيين", "إن «اقتحمت قوات X المقر»")?
    In a verb-first clause the doer follows the verb: X did the harm (as "الجنود أحرقوا البيوت", doer_of_violence)."""
    toks = tokens_of(doc)
    if clitic_of(doc, c):
        return False
    p = word_before(doc, named_from(c, lo), lo)
    return p >= lo and not toks.punct[p] and finite_harm_verb(toks.texts[p]) and _opens_clause(doc, p, lo) and \
        _object_after(doc, c, hi)


VERB_SUBJECT_WORDS = 4   # words of the subject between a verb-first harm and its object ("قمعت قوات الأمن الكينية X")


def object_of_verb_first(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (no proclitic) the object of a verb-first clause of harm or violence, past its subject of up to
    VERB_SUBJECT_WORDS words with no punctuation or preposition between ("قمعت الشرطة X", "يستهدف الجيش X")? X is
    the one the harm is done to, not its doer (as "الشرطة قمعت X": the word of harm right before X, acts.against)."""
    toks = tokens_of(doc)
    if clitic_of(doc, c):
        return False
    words = lexicon.function_words()
    p = word_before(doc, named_from(c, lo), lo)
    for steps in range(VERB_SUBJECT_WORDS + 1):
        if p < lo or toks.punct[p] or is_one_of(toks.texts[p], words.preposition):
            return False
        if finite_harm_verb(toks.texts[p]):
            return steps > 0 and _opens_clause(doc, p, lo)
        p = word_before(doc, p, lo)
    return False


def answerable(doc: Doc, c: Candidate, hi: int) -> bool:
    """Is mention c said to be responsible for a bad happening: a word of being responsible (polarity.tsv answerable)
    right after it, or after a pronoun of separation, then عن and a noun of what befalls someone or a bad word ("X
    مسؤولة عن وفاة Y", "X هي المسؤولة عن اختفاء Y"), or عما (what happened: "X مسؤول عما جرى")? A noun of duty
    that is good ("مسؤولة عن حماية المدنيين") is an office, no blame."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    q = next_word(doc, c.j - 1)
    while q is not None and q < hi and toks.texts[q] in QUOTE_CHARS:
        q = next_word(doc, q)
    if q is not None and q < hi and is_one_of(toks.texts[q], words.subject_pronoun):
        q = next_word(doc, q)   # "X هي المسؤولة عن"
    if q is None or q >= hi or without_article(normalize(toks.texts[q])) not in polarity_table().answerable:
        return False
    r = next_word(doc, q)
    if r is None or r >= hi:
        return False
    if normalize(toks.texts[r]) == WHAT_OF:
        return True
    s = next_word(doc, r)
    return normalize(toks.texts[r]) == OF and s is not None and s < hi and not toks.punct[s] and \
        (is_befalling(toks.texts[s]) or word_polarity(toks.texts[s]) < 0)


OF, WHAT_OF = "عن", "عما"


def held_responsible(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c the party a verb of holding responsible (polarity.tsv holding) right before it holds to the word of
    duty right after it ("محملين X المسؤولية", "تحميل X مسؤولية ما جرى", "حمل X المسؤولية")? Blame even inside a call:
    the responsibility is laid on X, not urged on it as a duty ("دعا X إلى تحمل مسؤولياته" is none)."""
    toks = tokens_of(doc)
    p = word_before(doc, named_from(c, lo), lo)
    if p < lo or toks.punct[p] or clitic_of(doc, c) or not _is_holding(toks.texts[p]):
        return False
    q = next_word(doc, c.j - 1)
    return q is not None and q < hi and \
        any(without_article(normalize(stem)) in BARE_DUTIES for _, stem in clitic_variants(toks.texts[q]))   # "مسؤول عن"


@lru_cache(maxsize=65536)   # a function of the word alone, asked of the word before each mention
def _is_holding(text: str) -> bool:
    """A verb of holding someone responsible (polarity.tsv holding: "حمل", "محملين"), past any clitic."""
    return has_stem_in(text, polarity_table().holding)


BARE_DUTIES = frozenset(without_article(w) for w in polarity_table().duty)   # the words of duty without the article, made once


def blame_refused(doc: Doc, c: Candidate, lo: int, hi: int, prior: str) -> bool:
    """Is mention c the party a word of holding responsible lays a duty on (held_responsible: "تحميل X المسؤولية")
    when that word opens the object of a denial, rejection or condemnation (`prior` negative: "رفض تحميل X مسؤولية
    انقطاع الكهرباء")? The blame refused is the speaker's defence of X, as a rejected accusation aimed at X is (defended)."""
    return prior == "negative" and held_responsible(doc, c, lo, hi) and \
        word_before(doc, named_from(c, lo), lo) == first_word(doc, lo)


OWNED_MIN = 3          # letters of a noun before its possessive pronoun at least ("حزبه", "بلادها"; not "له", "إليه")
HARAKAT = re.compile("[\u064b-\u0652]")


def own_side_defended(doc: Doc, lo: int, hi: int) -> bool:
    """Does the content open with a blame or a charge laid on a noun with a possessive pronoun: right after a word of
    holding responsible ("تحميل حكومته تبعات العجز", "تحميل حزبه مسؤولية التأخير"), or aimed by ل or a preposition of
    aim within DEFENDED_WORDS words after a noun of criticism ("الانتقادات الموجهة لحزبه", "المزاعم الموجهة إلى
    حكومته")? Under a denial, rejection or condemnation the speaker defends their own side, which the pronoun names
    (the spelled ة of a noun is no pronoun: "للحكومة")."""
    toks = tokens_of(doc)
    first = first_word(doc, lo)
    if first >= hi:
        return False
    holding = _is_holding(toks.texts[first])
    if not holding and not is_criticism(toks.texts[first]):
        return False
    aimed_at = lexicon.function_words().aimed_at
    p, k = first, next_word(doc, first)
    for _ in range(DEFENDED_WORDS + 1):
        if k is None or k >= hi or toks.punct[k]:
            return False
        text = toks.texts[k]
        if holding:
            return _owned(text)                       # "تحميل حكومته": the one held responsible comes first
        if any(clitic.endswith("ل") and _owned(stem) for clitic, stem in clitic_variants(text)) or \
                (normalize(toks.texts[p]) in aimed_at and _owned(text)):
            return True                               # "الموجهة لحزبه", "الموجهة إلى بلاده"
        p, k = k, next_word(doc, k)
    return False


def _owned(text: str) -> bool:
    """Is the word a noun with a possessive pronoun on it ("حزبه", "بلادها"), written as such (ه, ها, هم, هما)?"""
    bare = HARAKAT.sub("", text)
    if bare.startswith("ال"):
        return False
    suffix = next((s for s in PRONOUN_SUFFIXES if bare.endswith(s)), None)
    return suffix is not None and len(bare) - len(suffix) >= OWNED_MIN


def doer_after_violence(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c named right after a word of violence that carries its object as a pronoun ("الذين اختطفتهم X",
    "أحرقها X")? A noun with a pronoun takes no genitive after it, so X is the verb's subject: the doer of the harm."""
    toks = tokens_of(doc)
    p = word_before(doc, named_from(c, lo), lo)
    if p < lo or toks.punct[p]:
        return False
    text = toks.texts[p]
    suffix = next((s for s in PRONOUN_SUFFIXES if text.endswith(s)), None)
    if suffix is None or len(text) - len(suffix) < 3:
        return False
    stem = text[:-len(suffix)]
    # the verb's own ending before the pronoun: 3fs ت ("اختطفتهم"), 3mp و ("قتلوهم")
    stems = [stem, stem[:-1]] if stem.endswith(("ت", "و")) else [stem]
    return any(of_kind(form, polarity_table().violent) for form in stems)


def criticized(doc: Doc, c: Candidate, lo: int, prior: str) -> bool:
    """Is mention c the one a noun of criticism is aimed at through ل ("انتقادات حادة لX", "اتهام
    للرئيس X")? Not when the speaker rejects the criticism that opens the content ("رفض الانتقادات
    الموجهة لX")."""
    toks = tokens_of(doc)
    aim = _aimed_at(doc, c, lo)
    if aim is None:
        return False
    q = word_before(doc, aim, lo)
    if q >= lo and not is_criticism(toks.texts[q]):
        # past the criticism's adjective or its author: "انتقادات حادة لX", "بإدانة المحكمة لX"
        q = word_before(doc, q, lo)
    if q < lo or toks.punct[q] or not is_criticism(toks.texts[q]):
        return False
    return not (prior == "negative" and q <= first_word(doc, lo))


DEFENDED_WORDS = 3    # words between the criticism that opens a rejection's object and the one it is aimed at


def defended(doc: Doc, c: Candidate, lo: int, prior: str) -> bool:
    """Is mention c the one a criticism is aimed at (ل, إلى, ضد, بحق, على before c or its title, past up to
    DEFENDED_WORDS words: "الاتهامات الموجهة إلى X") when that criticism opens the object of a denial, rejection
    or condemnation ("نفى الاتهامات الموجهة إلى X", "رفض الانتقادات ضد X"): the speaker defends X? Not the
    criticism's author ("نفى اتهامات X")."""
    if prior != "negative":
        return False
    toks = tokens_of(doc)
    first = first_word(doc, lo)
    if first >= len(doc) or not is_criticism(toks.texts[first]):
        return False
    start = named_from(c, lo)
    p = word_before(doc, start, lo)
    aimed_at = lexicon.function_words().aimed_at
    aimed = clitic_of(doc, c).endswith("ل") or (p >= lo and normalize(toks.texts[p]) in aimed_at) or \
        (start != c.i and any(cl.endswith("ل") for cl, _ in clitic_variants(toks.texts[start])))   # "للرئيس X"
    if not aimed:
        return False
    for _ in range(DEFENDED_WORDS + 1):
        if p < lo or toks.punct[p]:
            return False
        if p == first:
            return True
        p = word_before(doc, p, lo)
    return False


def denied_doer(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) the subject of the clause a denial denies, right after its أن or after أن
    and a verb of being, when that أن opens what is denied ("نفى أن تكون X قد ...", "نفت أن يكون الوزير X على علم")? The
    speaker clears X of what is said of it: X is defended, as the one a denied accusation is aimed at."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    # the words right before X, the أن and the verb of being, may stand before the content (it opens past them)
    p = word_before(doc, named_from(c, lo), 0)
    if p >= 0 and not toks.punct[p] and normalize(toks.texts[p]) in words.copula:
        p = word_before(doc, p, 0)   # past "تكون", "يكون"
    # the أن that opens what is denied, not one deep in it ("نفى ما نقل عنه بأن X ستقبل": X is reported, not cleared)
    return p in (first_word(doc, lo), word_before(doc, lo, 0)) and p >= 0 and not toks.punct[p] and \
        normalize(toks.texts[p]) in words.complementizer


def denied_deed_of(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) the doer of the bad deed that opens what a denial denies, named right after it or
    with لـ, past "any" ("نفى تورط X في الهجوم", "نفى أي تدخل لـX")? Denied, the deed clears X, as a denied clause
    with X its subject does ("نفى أن تكون X متورطة"). Not what befalls X ("نفى اعتقال X": a happening denied), nor X's
    charge ("نفى اتهامات X")."""
    toks = tokens_of(doc)
    clitic = clitic_of(doc, c)
    if clitic not in ("", "ل"):
        return False
    p = word_before(doc, named_from(c, lo), lo)
    if p < lo or toks.punct[p] or word_polarity(toks.texts[p]) >= 0 or is_befalling(toks.texts[p]) or \
            is_criticism(toks.texts[p]) or of_kind(toks.texts[p], polarity_table().condemning):
        return False      # (but "نفى اتهامات X": X accuses, its charge is what is denied)
    first = first_word(doc, lo)
    if first < p and is_one_of(toks.texts[first], lexicon.function_words().quantifier):
        first = next_word(doc, first)   # "أي تورط لـX"
    return p == first


IN = normalize("في")     # "المشاركة في فرض عقوبات": what one takes part in
IMPOSING_WORDS = 2    # nouns of imposing or deciding before a measure at most ("قرار فرض عقوبات على X")


def shielded(doc: Doc, c: Candidate, lo: int, prior: str, values: Lent, threat: bool = False) -> bool:
    """Is mention c the one a bad measure is aimed at (على, إلى, ضد, بحق, لـ before c or its title, past up to
    DEFENDED_WORDS words: "فرض عقوبات جديدة على X", "توجيه ضربة إلى X": sanctions, or a bad act opened by a
    noun of imposing) when the measure, with the nouns of
    imposing or deciding before it, is what a rejection or condemnation judges: the object of the act ("رفض
    فرض عقوبات على X", "ندد بالحصار على X") or what a judging verb inside the content is aimed at ("إن Y ترفض
    توجيه ضربة إلى X")? The speaker shields X from it (positive, as the defended party of an accusation).
    Not under a threat ("هدد بفرض عقوبات على X": the measure is the speaker's own)."""
    if threat:
        return False
    toks = tokens_of(doc)
    start = named_from(c, lo)
    p = word_before(doc, start, lo)
    aimed = clitic_of(doc, c).endswith("ل") or (p >= lo and normalize(toks.texts[p]) in lexicon.function_words().aimed_at)
    if not aimed:
        return False
    if not clitic_of(doc, c).endswith("ل"):
        p = word_before(doc, p, lo)
    measure = -1
    for _ in range(DEFENDED_WORDS):
        if p < lo or toks.punct[p] or is_one_of(toks.texts[p], lexicon.function_words().relative):
            return False
        if is_punishing(toks.texts[p]) or is_attacking(toks.texts[p]) or values.alone.get(p, 0) < 0:
            measure = p
            break
        p = word_before(doc, p, lo)
    if measure < 0:
        return False
    imposing = lexicon.function_words().imposing
    opening = measure
    for _ in range(IMPOSING_WORDS):
        q = word_before(doc, opening, lo)
        if q < lo or not is_one_of(toks.texts[q], imposing):
            break
        opening = q
    q = word_before(doc, opening, lo)
    if q >= lo and normalize(toks.texts[q]) == IN:
        r = word_before(doc, q, lo)
        if r >= lo and is_one_of(toks.texts[r], lexicon.function_words().joining_in):
            opening = r       # "رفض المشاركة في فرض عقوبات على X": taking part in the measure is what is refused
    if opening == measure and not is_punishing(toks.texts[measure]):
        return False          # a bad act named bare is told, no measure ("أدان الهجوم على X": X suffers it, see victim)
    judge = word_before(doc, opening, 0)
    if judge >= 0 and is_one_of(toks.texts[judge], imposing):
        return False          # "شن هجوما على X": the cue itself launches the attack, aimed at X
    if opening == first_word(doc, lo):
        return prior == "negative"
    return judge >= lo and judge in values.aimed


POSSESSION_WORDS = 3   # words of what X holds between a harm and X at most ("التدخل في الشؤون الداخلية لـX")
DOER_GAP = 2           # words of the harm's doer between the harm and what it touches at most ("تدخل Y في شؤون X")
JUDGE_GAP = 2          # words between a judging word and the harm it judges at most ("رفض بلاده لأي تدخل")


def harm_refused(doc: Doc, c: Candidate, lo: int, prior: str, values: Lent) -> bool:
    """Is mention c the owner of what a harm touches ("تهديد أمن X", "المساس بسيادة X", "التدخل في الشؤون الداخلية
    لـX": function_words possession_noun), or the object of a harm whose doer is named before it with ل ("لن نسمح لأحد
    بتهديد X"), when a judging word refuses or condemns that harm ("لن نسمح", "رفض", "ندين": values.aimed), or the
    harm opens the object of a condemning act? The speaker shields X from it (positive)."""
    toks = tokens_of(doc)
    possession = lexicon.function_words().possession_noun
    p = word_before(doc, c.i, lo)
    clitic = clitic_of(doc, c)
    if clitic not in ("", "ل"):
        return False
    owned = 0
    while owned < POSSESSION_WORDS and p >= lo and not toks.punct[p] and is_one_of(toks.texts[p], possession):
        owned += 1
        p = word_before(doc, p, lo)
    for _ in range(DOER_GAP if owned else 0):
        if p < lo or toks.punct[p] or values.alone.get(p, 0) < 0:
            break
        p = word_before(doc, p, lo)   # "تدخل Y في شؤون X": past the harm's doer
    if (clitic == "ل" and not owned) or p < lo or toks.punct[p] or values.alone.get(p, 0) >= 0 or p in values.aimed:
        return False
    harm = p
    q = word_before(doc, harm, lo)
    if not owned and not (q >= lo and any(k == "ل" for k, _ in clitic_variants(toks.texts[q]))):
        return False          # "تهديد X" bare: X may be the doer of the threat; "لأحد بتهديد X" names another doer
    for _ in range(JUDGE_GAP + 1):
        if q < lo or toks.punct[q]:
            break
        if q in values.aimed:
            return values.alone.get(q, 0) < 0 or values.phrase.get(q, 0) < 0
        q = word_before(doc, q, lo)
    return prior == "negative" and first_word(doc, lo) == harm


TO = normalize("إلى")
AID_WORDS = 6         # words between a verb of sending and the one it sends to at most ("إرسال قوة لحفظ السلام الجماعي إلى X")


def beneficiary(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) named after إلى, within AID_WORDS words of a verb of sending with a noun of aid
    or peacekeeping between ("إرسال مساعدات إنسانية إلى X", "سيرسل قوة لحفظ السلام إلى X"), no negation right
    before the verb? X is the beneficiary of announced help (positive, seeds.notes §16); troops with no word of aid
    are no help ("أرسلت قوات إلى X")."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = word_right_before(doc, c, lo, TO)
    if p < 0:
        return False
    aid = False
    for _ in range(AID_WORDS):
        p = word_before(doc, p, lo)
        if p < lo or toks.punct[p]:
            return False
        stems = {normalize(stem) for _, stem in clitic_variants(toks.texts[p])}   # "لحفظ", "بإرسال", "المساعدات"
        if not stems.isdisjoint(words.aid_noun):
            aid = True
        elif not stems.isdisjoint(words.sending):
            q = word_before(doc, p, lo)
            return aid and not (q >= lo and is_one_of(toks.texts[q], words.negation))
    return False


IN = normalize("في")
AIDED_WORDS = 4       # words between a noun of aid or support and the في of where it goes at most ("ستقدم الدعم للمدارس في X")


def aided_in(doc: Doc, c: Candidate, lo: int, values: Lent, inside: Callable[[int], bool]) -> bool:
    """Is mention c (or its title) named after في, within AIDED_WORDS words of a noun of aid or support before it
    (function_words aid_noun: "لدعم المدارس الريفية في X", "ستقدم الدعم للمدارس في X", "مساعدة فورية في X"),
    with no punctuation, bad word or other party's mention between (`inside`: "دعم الميليشيات في X", "دعم Y في X"
    help others) and no negation right before the noun? The help goes to X: X is its beneficiary (positive,
    seeds.notes §16: statements of support), not a mere setting as in "العنف في X"."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = word_right_before(doc, c, lo, IN)
    if p < 0:
        return False
    for _ in range(AIDED_WORDS + 1):
        p = word_before(doc, p, lo)
        if p < lo or toks.punct[p] or values.alone.get(p, 0) < 0 or inside(p):
            return False
        if has_stem_in(toks.texts[p], words.aid_noun):
            q = word_before(doc, p, lo)
            return not (q >= lo and is_one_of(toks.texts[q], words.negation))
    return False


FROM = normalize("من")
HELP_WORDS = 2        # words after the addressee of a request within which the help asked for is named ("تقديم الدعم")


def asked_for_help(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c (or its title) the addressee that opens what a call or request asks (the content's first word,
    or after its opening من: "طلب من X", "ناشد X"), with a noun of aid or support within HELP_WORDS words after it
    ("طلب من X مساعدة بلاده", "ناشد X تقديم الدعم")? Asking a party for help trusts it (positive, seeds.notes §16);
    the caller asks the addressee only, so the caller (the act's `wished`) decides that this is a request at all."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    start = named_from(c, lo)
    first = first_word(doc, lo)
    if start != first:
        p = word_before(doc, start, lo)
        if p != first or normalize(toks.texts[p]) != FROM:
            return False
    q = first_word(doc, c.j)
    for _ in range(HELP_WORDS):
        if q >= hi or toks.punct[q]:
            return False
        stems = {normalize(stem) for _, stem in clitic_variants(toks.texts[q])}
        if not stems.isdisjoint(words.aid_noun):
            return True
        if stems.isdisjoint(words.sending):
            return False
        q = first_word(doc, q + 1)
    return False


WITH = normalize("مع")


def counterpart(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) named right after "مع" that follows a word of meeting, talks or contact, past
    one adjective at most ("بحث مع X", "أجرى اتصالا هاتفيا مع X", "محادثاته مع X")? X is the counterpart of a
    consultation, merely involved."""
    conferring = lexicon.function_words().conferring
    p = word_right_before(doc, c, lo, WITH)
    if p < 0:
        return False
    return word_of_class_before(doc, p, lo, lambda text: is_one_of(text, conferring))


def dissolved(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (no proclitic) named right after a verbal noun of dissolving or suspending a body (function_words
    dissolving: "حل البرلمان", "تعليق عمل X" is not), as what the measure is done to? A measure the speaker announces
    on their own side's body is a procedure, no support of it ("قرر حل البرلمان")."""
    p = word_before(doc, c.i, lo)
    return p >= lo and not clitic_of(doc, c) and is_one_of(tokens_of(doc).texts[p], lexicon.function_words().dissolving)


def ready_to_engage(doc: Doc, c: Candidate, lo: int) -> int:
    """+1 when mention c (or its title) is named after "مع" that follows a verbal noun of engaging with لـ after a word of
    readiness ("مستعدة للحوار مع X", "استعداد بلاده للعمل مع X": readiness to engage with X, positive); -1 when a
    negation stands right before the word of readiness ("غير مستعدة للتفاوض مع X"); 0 otherwise, and for a verbal
    noun of no engaging ("مستعدون للمواجهة مع X")."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = word_right_before(doc, c, lo, WITH)
    if p < 0:
        return 0
    q = word_before(doc, p, lo)
    if _looked_forward_to(doc, q, lo):
        return 1              # "تتطلع إلى العمل مع X": looking forward to working with X is good will too
    # a verbal noun of engaging with لـ ("للحوار", "للتعاون"); "مستعدون للمواجهة مع X" is ready for a fight
    if q < lo or toks.punct[q] or not any(cl.endswith("ل") and normalize(stem) in words.engaging
                                          for cl, stem in clitic_variants(toks.texts[q]) if cl):
        return 0
    r = word_before(doc, q, lo)
    if r >= lo and not toks.punct[r] and not is_one_of(toks.texts[r], words.readiness):
        r = word_before(doc, r, lo)   # past the one who is ready: "استعداد بلاده للعمل مع X"
    if r < lo or toks.punct[r] or not is_one_of(toks.texts[r], words.readiness):
        return 0
    n = word_before(doc, r, lo)
    return -1 if n >= lo and is_one_of(toks.texts[n], words.negation) else 1


def _looked_forward_to(doc: Doc, q: int, lo: int) -> bool:
    """Is word q a verbal noun of engaging (function_words engaging: "العمل", "التعاون") after إلى and a verb of looking
    forward (function_words eager_verb: "تتطلع إلى العمل", "نتطلع إلى التعاون"), not negated?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if q < lo or toks.punct[q] or not is_one_of(toks.texts[q], words.engaging):
        return False
    to = word_before(doc, q, lo)
    if to < lo or normalize(toks.texts[to]) != TO:
        return False
    verb = word_before(doc, to, lo)
    if verb < lo or toks.punct[verb] or not is_one_of(toks.texts[verb], words.eager_verb):
        return False
    n = word_before(doc, verb, lo)
    return not (n >= lo and is_one_of(toks.texts[n], words.negation))


# what no noun of ties reaches over to its مع: a sentence's end, Latin "?" and the semicolon too (more than
# attribution's cursor.SENTENCE_ENDS, on purpose: a tie and its party stand in one clause)
TIE_PHRASE_ENDS = frozenset({".", "!", "?", "؟", "؛"})
TIE_TO_WITH = 2      # words between a noun of ties and the مع of its party ("طاولة واحدة مع X", "تحالف انتخابي مع X")
REFUSAL_TO_TIE = 3   # words between a negation or refusal and the noun of ties ("لن ندخل في ائتلاف", "رفض أي تحالف")


def ties_refused(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c (or its title) named after "مع" that follows a noun of ties (function_words tie_noun: "ائتلاف",
    "تحالف", "طاولة") standing a few words after a negation or a word of refusing ("لن ندخل في ائتلاف مع X", "لن نجلس
    إلى طاولة واحدة مع X", "لا تحالف مع X", "رفض أي تحالف مع X")? A tie refused with X opposes X. The nouns of ties
    also open party names, so one is read only between a negation or refusal and مع. The refusal may be the cue right
    before the content (lo - 1)."""
    p = word_right_before(doc, c, lo, WITH)
    tie = _tie_before_with(doc, p, lo, ALTERNATIVE_STEPS) if p >= 0 else -1
    return tie >= 0 and refusal_before(doc, tie, max(lo - 1, 0))


ALTERNATIVE_STEPS = 2   # "سواء مع X أو مع Y": the مع phrases gone back through to the one after the noun of ties
ALTERNATIVE_WORDS = 8   # tokens of the party named in an earlier "مع X" of the alternative


def _tie_before_with(doc: Doc, p: int, lo: int, steps: int) -> int:
    """The noun of ties (tie_noun) whose party the مع at p names: a word or two before it ("طاولة واحدة مع"), or,
    after "whether" or "or" (tie_alternative), the one before "، سواء مع" or before the earlier مع of "أو مع"; -1
    when there is none."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    q = word_before(doc, p, lo)
    if steps > 0 and q >= lo and is_one_of(toks.texts[q], words.tie_alternative):
        k = q - 1
        while k >= lo and toks.punct[k] and toks.texts[k] not in TIE_PHRASE_ENDS:
            k -= 1   # "ائتلاف»، سواء مع X": past the comma and quote marks to the noun of ties
        if k >= lo and has_stem_in(toks.texts[k], words.tie_noun):
            return k
        for k in range(q - 1, max(lo, q - ALTERNATIVE_WORDS) - 1, -1):
            if toks.texts[k] in TIE_PHRASE_ENDS:
                return -1
            if normalize(toks.texts[k]) == WITH:
                return _tie_before_with(doc, k, lo, steps - 1)   # "سواء مع X أو مع Y": Y's tie is X's
        return -1
    for _ in range(TIE_TO_WITH + 1):
        if q < lo or toks.punct[q]:
            return -1
        if has_stem_in(toks.texts[q], words.tie_noun):
            return q
        q = word_before(doc, q, lo)
    return -1


def refusal_before(doc: Doc, k: int, lo: int, any_proclitic: bool = False) -> bool:
    """A negation or a word of refusing (tie_refusal) a few words before word k (a noun of ties; a word of working
    together, stance/partners), in its clause: bare or after و/ف, or, with any_proclitic, after any proclitic ("بعدم
    التحالف مع X"). lo may be the cue right before the content ("مستبعدا التحالف مع X")."""
    toks = tokens_of(doc)
    refusals = REFUSALS
    r = word_before(doc, k, lo)
    for _ in range(REFUSAL_TO_TIE):
        if r < lo or toks.punct[r]:
            return False
        text = toks.texts[r]
        refused = has_stem_in(text, refusals) if any_proclitic \
            else is_one_of(text, refusals)
        if refused:
            return True
        r = word_before(doc, r, lo)
    return False


# the negations and the words of refusing a tie (function_words negation, tie_refusal) at once: one set made once,
# since is_one_of keeps its answers per (word, set) and a union made per call is hashed and compared whole at each look-up
REFUSALS = lexicon.function_words().negation | lexicon.function_words().tie_refusal


RECOGNIZER_WORDS = 2   # words between a verb or noun of recognizing and the ب of the party it recognizes ("اعتراف بلاده بـX")


def recognized(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c, named with ب, the party a word of accepting or recognizing before it accepts, with at most
    one word of its doer between and no negation before it ("أعلن اعتراف بلاده بـX", "تعترف بـX", "قبلت بـX":
    positive; "لا نعترف بـX" is a rejection the words already read)?"""
    toks = tokens_of(doc)
    start = named_from(c, lo)
    if not (clitic_of(doc, c).endswith("ب") if start == c.i else any(   # "بالرئيس الفنزويلي X": the ب of its title
            cl.endswith("ب") and without_article(normalize(stem)) in title_heads()
            for cl, stem in clitic_variants(toks.texts[start]))):
        return False
    words = lexicon.function_words()
    p = word_before(doc, start, lo)
    for _ in range(RECOGNIZER_WORDS):
        if p < lo or toks.punct[p] or is_one_of(toks.texts[p], words.preposition):
            return False
        if is_accepting(toks.texts[p]):
            n = word_before(doc, p, lo)
            return not (n >= lo and (is_one_of(toks.texts[n], words.negation) or is_giving_up(toks.texts[n])))
        p = word_before(doc, p, lo)
    return False


def in_relation(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c one side of a relation ("العلاقات بين X و Y")?"""
    p = word_before(doc, c.i, lo)
    return p >= lo and is_one_of(tokens_of(doc).texts[p], lexicon.function_words().between)


def of_a_title(doc: Doc, c: Candidate, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is mention c the country or body of another's title ("رئيس الوزراء X فؤاد", "الأمير X سلمان"):
    a title (titles.tsv) right before it, and another name right after it (not joined with و)?"""
    toks = tokens_of(doc)
    titles = lexicon.titles()
    words: list[str] = []
    p = word_before(doc, c.i, lo)
    for _ in range(3):
        if p < lo or toks.punct[p]:
            break
        words.insert(0, normalize(toks.texts[p]))
        p = word_before(doc, p, lo)
        if " ".join(words) in titles:
            break
    else:
        return False
    if " ".join(words) not in titles:
        return False
    q = next_word(doc, c.j - 1)
    return q is not None and not toks.punct[q] and in_name(q) and not toks.texts[q].startswith("و")
