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

    def updated(self, carry: Carry | None = None, statements: tuple[StatementRecord, ...] | None = None,
                covered: frozenset[int] | None = None, told: bool | None = None,
                relayed_by: Mapping[int, list[str]] | None = None) -> Reading:
        """This reading with the parts given changed, the others kept: dataclasses.replace's result, built straight
        (made at each cue and each sentence, where replace walks the fields and checks the instance every time)."""
        return Reading(self.carry if carry is None else carry, self.statements if statements is None else statements,
                       self.covered if covered is None else covered, self.told if told is None else told,
                       self.relayed_by if relayed_by is None else relayed_by)
