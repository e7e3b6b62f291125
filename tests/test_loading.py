"""The Oxigraph recipes of docs/loading.md, run as written on the seeds' build: the oxigraph CLI and
its read-only server answer the stock queries as `kgbuild query` does (with --union-default-graph;
without it, 0 rows, as the guide warns). Virtuoso, rdflib, Raptor and Serd: tests/test_interop.py,
tests/test_queries.py, tests/test_push.py."""
from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from triplestores import free_port
from typer.testing import CliRunner

from kgbuild.cli import app
from kgbuild.resources import queries_dir

ROOT = Path(__file__).resolve().parent.parent
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
GUIDE = ROOT / "docs" / "loading.md"
QUERY = queries_dir() / "top_speakers.rq"


def guide_commands(tool: str) -> list[str]:
    """The command lines of docs/loading.md that start with `tool`."""
    return [line.strip() for line in GUIDE.read_text(encoding="utf-8").splitlines()
            if line.startswith("    " + tool + " ")]


def kgbuild_csv(seed_build: Path) -> str:
    result = CliRunner().invoke(app, ["query", str(QUERY), "--store", str(seed_build), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def loaded(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`oxigraph load` as in the guide, on a copy of the build's graph.trig."""
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph CLI is not installed (pip install oxigraph)")
    work = tmp_path_factory.mktemp("loading")
    (load,) = [c for c in guide_commands("oxigraph") if c.startswith("oxigraph load ")]
    args = load.split()[1:]
    args[args.index("output/graph.trig")] = str(seed_build / "graph.trig")
    subprocess.run([str(OXIGRAPH), *args], cwd=work, check=True, capture_output=True, timeout=300)
    return work


def test_oxigraph_cli_answers_like_kgbuild(loaded: Path, seed_build: Path) -> None:
    (query,) = [c for c in guide_commands("oxigraph") if c.startswith("oxigraph query ")]
    args = query.split()[1:]
    args[args.index("queries/top_speakers.rq")] = str(QUERY)
    got = subprocess.run([str(OXIGRAPH), *args], cwd=loaded, check=True, capture_output=True, text=True,
                         timeout=300).stdout
    assert got.replace("\r\n", "\n").strip() == kgbuild_csv(seed_build).replace("\r\n", "\n").strip()
    assert len(got.splitlines()) > 3
    # without --union-default-graph: only the header (what the guide warns about)
    args.remove("--union-default-graph")
    bare = subprocess.run([str(OXIGRAPH), *args], cwd=loaded, check=True, capture_output=True, text=True,
                          timeout=300).stdout
    assert len(bare.strip().splitlines()) == 1


def test_oxigraph_server_answers_like_kgbuild(loaded: Path, seed_build: Path) -> None:
    (serve,) = [c for c in guide_commands("oxigraph") if c.startswith("oxigraph serve-read-only ")]
    port = free_port()
    args = serve.replace("127.0.0.1:7878", f"127.0.0.1:{port}").split()[1:]
    proc = subprocess.Popen([str(OXIGRAPH), *args], cwd=loaded, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        (curl,) = [c for c in guide_commands("curl") if "127.0.0.1:7878/query" in c]
        url = re.search(r"http://\S+", curl).group(0).replace("7878", str(port))
        body = urllib.parse.urlencode({"query": QUERY.read_text(encoding="utf-8")}).encode()
        deadline = time.monotonic() + 60
        while True:
            try:
                req = urllib.request.Request(url, data=body, headers={"Accept": "text/csv"})
                with urllib.request.urlopen(req, timeout=30) as r:
                    got = r.read().decode("utf-8")
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("oxigraph serve-read-only did not answer")
                time.sleep(0.1)
        assert got.replace("\r\n", "\n").strip() == kgbuild_csv(seed_build).replace("\r\n", "\n").strip()
    finally:
        proc.terminate()
        proc.wait(30)
