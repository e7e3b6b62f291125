"""kgbuild.sparql_guard (what a query is, what is refused) and kgbuild.sparql_formats (media types)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgbuild import sparql_formats as F
from kgbuild.sparql_guard import MAX_CHARS, MAX_DEPTH, MAX_OPERATORS, QueryRefused, check, inspect
from serving import Listener


@pytest.mark.parametrize("query", [
    'SELECT * { ?s ?p ?o } # SERVICE <http://x> { ?a ?b ?c }',
    'SELECT * { ?s ?p "SERVICE <http://x> {}" }',
    "SELECT * { ?s ?p '''a\nSERVICE <http://x> {}''' }",
    'SELECT * { ?s ?p """it\'s "SERVICE" """ }',
    'SELECT * { ?s <http://x/SERVICE> ?o }',
    'PREFIX service: <http://x/> SELECT * { ?s service:SERVICE ?o }',
    'SELECT ?service { ?s ?p ?service }',
    'SELECT * { ?s ?p "x"@service }',
    'SELECT * { _:service ?p ?o }',
    'SELECT * { ?s ?p "a\\"SERVICE" }',
])
def test_service_in_strings_iris_comments_and_names_is_no_service(query: str) -> None:
    assert not inspect(query).uses_service
    check(query)


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://x> { ?s ?p ?o } }",
    "select * { service silent <http://x> { ?s ?p ?o } }",
    "SELECT * { { SELECT * { OPTIONAL { SeRvIcE ?endpoint { ?s ?p ?o } } } } }",
    "SELECT * { ?s ?p ?o MINUS { SERVICE<http://x>{?s ?p ?o} } }",
    "ASK { FILTER EXISTS { SERVICE <http://x> { ?s ?p ?o } } }",
    "SELECT * { ?s ?p ?o } #x\rSERVICE <http://x> {}",            # a comment ends at CR as well
    'SELECT * { ?s ?p "unterminated SERVICE <http://x> { ?a ?b ?c }',  # cannot read it: the word shows
])
def test_service_anywhere_is_refused(query: str) -> None:
    assert inspect(query).uses_service
    with pytest.raises(QueryRefused, match="SERVICE is not allowed") as e:
        check(query)
    assert e.value.status == 400
    check(query, allow_service=True)


def test_shape() -> None:
    assert inspect("PREFIX a: <http://x#> SELECT * { ?s ?p ?o }").form == "select"
    assert inspect("ASK {}").form == "ask" and not inspect("ASK {}").gives_graph
    assert inspect("CONSTRUCT WHERE { ?s ?p ?o }").gives_graph
    assert inspect("DESCRIBE <http://x>").gives_graph
    assert inspect("SELECT * FROM <http://g> { ?s ?p ?o }").has_dataset
    assert inspect("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }").has_dataset
    assert not inspect("SELECT * { ?s ?p 'FROM' }").has_dataset


@pytest.mark.parametrize("update", [
    "# comment\nPREFIX ex: <http://example.com/>\nDELETE WHERE { ?s ?p ?o }", "load <file:///etc/passwd>",
    "CLEAR ALL", "  drop   silent graph <urn:x>", "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "INSERT DATA { <a:b> <a:b> <a:b> }", "SELECT * {} ; DROP ALL",
])
def test_updates_are_403(update: str) -> None:
    with pytest.raises(QueryRefused, match="read-only") as e:
        check(update)
    assert e.value.status == 403


def test_depth_and_operator_limits() -> None:
    deep = "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + " = 1) }"
    with pytest.raises(QueryRefused, match="too deeply nested: 5,002 levels"):
        check(deep)
    fine = "ASK { FILTER(" + "(" * (MAX_DEPTH - 2) + "1" + ")" * (MAX_DEPTH - 2) + " = 1) }"
    assert check(fine).depth == MAX_DEPTH
    with pytest.raises(QueryRefused, match="too complex"):
        check("ASK { FILTER(" + "!" * 10_000 + "true) }")
    with pytest.raises(QueryRefused, match="too complex"):
        check("SELECT * { " + " ".join(f"BIND({i} AS ?v{i})" for i in range(4000)) + " }")
    # long lists of values are data, not operators
    values = "SELECT * { VALUES (?a ?b) { " + " ".join(f"({i} 'x{i}')" for i in range(50_000)) + " } }"
    assert check(values).operators < 20
    assert check("ASK { FILTER(1 IN (" + ",".join(str(i) for i in range(50_000)) + ")) }").operators < 20
    with pytest.raises(QueryRefused, match="too long"):
        check("SELECT * {} #" + "x" * MAX_CHARS)
    assert MAX_OPERATORS >= 1000


def test_every_stock_query_passes() -> None:
    from pathlib import Path
    for path in sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq")):
        shape = check(path.read_text(encoding="utf-8"))
        assert shape.form == "select" and not shape.uses_service, path.name


# -- the guard and Oxigraph agree ------------------------------------------------------------

_DECOYS = [
    '?s ?p "SERVICE <{url}> {{ ?a ?b ?c }}" .',
    "?s ?p '''\nSERVICE <{url}> {{ ?a ?b ?c }}''' .",
    "# SERVICE <{url}> {{ ?a ?b ?c }}\n",
    "?s <{url}/SERVICE> ?o .",
    "?s service:SERVICE ?o .",
    "?service ?p ?o .",
    '?s ?p "x"@service .',
    "_:service ?p ?o .",
    'FILTER(STR(?s) != "service")',
    "OPTIONAL {{ ?s ?p ?o2 }}",
    "{{ SELECT ?s {{ ?s ?p ?o }} }}",
]
_REAL = [
    "SERVICE <{url}> {{ ?a ?b ?c }}",
    "OPTIONAL {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "{{ SELECT * {{ sErViCe\n<{url}>{{?a ?b ?c}} }} }}",
    "MINUS {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
]


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.close()


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(_DECOYS), max_size=6), real=st.one_of(st.none(), st.sampled_from(_REAL)),
       at=st.integers(min_value=0, max_value=6))
def test_guard_sees_service_exactly_when_oxigraph_would_call_out(listener: Listener, parts: list[str],
                                                                 real: str | None, at: int) -> None:
    # a blank node label may not recur across groups (a syntax error): one label per decoy
    body = [p.format(url=listener.url).replace("_:service", f"_:service{i}") for i, p in enumerate(parts)]
    if real is not None:
        body.insert(min(at, len(body)), real.format(url=listener.url))
    query = "PREFIX service: <http://x/>\nSELECT * WHERE { ?s ?p ?o . " + " ".join(body) + " }"
    assert inspect(query).uses_service == (real is not None)
    if real is None:  # what the guard lets through, Oxigraph runs without calling anyone
        hits = len(listener.hits)
        store = ox.Store()
        store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o")))
        try:
            list(store.query(query))
        except SyntaxError:
            return  # decoys that make no query together (a blank node label in two patterns): nothing runs
        assert len(listener.hits) == hits


# -- media types -----------------------------------------------------------------------------


@pytest.mark.parametrize("accept, graph, expected", [
    (None, False, "application/sparql-results+json"),
    (None, True, "text/turtle"),
    ("*/*", True, "text/turtle"),
    ("application/json", False, "application/sparql-results+json"),
    ("application/json", True, "application/ld+json"),
    ("text/tab-separated-values;q=0.9, text/csv;q=0.1", False, "text/tab-separated-values"),
    ("application/sparql-results+xml,application/rdf+xml,*/*", True, "application/rdf+xml"),  # SPARQLWrapper
    ("application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3", True, "text/turtle"),
    ("text/html,*/*;q=0.8", False, "application/sparql-results+json"),
    ("text/html", False, None),
    ("text/csv;q=0", False, None),
    ("text/csv;q=nan", False, None),
    ("application/sparql-results+json", True, None),
])
def test_negotiate(accept: str | None, graph: bool, expected: str | None) -> None:
    assert F.negotiate(accept, graph) == expected


def test_format_parameter() -> None:
    assert F.negotiate("text/csv", False, ["json"]) == "application/sparql-results+json"
    assert F.negotiate(None, True, ["xml"]) == "application/rdf+xml"
    assert F.negotiate(None, True, ["rdf+xml", "application/rdf+xml"]) == "application/rdf+xml"
    assert F.negotiate("text/csv", False, ["turtle"]) == "text/csv"  # does not fit SELECT: Accept decides
    assert F.negotiate(None, False, ["nonsense"]) == "application/sparql-results+json"
