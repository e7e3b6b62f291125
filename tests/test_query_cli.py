"""`kgbuild query`: answers that read right (IRIs that paste back, JSON-LD for graphs) and a command
as safe as the server: a timeout, Ctrl-C, a crash in one line, no SERVICE unless allowed."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kgbuild import store as S
from kgbuild.cli import app
from kgbuild.namespace import KG, PREFIXES
from serving import KGBUILD, ROOT, Listener, alive, service_queries

runner = CliRunner()
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
DEEP = "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + " = 1) }"


def one_error_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in stderr, stderr
    return lines[0]


def query_process(cli: subprocess.Popen, timeout: float = 30) -> int:
    """The pid of the query process `kgbuild query` started (its child)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for task in Path(f"/proc/{cli.pid}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                children = []
            if children:
                return int(children[0])
        assert cli.poll() is None, cli.communicate()
        time.sleep(0.05)
    raise AssertionError("no query process started")


def start_slow(store: Path, *args: str) -> tuple[subprocess.Popen, int]:
    cli = subprocess.Popen(KGBUILD + ["query", SLOW, "--store", str(store), *args], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    child = query_process(cli)
    time.sleep(1.0)  # the query is running now (the process opened the store and got it)
    return cli, child


# -- reading right ---------------------------------------------------------------------------


def test_table_iris_paste_back_into_a_query(seed_build: Path) -> None:
    q = (f"SELECT ?e ?type WHERE {{ ?st <{KG.speaker}> ?e . ?e a ?type }} "
         "ORDER BY ?e LIMIT 40")
    result = runner.invoke(app, ["query", q, "--store", str(seed_build)])
    assert result.exit_code == 0, result.output
    rows = [ln.split(" | ") for ln in result.output.splitlines()[2:-1]]
    cells = {r[0].strip() for r in rows} | {r[1].strip() for r in rows}
    assert any(c.startswith("<") for c in cells) and "kg:Person" in cells
    expected = {str(sol["e"].value) for sol in S.query(seed_build, q)} | \
               {str(sol["type"].value) for sol in S.query(seed_build, q)}
    found = set()
    for cell in sorted(cells):
        if cell.startswith("<"):
            assert cell.endswith(">") and " " not in cell
            found.add(cell[1:-1])
        else:  # a prefixed name: kgbuild query knows the prefix
            prefix, local = cell.split(":", 1)
            found.add(PREFIXES[prefix] + local)
        pasted = runner.invoke(app, ["query", f"ASK {{ {{ {cell} ?p ?o }} UNION {{ ?s ?p {cell} }} }}",
                                     "--store", str(seed_build)])
        assert pasted.output.strip() == "true", (cell, pasted.output)
    assert found == expected


def test_json_on_construct_and_describe_is_json_ld(seed_build: Path) -> None:
    for q in (f"CONSTRUCT {{ ?s <{KG.speaker}> ?o }} WHERE {{ ?s <{KG.speaker}> ?o }}",
              "DESCRIBE ?s WHERE { ?s a kg:Person } LIMIT 3"):
        result = runner.invoke(app, ["query", q, "--store", str(seed_build), "--format", "json"])
        assert result.exit_code == 0, result.output
        json.loads(result.output)
        got = {t.triple for t in ox.parse(result.output.encode(), format=ox.RdfFormat.JSON_LD)}
        assert got and got == set(S.query(seed_build, q.replace("kg:Person", f"<{KG.Person}>")))
    result = runner.invoke(app, ["query", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "--store", str(seed_build),
                                 "--format", "csv"])
    assert result.exit_code == 1 and "csv is for SELECT and ASK" in result.output


# -- as safe as the server ---------------------------------------------------------------------


def test_ctrl_c_stops_the_query_with_exit_130(seed_build: Path) -> None:
    cli, child = start_slow(seed_build)
    t0 = time.monotonic()
    cli.send_signal(signal.SIGINT)
    _, err = cli.communicate(timeout=20)
    assert cli.returncode == 130 and time.monotonic() - t0 < 5
    assert one_error_line(err) == "error: interrupted"
    deadline = time.monotonic() + 5
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(child)


def test_timeout_stops_the_query(seed_build: Path) -> None:
    t0 = time.monotonic()
    out = subprocess.run(KGBUILD + ["query", SLOW, "--store", str(seed_build), "--timeout", "1.5"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and time.monotonic() - t0 < 20
    assert "query stopped after 1.5 s (--timeout)" in one_error_line(out.stderr)


def test_a_crash_of_the_query_engine_is_one_line(seed_build: Path) -> None:
    cli, child = start_slow(seed_build)
    os.kill(child, signal.SIGSEGV)  # what a stack overflow in the parser looks like from outside
    _, err = cli.communicate(timeout=20)
    assert cli.returncode == 1
    assert one_error_line(err) == "error: the query crashed the query engine (SIGSEGV)"


def test_deep_query_is_refused_before_the_parser(seed_build: Path) -> None:
    out = subprocess.run(KGBUILD + ["query", DEEP, "--store", str(seed_build)], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 1
    assert "query too deeply nested: 5,002 levels of brackets (at most 64)" in one_error_line(out.stderr)


@pytest.mark.parametrize("value", ["inf", "nan", "1e10", "0", "-1", "-inf"])
def test_timeout_out_of_range_is_exit_2_in_one_line(seed_build: Path, value: str) -> None:
    out = subprocess.run(KGBUILD + ["query", "ASK {}", "--store", str(seed_build), f"--timeout={value}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "--timeout must be above 0 and at most 86400 seconds" in one_error_line(out.stderr)


# -- no outbound requests unless asked ---------------------------------------------------------


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


def test_query_makes_no_outbound_request_unless_allowed(seed_build: Path, listener: Listener) -> None:
    for q in service_queries(listener.url):
        out = subprocess.run(KGBUILD + ["query", q, "--store", str(seed_build)], cwd=ROOT, capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 1, (q, out.stdout)
        assert "SERVICE is not allowed" in one_error_line(out.stderr) and "--allow-service" in out.stderr
    assert listener.hits == []
    out = subprocess.run(KGBUILD + ["query", service_queries(listener.url)[0], "--store", str(seed_build),
                                    "--allow-service"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "fake row" in out.stdout and len(listener.hits) >= 1
