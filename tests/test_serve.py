"""kgbuild.serve: SPARQL 1.1 Protocol endpoint over a read-only store."""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kgbuild import serve as srv
from kgbuild import store as S
from kgbuild.rdf import add_document
from kgbuild.records import DocumentRecord, EntityRecord, StatementRecord

KG = "https://w3id.org/kgbuild/ontology#"
ABD = "عبد الله"
QUOTE = 'إن "السلام" ممكن\nوقريب'
SELECT = f"SELECT ?s ?q WHERE {{ ?s <{KG}quote> ?q }} ORDER BY ?s"
CONSTRUCT = f"CONSTRUCT {{ ?s <{KG}quote> ?q }} WHERE {{ ?s <{KG}quote> ?q }}"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
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


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("serve")
    ds = Dataset()
    for i in range(N_DOCS):
        add_document(ds, make_doc(i))
    nq = tmp / "a.nq"
    ds.serialize(str(nq), format="nquads", encoding="utf-8")
    S.load_build(tmp / "out", nq)
    return tmp / "out"


@pytest.fixture(scope="module")
def base(out_dir: Path):
    server = srv.make_server(out_dir, "127.0.0.1", 0, timeout_s=1.5)
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    t.start()
    host, port = server.server_address[:2]
    assert host == "127.0.0.1"
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()


def call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
         timeout: float = 30) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def get(base: str, q: str, **kw) -> tuple[int, dict, bytes]:
    extra = "".join(f"&{k}={quote(v)}" for k, v in kw.pop("params", {}).items())
    return call(f"{base}/sparql?query={quote(q)}{extra}", **kw)


def count(base: str) -> int:
    status, _, body = get(base, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_select_every_content_type(base: str) -> None:
    status, h, body = get(base, SELECT)
    assert status == 200 and h["content-type"].startswith("application/sparql-results+json")
    assert h["access-control-allow-origin"] == "*"
    data = json.loads(body)
    assert len(data["results"]["bindings"]) == N_DOCS
    b = data["results"]["bindings"][0]["q"]
    assert b["value"] == QUOTE and b["xml:lang"] == "ar"

    status, h, body = get(base, SELECT, headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and h["content-type"].startswith("application/sparql-results+xml")
    assert b"<sparql" in body and "السلام".encode() in body

    status, h, body = get(base, SELECT, headers={"Accept": "text/csv"})
    assert status == 200 and h["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["s", "q"] and rows[1][1] == QUOTE and len(rows) == N_DOCS + 1

    status, h, body = get(base, SELECT, headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and h["content-type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?s\t?q"

    # q-values and the format parameter
    status, h, _ = get(base, SELECT, headers={"Accept": "text/csv;q=0.5, application/sparql-results+xml"})
    assert h["content-type"].startswith("application/sparql-results+xml")
    status, h, _ = get(base, SELECT, params={"format": "csv"}, headers={"Accept": "application/json"})
    assert h["content-type"].startswith("text/csv")
    status, h, _ = get(base, SELECT, headers={"Accept": "text/html,*/*;q=0.8"})
    assert status == 200 and h["content-type"].startswith("application/sparql-results+json")


def test_post_body_and_form(base: str) -> None:
    status, h, body = call(f"{base}/sparql", SELECT.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == N_DOCS
    form = urlencode({"query": SELECT}).encode()
    status, h, body = call(f"{base}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                    "Accept": "text/csv"})
    assert status == 200 and h["content-type"].startswith("text/csv") and list(csv.reader(io.StringIO(body.decode())))[1][1] == QUOTE
    status, _, _ = call(f"{base}/sparql", b"x", {"Content-Type": "text/plain"})
    assert status == 415


def test_ask_and_default_graph_is_union(base: str) -> None:
    status, h, body = get(base, f'ASK {{ ?s ?p "{ABD}"@ar }}')
    assert status == 200 and json.loads(body)["boolean"] is True
    status, h, body = get(base, "ASK { ?s ?p <urn:none> }", headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and b"false" in body


def test_construct_every_content_type(base: str) -> None:
    status, h, body = get(base, CONSTRUCT)
    assert status == 200 and h["content-type"].startswith("text/turtle")
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                        ("application/ld+json", ox.RdfFormat.JSON_LD)):
        status, h, body = get(base, CONSTRUCT, headers={"Accept": accept})
        assert status == 200 and h["content-type"].startswith(accept)
        triples = list(ox.parse(body, format=fmt))
        assert len(triples) == N_DOCS
        assert ox.Literal(QUOTE, language="ar") in {t.object for t in triples}
    status, h, body = get(base, f"DESCRIBE <https://w3id.org/kgbuild/resource/doc/000_doc.txt>",
                          params={"format": "ntriples"})
    assert status == 200 and h["content-type"].startswith("application/n-triples") and body.count(b"\n") >= 3


def test_malformed_query_is_400_with_parser_message(base: str) -> None:
    status, h, body = get(base, "SELECT * WHERE { ?s ?p ")
    assert status == 400 and b"malformed query" in body and b"error at" in body
    status, _, _ = call(f"{base}/sparql")
    assert status == 400


def test_updates_are_refused_and_data_unchanged(base: str) -> None:
    before = count(base)
    upd = "PREFIX ex: <http://example.com/>\nINSERT DATA { GRAPH ex:g { ex:a ex:b ex:c } }"
    status, _, body = get(base, upd)
    assert status == 403 and b"read-only" in body
    status, _, _ = call(f"{base}/sparql", urlencode({"update": upd}).encode(),
                        {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, _ = call(f"{base}/sparql", upd.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = call(f"{base}/sparql", b"DROP ALL", {"Content-Type": "application/sparql-query"})
    assert status == 403
    status, _, _ = call(f"{base}/sparql?graph=urn:x", b"<a:b> <a:b> <a:b> .", {"Content-Type": "application/n-triples"},
                        method="PUT")
    assert status == 405
    assert count(base) == before


def test_huge_body_is_413(base: str) -> None:
    big = b"SELECT * { ?s ?p ?o } #" + b"x" * 1_100_000
    status, _, body = call(f"{base}/sparql", big, {"Content-Type": "application/sparql-query"})
    assert status == 413
    assert count(base) > 0  # still serving


def test_slow_query_times_out_while_others_are_answered(base: str) -> None:
    result: dict = {}

    def slow() -> None:
        t0 = time.monotonic()
        result["slow"] = get(base, SLOW)
        result["slow_s"] = time.monotonic() - t0

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.3)  # the slow query now occupies a worker
    t0 = time.monotonic()
    status, _, body = get(base, f'ASK {{ ?s ?p "{ABD}"@ar }}')
    assert status == 200 and json.loads(body)["boolean"] is True
    assert time.monotonic() - t0 < 1.0
    assert t.is_alive()
    t.join(10)
    status, _, body = result["slow"]
    assert status == 503 and b"timed out" in body
    assert result["slow_s"] < 5
    for _ in range(5):  # and it keeps serving, with a replacement worker
        assert count(base) > 0


def test_cors_preflight(base: str) -> None:
    status, h, _ = call(f"{base}/sparql", method="OPTIONS",
                        headers={"Origin": "http://localhost:8080", "Access-Control-Request-Method": "POST",
                                 "Access-Control-Request-Headers": "content-type"})
    assert status == 204 and h["access-control-allow-origin"] == "*"
    assert "POST" in h["access-control-allow-methods"] and "Content-Type" in h["access-control-allow-headers"]


def test_page_is_offline_and_lists_example_queries(base: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    status, h, body = call(f"{base}/")
    page = body.decode()
    assert status == 200 and h["content-type"].startswith("text/html")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page, re.I) and "@import" not in page
    assert "innerHTML" not in page and "textContent" in page and "<textarea" in page
    qdir = tmp_path / "queries"
    qdir.mkdir()
    (qdir / "b_speakers.rq").write_text(f"# من قال ماذا\nSELECT ?s {{ ?s <{KG}speaker> ?o }}\n", encoding="utf-8")
    (qdir / "a_docs.rq").write_text("SELECT ?d { ?d a <https://w3id.org/kgbuild/ontology#Document> }\n")
    monkeypatch.setattr(srv, "find_queries_dir", lambda: qdir)
    status, h, body = call(f"{base}/queries.json")
    data = json.loads(body)
    assert [d["name"] for d in data] == ["a_docs.rq", "b_speakers.rq"]
    assert data[1]["title"] == "b_speakers: من قال ماذا"
    # every example runs
    for d in data:
        assert get(base, d["query"])[0] == 200


def test_find_queries_dir_is_repo_queries_or_packaged() -> None:
    d = srv.find_queries_dir()
    assert d is None or d.name == "queries"


def test_negotiate_unit() -> None:
    assert srv.negotiate("select", None, None) == "application/sparql-results+json"
    assert srv.negotiate("graph", "*/*", None) == "text/turtle"
    assert srv.negotiate("graph", "application/json", None) == "application/ld+json"
    assert srv.negotiate("select", "text/tab-separated-values;q=0.9, text/csv;q=0.1", None) == "text/tab-separated-values"
    assert srv.negotiate("graph", None, "jsonld") == "application/ld+json"
    assert srv.looks_like_update("# c\nPREFIX a: <http://x#>\n  delete where { ?s ?p ?o }")
    assert not srv.looks_like_update("SELECT * { ?s ?p ?o }")


def test_make_app_needs_a_store(tmp_path: Path) -> None:
    with pytest.raises(S.StoreError):
        srv.make_app(tmp_path)


def test_server_follows_new_builds(tmp_path: Path) -> None:
    ds = Dataset()
    add_document(ds, make_doc(0))
    nq = tmp_path / "one.nq"
    ds.serialize(str(nq), format="nquads", encoding="utf-8")
    out = tmp_path / "out"
    S.load_build(out, nq)
    server = srv.make_server(out, "127.0.0.1", 0, timeout_s=5)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        n1 = count(base)
        ds2 = Dataset()
        for i in range(1, 4):
            add_document(ds2, make_doc(i))
        nq2 = tmp_path / "more.nq"
        ds2.serialize(str(nq2), format="nquads", encoding="utf-8")
        n2 = S.load_build(out, nq2, append=True)
        assert n2 > n1
        for _ in range(6):  # every worker switches to the new build
            assert count(base) == n2
        S.load_build(out, nq2, append=True)  # the generation the workers left is collected
        gens = [p for p in (out / S.GEN_DIR).iterdir() if p.is_dir()]
        assert len(gens) <= 2
    finally:
        server.shutdown()
        server.server_close()


def test_wsgi_adapter(out_dir: Path) -> None:
    from wsgiref.util import setup_testing_defaults

    app = srv.make_app(out_dir, timeout_s=5, max_body=1000)
    try:
        def run(environ: dict) -> tuple[str, dict, bytes]:
            setup_testing_defaults(environ)
            got: dict = {}

            def start_response(status: str, headers: list) -> None:
                got["status"], got["headers"] = status, dict(headers)
            body = b"".join(app(environ, start_response))
            return got["status"], got["headers"], body

        status, h, body = run({"PATH_INFO": "/sparql", "QUERY_STRING": "query=" + quote("ASK {}"),
                               "HTTP_ACCEPT": "text/csv"})
        assert status.startswith("200") and h["Content-Type"].startswith("text/csv") and body.strip() == b"true"
        assert h["Access-Control-Allow-Origin"] == "*"
        status, _, _ = run({"REQUEST_METHOD": "POST", "PATH_INFO": "/sparql", "CONTENT_LENGTH": "5000",
                            "CONTENT_TYPE": "application/sparql-query", "wsgi.input": io.BytesIO(b"x" * 5000)})
        assert status.startswith("413")
    finally:
        app.close()


def test_busy_port_is_a_clear_error(out_dir: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        with pytest.raises(OSError, match="cannot listen on 127.0.0.1"):
            srv.make_server(out_dir, "127.0.0.1", s.getsockname()[1])
