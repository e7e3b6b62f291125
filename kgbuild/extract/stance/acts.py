"""What a bad act or a demand makes of a mention in what was said: the one asked to stop ("طالب X بوقف"),
the one fought or the one who suffers ("مكافحة X", "العدوان على X"), the victim ("اغتيال الصحفي X"), what X
lives through ("X يعاني من"), the one a thing is for ("تهديدا لX"). The stance modules (targets, one_target,
roles, windows) ask these readings when they weigh the stance towards a target."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import COMMAS, PRONOUN_SUFFIXES, tokens_of, words_between
from .phrase_words import INCUMBENT_ON, TO
from .negation import negated
from .phrases import Lent
from .uncharged import FROM, is_preventing
from .undoing import undoes
from .words import (clitic_of, first_word, has_stem_in, is_attacking, is_befalling, is_doing, is_harming, is_measure, is_negation, is_one_of, is_winning,
                    is_punishing, is_reverser,
                    of_kind, polarity_table, title_heads, without_article, word_before, word_of_class_before, word_polarity)

BEFALLEN_OPENING = 2  # words of the content before the noun of what befalls X at most ("عن أسفه لمقتل X")
REGIME = normalize("نظام")   # "سقوط نظام X": the regime is X's
SUFFERED_WORDS = 4    # words after a verb of suffering that say what is suffered ("يعاني من وضع صحي سيئ")
IN = normalize("في")     # "في خطر": the state one is in
# the prepositions that name the state a verb of exposing puts its object in ("للخطر", "في مأزق", "أمام خيارات صعبة",
# "إلى الحرب")
INTO = frozenset(normalize(w) for w in ("في", "أمام", "إلى"))
MAY = normalize("قد")     # "X قد يواجه": the particle of the possible before a verb
EXPOSED_WORDS = 3   # words after the preposition that say the state ("أمام قرارات صعبة", "في مأزق حقيقي")
THAT = normalize("أن")   # "على X أن يتوقف"
ON = normalize("على")    # "حث X على وقف": what X is urged to
TITLE_WORDS = 5       # tokens of a title right before a name ("الرئيس الكيني", "وزير الدفاع الكندي")


def _titled_before(c: Candidate, lo: int) -> bool:
    """Is mention c named with its title right before it, inside the content ("الرئيس الكيني X")?"""
    return c.title_i is not None and lo <= c.title_i < c.i and c.i - c.title_i <= TITLE_WORDS


def asked_to_stop(doc: Doc, c: Candidate, lo: int, hi: int, wished: bool = False) -> bool:
    """Is mention c asked to stop what it does: a word of stopping right after it with ب or إلى ("طالب X بوقف
    الهجمات", "دعا X إلى الكف عن"), or after أن or as a verbal noun when it is incumbent on X ("على X أن يتوقف
    عن", "على X التوقف عن"), or as the verb before X after أن ("أن تتوقف X عن")? Not a
    ceasefire asked of the sides alike ("دعا X إلى وقف إطلاق النار")."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    leaving = _leaving_before(doc, c, lo)
    if leaving is not None and (wished or demanded_in_content(doc, leaving, lo)):
        # "طالب برحيل X", "دعا إلى انسحاب قوات X": X's leaving is what is demanded; so it is after a word of
        # demanding inside the content ("هتافات تطالب برحيل X", "يجب تنحي X")
        return True
    # "أن تتوقف X عن دعم المتمردين": the verb of stopping before its subject X, after أن
    p = word_before(doc, c.i, lo)
    # when it is asked for: أن opens what a call or request asks, or follows a word of obligation ("يجب أن")
    that = word_before(doc, p, 0) if p >= lo else -1
    if that >= 0 and is_one_of(toks.texts[p], words.stopping) and not is_one_of(toks.texts[p], words.stopping_noun) and \
            any(normalize(stem) == THAT for _, stem in clitic_variants(toks.texts[that])):
        before = word_before(doc, that, 0)
        asked = (wished and that < lo) or (before >= 0 and is_one_of(toks.texts[before], words.obligation))
        r = first_word(doc, c.j)
        return asked and r < hi and normalize(toks.texts[r]) in words.stopped_from   # "أن تتوقف X عن"
    q = _past_nationality(doc, first_word(doc, c.j), hi)   # "طالب السلطات X-ية بالكشف": the demand follows the adjective
    if q >= hi or toks.punct[q]:
        return False
    # a demand made of X: in what a call or request asks, after "مطالبة" ("X مطالبة بوقف"), or after a verb of
    # demanding ("وتطالب الحكومة X بوقف"); not what X binds itself to ("التزمت X بوقف العنف")
    demanded = wished
    if is_one_of(toks.texts[q], words.calling_verb):
        return False          # "X تطالب بوقف الهجمات": the verb of demanding right after X is X's own, X demands
    if is_one_of(toks.texts[q], words.obligation):
        q = first_word(doc, q + 1)   # "X مطالبة بوقف الهجمات": X is the one the demand is made of
        demanded = True
        if q >= hi or toks.punct[q]:
            return False
    # "على الرئيس X أن يتنحى": على stands before the title that names X
    titled = _titled_before(c, lo)
    p = word_before(doc, c.title_i if titled else c.i, lo)
    incumbent = p >= lo and is_one_of(toks.texts[p], INCUMBENT_ON)
    demanded = demanded or (p >= lo and is_one_of(toks.texts[p], words.obligation))
    # "حث X على الانسحاب": على after X opens what a call urges X to do, as إلى does after دعا
    urged = demanded and normalize(toks.texts[q]) == ON
    if normalize(toks.texts[q]) in (TO, THAT) or urged:
        if normalize(toks.texts[q]) == THAT and not incumbent:
            return False      # "X أن يتوقف" is incumbent on X only after على
        q = first_word(doc, q + 1)
        stops = q < hi and (is_one_of(toks.texts[q], words.stopping) or _stands_down(doc, q, hi) or undoes(doc, q, hi))
    elif incumbent and p <= _opening(doc, lo) and (is_one_of(toks.texts[q], words.stopping) or _stands_down(doc, q, hi)):
        stops = True          # "إن على X التوقف عن": the verbal noun right after X, with no أن
    else:
        # "بوقف", "بالتوقف": the ب of a demand ("طالب X بـ", "X مطالبة بـ"); the ل of the pressure put on X
        # ("الضغط على X لوقف الحرب"; not "تسعى X لوقف الحرب", where X seeks it)
        q, readings = _clitic_readings(doc, q, hi)
        stops = any(((demanded and clitic.endswith("ب")) or (incumbent and clitic.endswith("ل"))) and
                    normalize(stem) in words.stopping for clitic, stem in readings) or \
            (demanded and (_stands_down(doc, q, hi) or undoes(doc, q, hi)))   # "طالب X بتسليم السلطة", "برفع القيود"
    if not stops:
        return False
    r = first_word(doc, q + 1)
    if r < hi and is_one_of(toks.texts[r], words.immediacy):
        r = first_word(doc, r + 1)   # "الوقف الفوري لإطلاق النار": the ceasefire past the adjective of at once
    return not (r < hi and _is_ceasefire(toks.texts[r]))


def _is_ceasefire(word: str) -> bool:
    """Is word the noun a ceasefire is named with (function_words ceasefire: "إطلاق النار", "القتال"), bare, after و/ف or
    after the ل of "الوقف الفوري لإطلاق النار"?"""
    ceasefire = lexicon.function_words().ceasefire
    return any(normalize(stem) in ceasefire for clitic, stem in clitic_variants(word) if clitic in ("", "و", "ف", "ل"))


def _is_nationality(word: str) -> bool:
    """Is word a nationality adjective ("الكينية", "السعودية", "الأمريكي"), with its article or not? A definite one
    spelled as its country ("السعودية") is read by its stem, which only the adjective has ("سعودية")."""
    nisba = lexicon.nisba_to_country()
    n = normalize(word)
    return n in nisba or (n.startswith("ال") and without_article(n) in nisba)


def _dissolving(word: str) -> bool:
    """Is word a verbal noun of dissolving or suspending (function_words dissolving: "حل", "بتعليق"), past its clitics?"""
    return has_stem_in(word, lexicon.function_words().dissolving)


def _membership_suspended(doc: Doc, p: int, lo: int) -> bool:
    """Is word p a noun of membership right after a word of suspending or freezing ("تعليق عضوية X", "تجميد مشاركة
    X"): the party after it is the one the measure falls on?"""
    toks = tokens_of(doc)
    if toks.punct[p] or normalize(toks.texts[p]) not in lexicon.function_words().membership:
        return False
    q = word_before(doc, p, lo)
    return q >= lo and not toks.punct[q] and (_dissolving(toks.texts[q]) or is_reverser(toks.texts[q]))


def _past_nationality(doc: Doc, q: int, hi: int) -> int:
    """The first word from q on past the nationality adjectives that close a mention's noun phrase ("السلطات
    الكينية بوقف": the mention is the head noun, its adjective stands between it and the demand)."""
    toks = tokens_of(doc)
    while q < hi and not toks.punct[q] and _is_nationality(toks.texts[q]):
        q = first_word(doc, q + 1)
    return q


DETACHED_PREPOSITIONS = (normalize("ب"), normalize("ل"))   # "بـ", "لـ" written apart before a quote mark


def _clitic_readings(doc: Doc, q: int, hi: int) -> tuple[int, list[tuple[str, str]]]:
    """The (clitic, stem) readings of word q, and the word they are of: a ب or ل written apart with a tatweel
    before a quoted phrase ("طالب X بـ«وقف الهجمات»") is the clitic of the first word of the quote."""
    toks = tokens_of(doc)
    if normalize(toks.texts[q]) in DETACHED_PREPOSITIONS and toks.texts[q] != normalize(toks.texts[q]):
        r = first_word(doc, q + 1)
        if r < hi and not toks.punct[r]:
            return r, [(normalize(toks.texts[q]), toks.texts[r])]
    return q, list(clitic_variants(toks.texts[q]))


IF_UNREAL = normalize("لو")   # "كنا نتمنى لو أن X"


def _is_past_ought(text: str) -> bool:
    """"كان", "كنا" (function_words past_ought): words_between's test."""
    return normalize(text) in lexicon.function_words().past_ought


def reproached(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the one a duty or a wish set in the past binds, a reproach for what it did not do: "كان على X
    أن", "كان يجب على X", "كانت ينبغي على X" (على before c or its title, a word of obligation and "was" before it,
    or "was" alone), or "كنا نتمنى لو أن X", "كنت آمل لو X" (لو, with أن or not, after a verb of wishing after
    "was")?"""
    if not words_between(doc, _is_past_ought, lo, c.i):
        return False          # (every reproach has its "was" before c: most contents hold none)
    toks = tokens_of(doc)
    words = lexicon.function_words()
    titled = _titled_before(c, lo)
    p = word_before(doc, c.title_i if titled else c.i, lo)
    if p < lo or toks.punct[p] or clitic_of(doc, c):
        return False
    q = word_before(doc, p, lo)
    if is_one_of(toks.texts[p], words.obliged_on):
        if q >= lo and is_one_of(toks.texts[q], words.obligation):
            q = word_before(doc, q, lo)    # "كان يجب على X"
        return q >= lo and normalize(toks.texts[q]) in words.past_ought
    if normalize(toks.texts[p]) != IF_UNREAL:
        if normalize(toks.texts[p]) != THAT or q < lo or normalize(toks.texts[q]) != IF_UNREAL:
            return False
        p, q = q, word_before(doc, q, lo)   # "لو أن X"
    if q < lo or not is_one_of(toks.texts[q], words.wishing):
        return False
    r = word_before(doc, q, lo)
    return r >= lo and normalize(toks.texts[r]) in words.past_ought


ENABLED_REACH = 6     # words after a verb of enabling within which the bad deed it lets be done is named


def enables_a_bad_deed(doc: Doc, c: Candidate, hi: int, values: Lent) -> bool:
    """Does mention c let another do a bad deed: a verb of enabling right after it, or a verb and a noun of a chance
    or a cover ("X سمحت لY بمواصلة العدوان", "X أعطت فرصة لY كي تتابع عدوانها", "X وفرت غطاء لـ"), then a bad
    thing within ENABLED_REACH words of its clause (not turned round: "أتاحت الفرصة لوقف العنف")?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    q = first_word(doc, c.j)
    if q >= hi or toks.punct[q]:
        return False
    if not is_one_of(toks.texts[q], words.enabling):
        q = first_word(doc, q + 1)
        if q >= hi or toks.punct[q] or not is_one_of(toks.texts[q], words.leeway):
            return False
    k, seen = q + 1, 0
    while k < hi and seen < ENABLED_REACH and not toks.punct[k]:
        if values.phrase.get(k, 0) < 0:
            return True
        seen += 0 if toks.spaces[k] else 1
        k += 1
    return False


def played(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c what a party plays as a card: right after the card ("تستخدم ورقة اللاجئين"), or right after the
    verb of using with the card after it ("تستخدم اللاجئين ورقة")? It is used, no doer of the exploitation."""
    toks = tokens_of(doc)
    table = polarity_table()
    p = word_before(doc, c.i, lo)
    if p < lo or toks.punct[p]:
        return False
    if of_kind(toks.texts[p], table.card):
        return True
    q = first_word(doc, c.j)
    return of_kind(toks.texts[p], table.exploiting) and q < hi and of_kind(toks.texts[q], table.card)


def prevented(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c kept from a bad deed: a verb of preventing right before it (or its title), من and a bad word
    right after it ("منع X من تهديد جيرانها", "لمنع قوات X من ارتكاب")?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.title_i if _titled_before(c, lo) else c.i, lo)
    if p < lo or not is_preventing(toks.texts[p]):
        return False
    q = first_word(doc, c.j)
    if q >= hi or normalize(toks.texts[q]) != FROM:
        return False
    r = first_word(doc, q + 1)
    return r < hi and word_polarity(toks.texts[r]) < 0


RELEASING = normalize("الإفراج")   # "طالب بالإفراج عن X": X is held, not asked to leave


STAND_DOWN_REACH = 3   # words from a word of returning or handing over to the barracks or power ("العودة سريعا إلى ثكنتها")


def _stands_down(doc: Doc, q: int, hi: int) -> bool:
    """Is word q (its clitics aside: "بالعودة", "وتسليم") a word of returning with the barracks, or of handing over with
    power, a few words after it (function_words barracks_return/barracks, handover/power_held: "العودة سريعا إلى
    ثكنتها", "تسليم السلطة لحكومة منتخبة")? Asked of a party, that is to stand down from power, as a withdrawal is;
    "العودة لبيوتهم", "العودة إلى السلطة" are none."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    stems = {normalize(stem) for _, stem in clitic_variants(toks.texts[q])}
    for head, goal in ((words.barracks_return, words.barracks), (words.handover, words.power_held)):
        if not stems & head:
            continue
        r = q
        for _ in range(STAND_DOWN_REACH):
            r = first_word(doc, r + 1)
            if r >= hi or toks.punct[r]:
                break
            if of_kind(toks.texts[r], goal) or any(normalize(stem) in goal for _, stem in clitic_variants(toks.texts[r])):
                return True
    return False


def _leaving_before(doc: Doc, c: Candidate, lo: int) -> int | None:
    """The verbal noun of stopping or leaving right before mention c whose doer c is named as (function_words
    stopping, its clitics and article aside: "برحيل X", "بانسحاب X", "إلى تنحي X"); None when there is none.
    Not releasing, which names the one held ("الإفراج عن X")."""
    if clitic_of(doc, c):
        return None
    toks = tokens_of(doc)
    p = word_before(doc, c.title_i if _titled_before(c, lo) else c.i, lo)   # "بتنحي الرئيس X"
    if p < lo or toks.punct[p]:
        return None
    stopping = lexicon.function_words().stopping
    for _, stem in clitic_variants(toks.texts[p]):
        norm = normalize(stem)
        # the definite verbal noun of the table ("الرحيل", "الانسحاب", "التنحي"), written with or without its article
        definite = norm if norm.startswith("ال") else "ال" + norm
        if definite in stopping and definite != RELEASING:
            return p
    return None


def demanded_in_content(doc: Doc, k: int, lo: int) -> bool:
    """Does a word of demanding or need (function_words obligation: "تطالب", "ندعو", "يجب") stand right before
    word k, inside the content, so that what k names is demanded ("تطالب برحيل X", "ندعو إلى تنحي X": past إلى)?"""
    toks = tokens_of(doc)
    p = word_before(doc, k, lo)
    if p >= lo and not toks.punct[p] and normalize(toks.texts[p]) == TO:
        p = word_before(doc, p, lo)
    return p >= lo and not toks.punct[p] and is_one_of(toks.texts[p], lexicon.function_words().obligation)


SUSPECTED_REACH = 6   # words after a mention within which a word of suspicion or charge still speaks of it


def _is_suspicion_word(text: str) -> bool:
    """A word of suspicion or charge, bare or under a clitic, with the article or not (function_words suspicion:
    "للاشتباه", "بتهمة"): suspected's test, and words_between's."""
    suspicion = lexicon.function_words().suspicion
    return any(without_article(normalize(stem)) in suspicion or normalize(stem) in suspicion
               for _, stem in clitic_variants(text))


def suspected(doc: Doc, c: Candidate, hi: int, values: Lent) -> bool:
    """Is mention c held or tried on suspicion or a charge of a bad thing named after it, within SUSPECTED_REACH
    words and no punctuation ("احتجزت X ومسؤولين آخرين للاشتباه في الخيانة", "اعتقال X بتهمة التجسس")?"""
    if not words_between(doc, _is_suspicion_word, c.j, hi):
        return False          # (most contents name no suspicion or charge after c)
    toks = tokens_of(doc)
    k = first_word(doc, c.j)
    for _ in range(SUSPECTED_REACH):
        if k >= hi or toks.punct[k]:
            return False
        if _is_suspicion_word(toks.texts[k]):
            q = first_word(doc, k + 1)
            if q < hi and normalize(toks.texts[q]) in (IN, normalize("ب")):
                q = first_word(doc, q + 1)   # "للاشتباه في الخيانة"
            return q < hi and values.alone.get(q, 0) < 0
        k = first_word(doc, k + 1)
    return False


def _opening(doc: Doc, lo: int) -> int:
    """The first word of a content from lo on, past an opening إن/أن ("إن على X ..."): where "على X" must
    stand to say what is incumbent on X (not "الهجمات على X")."""
    first = first_word(doc, lo)
    if first < len(doc) and normalize(tokens_of(doc).texts[first]) in lexicon.function_words().complementizer:
        return first_word(doc, first + 1)
    return first


def object_of_relative(doc: Doc, c: Candidate, lo: int) -> int | None:
    """The relative pronoun of the clause whose verb, right before mention c, is done to c ("الهجوم
    الذي استهدف X", "القرار الذي يستهدف X"); None when c is no such object (a verb with an object pronoun
    has c for its doer: "الهجوم الذي نفذته X")."""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    q = word_before(doc, p, lo) if p >= lo else lo - 1
    if q < lo or toks.punct[p] or not is_one_of(toks.texts[q], lexicon.function_words().relative):
        return None
    if normalize(toks.texts[p]).endswith(PRONOUN_SUFFIXES) or is_one_of(toks.texts[p], lexicon.function_words().preposition):
        return None
    return q


def against(doc: Doc, c: Candidate, lo: int, values: Lent) -> tuple[int, int | None]:
    """Is the target of mention c what is fought, or the one who suffers? "مكافحة القراصنة", "عمليات ضد
    X": fought (-1); "العدوان على X", "الاعتداءات ضد X", "العدوان الإسرائيلي على X": a bad act right
    before the word of opposition, or before its adjective, is suffered by X (+1, and the index of the
    bad word, which is not X's own)."""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo:
        return 0, None
    if dative(doc, c):
        # "عدو لدود للولايات المتحدة", "تهديدا لتركيا": the bad thing is for X, not X's own
        q = p if values.alone.get(p, 0) < 0 else word_before(doc, p, lo)
        if q in values.aimed:
            return 0, None    # "لن نسمح لX", "ندين لX": the judgement is aimed at X
        if q >= lo and values.alone.get(q, 0) < 0 and is_harming(toks.texts[q]):
            return 1, q       # "الغزو الروسي لX", "قمع الشرطة للمتظاهرين": the لـ of a harming act's object, X suffers it
        cause = _causing_before(doc, p, lo, values)
        if cause is not None:
            return 1, cause   # "تتسبب في المشاكل لX": X suffers what is caused, the fault is the causer's
        return 0, (q if q >= lo and values.alone.get(q, 0) < 0 else None)
    if c.start == toks.starts[c.i] and is_harming(toks.texts[p]) and values.alone.get(p, 0) < 0:
        return 0, p           # "قمع المتظاهرين", "اغتيال الصحفي X": the bad act is done to X, not by X
    harm = _harm_before_title(doc, c, lo, values)
    if harm is not None:
        return 0, harm        # "اغتيال الصحفي X", "إقصاء المعارض X": the act is done to the one the title names
    if not clitic_of(doc, c) and _answered_noun(toks.texts[p]):
        cause = _causing_before(doc, word_before(doc, p, lo), lo, values)
        if cause is not None:
            return 1, cause   # "تتاجر بمعاناة X", "تستغل أزمة X": the crisis or suffering is X's, the fault the exploiter's
    if _titled_before(c, lo) and not clitic_of(doc, c):
        # "محاكمة الرئيس السابق X", "ملاحقة وزير الدفاع X": what governs the title governs the one it names
        t = word_before(doc, c.title_i, lo)
        if t >= lo and not toks.punct[t] and is_reverser(toks.texts[t]):
            p = t
    # "حل البرلمان", "بحل الحزب": dissolving a body fights it
    fighting = is_reverser(toks.texts[p]) or (c.type == "Organization" and _dissolving(toks.texts[p])) or \
        _membership_suspended(doc, p, lo)
    if not fighting and not is_one_of(toks.texts[p], lexicon.function_words().against):
        if not _doings_fought(doc, c, p, lo, values):
            return 0, None
        return (1, None) if _opposition_denied(doc, governor_of_doings(doc, p, lo), lo) else (-1, None)
    if _opposition_denied(doc, p, lo):
        return 1, None        # "لن يصوت ضد X", "لسنا ضد X": an opposition denied sides with X
    fired = _fired_before(doc, p, lo, values)
    if fired is not None:
        # "أطلقت الشرطة النار على X", "أطلق الحراس الرصاص على X": X is fired on, the firing is not X's; "لم تطلق النار
        # على X": the force denied clears the shooter, X takes no side by it
        return (1 if values.alone[fired] < 0 else 0), fired
    q = word_before(doc, p, lo)
    if q >= lo and values.alone.get(q, 0) >= 0:
        q = word_before(doc, q, lo)   # past the bad act's adjective: "العدوان الإسرائيلي على X", "هجوما وحشيا على X"
    if q >= lo and (q in values.aimed or is_punishing(toks.texts[q]) or is_criticism(toks.texts[q])):
        return -1, None       # "عقوبات على X", "إدانات ضد X", "ألقى باللوم على X": X is the one punished or judged
    if q >= lo and values.alone.get(q, 0) < 0:
        return 1, q
    return (-1, None) if fighting else (0, None)


TITLE_AFTER_PREPOSITION = ("لل", "بال", "كال")   # "للصحفي", "بالرئيس": a title with its own preposition


def _harm_before_title(doc: Doc, c: Candidate, lo: int, values: Lent) -> int | None:
    """The word of harm (polarity.tsv harming) right before the title that names mention c, neither with a clitic
    ("اغتيال الصحفي X", "قمع الناشط X"); None when there is none. The title is X's, so the harm is done to X, as
    to a name right after the word of harm."""
    if not _titled_before(c, lo) or clitic_of(doc, c):
        return None
    toks = tokens_of(doc)
    if normalize(toks.texts[c.title_i]).startswith(TITLE_AFTER_PREPOSITION):
        return None           # "لاغتيال ... للصحفي X": the title after its own preposition is no genitive of the harm
    h = word_before(doc, c.title_i, lo)
    if h < lo or toks.punct[h] or not is_harming(toks.texts[h]) or values.alone.get(h, 0) >= 0:
        return None
    return h


FIRED_WORDS = 5       # words from a verb of firing to the word of opposition at most ("أطلقت القوات قنابل الغاز على X")


def _fired_before(doc: Doc, p: int, lo: int, values: Lent) -> int | None:
    """The verb of firing (polarity.tsv firing) that lent a violent deed, or its denial, within FIRED_WORDS words
    before p, the word of opposition before a mention ("أطلق الحراس الرصاص على X"); None when there is none."""
    toks = tokens_of(doc)
    firing = polarity_table().firing
    q = word_before(doc, p, lo)
    for _ in range(FIRED_WORDS):
        if q < lo or toks.punct[q]:
            return None
        if values.alone.get(q, 0) and of_kind(toks.texts[q], firing):
            return q
        q = word_before(doc, q, lo)
    return None


def _opposition_denied(doc: Doc, p: int, lo: int) -> bool:
    """Is word p a word of opposition (function_words against: "ضد") under a negation ("لن يصوت ضد", "لسنا ضد",
    "لن نقف ضد سياسات X")? What one will not oppose one goes along with."""
    toks = tokens_of(doc)
    return p >= lo and not toks.punct[p] and is_one_of(toks.texts[p], lexicon.function_words().against) and \
        negated(doc, p, lo)


CAUSED_WORDS = 3      # words from a verb of causing to the لـ of whom it is caused to at most ("تسبب في الأزمة لX")


def _causing_before(doc: Doc, p: int, lo: int, values: Lent) -> int | None:
    """The verb of causing (polarity.tsv causing) that lent a fault within CAUSED_WORDS words up to p, the word before
    the لـ of a mention ("تسبب المشاكل لX", "تسببت في الأزمة لX"); None when there is none."""
    toks = tokens_of(doc)
    causing = polarity_table().causing
    q = p
    for _ in range(CAUSED_WORDS):
        if q < lo or toks.punct[q]:
            return None
        if values.alone.get(q, 0) < 0 and of_kind(toks.texts[q], causing):
            return q
        q = word_before(doc, q, lo)
    return None


@lru_cache(maxsize=65536)   # a function of the word alone, asked of the word before each mention
def _answered_noun(text: str) -> bool:
    """Is the word a noun of a crisis or a suffering (function_words answered_for), bare or after ب ("بمعاناة")?"""
    answered = lexicon.function_words().answered_for
    return any(clitic in ("", "و", "ب") and normalize(stem) in answered for clitic, stem in clitic_variants(text))


def attacked(doc: Doc, c: Candidate, lo: int, values: Lent) -> bool:
    """Is mention c the one an attack named right before it is made on, through على, past the attack's adjective
    ("الهجوم على X", "الغارات الجوية على X", "القصف الروسي على X")?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or clitic_of(doc, c) or normalize(toks.texts[p]) != ON:
        return False
    q = word_before(doc, p, lo)
    if q >= lo and not toks.punct[q] and not values.alone.get(q, 0) and not is_attacking(toks.texts[q]):
        q = word_before(doc, q, lo)   # past the adjective: "الهجوم الإسرائيلي على X"
    return q >= lo and not toks.punct[q] and is_attacking(toks.texts[q])


def _doings_fought(doc: Doc, c: Candidate, p: int, lo: int, values: Lent) -> bool:
    """Is mention c the owner of doings (polarity.tsv doing) right before it that a word of fighting or stopping
    governs, directly or through من ("وقف أنشطة X", "التصدي لمخططات X", "الحد من نفوذ X")? Then X is fought."""
    toks = tokens_of(doc)
    if not clitic_of(doc, c) and normalize(toks.texts[p]) == IN:
        # "إسقاط النظام في X": the regime in X is its rulers' (function_words authority_in), fought as "نظام X"
        r = word_before(doc, p, lo)
        if r >= lo and is_one_of(toks.texts[r], lexicon.function_words().authority_in):
            p = r
    if clitic_of(doc, c) or toks.punct[p] or values.alone.get(p, 0) or not is_doing(toks.texts[p]):
        return False
    q = governor_of_doings(doc, p, lo)
    if q >= lo and not toks.punct[q] and without_article(normalize(toks.texts[p])) == REGIME and \
            is_one_of(toks.texts[q], lexicon.function_words().regime_changing):
        return True           # "تغيير النظام في X": regime change fights its rulers
    return q >= lo and not toks.punct[q] and is_reverser(toks.texts[q])


def governor_of_doings(doc: Doc, p: int, lo: int) -> int:
    """The word before the noun of doings at p that governs it, past من ("وقف أنشطة X", "الحد من نفوذ X")."""
    toks = tokens_of(doc)
    q = word_before(doc, p, lo)
    if q >= lo and not toks.punct[q] and normalize(toks.texts[q]) == FROM:
        q = word_before(doc, q, lo)
    return q


def _head_of_x(word: str) -> bool:
    """A title's head or "نظام" (the regime), without the article: what stands between a noun of what befalls
    and the one it befalls ("باعتقال زعيم X", "بسقوط نظام X"). (No union of the two built per call.)"""
    return word == REGIME or word in title_heads()


def befalling_before(doc: Doc, c: Candidate, lo: int, values: Lent) -> int | None:
    """The noun of harm or of what befalls someone (polarity.tsv befalling) right before mention c, past c's
    title or one head of c's ("اعتقال الصحفي X", "لمقتل X", "بهزيمة X", "بسقوط نظام X", "باعتقال زعيم X");
    None when there is none."""
    toks = tokens_of(doc)
    titled = _titled_before(c, lo)
    p = word_before(doc, c.title_i if titled else c.i, lo)
    if p >= lo and not titled and not toks.punct[p] and not clitic_of(doc, c) and \
            _head_of_x(without_article(normalize(toks.texts[p]))):
        p = word_before(doc, p, lo)   # "باعتقال زعيم X", "بسقوط نظام X"
    if p < lo or toks.punct[p] or clitic_of(doc, c) or \
            not (is_befalling(toks.texts[p]) or (is_harming(toks.texts[p]) and values.alone.get(p, 0) < 0)):
        return None
    return p


def winner(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the winner a noun of winning that opens the content names right before it, past c's title or one
    head of c's ("فوز زعيم المعارضة X", "بفوز الرئيس X", "انتصار حزب X")? Not a name with a clitic of its own ("فوز
    على X": the beaten)."""
    toks = tokens_of(doc)
    titled = _titled_before(c, lo)
    p = word_before(doc, c.title_i if titled else c.i, lo)
    if p >= lo and not titled and not toks.punct[p] and not clitic_of(doc, c) and \
            without_article(normalize(toks.texts[p])) in title_heads():
        p = word_before(doc, p, lo)   # "فوز حزب X"
    # the win opens the content: it is what the act tells ("أعلنت اللجنة فوز X"), not a win a clause mentions in passing
    return p == first_word(doc, lo) and not toks.punct[p] and not clitic_of(doc, c) and is_winning(toks.texts[p])


def befallen(doc: Doc, c: Candidate, lo: int, values: Lent) -> bool:
    """Is mention c the one what the act's object names befalls: right after a noun of harm or of what befalls
    someone that opens the content ("أدان اعتقال الصحفي X", "عن أسفه لمقتل X", "رحب بهزيمة X")?"""
    p = befalling_before(doc, c, lo, values)
    if p is None:
        return False
    first, skipped = first_word(doc, lo), 0
    while p > first and skipped <= BEFALLEN_OPENING:
        p = word_before(doc, p, lo)
        skipped += 1
    return p == first and skipped <= BEFALLEN_OPENING


def measure_taken(doc: Doc, c: Candidate, lo: int, values: Lent) -> bool:
    """Is mention c the one a measure is taken against, named right after a noun of a measure (polarity.tsv measure)
    that opens the content as the act's object ("أعلن إقالة الوزير X", "أمر باعتقال X"); not a misfortune ("أعلن وفاة
    X"), nor a measure a clause after إن or أن reports ("قال إن اعتقال X تم أمس")?"""
    toks = tokens_of(doc)
    complementizer = lexicon.function_words().complementizer
    if any(0 <= k and normalize(toks.texts[k]) in complementizer for k in (word_before(doc, lo, 0), first_word(doc, lo))):
        return False
    p = befalling_before(doc, c, lo, values)
    return p is not None and is_measure(toks.texts[p]) and befallen(doc, c, lo, values)


def measure_within(doc: Doc, c: Candidate, lo: int, values: Lent) -> bool:
    """Is mention c the one a measure is taken against, named right after a noun of a measure (polarity.tsv measure)
    further into the content than its opening ("أعلنت الوزارة تشديد الرقابة وترحيل X", "دعت إلى إحالة الملف ثم طرد
    X")? The noun names its object whatever stands before it, so the measure is aimed at X as much as one the
    content opens with; but not a measure a clause after إن or أن reports ("قال إن اعتقال X تم أمس"), nor one that
    only dates another event ("بعد اعتقال X", "إثر توقيف X": the time of what is told, not what is told)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if any(0 <= k and normalize(toks.texts[k]) in words.complementizer for k in (word_before(doc, lo, 0), first_word(doc, lo))):
        return False
    p = befalling_before(doc, c, lo, values)
    if p is None or not is_measure(toks.texts[p]):
        return False
    q = word_before(doc, p, lo)
    return not (q >= lo and not toks.punct[q] and any(normalize(stem) in words.event_after or normalize(stem) in DATING
                                                      for _, stem in clitic_variants(toks.texts[q])))


WARRANT_WORDS = 2   # words between a noun of a measure and the بحق of the one it is against at most ("أمر ترحيل عاجل بحق X")
AGAINST_ONE = normalize("بحق")   # "حكم بالسجن بحق X": the one a legal step is taken against


def measure_against(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the one a measure is taken against, named after بحق that follows a noun of a measure or of
    sanctions within WARRANT_WORDS words ("طلبت النيابة أمر اعتقال بحق X", "نطق القاضي بالسجن عشر سنوات بحق X",
    "عقوبات بحق X")? بحق says whom the step is against, so a step a clause after إن reports is aimed at X as well
    ("قال إن القاضي نطق بالحبس بحق X"). Not a harm done to X ("انتهاكات بحق X": X is the one wronged), which no measure
    noun names."""
    toks = tokens_of(doc)
    p = word_before(doc, c.title_i if _titled_before(c, lo) else c.i, lo)
    if p < lo or toks.punct[p] or normalize(toks.texts[p]) != AGAINST_ONE:
        return False
    return word_of_class_before(doc, p, lo, _measure_or_sanction, WARRANT_WORDS + 1)


def _measure_or_sanction(text: str) -> bool:
    return is_measure(text) or is_punishing(text)


DATING = frozenset(normalize(w) for w in ("منذ", "قبل"))   # "منذ اعتقال X", "قبل طرد X": a measure that dates what is
                                                            # told, as after ("بعد") does


def victim(doc: Doc, c: Candidate, lo: int, values: Lent) -> bool:
    """Is mention c the one a bad act is done to: right after a word of harm, or after it and the title that
    names c ("اغتيال الصحفي X"); the object of a relative clause on a bad act or on the act's object ("الهجوم
    الذي استهدف X"); the subject of a verb of suffering the act ("الهجوم الذي تعرضت له X"); or what the act's
    object or a bad act is aimed at ("أدان الهجمات على X"), also past one noun of c's ("الاعتداء على قافلة X")?"""
    toks = tokens_of(doc)
    titled = _titled_before(c, lo)
    p = word_before(doc, c.title_i if titled else c.i, lo)
    if p < lo or toks.punct[p]:
        return False
    if is_harming(toks.texts[p]) and values.alone.get(p, 0) < 0 and not clitic_of(doc, c):
        return True
    head = object_of_relative(doc, c, lo)
    if head is not None:
        q = word_before(doc, head, lo)
        if q >= lo and values.alone.get(q, 0) >= 0 and q != first_word(doc, lo):
            q = word_before(doc, q, lo)   # past the adjective: "الهجوم الإرهابي الذي استهدف X"
        # a bad act, or the act's object ("أدان الهجوم الذي استهدف X")
        return q >= lo and (values.alone.get(q, 0) < 0 or q == first_word(doc, lo))
    words = lexicon.function_words()
    if is_one_of(toks.texts[p], words.against) and word_before(doc, p, lo) == first_word(doc, lo):
        return True           # "أدان الهجمات على X": the act's object is aimed at X
    if normalize(toks.texts[p]) in words.resumptive_li:   # "الهجوم الذي تعرضت له X"
        q = word_before(doc, p, lo)
        return q >= lo and is_one_of(toks.texts[q], words.suffering)
    # "الاعتداء على قافلة X": the act is aimed at X's convoy
    q = word_before(doc, p, lo)
    if q < lo or toks.punct[q] or is_one_of(toks.texts[p], words.preposition) or \
            not is_one_of(toks.texts[q], words.against) or values.alone.get(p, 0):
        return False
    r = word_before(doc, q, lo)
    if r >= lo and values.alone.get(r, 0) >= 0:
        r = word_before(doc, r, lo)
    return r >= lo and values.alone.get(r, 0) < 0 and not (r in values.aimed or is_punishing(toks.texts[r]))


def is_criticism(text: str) -> bool:
    """Is the word a noun of criticism or blame (function_words criticism), with its clitics and article
    ("باللوم", "والانتقادات")?"""
    criticism = lexicon.function_words().criticism
    for _, stem in clitic_variants(text):
        norm = normalize(stem)
        if norm in criticism or (norm.startswith("ال") and norm[2:] in criticism):
            return True
    return False


def suffers(doc: Doc, c: Candidate, hi: int, values: Lent) -> set[int] | None:
    """The evaluative words of what mention c lives through: those within SUFFERED_WORDS words after a verb
    of suffering or facing right after it, or after its relative pronoun ("X يعاني من وضع صحي سيئ", "X الذي
    تعرض لهجوم عنيف", "X يواجه تحديات"), or after a verb of living through or sliding into a state when a bad word
    names it ("X تعيش أزمة", "X تنزلق نحو الفوضى"), or after a negated verb of ability ("X لا تستطيع", "X لا يحتمل"), or
    after a verb of needing ("X تحتاج إلى تمويل": what X needs is no doing of its own); None when no such verb follows c."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    q = first_word(doc, c.j)
    if q < hi and normalize(toks.texts[q]) in lexicon.nisba_to_country():
        q = first_word(doc, q + 1)   # "الجيش المالي تعرض لهجوم": past the nationality adjective of the mention
    if q < hi and toks.texts[q] in COMMAS:
        q = first_word(doc, q + 1)   # "حالة X، في خطر"
    state = _in_a_state(doc, q, hi, values)
    if state is not None:
        return {state}        # "X في خطر", "اقتصاد X في أزمة": the state X is in, not its doing
    if q < hi and is_one_of(toks.texts[q], words.relative):
        q = first_word(doc, q + 1)
    if q < hi and normalize(toks.texts[q]) == MAY:
        q = first_word(doc, q + 1)   # "X قد يواجه اختبارا": the particle before the verb
    q = _defied_verb(doc, q, hi)
    unable = _unable_at(doc, q, hi)
    if unable is not None:
        q = unable            # "X لا تستطيع", "X لا يحتمل": what X cannot do is read as what it suffers
    living = q < hi and is_one_of(toks.texts[q], words.living_through)
    if q >= hi or not (living or unable is not None or is_one_of(toks.texts[q], words.suffering) or
                       is_one_of(toks.texts[q], words.needing) or
                       of_kind(toks.texts[q], polarity_table().submitting)):
        return None
    if of_kind(toks.texts[q], polarity_table().exposing) and _exposes(doc, q, hi):
        return None           # "X تعرض حياة المدنيين للخطر": X exposes others, no sufferer ("X تعرضت لهجوم" is)
    out: set[int] = set()
    k = q
    for _ in range(SUFFERED_WORDS):
        k = first_word(doc, k + 1)
        if k >= hi or toks.punct[k]:
            break
        if values.alone.get(k, 0) or values.phrase.get(k, 0):
            out.add(k)
    if living and not any(values.alone.get(k, 0) < 0 or values.phrase.get(k, 0) < 0 for k in out):
        return None           # "يعيشون في المدينة", "تعيش ربيعا": a life or a way told, no bad state lived through
    return out


def exposed(doc: Doc, c: Candidate, lo: int, hi: int, values: Lent) -> set[int] | None:
    """The bad words of the state a verb of exposing or putting (polarity.tsv exposing) right before mention c, or
    before the one noun c's belonging is named by, puts c in, named by لـ, في, أمام or إلى right after c ("يعرض X
    للخطر", "يعرض أموال X للخطر", "يضع X في مأزق", "سيضع X أمام قرارات صعبة"): X is the harm's patient, no doer of
    it. None when no such verb and bad state frame c."""
    toks = tokens_of(doc)
    exposing = polarity_table().exposing
    p = word_before(doc, c.title_i if _titled_before(c, lo) else c.i, lo)
    if p < lo or toks.punct[p] or clitic_of(doc, c):
        return None
    if not of_kind(toks.texts[p], exposing):
        q = word_before(doc, p, lo)   # "يعرض أموال X للخطر": past the one bare noun X's belonging is named by
        if q < lo or toks.punct[q] or not of_kind(toks.texts[q], exposing) or values.alone.get(p, 0):
            return None
    k = first_word(doc, c.j)
    if k < hi and normalize(toks.texts[k]) in lexicon.nisba_to_country():
        k = first_word(doc, k + 1)   # "يضع الحكومة الكينية في مأزق": past the nationality adjective
    if k >= hi or toks.punct[k]:
        return None
    if normalize(toks.texts[k]) in INTO:
        k = first_word(doc, k + 1)
        if _bare_state(doc, k, hi):
            return {k}        # "يضع X أمام خيارات صعبة": a state X is put in, whatever its words
    elif not any(clitic.endswith("ل") for clitic, _ in clitic_variants(toks.texts[k])):
        return None
    out: set[int] = set()
    for _ in range(EXPOSED_WORDS):
        if k >= hi or toks.punct[k]:
            break
        if values.alone.get(k, 0) < 0 or values.phrase.get(k, 0) < 0:
            out.add(k)
        k = first_word(doc, k + 1)
    return out or None


TOWARDS = frozenset(normalize(w) for w in ("إلى", "نحو"))   # "يدفع X نحو Y": where one is driven


def pushed(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c, bare, right after a verb of pushing (polarity.tsv pushing) and right before إلى or نحو, past a
    nationality adjective ("قد يدفع X نحو Y", "سيدفع X إلى تعليق الاتفاق")? X is driven by the cause the content names:
    its patient, no doer of what it is driven to."""
    toks = tokens_of(doc)
    p = word_before(doc, c.title_i if _titled_before(c, lo) else c.i, lo)
    if p < lo or toks.punct[p] or clitic_of(doc, c) or normalize(toks.texts[p]) not in polarity_table().pushing:
        return False
    k = first_word(doc, c.j)
    if k < hi and normalize(toks.texts[k]) in lexicon.nisba_to_country():
        k = first_word(doc, k + 1)
    return k < hi and not toks.punct[k] and normalize(toks.texts[k]) in TOWARDS


def _bare_state(doc: Doc, k: int, hi: int) -> bool:
    """Is word k an indefinite noun that heads no construct, the word after it indefinite too or none ("في مأزق
    حقيقي", "أمام قرارات صعبة")? A state one is put in; "في صدارة الترتيب", "أمام مسؤولياتها" name a rank or a duty."""
    toks = tokens_of(doc)
    if k >= hi or toks.punct[k] or any(normalize(stem).startswith("ال") for _, stem in clitic_variants(toks.texts[k])) or \
            any(toks.texts[k].endswith(s) for s in PRONOUN_SUFFIXES) or normalize(toks.texts[k]) in lexicon.function_words().preposition:
        return False
    r = first_word(doc, k + 1)
    return r >= hi or toks.punct[r] or not normalize(toks.texts[r]).startswith("ال")


def _exposes(doc: Doc, q: int, hi: int) -> bool:
    """Is the verb at q (تعرض: underwent, or exposes) followed by a bare word, its object, not by the لـ of what is
    undergone ("تعرضت لهجوم")?"""
    toks = tokens_of(doc)
    k = first_word(doc, q + 1)
    return k < hi and not toks.punct[k] and not any(clitic.endswith("ل") for clitic, _ in clitic_variants(toks.texts[k]))


def defies(doc: Doc, c: Candidate, hi: int) -> bool:
    """Is mention c the subject of a negated verb of submitting right after it, past its nationality adjective ("X لن
    تركع أمام الإرهاب", "X لن تخضع لتهديدات Y")? Refusing to bow is defiance, a merit of the one who refuses; the bad
    thing not bowed to stays bad and speaks of no fault of X's (suffers reads it)."""
    toks = tokens_of(doc)
    q = first_word(doc, c.j)
    if q < hi and normalize(toks.texts[q]) in lexicon.nisba_to_country():
        q = first_word(doc, q + 1)
    return q < hi and not toks.punct[q] and _defied_verb(doc, q, hi) != q


def _unable_at(doc: Doc, q: int, hi: int) -> int | None:
    """Past a verb of becoming or remaining, a negation at q before a verb of ability ("X لا تستطيع", "X لا يحتمل", "X
    باتت لا تستطيع"): the verb of ability, which then tells X unable; None otherwise."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    r = q
    if r < hi and not toks.punct[r] and normalize(toks.texts[r]) == NOT_STILL:
        r = first_word(doc, r + 1)   # "ما زالت لا تستطيع": the ما of "still"
    if r < hi and not toks.punct[r] and is_one_of(toks.texts[r], words.becoming):
        r = first_word(doc, r + 1)
    if r < hi and not toks.punct[r] and is_negation(toks.texts[r]) and normalize(toks.texts[r]) not in NOT_IS:
        # (but "X ليس يستطيع": a copula denying X's ability judges X's competence, a charge)
        a = first_word(doc, r + 1)
        if a < hi and not toks.punct[a] and is_one_of(toks.texts[a], words.able):
            return a
    return None


NOT_STILL = normalize("ما")
NOT_IS = frozenset(normalize(w) for w in ("ليس", "ليست", "ليسوا", "لست", "لسنا"))   # the negative copula


def _defied_verb(doc: Doc, q: int, hi: int) -> int:
    """Past a negation at q before a verb of submitting ("X لن تخضع لتهديدات Y"): the verb, whose bad object X
    defies, not does; q itself otherwise."""
    toks = tokens_of(doc)
    if q >= hi or toks.punct[q] or not is_negation(toks.texts[q]):
        return q
    r = first_word(doc, q + 1)
    return r if r < hi and of_kind(toks.texts[r], polarity_table().submitting) else q


def _in_a_state(doc: Doc, q: int, hi: int, values: Lent) -> int | None:
    """The bad word of "في خطر", "في أزمة" at q: في and an indefinite bad word (a state one is in; "في
    الهجوم" with the article names an event one takes part in); None when q opens no such phrase."""
    toks = tokens_of(doc)
    if q >= hi or normalize(toks.texts[q]) != IN:
        return None
    r = first_word(doc, q + 1)
    if r >= hi or toks.punct[r] or values.alone.get(r, 0) >= 0:
        return None
    definite = any(normalize(stem).startswith("ال") for _, stem in clitic_variants(toks.texts[r]))
    return None if definite else r


def dative(doc: Doc, c: Candidate) -> bool:
    """Does mention c carry the preposition ل of the one a thing is for ("للولايات المتحدة", "لتركيا")?
    Not when a word of opposition follows: then ل names the doer ("تجسس لروسيا على X")."""
    clitic = clitic_of(doc, c)
    if not clitic.endswith("ل"):
        return False
    toks = tokens_of(doc)
    q = first_word(doc, c.j)
    return not (q < len(doc) and is_one_of(toks.texts[q], lexicon.function_words().against))


NISBA_CLAUSE = 8      # words after a nationality adjective that its attack's own clause is read over at most
CLAUSE_ENDS = frozenset(COMMAS) | {".", "؛", ";"}


def _is_nisba_word(text: str) -> bool:
    """A nationality adjective ("الإسرائيلي", "الروسية": lexicon nisba_to_country): words_between's test."""
    return normalize(text) in lexicon.nisba_to_country()


def nisba_attack_judged(doc: Doc, key: str, lo: int, hi: int, values: Lent, prior: str) -> bool:
    """Does the content judge bad an attack or a harm named with the nationality adjective of the place `key`
    ("الهجوم الإسرائيلي على X تجاوز الحدود", "أدان القصف الروسي")? The adjective is no mention of the state
    (seeds notes 8), but when the state is a target the attack is its doing: a harm that is bad in itself
    ("القمع X-ي"), an attack a negative act opens with, or one whose clause says something bad of it."""
    toks = tokens_of(doc)
    nisba = lexicon.nisba_to_country()
    first = first_word(doc, lo)
    for k in words_between(doc, _is_nisba_word, lo + 1, hi):   # (most contents hold no nationality adjective)
        if nisba.get(normalize(toks.texts[k])) != key:
            continue
        p = word_before(doc, k, lo)
        if p < lo or toks.punct[p]:
            continue
        if is_harming(toks.texts[p]) and values.phrase.get(p, values.alone.get(p, 0)) < 0:
            return True       # "القمع الروسي": the harm is the state's
        if not is_attacking(toks.texts[p]):
            continue
        if prior == "negative" and p == first:
            return True       # "أدان القصف الروسي": the attack condemned is the state's
        score = 0
        for j in range(k + 1, min(hi, k + 1 + NISBA_CLAUSE)):
            if toks.texts[j] in CLAUSE_ENDS:
                break
            score += values.phrase.get(j, 0)
        if score < 0:
            return True       # "الهجوم الإسرائيلي على X تجاوز الحدود"
    return False


JUDGING_REACH = 6     # words from a judging word to the attack it judges at most ("مصدوم إلى حد بعيد من قصف X")


def forces_attack_judged(doc: Doc, c: Candidate, lo: int, values: Lent, prior: str) -> bool:
    """Is mention c (an armed force: the caller asks) the doer named right after a noun of an armed attack ("قصف
    القوات X", "غارات الجيش X") that the content judges bad: the object a negative act opens with ("أدان قصف
    القوات X"), or what a judging word of the content aims at within JUDGING_REACH words before it, past its
    intensifier ("أنا مصدوم إلى حد بعيد من قصف القوات X")? An armed force after the attack is who made it, not whom
    it was made on (that one follows على); a town named there is bombed, so the caller asks only of forces."""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or toks.punct[p] or clitic_of(doc, c) or not is_attacking(toks.texts[p]):
        return False
    if prior == "negative" and p == first_word(doc, lo):
        return True
    for k in range(p - 1, max(lo, p - 1 - JUDGING_REACH) - 1, -1):
        if toks.punct[k] or toks.texts[k] in COMMAS:
            return False
        if k in values.aimed:
            return True
    return False
