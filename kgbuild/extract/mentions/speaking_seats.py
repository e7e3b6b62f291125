"""A seat of power named where it acts ("أعلن قصر فلانيا", "نفاه القصر الرئاسي", "المتحدث باسم قصر فلانيا"):
the palace stands for the presidency or the court that sits in it, an organization, not the building. Where
the text only places something in it ("في قصر فلانيا", "أمام القصر الرئاسي") places.py reads the place."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_arabic_word, is_function_word, prev_word, words_where
from .base import Candidate, is_nisba, nisba_country, skip_space, span_chars
from .foreign_names import foreign_name_end
from .name_spans import held_body_name_end
from .name_words import cue_word
from .sources import spoken_for

# "قصر": a seat of power that speaks as the body sitting in it
SEAT_HEADS = lexicon.function_words().seat_head
# "بيان", "بلاغ": what a body issues ("بيان نشره قصر فلانيا": the palace the author of the statement)
ISSUED_NOUNS = lexicon.function_words().issued_noun
# object pronouns on a verb right before its subject ("نفاه القصر", "أعلنته الرئاسة")
OBJECT_PRONOUNS = ("ه", "ها", "هم")


def _seat_head(text: str) -> str | None:
    """"قصر" -> "", "القصر" -> "ال": the article the seat's head noun is written with; None for any other word."""
    norm = normalize(text)
    if norm in SEAT_HEADS:
        return ""
    if norm.startswith("ال") and norm[2:] in SEAT_HEADS:
        return "ال"
    return None


def _seat_name_end(doc: Doc, i: int, article: str) -> int:
    """End of the seat's name after its head at i: an indefinite head's name in foreign words ("قصر فلانيا") or
    one definite noun ("قصر الرئاسة"); a definite head's one relative adjective of no country ("القصر
    الرئاسي", "القصر الملكي"), and a nationality after it. i + 1 when none stands there."""
    k = skip_space(doc, i + 1)
    if k >= len(doc) or k > i + 1:
        return i + 1
    text = doc[k].text
    if not article:
        if text.startswith("ال"):
            ok = is_arabic_word(doc[k]) and not is_function_word(doc[k]) and nisba_country(doc, k) is None
            return k + 1 if ok else i + 1
        # "المتحدث باسم قصر فلانيا مارك علان": the spokesman's own name after the palace's
        return max(held_body_name_end(doc, i, k, foreign_name_end(doc, k)), i + 1)
    if not (text.startswith("ال") and is_nisba(text) and nisba_country(doc, k) is None and not is_function_word(doc[k])):
        return i + 1
    q = skip_space(doc, k + 1)
    return q + 1 if q < len(doc) and q == k + 1 and nisba_country(doc, q) is not None else k + 1


def _acts_here(doc: Doc, i: int, end: int) -> bool:
    """The seat at i..end is the subject of a verb of saying right before it, with or without an object pronoun
    ("أعلن", "نفاه"), the author of a statement that verb issued ("بيان نشره"), or whom a spokesman speaks for
    ("المتحدث باسم")."""
    if spoken_for(doc, i):
        return True
    p = prev_word(doc, i)
    if p is None or p < i - 1:
        return False
    text = doc[p].text
    if cue_word(text) or any(text.endswith(s) and len(text) > len(s) + 2 and _cue_stem(text[:-len(s)])
                             for s in OBJECT_PRONOUNS):
        return True
    pp = prev_word(doc, p)
    return text.endswith(OBJECT_PRONOUNS) and pp is not None and pp == p - 1 \
        and any(normalize(doc[pp].text).startswith(normalize(n)) for n in ISSUED_NOUNS)


def _cue_stem(stem: str) -> bool:
    """A verb of saying left when its object pronoun is taken off: a final ى is written ا before it ("نفاه")."""
    return cue_word(stem) or (stem.endswith("ا") and cue_word(stem[:-1] + "ى"))


def _may_head_seat(text: str) -> bool:
    return _seat_head(text) is not None


def speaking_seat_candidates(doc: Doc) -> list[Candidate]:
    """Organizations named by a seat of power where it acts; the same name elsewhere in the article, a place by
    its head, joins it as one entity (the better-ranked source gives the type)."""
    out = []
    for i in words_where(doc, _may_head_seat):
        article = _seat_head(doc[i].text)
        end = _seat_name_end(doc, i, article)
        if end == i + 1 or not _acts_here(doc, i, end):
            continue
        s, e = span_chars(doc, i, end, 0)
        words = [t.text for t in doc[i:end] if not t.is_space]
        out.append(Candidate(i, end, s, e, clean_surface(" ".join(words)), "Organization", "org"))
    return out
