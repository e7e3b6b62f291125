"""What every attribution stage reads: the tokens, the entity mentions by token, the cues."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...records import EntityRecord
from ..mentions import Candidate
from ..mentions.keys import MentionKeys
from .cues.reader import CueReader
from .cursor import Cursor
from .index import MentionIndex


@dataclass(frozen=True)
class Context:
    """One document as the stages see it. Read-only: the only writes are the readers' caches."""

    tokens: Cursor
    mentions: MentionIndex
    cues: CueReader
    # what the stages work out of the document alone and ask again for each statement (a speaker's own
    # side, the titles given them): (stage name, argument) -> the answer, kept for this document
    memo: dict = field(default_factory=dict, compare=False, repr=False)
    # the Doc, the tokens' own (a field, not a property: the stages read it thousands of times a document)
    doc: Doc = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "doc", self.tokens.doc)

    @classmethod
    def of(cls, doc: Doc, cands: list[Candidate], key_of: MentionKeys, entities: dict[str, EntityRecord],
           bare_titles: list[tuple[int, int, str, str | None]]) -> Context:
        tokens = Cursor(doc)
        mentions = MentionIndex(cands, key_of, entities, bare_titles)
        return cls(tokens, mentions, CueReader(tokens, mentions))
