"""A tie or an exchange cut with a party: "قطع علاقاتها مع X", "إلغاء اتفاقيات التعاون الموقعة مع X", "علقت بعض
برامج المساعدات لX", "سحب دبلوماسييها من X", "تجميد أصول X".

A word of cutting, suspending, freezing, cancelling, withdrawing or cutting down (function_words severing) a few words
before a noun of ties or exchange (polarity.tsv tie and envoy; function_words exchange_noun: aid, visits, diplomats,
assets, licences, trade) breaks with the party the exchange is with: the one named after a preposition that follows the
noun (مع, إلى, من, لدى, لـ, بـ), or its owner right after it ("تجميد أصول X"). It is a measure taken against that
party whatever good words give the reason ("تضامنا مع Y", "حفاظا على كرامة Z"): the party cut off is opposed. A
negated cut ("لن نقطع العلاقات مع X") cuts nothing. An envoy or a mission names its host with في ("استدعاء سفيرها في X",
function_words posted_noun), no setting then; and a body, a medium or a person closed, banned, suspended or frozen right
after the word (past one head noun: "حظرت تطبيق X", "إغلاق إذاعة X"; function_words closing, shutting) is the one the
measure is against, not a place closed to all nor a meeting closed ("إغلاق مطار X", "إغلاق مؤتمر X")."""
from __future__ import annotations


from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..mentions import Candidate
from ..words import tokens_of
from .roles import named_from
from .words import clitic_of, is_negation, is_one_of, is_reverser, of_kind, polarity_table, word_before, word_of_class_before

# "قطع العلاقات مع X" (not في: "تعليق التعاون في مجال الطاقة" names a field, and a place after في is a setting)
LINKS = frozenset(normalize(w) for w in ("مع", "إلى", "الى", "من", "لدى"))
LINK_CLITICS = frozenset({"ل", "ب", "لل"})   # "علقت المساعدات لكمبوديا", "علاقات نوابه بالكنيسة"
NOUN_REACH = 4    # words from the preposition back to the noun of exchange ("اتفاقات الشراكة التجارية المبرمة مع X")
CUT_REACH = 3     # words from the noun back to the word of cutting ("جمدت جميع مشاريع المعونة", "حظر على بيع")
LIFTING = frozenset(normalize(w) for w in ("رفع", "ورفع", "برفع", "إزالة", "بإزالة"))   # "رفع القيود": a cut lifted
IN = normalize("في")   # the host of an envoy or a mission ("سفيرها في X"), no other noun's party (a field, a setting)
POSTED_REACH = 2      # words from في back to the envoy ("سفيرها المعتمد في X")
SHUT_REACH = 2        # words from the mention back to the word of shutting ("حظرت تطبيق X")
NEGATION_REACH = 2   # words before the word of cutting a negation denies it from ("لن تقرر قطع")


def severed(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the party a tie or an exchange is cut with: after a preposition of a noun of ties or exchange
    (or its owner right after it) that a word of cutting a few words before governs, not negated?"""
    toks = tokens_of(doc)
    p = word_before(doc, named_from(c, lo), lo)
    if p < lo or toks.punct[p]:
        return False
    if clitic_of(doc, c) in LINK_CLITICS:
        noun = _exchange_before(doc, p, lo, NOUN_REACH)   # "لتايلاند": the word before is the noun or its adjective
    elif normalize(toks.texts[p]) in LINKS:
        noun = _exchange_before(doc, word_before(doc, p, lo), lo, NOUN_REACH)
    elif normalize(toks.texts[p]) == IN:
        noun = _posted_before(doc, p, lo)   # "استدعاء سفيرها في X": the host of the envoy recalled
    else:
        noun = p if _is_exchange(toks.texts[p]) else -1   # "تجميد أصول X": X owns what is frozen
    if noun < 0:
        shut = _shut_before(doc, c, p, lo)   # "حظرت تطبيق X", "إغلاق إذاعة X": X itself is shut
        return shut >= 0 and not _negated(doc, shut, lo) and not _lifted(doc, shut, lo)
    cut = _cut_before(doc, noun, lo)
    return cut >= 0 and not _negated(doc, cut, lo) and not _lifted(doc, cut, lo)


def _posted_before(doc: Doc, p: int, lo: int) -> int:
    """The noun of an envoy or mission (function_words posted_noun) right before the في at p, or one word before it
    ("سفيرها في X", "سفيرها المعتمد في X"); -1 when there is none. Only these take في for the party they are with."""
    toks, posted = tokens_of(doc), lexicon.function_words().posted_noun
    k = word_before(doc, p, lo)
    for _ in range(POSTED_REACH):
        if k < lo or toks.punct[k]:
            return -1
        if of_kind(toks.texts[k], posted):
            return k
        k = word_before(doc, k, lo)
    return -1


def _shut_before(doc: Doc, c: Candidate, p: int, lo: int) -> int:
    """The word of closing, banning, suspending or freezing (function_words closing, shutting) right before mention c
    (at p, no clitic on c) or one word before it, past a head noun ("إغلاق إذاعة X", "حظرت تطبيق X", "تجميد اختصاصات
    X"); -1 when there is none. A body, a medium or a person shut down is the one the measure is taken against; a
    place closed (an airport, a crossing) is closed to all, no party broken with."""
    toks, words = tokens_of(doc), lexicon.function_words()
    if c.type == "Place" or clitic_of(doc, c):
        return -1
    for _ in range(SHUT_REACH):
        if p < lo or toks.punct[p]:
            return -1
        if of_kind(toks.texts[p], SHUTTING):
            return p
        if is_one_of(toks.texts[p], words.preposition):
            return -1         # "حظر التجول في X": X is where the curfew holds
        if is_one_of(toks.texts[p], words.gathering_head):
            return -1         # "إغلاق مؤتمر X": a meeting closed has ended, no measure against the town it bears
        p = word_before(doc, p, lo)
    return -1


SHUTTING = lexicon.function_words().closing | lexicon.function_words().shutting   # closing, banning, suspending at once


def _is_exchange(text: str) -> bool:
    return of_kind(text, EXCHANGE_WORDS)


# the nouns of ties, envoys and exchange (polarity.tsv tie, envoy; function_words exchange_noun) at once: one set made
# once, since of_kind keeps its readings per (word, set) and a union made per call is hashed and compared whole at each
# look-up
EXCHANGE_WORDS = polarity_table().tie | polarity_table().envoy | lexicon.function_words().exchange_noun


def _exchange_before(doc: Doc, k: int, lo: int, reach: int) -> int:
    """The noun of ties or exchange at k or up to `reach` words before it, in its clause; -1 when there is none."""
    toks = tokens_of(doc)
    for _ in range(reach):
        if k < lo or toks.punct[k]:
            return -1
        if _is_exchange(toks.texts[k]):
            return k
        k = word_before(doc, k, lo)
    return -1


def _cut_before(doc: Doc, noun: int, lo: int) -> int:
    """The word of cutting (function_words severing) up to CUT_REACH words before the noun, in its clause; -1 when
    there is none. The cue right before the content may be it ("أعلنت قطع", "علقت المساعدات")."""
    toks, severing = tokens_of(doc), lexicon.function_words().severing
    k = word_before(doc, noun, max(lo - 1, 0))
    for _ in range(CUT_REACH):
        if k < max(lo - 1, 0) or toks.punct[k]:
            return -1
        if of_kind(toks.texts[k], severing):
            return k
        k = word_before(doc, k, max(lo - 1, 0))
    return -1


def _lifted(doc: Doc, k: int, lo: int) -> bool:
    """Is the cut at k itself lifted or cut short by the word right before it ("رفع القيود على", "إلغاء تجميد
    أصول X", "تخفيف القيود"): a word of lifting (LIFTING), of cutting or of stopping?"""
    toks = tokens_of(doc)
    p = word_before(doc, k, lo)
    if p < lo or toks.punct[p]:
        return False
    text = toks.texts[p]
    return normalize(text) in LIFTING or of_kind(text, lexicon.function_words().severing) or is_reverser(text)


def _negated(doc: Doc, k: int, lo: int) -> bool:
    """Does a negation stand up to NEGATION_REACH words before word k ("لن نقطع", "لا نية لقطع")?"""
    return word_of_class_before(doc, k, lo, is_negation, NEGATION_REACH)
