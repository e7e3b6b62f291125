"""A body's short name in parentheses right after its full name ("جبهة التحرير الشعبية (جتش)",
"«اتحاد العمال - الجبهة الوطنية» (إيتو - بي إف)"): the words inside name the same body. Bodies
that name themselves with an acronym the tables do not know are common in news about parties and
armed movements; the NER reads such a word as a person's name, or the spelled letters as a second
body. The same in quote marks after a body's name or description ("شركة النفط الوطنية «بي إف إن»"), for
an acronym spelled in letters or a foreign name (short_names_in_quotes)."""
from __future__ import annotations

from spacy.tokens import Doc

from ...text import clean_surface, normalize
from ..words import tokens_of, DASHES, is_arabic_word, is_function_word, is_quote, name_like_at, text_of
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
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    chosen = sorted(chosen, key=lambda c: c.i)
    drop: set[int] = set()
    extra: list[Candidate] = []
    for c in chosen:
        if c.type != "Organization" or c.j >= len(doc) or toks.texts[c.j] != "(":
            continue
        k = skip_space(doc, c.j + 1)
        close = _short_name_end(doc, k)
        if close is None:
            continue
        _take_short_name(doc, chosen, c, k, close, drop, extra)
    return sorted([c for c in chosen if id(c) not in drop] + extra, key=lambda c: c.i)


def _take_short_name(doc: Doc, chosen: list[Candidate], c: Candidate, k: int, close: int, drop: set[int],
                     extra: list[Candidate]) -> None:
    """The words k..close-1 right after body c are its short name: the mentions inside give way (to `drop`) to one
    mention of c's body (to `extra`), unless one of them is a known name, a place or a group, or runs past them
    ("(رويترز)", "(ليبيا)": a known name stays itself)."""
    inside = [d for d in chosen if k <= d.i < close]
    if any(d.key or d.type in ("Place", "Group") for d in inside) or any(d.j > close for d in inside):
        return
    drop |= {id(d) for d in inside}
    s, e = doc[k].idx, doc[close - 1].idx + len(doc[close - 1].text)
    short = Candidate(k, close, s, e, clean_surface(text_of(doc)[s:e]), "Organization", c.source)
    if c.key:
        short.key = c.key
    else:
        short.refers_to = (c.form,)
    extra.append(short)


# the quote marks a body's short name stands in right after its full name or description, opener -> closer
QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”"}
# at most this many words in the quotes: an acronym of letters spelled out ("أو بي إف") or one or two foreign words
QUOTED_LETTERS = 6
QUOTED_FOREIGN_WORDS = 2


def quoted_short_name_end(doc: Doc, k: int, closer: str) -> int | None:
    """Token of the closing mark when the tokens from k are a short name in quote marks: Latin letters spelled
    in Arabic, one of them no Arabic word ("إف", "بي") or a figure among them ("إم-19"), with dashes between them,
    and at most two name-like words of no Arabic (a foreign name, an acronym read as a word). A quotation that follows
    a body's name is said in Arabic words, so neither shape is one. None otherwise."""
    q, letters, foreign, sure = k, 0, 0, False
    while q < len(doc) and doc[q].text != closer:
        t = doc[q]
        if t.text in DASHES and q > k or t.like_num and q > k or t.is_space:
            sure = sure or t.like_num   # "إم-19": letters with a figure are a code name, whatever the letters spell
            q += 1
            continue
        norm = normalize(t.text)
        if norm in LATIN_LETTERS or norm in LATIN_LETTER_WORDS:
            letters += 1
            sure = sure or norm in LATIN_LETTERS
        elif name_like_at(doc, q) and not t.text.startswith(("ال", "وال")):
            foreign += 1
        else:
            return None
        q += 1
    if q >= len(doc) or q == k or doc[q - 1].text in DASHES or is_quote(doc[q - 1]):
        return None
    if letters > QUOTED_LETTERS or foreign > QUOTED_FOREIGN_WORDS or (letters and not sure):
        return None
    return q if letters or foreign else None   # "«أو بي إف»", "«فلانكو»", "«فلانكو-إي بي»"


def short_names_in_quotes(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body's short name in quote marks right after its full name or a description of it ("شركة النفط
    الوطنية «بي إف إن»", "تحالف المعارضة «فلانكو»"): news style names a body in full, then by the acronym or
    foreign name it goes by; the words inside name the same body, whatever a finder read in them (a person's
    name, a second body). A known entity in them stays what it is."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    chosen = sorted(chosen, key=lambda c: c.i)
    drop: set[int] = set()
    extra: list[Candidate] = []
    for c in chosen:
        if c.type != "Organization" or c.j >= len(doc) or toks.texts[c.j] not in QUOTE_PAIRS:
            continue
        k = skip_space(doc, c.j + 1)
        close = quoted_short_name_end(doc, k, QUOTE_PAIRS[toks.texts[c.j]])
        if close is None:
            continue
        _take_short_name(doc, chosen, c, k, close, drop, extra)
    return sorted([c for c in chosen if id(c) not in drop] + extra, key=lambda c: c.i)
