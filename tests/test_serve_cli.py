"""`kgbuild serve` as users start it (granian in front of the query workers), end to end."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(seed_build: Path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kgbuild.cli", "serve", "--store", str(seed_build),
                             "--port", str(port), "--timeout", "3"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stderr.read().decode())
            time.sleep(0.2)
    yield base
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("kgbuild serve did not stop on SIGTERM")


def get(url: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_select_json_and_csv(endpoint: str) -> None:
    q = urllib.parse.quote("SELECT (COUNT(*) AS ?n) { ?d a <https://w3id.org/kgbuild/ontology#Document> }")
    status, body = get(f"{endpoint}/sparql?query={q}")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"
    status, body = get(f"{endpoint}/sparql?query={q}", accept="text/csv")
    assert status == 200 and body.decode().splitlines() == ["n", "5"]


def test_update_refused_and_malformed_query(endpoint: str) -> None:
    data = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    req = urllib.request.Request(f"{endpoint}/sparql", data=data, method="POST")
    try:
        urllib.request.urlopen(req, timeout=10)
        code = 200
    except urllib.error.HTTPError as e:
        code = e.code
    assert code == 403
    status, body = get(f"{endpoint}/sparql?query=" + urllib.parse.quote("SELEC nothing"))
    assert status == 400 and b"malformed query" in body


def test_slow_query_is_stopped_and_the_server_goes_on(endpoint: str) -> None:
    slow = urllib.parse.quote("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    status, _ = get(f"{endpoint}/sparql?query={slow}")
    assert status == 503
    status, _ = get(f"{endpoint}/sparql?query=" + urllib.parse.quote("ASK { ?s ?p ?o }"))
    assert status == 200


def test_busy_port_is_one_line(seed_build: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "kgbuild.cli", "serve", "--store", str(seed_build),
                              "--port", str(port)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    errors = [ln for ln in out.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "cannot listen" in errors[0] and "Traceback" not in out.stderr
