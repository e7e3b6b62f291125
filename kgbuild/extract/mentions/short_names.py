"""A body's short name in parentheses right after its full name ("جبهة التحرير الشعبية (جتش)",
"«اتحاد العمال - الجبهة الوطنية» (إيتو - بي إف)"): the words inside name the same body. Bodies
that name themselves with an acronym the tables do not know are common in news about parties and
armed movements; the NER reads such a word as a person's name, or the spelled letters as a second
body."""
from __future__ import annotations

from spacy.tokens import Doc

from ...text import clean_surface, normalize
from ..words import DASHES, is_arabic_word, is_function_word, text_of
from .base import Candidate, skip_space
from .latin_names import LATIN_LETTERS, LATIN_LETTER_WORDS

# at most this many words in the parentheses: a short name, not a remark ("(بحسب مصادر محلية)")
SHORT_NAME_WORDS = 4


def _short_name_end(doc: Doc, k: int) -> int | None:
    """Token of the closing parenthesis when the tokens from k are a short name: Arabic words with no
    article (an acronym is no definite noun: "(الليبية)" describes, it does not name) and no function
    word but Latin letters spelled in Arabic ("بي", "إف"), dashes between them. None otherwise."""
    q, words = k, 0
    while q < len(doc) and doc[q].text != ")":
        t = doc[q]
        if t.text in DASHES and q > k:
            q += 1
            continue
        if not t.is_space:
            letter = normalize(t.text) in LATIN_LETTERS or normalize(t.text) in LATIN_LETTER_WORDS
            if not is_arabic_word(t) or t.text.startswith(("ال", "وال")) or (is_function_word(t) and not letter):
                return None
            words += 1
            if words > SHORT_NAME_WORDS:
                return None
        q += 1
    return q if q < len(doc) and words and doc[q - 1].text not in DASHES else None


def short_names_in_parentheses(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The mentions a body's short name in parentheses right after it was read as (a person's name,
    a second body) give way to one mention of that body, the short name its form; a known entity in
    them (a place, an outlet, a body the tables know) stays what it is."""
    chosen = sorted(chosen, key=lambda c: c.i)
    drop: set[int] = set()
    extra: list[Candidate] = []
    for c in chosen:
        if c.type != "Organization" or c.j >= len(doc) or doc[c.j].text != "(":
            continue
        k = skip_space(doc, c.j + 1)
        close = _short_name_end(doc, k)
        if close is None:
            continue
        inside = [d for d in chosen if k <= d.i < close]
        if any(d.key or d.type in ("Place", "Group") for d in inside) or any(d.j > close for d in inside):
            continue   # "(رويترز)", "(ليبيا)": a known name stays itself
        drop |= {id(d) for d in inside}
        s, e = doc[k].idx, doc[close - 1].idx + len(doc[close - 1].text)
        short = Candidate(k, close, s, e, clean_surface(text_of(doc)[s:e]), "Organization", c.source)
        if c.key:
            short.key = c.key
        else:
            short.refers_to = (c.form,)
        extra.append(short)
    return sorted([c for c in chosen if id(c) not in drop] + extra, key=lambda c: c.i)
