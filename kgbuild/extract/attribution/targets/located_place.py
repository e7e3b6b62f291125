"""The place that only says where another place lies: "في مدينة X بولاية Y", "في حي X بأبيدجان", "في فندق فخم
بمدينة Y". Glued to بـ right after a place named with its head noun (a town, a district, a venue: function_words
place_head, place_head_kept), the second place locates the first; the first is the setting or the matter of what was
said, the second no party to it. Named elsewhere in what was said, it stays a target. A capital or a country that acts
("اتصلت الرياض بطهران") is named with no head noun, so what is glued to بـ after it stays the verb's object."""
from __future__ import annotations

from .... import lexicon
from ....text import clitic_variants, without_article
from ...mentions import Candidate
from ..context import Context

WITH = "ب"   # the preposition glued on the place that locates ("بولاية", "بالعاصمة", "بأبيدجان")
HEAD_CLITICS = ("", "و", "ف", "ب", "ل")   # what may be glued on the head noun of the place located ("وبمدينة X")


def _heads() -> frozenset[str]:
    words = lexicon.function_words()
    return words.place_head | words.place_head_kept


def _head_noun(word: str) -> bool:
    """Is the normalised word a place head noun, bare or with the article ("ولايه", "العاصمه", "مدينه")?"""
    heads = _heads()
    return word in heads or without_article(word) in heads


def _headed_place(ctx: Context, c: Candidate) -> bool:
    """Is mention c a place named with its head noun first, in the mention or right before it ("مدينة الحامة",
    "حي كوكودي", "فندق فخم", "في بلدة X")?"""
    if c.type != "Place":
        return False
    p = ctx.tokens.prev(c.i)
    heads = ([c.i] if c.j - c.i > 1 else []) + ([p] if p is not None else [])
    return any(clitic in HEAD_CLITICS and _head_noun(stem) for k in heads
               for clitic, stem in clitic_variants(ctx.tokens.norm(k)))


def locates_a_place(ctx: Context, c: Candidate, key: str) -> bool:
    """Is the place mention c glued to بـ (on its own first word, or on a place head noun right before it: "بولاية
    قابس") right after a place named with its head noun? Then it says where that place lies. `key`: the place's key,
    as the targets carry it (a mention read off a word has no entry in the entity stage's map)."""
    if c.type != "Place":
        return False
    tokens = ctx.tokens
    start = c.i
    if tokens.clitic(c) != WITH:
        p = tokens.prev(c.i)
        word = tokens.norm(p) if p is not None else ""
        if not (word.startswith(WITH) and _head_noun(word[len(WITH):])):
            return False
        start = p
    q = tokens.prev(start)
    before = ctx.mentions.end_at.get(q) if q is not None else None
    return before is not None and before is not c and _headed_place(ctx, before) and ctx.mentions.key(before) != key
