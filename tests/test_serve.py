"""kgbuild.serve: the SPARQL 1.1 Protocol, driven through `kgbuild serve` (granian) by plain HTTP
and by real clients: SPARQLWrapper, rdflib's SPARQLStore, and a federated SERVICE from Oxigraph."""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
import warnings
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Dataset
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kgbuild import serve as srv
from kgbuild import store as S
from kgbuild.namespace import ENTITY_GRAPH_IRI, KG_IRI, RES_IRI
from kgbuild.rdf import add_document
from kgbuild.records import DocumentRecord, EntityRecord, StatementRecord
from serving import ROOT, Server, call, get, niced, raw_request

KG = KG_IRI
ABD = "عبد الله"
QUOTE = 'إن "السلام" ممكن\nوقريب'
SELECT = f"SELECT ?s ?q WHERE {{ ?s <{KG}quote> ?q }} ORDER BY ?s"
CONSTRUCT = f"CONSTRUCT {{ ?s <{KG}quote> ?q }} WHERE {{ ?s <{KG}quote> ?q }}"
DESCRIBE = f"DESCRIBE ?s WHERE {{ ?s <{KG}quote> ?q }}"
ASK = f'ASK {{ ?s ?p "{ABD}"@ar }}'
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
N_DOCS = 10


def make_doc(i: int) -> DocumentRecord:
    skey = "person:" + ABD.replace(" ", "_")
    ents = {skey: EntityRecord(key=skey, type="Person", label=ABD, forms={ABD}),
            "Q1065": EntityRecord(key="Q1065", type="Organization", label="الأمم المتحدة", wikidata="Q1065")}
    st = StatementRecord(speaker=skey, cue="قال", cue_lemma="قال", act="say", stance="neutral", quote=QUOTE,
                         quote_type="direct", cue_span=(10 + i, 13 + i), quote_span=(14, 40), speaker_span=(0, 8),
                         sentence_span=(0, 50), sentence_index=0, about=["Q1065"])
    return DocumentRecord(doc_id=f"{i:03d}_doc.txt", title=f"خبر {i}", text="ن" * 60, entities=ents,
                          statements=[st])


def build_store(dest: Path, docs: range) -> Path:
    ds = Dataset()
    for i in docs:
        add_document(ds, make_doc(i))
    nq = dest.parent / f"{dest.name}.nq"
    ds.serialize(str(nq), format="nquads", encoding="utf-8")
    S.load_build(dest, nq)
    return dest


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "out", range(N_DOCS))


@pytest.fixture(scope="module")
def server(out_dir: Path):
    s = Server(out_dir, "--timeout", "3", "--max-body", "100000")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def base(server: Server) -> str:
    return server.base


def count(base: str, query: str = COUNT, **kw) -> int:
    status, _, body = get(base, query, **kw)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def graph_size(out_dir: Path, graph: str) -> int:
    return int(next(iter(S.query(out_dir, f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")))["n"].value)


# -- results and media types -------------------------------------------------------------------


def test_select_in_every_result_type(base: str) -> None:
    status, h, body = get(base, SELECT)
    assert status == 200 and h["content-type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert len(data["results"]["bindings"]) == N_DOCS
    b = data["results"]["bindings"][0]["q"]
    assert b["value"] == QUOTE and b["xml:lang"] == "ar"

    status, h, body = get(base, SELECT, headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and h["content-type"].startswith("application/sparql-results+xml")
    assert b"<sparql" in body and "السلام".encode() in body

    status, h, body = get(base, SELECT, headers={"Accept": "text/csv"})
    assert status == 200 and h["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["s", "q"] and rows[1][1] == QUOTE and len(rows) == N_DOCS + 1

    status, h, body = get(base, SELECT, headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and h["content-type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?s\t?q"


@pytest.mark.parametrize("accept, params, expected", [
    ("text/csv;q=0.5, application/sparql-results+xml", {}, "application/sparql-results+xml"),
    ("application/json", {"format": "csv"}, "text/csv"),                 # format= wins where it fits
    ("text/html,application/xhtml+xml,*/*;q=0.8", {}, "application/sparql-results+json"),  # a browser
    ("application/xml", {}, "application/sparql-results+xml"),
    ("text/*", {}, "text/csv"),
    ("text/csv;q=0, */*;q=0.1", {}, "application/sparql-results+json"),
    (None, {"format": "turtle"}, "application/sparql-results+json"),      # a graph format: ignored for SELECT
])
def test_accept_and_format_negotiation(base: str, accept: str | None, params: dict, expected: str) -> None:
    status, h, _ = get(base, SELECT, params=params, headers={"Accept": accept} if accept else {})
    assert status == 200 and h["content-type"].startswith(expected)


@pytest.mark.parametrize("query, accept", [
    (SELECT, "text/html"),
    (SELECT, "text/turtle"),
    (ASK, "application/rdf+xml, text/html;q=0.9"),
    (CONSTRUCT, "application/sparql-results+json"),
    (CONSTRUCT, "text/csv, text/html"),
    (SELECT, "*/*;q=0"),
])
def test_accept_nothing_can_satisfy_is_406_listing_the_types(base: str, query: str, accept: str) -> None:
    status, h, body = get(base, query, headers={"Accept": accept})
    assert status == 406, body
    text = body.decode()
    assert text.count("\n") == 1
    wanted = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json") \
        if query == CONSTRUCT else ("application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values")
    for media_type in wanted:
        assert media_type in text


@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML), ("application/ld+json", ox.RdfFormat.JSON_LD),
])
def test_construct_and_describe_in_every_graph_type(base: str, out_dir: Path, accept: str,
                                                     fmt: ox.RdfFormat) -> None:
    for query in (CONSTRUCT, DESCRIBE):
        status, h, body = get(base, query, headers={"Accept": accept})
        assert status == 200 and h["content-type"].startswith(accept), body[:200]
        triples = {q.triple for q in ox.parse(body, format=fmt)}
        expected = set(S.query(out_dir, query))
        assert triples == expected and len(triples) >= N_DOCS
        assert ox.Literal(QUOTE, language="ar") in {t.object for t in triples}


def test_graph_format_parameter_and_default(base: str) -> None:
    status, h, _ = get(base, CONSTRUCT)
    assert status == 200 and h["content-type"].startswith("text/turtle")
    for value, media_type in (("xml", "application/rdf+xml"), ("json", "application/ld+json"),
                              ("ntriples", "application/n-triples"), ("application/rdf+xml", "application/rdf+xml")):
        status, h, _ = get(base, CONSTRUCT, params={"format": value})
        assert status == 200 and h["content-type"].startswith(media_type), value


def test_ask(base: str) -> None:
    status, _, body = get(base, ASK)
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = get(base, "ASK { ?s ?p <urn:none> }", headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and b"<boolean>false</boolean>" in body
    for accept in ("text/csv", "text/tab-separated-values"):
        status, _, body = get(base, ASK, headers={"Accept": accept})
        assert status == 200 and body.strip() == b"true"


# -- requests ----------------------------------------------------------------------------------


def test_post_body_form_and_chunked(server: Server) -> None:
    base = server.base
    status, _, body = call(f"{base}/sparql", SELECT.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == N_DOCS
    form = urlencode({"query": SELECT}).encode()
    status, h, body = call(f"{base}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                    "Accept": "text/csv"})
    assert status == 200 and list(csv.reader(io.StringIO(body.decode())))[1][1] == QUOTE
    status, _, _ = call(f"{base}/sparql", b"x", {"Content-Type": "text/plain"})
    assert status == 415
    # a chunked body, in two chunks
    q = COUNT.encode()
    chunked = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (10, q[:10], len(q) - 10, q[10:])
    head = raw_request(server.port, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n"
                                    b"Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n"
                                    b"Connection: close\r\n\r\n" + chunked)
    assert head.startswith(b"HTTP/1.1 200"), head


def test_dataset_parameters(base: str, out_dir: Path) -> None:
    graphs = S.graph_names(out_dir)
    articles = [g for g in graphs if g != ENTITY_GRAPH_IRI]
    all_quads = count(base)
    triples = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    # one default graph, two (repeated parameter), and the union (no parameter)
    one = count(base, triples, params={"default-graph-uri": articles[0]})
    assert one == graph_size(out_dir, articles[0])
    status, _, body = call(f"{base}/sparql?" + urlencode([("query", triples), ("default-graph-uri", articles[0]),
                                                          ("default-graph-uri", articles[1])]))
    assert status == 200
    two = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert one < two <= 2 * one
    # named graphs: only those given are visible to GRAPH; none given with a default graph: none
    assert count(base, params={"named-graph-uri": articles[2]}) == graph_size(out_dir, articles[2])
    assert count(base, params={"default-graph-uri": ENTITY_GRAPH_IRI}) == 0
    assert count(base) == all_quads
    # POSTed forms carry them too, and a query body takes them from the URL
    form = urlencode([("query", triples), ("default-graph-uri", ENTITY_GRAPH_IRI)]).encode()
    status, _, body = call(f"{base}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == graph_size(out_dir, ENTITY_GRAPH_IRI)
    status, _, body = call(f"{base}/sparql?named-graph-uri={articles[0]}", COUNT.encode(),
                           {"Content-Type": "application/sparql-query"})
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == graph_size(out_dir, articles[0])
    # the query's own FROM, when the request names no dataset
    assert count(base, f"SELECT (COUNT(*) AS ?n) FROM <{articles[3]}> {{ ?s ?p ?o }}") == \
        graph_size(out_dir, articles[3])
    status, _, body = get(base, triples, params={"default-graph-uri": "not an iri"})
    assert status == 400 and b"default-graph-uri" in body


def test_malformed_and_refused_queries_are_one_line(base: str) -> None:
    status, _, body = get(base, "SELECT * WHERE { ?s ?p ")
    assert status == 400 and body.startswith(b"malformed query") and b"error at" in body
    assert body.count(b"\n") == 1
    status, _, _ = call(f"{base}/sparql")
    assert status == 400
    status, _, body = get(base, "PREFIX ex: <http://example.com/>\nINSERT DATA { GRAPH ex:g { ex:a ex:b ex:c } }")
    assert status == 403 and b"read-only" in body


def test_updates_are_refused_and_data_unchanged(base: str) -> None:
    before = count(base)
    upd = "PREFIX ex: <http://example.com/>\nINSERT DATA { GRAPH ex:g { ex:a ex:b ex:c } }"
    status, _, _ = call(f"{base}/sparql", urlencode({"update": upd}).encode(),
                        {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, _ = call(f"{base}/sparql", upd.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = call(f"{base}/sparql", b"DROP ALL", {"Content-Type": "application/sparql-query"})
    assert status == 403
    status, h, _ = call(f"{base}/sparql?graph=urn:x", b"<a:b> <a:b> <a:b> .",
                        {"Content-Type": "application/n-triples"}, method="PUT")
    assert status == 405 and "POST" in h["allow"]
    assert count(base) == before


def test_huge_body_is_413_and_the_server_goes_on(base: str) -> None:
    big = b"SELECT * { ?s ?p ?o } #" + b"x" * 200_000
    status, _, body = call(f"{base}/sparql", big, {"Content-Type": "application/sparql-query"})
    assert status == 413 and b"--max-body" in body
    assert count(base) > 0


def ask_seconds(base: str) -> float:
    t0 = time.monotonic()
    status, _, body = get(base, ASK)
    assert status == 200 and json.loads(body)["boolean"] is True
    return time.monotonic() - t0


def test_slow_query_times_out_while_others_are_answered(server: Server) -> None:
    base = server.base
    # an ASK's time on this machine now, nothing else running: the bound below is relative to it,
    # so a busy machine (a CI neighbour) does not fail it
    baseline = sorted(ask_seconds(base) for _ in range(3))[1]
    before = niced(server.processes())  # slow processes of earlier tests may still be ending
    result: dict = {}

    def slow() -> None:
        t0 = time.monotonic()
        result["slow"] = get(base, SLOW)
        result["slow_s"] = time.monotonic() - t0

    t = threading.Thread(target=slow)
    t.start()
    # the slow query now occupies a process: seen as its process reniced to 19, not assumed after a sleep
    deadline = time.monotonic() + 30
    while not niced(server.processes()) - before:
        assert "slow" not in result, ("the slow query ended before it was seen running", result.get("slow"))
        assert time.monotonic() < deadline, "the slow query was not seen running as slow within 30 s"
        time.sleep(0.01)
    seconds = ask_seconds(base)
    assert seconds < 2.0 + 10 * baseline, (seconds, baseline)
    t.join(30)
    status, _, body = result["slow"]
    assert status == 503 and b"timed out after 3 s" in body
    assert result["slow_s"] < 10 + 10 * baseline, (result["slow_s"], baseline)
    for _ in range(5):  # and it goes on, with a new query process
        assert count(base) > 0


# -- headers: nosniff, Host, CORS ---------------------------------------------------------------


def test_every_answer_says_nosniff_and_no_cors_by_default(server: Server) -> None:
    base = server.base
    answers = [call(f"{base}/"), call(f"{base}/static/query.js"), call(f"{base}/queries.json"), get(base, SELECT),
               get(base, "SELEC"), get(base, SELECT, headers={"Accept": "text/html"}), call(f"{base}/nowhere"),
               call(f"{base}/sparql", b"x", {"Content-Type": "text/plain"}),
               call(f"{base}/", headers={"Host": "evil.example"}),
               call(f"{base}/sparql", method="OPTIONS", headers={"Origin": "http://evil.example",
                                                                 "Access-Control-Request-Method": "POST"})]
    assert {a[0] for a in answers} == {200, 400, 406, 404, 415, 403, 204}
    for status, h, _ in answers:
        assert h.get("x-content-type-options") == "nosniff", status
        assert not any(k.startswith("access-control-") for k in h), (status, h)
    head = raw_request(server.port, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 999999\r\n"
                                    b"Content-Type: application/sparql-query\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413") and b"x-content-type-options: nosniff" in head.lower()


@pytest.mark.parametrize("host, ok", [
    ("127.0.0.1:{port}", True), ("localhost:{port}", True), ("LOCALHOST", True), ("[::1]:{port}", True),
    ("evil.example:{port}", False), ("127.0.0.1.evil.example", False), ("10.0.0.1:{port}", False),
])
def test_host_header_must_name_the_bound_address(server: Server, host: str, ok: bool) -> None:
    h = host.format(port=server.port)
    head = raw_request(server.port, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n"
                       .encode())
    assert head.startswith(b"HTTP/1.1 200" if ok else b"HTTP/1.1 403"), head


def test_cors_only_for_the_origins_given(out_dir: Path) -> None:
    s = Server(out_dir, "--cors", "http://app.example:3000", "--allow-host", "kg.example")
    try:
        status, h, _ = get(s.base, ASK, headers={"Origin": "http://app.example:3000"})
        assert status == 200 and h["access-control-allow-origin"] == "http://app.example:3000"
        status, h, _ = get(s.base, ASK, headers={"Origin": "http://evil.example"})
        assert status == 200 and "access-control-allow-origin" not in h
        status, h, _ = call(f"{s.base}/sparql", method="OPTIONS",
                            headers={"Origin": "http://app.example:3000", "Access-Control-Request-Method": "POST",
                                     "Access-Control-Request-Headers": "content-type"})
        assert status == 204 and h["access-control-allow-origin"] == "http://app.example:3000"
        assert "POST" in h["access-control-allow-methods"] and "Content-Type" in h["access-control-allow-headers"]
        head = raw_request(s.port, b"GET / HTTP/1.1\r\nHost: kg.example\r\nConnection: close\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200")
    finally:
        s.stop()


# -- real clients --------------------------------------------------------------------------------


def wrapper(base: str, query: str, fmt: str, method: str | None = None) -> object:
    w = SPARQLWrapper(f"{base}/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    if method:
        w.setMethod(method)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's ConjunctiveGraph, inside SPARQLWrapper
        # SPARQLWrapper warns "Format requested was X, but Y has been returned" when the answer is off
        warnings.filterwarnings("error", message="Format requested", category=RuntimeWarning)
        warnings.filterwarnings("ignore", message="Sending Accept header", category=RuntimeWarning)  # JSON on CONSTRUCT
        return w.query().convert()


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_and_ask(base: str, fmt: str) -> None:
    got = wrapper(base, SELECT, fmt)
    if fmt == JSON:
        assert len(got["results"]["bindings"]) == N_DOCS and got["results"]["bindings"][0]["q"]["value"] == QUOTE
    elif fmt == XML:
        assert len(got.getElementsByTagName("result")) == N_DOCS
    else:
        rows = list(csv.reader(io.StringIO(got.decode()), delimiter="," if fmt == CSV else "\t"))
        assert len(rows) == N_DOCS + 1
    got = wrapper(base, ASK, fmt, method=POST)
    if fmt == JSON:
        assert got["boolean"] is True
    elif fmt == XML:
        assert got.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert got.strip() == b"true"


@pytest.mark.parametrize("fmt", [XML, RDFXML, TURTLE, N3, JSONLD, JSON])
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_sparqlwrapper_construct_and_describe(base: str, out_dir: Path, fmt: str, query: str) -> None:
    got = wrapper(base, query, fmt)
    if isinstance(got, bytes):  # Turtle / N3 come back as text
        got = rdflib.Graph().parse(data=got.decode(), format="turtle")
    expected = {(str(t.subject.value), str(t.predicate.value)) for t in S.query(out_dir, query)}
    assert {(str(s), str(p)) for s, p, _ in got} == expected
    assert rdflib.Literal(QUOTE, lang="ar") in set(got.objects())


def test_sparqlwrapper_default_return_format_on_construct_is_rdfxml(base: str) -> None:
    w = SPARQLWrapper(f"{base}/sparql")
    w.setQuery(CONSTRUCT)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.filterwarnings("error", message="Format requested", category=RuntimeWarning)
        result = w.query()
        assert result.info()["content-type"].startswith("application/rdf+xml")
        assert len(result.convert()) == N_DOCS


def test_rdflib_sparqlstore_whole_graph_and_one_named_graph(base: str, out_dir: Path) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(query_endpoint=f"{base}/sparql", returnFormat="xml")
    whole = rdflib.Graph(store)
    assert len(whole) == S.triple_count(out_dir)
    rows = list(whole.query(f"SELECT ?q WHERE {{ ?s <{KG}quote> ?q }}"))
    assert len(rows) == N_DOCS and rows[0][0] == rdflib.Literal(QUOTE, lang="ar")
    entities = rdflib.Graph(store, identifier=rdflib.URIRef(ENTITY_GRAPH_IRI))  # sends default-graph-uri
    assert len(entities) == graph_size(out_dir, ENTITY_GRAPH_IRI)
    got = set(entities.triples((None, rdflib.RDFS.label, None)))
    assert rdflib.Literal(ABD, lang="ar") in {o for _, _, o in got}
    assert not list(entities.triples((None, rdflib.URIRef(KG + "quote"), None)))  # quotes live elsewhere


def test_federated_service_from_oxigraph(base: str) -> None:
    local = ox.Store()
    local.add(ox.Quad(ox.NamedNode("urn:here"), ox.NamedNode("urn:says"), ox.Literal("x")))
    q = (f"SELECT ?here ?q WHERE {{ ?here <urn:says> ?x . "
         f"SERVICE <{base}/sparql> {{ ?s <{KG}quote> ?q }} }}")
    rows = list(local.query(q))
    assert len(rows) == N_DOCS
    assert {r["q"] for r in rows} == {ox.Literal(QUOTE, language="ar")}


# -- the page ------------------------------------------------------------------------------------


def test_page_is_offline_and_lists_example_queries(base: str) -> None:
    status, h, body = call(f"{base}/")
    page = body.decode()
    assert status == 200 and h["content-type"].startswith("text/html")
    assert "default-src 'none'" in h["content-security-policy"]
    js = call(f"{base}/static/query.js")[2].decode()
    css = call(f"{base}/static/query.css")[2].decode()
    for text in (page, js, css):
        assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.I)
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text, re.I) and "@import" not in text
    assert "innerHTML" not in js and "textContent" in js and "<textarea" in page
    assert (ROOT / "kgbuild" / "static" / "query.js").read_text(encoding="utf-8") == js
    data = json.loads(call(f"{base}/queries.json")[2])
    names = [d["name"] for d in data]
    assert names == sorted(p.name for p in (ROOT / "queries").glob("*.rq"))
    for d in data:  # every example runs
        assert get(base, d["query"])[0] == 200, d["name"]


def test_example_queries_titles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    qdir = tmp_path / "queries"
    qdir.mkdir()
    (qdir / "b_speakers.rq").write_text(f"# من قال ماذا\nSELECT ?s {{ ?s <{KG}speaker> ?o }}\n", encoding="utf-8")
    (qdir / "a_docs.rq").write_text(f"SELECT ?d {{ ?d a <{KG}Document> }}\n")
    monkeypatch.setattr(srv, "find_queries_dir", lambda: qdir)
    data = srv.example_queries()
    assert [d["name"] for d in data] == ["a_docs.rq", "b_speakers.rq"]
    assert data[1]["title"] == "b_speakers: من قال ماذا"


@pytest.mark.browser
def test_page_wraps_long_iris_on_a_1600px_screen(tmp_path: Path) -> None:
    """One IRI of 400 characters must not push the other columns off the screen."""
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("needs /usr/bin/chromium")
    from playwright.sync_api import expect, sync_playwright

    long_iri = RES_IRI + "entity/organization/" + "%D8%A7" * 60
    nq = tmp_path / "long.nq"
    nq.write_text(f'<{long_iri}> <{KG}quote> "قول طويل جدا"@ar <urn:g> .\n', encoding="utf-8")
    S.load_build(tmp_path / "out", nq)
    s = Server(tmp_path / "out")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1600, "height": 900})
            page.goto(s.base + "/")
            # the example arrives by a fetch that may end after the page's load; expect() polls from
            # Playwright's side (wait_for_function evals in the page, which the page's CSP forbids)
            expect(page.locator("#query")).to_have_value(re.compile("SELECT"), timeout=60_000)
            page.fill("#query", f"SELECT ?s ?q (1 AS ?n) WHERE {{ ?s <{KG}quote> ?q }}")
            page.click("#run")
            # the status is set after the whole table is in the page: measure only then
            expect(page.locator("#status")).to_have_text(re.compile(r"^1 row, \d+ ms$"), timeout=60_000)
            expect(page.locator("#result table td").first).to_be_visible()
            right = page.evaluate("Math.max(...[...document.querySelectorAll('#result th, #result td')]"
                                  ".map(e => e.getBoundingClientRect().right))")
            width = page.evaluate("document.documentElement.clientWidth")
            assert right <= width, (right, width)
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            assert long_iri in page.inner_text("#result")
            browser.close()
    finally:
        s.stop()


def test_server_follows_new_builds(tmp_path: Path) -> None:
    out = build_store(tmp_path / "out", range(1))
    s = Server(out, "--timeout", "5")
    try:
        n1 = count(s.base)
        ds2 = Dataset()
        for i in range(1, 4):
            add_document(ds2, make_doc(i))
        nq2 = tmp_path / "more.nq"
        ds2.serialize(str(nq2), format="nquads", encoding="utf-8")
        n2 = S.load_build(out, nq2, append=True)
        assert n2 > n1
        for _ in range(8):  # every query process switches to the new build
            assert count(s.base) == n2
    finally:
        s.stop()
