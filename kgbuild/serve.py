"""A read-only SPARQL 1.1 Protocol endpoint over a build's store, plus an offline query page.

Design
------
* HTTP: the standard library's threading HTTP/1.1 server (keep-alive, one thread per connection).
* Queries run in a small pool of worker *processes* (``python -c ... kgbuild.serve._worker_main``),
  each with the store opened read-only. Oxigraph cannot interrupt a running query from Python, so a
  query that exceeds ``timeout_s`` is answered with 503 and its worker is killed (SIGKILL) and
  replaced in the background; the other workers keep serving. Workers also use both CPU cores,
  which a GIL-bound in-process design would not. Results are serialised inside the worker (Rust
  serialisers), so the HTTP side only moves bytes.
* Workers follow new builds: before each query a worker checks the DIR/store symlink and reopens
  the store when a build has been published (see kgbuild.store).
* SPARQL Update is refused (403) whichever way it arrives; the store is opened read-only anyway.
* Default graph = union of the named graphs.

Endpoints: ``/sparql`` (GET ?query=, POST application/sparql-query or form ``query=``),
``/`` (query page), ``/queries.json`` (the example queries of the repo's queries/ folder).
"""
from __future__ import annotations

import json
import os
import queue
import re
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import parse_qs, urlsplit

from .store import StoreError, current_generation

# one more query process than cores: a request in flight in the pipes leaves a core free (measured)
DEFAULT_WORKERS = int(os.environ.get("KGBUILD_SERVE_WORKERS", 0)) or max(3, min(4, (os.cpu_count() or 2) + 1))

SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
}
# ?format= shorthands
FORMAT_ALIASES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "text/turtle"),
    "csv": ("text/csv", "text/turtle"),
    "tsv": ("text/tab-separated-values", "text/turtle"),
    "turtle": ("application/sparql-results+json", "text/turtle"),
    "ttl": ("application/sparql-results+json", "text/turtle"),
    "ntriples": ("application/sparql-results+json", "application/n-triples"),
    "nt": ("application/sparql-results+json", "application/n-triples"),
    "jsonld": ("application/sparql-results+json", "application/ld+json"),
    "json-ld": ("application/sparql-results+json", "application/ld+json"),
}
TEXTUAL = ("text/csv", "text/tab-separated-values", "text/turtle", "application/n-triples")

_UPDATE_RE = re.compile(
    r"""^(?:\s+|\#[^\n]*(?:\n|$)|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*
        (?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def looks_like_update(text: str) -> bool:
    return bool(_UPDATE_RE.match(text))


def negotiate(kind: str, accept: str | None, fmt: str | None) -> str:
    """Media type for a result of `kind` ("select" for SELECT/ASK, "graph" for CONSTRUCT/DESCRIBE)."""
    table = SELECT_TYPES if kind == "select" else GRAPH_TYPES
    default = "application/sparql-results+json" if kind == "select" else "text/turtle"
    if fmt:
        f = fmt.strip().lower()
        if f in table:
            return f
        if f in FORMAT_ALIASES:
            return FORMAT_ALIASES[f][0 if kind == "select" else 1]
    if not accept:
        return default
    best, best_q = None, 0.0
    for i, part in enumerate(accept.split(",")):
        fields = part.strip().split(";")
        mt = fields[0].strip().lower()
        q = 1.0
        for p in fields[1:]:
            k, _, v = p.strip().partition("=")
            if k.strip() == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        if mt in ("application/json",) and kind == "select":
            mt = "application/sparql-results+json"
        elif mt == "application/json":
            mt = "application/ld+json"
        elif mt == "application/xml" and kind == "select":
            mt = "application/sparql-results+xml"
        if mt in table:
            cand = mt
        elif mt in ("*/*", "application/*", "text/*"):
            cand = default if mt != "text/*" or default.startswith("text/") else (
                "text/csv" if kind == "select" else "text/turtle")
            q -= 1e-6  # an explicit type beats a wildcard of the same weight
        else:
            continue
        if q > best_q:
            best, best_q = cand, q
    return best or default


# --------------------------------------------------------------------------------------------
# worker side


def _read_exact(fd: int, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = os.read(fd, n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _send_frame(fd: int, payload: bytes) -> None:
    _write_all(fd, struct.pack("!I", len(payload)) + payload)


def _recv_frame(fd: int) -> bytes | None:
    head = _read_exact(fd, 4)
    if head is None:
        return None
    return _read_exact(fd, struct.unpack("!I", head)[0])


def _pack_response(status: int, ctype: str, body: bytes) -> bytes:
    c = ctype.encode()
    return struct.pack("!HB", status, len(c)) + c + body


def _unpack_response(data: bytes) -> tuple[int, str, bytes]:
    status, clen = struct.unpack("!HB", data[:3])
    return status, data[3:3 + clen].decode(), data[3 + clen:]


def execute(store, sparql: str, accept: str | None, fmt: str | None) -> tuple[int, str, bytes]:
    """Run one query on `store` and serialise it: (status, content type, body)."""
    import pyoxigraph as ox

    from .store import PREFIXES

    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as e:
        if looks_like_update(sparql):
            return 403, "text/plain; charset=utf-8", b"SPARQL Update is not allowed: this endpoint is read-only\n"
        return 400, "text/plain; charset=utf-8", f"malformed query: {e}\n".encode()
    try:
        if isinstance(result, ox.QueryTriples):
            mt = negotiate("graph", accept, fmt)
            if mt == "text/turtle":
                body = ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            else:
                body = result.serialize(format=ox.RdfFormat.from_media_type(mt))
        else:
            mt = negotiate("select", accept, fmt)
            body = result.serialize(format=ox.QueryResultsFormat.from_media_type(mt))
    except (OSError, ValueError, TypeError) as e:
        return 500, "text/plain; charset=utf-8", f"query failed: {e}\n".encode()
    ctype = mt + "; charset=utf-8" if mt in TEXTUAL else mt
    return 200, ctype, body or b""


def _worker_main(out_dir: str, rfd: int, wfd: int) -> None:
    """Loop of one worker process: frames in (query \\0 accept \\0 format), frames out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the parent, which kills us
    parent = os.getppid()

    def watchdog() -> None:  # queries release the GIL, so this runs even during a long query
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:  # the server died (even by SIGKILL): do not run on alone
                os._exit(0)

    threading.Thread(target=watchdog, daemon=True).start()
    from .store import StoreHandle

    handle = StoreHandle(Path(out_dir))
    try:
        handle.get()
    except StoreError as e:
        _send_frame(wfd, b"E" + str(e).encode())
        return
    _send_frame(wfd, b"R")
    while True:
        msg = _recv_frame(rfd)
        if msg is None:  # parent gone
            return
        q, accept, fmt = msg.decode("utf-8", "replace").rsplit("\0", 2)
        try:
            out = execute(handle.get(), q, accept or None, fmt or None)
        except StoreError as e:
            out = (503, "text/plain; charset=utf-8", f"{e}\n".encode())
        except Exception as e:  # never let one query kill the worker loop
            out = (500, "text/plain; charset=utf-8", f"query failed: {type(e).__name__}: {e}\n".encode())
        _send_frame(wfd, _pack_response(*out))


_WORKER_CODE = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from kgbuild.serve import _worker_main; "
    "_worker_main(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))"
)


class _Worker:
    def __init__(self, out_dir: Path, start_timeout: float = 60.0):
        req_r, self.req_w = os.pipe()
        self.resp_r, resp_w = os.pipe()
        pkg_parent = str(Path(__file__).resolve().parent.parent)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _WORKER_CODE, pkg_parent, str(out_dir), str(req_r), str(resp_w)],
                pass_fds=(req_r, resp_w), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            )
        finally:
            os.close(req_r)
            os.close(resp_w)
        ready = self._recv(time.monotonic() + start_timeout)
        if ready is None or not ready.startswith(b"R"):
            self.kill()
            msg = ready[1:].decode() if ready else "worker did not start"
            raise StoreError(msg)

    def _recv(self, deadline: float) -> bytes | None:
        """One frame, or None on timeout/EOF."""
        buf = bytearray()
        need = 4
        have_len = False
        while True:
            while len(buf) < need:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                r, _, _ = select.select([self.resp_r], [], [], left)
                if not r:
                    return None
                chunk = os.read(self.resp_r, max(need - len(buf), 65536) if have_len else need - len(buf))
                if not chunk:
                    return None
                buf += chunk
            if not have_len:
                need = 4 + struct.unpack("!I", bytes(buf[:4]))[0]
                have_len = True
                if len(buf) >= need:
                    return bytes(buf[4:need])
            else:
                return bytes(buf[4:need])

    def ask(self, payload: bytes, deadline: float) -> bytes | None:
        try:
            _send_frame(self.req_w, payload)
        except OSError:
            return None
        return self._recv(deadline)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover
            pass
        for fd in (self.req_w, self.resp_r):
            try:
                os.close(fd)
            except OSError:
                pass


class WorkerPool:
    """Worker processes each holding the store read-only; a timed-out worker is killed and replaced."""

    def __init__(self, out_dir: Path, size: int = DEFAULT_WORKERS):
        self.out_dir = Path(out_dir)
        self.size = size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # start them in parallel; fail loudly if the store cannot be opened
        errors: list[BaseException] = []

        def start() -> None:
            try:
                self._add(_Worker(self.out_dir))
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=start) for _ in range(size)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            self.close()
            raise errors[0]

    def _add(self, w: _Worker) -> None:
        with self._lock:
            if self._closed:
                w.kill()
                return
            self._all.add(w)
        self._idle.put(w)

    def _replace(self, w: _Worker) -> None:
        with self._lock:
            self._all.discard(w)
        w.kill()

        def respawn() -> None:
            for attempt in range(20):
                if self._closed:
                    return
                try:
                    self._add(_Worker(self.out_dir))
                    return
                except Exception:
                    time.sleep(min(5.0, 0.2 * 2 ** attempt))

        threading.Thread(target=respawn, daemon=True).start()

    def run(self, sparql: str, accept: str | None, fmt: str | None, timeout_s: float) -> tuple[int, str, bytes]:
        deadline = time.monotonic() + timeout_s
        try:
            w = self._idle.get(timeout=timeout_s)
        except queue.Empty:
            return 503, "text/plain; charset=utf-8", f"server busy: no free query worker within {timeout_s:g} s\n".encode()
        payload = "\0".join((sparql, accept or "", fmt or "")).encode("utf-8", "surrogatepass")
        answer = w.ask(payload, deadline)
        if answer is None:
            alive = w.proc.poll() is None
            self._replace(w)
            if alive:
                return 503, "text/plain; charset=utf-8", f"query timed out after {timeout_s:g} s and was stopped\n".encode()
            return 500, "text/plain; charset=utf-8", b"query worker died (out of memory?)\n"
        self._idle.put(w)
        return _unpack_response(answer)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


# --------------------------------------------------------------------------------------------
# the application


def find_queries_dir() -> Path | None:
    """<repo>/queries when running from a checkout, else the copy packaged as kgbuild/queries."""
    here = Path(__file__).resolve().parent
    for d in (here.parent / "queries", here / "queries"):
        if d.is_dir():
            return d
    return None


def example_queries() -> list[dict]:
    d = find_queries_dir()
    if d is None:
        return []
    out = []
    for p in sorted(d.glob("*.rq")):
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        title = p.stem
        for line in text.splitlines():
            s = line.strip()
            if s.startswith("#") and s.strip("# "):
                title = f"{p.stem}: {s.strip('# ')}"
                break
            if s:
                break
        out.append({"name": p.name, "title": title, "query": text})
    return out


Response = tuple[int, list[tuple[str, str]], bytes]

CORS = [
    ("Access-Control-Allow-Origin", "*"),
]
CORS_PREFLIGHT = CORS + [
    ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
    ("Access-Control-Allow-Headers", "Content-Type, Accept"),
    ("Access-Control-Max-Age", "86400"),
]


def _text(status: int, msg: str, extra: list[tuple[str, str]] | None = None) -> Response:
    msg = msg if msg.endswith("\n") else msg + "\n"
    return status, [("Content-Type", "text/plain; charset=utf-8")] + (extra or []), msg.encode()


class SparqlApp:
    """The endpoint's logic, independent of the HTTP server; also a WSGI application."""

    def __init__(self, out_dir: Path, timeout_s: float = 10.0, max_body: int = 1_000_000,
                 workers: int = DEFAULT_WORKERS):
        self.out_dir = Path(out_dir)
        if current_generation(self.out_dir) is None:
            raise StoreError(f"no store in {self.out_dir} (run a build first)")
        self.timeout_s = timeout_s
        self.max_body = max_body
        self.pool = WorkerPool(self.out_dir, workers)

    def close(self) -> None:
        self.pool.close()

    # -- core --------------------------------------------------------------------------------
    def handle(self, method: str, target: str, headers: Callable[[str], str | None],
               body: bytes | None) -> Response:
        """`headers(name)` returns a request header (case-insensitive) or None."""
        parts = urlsplit(target)
        path = parts.path.rstrip("/") or "/"
        if method == "OPTIONS":
            return 204, [], b""
        if path == "/":
            if method not in ("GET", "HEAD"):
                return _text(405, "method not allowed", [("Allow", "GET")])
            return 200, [("Content-Type", "text/html; charset=utf-8")], PAGE.encode()
        if path == "/queries.json":
            data = json.dumps(example_queries(), ensure_ascii=False).encode()
            return 200, [("Content-Type", "application/json; charset=utf-8"), ("Cache-Control", "no-store")], data
        if path != "/sparql":
            return _text(404, f"not found: {parts.path} (the endpoint is /sparql)")
        params = parse_qs(parts.query, keep_blank_values=True)
        if method in ("GET", "HEAD"):
            pass
        elif method == "POST":
            ctype = (headers("content-type") or "").split(";")[0].strip().lower()
            raw = body or b""
            if ctype == "application/sparql-update":
                return _text(403, "SPARQL Update is not allowed: this endpoint is read-only")
            if ctype == "application/sparql-query":
                try:
                    params.setdefault("query", []).insert(0, raw.decode("utf-8"))
                except UnicodeDecodeError:
                    return _text(400, "the query is not UTF-8")
            elif ctype == "application/x-www-form-urlencoded":
                try:
                    form = parse_qs(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
                except UnicodeDecodeError:
                    return _text(400, "the form is not UTF-8")
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
            else:
                return _text(415, "POST a query as application/sparql-query or as the form field query= "
                                  "(application/x-www-form-urlencoded)")
        else:
            return _text(405, f"{method} is not allowed: this endpoint is read-only", [("Allow", "GET, POST")])
        if "update" in params:
            return _text(403, "SPARQL Update is not allowed: this endpoint is read-only")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return _text(400, "give exactly one SPARQL query (query= or an application/sparql-query body)")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return _text(400, "default-graph-uri / named-graph-uri are not supported: "
                              "the default graph is the union of the named graphs")
        sparql = queries[0]
        fmt = (params.get("format") or [None])[0]
        status, ctype, data = self.pool.run(sparql, headers("accept"), fmt, self.timeout_s)
        hdrs = [("Content-Type", ctype)]
        if status == 200:
            hdrs.append(("Vary", "Accept"))
        return status, hdrs, data

    # -- WSGI --------------------------------------------------------------------------------
    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        target = environ.get("PATH_INFO", "/") + ("?" + environ["QUERY_STRING"] if environ.get("QUERY_STRING") else "")

        def header(name: str) -> str | None:
            key = name.upper().replace("-", "_")
            if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                return environ.get(key)
            return environ.get("HTTP_" + key)

        body = None
        if method == "POST":
            try:
                n = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            if n > self.max_body:
                status, hdrs, data = _text(413, f"request body over {self.max_body} bytes")
                start_response(f"{status} {HTTPStatus(status).phrase}", hdrs + CORS)
                return [data]
            body = environ["wsgi.input"].read(n) if n else b""
        status, hdrs, data = self.handle(method, target, header, body)
        extra = CORS_PREFLIGHT if method == "OPTIONS" else CORS
        start_response(f"{status} {HTTPStatus(status).phrase}", hdrs + extra + [("Content-Length", str(len(data)))])
        return [b"" if method == "HEAD" else data]


def make_app(out_dir: Path, timeout_s: float = 10.0, max_body: int = 1_000_000) -> SparqlApp:
    """The endpoint for DIR's store (starts its query workers; call .close() when done)."""
    return SparqlApp(Path(out_dir), timeout_s=timeout_s, max_body=max_body)


# --------------------------------------------------------------------------------------------
# HTTP server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kgbuild-sparql"
    sys_version = ""
    disable_nagle_algorithm = True
    timeout = 60  # idle keep-alive connections are closed after this
    server: "SparqlServer"

    @property
    def app(self) -> SparqlApp:
        return self.server.app

    def log_message(self, format: str, *args: object) -> None:  # quiet; errors go to stderr below
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    def _send(self, status: int, hdrs: list[tuple[str, str]], data: bytes, close: bool = False) -> None:
        self.send_response_only(status)
        for k, v in hdrs:
            self.send_header(k, v)
        for k, v in (CORS_PREFLIGHT if self.command == "OPTIONS" else CORS):
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and data:
            self.wfile.write(data)

    def _body(self) -> bytes | None:
        """The request body, or None after answering 411/413 itself."""
        te = (self.headers.get("Transfer-Encoding") or "").lower()
        limit = self.app.max_body
        if "chunked" in te:
            out = bytearray()
            while True:
                line = self.rfile.readline(1024)
                try:
                    size = int(line.split(b";")[0].strip() or b"0", 16)
                except ValueError:
                    self._send(*_text(400, "bad chunked encoding"), close=True)
                    return None
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(out)
                if len(out) + size > limit:
                    self._send(*_text(413, f"request body over {limit} bytes"), close=True)
                    return None
                out += self.rfile.read(size)
                self.rfile.readline(1024)
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._send(*_text(400, "bad Content-Length"), close=True)
            return None
        if n > limit:
            if n <= 8 * limit:  # read it away so the client sees the 413 rather than a reset
                left = n
                while left > 0:
                    chunk = self.rfile.read(min(left, 65536))
                    if not chunk:
                        break
                    left -= len(chunk)
            self._send(*_text(413, f"request body over {limit} bytes"), close=True)
            return None
        return self.rfile.read(n) if n > 0 else b""

    def _dispatch(self) -> None:
        if len(self.path) > self.app.max_body:
            self._send(*_text(413, f"request URL over {self.app.max_body} bytes"), close=True)
            return
        body = None
        if self.command == "POST":
            body = self._body()
            if body is None:
                return
        try:
            status, hdrs, data = self.app.handle(self.command, self.path, self.headers.get, body)
        except Exception as e:  # pragma: no cover - a bug; answer instead of dropping the socket
            status, hdrs, data = _text(500, f"internal error: {type(e).__name__}: {e}")
        self._send(status, hdrs, data)

    do_GET = do_POST = do_HEAD = do_OPTIONS = do_PUT = do_DELETE = do_PATCH = _dispatch


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, host: str, port: int, verbose: bool = False):
        self.app: SparqlApp | None = None  # set before serving
        self.verbose = verbose
        try:
            super().__init__((host, port), _Handler)
        except OSError as e:
            raise OSError(e.errno, f"cannot listen on {host}:{port}: {e.strerror or e}") from None

    def server_close(self) -> None:
        super().server_close()
        if self.app is not None:
            self.app.close()


def make_server(out_dir: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0,
                max_body: int = 1_000_000) -> SparqlServer:
    """A ready server (port 0 picks a free one: see .server_address); call serve_forever()."""
    server = SparqlServer(host, port)  # bind first: a busy port fails before workers start
    try:
        server.app = make_app(out_dir, timeout_s=timeout_s, max_body=max_body)
    except BaseException:
        server.server_close()
        raise
    return server


def serve(out_dir: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0) -> None:
    """Serve DIR's store at http://host:port/sparql until interrupted (Ctrl-C or SIGTERM).

    HTTP is handled by granian (a Rust server for WSGI apps) when it is installed: it carries two
    to three times the requests of the standard library's threads. Queries run in the killable
    worker processes either way. Without granian, the standard library's threaded server."""
    _check_port(host, port)  # a busy port fails here, before any worker starts
    try:
        from granian import Granian
        from granian.constants import Interfaces
    except ImportError:
        return _serve_stdlib(out_dir, host, port, timeout_s)
    os.environ["KGBUILD_SERVE_STORE"] = str(Path(out_dir).resolve())
    os.environ["KGBUILD_SERVE_TIMEOUT"] = str(timeout_s)
    make_app(out_dir, timeout_s=timeout_s).close()  # fail here, in one line, if the store cannot be served
    Granian("kgbuild.serve:granian_app", address=host, port=port, interface=Interfaces.WSGI, workers=1,
            blocking_threads=max(8, 2 * DEFAULT_WORKERS), log_enabled=False).serve()


def _check_port(host: str, port: int) -> None:
    import socket
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as e:
            raise OSError(e.errno, f"cannot listen on {host}:{port}: {e.strerror or e}") from None


_GRANIAN_APP: SparqlApp | None = None
_GRANIAN_LOCK = threading.Lock()


def granian_app(environ: dict, start_response: Callable) -> Iterable[bytes]:
    """The WSGI entry point granian's worker imports; the app is built on the first request."""
    global _GRANIAN_APP
    if _GRANIAN_APP is None:
        with _GRANIAN_LOCK:
            if _GRANIAN_APP is None:
                _GRANIAN_APP = make_app(Path(os.environ["KGBUILD_SERVE_STORE"]),
                                        timeout_s=float(os.environ.get("KGBUILD_SERVE_TIMEOUT", "10")))
    return _GRANIAN_APP(environ, start_response)


def _serve_stdlib(out_dir: Path, host: str, port: int, timeout_s: float) -> None:
    server = make_server(out_dir, host, port, timeout_s)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# --------------------------------------------------------------------------------------------
# the query page: no external resources; results are put into the DOM with textContent only

PAGE = r"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kgbuild SPARQL</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1rem 2rem; color: #222; }
h1 { font-size: 1.3rem; }
textarea { width: 100%; height: 14rem; font-family: ui-monospace, monospace; font-size: 0.9rem; }
.bar { margin: 0.5rem 0; display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
table { border-collapse: collapse; margin-top: 0.6rem; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; vertical-align: top; text-align: start; }
th { background: #f3f3f3; }
td { unicode-bidi: plaintext; white-space: pre-wrap; }
#status { color: #555; }
#status.error { color: #b00; white-space: pre-wrap; }
pre { background: #f7f7f7; padding: 0.5rem; overflow: auto; unicode-bidi: plaintext; }
.lang { color: #888; font-size: 0.8em; }
</style>
</head>
<body>
<h1>kgbuild SPARQL endpoint</h1>
<p>Endpoint: <code id="endpoint"></code> &mdash; the default graph is the union of all article graphs.</p>
<div class="bar">
  <label for="examples">Example:</label>
  <select id="examples"><option value="">(choose an example query)</option></select>
</div>
<textarea id="query" spellcheck="false">PREFIX kg: &lt;https://w3id.org/kgbuild/ontology#&gt;
PREFIX rdfs: &lt;http://www.w3.org/2000/01/rdf-schema#&gt;
SELECT ?speaker ?label (COUNT(?st) AS ?statements) WHERE {
  ?st a kg:Statement ; kg:speaker ?speaker .
  OPTIONAL { ?speaker rdfs:label ?label FILTER(lang(?label) = "ar") }
}
GROUP BY ?speaker ?label
ORDER BY DESC(?statements)
LIMIT 20</textarea>
<div class="bar">
  <button id="run" type="button">Run (Ctrl+Enter)</button>
  <span id="status"></span>
</div>
<div id="result"></div>
<script>
"use strict";
(function () {
  var endpoint = new URL("sparql", document.baseURI).toString();
  document.getElementById("endpoint").textContent = endpoint;
  var qbox = document.getElementById("query");
  var status = document.getElementById("status");
  var result = document.getElementById("result");
  var select = document.getElementById("examples");
  var examples = [];

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function cell(term) {
    var td = el("td");
    if (!term) { return td; }
    td.appendChild(document.createTextNode(term.type === "bnode" ? "_:" + term.value : term.value));
    if (term["xml:lang"]) { td.appendChild(el("span", " @" + term["xml:lang"])).className = "lang"; }
    return td;
  }
  function showBindings(data) {
    var vars = data.head.vars || [];
    var rows = data.results.bindings || [];
    var table = el("table");
    var tr = el("tr");
    vars.forEach(function (v) { tr.appendChild(el("th", v)); });
    table.appendChild(tr);
    rows.forEach(function (b) {
      var r = el("tr");
      vars.forEach(function (v) { r.appendChild(cell(b[v])); });
      table.appendChild(r);
    });
    result.appendChild(table);
    return rows.length + " row" + (rows.length === 1 ? "" : "s");
  }
  function run() {
    clear(result);
    setStatus("running\u2026", false);
    var t0 = performance.now();
    fetch(endpoint, {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: qbox.value
    }).then(function (resp) {
      var ctype = resp.headers.get("Content-Type") || "";
      return resp.text().then(function (text) {
        var ms = Math.round(performance.now() - t0) + " ms";
        if (!resp.ok) { setStatus(resp.status + ": " + text, true); return; }
        if (ctype.indexOf("application/sparql-results+json") === 0) {
          var data = JSON.parse(text);
          if (typeof data.boolean === "boolean") { result.appendChild(el("pre", String(data.boolean))); setStatus(ms, false); return; }
          setStatus(showBindings(data) + ", " + ms, false);
        } else {
          result.appendChild(el("pre", text));
          setStatus(ms, false);
        }
      });
    }).catch(function (err) { setStatus("request failed: " + err, true); });
  }
  document.getElementById("run").addEventListener("click", run);
  qbox.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  select.addEventListener("change", function () {
    var ex = examples[select.selectedIndex - 1];
    if (ex) { qbox.value = ex.query; }
  });
  fetch(new URL("queries.json", document.baseURI).toString()).then(function (r) { return r.json(); })
    .then(function (list) {
      examples = list;
      list.forEach(function (ex) {
        var o = el("option", ex.title);
        o.value = ex.name;
        select.appendChild(o);
      });
    }).catch(function () { /* no examples */ });
})();
</script>
</body>
</html>
"""
