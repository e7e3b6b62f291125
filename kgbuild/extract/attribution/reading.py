"""What reading a document passes on: from sentence to sentence (Carry), and from cue to cue within a
sentence (Reading), with where the sentence stands (Place)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from spacy.tokens import Span

from ...records import StatementRecord


@dataclass(frozen=True)
class Carry:
    """What a sentence passes on to the next: the last statement's speakers, and the sentence (counted
    as `attribute` counts them) and paragraph it is in."""

    speakers: tuple[str, ...] = ()
    sentence: int = -10
    paragraph: int = 0


@dataclass(frozen=True)
class Place:
    """Where a sentence stands: the index-th of the Doc, the order-th that tells something new, in the
    paragraph-th paragraph."""

    sent: Span
    index: int
    order: int
    paragraph: int
    # the sentence's first token and its end, read off the Span once: every stage of every cue asks them
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", self.sent.start)
        object.__setattr__(self, "end", self.sent.end)

    def carry(self, speakers: Iterable[str]) -> Carry:
        """These speakers go on from this sentence."""
        return Carry(tuple(speakers), self.order, self.paragraph)


@dataclass(frozen=True)
class Reading:
    """What a sentence's cues have told so far, in text order, and what the next cue or sentence needs."""

    carry: Carry
    statements: tuple[StatementRecord, ...] = ()
    # tokens already inside a statement's cue..content: their cues belong to it
    covered: frozenset[int] = frozenset()
    # a verb of saying in the passive ("وأُبلغ الوزير أن"): its subject heard it, and does not go on
    told: bool = False
    # an inner report's cue -> who relays it
    relayed_by: Mapping[int, list[str]] = field(default_factory=dict)
