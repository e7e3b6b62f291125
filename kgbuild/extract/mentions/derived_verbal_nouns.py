"""A verbal noun of a derived verb in construct with its object: the verb's object or complement, no name.

After a verb ("طلب إقالة المدير", "دعم تدبير الأزمة") or a title that is the verb's object ("اتهم النائب
المدير بإخفاء أهدافه"), a verbal noun of form IV (إفعال, إفعالة of a hollow root: "إخماد", "إقالة") or form II
(تفعيل: "تدبير") opens the verb's object or complement; the word after it is its own object in construct. Such
words have the shape of a few given names too ("إلهام", "إحسان", "تغريد"), which the name tables may not
list, so the shape alone is not enough: the word must carry a preposition (a name after a title or a
verb takes none), or the word after it must be what only a verbal noun's object is: a definite noun no
table knows as a name and no nisba (a family name's usual shape), a title, or a noun with a pronoun suffix.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import tokens_of, ends_in_pronoun, is_function_word, is_known_name_word, is_time_word
from .base import is_nisba, known_entity_at, match_title, nisba_country, skip_space

# normalised shapes (hamza on alif read as ا, ة as ه), no long vowel where the root has a consonant
_SHAPES = re.compile(
    "ا[^اوي ][^اوي ]ا[^اوي ]ه?"   # إفعال, إفعالة: "إخماد", "إعلان"
    "|ا[^اوي ]ا[^اوي ]ه"          # إفالة of a hollow root: "إقالة", "إدارة"
    "|ت[^اوي ][^اوي ]ي[^اوي ]")   # تفعيل: "تدبير"
PREPOSITIONS = ("ب", "ل")
ALIF_MAQSURA = "ى"   # written on the noun: "بإعلان", "لإخماد"


def _name_word(norm: str) -> bool:
    names = lexicon.person_names()
    return norm in names.given or norm in names.family or norm in lexicon.given_names() \
        or is_known_name_word(norm) or norm in lexicon.known_entities()


def _shape(norm: str) -> str | None:
    """The verbal noun's shape in a normalised word, a preposition on it read off; None when none fits."""
    if _SHAPES.fullmatch(norm):
        return norm
    if norm[:1] in PREPOSITIONS and _SHAPES.fullmatch(norm[1:]):
        return norm[1:]
    return None


def _object_after(doc: Doc, k: int) -> bool:
    """Is the word after token k one that only a verbal noun's object is (see the module's docstring)?"""
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or is_function_word(doc[nxt]):
        return False
    text = doc[nxt].text
    norm = normalize(text)
    if match_title(doc, nxt) is not None:
        return True
    if known_entity_at(doc, nxt, ("Person",)) is not None or _name_word(norm):
        return False
    if text.startswith("ال"):
        # (a nisba ends in ي; a word written with ى, "الدعاوى", folds onto that shape but is none)
        return (not is_nisba(text) or text.endswith(ALIF_MAQSURA)) and not is_time_word(doc[nxt]) \
            and known_entity_at(doc, nxt, ("Place", "Organization")) is None
    return ends_in_pronoun(text) and len(norm) >= 5


def derived_verbal_noun_before_object(doc: Doc, k: int) -> bool:
    """Is token k a derived verbal noun opening the verb's object or complement, no name (module docstring)?"""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if k >= len(doc):
        return False
    text = toks.texts[k]
    norm = normalize(text)
    if text.startswith("ال") or known_entity_at(doc, k, ("Person", "Place", "Organization")) is not None:
        return False
    stem = _shape(norm)
    if stem is None or _name_word(norm) or _name_word(stem):
        return False
    return stem != norm or _object_after(doc, k)


# تفعٍّ (تفعّي) of form V, or تفعية of form II, of a root whose last letter is weak ("تنحي", "تصدي", "تحدي";
# "تنحية" folds to the same letters with its ة read as ه)
_WEAK_ROOT_SHAPE = re.compile("ت[^اوي ][^اوي ]ي")
ARTICLE = "ال"
PRONOUNS_ON_A_NOUN = ("ها", "هم", "ه")   # "تنحيه", "تنحيها": whose stepping down, the noun's own subject


def _weak_root_with_pronoun(norm: str) -> bool:
    return any(norm.endswith(p) and _WEAK_ROOT_SHAPE.fullmatch(norm[:-len(p)]) for p in PRONOUNS_ON_A_NOUN)


def verbal_noun_after_name(doc: Doc, k: int) -> bool:
    """Is token k, right after a word of a name, a derived verbal noun that is the object of the verb before the
    name ("رفض الرئيس فلان علان إلغاء القرار", "أعلن الوزير فلان علان تنحيه", "قرار الرئيس فلان التنحي")? In a
    verb-subject-object clause the object follows the subject's name at once, and a family name has none of these
    shapes: a derived verbal noun in construct with its object (derived_verbal_noun_before_object), تفعّي with a
    pronoun on it, or a definite إفعال, تفعيل or تفعّي. No word the tables know as a name, no nationality ("التركي")."""
    norm = normalize(tokens_of(doc).texts[k])   # (the shapes first: most name words fit none, the rest is spared)
    stem = norm[len(ARTICLE):] if norm.startswith(ARTICLE) else None
    if stem is not None:
        if not (_SHAPES.fullmatch(stem) or _WEAK_ROOT_SHAPE.fullmatch(stem)):
            return False
    elif not (_SHAPES.fullmatch(norm) or _WEAK_ROOT_SHAPE.fullmatch(norm) or _weak_root_with_pronoun(norm)):
        return False
    if _name_word(norm) or (stem is not None and _name_word(stem)) or nisba_country(doc, k) is not None \
            or known_entity_at(doc, k, ("Person", "Place", "Organization")) is not None:
        return False
    if stem is not None or _weak_root_with_pronoun(norm):
        return True
    return _object_after(doc, k)


# a definite noun whose shape no family name takes, after the name: a broken plural مفاعل/مفاعيل ("المراسم",
# "المراسيم") or a verbal noun فعاء of a root whose last letter is weak ("البقاء", "القضاء")
_DEFINITE_OBJECT_SHAPE = re.compile("م[^اوي ]ا[^اوي ]ي?[^اوي ]|[^اوي ][^اوي ]اء")


def definite_object_after_name(doc: Doc, k: int) -> bool:
    """Is token k, a definite word right after a word of a name, a noun of a shape no family name takes, the object
    of the verb before the name ("وتلا الأمين العام فلان علان المراسيم", "تتيح للرئيس فلان علان البقاء في السلطة")? A
    family name with the article is a nisba or a singular; a broken plural مفاعل/مفاعيل or a verbal noun فعاء is an
    ordinary noun. No word the tables know as a name ("المحاميد", a tribe's), no known place or body."""
    norm = normalize(tokens_of(doc).texts[k])   # (the shape first: most name words fit none)
    if not norm.startswith(ARTICLE) or not _DEFINITE_OBJECT_SHAPE.fullmatch(norm[len(ARTICLE):]):
        return False
    return not _name_word(norm) and not _name_word(norm[len(ARTICLE):]) \
        and known_entity_at(doc, k, ("Person", "Place", "Organization")) is None
