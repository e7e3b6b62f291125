"""The outlet a statement was given to or carried by, named inside what was said: "في تصريحات لقناة X", "في حديث لإذاعة
X", "في بيان بثه تلفزيون X", "في تصريحات نقلتها صحيفة X", "في مقابلة مع قناة X", "في كلمة بثتها الإذاعة الرسمية",
"في مقال نشره موقع «X»". The outlet says where the words appeared, as it does in the
frame of saying ("قال لصحيفة X"); it is no party the words are about."""
from __future__ import annotations

from functools import cache

from .... import lexicon
from ....text import normalize, without_article
from ...mentions import Candidate
from ..context import Context

MEDIA_KINDS = frozenset({"media", "agency"})   # org_heads.tsv kinds of a name that is an outlet ("صحيفة X")
TO = "ل"                                       # the preposition glued on the outlet told: "لقناة X"
OBJECT_PRONOUNS = ("ها", "ه")                  # the statement as the object of the verb that carried it: "بثه", "نقلتها"
WITH = "مع"                                    # the one an interview or a talk was held with: "في مقابلة مع قناة X"
NAME_HEAD_WORDS = 2   # words of an outlet's name that may be its media head noun: "قناة X", "هيئة الإذاعة X"


@cache
def _statement_nouns() -> frozenset[str]:
    """Every form and lemma of a noun cue (cues.tsv): "تصريحات", "بيان", "حديث", "مقابلة"."""
    cues = lexicon.cues()
    return frozenset(normalize(form) for form, e in cues.items() if e.kind == "noun") \
        | frozenset(normalize(e.lemma) for e in cues.values() if e.kind == "noun")


def _head(c: Candidate) -> str:
    """The first word of the mention's form, normalised ("" for an empty form)."""
    return normalize(c.form.split()[0]) if c.form else ""


def _media_head(word: str) -> bool:
    """Is the normalised word a head noun of an outlet (org_heads kind media or agency), with the article or not
    ("الإذاعة الوطنية", "إذاعة X")?"""
    heads = lexicon.org_heads()
    return heads.get(word) in MEDIA_KINDS or heads.get(without_article(word)) in MEDIA_KINDS


def _names_an_outlet(ctx: Context, c: Candidate, key: str) -> bool:
    """Does the name's head noun, or the word after a head noun of another kind, say it is an outlet ("قناة X",
    "الإذاعة الوطنية", "هيئة الإذاعة X")?"""
    words = [normalize(w) for w in c.form.split()[:NAME_HEAD_WORDS]]
    return ctx.mentions.is_agency(key) or any(_media_head(w) for w in words)


def _statement_noun_at(ctx: Context, k: int | None) -> bool:
    """Is token k a statement noun ("تصريحات", "بيان"), a clitic glued on or not ("وفي" is apart)?"""
    if k is None:
        return False
    word = ctx.tokens.norm(k)
    nouns = _statement_nouns()
    return word in nouns or (word[:1] in ("ب", "ل", "و") and word[1:] in nouns)


def _carrying_verb(ctx: Context, k: int) -> bool:
    """Is token k a verb of broadcasting, publishing or relaying with the statement as its object pronoun ("بثه",
    "نشرته", "نقلتها")?"""
    word, verbs = ctx.tokens.norm(k), ctx.tokens.words.carrying_verb
    return any(word.endswith(p) and word[:-len(p)] in verbs for p in OBJECT_PRONOUNS)


def outlet_of_the_statement(ctx: Context, c: Candidate, key: str) -> bool:
    """Is the mention c an outlet named right after a statement noun, told with لـ ("تصريحات لقناة X") or as the
    subject of the verb that carried the statement ("بيان بثه تلفزيون X")?"""
    head = _head(c)
    if c.type != "Organization":
        return False
    tokens = ctx.tokens
    p = tokens.prev(c.i)
    while p is not None and tokens.is_quote(p):
        p = tokens.prev(p)
    if p is None:
        return False
    word = tokens.norm(p)
    if not _names_an_outlet(ctx, c, key):
        if not _media_head(word):
            return False
        # "نشره موقع «X»": the outlet's head noun apart from its name, bare; the word before it is the slot
        p = tokens.prev(p)
        if p is None:
            return False
        return _carrying_verb(ctx, p)
    if tokens.norm(c.i).startswith(TO) and not head.startswith(TO):
        return _statement_noun_at(ctx, p)   # "في تصريحات لقناة X": لـ on the outlet's own head noun
    if word.startswith(TO) and _media_head(word[len(TO):]):
        return _statement_noun_at(ctx, tokens.prev(p))   # "في حديث لإذاعة «X»": the head noun apart from the name
    if word == WITH:
        return _statement_noun_at(ctx, tokens.prev(p))   # "في مقابلة مع قناة X": the outlet interviewed him
    # "في بيان بثه تلفزيون X", "في كلمة بثتها الإذاعة الرسمية": the verb that carried the words, its object the statement
    return _carrying_verb(ctx, p)


def drop_statement_outlets(ctx: Context, mentions: list[tuple[str, list[Candidate]]]) -> list[tuple[str, list[Candidate]]]:
    """The targets less the outlets named only as where a statement was given or carried."""
    return [(key, cs) for key, cs in mentions if not all(outlet_of_the_statement(ctx, c, key) for c in cs)]
