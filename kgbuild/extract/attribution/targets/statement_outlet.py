"""The outlet a statement was given to or carried by, named inside what was said: "في تصريحات لقناة X", "في حديث لإذاعة
X", "في بيان بثه تلفزيون X", "في تصريحات نقلتها صحيفة X". The outlet says where the words appeared, as it does in the
frame of saying ("قال لصحيفة X"); it is no party the words are about."""
from __future__ import annotations

from functools import cache

from .... import lexicon
from ....text import normalize
from ...mentions import Candidate
from ..context import Context

MEDIA_KINDS = frozenset({"media", "agency"})   # org_heads.tsv kinds of a name that is an outlet ("صحيفة X")
TO = "ل"                                       # the preposition glued on the outlet told: "لقناة X"
OBJECT_PRONOUNS = ("ها", "ه")                  # the statement as the object of the verb that carried it: "بثه", "نقلتها"


@cache
def _statement_nouns() -> frozenset[str]:
    """Every form and lemma of a noun cue (cues.tsv): "تصريحات", "بيان", "حديث", "مقابلة"."""
    cues = lexicon.cues()
    return frozenset(normalize(form) for form, e in cues.items() if e.kind == "noun") \
        | frozenset(normalize(e.lemma) for e in cues.values() if e.kind == "noun")


def _head(c: Candidate) -> str:
    """The first word of the mention's form, normalised ("" for an empty form)."""
    return normalize(c.form.split()[0]) if c.form else ""


def _is_outlet(ctx: Context, head: str, key: str) -> bool:
    return lexicon.org_heads().get(head) in MEDIA_KINDS or ctx.mentions.is_agency(key)


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
    if c.type != "Organization" or not _is_outlet(ctx, head, key):
        return False
    tokens = ctx.tokens
    p = tokens.prev(c.i)
    while p is not None and tokens.is_quote(p):
        p = tokens.prev(p)
    if p is None:
        return False
    if tokens.norm(c.i).startswith(TO) and not head.startswith(TO):
        return _statement_noun_at(ctx, p)   # "في تصريحات لقناة X": لـ on the outlet's own head noun
    word = tokens.norm(p)
    if word.startswith(TO) and lexicon.org_heads().get(word[len(TO):]) in MEDIA_KINDS:
        return _statement_noun_at(ctx, tokens.prev(p))   # "في حديث لإذاعة «X»": the head noun apart from the name
    return _carrying_verb(ctx, p) and _statement_noun_at(ctx, tokens.prev(p))


def drop_statement_outlets(ctx: Context, mentions: list[tuple[str, list[Candidate]]]) -> list[tuple[str, list[Candidate]]]:
    """The targets less the outlets named only as where a statement was given or carried."""
    return [(key, cs) for key, cs in mentions if not all(outlet_of_the_statement(ctx, c, key) for c in cs)]
