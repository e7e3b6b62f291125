"""kgbuild.push: named graphs to a Graph Store HTTP Protocol endpoint (a real `oxigraph serve`)."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
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


# -- logging in (issue 12) ---------------------------------------------------------------------

import base64  # noqa: E402
import os  # noqa: E402

from typer.testing import CliRunner  # noqa: E402

from kgbuild.cli import EXIT_ERROR, EXIT_OK, app  # noqa: E402
from kgbuild.push import PASSWORD_ENV, split_credentials  # noqa: E402

USER, PASSWORD = "alice", "s3cret-Pw!"


@pytest.fixture()
def secured(oxigraph_server: str):
    """`oxigraph serve` behind a proxy that wants HTTP Basic (alice / s3cret-Pw!) for every request."""
    expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    seen: list[str] = []

    class Proxy(BaseHTTPRequestHandler):
        def _relay(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append(self.headers.get("Authorization") or "")
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="kgbuild test"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            req = urllib.request.Request(oxigraph_server + self.path, data=body or None, method=self.command,
                                         headers={"Content-Type": self.headers.get("Content-Type") or ""})
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    status, data = r.status, r.read()
            except urllib.error.HTTPError as e:
                status, data = e.code, e.read()
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_PUT = do_POST = do_GET = _relay

        def log_message(self, *a: object) -> None:
            pass

    from http.server import ThreadingHTTPServer
    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", oxigraph_server, seen
    server.shutdown()
    server.server_close()


def remote_graphs(base: str) -> dict[str, int]:
    rows = remote_select(base, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def test_split_credentials() -> None:
    assert split_credentials("http://a:b%40c@h:1/store?x=1") == ("http://h:1/store?x=1", "a", "b@c")
    assert split_credentials("http://a@h/store") == ("http://h/store", "a", None)
    assert split_credentials("http://h/store") == ("http://h/store", None, None)


def test_push_logs_in_with_the_password_from_the_environment(built: Path, secured, monkeypatch) -> None:
    proxy, backend, seen = secured
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    result = CliRunner().invoke(app, ["push", "--to", f"{proxy}/store", "--user", USER, "--store", str(built)])
    assert result.exit_code == EXIT_OK, result.output
    assert PASSWORD not in result.output and f"pushed {len(S.graph_names(built))} graphs" in result.output
    assert remote_graphs(backend) == push(built, f"{backend}/store")  # what an open push sends
    # Basic is sent once the server asked for it, and from then on with every request
    assert seen[0] == "" and all(a.startswith("Basic ") for a in seen[1:])
    assert len(seen) == len(S.graph_names(built)) + 1


def test_push_asks_for_the_password_without_echoing_it(built: Path, secured, monkeypatch) -> None:
    proxy, backend, _ = secured
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    result = CliRunner().invoke(app, ["push", "--to", f"{proxy}/store", "-u", USER, "--store", str(built)],
                                input=PASSWORD + "\n")
    assert result.exit_code == EXIT_OK, result.output
    assert "password for alice at" in result.output and PASSWORD not in result.output
    assert sum(remote_graphs(backend).values()) == S.quad_count(built)


def test_a_wrong_password_is_one_line_without_it(built: Path, secured) -> None:
    proxy, backend, _ = secured
    wrong = "wr0ng-Pw"
    env = {**os.environ, PASSWORD_ENV: wrong}
    for argv in (["--to", f"{proxy}/store", "--user", USER],
                 ["--to", f"http://{USER}:{wrong}@{proxy.split('//')[1]}/store"]):
        for debug in ([], ["--debug"]):
            done = subprocess.run([sys.executable, "-m", "kgbuild.cli", *debug, "push", *argv, "--store", str(built)],
                                  capture_output=True, text=True, env=env, timeout=120)
            assert done.returncode == EXIT_ERROR, done.stderr
            assert wrong not in done.stdout + done.stderr
            assert base64.b64encode(f"{USER}:{wrong}".encode()).decode() not in done.stdout + done.stderr
            if not debug:
                assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: "), done.stderr
                assert "401" in done.stderr and "wrong user name or password" in done.stderr
    assert remote_graphs(backend) == {}


def test_credentials_in_the_url_work_and_are_never_shown(built: Path, secured) -> None:
    proxy, backend, _ = secured
    url = f"http://{USER}:{quote(PASSWORD, safe='')}@{proxy.split('//')[1]}/store"
    result = CliRunner().invoke(app, ["push", "--to", url, "--store", str(built)])
    assert result.exit_code == EXIT_OK, result.output
    assert PASSWORD not in result.output and quote(PASSWORD, safe="") not in result.output
    assert f"pushed {len(S.graph_names(built))} graphs to {proxy}/store" in result.output
    assert sum(remote_graphs(backend).values()) == S.quad_count(built)


def test_push_to_virtuoso_graph_crud_with_digest_login(built: Path, virtuoso, monkeypatch) -> None:
    """Virtuoso's /sparql-graph-crud-auth wants HTTP Digest: the recipe of docs/loading.md."""
    from triplestores import oxigraph_quads

    virtuoso.clear()
    monkeypatch.setenv(PASSWORD_ENV, "dba")
    url = f"http://127.0.0.1:{virtuoso.http_port}/sparql-graph-crud-auth"
    try:
        result = CliRunner().invoke(app, ["push", "--to", url, "--user", "dba", "--store", str(built)])
        assert result.exit_code == EXIT_OK, result.output
        st = S.open_store(built)
        try:
            assert virtuoso.quads() == oxigraph_quads(st)
        finally:
            S.close_store(st)
        monkeypatch.setenv(PASSWORD_ENV, "not-dba")
        result = CliRunner().invoke(app, ["push", "--to", url, "--user", "dba", "--store", str(built)])
        assert result.exit_code == EXIT_ERROR and "not-dba" not in result.output and "401" in result.output
    finally:
        virtuoso.clear()
