"""Validate an exported graph against the SHACL shapes in ontology/shapes.ttl.

The graph is validated as one graph: the union of the per-article named graphs, which is what the
scorer and the SPARQL queries read. pyshacl runs with the ontology (ontology/kgbuild.ttl) as
``ont_graph`` and RDFS inference, so an instance of a subclass counts as an instance of its
superclass and concepts are known to be in their schemes. Violations make the graph
non-conforming; warnings (sh:Warning shapes: entity typed twice, cue outside its sentence) are
listed in the report but do not.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyshacl
from rdflib import Dataset, Graph
from rdflib.graph import ConjunctiveGraph

from .resources import ontology_path, shapes_path

FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def union_graph(data: Graph) -> Graph:
    """A plain Graph holding every triple of `data`, whichever graph of a dataset it is in."""
    if not isinstance(data, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph too
        return data
    g = Graph()
    for prefix, ns in data.namespaces():
        g.bind(prefix, ns, override=False)
    for s, p, o, _ in data.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def validate_graph(data: Graph, inference: str = "rdfs") -> tuple[bool, str]:
    """(conforms, report text). A Dataset is validated as the union of its graphs."""
    conforms, _results, text = pyshacl.validate(
        union_graph(data),
        shacl_graph=_shapes(),
        ont_graph=_ontology(),
        inference=inference,
        allow_warnings=True,
        advanced=False,
    )
    return bool(conforms), str(text)


def read_graph(path: Path) -> Graph:
    """Read a .ttl / .trig / .nq / .nt / .jsonld file as the union of its graphs."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    ds = Dataset()
    ds.parse(path, format=fmt)
    return union_graph(ds)


def validate_path(path: Path, inference: str = "rdfs") -> tuple[bool, str]:
    """Validate the graph in `path` (see read_graph). A missing or unreadable file does not conform."""
    path = Path(path)
    if not path.is_file():
        return False, f"{path}: no such file"
    try:
        g = read_graph(path)
    except Exception as exc:  # a syntax error is a validation failure, reported in one line
        return False, f"{path}: cannot parse: {exc}"
    return validate_graph(g, inference=inference)
