"""The bad words of a content that charge no party next to them: the deed asked of a party appealed to ("دعا X
إلى التدخل"), the deed a party is kept from ("منع X من تهديد"), what a party is said to have no tie with ("لا
علاقة لX بالهجمات"), and the object of a negated bad deed ("لم ترتكب انتهاكات"); with is_preventing."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import tokens_of
from .negation import negated
from .phrase_words import TO
from .words import is_one_of, word_before


def object_of(doc: Doc, k: int, verb: int | None, lo: int) -> bool:
    """Does word k stand right after the word `verb`, or after it and a word of "any" or "all" ("لم ترتكب
    انتهاكات", "لم ترتكب أي انتهاكات")?"""
    if verb is None:
        return False
    p = word_before(doc, k, lo)
    if p >= lo and p != verb and is_one_of(tokens_of(doc).texts[p], lexicon.function_words().quantifier):
        p = word_before(doc, p, lo)
    return p == verb


UNRELATED_REACH = 4   # words of a name or of "لها" between a negated noun of relation and the ب of what X has no tie with


def unrelated(doc: Doc, k: int, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is word k, with ب (or its adjective), what a negated noun of relation says a party has no tie with: right
    after that noun, or past the party's name or pronoun with ل ("لا علاقة لX بالهجوم", "X لا علاقة لها بالإرهاب", "ليس لX أي صلة
    بـ"; function_words relation_noun)?"""
    toks = tokens_of(doc)
    if not _with_bi(toks.texts[k]):
        k = word_before(doc, k, lo)   # "بالهجمات الإرهابية": the adjective of what X has no tie with
        if k < lo or not _with_bi(toks.texts[k]):
            return False
    relation = lexicon.function_words().relation_noun
    p = word_before(doc, k, lo)
    for _ in range(UNRELATED_REACH):
        if p < lo or toks.punct[p]:
            return False
        if any(normalize(stem) in relation for clitic, stem in clitic_variants(toks.texts[p]) if clitic in ("", "و")):
            return negated(doc, p, lo)
        if not (in_name(p) or normalize(toks.texts[p]).startswith("ل")):
            return False      # only the party's name or "لها", "لإيران" stand between
        p = word_before(doc, p, lo)
    return False


FROM = normalize("من")   # "طلب من X": the one asked; "منع X من": what X is kept from
PREVENTING_CLITICS = ("", "و", "ف", "ل", "ول", "ب", "وب")   # "لمنع X من", "بمنع X من"


@lru_cache(maxsize=65536)   # a function of the word alone: asked of the word before each named deed of a content
def is_preventing(text: str) -> bool:
    """Is the word a verb or verbal noun of preventing (function_words preventing), with its clitics?"""
    words = lexicon.function_words().preventing
    return any(normalize(stem) in words for clitic, stem in clitic_variants(text) if clitic in PREVENTING_CLITICS)


def prevented_from(doc: Doc, k: int, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is word k, right after من, the deed a party named right before that من is kept from by a verb of
    preventing before the name ("منع X من تهديد", "لمنع X من امتلاك")?"""
    toks = tokens_of(doc)
    p = word_before(doc, k, lo)
    if p < lo or normalize(toks.texts[p]) != FROM:
        return False
    p = word_before(doc, p, lo)
    if p < lo or not in_name(p):
        return False
    while p >= lo and in_name(p):
        p = word_before(doc, p, lo)
    return p >= lo and is_preventing(toks.texts[p])


def _with_bi(text: str) -> bool:
    """Does the word carry ب ("بالهجوم", "وبالإرهاب")?"""
    return any(clitic.endswith("ب") for clitic, _ in clitic_variants(text) if clitic)


def asked_of(doc: Doc, before: int, lo: int, in_name: Callable[[int], bool], wishing: bool) -> bool:
    """Is the word read `before` a bad word the end of a party's name, or إلى right after it ("X إلى"), that is
    appealed to or asked (in a call or a clause of wishing, or after a verb of appealing: _appealed_to)?"""
    if before >= lo and normalize(tokens_of(doc).texts[before]) == TO:
        before = word_before(doc, before, lo)   # "دعا X إلى التدخل"
    return before >= lo and in_name(before) and (wishing or _appealed_to(doc, before, lo, in_name))


def _appealed_to(doc: Doc, last: int, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is the name ending at word `last` the party a verb of appealing or asking names right before it, or
    past من ("ناشد X", "طلب من X"; function_words appealing)?"""
    toks = tokens_of(doc)
    appealing = lexicon.function_words().appealing
    p = last
    while p >= lo and in_name(p):
        p = word_before(doc, p, lo)
    if p >= lo and normalize(toks.texts[p]) == FROM:
        p = word_before(doc, p, lo)
    return p >= lo and is_one_of(toks.texts[p], appealing)
