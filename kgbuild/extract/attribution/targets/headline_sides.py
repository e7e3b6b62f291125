"""The side a headline's second clause answers: "X يعلّق الدستور.. وY يتحدث عن «خرق»", "X تطرد سفير Z..
وZ تأسف لخطوة «متسرعة»", "X يفوز بالرئاسة وY يندد بـ«التزوير»". A headline tells the story's
deed first and the reaction to it after, each side as the subject of its own clause; what the second side condemns,
rejects, charges, warns or threatens of ("X تنضم إلى الحلف.. وY تتوعد بإجراءات مضادة"), welcomes or praises, or
speaks of with regret is said of the first, whom it does not name again. Only such reactions: a second side that
announces, pledges or calls tells a deed of its own ("X يستقيل.. والنقابات تعلن الإضراب"), and a denial answers
a charge, not the first side's deed. The topic a headline opens with before a colon or
".." ("البلد: X يفوز ..") is the story's setting, no side."""
from __future__ import annotations

from ....text import normalize
from ...mentions import Candidate
from ..boundary import AND
from ..context import Context
from ..cues import Cue
from ..headline import reads_as_headline
from .results import _opens_with_results

PARTY_TYPES = ("Person", "Organization", "Place")
CLAUSE_MARKS = frozenset({"..", "...", "…", ":", "،", ",", "-", "–", "—"})   # what may close the first clause
TOPIC_MARKS = frozenset({":", "..", "...", "…"})   # what closes a headline's topic ("البلد: ...", "البلد.. ...")
# cue acts that react to another's deed
REACTING_ACTS = frozenset({"condemn", "reject", "accuse", "warn", "praise", "welcome"})
DOUBTING = normalize("شكك")   # doubting ("يشكك في نزاهة الاقتراع") questions a claim or a count, not the first side's deed


def first_side(ctx: Context, cue: Cue, start: int, end: int, speakers: set[str], exclude: set[str]) -> str | None:
    """The key of the first side of the article's headline when the cue, a reaction (REACTING_ACTS, function_words
    reacting_verb), is in it and its speaker (one of `speakers`) is the subject of a later clause: named after the
    first side, with و glued on or after a clause mark. The first side is the first party named in the headline
    before the speaker, past its topic ("البلد: X يفوز.. وY تتحدث": X), not governed by a preposition (a place where
    something happens, "في X", is no side); not one of `exclude` (the speakers, their own side). None otherwise."""
    tokens = ctx.tokens
    lemma = normalize(cue.lemma)
    if (cue.entry.act not in REACTING_ACTS and lemma not in tokens.words.reacting_verb) or lemma == DOUBTING:
        return None
    if lemma in tokens.words.contesting_verb and _opens_with_results(ctx, start, end):
        return None   # "X يفوز.. وY يرفض النتائج": aimed at the body that announced them (results.py)
    cue_i = cue.i
    line_end = _headline_end(ctx)
    if line_end is None or cue_i >= line_end:
        return None
    named = sorted((c for c in ctx.mentions.cands if c.j <= cue_i), key=lambda c: c.i)
    # (the speaker may be an unnamed group: "X يفوز.. والمعارضة تتحدث عن")
    speaker = next((c for c in reversed(named) if ctx.mentions.key(c) in speakers), None)
    if speaker is None or not _opens_a_clause(ctx, speaker):
        return None
    topic = _topic_end(ctx, speaker.i)
    first = next((c for c in named if topic <= c.i and c.j <= speaker.i and c.type in PARTY_TYPES
                  and not tokens.governed(c)), None)
    key = ctx.mentions.key(first) if first is not None else None
    return key if key is not None and key not in exclude else None


def _headline_end(ctx: Context) -> int | None:
    """The token that ends the article's first line when it is a headline (a line of its own, no full sentence
    closed by a full stop: attribution.headline.reads_as_headline); None when the first line is none."""
    doc = ctx.doc
    first = ctx.tokens.next(0, len(doc))
    if first >= len(doc) or not reads_as_headline(ctx, ctx.tokens.sentence(first)):
        return None
    for q in range(first, len(doc)):
        if "\n" in doc[q].text:
            return q
    return None


TOPIC_WORDS = 3   # words at most of a headline's topic before its mark ("الانتخابات المحلية:")


def _topic_end(ctx: Context, stop: int) -> int:
    """The token after the mark that closes the headline's topic ("البلد: ...", "البلد.. ..."): a mark after at most
    TOPIC_WORDS words, before `stop`, that name no person nor body (a place or a matter is a topic; "X يحل
    البرلمان.." is a clause); the headline's first token when there is none."""
    tokens = ctx.tokens
    first = tokens.next(0, len(ctx.doc))
    words = 0
    for q in range(first, stop):
        if tokens.text(q).strip() in TOPIC_MARKS:
            actors = any(first <= c.i < q and c.type in ("Person", "Organization") for c in ctx.mentions.cands)
            return first if actors else q + 1
        if not tokens.is_space(q) and not tokens.is_punct(q):
            words += 1
            if words > TOPIC_WORDS:
                break
    return first


def _opens_a_clause(ctx: Context, c: Candidate) -> bool:
    """Does the mention c open a clause of its own: و glued on it ("وY تأسف"), or right after a clause mark
    ("X يفوز.. Y يندد")?"""
    tokens = ctx.tokens
    if tokens.clitic(c) == AND:
        return True
    p = tokens.prev(c.i, 0)
    return p is not None and tokens.text(p).strip() in CLAUSE_MARKS
