"""Send a build's named graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

Each article graph is sent with ``PUT {to}?graph=<iri>`` (body: N-Triples), which replaces that graph
on the remote side, so pushing the same build twice leaves the remote store unchanged. For an
Oxigraph server the endpoint is ``http://host:port/store``.
"""
from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from .store import StoreError, open_store, close_store


class PushError(OSError):
    """A push failed; the message (str(e)) is one line. An OSError, like other I/O failures."""


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _put(url: str, body: bytes, timeout: float, what: str, method: str = "PUT") -> None:
    """PUT replaces the graph; POST (Graph Store Protocol) merges into it."""
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as e:
        try:
            detail = e.read().decode("utf-8", "replace")
        except Exception:
            detail = ""
        raise PushError(_one_line(f"{url.split('?')[0]} answered {e.code} {e.reason} for {what}"
                                  + (f": {detail}" if detail.strip() else ""))) from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, ConnectionRefusedError):
            msg = "connection refused (is the server running?)"
        elif isinstance(reason, (socket.timeout, TimeoutError)):
            msg = f"timed out after {timeout:g} s"
        else:
            msg = str(reason)
        raise PushError(_one_line(f"cannot reach {url.split('?')[0]}: {msg}")) from None
    except (socket.timeout, TimeoutError):
        raise PushError(f"{url.split('?')[0]} timed out after {timeout:g} s while sending {what}") from None
    except (ConnectionError, http.client.HTTPException) as e:
        raise PushError(_one_line(f"connection to {url.split('?')[0]} failed while sending {what}: {e}")) from None


def push(out_dir: Path, to: str, timeout: float = 30) -> dict:
    """PUT every named graph of DIR's store to the Graph Store endpoint `to`.

    Returns {graph IRI: number of triples sent} (key "default" for a non-empty default graph).
    Raises PushError (one-line message) on the first failure, StoreError if DIR has no store.
    """
    parts = urlsplit(to)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"not an http(s) URL: {to!r} (e.g. http://127.0.0.1:7878/store)")
    sep = "&" if parts.query else "?"
    store = open_store(Path(out_dir))
    counts: dict[str, int] = {}
    try:
        graphs: list = sorted(store.named_graphs(), key=lambda g: g.value)
        for g in graphs:
            body = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) or b""
            _put(f"{to}{sep}graph={quote(g.value, safe='')}", body, timeout, f"graph <{g.value}>")
            counts[g.value] = body.count(b"\n")
        default = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
        if default.strip():
            _put(f"{to}{sep}default", default, timeout, "the default graph")
            counts["default"] = default.count(b"\n")
    finally:
        close_store(store)
    return counts


__all__ = ["push", "PushError", "StoreError"]
