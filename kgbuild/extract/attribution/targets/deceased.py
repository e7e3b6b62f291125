"""The deceased a statement speaks of: "الراحل", "الفقيد" (the late one) in what was said ("نعى الراحل", "وصف الفقيد
بأنه ...", "السلطان الراحل") is the person the article first told dying: the one a noun or verb of death is of
("وفاة الزعيم X", "توفي X"). News style tells the death in the headline or the lead, before the reactions to it. A
statement of mourning or condolence that names no one ("أعلنت الحداد ثلاثة أيام", "أعرب عن بالغ الحزن", "نعى أخا
عزيزا") mourns that person too."""
from __future__ import annotations

from ...mentions import Candidate
from ...words import is_stem_under_clitics
from ..context import Context
from .word_index import holds
from .first_told import first_told_key
from .read_off import DECEASED

LATE_CLITICS = ("", "و", "ب", "ل", "ف")   # what may be glued on the late-one word ("بالراحل", "وللفقيد" less its alef)
DEATH_CLITICS = ("", "و", "ف", "ب", "ل")   # glued on a word of death ("بوفاة", "برحيل", "وتوفي")
MOURNING_CLITICS = ("", "و", "ف", "ب", "ل")   # glued on a word of mourning ("بالتعازي", "والحداد")
DEAD_SPAN = 10      # words from a word of death to the person ("وفاة الرئيس الأسبق الزعيم التاريخي للحزب X": titles and epithets stand between)
CUE_REACH = 6       # words before what was said within which its cue may be a word of mourning ("نعى", "أعرب عن تعازيه")
NAMED_TYPES = ("Person", "Organization", "Group")   # parties whose naming makes mourning no anonymous one


def deceased_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """Each late-one word of what was said (tokens c_start..c_end-1) as a mention of the person the article first
    told dying before it, when that person is none of `exclude` (the speakers); none when no death is told."""
    tokens, out = ctx.tokens, []
    if not holds(ctx, tokens.words.late_one, c_start, c_end):
        return out   # the common case: no late-one word (the index says so without reading the words)
    dead: str | None = None
    for k in range(c_start, c_end):
        if tokens.is_space(k) or not is_stem_under_clitics(tokens.norm(k), tokens.words.late_one, LATE_CLITICS):
            continue
        dead = dead or told_deceased(ctx, c_start)
        if dead is None or dead in exclude:
            return []
        tok = ctx.doc[k]
        out.append(Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Person", DECEASED, key=dead))
    return out


def mourned(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> str | None:
    """The key of the person the article told dying when what was said (c_start..c_end-1), or its cue right before
    it, holds a word of mourning or condolence; None otherwise, or when that person is one of `exclude`. Only for
    what names no one else: "تشاطر الشعب X حزنه" consoles the people it names."""
    lo = max(ctx.tokens.sentence(c_start).start if c_start < len(ctx.doc) else c_start, c_start - CUE_REACH)
    if not holds(ctx, ctx.tokens.words.mourning_word, lo, c_end) or not any(_is_mourning(ctx, k) for k in range(lo, c_end)):
        return None
    dead = told_deceased(ctx, c_start)
    return dead if dead is not None and dead not in exclude else None


def names_no_party(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does what was said name no person or body?"""
    return not any(c_start <= c.i and c.j <= c_end and c.type in NAMED_TYPES for c in ctx.mentions.cands)


def _is_mourning(ctx: Context, k: int) -> bool:
    """A word of mourning at k, not inside a name ("حداد" as a family name is none)."""
    tokens = ctx.tokens
    return not tokens.is_space(k) and not ctx.mentions.in_a_mention(k) and \
        is_stem_under_clitics(tokens.norm(k), tokens.words.mourning_word, MOURNING_CLITICS)


def told_deceased(ctx: Context, before: int) -> str | None:
    """The key of the person the article first tells dying before token `before`."""
    return first_told_key(ctx, before, _dead_at)


def _dead_at(ctx: Context, k: int) -> list[Candidate]:
    """The person a word of death at k is of: the first person named a few words after it in its sentence (the noun's
    genitive, the intransitive verb's subject); [] when the word tells no death."""
    tokens = ctx.tokens
    if tokens.is_space(k) or ctx.mentions.in_a_mention(k) or \
            not is_stem_under_clitics(tokens.norm(k), tokens.words.death_word, DEATH_CLITICS):
        return []
    stop = min(ctx.tokens.sentence(k).end, k + 1 + DEAD_SPAN)
    return sorted((c for c in ctx.mentions.cands if k < c.i < stop and c.type == "Person"),
                  key=lambda c: c.i)[:1]
