"""The name a body goes by, given after its description when the text names it no other way: "الجماعة المعروفة
محليا باسم «X»", "وحدة مكافحة الجرائم الخطيرة المعروفة باسم «X»". The quoted name is the body's, an organization,
whatever the words before it are (an unnamed body's class noun, a head noun and its remit); nicknames.py gives the
name to a body or person already found right before the participle, this module to a body no finder named."""
from __future__ import annotations

from spacy.tokens import Doc

from .. import lexicon
from ..text import normalize
from .mentions import Candidate
from .nicknames import KNOWN_PARTICIPLES, NAMED_TYPES, NICKNAME_NOUNS, BI, BI_APART, QUOTED_WORDS
from .words import COMMAS, is_arabic_text, is_quote, text_of, tokens_of, words_where

BODY_NOUNS = frozenset(lexicon.org_heads()) | lexicon.function_words().unnamed_body | lexicon.function_words().unit_noun
KNOWN_WORDS = KNOWN_PARTICIPLES | lexicon.function_words().known_verb
WHAT = lexicon.function_words().known_what
# words of the description between the body's head noun and the participle at most ("مكافحة الجرائم الخطيرة"); a verb
# closes a relative clause, which may be longer ("هيئة استشارية تمثل السكان في البرلمان تعرف بـ")
DESCRIPTION_WORDS = 4
CLAUSE_WORDS = 8
DEFINITE = normalize("ال")
TANWIN_FATH = "\u064b"
KNOWN_ROOT = "عر"


def nicknamed_bodies(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each quoted name introduced after a body's description (no mention right before the
    participle) an organization; the mentions found inside the quoted name are dropped."""
    toks = tokens_of(doc)
    out = list(chosen)
    # (the words of "known" read off the Doc's index of words: most articles have none, and no token is scanned)
    for k in words_where(doc, is_known_word):
        text = toks.texts[k]
        participle = normalize(text) in KNOWN_PARTICIPLES
        if k > 0 and (toks.texts[k - 1] in COMMAS or (participle and any(c.i < k <= c.j for c in out))):
            continue   # after a comma, or a participle after a name found: nicknames.py gives the name to that mention
        reach = DESCRIPTION_WORDS if participle else CLAUSE_WORDS
        if not _after_body_description(doc, k, reach) or any(c.type == "Person" and k - reach <= c.i < k for c in out):
            continue
        span = _quoted_name_after(doc, k + 1)
        if span is None:
            continue
        i, j = span
        if any(c.i <= i and j <= c.j and c.type in NAMED_TYPES for c in out):
            continue   # the name is found already: a known body's, or the nickname nicknames.py gave a mention before
        start, end = toks.starts[i], toks.starts[j - 1] + len(toks.texts[j - 1])
        out = [c for c in out if c.j <= i or c.i >= j]
        out.append(Candidate(i, j, start, end, text_of(doc)[start:end], "Organization", "org"))
    return sorted(out, key=lambda c: c.i)


def is_known_word(text: str) -> bool:
    """An Arabic word of "known" (KNOWN_WORDS: "المعروفة", "يعرف"), a test of the word for words_where."""
    # (every word of "known" holds the root's first letters: the rest are passed over before any normalising)
    return KNOWN_ROOT in text and is_arabic_text(text) and normalize(text) in KNOWN_WORDS


def _after_body_description(doc: Doc, k: int, reach: int) -> bool:
    """Is a body's head noun (org_heads.tsv, an unnamed body's class noun or a unit's noun) among the few words before
    token k, with only words of its description between (no punctuation, no person named there)?"""
    toks = tokens_of(doc)
    for m in range(k - 1, max(-1, k - 1 - reach), -1):
        if not toks.arabic[m]:
            return False
        norm = normalize(toks.texts[m])
        if norm in WHAT:
            return False   # "ما بات يعرف بـ«X»": what is known so, an affair
        if norm in BODY_NOUNS or (norm.startswith(DEFINITE) and norm[len(DEFINITE):] in BODY_NOUNS):
            return True
    return False


def _quoted_name_after(doc: Doc, q: int) -> tuple[int, int] | None:
    """The tokens of a quoted name after "باسم" or "بـ" at token q (an adverb of where may stand before it:
    "محليا", "شعبيا"), inside its quotes."""
    toks = tokens_of(doc)
    if q < len(doc) and toks.arabic[q] and (toks.texts[q].endswith(TANWIN_FATH) or toks.texts[q].endswith("يا")) \
            and not toks.texts[q].startswith(BI):
        q += 1   # "المعروفة محليا باسم": an adverb in -يًا before the name's introduction
    if q + 1 >= len(doc):
        return None
    prep = toks.texts[q]
    rest = normalize(prep[1:]) if prep.startswith(BI) else ""
    if not (prep in BI_APART or rest in NICKNAME_NOUNS):
        return None
    o = q + 1
    if o >= len(doc) or not is_quote(doc[o]):
        return None
    close = next((m for m in range(o + 1, min(o + 2 + QUOTED_WORDS, len(doc))) if is_quote(doc[m])), None)
    if close is None or close == o + 1 or not any(toks.arabic[m] for m in range(o + 1, close)):
        return None
    return o + 1, close
