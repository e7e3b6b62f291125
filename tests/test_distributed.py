"""kgbuild.distributed: a Dask LocalCluster build gives exactly the triples (and quads) of a local build."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest

from kgbuild import store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _quads(out: Path) -> list[str]:
    st = store.open_store(out)
    try:
        return sorted(str(q) for q in st)
    finally:
        store.close_store(st)


def test_dask_build_equals_local_build(client, seed_build, tmp_path):
    from kgbuild.distributed import build_distributed

    out = tmp_path / "dask"
    summary = build_distributed([SEEDS], out, client=client, batch_size=2, view=False)
    assert _quads(out) == _quads(seed_build)  # same graphs, same triples in each
    assert store.triple_count(out) == store.triple_count(seed_build) == summary.triples
    assert summary.documents == 5 and summary.statements > 0
    assert (out / "graph.ttl").exists() and not list(out.glob(".dask-scratch-*"))
    # the local summary counts the same entities
    from kgbuild.build import build
    local = build([SEEDS], tmp_path / "local", view=False)
    assert summary.entities == local.entities and summary.statements == local.statements


_MERGE_LOCK = threading.Lock()


class _GraphStore(BaseHTTPRequestHandler):
    graphs: dict[str, bytes] = {}

    def do_PUT(self):  # noqa: N802
        graph = parse_qs(urlsplit(self.path).query)["graph"][0]
        self.graphs[graph] = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(204)
        self.end_headers()

    def do_POST(self):  # noqa: N802  (Graph Store Protocol: merge)
        graph = parse_qs(urlsplit(self.path).query)["graph"][0]
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with _MERGE_LOCK:  # the server is threaded: merges must not interleave
            old = set(self.graphs.get(graph, b"").splitlines(keepends=True))
            self.graphs[graph] = b"".join(sorted(old | set(body.splitlines(keepends=True))))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):  # quiet
        pass


def test_dask_push_to_graph_store(client, seed_build, tmp_path):
    from kgbuild.distributed import build_distributed

    _GraphStore.graphs = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _GraphStore)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/store"
        build_distributed([SEEDS], None, client=client, batch_size=3, push_to=url, scratch=tmp_path / "scratch")
    finally:
        server.shutdown()
        server.server_close()
    assert sorted(_GraphStore.graphs) == store.graph_names(seed_build)
    pushed = sorted(f"{t} <{g}>" for g, body in _GraphStore.graphs.items()
                    for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    local = sorted(f"{q.triple} <{q.graph_name.value}>" for q in ox.Store.read_only(
        str(store.current_generation(seed_build))))
    assert pushed == local
