"""The document's entity mentions indexed by token, as the attribution stages look them up."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ... import lexicon
from ...records import EntityRecord
from ..mentions import Candidate
from ..mentions.holders import is_holder
from ..mentions.keys import MentionKeys

# organization kinds that relay what others said: named in a sentence, they are its intermediaries
VIA_KINDS = ("agency", "media")


@dataclass(frozen=True)
class Found:
    """An entity found for a statement and the tokens i..j-1 that name it; i = j = -1 for a speaker
    carried over from an earlier statement (not named again here)."""

    key: str
    i: int
    j: int


@dataclass(frozen=True)
class BareTitle:
    """A title with no name after it ("وقال الرئيس"): tokens i..stop-1, the title, and the key of the
    country or organization it is of, when the text says."""

    i: int
    stop: int
    title: str
    role_of: str | None


class MentionIndex:
    """Where each mention starts and ends, the persons that titles introduce, the bare titles."""

    def __init__(self, cands: list[Candidate], key_of: MentionKeys, entities: dict[str, EntityRecord],
                 bare_titles: list[tuple[int, int, str, str | None]]) -> None:
        self.cands = cands
        self.entities = entities
        self.key_of = key_of
        self.start_at: dict[int, Candidate] = {c.i: c for c in cands}
        self.end_at: dict[int, Candidate] = {c.j - 1: c for c in cands}
        # title start -> the person it introduces: "المتحدث باسم الشرطة، فلان" is one subject
        self.titled: dict[int, Candidate] = {c.title_i: c for c in cands if c.title_i is not None}
        self.bare: dict[int, BareTitle] = {i: BareTitle(i, stop, title, role_of) for i, stop, title, role_of in bare_titles}
        self.known = lexicon.entity_by_key()
        self._covered = frozenset(k for c in cands for k in range(c.i, c.j))
        # is token k inside a mention? The set's own look-up, no Python call: asked of every word of every content
        # (the phrase reader's key, the stance rules), and a filter over a range with it runs in C
        self.in_a_mention: Callable[[int], bool] = self._covered.__contains__
        self._agency_starts: list[int] | None = None   # (agency_starts, read on first use)

    def key(self, c: Candidate) -> str:
        return self.key_of[c]

    def first_key(self, cands: Iterable[Candidate]) -> str | None:
        """The key of the first of `cands` that has one; None when none has."""
        return next((key for c in cands if (key := self.key(c)) is not None), None)

    def found(self, c: Candidate) -> Found:
        return Found(self.key(c), c.i, c.j)

    def type_of(self, key: str) -> str | None:
        ent = self.entities.get(key)
        return ent.type if ent is not None else None

    def speaks_as(self, key: str) -> str | None:
        """The entity's type as the grammar of its clause reads it: the unnamed holder of one office
        ("السفير الأمريكي", a Group entity) is one person, no group that a verb may take as its object."""
        return "Person" if is_holder(key) else self.type_of(key)

    def is_agency(self, key: str) -> bool:
        """A news agency or outlet the lexicon knows."""
        ent = self.known.get(key)
        return bool(ent and ent.kind in VIA_KINDS)

    def agency_starts(self) -> list[int]:
        """The tokens, in order, where a mention (start_at's) of a news agency or outlet the lexicon knows starts:
        the intermediaries of every statement are sought among these, not at every token of its sentence."""
        if self._agency_starts is None:
            self._agency_starts = sorted(i for i, c in self.start_at.items()
                                         if c in self.key_of and self.is_agency(self.key(c)))
        return self._agency_starts

    def persons_before(self, before: int) -> Iterator[tuple[Candidate, EntityRecord]]:
        """The mentions of persons that start before token `before`, with their entities, in text order:
        whom the text has named so far."""
        for c in self.cands:
            if c.i >= before:
                return
            ent = self.entities.get(self.key(c))
            if ent is not None and ent.type == "Person":
                yield c, ent

    def organizations_before(self, before: int) -> Iterator[tuple[Candidate, str]]:
        """The mentions of organizations that start before token `before`, with their keys, in text order: the
        bodies the text has named so far (by the mention's own type, as a head noun names them)."""
        for c in self.cands:
            if c.i >= before:
                return
            if c.type == "Organization":
                yield c, self.key(c)

    def title_phrase_end(self, k: int) -> int | None:
        """The end (exclusive) of the titled person ("المتحدث باسم الشرطة، فلان") or the bare title ("الرئيس")
        that starts at token k; None when neither starts there."""
        if k in self.titled:
            return self.titled[k].j
        if k in self.bare:
            return self.bare[k].stop
        return None

    def phrase_end(self, k: int) -> int | None:
        """The end (exclusive) of the titled person, bare title or mention that starts at token k, read in
        that order; None when none starts there."""
        end = self.title_phrase_end(k)
        if end is None and k in self.start_at:
            end = self.start_at[k].j
        return end
