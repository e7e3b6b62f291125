"""The persistent Oxigraph store of a build: read-only access that follows new builds, queries.

A build (kgbuild.publish) stages its store and exports in one folder and publishes them together
by swapping one link; the layout of an output folder DIR is::

    DIR/store, DIR/graph.ttl, DIR/graph.trig, DIR/graph.html -> .current/...   (stable links)
    DIR/.current -> .builds/<id>          the published build
    DIR/.builds/<id>/store                its store (RocksDB); <id>/readers.lock: readers' flocks

Readers: :func:`open_store` resolves DIR/.current once and opens that build's store read-only. A
reader that opened the store before a publish keeps reading the build it opened (a consistent
snapshot) until it reopens; :class:`StoreHandle` (used by the server and :func:`query`) reopens
automatically when a new build is published. A build in use is pinned (a shared POSIX ``flock`` on
its readers.lock), so later builds do not delete it. ``oxigraph serve-read-only --location
DIR/store`` works too, but takes no lock. Older layouts (DIR/store -> .store.d/<gen>) and plain
store folders (e.g. made by ``oxigraph load``) are read as well.

The SPARQL default graph is the union of the named graphs everywhere in this module.
"""
from __future__ import annotations

import os
import threading
import time
import unicodedata
from pathlib import Path
from typing import Callable, Union

import pyoxigraph as ox

from .namespace import PREFIXES

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STORE_LINK = "store"
CURRENT_LINK = ".current"
BUILDS_DIR = ".builds"
GEN_DIR = BUILDS_DIR
LEGACY_GEN_DIR = ".store.d"      # the generations of kgbuild's older layout
READERS_LOCK = "readers.lock"
OUTPUTS = ("store", "graph.ttl", "graph.trig", "graph.html")   # what a build publishes in DIR

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]


class StoreError(Exception):
    """A store is missing, unreadable or being built by someone else (one-line message)."""


# --------------------------------------------------------------------------------------------
# paths and generations


def current_build(out_dir: Path) -> Path | None:
    """The folder of DIR's published build (DIR/.builds/<id>), or None (no build, or an older layout)."""
    link = Path(out_dir) / CURRENT_LINK
    try:
        target = os.readlink(link)
    except OSError:
        return None
    build = Path(target) if os.path.isabs(target) else link.parent / target
    return build if build.is_dir() else None


def current_generation(out_dir: Path) -> Path | None:
    """The folder of the store DIR/store leads to (the published build's), or None when DIR has none."""
    build = current_build(out_dir)
    if build is not None:
        return build / STORE_LINK if (build / STORE_LINK / "CURRENT").exists() else None
    link = Path(out_dir) / STORE_LINK
    if link.is_symlink():  # the older layout: DIR/store -> .store.d/<gen>
        target = Path(os.readlink(link))
        gen = target if target.is_absolute() else (link.parent / target)
        return gen if (gen / "CURRENT").exists() else None
    if (link / "CURRENT").exists():  # a plain store folder (e.g. made by `oxigraph load`)
        return link
    return None


def _published_key(out_dir: Path) -> str | None:
    """What identifies the published build (changes with every publish): one readlink."""
    for name in (CURRENT_LINK, STORE_LINK):
        try:
            return os.readlink(Path(out_dir) / name)
        except OSError:
            continue
    return None


def _readers_lock_path(gen: Path) -> Path:
    """The lock readers of the store folder `gen` hold (DIR/.builds/<id>/readers.lock)."""
    if gen.name == STORE_LINK and gen.parent.parent.name == BUILDS_DIR:
        return gen.parent / READERS_LOCK
    return gen.parent / (gen.name + ".readers")  # the older layout: .store.d/<gen>.readers


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
        self._lock = threading.Lock()
        self._store: ox.Store | None = None
        self._gen: Path | None = None
        self._target: str | None = None

    def get(self) -> ox.Store:
        target = _published_key(self.out_dir)
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


def handle_for(out_dir: Path) -> StoreHandle:
    key = str(Path(out_dir).resolve())
    h = _HANDLES.get(key)
    if h is None:
        h = _HANDLES.setdefault(key, StoreHandle(Path(out_dir)))
    return h


# --------------------------------------------------------------------------------------------
# building and exporting (kgbuild.publish, kgbuild.export; kept here for the callers that use them here)


def load_build(out_dir: Path, nquads: Path, append: bool = False,
               before_publish: Callable[[Path], None] | None = None) -> int:
    """See kgbuild.publish.load_build."""
    from .publish import load_build as run
    return run(out_dir, nquads, append=append, before_publish=before_publish)


def export(out_dir: Path, fmt: str, dest: Path | None = None, source: ox.Store | None = None) -> Path:
    """See kgbuild.export.export."""
    from .export import export as run
    return run(out_dir, fmt, dest, source=source)


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
    store = handle_for(out_dir).get()
    try:
        return store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as e:
        raise StoreError(f"malformed query: {e}".replace("\n", " ")) from e


def triple_count(out_dir: Path) -> int:
    """Number of distinct triples over all graphs (a triple in two articles counts once)."""
    r = query(out_dir, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    return int(next(iter(r))["n"].value)


def quad_count(out_dir: Path) -> int:
    return len(handle_for(out_dir).get())


def graph_names(out_dir: Path) -> list[str]:
    return sorted(g.value for g in handle_for(out_dir).get().named_graphs())


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
