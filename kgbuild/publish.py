"""Publishing a build: one lock, one staging folder, one atomic step.

Layout of an output folder DIR (kgbuild.store reads it)::

    DIR/store, DIR/graph.ttl, DIR/graph.trig, DIR/graph.html
                        stable symlinks into DIR/.current (made once, never swapped)
    DIR/.current     -> .builds/<id>: the published build; one os.replace of this link publishes
    DIR/.builds/<id>/   one complete, immutable build: store/ (RocksDB), graph.ttl, graph.trig,
                        graph.html, build.json, readers.lock (readers hold a shared flock on it)
    DIR/.builds/build.lock   held (exclusive flock) by the one build running in DIR, from before it
                        reads its first input until it has published
    DIR/.builds/tmp-<id>/    the build in progress: its N-Quads, store and exports (or the
                        leftovers of a killed build: the next build removes them)

A build stages the store *and* its exports in tmp-<id>, renames the folder to <id> and swaps
DIR/.current: a SIGKILL at any instant leaves either the old build or the new one, whole. Readers
resolve DIR/.current once and pin the build they use (kgbuild.store); old builds are deleted by a
later build once no reader holds them. A second build in DIR fails at once, before extracting
anything; no build ever touches another's staging folder.

Older layouts (DIR/store -> .store.d/<gen>, graph.* as plain files) are taken over by the first
build: their files are replaced by the links after that build is published.
"""
from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from .namespace import ENTITY_GRAPH_IRI
from .store import (BUILDS_DIR, CURRENT_LINK, LEGACY_GEN_DIR, OUTPUTS, READERS_LOCK, STORE_LINK, StoreError,
                    current_build)

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# leftovers of builds of older kgbuild versions in DIR itself (temporary N-Quads, staged exports)
_LEGACY_LEFTOVERS = (".build-*.nq", ".graph.*.part-*", "..graph.*", ".graph.*.tmp-*", ".store-link-*", ".current-*")


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


def _replace_link(link: Path, target: str) -> None:
    """Make `link` a symlink to `target` in one atomic step (whatever it was before)."""
    if link.is_symlink() and os.readlink(link) == target:
        return
    if link.is_dir() and not link.is_symlink():
        # a plain store folder from elsewhere (e.g. `oxigraph load --location DIR/store`): kept aside
        os.rename(link, link.parent / BUILDS_DIR / f"legacy-{link.name}-{uuid.uuid4().hex[:8]}")
    tmp = link.parent / f".current-{uuid.uuid4().hex}"
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _try_remove_build(path: Path, lock_path: Path) -> bool:
    """Delete a build folder unless a reader holds its lock; True if it is gone."""
    fd = -1
    try:
        if fcntl is not None:
            try:
                fd = os.open(lock_path, os.O_RDONLY)
            except FileNotFoundError:
                fd = -1
            else:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return False  # a reader still uses it: a later build retries
        trash = path.parent / f"trash-{path.name}"
        os.rename(path, trash)
        shutil.rmtree(trash, ignore_errors=True)
        if lock_path.parent != path:
            lock_path.unlink(missing_ok=True)
        return True
    finally:
        if fd >= 0:
            os.close(fd)


def cleanup(out_dir: Path, keep: Path | None) -> None:
    """Remove what killed builds left and every build but `keep` that no reader holds.
    Only ever called with the build lock held."""
    out_dir = Path(out_dir)
    for pattern in _LEGACY_LEFTOVERS:
        for p in out_dir.glob(pattern):
            if p.is_symlink() or p.is_file():
                p.unlink(missing_ok=True)
    root = out_dir / BUILDS_DIR
    if root.is_dir():
        for p in root.iterdir():
            if p.name.startswith(("tmp-", "trash-")):
                shutil.rmtree(p, ignore_errors=True)
            elif p.is_dir() and (keep is None or p.resolve() != keep.resolve()):
                _try_remove_build(p, p / READERS_LOCK)
    legacy = out_dir / LEGACY_GEN_DIR
    if legacy.is_dir():  # the generations of the older layout, once no reader is on them
        link = out_dir / STORE_LINK
        in_use = link.resolve() if link.is_symlink() else None
        for p in legacy.iterdir():
            if p.name.startswith(("tmp-", "trash-")):
                shutil.rmtree(p, ignore_errors=True)
            elif p.is_dir() and p.resolve() != in_use:
                _try_remove_build(p, p.parent / (p.name + ".readers"))
        if not any(p.is_dir() for p in legacy.iterdir()):
            shutil.rmtree(legacy, ignore_errors=True)


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold DIR's build lock (DIR/.builds/build.lock); StoreError at once if someone else holds it."""
    root = Path(out_dir) / BUILDS_DIR
    root.mkdir(parents=True, exist_ok=True)
    if fcntl is None:  # pragma: no cover - no flock: nothing to hold
        yield
        return
    fd = os.open(root / "build.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"another build is running in {out_dir}; wait for it to finish") from None
        yield
    finally:
        os.close(fd)  # releases the flock


class Build:
    """A build in progress in DIR: holds DIR's build lock and owns a staging folder.

        with Build(out_dir) as b:        # fails at once (StoreError) if another build runs in DIR
            ... write b.staging / "...", b.load(nquads), write exports into b.staging ...
            b.publish()                  # the one atomic step; without it nothing is published
    """

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.root = self.out_dir / BUILDS_DIR
        self.id = time.strftime("%Y%m%dT%H%M%S") + f"-{time.time_ns() % 10**9:09d}-{uuid.uuid4().hex[:6]}"
        self.staging = self.root / f"tmp-{self.id}"
        self.published: Path | None = None
        self._lock = build_lock(self.out_dir)

    def __enter__(self) -> "Build":
        self._lock.__enter__()
        try:
            cleanup(self.out_dir, current_build(self.out_dir))
            self.staging.mkdir()
        except BaseException as exc:
            self._lock.__exit__(type(exc), exc, exc.__traceback__)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.published is None:
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._lock.__exit__(None, None, None)

    def load(self, nquads: Path, append: bool = False) -> int:
        """Load an N-Quads file into the staged store; return the store's quad count.

        append=False: the store holds exactly the quads of `nquads`.
        append=True: start from the published store, drop every graph named in `nquads` and every
        graph of a document with the same dcterms:identifier (rebuilding an article replaces its
        graph, also one an older kgbuild named otherwise; the entity graph accumulates), then add
        `nquads`."""
        nquads = Path(nquads)
        if not nquads.is_file():
            raise StoreError(f"no such N-Quads file: {nquads}")
        dest = self.staging / STORE_LINK
        old_store = _published_store(self.out_dir) if append else None
        if old_store is not None:
            src = ox.Store.read_only(str(old_store))
            src.backup(str(dest))  # hard links to the immutable SST files: cheap
            del src
            store = ox.Store(str(dest))
            graphs, identifiers = _graphs_and_identifiers(nquads)
            for g in graphs | _graphs_of_documents(store, identifiers):
                if isinstance(g, ox.NamedNode) and g.value == ENTITY_GRAPH_IRI:
                    continue
                if isinstance(g, ox.DefaultGraph):
                    store.clear_graph(g)
                elif store.contains_named_graph(g):
                    store.remove_graph(g)
        else:
            store = ox.Store(str(dest))
        _bulk_load(store, nquads)
        store.flush()
        count = len(store)
        del store  # closes RocksDB
        return count

    def publish(self) -> Path:
        """Make the staged build the published one, in one atomic step; return its folder."""
        (self.staging / READERS_LOCK).touch()
        (self.staging / "build.json").write_text(json.dumps({"id": self.id}) + "\n", encoding="utf-8")
        for p in self.staging.iterdir():
            if p.is_file():
                _fsync_file(p)
        final = self.root / self.id
        os.rename(self.staging, final)
        _fsync_dir(self.root)
        _link_outputs(self.out_dir, final, legacy=False)   # a fresh DIR: links made before the swap
        _publish(self.out_dir, final)
        self.published = final
        _link_outputs(self.out_dir, final, legacy=True)    # an older layout: replaced after it
        cleanup(self.out_dir, final)
        return final


def _published_store(out_dir: Path) -> Path | None:
    """The folder of the published store (also in an older layout), or None."""
    build = current_build(out_dir)
    store = build / STORE_LINK if build is not None else (Path(out_dir) / STORE_LINK).resolve()
    return store if (store / "CURRENT").exists() else None


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _publish(out_dir: Path, final: Path) -> None:
    """Point DIR/.current at `final` with one atomic rename."""
    tmp = out_dir / f".current-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(final, out_dir), tmp)
    os.replace(tmp, out_dir / CURRENT_LINK)
    _fsync_dir(out_dir)


def link_output(out_dir: Path, name: str) -> None:
    """DIR/<name> -> .current/<name> (e.g. for an export added to the published build)."""
    _replace_link(Path(out_dir) / name, f"{CURRENT_LINK}/{name}")
    _fsync_dir(Path(out_dir))


def _link_outputs(out_dir: Path, final: Path, legacy: bool) -> None:
    """DIR/<name> -> .current/<name> for the store and every export of the build.

    legacy=False: only links that are missing (they resolve once DIR/.current is swapped).
    legacy=True: also replace what an older layout left (plain files, links to .store.d), and drop
    links to exports the new build does not have (e.g. a graph.nq exported from the previous build)."""
    names = set(OUTPUTS) | {p.name for p in final.iterdir() if p.name.startswith("graph.")}
    names |= {p.name for p in out_dir.iterdir() if p.name.startswith("graph.") and p.is_symlink()}
    for name in sorted(names):
        link = out_dir / name
        target = f"{CURRENT_LINK}/{name}"
        if not (final / name).exists():
            if legacy and link.is_symlink() and os.readlink(link) == target:
                link.unlink()
            continue
        if not legacy and (link.exists() or link.is_symlink()):
            continue
        _replace_link(link, target)
    _fsync_dir(out_dir)


_IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")


def _graphs_and_identifiers(nquads: Path) -> tuple[set, set[ox.Literal]]:
    """The graph names of an N-Quads file, and the dcterms:identifier values in it."""
    graphs, identifiers = set(), set()
    for q in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
        graphs.add(q.graph_name)
        if q.predicate == _IDENTIFIER and isinstance(q.object, ox.Literal):
            identifiers.add(q.object)
    return graphs, identifiers


def _graphs_of_documents(store: ox.Store, identifiers: set[ox.Literal]) -> set:
    """The graphs in which a document has one of these identifiers (file names)."""
    return {q.graph_name for ident in identifiers for q in store.quads_for_pattern(None, _IDENTIFIER, ident, None)}


def _bulk_load(store: ox.Store, nquads: Path) -> None:
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)


def load_build(out_dir: Path, nquads: Path, append: bool = False,
               before_publish: Callable[[Path], None] | None = None) -> int:
    """Atomically (re)build DIR's store from an N-Quads file; return the store's quad count.

    before_publish(staging): e.g. writes the exports of the staged store into the staging folder,
    so that they are published with it. See Build.load for `append`."""
    with Build(out_dir) as b:
        count = b.load(nquads, append=append)
        if before_publish is not None:
            before_publish(b.staging)
        b.publish()
    return count


__all__ = ["Build", "build_lock", "cleanup", "link_output", "load_build"]
