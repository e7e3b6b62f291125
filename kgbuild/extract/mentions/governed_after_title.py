"""Where a title with no name after it ends: at the object the verb before it governs with a glued بـ.

"وتعهد رئيس الحكومة الجديد بمواصلة الإصلاحات": the verb (تعهد) governs its object with بـ (function_words
governed_object: "تعهد ب", "طالب ب", "رحب ب"), and its subject, a title with no name, stands between them. A
word with بـ glued on cannot go on the title's construct chain (a noun in construct takes no preposition), so
the title ends before it; read as a construct complement ("رئيس ... بمواصلة الإصلاحات") the title swallowed the
verb's object and the statement lost its speaker.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from .base import TITLE_MODIFIERS, token_infos
from ..words import has_non_name_shape, mostly_common_words, prev_word, tokens_of

GLUED_BY = "ب"           # the preposition the verb governs its object with, written on the object
ARTICLE = "ال"
THAT = frozenset({normalize("أن"), normalize("أنه"), normalize("أنها"), normalize("أنهم")})   # "بأن", "بأنه": what was said
NAME_NOUN = "اسم"         # "باسم": "in the name of", a title's link to the body it speaks for
CONJUNCTIONS = ("و", "ف")   # what the verb before the title may carry: "وتعهد", "فطالب"


def verb_governing_bi(doc: Doc, i: int) -> bool:
    """Is the word right before the title at i a cue verb that governs its object with بـ ("تعهد ب")?"""
    p = prev_word(doc, i)
    toks = tokens_of(doc)   # (read off the per-Doc lists: each doc[k] builds a Token)
    if p is None or not toks.arabic[p]:
        return False
    cues, governed = lexicon.cues(), lexicon.function_words().governed_object
    text = toks.texts[p]
    for head in [text] + [text[len(c):] for c in CONJUNCTIONS if text.startswith(c)]:
        cue = cues.get(normalize(head))
        if cue is not None and cue.kind == "verb" and f"{normalize(cue.lemma)} {GLUED_BY}" in governed:
            return True
    return False


def governed_object_at(doc: Doc, k: int) -> bool:
    """Is token k بـ glued on the verb's object: a verbal noun ("بمواصلة", "بتشكيل"), a definite noun
    ("بالقرار") or another word of news ("بإجراء")? Not a body's head noun that opens with ب ("بلدية",
    "بعثة", "بنك"), which goes on with the title ("رئيس بلدية المدينة"), nor a known name, nor the links
    the title reads itself (باسم، بـ + a body's head noun: "الباحث بمعهد")."""
    # (read off the per-Doc lists: each doc[k] builds a Token, and this is asked at many words after a title)
    if k >= len(doc) or not tokens_of(doc).arabic[k]:
        return False
    norm = token_infos(doc)[k].norm   # normalize() of the token's text
    if not norm.startswith(GLUED_BY) or len(norm) < 4 or norm in lexicon.org_heads() \
            or norm in lexicon.known_entities() or norm in lexicon.titles() \
            or norm in lexicon.function_words().title_link or norm in TITLE_MODIFIERS:
        return False   # ("بالإنابة", "بالوكالة": acting, a modifier of the title)
    rest = norm[len(GLUED_BY):]
    if rest in lexicon.org_heads() or rest.startswith(NAME_NOUN):
        return False   # "الباحث بمعهد", "المتحدث باسم": the body the holder serves in, the title's own link
    return rest.startswith(ARTICLE) or has_non_name_shape(rest) or rest in mostly_common_words()


def verbal_noun_or_that_at(doc: Doc, k: int) -> bool:
    """Is token k بـ glued on a verbal noun of a derived form ("بتشكيل", "بمواصلة", "بالاستقالة") or on أن
    ("بأنه")? Whatever verb stands before the title, no title goes on with these: a place or a body in بـ
    ("بشمال البلاد", "بجامعة فلان") may close a title's phrase, an act or what was said may not."""
    if k >= len(doc):
        return False
    norm = token_infos(doc)[k].norm   # normalize() of the token's text (not doc[k], which builds a Token)
    rest = norm[len(GLUED_BY):]
    if norm.startswith(GLUED_BY) and rest in THAT:
        return True
    if not governed_object_at(doc, k):
        return False
    bare = rest[len(ARTICLE):] if rest.startswith(ARTICLE) else rest
    return has_non_name_shape(bare)


def title_ends_at_governed_object(doc: Doc, i: int, k: int) -> bool:
    """Does the title that starts at i end before token k: بـ on a verbal noun or on أن, or, after a verb that
    governs its object with بـ, on that object ("وتعهد رئيس الحكومة الجديد بمواصلة", "ورحب رئيس اللجنة بالقرار")?"""
    return verbal_noun_or_that_at(doc, k) or (governed_object_at(doc, k) and verb_governing_bi(doc, i))

