"""The forms a group noun of groups.tsv takes besides its own spelling, each read off a token's readings
(or the words after it): with a possessive pronoun ("قواتنا"), joined to its complement by لـ ("قوات
لمكافحة الشغب"), in the construct ("ناخبي المحافظة"), in the dual ("مسؤولان"), in the accusative
("طلابا"). Each matcher returns (words, table noun, surface, clitic length) or None."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ..words import is_function_text, tokens_of
from .base import PLURAL_ENDINGS, known_entity_at, skip_space, token_infos


def possessed_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"منتقديه", "مواطنينا", "قواتنا", "معارضوه": a plural group noun with a possessive pronoun; a
    sound plural loses its ن before it ("مواطني" + "نا")."""
    for clitic_len, stem, stem_norm in readings:
        if stem_norm.startswith("ال") or not stem_norm.endswith(POSSESSIVE_SUFFIXES) or stem.endswith("ة"):
            continue  # "مسؤولية" ends in the feminine ة, no pronoun
        for suffix in POSSESSIVE_SUFFIXES:
            bare = stem_norm[:-len(suffix)]
            if not stem_norm.endswith(suffix) or len(bare) < 3:
                continue
            if bare in OWNED_THING and suffix in ONE_THIRD_PERSON:
                continue  # "تسلم سلطاته": his powers, no authorities
            if bare in KIN_PLURALS:
                continue  # "مع أطفاله": his own family, no group of children
            for noun in (bare, bare + "ن" if bare.endswith(("و", "ي")) else None):
                if noun and noun in table and not noun.startswith("ال"):
                    return 1, noun, stem, clitic_len
    return None


def lam_construct_match(doc: Doc, i: int, table: dict) -> tuple[int, str, str, int] | None:
    """"شرطة لمكافحة الشغب", "قوات لمكافحة الشغب": an indefinite head joined to its complement by لـ
    instead of the construct ("قوات مكافحة الشغب")."""
    info = token_infos(doc)
    k = i + 1
    if k >= len(info) or info[i].blocks:
        return None
    second = info[k]
    if second.blocks or not second.norm.startswith("ل") or second.norm.startswith("لل") or len(second.norm) < 4:
        return None
    if not doc[i].whitespace_:
        return None   # (asked after the tests of the kept readings, which most words fail: doc[i] builds a Token)
    for clitic_len, stem, stem_norm in info[i].readings:
        if stem_norm.startswith("ال"):
            continue
        best = None
        for n in (1, 2):
            rest = [info[q].norm for q in range(k + 1, k + n) if q < len(info) and not info[q].blocks]
            phrase = " ".join([stem_norm, second.norm[1:]] + rest)
            if len(rest) == n - 1 and phrase in table:
                best = (n + 1, phrase, " ".join([stem] + [tokens_of(doc).texts[q] for q in range(k, k + n)]), clitic_len)
        if best:
            return best
    return None


def construct_match(doc: Doc, i: int, readings: tuple[tuple[int, str, str], ...],
                     table: dict) -> tuple[int, str, str, int] | None:
    """"ناخبي المحافظة", "مواطنو البلاد", "ناخبي بوليفيا": a sound masculine plural group noun in the
    construct state (its ن dropped) before its complement, a definite word or a known place."""
    k = skip_space(doc, i + 1)
    toks = tokens_of(doc)   # (the word read off the Doc's token lists: doc[k] builds a Token)
    if k >= len(doc) or not toks.arabic[k] or is_function_text(toks.texts[k]):
        return None
    if not toks.texts[k].startswith("ال") and known_entity_at(doc, k, ("Place",)) is None:
        return None
    for clitic_len, stem, stem_norm in readings:
        if stem_norm.startswith("ال") or not stem_norm.endswith(("ي", "و")) or len(stem_norm) < 4:
            continue
        noun = stem_norm + "ن"
        if noun in table and noun.endswith(("ين", "ون")):
            return 1, noun, stem, clitic_len
    return None


def dual_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"مسؤولان", "دبلوماسيان": two persons of a kind whose sound plural is a group noun."""
    for clitic_len, stem, stem_norm in readings:
        plural = stem_norm[:-2] + "ون"
        if stem_norm.endswith("ان") and len(stem_norm) >= 5 and plural in table:
            return 1, plural, stem, clitic_len
    return None


def accusative_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"طلابا", "عمالا": an indefinite broken plural in the accusative, its tanween written as alef."""
    for clitic_len, stem, stem_norm in readings:
        bare = stem_norm[:-1]
        if stem_norm.endswith("ا") and bare in table and not bare.startswith("ال") \
                and not bare.endswith(PLURAL_ENDINGS) and len(bare) >= 3 and not stem.endswith(VERB_WITH_HER):
            return 1, bare, stem, clitic_len
    return None


# a plural in ة takes no alef in the accusative (its tanween sits on the ة): "قادها", "قضاها" written with ه and ا are a
# verb with "her, it" ("led it", "spent it"), which reads like "قادة", "قضاة" + ا once ة is written ه
VERB_WITH_HER = "ها"
# possessive pronouns attached to a noun, longest first: "قواتهم", "مواطنينا", "منتقديه"
POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
# the pronouns of one third person ("his", "her", "its"): with them some group nouns name a thing ("سلطاته")
ONE_THIRD_PERSON = frozenset({"ه", "ها"})
# group nouns that with such a pronoun name a thing of its owner, not persons: "سلطاته" (his powers)
OWNED_THING = lexicon.function_words().owned_thing
# plural nouns of kin that with any pronoun name one's family: "أطفالهم"
KIN_PLURALS = lexicon.function_words().kin_plural
