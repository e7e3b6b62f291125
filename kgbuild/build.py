"""A corpus build: articles -> records -> N-Quads -> store -> exports and view.

Documents are streamed one at a time (only the corpus index of names is kept) and written as
N-Quads into the build's staging folder (kgbuild.publish), loaded into a new store there, and the
exports are written from that store next to it; then store and exports are published in one
step. The build holds its output folder's lock from before the first article is read, so a second
build there fails at once; a failed or killed build leaves the previous build as it was.

Parallel builds (``workers > 1``): a pool of worker processes runs the per-document extraction
(spaCy pipeline -> DocumentRecord) on small batches of articles; the parent reads the files, keeps
a bounded window of batches in flight (the corpus is never held in memory), and takes the records
back *in input order* to apply the corpus-wide entity index (CorpusIndex, which depends on the
order documents are seen) and write the N-Quads. The output is byte-identical to ``workers=1``.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from . import store
from .extract.document import apply_index, extract_document, extract_documents
from .extract.resolve import CorpusIndex
from .inputs import Article, Skipped, collect, display_path, read_article
from .pipeline import make_pipeline
from .publish import Build
from .rdf import add_document, doc_iri
from .records import DocumentRecord

BATCH_SIZE = 16         # articles per task sent to a worker (small, so that workers share the load evenly)
SERIAL_BATCH_SIZE = 64  # articles per nlp.pipe call in a one-process build: the NER's matrix work amortises over it
WINDOW_PER_WORKER = 4   # batches in flight per worker (bounds the parent's memory)


@dataclass
class BuildSummary:
    documents: int = 0
    entities: Counter = field(default_factory=Counter)   # type -> distinct entities
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class ExtractionFailure:
    """A document the extractor failed on: the build goes on without it and names it."""

    doc_id: str
    reason: str


def safe_extract(nlp, doc_id: str, text: str) -> DocumentRecord | ExtractionFailure:
    if STRICT:
        return extract_document(nlp, doc_id, text)
    try:
        return extract_document(nlp, doc_id, text)
    except Exception as exc:  # one bad document must not lose a corpus
        return ExtractionFailure(doc_id, f"extraction failed: {type(exc).__name__}: {exc}".replace("\n", " "))


# set by `kgbuild --debug`: an extractor error stops the build with its traceback
STRICT = False


def records(articles: Iterable[Article], index: CorpusIndex | None = None, use_ner: bool = True,
            workers: int = 1) -> Iterator[DocumentRecord | ExtractionFailure]:
    """Extraction records for articles, one at a time, in input order, keyed corpus-wide."""
    index = index or CorpusIndex()
    for rec in extracted(articles, use_ner=use_ner, workers=workers):
        yield rec if isinstance(rec, ExtractionFailure) else apply_index(rec, index)


def extracted(articles: Iterable[Article], use_ner: bool = True,
              workers: int = 1) -> Iterator[DocumentRecord | ExtractionFailure]:
    """Per-document records (document-level keys, no corpus index yet), in input order.

    workers <= 1: SERIAL_BATCH_SIZE articles per nlp.pipe call. workers > 1: extraction runs in a pool
    of that many processes, BATCH_SIZE articles per task, at most WINDOW_PER_WORKER batches per
    worker in flight."""
    if workers <= 1:
        nlp = make_pipeline(use_ner=use_ner)
        for batch in _batches(articles, SERIAL_BATCH_SIZE):
            yield from extract_batch(nlp, batch)
        return
    # fork (POSIX) starts workers in milliseconds and keeps the parent's hash seed; else spawn
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        _init_worker(use_ner)  # build (and warm) the pipeline once: the forked workers inherit it
    window: deque = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(use_ner,)) as pool:
        try:
            for batch in _batches(articles, BATCH_SIZE):
                window.append(pool.submit(_extract_batch, batch))
                while len(window) >= workers * WINDOW_PER_WORKER:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        finally:
            for fut in window:
                fut.cancel()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[tuple[str, str]]]:
    batch: list[tuple[str, str]] = []
    for art in articles:
        batch.append((art.doc_id, art.text))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER_NLP = None
_WORKER_NER: bool | None = None


def _init_worker(use_ner: bool) -> None:
    global _WORKER_NLP, _WORKER_NER
    if _WORKER_NLP is None or _WORKER_NER != use_ner:
        _WORKER_NLP = make_pipeline(use_ner=use_ner)
        _WORKER_NER = use_ner
        _WORKER_NLP("قال الرئيس إن الحكومة مستعدة.")  # loads the lexicon tables and the NER model


def _extract_batch(batch: list[tuple[str, str]]) -> list[DocumentRecord | ExtractionFailure]:
    return extract_batch(_WORKER_NLP, batch)


def extract_batch(nlp, batch: list[tuple[str, str]]) -> list[DocumentRecord | ExtractionFailure]:
    """A batch through nlp.pipe (the NER batches its matrix work); if any article of it fails,
    the batch again one article at a time, so that only the failing one is lost."""
    try:
        return list(extract_documents(nlp, batch))
    except Exception:
        if STRICT:
            raise
        return [safe_extract(nlp, doc_id, text) for doc_id, text in batch]


# --------------------------------------------------------------------------------------------
# N-Quads, written directly: kgbuild.rdf.add_document fills a duck-typed "Dataset" whose graphs
# only collect triples (an ordered set), and the terms are written as N-Quads here. The quads are
# exactly those of rdflib's Dataset + N-Quads serializer, without their cost (~10x faster).

class _TripleSet:
    def __init__(self) -> None:
        self.triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self.triples[triple] = None


class _OneGraph:
    """What add_document needs of an rdflib Dataset: graph(iri) and remove_graph(graph)."""

    def __init__(self) -> None:
        self.graphs: dict[URIRef, _TripleSet] = {}

    def graph(self, iri: URIRef) -> _TripleSet:
        return self.graphs.setdefault(iri, _TripleSet())

    def remove_graph(self, g: _TripleSet) -> None:
        g.triples.clear()


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nq_term(t: object) -> str:
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        body = '"' + str(t).translate(_ESCAPES) + '"'
        if t.language:
            return f"{body}@{t.language}"
        if t.datatype is not None and t.datatype != XSD.string:
            return f"{body}^^<{t.datatype}>"
        return body
    raise TypeError(f"cannot write {t!r} as N-Quads")


def document_nquads(rec: DocumentRecord) -> bytes:
    """One article's named graph (kgbuild.rdf.add_document) as UTF-8 N-Quads."""
    ds = _OneGraph()
    add_document(ds, rec)  # type: ignore[arg-type]
    lines = []
    for name, g in ds.graphs.items():
        tail = f" <{name}> .\n"
        lines.extend(f"{_nq_term(s)} {_nq_term(p)} {_nq_term(o)}{tail}" for s, p, o in g.triples)
    return "".join(lines).encode("utf-8")


def worker_count(requested: int, articles: int) -> int:
    """Extraction processes worth starting: no more than articles, nor than CPUs this process may use."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(requested, articles, cpus))


def build(inputs: list[Path], out_dir: Path, append: bool = False, use_ner: bool = True,
          on_file: Callable[[Path], None] | None = None, view: bool = True, workers: int = 1) -> BuildSummary:
    """Build the graph of `inputs` into `out_dir`. Raises inputs.InputError when nothing is usable,
    store.StoreError at once when another build is running in `out_dir`.

    workers > 1 extracts in that many processes (at most one per article and per CPU); the result
    is byte-identical to workers=1. All or nothing: the store and its exports are staged together
    and published in one step (kgbuild.publish); a build that fails or is killed at any point
    leaves the previous build as it was. The build's own outputs are never read as inputs."""
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    files = collect(inputs, exclude=out_dir)
    summary = BuildSummary()
    out_dir.mkdir(parents=True, exist_ok=True)
    entity_types: dict[str, str] = {}
    path_of: dict[str, Path] = {}
    doc_of: dict[str, str] = {}  # document IRI -> file name

    def articles() -> Iterable[Article]:
        for path in files:
            got = read_article(path)
            if on_file:
                on_file(path)
            if isinstance(got, Article):
                if got.doc_id in path_of:
                    got = Skipped(path, f"same file name as {display_path(path_of[got.doc_id])}: one article per name")
                elif doc_of.setdefault(str(doc_iri(got.doc_id)), got.doc_id) != got.doc_id:
                    other = path_of[doc_of[str(doc_iri(got.doc_id))]]
                    got = Skipped(path, f"its document IRI {doc_iri(got.doc_id)} is that of {display_path(other)}")
            if isinstance(got, Skipped):
                summary.skipped.append(got)
                continue
            path_of[got.doc_id] = path
            if got.note:
                summary.notes.append(f"{display_path(path)}: {got.note}")
            yield got

    with Build(out_dir) as staged:  # the build lock: taken before the first article is read
        nquads = staged.staging / "build.nq"
        with open(nquads, "wb") as sink:
            for rec in records(articles(), use_ner=use_ner, workers=worker_count(workers, len(files))):
                if isinstance(rec, ExtractionFailure):
                    summary.skipped.append(Skipped(path_of.get(rec.doc_id, Path(rec.doc_id)), rec.reason))
                    continue
                sink.write(document_nquads(rec))
                summary.documents += 1
                summary.statements += len(rec.statements)
                for key, ent in rec.entities.items():
                    entity_types[key] = ent.type
        if summary.documents == 0:
            from .inputs import InputError
            reasons = "; ".join(f"{display_path(Path(s.path.name))}: {s.reason}" for s in summary.skipped[:5])
            raise InputError(f"nothing to build: no usable article ({reasons})")
        staged.load(nquads, append=append)
        nquads.unlink()
        summary.triples = stage_exports(staged.staging, view=view)
        staged.publish()
    summary.entities = Counter(entity_types.values())
    summary.seconds = time.perf_counter() - t0
    return summary


EXPORTS = ("graph.ttl", "graph.trig", "graph.html")


def stage_exports(folder: Path, view: bool = True) -> int:
    """Write graph.ttl, graph.trig and graph.html of the store in `folder` (a staged build) next
    to it; returns its number of distinct triples.

    The two RDF exports (Oxigraph serialisers, which release the GIL) run in a thread while the
    view (Python) is written, so that on two cores they overlap."""
    import pyoxigraph as ox
    from concurrent.futures import ThreadPoolExecutor

    source = ox.Store.read_only(str(folder / store.STORE_LINK))
    with ThreadPoolExecutor(max_workers=1) as pool:
        done = pool.submit(_rdf_exports, source, folder)
        try:
            if view:
                from .viz import write_view
                write_view(source, folder / "graph.html")
        finally:
            done.result()
    rows = source.query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }",
                        use_default_graph_as_union=True)
    return int(next(iter(rows))["n"].value)


def _rdf_exports(source, folder: Path) -> None:
    from .export import write_file

    write_file(source, "ttl", folder / "graph.ttl")
    write_file(source, "trig", folder / "graph.trig")


__all__ = ["BuildSummary", "ExtractionFailure", "build", "records", "extracted", "document_nquads", "stage_exports",
           "worker_count"]
