"""A build's graph as files: Turtle, N-Triples, N-Quads, TriG and JSON-LD.

ttl, nt: the union of the named graphs as one set of triples; nq, trig, jsonld: the named graphs
as they are (one per article, and the entity graph). Turtle, TriG and JSON-LD use the prefixes of
kgbuild.namespace.EXPORT_PREFIXES; the IRIs kgbuild mints have local names that need no escape
(kgbuild.rdf), so every prefixed name is written plainly: stores that keep the backslashes of
escaped names in the IRI (Virtuoso 7.2) read the same graph as the others. Should a store hold an
IRI a prefix cannot cover plainly (a store built elsewhere), the file is written again with full
<IRI>s for kgbuild's resources instead. Every file is written atomically (a temporary file, then
a rename), so a reader never sees half of one.
"""
from __future__ import annotations

import json
import mmap
import os
import re
import uuid
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

import pyoxigraph as ox

from .namespace import EXPORT_PREFIXES, VOCABULARY_PREFIXES
from .store import StoreHandle, handle_for, current_build

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
EXPORT_FORMATS = RDF_FORMATS  # the name kgbuild.store used

_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# every backslash a Turtle writer outputs starts an escape pair; in a string it is one of \\ \" \n
# \r \t \b \f \u \U, in a prefixed name one of these (PN_LOCAL_ESC)
_ESCAPE_PAIR = re.compile(rb"\\(.)", re.S)
_NAME_ESCAPES = frozenset(b"_~.-!$&'()*+,;=/?#@%")


def has_escaped_names(data: bytes | mmap.mmap) -> bool:
    """True if Turtle/TriG text `data` has a prefixed name with a backslash escape in it."""
    return any(m.group(1)[0] in _NAME_ESCAPES for m in _ESCAPE_PAIR.finditer(data))


def _file_has_escaped_names(path: Path) -> bool:
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return False
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:  # not read into memory
            return has_escaped_names(data)


def write_rdf(store: ox.Store, fmt: str, f: BinaryIO, prefixes: dict[str, str] | None = None) -> None:
    """Serialise `store` as `fmt` into the binary file `f` (see the module docstring)."""
    prefixes = EXPORT_PREFIXES if prefixes is None else prefixes
    if fmt == "nq":
        store.dump(f, format=ox.RdfFormat.N_QUADS)
    elif fmt == "trig":
        store.dump(f, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    elif fmt in ("ttl", "nt"):
        triples = store.query(_UNION, use_default_graph_as_union=True)
        ox.serialize(triples, f, format=RDF_FORMATS[fmt], prefixes=None if fmt == "nt" else prefixes)
    elif fmt == "jsonld":
        write_jsonld(store, f, prefixes)
    else:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(RDF_FORMATS)})")


def write_file(store: ox.Store, fmt: str, dest: Path) -> Path:
    """Write `store` as `fmt` to `dest`, atomically; Turtle and TriG without escaped names."""
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(RDF_FORMATS)})")

    def write(tmp: Path) -> None:
        for prefixes in (EXPORT_PREFIXES, VOCABULARY_PREFIXES, {}):
            with open(tmp, "wb") as f:
                write_rdf(store, fmt, f, prefixes)
            if fmt not in ("ttl", "trig") or not _file_has_escaped_names(tmp):
                return

    return write_atomic(Path(dest), write)


def write_atomic(dest: Path, write: Callable[[Path], None]) -> Path:
    """write(tmp) fills a temporary file next to `dest`, which then replaces `dest` in one rename."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f".{dest.name}.tmp-{uuid.uuid4().hex[:8]}"
    try:
        write(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def export(out_dir: Path, fmt: str, dest: Path | None = None, source: ox.Store | None = None) -> Path:
    """Write DIR's graph as `fmt` to `dest`; returns the path written.

    dest None: DIR/graph.<fmt>, written into the published build's folder and linked from DIR like
    the build's own exports, so that it always belongs to the build next to it (the next build
    drops the link instead of leaving a stale file). `source`: an open store to export instead of
    DIR's published one."""
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(RDF_FORMATS)})")
    if dest is not None:
        store = source if source is not None else handle_for(out_dir).get()
        return write_file(store, fmt, dest)
    return export_into_build(out_dir, f"graph.{fmt}", lambda store, path: write_file(store, fmt, path))


def export_into_build(out_dir: Path, name: str, write: Callable[[ox.Store, Path], object]) -> Path:
    """DIR/<name> -> .current/<name>: write(store, path) makes the file in the published build.

    Holds DIR's build lock meanwhile, so no build publishes in between (one that starts fails at
    once, as does this call while a build runs). In an older layout the file goes into DIR."""
    from .publish import build_lock, link_output

    out_dir = Path(out_dir)
    with build_lock(out_dir):
        build = current_build(out_dir)
        handle = StoreHandle(out_dir)
        try:
            store = handle.get()
            if build is None:
                write(store, out_dir / name)
                return out_dir / name
            write(store, build / name)
        finally:
            handle.close()
        link_output(out_dir, name)
    return out_dir / name


# --------------------------------------------------------------------------------------------
# JSON-LD


class _Compact:
    """IRI -> prefix:local with the longest namespace that fits, else the IRI itself (memoised:
    the same IRIs come back for every statement)."""

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.memo: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        got = self.memo.get(iri)
        if got is None:
            got = iri
            for p, ns in self.prefixes:
                if iri.startswith(ns) and not iri[len(ns):].startswith("//"):
                    got = f"{p}:{iri[len(ns):]}"
                    break
            if len(self.memo) < 1_000_000:
                self.memo[iri] = got
        return got


def _jsonld_term(t: object, compact: _Compact) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"@id": compact(t.value)}
    if isinstance(t, ox.BlankNode):
        return {"@id": f"_:{t.value}"}
    if isinstance(t, ox.Literal):
        if t.language:
            return {"@value": t.value, "@language": t.language}
        if t.datatype is not None and t.datatype.value != _XSD_STRING:
            return {"@value": t.value, "@type": compact(t.datatype.value)}
        return {"@value": t.value}
    raise TypeError(f"cannot write {t!r} as JSON-LD")


def _jsonld_nodes(quads: Iterable[ox.Quad], compact: _Compact) -> list[dict]:
    """The node objects of one graph, sorted by subject, properties and values in a fixed order."""
    nodes: dict[str, dict[str, list]] = {}
    for q in quads:
        s = _jsonld_term(q.subject, compact)["@id"]
        p = q.predicate.value
        key = "@type" if p == _RDF_TYPE and isinstance(q.object, ox.NamedNode) else compact(p)
        value = compact(q.object.value) if key == "@type" else _jsonld_term(q.object, compact)
        nodes.setdefault(s, {}).setdefault(key, []).append(value)
    out = []
    for s in sorted(nodes):
        node: dict = {"@id": s}
        props = nodes[s]
        for key in sorted(props, key=lambda k: (k != "@type", k)):
            values = props[key]
            node[key] = values if len(values) == 1 else \
                sorted(values, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        out.append(node)
    return out


def write_jsonld(store: ox.Store, f: BinaryIO, prefixes: dict[str, str] = EXPORT_PREFIXES) -> None:
    """JSON-LD 1.1 with a @context of the prefixes and one named graph object per graph
    ({"@id": graph, "@graph": [nodes]}); triples of the default graph, if any, are top-level nodes."""
    def dump(obj: object) -> bytes:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    compact = _Compact(prefixes)
    f.write(b'{"@context":' + dump(dict(prefixes)) + b',\n"@graph":[')
    first = True
    top = _jsonld_nodes(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), compact)
    for node in top:
        f.write((b"\n" if first else b",\n") + dump(node))
        first = False
    for g in sorted(store.named_graphs(), key=lambda g: str(g)):
        nodes = _jsonld_nodes(store.quads_for_pattern(None, None, None, g), compact)
        head = dump({"@id": _jsonld_term(g, compact)["@id"]})[:-1] + b',"@graph":['
        f.write((b"\n" if first else b",\n") + head + b",\n".join(dump(n) for n in nodes) + b"]}")
        first = False
    f.write(b"\n]}\n")


__all__ = ["EXPORT_FORMATS", "RDF_FORMATS", "export", "export_into_build", "has_escaped_names", "write_atomic",
           "write_file", "write_jsonld", "write_rdf"]
