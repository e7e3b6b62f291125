"""A statement with no party of its own that points back with a demonstrative ("هذه المسألة مبكرة",
"سيكون ذلك مؤسفا", "تؤيد تلك الخطوات") is about what the same speaker's statement just before it
was about: the demonstrative takes up that statement's matter, and its parties with it."""
from __future__ import annotations

from dataclasses import replace

from ....records import StatementRecord
from ....text import clitic_variants
from ..context import Context

DEMONSTRATIVE_CLITICS = ("", "و", "ب")   # "وهذه", "بهذا"; not ل ("لذلك" is "therefore")


def referred_back(ctx: Context, statements: list[StatementRecord]) -> list[StatementRecord]:
    """The statements, those with no target that point back to the one before them by the same speaker
    given its targets, with the earlier one's stance towards each (the statement's own towards the first
    when the earlier one's is neutral)."""
    out: list[StatementRecord] = []
    for st in statements:
        before = out[-1] if out else None
        if not st.about and before is not None and before.speaker == st.speaker and before.about \
                and _points_back(ctx, st):
            stances = {k: before.target_stance.get(k, "neutral") for k in before.about}
            if stances[before.about[0]] == "neutral":
                # "ذكر X ... وأضاف أن ذلك مؤسف": what the statement says of the matter, it says of its first party
                stances[before.about[0]] = st.stance
            st = replace(st, about=list(before.about), target_stance=stances)
        out.append(st)
    return out


def _points_back(ctx: Context, st: StatementRecord) -> bool:
    """Does the statement's content hold a demonstrative (function_words demonstrative) outside any mention?"""
    span = ctx.doc.char_span(st.quote_span[0], st.quote_span[1], alignment_mode="expand")
    if span is None:
        return False
    tokens, demonstratives = ctx.tokens, ctx.tokens.words.demonstrative
    return any(not ctx.mentions.in_a_mention(k) and any(stem in demonstratives for clitic, stem in
                                                        clitic_variants(tokens.norm(k)) if clitic in DEMONSTRATIVE_CLITICS)
               for k in range(span.start, span.end))
