"""`kgbuild serve` as users start it, end to end on the seeds: its options, its answers, and the
hardening of issue 14 (no outbound requests, no crash on a deep query) next to `kgbuild query`."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest

from kgbuild.namespace import KG
from serving import KGBUILD, ROOT, Listener, Server, alive, call, get, running, service_queries

DEEP = "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + " = 1) }"


@pytest.fixture(scope="module")
def endpoint(seed_build: Path):
    s = Server(seed_build, "--timeout", "3")
    yield s
    s.stop()


def one_line(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


def test_select_json_and_csv(endpoint: Server) -> None:
    q = f"SELECT (COUNT(*) AS ?n) {{ ?d a <{KG.Document}> }}"
    status, _, body = get(endpoint.base, q)
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"
    status, _, body = get(endpoint.base, q, headers={"Accept": "text/csv"})
    assert status == 200 and body.decode().splitlines() == ["n", "5"]


def test_update_refused_and_malformed_query(endpoint: Server) -> None:
    data = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    status, _, _ = call(f"{endpoint.base}/sparql", data, method="POST")
    assert status == 403
    status, _, body = get(endpoint.base, "SELEC nothing")
    assert status == 400 and b"malformed query" in body


def test_slow_query_is_stopped_and_the_server_goes_on(endpoint: Server) -> None:
    status, _, body = get(endpoint.base, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert status == 503 and b"timed out after 3 s" in body
    assert get(endpoint.base, "ASK { ?s ?p ?o }")[0] == 200


def test_no_outbound_request_from_serve_or_query_and_query_allow_service_makes_it(
        endpoint: Server, seed_build: Path) -> None:
    listener = Listener()
    try:
        for q in service_queries(listener.url):
            status, _, body = get(endpoint.base, q)
            assert status == 400 and one_line(body.decode()).startswith("SERVICE is not allowed"), (q, body)
            out = subprocess.run(KGBUILD + ["query", q, "--store", str(seed_build)], cwd=ROOT, capture_output=True,
                                 text=True, timeout=60)
            assert out.returncode == 1 and one_line(out.stderr).startswith("error: SERVICE is not allowed")
        assert listener.hits == []  # nobody connected
        out = subprocess.run(KGBUILD + ["query", service_queries(listener.url)[1], "--store", str(seed_build),
                                        "--allow-service"], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "fake row" in out.stdout, out.stderr
        assert listener.hits
    finally:
        listener.close()


def test_the_5000_deep_query_is_refused_by_serve_and_query_without_a_crash(endpoint: Server,
                                                                            seed_build: Path) -> None:
    before = endpoint.processes()
    for body_or_url in ("get", "post"):
        if body_or_url == "get":
            status, _, body = get(endpoint.base, DEEP)
        else:
            status, _, body = call(f"{endpoint.base}/sparql", DEEP.encode(),
                                   {"Content-Type": "application/sparql-query"})
        assert status == 400 and one_line(body.decode()).startswith("query too deeply nested"), body[:300]
    assert get(endpoint.base, "ASK { ?s ?p ?o }")[0] == 200
    assert all(alive(pid) for pid in before)  # no query process died
    out = subprocess.run(KGBUILD + ["query", DEEP, "--store", str(seed_build)], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 1 and one_line(out.stderr).startswith("error: query too deeply nested")


@pytest.mark.parametrize("args, message", [
    (["--timeout", "inf"], "--timeout must be above 0 and at most 3600 seconds (got inf)"),
    (["--timeout", "nan"], "--timeout must be above 0 and at most 3600 seconds (got nan)"),
    (["--timeout", "1e10"], "--timeout must be above 0 and at most 3600 seconds (got 1e+10)"),
    (["--timeout", "0"], "--timeout must be above 0"),
    (["--timeout=-5"], "--timeout must be above 0"),
    (["--max-body", "10"], "--max-body must be at least 1000"),
    (["--workers", "4", "--max-queries", "3"], "--max-queries must be at least 5"),
    (["--workers", "0"], "--workers must be at least 1 and at most 64"),
    (["--workers", "100"], "--workers must be at least 1 and at most 64"),
    (["--max-memory", "1"], "--max-memory must be at least 64"),
    (["--read-timeout", "100"], "--read-timeout must be at least 1 and at most 60"),
    (["--port", "70000"], "--port must be at least 1 and at most 65535"),
    (["--cors", "http://x.example/path"], "--cors takes an origin"),
])
def test_out_of_range_options_are_exit_2_in_one_line(seed_build: Path, args: list[str], message: str) -> None:
    out = subprocess.run(KGBUILD + ["serve", "--store", str(seed_build), *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2, out.stderr
    assert message in one_line(out.stderr)


def test_busy_port_is_one_line(seed_build: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        out = subprocess.run(KGBUILD + ["serve", "--store", str(seed_build), "--port", str(port)], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    errors = [ln for ln in out.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "cannot listen" in errors[0] and "Traceback" not in out.stderr


def test_sigterm_stops_the_server_and_its_query_processes(seed_build: Path) -> None:
    s = Server(seed_build, "--workers", "3")
    tree = s.processes()
    assert len(tree) >= 6  # kgbuild (granian), its worker, the zygote, 3 query processes
    s.stop()
    # every process is killed at once; a loaded machine may take seconds more to let them all end
    deadline = time.monotonic() + 30
    while any(alive(p) for p in tree) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in tree if running(p)]  # those not yet ended have SIGKILL pending or are in exit
