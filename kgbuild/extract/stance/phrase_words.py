"""What single words do in a phrase, read from the words around them: an honorific before a title or a name
("سعادة السفير"), the noun of a compound preposition ("بناء على", "برعاية"), the topic of a named event ("قمة
التنمية"), standing by or behind a party ("يقف إلى جانب X"), a word of obligation and the clause "على X أن"
opens, a word joined by و, the good thing a blow is dealt to ("ضربة قاسية للإصلاحات")."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import next_word, prev_word, tokens_of
from .negation import negated
from .words import (first_word, is_attacking, is_harmful, is_one_of, title_first_words, title_heads, word_before,
                    word_polarity)


def honours(doc: Doc, k: int, end: int, in_name: Callable[[int], bool]) -> bool:
    """Is word k an honorific (function_words honorific: "سعادة") right before a title or a name?"""
    toks = tokens_of(doc)
    if not is_one_of(toks.texts[k], lexicon.function_words().honorific):
        return False
    q = next_word(doc, k)
    return q is not None and q < end and not toks.punct[q] and \
        (in_name(q) or (norm := normalize(toks.texts[q])) in title_first_words() or norm in title_heads())


SIDE, TO = normalize("جانب"), normalize("إلى")
BEHIND = normalize("وراء")   # "تقف وراء الهجمات": who stands behind a deed is charged with it
# "نقف خلف قيادتنا", "اتحدوا صفا واحدا خلف X": rallying behind a party backs it; behind a deed it is a charge, as وراء
RALLY_BEHIND = normalize("خلف")
DEED_REACH = 2   # words after خلف in which a bad word makes it a deed one is behind ("خلف محاولة اغتيال")
WITH = normalize("مع")      # "نقف مع X": standing with X stands by X
# "وقفت معنا", "يقف معهم": standing with the speaker's side or another, the one with it named as a pronoun ending
WITH_PRONOUN = frozenset(normalize(w) for w in ("معنا", "معه", "معها", "معهم", "معهما", "معكم", "معي"))
SIDES = frozenset({SIDE, BEHIND, WITH, RALLY_BEHIND}) | WITH_PRONOUN
GENITIVE_CLITICS = frozenset({""})   # a genitive topic after its head carries no preposition of its own ("قمة التنمية")


def _standing_before(doc: Doc, p: int, lo: int) -> int:
    """The word of standing (function_words standing_by) at p, or right before p when p is the one word of its
    doer between ("تقف مصر مع", "وقوف بلاده إلى جانب"); lo - 1 when there is none."""
    toks = tokens_of(doc)
    if p < lo or toks.punct[p]:
        return lo - 1
    if is_one_of(toks.texts[p], lexicon.function_words().standing_by):
        return p
    q = word_before(doc, p, lo)
    return q if q >= lo and not toks.punct[q] and is_one_of(toks.texts[q], lexicon.function_words().standing_by) else lo - 1


def stands_by(doc: Doc, k: int, lo: int) -> int:
    """+1 for the جانب of "يقف إلى جانب X" (stands by X), and the مع of "يقف مع X", after a verb of standing
    (function_words standing_by), also past the one word of its doer ("وقوف بلاده مع X", "تقف مصر إلى جانب X");
    -1 for the وراء of "يقف وراء" (is behind a deed, a charge); 0 for any other word ("إلى جانب ذلك" is "besides")."""
    toks = tokens_of(doc)
    if not is_one_of(toks.texts[k], SIDES):
        return 0
    p = word_before(doc, k, lo)
    if is_one_of(toks.texts[k], frozenset({WITH}) | WITH_PRONOUN):
        # "X تقف مع Y" (stands with Y), right after the verb of standing or its doer; "لن نقف مع X" does not
        standing = _standing_before(doc, p, lo)
        if standing < lo:
            return 0
        return -1 if negated(doc, standing, lo) else 1
    if is_one_of(toks.texts[k], frozenset({RALLY_BEHIND})):
        return rallies_behind(doc, k, lo)
    if is_one_of(toks.texts[k], frozenset({BEHIND})):
        # "X تقف وراء الهجمات": standing behind a deed is a charge ("لا تقف وراء" clears X)
        if not (p >= lo and is_one_of(toks.texts[p], lexicon.function_words().standing_by)):
            return 0
        return 1 if negated(doc, p, lo) else -1
    q = _standing_before(doc, word_before(doc, p, lo), lo) if p >= lo else lo - 1
    if not (q >= lo and normalize(toks.texts[p]) == TO):
        return 0
    return -1 if negated(doc, q, lo) else 1     # "لن نقف إلى جانب X"


def rallies_behind(doc: Doc, k: int, lo: int) -> int:
    """The خلف at k after a verb of standing or uniting (function_words standing_by, rallying_verb), past "صفا واحدا"
    (rank_word) and the one word of its doer: +1 when it rallies behind a party ("نقف خلف قيادتنا", "سيتحد الشعب
    خلف رئيسه"), -1 when a bad word follows within DEED_REACH words ("يقف خلف الهجوم الإرهابي": behind a deed, a
    charge, a bad word, an act of violence or an attack: polarity.tsv violent, attacking); turned round when negated; 0 for any other خلف ("خلف القضبان", "خلفا له")."""
    toks, words = tokens_of(doc), lexicon.function_words()
    p = word_before(doc, k, lo)
    while p >= lo and not toks.punct[p] and is_one_of(toks.texts[p], words.rank_word):
        p = word_before(doc, p, lo)
    verb = p if p >= lo and not toks.punct[p] and is_one_of(toks.texts[p], words.rallying_verb) else \
        _standing_before(doc, p, lo)
    if verb < lo:
        q = word_before(doc, p, lo) if p >= lo else lo - 1   # "اتحد الشعب خلف": past the one word of the doer
        verb = q if q >= lo and not toks.punct[q] and is_one_of(toks.texts[q], words.rallying_verb) else lo - 1
    if verb < lo:
        return 0
    q, deed = k, False
    for _ in range(DEED_REACH):
        q = next_word(doc, q)
        if q is None or toks.punct[q]:
            break
        deed = deed or is_harmful(toks.texts[q]) or is_attacking(toks.texts[q])
    value = -1 if deed else 1
    return -value if negated(doc, verb, lo) else value


INCUMBENT_WORDS = 5   # words between على and أن of "على X أن ..." at most (the one it is incumbent on)
INCUMBENT_ON = lexicon.function_words().obliged_on   # with و/ف too (is_one_of)


def incumbent_clause(doc: Doc, start: int, end: int) -> int | None:
    """The أن of a content that opens with "على X أن" (X must ...), after one to INCUMBENT_WORDS words;
    None when it opens otherwise ("على أن" with no one between is "that")."""
    toks = tokens_of(doc)
    k = first_word(doc, start)
    if k >= end or not is_one_of(toks.texts[k], INCUMBENT_ON):
        return None
    words = 0
    q = next_word(doc, k)
    while q is not None and q < end and not toks.punct[q] and words <= INCUMBENT_WORDS:
        if normalize(toks.texts[q]) in lexicon.function_words().complementizer:
            return q if words else None
        words += 1
        q = next_word(doc, q)
    return None


@lru_cache(maxsize=131072)   # asked of every word of every content: a function of the text alone
def is_after_bi(text: str) -> bool:
    """A noun of auspices or help (function_words after_bi) with ب glued before it: "برعاية", "بالتعاون"."""
    after_bi = lexicon.function_words().after_bi
    return any(clitic.endswith("ب") and (normalize(stem) in after_bi or normalize(stem)[2:] in after_bi)
               for clitic, stem in clitic_variants(text))


def heads_preposition(doc: Doc, k: int, end: int) -> bool:
    """Is word k the noun of a compound preposition ("بناء على", "بناء عليه", "وفقا لـ", "برعاية"): a
    preposition head (function_words.tsv) right before a preposition, a preposition with a pronoun, or
    a word that carries ل or ب; or a noun of auspices or help with ب before it?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if is_after_bi(toks.texts[k]):
        return True           # "برعاية X", "بمساعدة X", "بالتعاون مع X"
    if not is_one_of(toks.texts[k], words.preposition_head):
        return False
    q = next_word(doc, k)
    if q is None or q >= end or toks.punct[q]:
        return False
    prepositions = words.preposition
    nxt = normalize(toks.texts[q])
    return nxt in prepositions or nxt[:-1] in prepositions or nxt[:-2] in prepositions or \
        any(clitic and clitic[-1] in "لب" for clitic, _ in clitic_variants(toks.texts[q]))


def is_obligation(text: str) -> bool:
    """"يجب", "ينبغي", "يتعين": what follows is what the speaker wishes for, not what is."""
    return is_one_of(text, lexicon.function_words().obligation)


def joined(text: str) -> bool:
    """A word joined to the one before by و ("والتهريب")."""
    return len(text) > 3 and text.startswith("و") and any(clitic.startswith("و") for clitic, _ in clitic_variants(text))


def after_topic_head(doc: Doc, k: int, lo: int) -> bool:
    """Is word k the definite topic of an indefinite head before it ("قمة التنمية", "عملية السلام"), or
    an indefinite one that is a noun, never an adjective ("محادثات سلام", "اتفاق تعاون"; not the
    adjective of "عملية إرهابية" or "العملية الإرهابية")? The topic is the head's genitive, with no preposition
    of its own: "ترجمة عملية لالتزام X" is a practical token of a commitment (and التزام is no definite noun)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = prev_word(doc, k)
    return p is not None and p >= lo and is_one_of(toks.texts[p], words.topic_head) and \
        any(normalize(stem).startswith("ال") or normalize(stem) in words.topic_noun
            for clitic, stem in clitic_variants(toks.texts[k]) if clitic in GENITIVE_CLITICS)


def after_service_head(doc: Doc, k: int, lo: int) -> bool:
    """Is word k the definite noun after the crews, craft or operations of a service ("قوارب الإنقاذ", "عمليات
    الإغاثة"), which names the service?"""
    toks = tokens_of(doc)
    p = prev_word(doc, k)
    return p is not None and p >= lo and is_one_of(toks.texts[p], lexicon.function_words().service_head) and \
        any(normalize(stem).startswith("ال") for _, stem in clitic_variants(toks.texts[k]))


DEALT_TO = (normalize("على"), normalize("ل"))   # "ضربة لـ", "هجوم على": what a blow or an attack is dealt to


def dealt_to_good(doc: Doc, k: int, end: int) -> int | None:
    """The good thing the noun of a blow or an attack at k (polarity.tsv attacking) is dealt to, with ل or على right
    after it or after its adjective ("ضربة قاسية للإصلاحات", "هجوم على الديمقراطية"): the token of the good word,
    None when it is dealt to no good thing ("الضربات على مواقع X", "ضربة للإرهاب")."""
    toks = tokens_of(doc)
    q = first_word(doc, k + 1)
    for _ in range(2):     # the word right after, or past one adjective without a clitic ("قاسية", "موجعة")
        if q >= end or toks.punct[q]:
            return None
        if normalize(toks.texts[q]) in DEALT_TO:
            r = first_word(doc, q + 1)
            return r if r < end and not toks.punct[r] and word_polarity(toks.texts[r]) > 0 else None
        readings = clitic_variants(toks.texts[q])
        if any(clitic.endswith("ل") for clitic, _ in readings):
            return q if word_polarity(toks.texts[q]) > 0 else None
        if word_polarity(toks.texts[q]) or len(readings) > 1:
            return None   # (an adjective is a bare word with no value of its own)
        q = first_word(doc, q + 1)
    return None
