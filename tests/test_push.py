"""kgbuild.push: named graphs to a Graph Store HTTP Protocol endpoint (a real `oxigraph serve`)."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Dataset

from kgbuild import store as S
from kgbuild.push import PushError, push
from kgbuild.rdf import add_document
from kgbuild.records import DocumentRecord, EntityRecord, StatementRecord

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
ABD = "عبد الله"
QUOTE = 'قال "نعم"\nثم مضى'


def make_doc(i: int) -> DocumentRecord:
    skey = "person:" + ABD.replace(" ", "_")
    ents = {skey: EntityRecord(key=skey, type="Person", label=ABD, forms={ABD}, label_en="Abdullah")}
    st = StatementRecord(speaker=skey, cue="قال", cue_lemma="قال", act="say", stance="neutral", quote=QUOTE,
                         quote_type="direct", cue_span=(5, 8), quote_span=(9, 20), speaker_span=(0, 4),
                         sentence_span=(0, 30), sentence_index=0)
    return DocumentRecord(doc_id=f"{i:03d}_doc.txt", title=f"خبر {i}", text="ن" * 40, entities=ents,
                          statements=[st])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    ds = Dataset()
    for i in range(4):
        add_document(ds, make_doc(i))
    nq = tmp_path / "a.nq"
    ds.serialize(str(nq), format="nquads", encoding="utf-8")
    S.load_build(tmp_path / "out", nq)
    return tmp_path / "out"


@pytest.fixture()
def oxigraph_server(tmp_path: Path):
    port = free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.05)
    yield base
    proc.terminate()
    proc.wait(10)


def remote_select(base: str, q: str) -> list[dict]:
    req = urllib.request.Request(f"{base}/query?query={quote(q)}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())["results"]["bindings"]


def test_push_to_oxigraph(built: Path, oxigraph_server: str) -> None:
    counts = push(built, f"{oxigraph_server}/store")
    assert sorted(counts) == S.graph_names(built)
    assert sum(counts.values()) == S.quad_count(built)
    rows = remote_select(oxigraph_server, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert {r["g"]["value"]: int(r["n"]["value"]) for r in rows} == counts
    # Arabic literals survive
    rows = remote_select(oxigraph_server, 'SELECT ?q { GRAPH ?g { ?s <https://w3id.org/kgbuild/ontology#quote> ?q } }')
    assert {r["q"]["value"] for r in rows} == {QUOTE} and rows[0]["q"]["xml:lang"] == "ar"
    # pushing again replaces, it does not duplicate
    assert push(built, f"{oxigraph_server}/store") == counts
    n = remote_select(oxigraph_server, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")[0]["n"]["value"]
    assert int(n) == S.quad_count(built)


def test_connection_refused_is_one_line(built: Path) -> None:
    with pytest.raises(PushError) as e:
        push(built, f"http://127.0.0.1:{free_port()}/store", timeout=5)
    assert "connection refused" in str(e.value) and "\n" not in str(e.value)


def test_http_error_is_one_line(built: Path) -> None:
    class H(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b"store is full\nsecond line"
            self.send_response(507)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(PushError) as e:
            push(built, f"http://127.0.0.1:{server.server_address[1]}/store", timeout=5)
        msg = str(e.value)
        assert "507" in msg and "store is full" in msg and "\n" not in msg and "graph <" in msg
    finally:
        server.shutdown()
        server.server_close()


def test_bad_url_and_missing_store(tmp_path: Path, built: Path) -> None:
    with pytest.raises(PushError):
        push(built, "ftp://127.0.0.1/store")
    with pytest.raises(S.StoreError):
        push(tmp_path / "nothing", "http://127.0.0.1:1/store")
