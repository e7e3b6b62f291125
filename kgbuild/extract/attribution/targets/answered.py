"""Whose words "هذه الانتقادات", "تلك الاتهامات" are when the text named them by its verb: "انتقد زعيم المعارضة فلان
الاتفاق ... ورد الوزير على هذه الانتقادات". The demonstrative points back to the last saying of that act, and the
words are the one's who said it (the subject after that verb)."""
from __future__ import annotations

from collections.abc import Sequence

from ....records import StatementRecord
from ....text import without_article
from ...words import PRONOUN_SUFFIXES
from ..context import Context
from ..referents.title_holders import title_referent

SAID_BACK = 150   # tokens back to the verb of saying the demonstrative points to
SUBJECT_WORDS = 8   # words after that verb within which its subject is named (a title before the name)
PARTY_TYPES = ("Person", "Organization", "Group")


def pointed_back_speaker(ctx: Context, act: str, k: int, history: Sequence[StatementRecord]) -> str | None:
    """"ونفت Y هذه الاتهامات": the speaker of the last statement of act `act` in a sentence before token k's, within
    SAID_BACK tokens, when the word before k is a demonstrative; None otherwise. A statement that opens with that noun
    possessed ("وجدد فلان اتهاماته بـ...") tells it as well as one whose verb is of that act."""
    tokens = ctx.tokens
    p = tokens.prev(k)
    if not history or p is None or tokens.norm(p) not in tokens.words.demonstrative:
        return None
    sent_start = ctx.tokens.sentence(k).start_char
    for st in reversed(history):
        if st.cue_span[1] > sent_start or not _tells_act(ctx, st, act, tokens.norm(k)):
            continue
        said = ctx.doc.char_span(st.cue_span[0], st.cue_span[1], alignment_mode="expand")
        return st.speaker if said is not None and said.start >= p - SAID_BACK else None
    return None


def _tells_act(ctx: Context, st: StatementRecord, act: str, noun: str) -> bool:
    """Is statement `st` of act `act` by its verb, or does what it said open with the pointing `noun` possessed
    ("وجدد فلان اتهاماته بـ..." before "هذه الاتهامات": whatever the verb, the accusations are his)?"""
    if st.act == act:
        return True
    said = ctx.doc.char_span(st.quote_span[0], st.quote_span[1], alignment_mode="expand")
    first = ctx.tokens.next(said.start, said.end) if said is not None else None
    if first is None or first >= said.end:
        return False
    word, bare = ctx.tokens.norm(first), without_article(noun)
    return word.startswith(bare) and word[len(bare):] in PRONOUN_SUFFIXES


def pointed_back_author(ctx: Context, act: str, k: int) -> str | None:
    """The subject of the last verb of saying of act `act` before token k, when the word before k is a
    demonstrative ("هذه الانتقادات"), else of the last verb of saying in a sentence before; None otherwise."""
    tokens = ctx.tokens
    p = tokens.prev(k)
    if p is None or tokens.norm(p) not in tokens.words.demonstrative:
        return None
    # the last verb of saying of any act in a sentence before ("قال فلان إن X تآمرت. ونفت X هذه الاتهامات"; the
    # sentence's own verb is the one answering)
    nearest, sent_start = None, ctx.tokens.sentence(k).start
    for j in range(p - 1, max(-1, p - SAID_BACK), -1):
        cue = ctx.cues.at(j)
        if cue is None or cue.kind != "verb":
            continue
        nearest = j if nearest is None and j < sent_start else nearest
        if cue.entry.act == act:
            return _subject_after(ctx, j, p)
    # no verb of that act: the words are the last saying's, whatever verb told it
    return _subject_after(ctx, nearest, p) if nearest is not None else None


def _subject_after(ctx: Context, j: int, p: int) -> str | None:
    """The subject of the verb of saying at j: the person a bare title right after it refers to, a person named
    within SUBJECT_WORDS words after it (before token p), else the first body or group named there."""
    tokens = ctx.tokens
    named, q, words = [], j + 1, 0
    while q < p and words < SUBJECT_WORDS:
        bare = ctx.mentions.bare.get(q) if not named else None
        named_after = ctx.mentions.start_at.get(tokens.next(bare.stop, p)) if bare is not None else None
        if bare is not None and (named_after is None or named_after.type != "Person") \
                and (held := title_referent(ctx, bare.title, bare.role_of, q)) is not None:
            return held   # "وانتقد الرئيس الغاني الصفقة ...": the person the bare title refers to
        c = ctx.mentions.start_at.get(q)
        if c is not None and c.type in PARTY_TYPES:
            named.append(c)
            q = c.j
            continue
        words += not tokens.is_space(q)
        q += 1
    chosen = next((c for c in named if c.type == "Person"), named[0] if named else None)
    return ctx.mentions.key(chosen) if chosen is not None else None


REPLY_GAP = 8   # words from a verb of replying to its "على" ahead of what was said ("ورد الوزير فلان على ذلك بالقول")


def replied_before(ctx: Context, cue_i: int, c_start: int, exclude: set[str], last_speaker: str | None) -> str | None:
    """"ترد على X: ...", "ورد فلان على ذلك بالقول إن ...": the one replied to, named in the على phrase between a
    verb of replying and what was said, or, when "ذلك"/"هذا" stands there, the one whose words it points back to
    (`last_speaker`, of the last statement before); None when no such phrase stands there or it names one of
    `exclude`."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, words = tokens.next(cue_i + 1, c_start), 0
    while k < c_start and words < REPLY_GAP and tokens.norm(k) not in tokens.words.reply_object:
        if tokens.is_punct(k) and not tokens.is_comma(k):
            return None
        words += 1
        k = tokens.next(k + 1, c_start)
    after = tokens.next(k + 1, c_start) if k < c_start else c_start
    if after >= c_start:
        return None
    # (a person may be named with a title first: "على رئيس البرلمان فلان")
    named = mentions.start_at.get(after) or next((c for c in mentions.cands if c.title_i == after), None)
    if named is not None and named.type in PARTY_TYPES + ("Place",):
        key = mentions.key(named)
    elif tokens.norm(after) in tokens.words.demonstrative:
        key = last_speaker
    else:
        return None
    return key if key is not None and key not in exclude else None
