"""The persistent Oxigraph store of a build: atomic (re)builds, read-only access, queries, exports.

Layout of a build's output folder DIR::

    DIR/store              -> symlink to .store.d/<generation>   (what readers open)
    DIR/.store.d/<gen>/    one complete, immutable RocksDB store per build ("generation")
    DIR/.store.d/<gen>.readers   lock file: readers hold a shared flock on it while they use <gen>
    DIR/.store.d/build.lock      held (exclusive flock) by the one build running in DIR
    DIR/.store.d/tmp-*           a build in progress (or the leftovers of a killed one)

A build writes a new generation in a temporary folder, closes it, renames it into .store.d and then
atomically replaces the DIR/store symlink (``os.replace``), so a reader sees either the old store
or the new one, never a half-written one; a build that fails or is killed leaves the symlink - and
so the previous store - untouched (its temporary folder is removed by the next build).

Readers: :func:`open_store` resolves the symlink once and opens that generation read-only. A reader
that opened the store before a swap keeps reading the generation it opened (a consistent snapshot)
until it reopens; :class:`StoreHandle` (used by the server and :func:`query`) reopens automatically
when a new build is published. Old generations are deleted by the next build once no reader holds
their lock (POSIX ``flock``; on platforms without it only the previous generation is kept).
``oxigraph serve-read-only --location DIR/store`` works too, but takes no lock.

The SPARQL default graph is the union of the named graphs everywhere in this module.
"""
from __future__ import annotations

import os
import shutil
import threading
import time
import unicodedata
import uuid
from pathlib import Path
from typing import Callable, Union

import pyoxigraph as ox

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STORE_LINK = "store"
GEN_DIR = ".store.d"

from .namespace import ENTITY_GRAPH_IRI, PREFIXES  # noqa: E402,F401 (used by callers of this module)

EXPORT_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]


class StoreError(Exception):
    """A store is missing, unreadable or being built by someone else (one-line message)."""


# --------------------------------------------------------------------------------------------
# paths and generations


def _gen_root(out_dir: Path) -> Path:
    return Path(out_dir) / GEN_DIR


def current_generation(out_dir: Path) -> Path | None:
    """The folder of the store DIR/store points at, or None when DIR has no store."""
    link = Path(out_dir) / STORE_LINK
    if link.is_symlink():
        target = Path(os.readlink(link))
        gen = target if target.is_absolute() else (link.parent / target)
        return gen if (gen / "CURRENT").exists() else None
    if (link / "CURRENT").exists():  # a plain store folder (e.g. made by `oxigraph load`)
        return link
    return None


def _readers_lock_path(gen: Path) -> Path:
    return gen.parent / (gen.name + ".readers")


class _Pins:
    """Shared flocks on generations this process reads, reference counted per generation."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fds: dict[str, tuple[int, int]] = {}  # gen path -> (fd, refcount)

    def acquire(self, gen: Path) -> bool:
        """Pin `gen` so no build deletes it; False if it vanished meanwhile (caller retries)."""
        key = str(gen)
        with self._lock:
            if key in self._fds:
                fd, n = self._fds[key]
                self._fds[key] = (fd, n + 1)
                return True
            lock_path = _readers_lock_path(gen)
            if fcntl is None or not lock_path.exists():
                # no locking available, or a plain store folder that no build manages
                self._fds[key] = (-1, 1)
                return (gen / "CURRENT").exists()
            try:
                fd = os.open(lock_path, os.O_RDONLY)
            except FileNotFoundError:
                return False
            fcntl.flock(fd, fcntl.LOCK_SH)  # a build deleting this generation holds LOCK_EX briefly
            if not (gen / "CURRENT").exists():  # deleted while we waited
                os.close(fd)
                return False
            self._fds[key] = (fd, 1)
            return True

    def release(self, gen: Path) -> None:
        key = str(gen)
        with self._lock:
            if key not in self._fds:
                return
            fd, n = self._fds[key]
            if n > 1:
                self._fds[key] = (fd, n - 1)
                return
            del self._fds[key]
            if fd >= 0:
                os.close(fd)


_PINS = _Pins()
_OPEN: dict[int, tuple[ox.Store, Path]] = {}
_OPEN_LOCK = threading.Lock()


def _open_generation(out_dir: Path) -> tuple[ox.Store, Path]:
    for _ in range(50):
        gen = current_generation(out_dir)
        if gen is None:
            raise StoreError(f"no store in {out_dir} (run a build first)")
        if not _PINS.acquire(gen):
            time.sleep(0.01)  # a build swapped and removed it right now: resolve again
            continue
        try:
            return ox.Store.read_only(str(gen)), gen
        except OSError as e:
            _PINS.release(gen)
            raise StoreError(f"cannot open the store in {out_dir}: {e}".replace("\n", " ")) from e
    raise StoreError(f"the store in {out_dir} keeps changing; try again")


def open_store(out_dir: Path) -> ox.Store:
    """Open DIR's current store read-only. Many processes may do so at once.

    The generation opened stays pinned (later builds will not delete its files) until
    :func:`close_store` or the end of the process; it is a snapshot: a build published after this
    call is not seen through this object.
    """
    store, gen = _open_generation(Path(out_dir))
    with _OPEN_LOCK:
        _OPEN[id(store)] = (store, gen)
    return store


def close_store(store: ox.Store) -> None:
    """Unpin a store returned by :func:`open_store` (drop your own references to it too)."""
    with _OPEN_LOCK:
        item = _OPEN.pop(id(store), None)
    if item is not None:
        _PINS.release(item[1])


class StoreHandle:
    """A read-only view of DIR/store that follows new builds: `get()` reopens after a swap."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self._link = self.out_dir / STORE_LINK
        self._lock = threading.Lock()
        self._store: ox.Store | None = None
        self._gen: Path | None = None
        self._target: str | None = None

    def _link_target(self) -> str | None:
        try:
            return os.readlink(self._link)
        except OSError:
            return None

    def get(self) -> ox.Store:
        target = self._link_target()
        if self._store is not None and target == self._target:
            return self._store
        with self._lock:
            if self._store is None or target != self._target:
                store, gen = _open_generation(self.out_dir)
                old = self._gen
                self._store, self._gen, self._target = store, gen, target
                if old is not None:
                    _PINS.release(old)  # in-flight queries keep their files open (POSIX)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._gen is not None:
                _PINS.release(self._gen)
            self._store = self._gen = self._target = None


_HANDLES: dict[str, StoreHandle] = {}


def _handle(out_dir: Path) -> StoreHandle:
    key = str(Path(out_dir).resolve())
    h = _HANDLES.get(key)
    if h is None:
        h = _HANDLES.setdefault(key, StoreHandle(Path(out_dir)))
    return h


# --------------------------------------------------------------------------------------------
# building


class _BuildLock:
    def __init__(self, root: Path):
        self.path = root / "build.lock"
        self.fd = -1

    def __enter__(self) -> "_BuildLock":
        if fcntl is not None:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(self.fd)
                self.fd = -1
                raise StoreError(f"another build is writing the store in {self.path.parent.parent}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # releases the flock


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _graph_names(nquads: Path) -> set:
    return {q.graph_name for q in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS)}


def _cleanup(out_dir: Path, root: Path, keep: Path | None) -> None:
    """Remove leftovers of killed builds and generations no reader holds. Build lock held."""
    for p in Path(out_dir).glob(".store-link-*"):
        p.unlink(missing_ok=True)
    for p in root.iterdir():
        if p.name.startswith("tmp-") or p.name.startswith("trash-"):
            shutil.rmtree(p, ignore_errors=True)
    for p in root.iterdir():
        if not p.is_dir() or p.name.startswith(("tmp-", "trash-")):
            continue
        if keep is not None and p.resolve() == keep.resolve():
            continue
        lock_path = _readers_lock_path(p)
        if fcntl is None:
            # no reader locks: keep the newest previous generation for readers that are still on it
            continue
        try:
            fd = os.open(lock_path, os.O_RDONLY)
        except FileNotFoundError:
            fd = -1
        try:
            if fd >= 0:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # some reader still uses it: next build will retry
            trash = root / ("trash-" + p.name)
            os.rename(p, trash)
            shutil.rmtree(trash, ignore_errors=True)
            lock_path.unlink(missing_ok=True)
        finally:
            if fd >= 0:
                os.close(fd)
    if fcntl is None and keep is not None:  # pragma: no cover - Windows: keep one previous
        gens = sorted((p for p in root.iterdir() if p.is_dir() and p.resolve() != keep.resolve()),
                      key=lambda p: p.name)
        for p in gens[:-1]:
            shutil.rmtree(p, ignore_errors=True)


def _bulk_load(store: ox.Store, nquads: Path) -> None:
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)


def load_build(out_dir: Path, nquads: Path, append: bool = False,
               before_publish: Callable[[Path], None] | None = None) -> int:
    """Atomically (re)build DIR/store from an N-Quads file; return the final store's quad count.

    append=False: the store holds exactly the quads of `nquads`.
    append=True: start from the current store, drop every graph named in `nquads` (re-building an
    article replaces its graph), then add `nquads`. Loading the same input twice changes nothing.
    """
    out_dir = Path(out_dir)
    nquads = Path(nquads)
    if not nquads.is_file():
        raise StoreError(f"no such N-Quads file: {nquads}")
    root = _gen_root(out_dir)
    root.mkdir(parents=True, exist_ok=True)
    with _BuildLock(root):
        _cleanup(out_dir, root, current_generation(out_dir))
        gen_id = time.strftime("%Y%m%dT%H%M%S") + f"-{time.time_ns() % 10**9:09d}-{uuid.uuid4().hex[:6]}"
        tmp = root / ("tmp-" + gen_id)
        try:
            old = current_generation(out_dir) if append else None
            if old is not None:
                src = ox.Store.read_only(str(old))
                src.backup(str(tmp))  # hard links to the immutable SST files: cheap
                del src
                store = ox.Store(str(tmp))
                for g in _graph_names(nquads):
                    if isinstance(g, ox.NamedNode) and g.value == ENTITY_GRAPH_IRI:
                        continue  # the entity graph accumulates across builds; articles replace theirs
                    if isinstance(g, ox.DefaultGraph):
                        store.clear_graph(g)
                    elif store.contains_named_graph(g):
                        store.remove_graph(g)
            else:
                store = ox.Store(str(tmp))
            _bulk_load(store, nquads)
            store.flush()
            count = len(store)
            del store  # close RocksDB before renaming its folder
            gen = root / gen_id
            _readers_lock_path(gen).touch()
            os.rename(tmp, gen)
            _fsync_dir(root)
            if before_publish is not None:
                try:
                    # e.g. the exports of the new store, written before anyone can see it
                    before_publish(gen)
                except BaseException:
                    shutil.rmtree(gen, ignore_errors=True)
                    _readers_lock_path(gen).unlink(missing_ok=True)
                    raise
            _publish(out_dir, gen)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _cleanup(out_dir, root, gen)
    return count


def _publish(out_dir: Path, gen: Path) -> None:
    """Point DIR/store at `gen` with one atomic rename."""
    link = out_dir / STORE_LINK
    if link.exists() and not link.is_symlink():
        # a plain store folder from elsewhere: move it aside (one-off, not atomic)
        os.rename(link, gen.parent / ("legacy-" + uuid.uuid4().hex[:8]))
    tmp_link = out_dir / f".store-link-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(gen, out_dir), tmp_link)
    os.replace(tmp_link, link)
    _fsync_dir(out_dir)


# --------------------------------------------------------------------------------------------
# reading


def query(out_dir: Path, sparql: str) -> QueryResult:
    """Run a SPARQL query on DIR's store in this process (default graph = union of the named
    graphs). The query passes kgbuild.sparql_guard first: no SERVICE, nothing deep enough to crash
    the parser. `kgbuild query` runs user queries in a killable process instead (kgbuild.query_worker)."""
    from .sparql_guard import QueryRefused, check

    try:
        check(sparql)
    except QueryRefused as e:
        raise StoreError(str(e)) from e
    store = _handle(out_dir).get()
    try:
        return store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as e:
        raise StoreError(f"malformed query: {e}".replace("\n", " ")) from e


def triple_count(out_dir: Path) -> int:
    """Number of distinct triples over all graphs (a triple in two articles counts once)."""
    r = query(out_dir, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    return int(next(iter(r))["n"].value)


def quad_count(out_dir: Path) -> int:
    return len(_handle(out_dir).get())


def graph_names(out_dir: Path) -> list[str]:
    return sorted(g.value for g in _handle(out_dir).get().named_graphs())


def _term_text(t: object, prefixes: dict[str, str] = PREFIXES) -> str:
    """A term as SPARQL writes it, so that it pastes back into a query: an IRI as a prefixed name
    when its local part needs no escapes, else as <IRI> exactly as stored (percent-escapes kept);
    a literal as its text, a blank node as _:id."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        from .sparql_guard import PLAIN_LOCAL_NAME

        value = t.value
        for p, ns in prefixes.items():
            if value.startswith(ns):
                local = value[len(ns):]
                if not local or PLAIN_LOCAL_NAME.fullmatch(local):
                    return f"{p}:{local}"
        return f"<{value}>"
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Literal):
        return t.value
    return str(t)


def _width(s: str) -> int:
    w = 0
    for c in s:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


def _table(variables: list[str], rows: list[list[str]]) -> str:
    widths = [_width(v) for v in variables]
    for r in rows:
        for i, cell in enumerate(r):
            widths[i] = max(widths[i], _width(cell))

    def line(cells: list[str]) -> str:
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(variables), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """SELECT -> aligned table (IRIs written so they paste back into a query, see _term_text) /
    SPARQL CSV / SPARQL JSON; ASK -> "true"/"false" (SPARQL JSON for fmt json);
    CONSTRUCT/DESCRIBE -> Turtle (table) or JSON-LD (json), no CSV. Consumes `result`."""
    if fmt not in ("table", "csv", "json"):
        raise ValueError(f"unknown format {fmt!r} (table, csv or json)")
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return result.serialize(format=ox.QueryResultsFormat.JSON).decode() + "\n"
        return "true\n" if bool(result) else "false\n"
    if isinstance(result, ox.QueryTriples):
        if fmt == "csv":
            raise ValueError("csv is for SELECT and ASK; CONSTRUCT and DESCRIBE give Turtle (table) or JSON-LD (json)")
        if fmt == "json":
            return ox.serialize(result, format=ox.RdfFormat.JSON_LD).decode() + "\n"
        return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode()
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode() + "\n"
    if fmt == "csv":
        return result.serialize(format=ox.QueryResultsFormat.CSV).decode()
    variables = [v.value for v in result.variables]
    rows = [[_term_text(sol[v]) for v in variables] for sol in result]
    rows = [[c.replace("\n", "⏎").replace("\r", "") for c in r] for r in rows]
    return _table(variables, rows)


# --------------------------------------------------------------------------------------------
# export


def export(out_dir: Path, fmt: str, dest: Path, source: ox.Store | None = None) -> None:
    """Write the store to `dest`: ttl/nt/jsonld = union of the named graphs as one set of triples,
    nq/trig = the named graphs as they are. Atomic (temporary file, then os.replace).
    `source`: an open store to export instead of DIR's current one (a build not yet published)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    rdf_format = EXPORT_FORMATS[fmt]
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    store = source if source is not None else _handle(out_dir).get()
    tmp = dest.parent / f".{dest.name}.tmp-{uuid.uuid4().hex[:8]}"
    try:
        with open(tmp, "wb") as f:
            if fmt in ("nq", "trig"):
                store.dump(f, format=rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
            else:
                triples = store.query(
                    "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }",
                    use_default_graph_as_union=True)
                prefixes = None if fmt == "nt" else PREFIXES
                ox.serialize(triples, f, format=rdf_format, prefixes=prefixes)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
