"""A headline's subject written short: "كاماو يطالب بانتخابات مبكرة", "و«الأرصاد» تحذر من السيول", "الهيئة الوطنية
للطاقة ترفع الأسعار". Headlines name a side by the short form everyone knows (a family name, the head words of a
body, the last word of an office's name) and the report below gives the full name; the statistical NER, reading a
headline with little context, often finds no name in it. A short phrase that opens a headline clause right before
a present verb of saying stands for the person, body or group the report names with a name that starts or ends
with those words."""
from __future__ import annotations

import re

from ....text import normalize
from ...mentions import Candidate
from ..boundary import HEADLINE_BREAKS, bare_present_verb, in_headline
from ..context import Context
from ..cues import SPEECH_KINDS
from ..index import Found
from .base import Outcome, Query, Seen, Speakers

AND = "و"
CLAUSE_MARKS = (":",) + HEADLINE_BREAKS   # what closes a headline clause before the next one's subject
SHORT_NAME_WORDS = 3    # words of a short name ("الهيئة الوطنية للطاقة")
SPEAKING_TYPES = ("Person", "Organization", "Group")
NAME_SPLIT = re.compile(r"[\s\-«»\"“”]+")
JOINERS = ("-", "«", "»", '"', "“", "”")   # marks inside or around a short name: "جان - بيير", "«الأرصاد»"


def short_name_in_headline(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The person, body or group of the report whose name starts or ends with the words that open a headline clause
    right before its present verb of saying, the words no mention; None elsewhere."""
    tokens, mentions, cue = ctx.tokens, ctx.mentions, q.cue
    if cue.kind not in SPEECH_KINDS or cue.prefix or not in_headline(ctx, cue.i) or not bare_present_verb(ctx, cue.i):
        return None
    words = _opening_words(ctx, cue.i, q.start)
    if not words:
        return None
    phrase = [_folded(tokens.norm(k)) for k in words]
    # "وكاماو": the و that opens the clause is glued on the name's first word (or is part of it: "وليد")
    phrases = [phrase] + ([[phrase[0][1:], *phrase[1:]]] if phrase[0].startswith(AND) else [])
    body = (c for c in mentions.cands if c.type in SPEAKING_TYPES and not in_headline(ctx, c.i)
            and any(_named_with(c, p) for p in phrases))
    found = next(body, None)
    if found is None:
        return None
    return Speakers((Found(mentions.key(found), words[0], words[-1] + 1),), cue.i + 1)


def _opening_words(ctx: Context, verb: int, start: int) -> list[int]:
    """The words (no mention, no cue) from the start of the headline clause to the verb, at most SHORT_NAME_WORDS;
    the clause starts at the line's start, after a colon or dots, or with a word that و opens (glued or alone)."""
    tokens = ctx.tokens
    words: list[int] = []
    k = tokens.prev(verb, start)
    while k is not None:
        text = tokens.text(k)
        if text in CLAUSE_MARKS:
            return words[::-1]
        if text in JOINERS or tokens.is_quote(k):
            k = tokens.prev(k, start)
            continue
        if text == AND:
            return words[::-1] if words else []
        if tokens.is_punct(k) or ctx.mentions.in_a_mention(k) or ctx.cues.at(k) is not None \
                or len(words) == SHORT_NAME_WORDS:
            return []
        words.append(k)
        if text.startswith(AND) and not ctx.mentions.in_a_mention(k):
            return words[::-1]
        k = tokens.prev(k, start)
    return words[::-1]


def _named_with(c: Candidate, phrase: list[str]) -> bool:
    """Does mention c's name (as written, its clitic left off) start or end with the phrase's words?"""
    name = [_folded(w) for w in NAME_SPLIT.split(normalize(c.form)) if w]
    n = len(phrase)
    return len(name) >= n and (name[:n] == phrase or name[-n:] == phrase)


def _folded(word: str) -> str:
    """A word as a name's part compares: "للأرصاد" (ل glued on the article) as "الأرصاد"."""
    return "ال" + word[2:] if word.startswith("لل") and len(word) > 4 else word
