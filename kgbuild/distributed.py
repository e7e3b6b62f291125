"""The same build on a Dask cluster (``pip install 'kgbuild[dask]'``); see docs/distributed.md.

    from dask.distributed import Client
    from kgbuild.distributed import build_distributed
    summary = build_distributed([Path("articles/")], Path("output"), client=Client("tcp://scheduler:8786"),
                                scratch=Path("/shared/kg-scratch"))

Three steps, so that the graph is exactly that of a local build (``kgbuild build``):

1. *extract* (workers, one task per batch of files): read the articles, run the spaCy pipeline,
   save the batch's DocumentRecords to ``scratch/batch-K.pkl`` and send the client only the names
   of each document's entities (key, type, label, forms, roles: no text, no mentions).
2. *index* (client, in input order): the corpus-wide entity index (CorpusIndex) depends on the order
   documents are seen, so the client runs it over those names, batch after batch as they arrive,
   and records what it decided for every entity.
3. *write* (workers, one task per batch, started as soon as the index has passed the batch):
   re-apply those decisions to the saved records (kgbuild.extract.document.apply_index with a
   replaying index), write the batch's N-Quads to ``scratch/batch-K.nq`` and/or PUT each article's
   graph to a remote SPARQL 1.1 Graph Store endpoint (``push_to``).

The client then concatenates the batch files in order and loads them into DIR/store with
kgbuild.store.load_build (atomic, like a local build) and writes the exports. The scratch folder
must be visible to the client and every worker (a shared file system on a real cluster); the input
files must be readable by the workers under the paths given.
"""
from __future__ import annotations

import pickle
import shutil
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, urlsplit

from .build import BuildSummary, document_nquads, stage_exports
from .extract.document import apply_index, extract_document
from .extract.groups import article_scope
from .extract.resolve import CorpusIndex
from .inputs import InputError, Skipped, collect, read_article
from .records import EntityRecord

DEFAULT_BATCH = 32

_LOCAL = threading.local()


def _pipeline(use_ner: bool):
    """One spaCy pipeline per worker thread (threads of a Dask worker do not share one)."""
    cache = getattr(_LOCAL, "nlp", None)
    if cache is None:
        cache = _LOCAL.nlp = {}
    if use_ner not in cache:
        from .pipeline import make_pipeline
        cache[use_ner] = make_pipeline(use_ner=use_ner)
    return cache[use_ner]


@dataclass
class _Names:
    """What the client needs of one entity to run the corpus index."""
    key: str
    type: str
    label: str
    forms: frozenset
    roles: tuple


@dataclass
class _Extracted:
    batch: int
    docs: list[list[_Names]]     # per document, its entities in record order
    scopes: list[str]            # per document, its article scope (what the index keeps to one article)
    skipped: list[tuple[str, str]]
    notes: list[str]
    path: str                    # the pickled records


def extract_batch(k: int, paths: list[str], use_ner: bool, scratch: str) -> _Extracted:
    """Step 1 (worker): extract a batch of files; records to scratch, names to the client."""
    nlp = _pipeline(use_ner)
    recs, skipped, notes = [], [], []
    for p in paths:
        got = read_article(Path(p))
        if isinstance(got, Skipped):
            skipped.append((str(got.path), got.reason))
            continue
        if got.note:
            notes.append(f"{got.path}: {got.note}")
        recs.append(extract_document(nlp, got.doc_id, got.text))
    out = Path(scratch) / f"batch-{k:06d}.pkl"
    with open(out, "wb") as f:
        pickle.dump(recs, f, protocol=pickle.HIGHEST_PROTOCOL)
    docs = [[_Names(e.key, e.type, e.label, frozenset(e.forms), tuple(e.roles)) for e in rec.entities.values()]
            for rec in recs]
    return _Extracted(k, docs, [article_scope(rec.doc_id) for rec in recs], skipped, notes, str(out))


class _Replay:
    """An index that gives each entity what the client's CorpusIndex decided for it, in order."""

    def __init__(self, decisions: list[tuple[str, str, set]]):
        self._it: Iterator[tuple[str, str, set]] = iter(decisions)

    def resolve(self, ent: EntityRecord, scope: str | None = None) -> EntityRecord:
        # the client's index already applied the article's scope to the key replayed here
        ent.key, ent.label, forms = next(self._it)
        ent.forms = set(forms)
        return ent


def write_batch(k: int, path: str, decisions: list[list[tuple[str, str, set]]], scratch: str,
                push_to: str | None = None, timeout: float = 30.0) -> tuple[str, int, int]:
    """Step 3 (worker): apply the index's decisions, write N-Quads (and push). -> (nq path, docs, statements)."""
    with open(path, "rb") as f:
        recs = pickle.load(f)
    out = Path(scratch) / f"batch-{k:06d}.nq"
    statements = 0
    with open(out, "wb") as sink:
        for rec, dec in zip(recs, decisions):
            rec = apply_index(rec, _Replay(dec))
            statements += len(rec.statements)
            quads = document_nquads(rec)
            sink.write(quads)
            if push_to:
                _push_graph(push_to, quads, timeout)
    Path(path).unlink(missing_ok=True)
    return str(out), len(recs), statements


def _push_graph(to: str, nquads: bytes, timeout: float) -> None:
    """Send one article's quads to a Graph Store endpoint: PUT its own graph (replacing it), POST
    its part of the entity graph (merging into what other articles sent)."""
    from .push import put_request
    from .rdf import ENTITY_GRAPH
    by_graph: dict[str, list[bytes]] = {}
    for line in nquads.splitlines(keepends=True):
        body = line.rstrip(b" .\n")
        cut = body.rfind(b" <")
        graph = body[cut + 2:-1].decode("utf-8")
        by_graph.setdefault(graph, []).append(body[:cut] + b" .\n")
    sep = "&" if urlsplit(to).query else "?"
    for graph, lines in by_graph.items():
        method = "POST" if graph == str(ENTITY_GRAPH) else "PUT"
        put_request(f"{to}{sep}graph={quote(graph, safe='')}", b"".join(lines), timeout, f"graph <{graph}>", method)


def _batches(files: list[Path], size: int) -> list[list[str]]:
    return [[str(p) for p in files[i:i + size]] for i in range(0, len(files), size)]


def build_distributed(inputs: list[Path], out_dir: Path | None, client: Any = None, use_ner: bool = True,
                      batch_size: int = DEFAULT_BATCH, scratch: Path | None = None, append: bool = False,
                      view: bool = True, push_to: str | None = None, timeout: float = 30.0) -> BuildSummary:
    """Build `inputs` on the Dask cluster of `client` (default: the current dask.distributed client).

    out_dir: load the result into out_dir/store and write the exports, as `kgbuild build` does
    (None: only push, which then needs `push_to`). push_to: also PUT every article's graph to this
    SPARQL 1.1 Graph Store endpoint (e.g. http://host:7878/store), from the workers.
    scratch: a folder shared by the client and the workers (default: a temporary folder in
    out_dir, fine for a LocalCluster or one machine). Returns the same BuildSummary as build().
    """
    if client is None:
        from dask.distributed import get_client
        client = get_client()
    if out_dir is None and not push_to:
        raise ValueError("nothing to do: give out_dir, push_to or both")
    t0 = time.perf_counter()
    files = collect(inputs, exclude=Path(out_dir) if out_dir is not None else None)
    summary = BuildSummary()
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
    own_scratch = scratch is None
    if own_scratch:
        base = out_dir if out_dir is not None else Path(tempfile.gettempdir())
        scratch = base / f".dask-scratch-{uuid.uuid4().hex[:8]}"
    scratch = Path(scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    entity_types: dict[str, str] = {}
    tmp: Path | None = None
    try:
        batches = _batches(files, max(1, batch_size))
        extract_futs = [client.submit(extract_batch, k, b, use_ner, str(scratch), pure=False)
                        for k, b in enumerate(batches)]
        index = CorpusIndex()
        write_futs = []
        for fut in extract_futs:  # in input order: the index must see documents in that order
            got: _Extracted = fut.result()
            fut.release()
            summary.skipped += [Skipped(Path(p), r) for p, r in got.skipped]
            summary.notes += got.notes
            decisions = []
            for names, scope in zip(got.docs, got.scopes):
                dec, types = [], {}
                for n in names:
                    ent = index.resolve(EntityRecord(key=n.key, type=n.type, label=n.label, forms=set(n.forms),
                                                     roles=list(n.roles)), scope)
                    dec.append((ent.key, ent.label, set(ent.forms)))
                    types.setdefault(ent.key, n.type)  # apply_index keeps the first of merged entities
                entity_types.update(types)
                decisions.append(dec)
            write_futs.append(client.submit(write_batch, got.batch, got.path, decisions, str(scratch),
                                            push_to, timeout, pure=False))
        parts = []
        for fut in write_futs:
            path, docs, statements = fut.result()
            fut.release()
            parts.append(Path(path))
            summary.documents += docs
            summary.statements += statements
        if summary.documents == 0:
            reasons = "; ".join(f"{s.path.name}: {s.reason}" for s in summary.skipped[:5])
            raise InputError(f"nothing to build: no usable article ({reasons})")
        if out_dir is not None:
            from . import store
            fd, tmp_name = tempfile.mkstemp(prefix="build-", suffix=".nq", dir=scratch)
            tmp = Path(tmp_name)
            with open(fd, "wb") as sink:
                for part in parts:
                    with open(part, "rb") as f:
                        shutil.copyfileobj(f, sink, 1 << 20)
            triples: list[int] = []
            # the store and its exports are published together, as by a local build
            store.load_build(out_dir, tmp, append=append,
                             before_publish=lambda staging: triples.append(stage_exports(staging, view=view)))
            summary.triples = triples[0]
        summary.entities = Counter(entity_types.values())
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if own_scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    summary.seconds = time.perf_counter() - t0
    return summary


__all__ = ["build_distributed", "extract_batch", "write_batch"]
