"""Persons named next in a list: "التقى فلان الفلاني وعلان العلاني", "سجل فلان وعلان".

A name joined by و right after a person's name is most often another person's name (lists of
players, cast, delegates, signatories), and no finder reads it when its words are in no table and the
NER has not seen them. The words after و must read as a name of their own (names.name_end, which
stops at ordinary words, possessives, titles, known bodies and places); a single word must besides
be a given name the table lists, or a word ANERcorp's annotators found inside names, or one no news
text of ANERcorp holds: an ordinary rare noun after a name ("فلان ووثائقه") is then the exception.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_common, is_known_name_word, is_name_link, is_quote, text_of, tokens_of, word_count, word_counts
from .base import Candidate, known_entity_at, skip_space, span_chars
from .name_words import family_name_with_waw, name_closes_after
from .names import indefinite_nisba_family_name, name_end, possessed_noun_after

MAX_LIST = 12   # names in one list followed from its first named member


def coordinated_person_candidates(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Persons joined by و to a chosen person's name, and the names joined to those in turn."""
    taken = {k for c in chosen for k in range(c.i, c.j)}
    persons = sorted((c for c in chosen if c.type == "Person"), key=lambda c: c.i)
    out: list[Candidate] = []
    for person in persons:
        if (family := _family_name_with_waw_after(doc, person, taken)) is not None:
            _extend_to(doc, person, family + 1)
            taken.add(family)
        end = person.j
        for _ in range(MAX_LIST):
            nxt = _joined_name(doc, end, taken)
            if nxt is None:
                break
            out.append(nxt)
            taken.update(range(nxt.i, nxt.j))
            end = nxt.j
    return out


def _family_name_with_waw_after(doc: Doc, person: Candidate, taken: set[int]) -> int | None:
    """The token after a one-word person's name that begins with و and is the family name itself
    ("فلان وودرو إن"), no second person: family_name_with_waw (without the و no word of news or of
    the lexicon, no name-like word after it), and the name closes there (punctuation, إن or أن, a
    verb of speech); None when there is none."""
    k = skip_space(doc, person.j)
    if word_count(doc, person.i, person.j) != 1 or k >= len(doc) or k in taken \
            or not doc[k].text.startswith("و") or not family_name_with_waw(doc, person.i, k) \
            or not name_closes_after(doc, k):
        return None   # ("فلان وعلان يتعهدان": a verb of two after them, two persons)
    return k


def _extend_to(doc: Doc, c: Candidate, j: int) -> None:
    """The candidate's span run on to token j."""
    c.j = j
    c.end = doc[j - 1].idx + len(doc[j - 1].text)
    c.form = clean_surface(text_of(doc)[c.start:c.end])


def _joined_name(doc: Doc, j: int, taken: set[int]) -> Candidate | None:
    """The name right after token j - 1 with و written on its first word, if one stands there."""
    texts = tokens_of(doc).texts
    k = _past_list_marks(doc, skip_space(doc, j))
    if k >= len(doc) or k in taken or not texts[k].startswith("و") or len(texts[k]) < 4 \
            or texts[k].startswith("وال") or is_quote(doc[k]):
        return None   # a definite word after و is as often a noun ("والحكومة")
    if known_entity_at(doc, k, ("Person", "Place", "Organization")) is not None:
        return None   # a known name is the gazetteer's ("وبلير"), a known place or body no person
    end = name_end(doc, k)
    # "وفلان هدفين": a word of news after the first ends the name here (name_end takes an ordinary word
    # as a family name before punctuation, which a title or a given name vouches for, not a bare و)
    # (a nisba or title in ي right after the given name is its family name: "وليلى قاضي")
    end = next((q for q in range(k + 1, end) if _ordinary_word(texts[q]) and not is_name_link(texts[q - 1])
                and not (q == k + 1 and indefinite_nisba_family_name(doc, q))), end)
    if end <= k or any(q in taken for q in range(k, end)):
        return None
    if word_count(doc, k, end) == 1 and not _name_word_alone(doc, k):
        return None
    s, e = span_chars(doc, k, end, 1)
    return Candidate(k, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "coordinated")


def _past_list_marks(doc: Doc, k: int) -> int:
    """Past what may stand between two names of a list: a comma ("فلان، وعلان") or a number in
    brackets, a player's minute or a runner's time ("فلان (27) وعلان")."""
    texts = tokens_of(doc).texts
    if k < len(texts) and texts[k] in ("،", ","):
        return skip_space(doc, k + 1)
    if k + 2 < len(texts) and texts[k] == "(" and doc[skip_space(doc, k + 1)].like_num:
        close = skip_space(doc, skip_space(doc, k + 1) + 1)
        if close < len(texts) and texts[close] == ")":
            return skip_space(doc, close + 1)
    return k


def _name_word_alone(doc: Doc, k: int) -> bool:
    """One word after و that names a person by itself: a listed given name, a word ANERcorp's
    annotators mostly found inside names, or a word no ANERcorp text holds unless a possessed noun
    follows it ("وفراغ حجته": a rare noun in construct, no name)."""
    norm = normalize(tokens_of(doc).texts[k][1:])
    if norm in lexicon.person_names().given or is_known_name_word(norm):
        return True
    return norm not in word_counts() and not possessed_noun_after(doc, k)


def _ordinary_word(text: str) -> bool:
    """A word of news that is no name particle nor a listed given name ("هدفين"; not "علي", "بن")."""
    norm = normalize(text)
    return is_common(norm) and not is_name_link(text) and norm not in lexicon.person_names().given
