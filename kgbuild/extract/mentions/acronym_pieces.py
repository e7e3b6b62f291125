"""Pieces of a longer acronym spelled in Arabic letters ("<أ> <ب> <ت> <ل>" written out as letter names): a known
or guessed acronym read inside it ("آر تي", "دي بي") is no body of its own, only letters of the longer name."""
from __future__ import annotations

from spacy.tokens import Doc

from ...text import normalize
from ..words import is_function_word
from .base import Candidate
from .latin_names import LATIN_LETTERS, LATIN_LETTER_WORDS, is_spelled_acronym

# marks a short name or acronym stands in ("(X)", «X», "X")
OPENERS = frozenset({"(", "«", '"', "“"})
CLOSERS = frozenset({")", "»", '"', "”"})
HYPHENS = frozenset({"-", "–"})


def _letter(doc: Doc, q: int) -> bool:
    """Token q spells a Latin letter's name, an Arabic word or not ("بي", "في")."""
    norm = normalize(doc[q].text)
    return norm in LATIN_LETTERS or norm in LATIN_LETTER_WORDS


def _sure_letter(doc: Doc, q: int) -> bool:
    """Token q spells a Latin letter's name that is no Arabic word here ("بي", "إس"; not "إن", "في")."""
    return normalize(doc[q].text) in LATIN_LETTERS and not is_function_word(doc[q])


def _run_edge(doc: Doc, q: int, step: int) -> int:
    """The last token from q on, going by `step`, of a run of letter names and the hyphens between them
    ("إس إم آر - دي بي"), spaces skipped."""
    edge = q
    while 0 <= q + step < len(doc):
        q += step
        if doc[q].is_space:
            continue
        if not (_letter(doc, q) or doc[q].text in HYPHENS):
            break
        edge = q
    return edge


def piece_of_longer_acronym(doc: Doc, c: Candidate) -> bool:
    """A body's candidate that is letters only ("آر تي") and goes on with more letters: a letter that is no
    Arabic word right after it ("آر تي إس"), or the letters it stands among fill a pair of quote marks or brackets
    past it ('"إيه آر تي إل"', "(جي إم آر-دي بي إكس)"): news spells the longer name out, the shorter
    is only part of it. Not "آر تي إن" (RT, then "that") nor RT after the preposition في, read apart."""
    if c.type != "Organization" or not is_spelled_acronym(c.form):
        return False
    nxt = c.j
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt < len(doc) and _sure_letter(doc, nxt):
        return True
    first, last = _run_edge(doc, c.i, -1), _run_edge(doc, c.j - 1, 1)
    if (first, last) == (c.i, c.j - 1):
        return False
    before, after = first - 1, last + 1
    return before >= 0 and after < len(doc) and doc[before].text in OPENERS and doc[after].text in CLOSERS


def letters_before_inside(doc: Doc, inner: Candidate, outer: Candidate) -> bool:
    """A known acronym at the end of a body's name that letters of the name come before ("قناة إف آر تي"): the
    head named the body by the whole spelled acronym, of which the known one is the tail, no mention apart."""
    if not is_spelled_acronym(inner.form):
        return False
    p = inner.i - 1
    while p > outer.i and doc[p].is_space:
        p -= 1
    return p > outer.i and _letter(doc, p)
