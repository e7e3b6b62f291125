"""Whose words "هذه الانتقادات", "تلك الاتهامات" are when the text named them by its verb: "انتقد زعيم المعارضة فلان
الاتفاق ... ورد الوزير على هذه الانتقادات". The demonstrative points back to the last saying of that act, and the
words are the one's who said it (the subject after that verb)."""
from __future__ import annotations

from ..context import Context

SAID_BACK = 150   # tokens back to the verb of saying the demonstrative points to
SUBJECT_WORDS = 8   # words after that verb within which its subject is named (a title before the name)
PARTY_TYPES = ("Person", "Organization", "Group")


def pointed_back_author(ctx: Context, act: str, k: int) -> str | None:
    """The subject of the last verb of saying of act `act` before token k, when the word before k is a
    demonstrative ("هذه الانتقادات"); a person named within SUBJECT_WORDS words after the verb, else the first
    body or group named there; None otherwise."""
    tokens = ctx.tokens
    p = tokens.prev(k)
    if p is None or tokens.norm(p) not in tokens.words.demonstrative:
        return None
    for j in range(p - 1, max(-1, p - SAID_BACK), -1):
        cue = ctx.cues.at(j)
        if cue is None or cue.kind != "verb" or cue.entry.act != act:
            continue
        named, q, words = [], j + 1, 0
        while q < p and words < SUBJECT_WORDS:
            c = ctx.mentions.start_at.get(q)
            if c is not None and c.type in PARTY_TYPES:
                named.append(c)
                q = c.j
                continue
            words += not tokens.is_space(q)
            q += 1
        chosen = next((c for c in named if c.type == "Person"), named[0] if named else None)
        return ctx.mentions.key(chosen) if chosen is not None else None
    return None
