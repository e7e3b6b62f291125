"""`kgbuild serve`: a read-only SPARQL 1.1 Protocol endpoint over a build's store, and a query page.

HTTP is granian (a Rust HTTP server) running :class:`SparqlEndpoint`, an RSGI application on one
asyncio loop: reading requests, checking them and writing answers is asynchronous, so idle and slow
clients hold a socket, never a thread or a query process. Queries run in killable processes
(:mod:`kgbuild.query_pool`), each after :mod:`kgbuild.sparql_guard` has accepted it.

* ``/sparql``: GET ``?query=``, POST ``application/sparql-query`` or a form; ``default-graph-uri``
  and ``named-graph-uri`` (repeatable) set the dataset, else the default graph is the union of the
  named graphs (or the query's own FROM); answers in the media types of kgbuild.sparql_formats
  (406 when Accept allows none). Updates are refused (403), SERVICE too (400): the endpoint makes
  no outbound requests.
* ``/`` the query page (``kgbuild/static/query.*``), ``/queries.json`` the example queries.

Every answer carries ``X-Content-Type-Options: nosniff``; CORS headers only for the origins given
with ``--cors``; a request whose Host header does not name the bound address gets 403 (a page on
another site cannot reach a loopback server through DNS rebinding). Request headers must arrive
within ``read_timeout_s`` (granian) and so must the body (here); bodies over ``max_body`` bytes get
413, chunked ones included.
"""
from __future__ import annotations

import asyncio
import functools
import ipaddress
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from .query_pool import QueryPool
from .query_worker import request as query_request
from .sparql_formats import negotiate, supported
from .sparql_guard import QueryRefused, check

STATIC = Path(__file__).resolve().parent / "static"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
# one query process per core and one more, so a request in flight in the sockets leaves a core busy
DEFAULT_WORKERS = max(2, min(8, (os.cpu_count() or 2) + 1))

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class ServeSettings:
    """Everything `kgbuild serve` is told on its command line."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout_s: float = 10.0         # a query is stopped after this (503)
    max_body: int = 1_000_000       # bytes of a request body (413 above)
    workers: int = DEFAULT_WORKERS  # query processes kept ready at normal priority
    max_queries: int = 32           # query processes at most, i.e. queries running at once
    max_memory_mb: int = 2048       # resident memory of one query process (503 and replaced above)
    read_timeout_s: float = 10.0    # to receive a request's headers, and its body
    cors: tuple[str, ...] = ()      # origins allowed to read answers ("*" for any)
    allow_hosts: tuple[str, ...] = ()  # more names the Host header may carry


# -- small pieces --------------------------------------------------------------------------------


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


def _host_name(host_header: str) -> str:
    """The name in a Host header, without port and brackets, lower case."""
    h = host_header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    if h.count(":") == 1:
        h = h.split(":", 1)[0]
    return h.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


class HostCheck:
    """Which Host headers name this server: the bound address (for a loopback address also
    localhost, 127.0.0.1 and ::1), the --allow-host names, and for a wildcard bind (0.0.0.0, ::)
    any IP address. A DNS name pointing at the server (the DNS-rebinding attack) is refused."""

    def __init__(self, bind: str, extra: tuple[str, ...] = ()):
        b = _host_name(bind) if not _is_ip(bind) else bind.lower()
        self.names = {b} | {_host_name(x) for x in extra}
        self.any_ip = b in ("0.0.0.0", "::", "")
        loopback = b in LOOPBACK_NAMES or (_is_ip(b) and ipaddress.ip_address(b).is_loopback)
        if loopback or self.any_ip:
            self.names |= LOOPBACK_NAMES

    def allows(self, host_header: str | None) -> bool:
        if host_header is None:  # HTTP/1.0 without Host: not a browser, nothing to rebind
            return True
        name = _host_name(host_header)
        return name in self.names or (self.any_ip and _is_ip(name))


def _text(status: int, message: str) -> tuple[int, Headers, bytes]:
    body = message.replace("\n", " ").strip().encode() + b"\n"
    return status, [("content-type", "text/plain; charset=utf-8")], body


class _BodyError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


# -- the application -----------------------------------------------------------------------------


class SparqlEndpoint:
    """The RSGI application: one per granian worker process."""

    def __init__(self, settings: ServeSettings):
        self.settings = settings
        self.hosts = HostCheck(settings.host, settings.allow_hosts)
        self.cors = frozenset(settings.cors)
        self.pool: QueryPool | None = None
        self.static = {name: (STATIC / name).read_bytes() for name in ("query.html", "query.css", "query.js")}

    # granian calls these around serving
    def __rsgi_init__(self, loop: asyncio.AbstractEventLoop) -> None:
        s = self.settings
        self.pool = QueryPool(s.store, ready=s.workers, max_processes=s.max_queries, timeout_s=s.timeout_s,
                              max_memory_mb=s.max_memory_mb)
        loop.run_until_complete(self.pool.start())

    def __rsgi_del__(self, loop: asyncio.AbstractEventLoop) -> None:
        if self.pool is not None:
            self.pool.close()

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        if scope.proto != "http":
            return
        headers = scope.headers
        out: Headers = [("x-content-type-options", "nosniff")]
        origin = headers.get("origin")
        cors = origin is not None and ("*" in self.cors or origin in self.cors)
        if cors:
            out += [("access-control-allow-origin", "*" if "*" in self.cors else origin), ("vary", "Origin")]
        try:
            host = scope.authority or headers.get("host")
            if not self.hosts.allows(host):
                status, hdrs, body = _text(403, f"the Host header {host!r} does not name this server "
                                                "(kgbuild serve --allow-host NAME allows a name)")
            else:
                status, hdrs, body = await self.handle(scope, proto, cors)
        except _BodyError as e:
            status, hdrs, body = _text(e.status, str(e))
            hdrs.append(("connection", "close"))
        except Exception as e:  # a bug: still an answer, in one line
            status, hdrs, body = _text(500, f"internal error: {type(e).__name__}: {e}")
        try:
            proto.response_bytes(status, hdrs + out, b"" if scope.method == "HEAD" else body)
        except Exception:  # the client is gone
            pass

    async def handle(self, scope: Any, proto: Any, cors: bool) -> tuple[int, Headers, bytes]:
        path = scope.path.rstrip("/") or "/"
        method = scope.method
        if method == "OPTIONS":
            hdrs: Headers = [("allow", "GET, POST, OPTIONS")]
            if cors:
                hdrs += [("access-control-allow-methods", "GET, POST"),
                         ("access-control-allow-headers", "Content-Type, Accept"),
                         ("access-control-max-age", "600")]
            return 204, hdrs, b""
        if path == "/sparql":
            return await self.sparql(scope, proto)
        if method not in ("GET", "HEAD"):
            status, hdrs, body = _text(405, f"{method} is not allowed here")
            return status, hdrs + [("allow", "GET")], body
        if path == "/":
            return 200, [("content-type", "text/html; charset=utf-8"),
                         ("content-security-policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                                                     "connect-src 'self'; base-uri 'none'; form-action 'none'; "
                                                     "frame-ancestors 'none'"),
                         ("referrer-policy", "no-referrer")], self.static["query.html"]
        if path in ("/static/query.css", "/static/query.js"):
            ctype = "text/css" if path.endswith(".css") else "text/javascript"
            return 200, [("content-type", ctype + "; charset=utf-8"), ("cache-control", "no-cache")], \
                self.static[path.rsplit("/", 1)[1]]
        if path == "/queries.json":
            data = json.dumps(example_queries(), ensure_ascii=False).encode()
            return 200, [("content-type", "application/json; charset=utf-8"), ("cache-control", "no-store")], data
        return _text(404, f"not found: {scope.path} (the endpoint is /sparql)")

    async def read_body(self, scope: Any, proto: Any) -> bytes:
        """The request body within max_body bytes and read_timeout_s seconds (413 / 408)."""
        limit = self.settings.max_body
        length = scope.headers.get("content-length")
        if length is not None:
            try:
                n = int(length)
            except ValueError:
                raise _BodyError(400, "bad Content-Length") from None
            if n > limit:
                raise _BodyError(413, f"request body over {limit} bytes (--max-body)")
        chunks: list[bytes] = []
        size = 0

        async def collect() -> None:
            nonlocal size
            async for chunk in proto:
                size += len(chunk)
                if size > limit:
                    raise _BodyError(413, f"request body over {limit} bytes (--max-body)")
                chunks.append(chunk)

        try:
            await asyncio.wait_for(collect(), self.settings.read_timeout_s)
        except asyncio.TimeoutError:
            raise _BodyError(408, f"request body not received within {self.settings.read_timeout_s:g} s") from None
        return b"".join(chunks)

    async def sparql(self, scope: Any, proto: Any) -> tuple[int, Headers, bytes]:
        method = scope.method
        if len(scope.query_string) > self.settings.max_body:
            return _text(414, f"request URL over {self.settings.max_body} bytes (--max-body; POST long queries)")
        try:
            params = parse_qsl(scope.query_string, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            return _text(400, "the URL's query string is not UTF-8")
        if method == "POST":
            ctype = (scope.headers.get("content-type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return _text(403, "SPARQL Update is not allowed: this endpoint is read-only")
            if ctype not in ("application/sparql-query", "application/x-www-form-urlencoded"):
                return _text(415, "POST a query as application/sparql-query, or as the form field query= "
                                  "(application/x-www-form-urlencoded)")
            raw = await self.read_body(scope, proto)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return _text(400, "the request body is not UTF-8")
            if ctype == "application/sparql-query":
                params.append(("query", text))
            else:
                params += parse_qsl(text, keep_blank_values=True)
        elif method not in ("GET", "HEAD"):
            return 405, [("allow", "GET, POST"), ("content-type", "text/plain; charset=utf-8")], \
                f"{method} is not allowed: this endpoint is read-only\n".encode()
        values: dict[str, list[str]] = {}
        for k, v in params:
            values.setdefault(k, []).append(v)
        if "update" in values:
            return _text(403, "SPARQL Update is not allowed: this endpoint is read-only")
        queries = values.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return _text(400, "give exactly one SPARQL query (query= or an application/sparql-query body)")
        try:
            shape = check(queries[0])
        except QueryRefused as e:
            return _text(e.status, str(e))
        default_graphs = values.get("default-graph-uri")
        named_graphs = values.get("named-graph-uri")
        for name, iris in (("default-graph-uri", default_graphs), ("named-graph-uri", named_graphs)):
            for iri in iris or ():
                if not _valid_iri(iri):
                    return _text(400, f"{name} is not an absolute IRI: {iri!r}")
        media_type = negotiate(scope.headers.get("accept"), shape.gives_graph, values.get("format"))
        if media_type is None:
            kinds = "CONSTRUCT and DESCRIBE" if shape.gives_graph else "SELECT and ASK"
            return _text(406, f"no media type in Accept ({scope.headers.get('accept')}) can be given; "
                              f"{kinds} answer in: {', '.join(supported(shape.gives_graph))}")
        payload = query_request(queries[0], media_type, default_graphs=default_graphs, named_graphs=named_graphs,
                                union=not shape.has_dataset)
        assert self.pool is not None
        status, ctype, body = await self.pool.run(payload, on_slow=proto.client_disconnect)
        hdrs: Headers = [("content-type", ctype)]
        if status == 200:
            hdrs.append(("vary", "Accept"))
        return status, hdrs, body


def _valid_iri(iri: str) -> bool:
    import pyoxigraph as ox
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return ":" in iri


# -- starting it ---------------------------------------------------------------------------------


def make_endpoint(settings: ServeSettings) -> SparqlEndpoint:
    """What granian's worker process serves (called there: settings travel as an argument)."""
    return SparqlEndpoint(settings)


def check_port(host: str, port: int) -> None:
    """OSError, in one line, if host:port cannot be listened on (before anything starts)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as e:
            raise OSError(e.errno, f"cannot listen on {host}:{port}: {e.strerror or e}") from None


def check_store(store: Path) -> None:
    """StoreError if the store cannot be opened (said before the server starts)."""
    from .store import close_store, open_store
    close_store(open_store(store))


def serve(settings: ServeSettings) -> None:
    """Serve until SIGINT or SIGTERM (granian's signal handling)."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.http import HTTP1Settings

    check_port(settings.host, settings.port)
    check_store(settings.store)
    server = Granian(
        "kgbuild.serve:make_endpoint", address=settings.host, port=settings.port, interface=Interfaces.RSGI,
        workers=1, websockets=False, log_enabled=False, backlog=1024, respawn_failed_workers=True,
        http1_settings=HTTP1Settings(header_read_timeout=int(settings.read_timeout_s * 1000)),
    )
    server.serve(target_loader=functools.partial(make_endpoint, settings), wrap_loader=False)
