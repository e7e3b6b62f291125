"""A nickname given right after a person's name is that person: "فلان علان، المعروف باسم «الصقر»",
"فلان علان الملقب بالصقر", "فلان علان، المعروف بـ«الصقر»". A body is introduced the same way, its
epithets between ("البرلمان الاتحادي المعروف باسم «المجلس الأعلى»", "الهيئة الإقليمية ... المعروفة باسم «X»").

News introduces a person by the full name, then by the name they go by, which the rest of the article
may use alone ("وقال الصقر"). The nickname becomes a mention of the person (whatever another source took
it for: a quoted body's name, a name the NER read with the preposition), and it carries the full name
among its forms, so that resolve.cluster joins it to the person and the later mentions found again from
it join too.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .. import lexicon
from ..text import normalize
from .mentions import Candidate
from .words import COMMAS, is_function_word, is_name_like_whole, is_quote, text_of, tokens_of, words_where

_WORDS = lexicon.function_words()
NICKNAME_PARTICIPLES = _WORDS.nickname_participle   # الملقب: a nickname follows its بـ
KNOWN_PARTICIPLES = _WORDS.known_participle         # المعروف: a name follows only باسم/بلقب or a quote
NICKNAME_NOUNS = _WORDS.nickname_noun               # اسم، لقب، كنية after بـ
BI = "ب"
BI_APART = ("ب", "بـ")   # the preposition written apart before a quote ("بـ«الصقر»")
QUOTED_WORDS = 5         # words of a quoted nickname at most
UNQUOTED_WORDS = 3       # words of a nickname written without quotes at most
NAMED_TYPES = ("Person", "Organization")
DEFINITE = normalize("ال")
BODY_EPITHETS = 2        # definite adjectives between a body's name and its participle at most ("المجلس الاتحادي الأعلى")


def nicknamed(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each nickname introduced after a person's name a mention of that person: the
    mentions found inside the nickname or its introduction dropped, the nickname's own added."""
    out = list(chosen)
    # (every nickname is introduced by a participle: an article with none, most of them, has no nickname to read)
    for named in chosen if words_where(doc, is_nickname_participle) else ():
        if named.type not in NAMED_TYPES:
            continue
        person = _without_participle(doc, named)
        k = person.j if person.type == "Person" else _past_epithets(doc, person.j)
        # (after a comma the nickname may be the title's before the body: "قائد الجيش، المعروف باسم")
        span = None if person.type != "Person" and k < len(doc) and doc[k].text in COMMAS else _nickname_after(doc, k)
        if span is None:
            continue
        intro, i, j, start = span
        same = [c for c in out if c.i == i and c.j == j and c.type == person.type]
        out = [person if c is named else c for c in out
               if c is named or c in same or c.j <= intro or c.i >= j]
        end = tokens_of(doc).starts[j - 1] + len(doc[j - 1].text)
        # (a mention of the person's found from another of theirs, as names found again are: "propagated")
        nick = same[0] if same else Candidate(i, j, start, end, text_of(doc)[start:end], person.type, "propagated",
                                               key=person.key)
        nick.extra_forms.add(person.form)   # (resolve.cluster joins a person's mention to its extra forms)
        if not same:
            out.append(nick)
    return sorted(out, key=lambda c: c.i)


def is_nickname_participle(text: str) -> bool:
    """A participle that introduces a nickname ("الملقب", "المعروف"), a test of the word for words_where."""
    norm = normalize(text)
    return norm in NICKNAME_PARTICIPLES or norm in KNOWN_PARTICIPLES


def _without_participle(doc: Doc, body: Candidate) -> Candidate:
    """A body's mention without the participle that introduces its nickname, when the name took it in
    as an adjective ("الهيئة الإقليمية للتنمية المعروفة"); the mention itself otherwise."""
    toks = tokens_of(doc)
    last = body.j - 1
    if body.type != "Organization" or last <= body.i or normalize(toks.texts[last]) not in KNOWN_PARTICIPLES:
        return body
    end = toks.starts[last - 1] + len(toks.texts[last - 1])
    return replace(body, j=last, end=end, form=text_of(doc)[body.start:end])


def _past_epithets(doc: Doc, k: int) -> int:
    """Past up to BODY_EPITHETS definite adjectives after a body's name ("المجلس الاتحادي الأعلى")."""
    toks = tokens_of(doc)
    m = k
    while m < len(doc) and m - k < BODY_EPITHETS and toks.arabic[m] and normalize(toks.texts[m]).startswith(DEFINITE) \
            and normalize(toks.texts[m]) not in KNOWN_PARTICIPLES and normalize(toks.texts[m]) not in NICKNAME_PARTICIPLES:
        m += 1
    return m


def nickname_end(doc: Doc, k: int) -> int | None:
    """The token past a nickname introduced at token k ("، المعروف باسم «الصقر»", "الملقب بالصقر"),
    its closing quote included; None when none is introduced there."""
    span = _nickname_after(doc, k)
    if span is None:
        return None
    j = span[2]
    return j + 1 if j < len(doc) and is_quote(doc[j]) else j


def _nickname_after(doc: Doc, k: int) -> tuple[int, int, int, int] | None:
    """(the introducing participle's token, the nickname's first and end tokens, its first character)
    when a nickname is introduced at token k (after a comma); the first token may carry the
    preposition ("بالصقر")."""
    toks = tokens_of(doc)
    n = len(doc)
    if k < n and toks.texts[k] in COMMAS:
        k += 1
    if k + 1 >= n or toks.spaces[k]:
        return None
    participle = normalize(toks.texts[k])
    if participle not in NICKNAME_PARTICIPLES and participle not in KNOWN_PARTICIPLES:
        return None
    prep = toks.texts[k + 1]
    rest = normalize(prep[1:]) if prep.startswith(BI) else ""
    if prep in BI_APART or rest in NICKNAME_NOUNS:
        # "بـ«الصقر»" wants the quote; "باسم «الصقر»", "باسم فلان علان" take either
        return _quoted(doc, k, k + 2) or (None if prep in BI_APART else _unquoted(doc, k, k + 2))
    if participle in NICKNAME_PARTICIPLES and rest and toks.arabic[k + 1]:
        # "الملقب بالصقر": the nickname is the word after the preposition, and the name words after it
        return _unquoted(doc, k, k + 1, start=toks.starts[k + 1] + len(BI))
    return None


def _quoted(doc: Doc, intro: int, q: int) -> tuple[int, int, int, int] | None:
    toks = tokens_of(doc)
    if q >= len(doc) or not is_quote(doc[q]):
        return None
    close = next((m for m in range(q + 1, min(q + 2 + QUOTED_WORDS, len(doc))) if is_quote(doc[m])), None)
    if close is None or close == q + 1 or not any(toks.arabic[m] for m in range(q + 1, close)):
        return None
    return intro, q + 1, close, toks.starts[q + 1]


def _unquoted(doc: Doc, intro: int, i: int, start: int | None = None) -> tuple[int, int, int, int] | None:
    """A word from token i on (a nickname may be an ordinary word: "الصقر"), and the name words after it,
    up to a punctuation mark or a word no name holds."""
    toks = tokens_of(doc)
    if i >= len(doc) or not toks.arabic[i] or (start is None and is_function_word(doc[i])):
        return None
    j = i + 1
    # (read whole: "واين" is a name, not و + a function word)
    while j < len(doc) and j - i < UNQUOTED_WORDS and not toks.spaces[j] and is_name_like_whole(doc[j]):
        j += 1
    return intro, i, j, toks.starts[i] if start is None else start
