"""Each mention's entity key, looked up by the mention itself, as the entity stage leaves it to the attribution stages."""
from __future__ import annotations

from .base import Candidate


class MentionKeys:
    """Candidate -> the key of the entity it names. Candidates are mutable dataclasses (unhashable), so the map
    is keyed by id(); and an id names an object only while it lives: a mention no list keeps after the entity
    stage (an unnamed holder or body no statement takes) frees its id for a Candidate made later (the attribution
    stages make their own), which would then read the dead one's key, an answer that hangs on what else the
    process has built. So each mention is kept here with its key, alive as long as the map."""

    __slots__ = ("_of",)

    def __init__(self) -> None:
        self._of: dict[int, tuple[Candidate, str]] = {}

    def __setitem__(self, c: Candidate, key: str) -> None:
        self._of[id(c)] = (c, key)

    def __getitem__(self, c: Candidate) -> str:
        return self._of[id(c)][1]

    def __contains__(self, c: Candidate) -> bool:
        return id(c) in self._of

    def __len__(self) -> int:
        return len(self._of)
