"""Whom a denial or rejection of words pointed back to answers: "ونفت X هذه الاتهامات", "رفض Y هذه الأرقام", "نفى
ذلك مرارا", "رفض هذا التفسير". With nothing else named, what a demonstrative opening the content points back to is
what was last said before the cue: the one who said it is the party denied or rejected (a rebuttal)."""
from __future__ import annotations

from collections.abc import Sequence

from ....records import StatementRecord
from ....text import clitic_variants
from ..context import Context

ANSWERING_ACTS = frozenset({"deny", "reject"})   # acts (cues.tsv) that answer words said before
SAID_BACK = 150      # tokens back from the content to the cue of the words answered, at most
OPENING_WORDS = 3    # words of the speaker's name the content may open with before the demonstrative, at most


def answered_speaker(ctx: Context, act: str, c_start: int, c_end: int, history: Sequence[StatementRecord],
                     exclude: set[str], cue_char: int) -> str | None:
    """The speaker of the last statement of `history` told before the cue at character `cue_char` (within SAID_BACK
    tokens of the content c_start..c_end-1), when the act denies or rejects and the content opens with a demonstrative
    (function_words demonstrative) past a few words of a name; not one of `exclude` (the speakers, their side): "نقلت
    وسائل إعلام عن مصادر في X أن ...، في حين نفت X هذه المعلومات" answers the words of the sentence's own report. None
    otherwise."""
    if act not in ANSWERING_ACTS or not history or c_start >= c_end:
        return None
    tokens = ctx.tokens
    k, seen = tokens.next(c_start, c_end), 0
    while k < c_end and seen < OPENING_WORDS and (tokens.is_punct(k) or ctx.mentions.in_a_mention(k)):
        k, seen = tokens.next(k + 1, c_end), seen + (not tokens.is_punct(k))
    if k >= c_end or not any(clitic in ("", "ب") and stem in tokens.words.demonstrative
                             for clitic, stem in clitic_variants(tokens.norm(k))):
        return None
    last = next((st for st in reversed(history) if st.cue_span[1] <= cue_char), None)
    if last is None or last.speaker in exclude:
        return None
    said = ctx.doc.char_span(last.cue_span[0], last.cue_span[1], alignment_mode="expand")
    return last.speaker if said is not None and said.start >= c_start - SAID_BACK else None
