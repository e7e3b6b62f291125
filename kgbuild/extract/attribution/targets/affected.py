"""The groups a statement is about wherever its content names them, though no actors of political conflict: the
people a happening befalls or a demand is made for. What is said of the detained ("إطلاق سراح المعتقلين", "التهم
بحق الموقوفين") and of the families of the dead ("نواسي عائلات الضحايا", "لن نتخلى عن العائلات") speaks
of them as its parties, as it does of refugees (groups.CORE_GROUP_KINDS). Only the definite ones, the
detained or bereaved the article tells of: "آلاف العائلات نزحت", "عدد الموقوفين بلغ مئة", "أسرى من بلدان
شتى" count or describe people, no party spoken of."""
from __future__ import annotations

from ....text import clitic_variants, normalize
from ...groups import kind_of
from ...mentions import Candidate
from ..context import Context

# groups.tsv kinds of the people a happening befalls or a demand is made for
AFFECTED = frozenset({"detainees", "families"})
DEFINITE = "ال"
FAMILIES = "families"   # the kind whose bare plural ("العائلات", "الأسر") also names families at large


def affected_party(ctx: Context, c: Candidate, c_start: int, c_end: int) -> bool:
    """Is group mention `c` of the detained or the bereaved (AFFECTED) named in what was said (tokens c_start..c_end-1;
    not in a topic fronted before the cue: "وبشأن قضية الأسرى، قال ..." names the matter, not a party of the
    words), definite ("المعتقلين", a noun in construct with a definite one: "عائلات الضحايا") and not counted (a
    number word right before it, function_words number: "عدد", "آلاف", "عشرات")?"""
    if kind_of(c.key or "") not in AFFECTED or not c_start <= c.i < c.j <= c_end:
        return False
    words = normalize(c.form).split()
    number = ctx.tokens.words.number
    if not any(w.startswith(DEFINITE) for w in words[:2]) or words[0] in number:
        return False   # (the count may be a part of the name: "آلاف الأسر")
    if len(words) == 1 and kind_of(c.key or "") == FAMILIES and not _whose_named_before(ctx, c):
        return False   # "يخيف العائلات", "لا خيار أمام العائلات": families at large, no bereaved of the story
    p = ctx.tokens.prev(c.i)
    return p is None or not any(stem in number for _, stem in clitic_variants(ctx.tokens.norm(p)))


def _whose_named_before(ctx: Context, c: Candidate) -> bool:
    """"عائلات القتلى ... دعم العائلات": the one-word definite "the families" names the bereaved the article told
    of only after it named them with whose or which they are (a mention of the same referent in more than one word
    before it); else it is families at large."""
    return any(m.i < c.i and m.key == c.key and len(m.form.split()) > 1 for m in ctx.mentions.cands)
