"""Person names written with a hyphen and no spaces around it: a compound given name ("جان-لوك فلان")
or a double family name ("فلان علان-فستان"), where the sources stop at the hyphen and leave the name
in two pieces (or drop the piece after it). The pieces are joined into one mention, so that the full
name and the later mentions of its family name find each other."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_arabic_word, is_name_like, ner_ents, text_of, tokens_of
from .base import Candidate, known_entity_at

# the sources whose one-word pieces of a hyphenated name may be taken in: guesses, not the lexicon's names
_LOOSE = ("ner", "propagated", "given_name", "subject", "coordinated", "after_known", "title")


def _tight_hyphen(doc: Doc, k: int) -> bool:
    """Token k is a hyphen written between two words with no space on either side."""
    if k <= 0 or k + 1 >= len(doc) or doc[k].text != "-":
        return False
    return doc[k - 1].idx + len(doc[k - 1].text) == doc[k].idx and doc[k].idx + 1 == doc[k + 1].idx \
        and is_arabic_word(doc[k - 1]) and is_arabic_word(doc[k + 1])


def _free(doc: Doc, k: int, by_start: dict[int, Candidate]) -> Candidate | None | bool:
    """What stands at token k: a piece the name may take (a loose Person or a guessed Place,
    returned), nothing (True), or a name the lexicon knows, which the name must not swallow (False):
    "قمة فلان-بوتين" joins two leaders, not one name."""
    other = by_start.get(k)
    if other is not None:
        if other.key or other.source not in _LOOSE or other.type not in ("Person", "Place"):
            return False
        return other
    return known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


def _given_name_word(tok) -> bool:
    return is_name_like(tok) or normalize(tok.text) in lexicon.given_names()


def _person_spans(doc: Doc) -> dict[int, int]:
    return {start: end for start, end, label in ner_ents(doc) if label in ("PERS", "PER")}


def _name_words_end(doc: Doc, k: int, pers: dict[int, int]) -> int:
    """The end of the NER's person name beginning at token k, cut at the first word that is no name
    word (the NER runs on to "لمراسلنا")."""
    end = pers.get(k, k + 1)
    for n in range(k + 1, end):
        if not is_name_like(doc[n]):
            return n
    return end


def join_hyphenated_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each person's name that stops at a tight hyphen run on over the word after it
    (and the NER's person name that begins there), and back over the word before a hyphen it starts
    after; the pieces taken in are dropped."""
    if "-" not in tokens_of(doc).texts:   # (one list test, not a Token built per word)
        return chosen
    by_start = {c.i: c for c in chosen}
    by_end = {c.j: c for c in chosen}
    pers = _person_spans(doc)
    dropped: set[int] = set()
    for c in sorted(chosen, key=lambda c: c.i):
        if c.type != "Person" or c.key or id(c) in dropped or c.source == "gazetteer":
            continue
        i, j, start = c.i, c.j, c.start
        # "جان-لوك فلان": the given name before the hyphen, found as a one-word person of its own
        before = by_end.get(i - 1) if _tight_hyphen(doc, i - 1) else None
        if before is not None and before is not c and not before.key and before.type == "Person" \
                and before.source in _LOOSE and before.j - before.i == 1 and id(before) not in dropped:
            dropped.add(id(before))
            i, start = before.i, before.start
        elif before is None and _tight_hyphen(doc, i - 1) and i - 2 not in by_end and _given_name_word(doc[i - 2]) \
                and known_entity_at(doc, i - 2, ("Place", "Organization", "Person")) is None:
            i, start = i - 2, doc[i - 2].idx   # a given name no source took: "آنا-ماريا فلان"
        # "فلان علان-فستان": the rest of the family name after it
        while _tight_hyphen(doc, j):
            piece = _free(doc, j + 1, by_start)
            if piece is False or (isinstance(piece, Candidate) and piece.j - piece.i > 3):
                break
            end = piece.j if isinstance(piece, Candidate) else max(j + 2, _name_words_end(doc, j + 1, pers))
            # the NER's name may run over a name the lexicon knows: stop before it
            inside = [o for o in chosen if j + 1 <= o.i < end and o is not c]
            if any(o.key or o.source not in _LOOSE for o in inside if o is not piece):
                end = min(o.i for o in inside if o.key or o.source not in _LOOSE)
            dropped.update(id(o) for o in inside if o.i < end)
            j = end
        if (i, j) == (c.i, c.j):
            continue
        c.start, c.end = start, doc[j - 1].idx + len(doc[j - 1].text)
        c.i, c.j = i, j
        c.form = clean_surface(text_of(doc)[c.start:c.end])
    return [c for c in chosen if id(c) not in dropped]
