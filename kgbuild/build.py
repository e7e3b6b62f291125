"""A corpus build: articles -> records -> N-Quads -> store -> exports and view.

Documents are streamed one at a time (only the corpus index of names is kept), written as N-Quads
to a temporary file in the output folder, and loaded into the store in one atomic step; the
exports are then written from the store, each atomically, so a failed build leaves the previous
build's files as they were.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset

from . import store
from .extract.document import apply_index, extract_document
from .extract.resolve import CorpusIndex
from .inputs import Article, Skipped, collect, read_article
from .pipeline import make_pipeline
from .rdf import add_document, ontology_header


@dataclass
class BuildSummary:
    documents: int = 0
    entities: Counter = field(default_factory=Counter)   # type -> distinct entities
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def records(articles: Iterable[Article], index: CorpusIndex | None = None, use_ner: bool = True):
    """Extraction records for articles, one at a time, keyed corpus-wide."""
    nlp = make_pipeline(use_ner=use_ner)
    index = index or CorpusIndex()
    for art in articles:
        yield apply_index(extract_document(nlp, art.doc_id, art.text), index)


def build(inputs: list[Path], out_dir: Path, append: bool = False, use_ner: bool = True,
          on_file: Callable[[Path], None] | None = None, view: bool = True) -> BuildSummary:
    """Build the graph of `inputs` into `out_dir`. Raises inputs.InputError when nothing is usable."""
    t0 = time.perf_counter()
    files = collect(inputs)
    summary = BuildSummary()
    out_dir.mkdir(parents=True, exist_ok=True)
    entity_types: dict[str, str] = {}

    def articles() -> Iterable[Article]:
        for path in files:
            got = read_article(path)
            if on_file:
                on_file(path)
            if isinstance(got, Skipped):
                summary.skipped.append(got)
                continue
            if got.note:
                summary.notes.append(f"{path}: {got.note}")
            yield got

    fd, tmp_name = tempfile.mkstemp(prefix=".build-", suffix=".nq", dir=out_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as sink:
            for rec in records(articles(), use_ner=use_ner):
                ds = Dataset()
                add_document(ds, rec)
                sink.write(ds.serialize(format="nquads", encoding="utf-8"))
                summary.documents += 1
                summary.statements += len(rec.statements)
                for key, ent in rec.entities.items():
                    entity_types[key] = ent.type
        if summary.documents == 0:
            from .inputs import InputError
            reasons = "; ".join(f"{s.path.name}: {s.reason}" for s in summary.skipped[:5])
            raise InputError(f"nothing to build: no usable article ({reasons})")
        store.load_build(out_dir, tmp, append=append)
    finally:
        tmp.unlink(missing_ok=True)
    write_exports(out_dir, view=view)
    summary.entities = Counter(entity_types.values())
    summary.triples = store.triple_count(out_dir)
    summary.seconds = time.perf_counter() - t0
    return summary


def write_exports(out_dir: Path, view: bool = True) -> None:
    """graph.ttl (union), graph.trig (a graph per article) and graph.html from the store."""
    store.export(out_dir, "ttl", out_dir / "graph.ttl")
    store.export(out_dir, "trig", out_dir / "graph.trig")
    if view:
        from .viz import write_view
        st = store.open_store(out_dir)
        try:
            write_view(st, out_dir / "graph.html")
        finally:
            store.close_store(st)


__all__ = ["BuildSummary", "build", "records", "write_exports", "ontology_header"]
