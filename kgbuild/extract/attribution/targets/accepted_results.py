"""The winner whose results are welcomed or conceded: "رحب X بالنتيجة", "أشاد بنتائج الانتخابات", "أقر بالنتيجة",
"اعترف بالنتائج" take the side of the outcome of a vote, and so of the party the article told winning it (as "هنأ
الفائز" does: winner.py). Rejecting the results is aimed at the body that announced them (results.py); accepting
them is aimed at the one they made the winner. A vote whose win the article never tells (a summit's results, "نتائج
القمة") names no winner, and the statement is about no one by this rule."""
from __future__ import annotations

from ....text import normalize
from ..context import Context
from ..cues import Cue
from .results import _opens_with_results
from .winner import _told_winner


def accepted_results_winner(ctx: Context, cue: Cue, start: int, end: int, exclude: set[str]) -> list[str]:
    """[the key of the party the article first told winning before the content] when the cue is a verb of welcoming,
    praising or conceding (function_words accepting_verb) and what it governs (start..end-1) opens with the
    results; [] otherwise, when no win is told, or when the winner is one of `exclude` (the speakers: a winner
    welcoming their own results)."""
    if normalize(cue.lemma) not in ctx.tokens.words.accepting_verb or not _opens_with_results(ctx, start, end):
        return []
    winner = _told_winner(ctx, start)
    return [winner] if winner is not None and winner not in exclude else []
