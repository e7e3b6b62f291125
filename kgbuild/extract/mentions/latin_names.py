"""Names of bodies in Latin script ("IBM", "شركة Google", "( CNN )") or in Latin letters spelled in
Arabic ("سي إن إن", "( إن إس إيه )")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_arabic_word, text_of, tokens_of, words_where
from .base import Candidate, skip_space, span_chars


# "( CNN )", "أعلنت IBM", "وNATO": a Latin acronym of three to six capitals (a clitic و/ب/ل may be
# written on it) in Arabic text names a body; roman numerals ("III") name none
_ACRONYM = re.compile(r"(?:[وبل]|لـ)?([A-Z][A-Z&]{2,5})")
_ROMAN = re.compile(r"[IVXLCDM]+")
_CAPITALS = re.compile(r"[A-Z][A-Z&]{2}")   # what every _ACRONYM holds
# a word in Latin script: of a name kept in its own script ("BBC News", "Channel 4"), digits too
LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.'\-]*")
# a word of Latin letters, no digit: next to an acronym, it makes the acronym part of a longer name
_LATIN_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z&.'\-]*")


def latin_acronyms(doc: Doc) -> list[Candidate]:
    """Bodies named by a Latin acronym alone ("أعلنت IBM", "( CNN )"), its clitic left out of the name;
    an acronym with a Latin word beside it is part of a longer name, for the head patterns."""
    out: list[Candidate] = []
    if not _CAPITALS.search(text_of(doc)):
        return out    # most Arabic articles have no Latin capital at all
    texts, starts = tokens_of(doc).texts, tokens_of(doc).starts
    for k, text in enumerate(texts):
        m = _ACRONYM.fullmatch(text)
        if m is None or _ROMAN.fullmatch(m.group(1)):
            continue
        # part of a longer Latin name ("CNN International", "New York Times"): left to the head patterns
        if any(0 <= q < len(texts) and _LATIN_LETTER_WORD.fullmatch(texts[q]) for q in (k - 1, k + 1)):
            continue
        s = starts[k] + m.start(1)
        out.append(Candidate(k, k + 1, s, s + len(m.group(1)), m.group(1), "Organization", "org"))
    return out


# Latin letters spelled in Arabic ("سي إن إن", "إتش.إس.بي.سي"): an acronym written out
LATIN_LETTERS = lexicon.function_words().latin_letter
LATIN_LETTER_WORDS = lexicon.function_words().latin_letter_word


def _is_opening_parenthesis(text: str) -> bool:
    return text == "("


def spelled_acronyms_in_parentheses(doc: Doc) -> list[Candidate]:
    """"( إن إس إيه )": Latin letters spelled in Arabic, alone in parentheses, are a body's short name
    (selection joins it to the body named right before it)."""
    out: list[Candidate] = []
    texts = tokens_of(doc).texts
    # (the opening parentheses off the Doc's index of words: most texts hold few or none)
    for i in words_where(doc, _is_opening_parenthesis):
        if i >= len(doc) - 2:
            break
        k = skip_space(doc, i + 1)
        end = letter_acronym_end(doc, k) if k < len(doc) else k
        close = skip_space(doc, end)
        if end > k and close < len(doc) and texts[close] == ")":
            s, e = span_chars(doc, k, end, 0)
            out.append(Candidate(k, end, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
    return out


def is_spelled_acronym(form: str) -> bool:
    """A name that is only Latin letters spelled in Arabic ("سي إن إن")."""
    words = normalize(form).split()
    return len(words) >= 2 and all(w in LATIN_LETTERS or w in LATIN_LETTER_WORDS for w in words)


def letter_acronym_end(doc: Doc, k: int, limit: int = 8) -> int:
    """End of Latin letters spelled in Arabic from token k, dots between them or not ("بي بي سي",
    "سي.أن.أن"): at least two letters, one of them no Arabic word ("أو في" is "or in"). k when none."""
    q, ends, sure, dotted = k, [], False, False
    while q < len(doc) and q - k < limit:
        text = doc[q].text
        if text == "." and q > k and q + 1 < len(doc) and not doc[q + 1].is_space:
            q, dotted = q + 1, True
            continue
        words = normalize(text).split()
        if not words or any(w not in LATIN_LETTERS and w not in LATIN_LETTER_WORDS for w in words):
            break
        ends += [(q + 1, w, dotted) for w in words]
        sure = sure or any(w in LATIN_LETTERS for w in words)
        q, dotted = skip_space(doc, q + 1), False
    # "سي إن إن إن الوفد ...": past three letters, a last one that is an Arabic word ("إن", that) is that word
    if len(ends) > 3 and ends[-1][1] in LATIN_LETTER_WORDS and not ends[-1][2] and ends[-2][0] < ends[-1][0]:
        ends.pop()
    if len(ends) < 2 or not sure:
        return k
    after = skip_space(doc, ends[-1][0])
    # "تي في 5", "إم بي سي 2": a number after the letters is part of the name; not one that counts
    # the indefinite noun after it ("3 مرات")
    nxt = skip_space(doc, after + 1)
    counts = nxt < len(doc) and is_arabic_word(doc[nxt]) and not doc[nxt].text.startswith("ال")
    return after + 1 if after == ends[-1][0] < len(doc) and doc[after].like_num and not counts else ends[-1][0]


def latin_name_end(doc: Doc, k: int, limit: int = 4) -> int:
    """End of up to four Latin-script words after an indefinite head, the first capitalised or a
    digit: a name kept in its own script ("شركة Google", "قناة BBC News"). k when there is none."""
    q = k
    while q < len(doc) and q - k < limit and LATIN_WORD.fullmatch(doc[q].text) \
            and (q > k or doc[q].text[0].isupper() or doc[q].text[0].isdigit()):
        q += 1
    return q
