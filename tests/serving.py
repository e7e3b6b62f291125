"""Helpers for the endpoint tests: `kgbuild serve` started as users start it, and plain HTTP calls."""
from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
KGBUILD = [sys.executable, "-m", "kgbuild.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running `kgbuild serve` (stop() ends it and checks that it ends)."""

    def __init__(self, store: Path, *args: str, start_timeout: float = 90.0):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(KGBUILD + ["serve", "--store", str(store), "--port", str(self.port), *args],
                                     cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + start_timeout
        while True:
            try:
                with urllib.request.urlopen(self.base + "/", timeout=5) as r:
                    r.read()
                break
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("kgbuild serve ended: " + self.proc.stderr.read().decode())
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("kgbuild serve did not come up")
                time.sleep(0.2)

    def processes(self) -> set[int]:
        """The server's process tree (pids), from /proc."""
        found, todo = set(), [self.proc.pid]
        while todo:
            pid = todo.pop()
            found.add(pid)
            for task in Path(f"/proc/{pid}/task").glob("*"):
                try:
                    todo += [int(c) for c in (task / "children").read_text().split()]
                except OSError:
                    pass
        return found

    def stop(self) -> None:
        try:
            self._stop()
        finally:
            if self.proc.stderr is not None:
                self.proc.stderr.close()

    def _stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError("kgbuild serve did not stop on SIGTERM")


def call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
         timeout: float = 60) -> tuple[int, dict, bytes]:
    """(status, lower-cased headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def get(base: str, query: str, params: dict | None = None, **kw) -> tuple[int, dict, bytes]:
    extra = "".join(f"&{k}={quote(v)}" for k, v in (params or {}).items())
    return call(f"{base}/sparql?query={quote(query)}{extra}", **kw)


def raw_request(port: int, data: bytes, timeout: float = 30) -> bytes:
    """Send bytes as they are; the start of the answer (status line and headers)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        out = b""
        try:
            while b"\r\n\r\n" not in out:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                out += chunk
        except ConnectionResetError:
            pass
        return out


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


class Listener:
    """A local SPARQL endpoint that answers one fake row and counts who connects."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self) -> None:
                hits.append(self.path)
                n = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(n)
                body = json.dumps({"head": {"vars": ["x"]},
                                   "results": {"bindings": [{"x": {"type": "literal", "value": "fake row"}}]}})
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            do_GET = do_POST = answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def service_queries(url: str) -> list[str]:
    """SERVICE to `url` in several spellings and positions."""
    return [
        f"SELECT * {{ SERVICE <{url}> {{ ?x ?p ?o }} }}",
        f"select * {{ service silent <{url}> {{ ?x ?p ?o }} }}",
        f"SELECT * {{ {{ SELECT ?x {{ OPTIONAL {{ SERVICE <{url}> {{ ?x ?p ?o }} }} }} }} }}",
        f"PREFIX s: <{url}#>\nSELECT * # a comment\n{{ ?a ?b \"SERVICE\" . SERVICE\n<{url}>{{?x ?p ?o}} }}",
    ]


PF_EXITING = 0x4  # /proc/PID/stat flags: the process is in exit
SIGKILL_BIT = 1 << (signal.SIGKILL - 1)


def dying(pid: int, stat_fields: list[str]) -> bool:
    """Killed but not yet a zombie: SIGKILL pending, or in exit. At nice 19 on a busy machine a
    killed query process can take seconds to be scheduled and end; it runs no query any more."""
    if stat_fields[0] in "ZX" or int(stat_fields[6]) & PF_EXITING:
        return True
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return any(int(line.split()[1], 16) & SIGKILL_BIT
               for line in status.splitlines() if line.startswith(("SigPnd:", "ShdPnd:")))


def running(pid: int) -> bool:
    """Alive and not killed: a process with SIGKILL pending or in exit has been stopped, though a
    busy machine may take seconds to schedule its end."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return not dying(pid, fields)


def niced(pids: set[int]) -> set[int]:
    """The processes among `pids` running at nice 19 (kgbuild's slow queries), killed ones left out."""
    out = set()
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[16]) == 19 and not dying(pid, fields):
            out.add(pid)
    return out
