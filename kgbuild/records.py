"""Extraction records: what the extractor hands to the RDF step. Plain data, no spaCy, no rdflib.

Character offsets are into the document's text as read from its file (Python str indices).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """One occurrence of an entity in a document."""

    start: int
    end: int
    text: str          # surface form as written, clitics included
    form: str          # the name without clitics: what becomes a label


@dataclass
class Role:
    """A title the text gives a person: "وزير الخارجية" of Russia."""

    title: str                      # Arabic title as written, e.g. "وزير الخارجية"
    of_key: str | None = None       # entity key of the organization or country, when known


@dataclass
class EntityRecord:
    """One entity of a document after in-document resolution."""

    key: str                         # corpus-wide identity: "Q7747" or "person:فلاديمير_بوتين"
    type: str                        # Person | Organization | Place | Group
    label: str                       # canonical Arabic name
    forms: set[str] = field(default_factory=set)     # every surface form seen, clitics stripped
    mentions: list[Mention] = field(default_factory=list)
    wikidata: str | None = None      # "Q7747"
    label_en: str | None = None
    roles: list[Role] = field(default_factory=list)
    source: str = ""                 # which component found it: gazetteer, title, ner, group ...
    kind: str | None = None          # for a Group: its kind in lexicon/groups.tsv ("security_forces")


@dataclass
class StatementRecord:
    """One attributed speech act: speaker, cue, content, targets, intermediaries."""

    speaker: str                     # entity key
    cue: str                         # cue word as written, clitics stripped
    cue_lemma: str                   # dictionary form of the cue, e.g. "قال"
    act: str                         # one of namespace.SPEECH_ACTS
    stance: str                      # positive | negative | neutral
    quote: str                       # the said content
    quote_type: str                  # direct | indirect | mixed
    cue_span: tuple[int, int]
    quote_span: tuple[int, int]
    speaker_span: tuple[int, int] | None
    sentence_span: tuple[int, int]
    sentence_index: int
    about: list[str] = field(default_factory=list)   # entity keys
    via: list[str] = field(default_factory=list)     # entity keys
    target_stance: dict[str, str] = field(default_factory=dict)   # about key -> stance towards it


@dataclass
class DocumentRecord:
    """Everything extracted from one article."""

    doc_id: str                      # the input file name, e.g. "000_b1f33944bee6a34c.txt"
    title: str
    text: str
    date: str | None = None          # ISO publication date, when the article states one
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    statements: list[StatementRecord] = field(default_factory=list)
