"""Exports every store reads the same (issue 12): graph.ttl, graph.trig, graph.nq and graph.jsonld
of the seeds' build read by pyoxigraph, rdflib, Raptor (rapper) and Serd (serdi), and graph.ttl,
graph.trig and graph.nq loaded into Debian's Virtuoso with its bulk loader: the same quads as the
store, and the same answers to the stock queries as pyoxigraph."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from triplestores import oxigraph_quads, parse_quads, rdflib_quads, select_rows, with_raptor, with_serd

from kgbuild import store as S
from kgbuild.export import RDF_FORMATS, has_escaped_names
from kgbuild.resources import queries_dir

FORMATS = ("ttl", "trig", "nq")
PORTABLE = sorted(p for p in queries_dir().glob("*.rq") if not p.name.endswith(".oxigraph.rq"))
SYNTAX = {"ttl": "turtle", "trig": "trig", "nq": "nquads"}


@pytest.fixture(scope="module")
def exports(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("exports")
    files = {fmt: Path(shutil.copy(seed_build / f"graph.{fmt}", d / f"graph.{fmt}")) for fmt in ("ttl", "trig")}
    for fmt in ("nq", "jsonld"):
        files[fmt] = S.export(seed_build, fmt, d / f"graph.{fmt}")
    return files


@pytest.fixture(scope="module")
def expected(seed_build: Path) -> dict[str, set]:
    """The store's quads, and its triples (the union of its graphs: what graph.ttl holds)."""
    st = S.open_store(seed_build)
    try:
        quads = oxigraph_quads(st)
    finally:
        S.close_store(st)
    return {"quads": quads, "triples": {(s, p, o, None) for s, p, o, _ in quads}}


def want(expected: dict[str, set], fmt: str) -> set:
    return expected["triples"] if fmt == "ttl" else expected["quads"]


def test_turtle_and_trig_use_no_escapes_in_prefixed_names(exports: dict[str, Path]) -> None:
    for fmt in ("ttl", "trig"):
        text = exports[fmt].read_bytes()
        assert not has_escaped_names(text)
        assert b"@prefix person: <https://w3id.org/kgbuild/resource/entity/person/>" in text


@pytest.mark.parametrize("fmt", FORMATS + ("jsonld",))
def test_pyoxigraph_and_rdflib_read_the_same_quads(exports: dict[str, Path], expected: dict[str, set],
                                                   fmt: str) -> None:
    assert parse_quads(exports[fmt], RDF_FORMATS[fmt]) == want(expected, fmt)
    rdflib_format = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    assert rdflib_quads(exports[fmt], rdflib_format) == want(expected, fmt)


@pytest.mark.parametrize("tool", ["rapper", "serdi"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_raptor_and_serd_read_the_same_quads(exports: dict[str, Path], expected: dict[str, set], fmt: str,
                                             tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed (Debian: apt-get install {'raptor2-utils' if tool == 'rapper' else tool})")
    read = with_raptor if tool == "rapper" else with_serd
    assert read(exports[fmt], SYNTAX[fmt]) == want(expected, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_virtuoso_loads_the_same_quads_and_answers_the_stock_queries_alike(
        virtuoso, exports: dict[str, Path], expected: dict[str, set], fmt: str) -> None:
    virtuoso.clear()
    virtuoso.load(exports[fmt])
    try:
        assert virtuoso.quads() == want(expected, fmt)
        # the same file in pyoxigraph, queried as kgbuild queries (default graph = union of the graphs)
        local = ox.Store()
        local.load(path=str(exports[fmt]), format=RDF_FORMATS[fmt])
        for path in PORTABLE:
            query = path.read_text(encoding="utf-8")
            rows = select_rows(local.query(query, use_default_graph_as_union=True))
            names, got = virtuoso.select(query)
            assert rows, path.name
            assert got == rows, f"{path.name} on {fmt}: Virtuoso answers otherwise"
    finally:
        virtuoso.clear()
