"""A corpus build: articles -> records -> N-Quads -> store -> exports and view.

Documents are streamed one at a time (only the corpus index of names is kept), written as N-Quads
to a temporary file in the output folder, and loaded into the store in one atomic step; the
exports are then written from the store, each atomically, so a failed build leaves the previous
build's files as they were.

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
import tempfile
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
from .inputs import Article, Skipped, collect, read_article
from .pipeline import make_pipeline
from .rdf import add_document
from .records import DocumentRecord

BATCH_SIZE = 16         # articles per batch: per task sent to a worker, and per nlp.pipe call
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

    workers > 1: extraction runs in a pool of that many processes, BATCH_SIZE articles per task,
    at most WINDOW_PER_WORKER batches per worker in flight."""
    if workers <= 1:
        nlp = make_pipeline(use_ner=use_ner)
        for batch in _batches(articles, BATCH_SIZE):
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


def build(inputs: list[Path], out_dir: Path, append: bool = False, use_ner: bool = True,
          on_file: Callable[[Path], None] | None = None, view: bool = True, workers: int = 1) -> BuildSummary:
    """Build the graph of `inputs` into `out_dir`. Raises inputs.InputError when nothing is usable.

    workers > 1 extracts in that many processes; the result is byte-identical to workers=1.
    All or nothing: the new store and its exports replace the previous ones only once all of them
    have been written; a build that fails or is killed leaves the previous ones as they were."""
    t0 = time.perf_counter()
    files = collect(inputs)
    summary = BuildSummary()
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(out_dir)
    entity_types: dict[str, str] = {}
    path_of: dict[str, Path] = {}

    def articles() -> Iterable[Article]:
        for path in files:
            got = read_article(path)
            if on_file:
                on_file(path)
            if isinstance(got, Article) and got.doc_id in path_of:
                got = Skipped(path, f"same file name as {path_of[got.doc_id]}: one article per name")
            if isinstance(got, Skipped):
                summary.skipped.append(got)
                continue
            path_of[got.doc_id] = path
            if got.note:
                summary.notes.append(f"{path}: {got.note}")
            yield got

    fd, tmp_name = tempfile.mkstemp(prefix=".build-", suffix=".nq", dir=out_dir)
    tmp = Path(tmp_name)
    staged: dict[Path, Path] = {}
    try:
        with os.fdopen(fd, "wb") as sink:
            _hold(sink)  # marks the temporary file as in use: a later build leaves it alone
            for rec in records(articles(), use_ner=use_ner, workers=workers):
                if isinstance(rec, ExtractionFailure):
                    summary.skipped.append(Skipped(path_of.get(rec.doc_id, Path(rec.doc_id)), rec.reason))
                    continue
                sink.write(document_nquads(rec))
                summary.documents += 1
                summary.statements += len(rec.statements)
                for key, ent in rec.entities.items():
                    entity_types[key] = ent.type
            sink.flush()
            if summary.documents == 0:
                from .inputs import InputError
                reasons = "; ".join(f"{s.path.name}: {s.reason}" for s in summary.skipped[:5])
                raise InputError(f"nothing to build: no usable article ({reasons})")
            store.load_build(out_dir, tmp, append=append,
                             before_publish=lambda gen: staged.update(stage_exports(out_dir, gen, view=view)))
        for part, final in staged.items():
            os.replace(part, final)
    finally:
        tmp.unlink(missing_ok=True)
        for part in staged:
            part.unlink(missing_ok=True)
    summary.entities = Counter(entity_types.values())
    summary.triples = store.triple_count(out_dir)
    summary.seconds = time.perf_counter() - t0
    return summary


def _hold(f) -> None:
    try:
        import fcntl
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, OSError):
        pass


def _remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files of builds that were killed (no process holds their lock any more)."""
    for path in list(out_dir.glob(".build-*.nq")) + list(out_dir.glob(".graph.*.part-*")):
        try:
            with open(path, "rb") as f:
                import fcntl
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            path.unlink(missing_ok=True)
        except (ImportError, OSError):
            continue


EXPORTS = ("graph.ttl", "graph.trig", "graph.html")


def stage_exports(out_dir: Path, gen: Path, view: bool = True) -> dict[Path, Path]:
    """Write graph.ttl, graph.trig and graph.html of the store generation `gen` to temporary files
    next to their final names; returns {temporary: final}. The caller renames them into place.

    The two RDF exports (Oxigraph serialisers, which release the GIL) run in a thread while the
    view (Python) is written, so that on two cores they overlap."""
    import pyoxigraph as ox
    from concurrent.futures import ThreadPoolExecutor

    tag = os.urandom(4).hex()
    staged = {out_dir / f".{name}.part-{tag}": out_dir / name for name in EXPORTS if view or name != "graph.html"}
    parts = {final.name: part for part, final in staged.items()}
    source = ox.Store.read_only(str(gen))
    try:
        def exports() -> None:
            store.export(out_dir, "ttl", parts["graph.ttl"], source=source)
            store.export(out_dir, "trig", parts["graph.trig"], source=source)

        with ThreadPoolExecutor(max_workers=1) as pool:
            done = pool.submit(exports)
            try:
                if view:
                    from .viz import write_view
                    write_view(source, parts["graph.html"])
            finally:
                done.result()
    except BaseException:
        for part in staged:
            part.unlink(missing_ok=True)
        raise
    finally:
        del source
    return staged


def write_exports(out_dir: Path, view: bool = True) -> None:
    """graph.ttl, graph.trig and graph.html of DIR's current store, replaced together."""
    gen = store.current_generation(out_dir)
    if gen is None:
        raise store.StoreError(f"{out_dir}: no kgbuild store here")
    staged = stage_exports(out_dir, gen, view=view)
    for part, final in staged.items():
        os.replace(part, final)


__all__ = ["BuildSummary", "ExtractionFailure", "build", "records", "extracted", "document_nquads", "stage_exports",
           "write_exports"]
