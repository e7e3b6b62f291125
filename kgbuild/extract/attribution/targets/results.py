"""The body whose results are rejected: "رفض النتائج", "يشكك في النتائج", "رفض الاعتراف بالنتائج", "تبرأ من النتيجة"
contest the announcement of the results, and so the body the article told announcing them: the subject of a verb of
announcing whose object is the results or a win ("أعلنت اللجنة الانتخابية النتائج", "أعلنت المفوضية فوز X"), or the
body after a relative verb of announcing on the results ("النتائج التي أعلنتها اللجنة"). Only the object of such a
verb: a statement that merely opens with the results ("قال إن النتائج تعكس ...") aims at no one by that alone."""
from __future__ import annotations

from ....text import normalize
from ...mentions import Candidate
from ...words import is_stem_under_clitics, without_proclitic
from ..context import Context
from ..cues import Cue
from .first_told import first_told_key
from .opening import past_quotes
from .winner import WIN_NOUN_PROCLITICS

BODY_TYPES = ("Organization",)
OBJECT_SPAN = 10     # words from a verb of announcing to the results or win it announces ("أعلنت اللجنة، مساء السبت، فوز X")
SUBJECT_SPAN = 8     # words from a relative verb of announcing to the body after it ("التي أعلنتها اللجنة")
OPENING_WORDS = 3    # words of what was rejected before the results ("الاعتراف بشرعية النتيجة")
RESULTS_CLITICS = ("", "و", "ب", "ل", "ف")   # glued on the results noun ("بالنتائج", "بنتائج")


def rejected_results_body(ctx: Context, cue: Cue, start: int, end: int, exclude: set[str]) -> list[str]:
    """[the key of the body the article told announcing the results] when the cue is a verb of rejecting, contesting
    or doubting and what it governs (start..end-1) opens with the results; [] otherwise or when no body is told."""
    words = ctx.tokens.words
    if normalize(cue.lemma) not in words.contesting_verb or not _opens_with_results(ctx, start, end):
        return []
    body = _announcing_body(ctx)
    return [body] if body is not None and body not in exclude else []


def _is_results(ctx: Context, k: int) -> bool:
    return is_stem_under_clitics(ctx.tokens.norm(k), ctx.tokens.words.results_noun, RESULTS_CLITICS)


def _opens_with_results(ctx: Context, start: int, end: int) -> bool:
    """What was said opens with the results, past a preposition, a noun of recognising or a demonstrative ("في
    النتائج", "الاعتراف بالنتائج", "بهذه النتائج")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    k = tokens.next(start, end)
    for _ in range(OPENING_WORDS):
        k = past_quotes(ctx, k, end)
        if k >= end:
            return False
        if _is_results(ctx, k):
            return True
        word = tokens.norm(k)
        if word not in words.preposition and word not in words.recognition_noun and word not in words.demonstrative:
            return False
        k = tokens.next(k + 1, end)
    return False


def _announcing_body(ctx: Context) -> str | None:
    """The key of the body the article first tells announcing the results or a win (anywhere: a headline's "ويرفض X
    النتائج" comes before the lead that tells who announced them)."""
    return first_told_key(ctx, len(ctx.doc), _announcers_at)


def _announcers_at(ctx: Context, k: int) -> list[Candidate]:
    """The body the word at k tells announcing the results: the subject of a verb of announcing them, or the body
    after a relative verb of announcing that follows them; [] when the word tells no announcing."""
    tokens, words = ctx.tokens, ctx.tokens.words
    word = without_proclitic(tokens.norm(k))
    if word in words.announcing_verb and (obj := _announced_object(ctx, k)) is not None:
        return _subject(ctx, k, obj)
    if word in words.announced_relative and _after_results(ctx, k):
        return _bodies(ctx, k + 1, min(ctx.tokens.sentence(k).end, k + 1 + SUBJECT_SPAN))[:1]
    return []


def _announced_object(ctx: Context, k: int) -> int | None:
    """The results or the win the verb of announcing at k has as its object, a few words after it in its sentence;
    None when it has none."""
    tokens, words = ctx.tokens, ctx.tokens.words
    for q in range(k + 1, min(ctx.tokens.sentence(k).end, k + 1 + OBJECT_SPAN)):
        if _is_results(ctx, q) or without_proclitic(tokens.norm(q), WIN_NOUN_PROCLITICS) in words.win_noun:
            return q
        if tokens.norm(q) in words.complementizer:   # "أعلن أن ...": a clause, not the results
            return None
    return None


def _after_results(ctx: Context, k: int) -> bool:
    """The relative verb at k follows the results within a few words ("النتائج (المؤقتة) التي أعلنتها")."""
    sent = ctx.tokens.sentence(k)
    return any(_is_results(ctx, q) for q in range(max(sent.start, k - OPENING_WORDS - 1), k))


def _bodies(ctx: Context, lo: int, hi: int) -> list[Candidate]:
    return sorted((c for c in ctx.mentions.cands if lo <= c.i and c.j <= hi and c.type in BODY_TYPES),
                  key=lambda c: c.i)


def _subject(ctx: Context, k: int, obj: int) -> list[Candidate]:
    """The body that is the subject of the verb at k: the first named between it and its object `obj`, else the last
    one before it in its sentence."""
    sent = ctx.tokens.sentence(k)
    return _bodies(ctx, k + 1, obj)[:1] or _bodies(ctx, sent.start, k)[-1:]
