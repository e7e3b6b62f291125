"""Send a build's named graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

Each article graph is sent with ``PUT {to}?graph=<iri>`` (body: N-Triples), which replaces that graph
on the remote side, so pushing the same build twice leaves the remote store unchanged. For an
Oxigraph server the endpoint is ``http://host:port/store``; for Virtuoso
``http://host:8890/sparql-graph-crud-auth`` (with a user that may write).

Logging in: ``user``/``password`` (the CLI takes the password from KGBUILD_PUSH_PASSWORD or a hidden
prompt), answering the server's challenge: HTTP Basic (then sent with every later request) or
Digest (Virtuoso). ``http://user:password@host/...`` works too, but the credentials never appear in a message,
whatever form they came in: every URL shown is the endpoint without them.
"""
from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pyoxigraph as ox

from .store import StoreError, close_store, open_store

PASSWORD_ENV = "KGBUILD_PUSH_PASSWORD"


class PushError(OSError):
    """A push failed; the message (str(e)) is one line. An OSError, like other I/O failures."""


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """(the URL without user:password@, user, password) of `url`."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, sep, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host)), unquote(user) or None, unquote(password) if sep else None


class _BasicAuth(urllib.request.HTTPBasicAuthHandler):
    """Basic login, remembered only once a request that carried it succeeded (urllib's own handler
    would also remember it after a Digest login, and then send Basic to a Digest server)."""

    def http_response(self, req: urllib.request.Request, response):  # type: ignore[override]
        if (req.get_header(self.auth_header) or "").startswith("Basic "):
            return super().http_response(req, response)
        return response

    https_response = http_response


class _Sender:
    """PUTs to one endpoint, logged in when given a user; every message scrubbed of the secrets."""

    def __init__(self, endpoint: str, user: str | None, password: str | None, timeout: float):
        self.endpoint, self.timeout = endpoint, timeout
        self.secrets = [s for s in (password, quote(password or "", safe=""), user and password and
                                    _basic_token(user, password)) if s]
        handlers: list = []
        if user is not None:
            # not sent before the server asks: a Digest server (Virtuoso) answers a Basic login it did not
            # ask for with a bare 401; once Basic was accepted it is sent with every later request
            basic = urllib.request.HTTPPasswordMgrWithPriorAuth()
            basic.add_password(None, endpoint, user, password or "", is_authenticated=False)
            digest = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            digest.add_password(None, endpoint, user, password or "")
            handlers = [_BasicAuth(basic), urllib.request.HTTPDigestAuthHandler(digest)]
        self.opener = urllib.request.build_opener(*handlers)

    def scrub(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, "***")
        return text

    def fail(self, message: str) -> PushError:
        return PushError(_one_line(self.scrub(message)))

    def put(self, url: str, body: bytes, what: str, method: str = "PUT") -> None:
        """PUT replaces the graph; POST (Graph Store Protocol) merges into it."""
        req = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": "application/n-triples"})
        where = self.endpoint
        try:
            with self.opener.open(req, timeout=self.timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as e:
            try:
                detail = e.read().decode("utf-8", "replace")
            except Exception:
                detail = ""
            if e.code in (401, 403):
                hint = "wrong user name or password" if e.code == 401 else "this user may not write there"
                detail = f"{hint} (--user, {PASSWORD_ENV})" if e.code == 401 or detail.strip() == "" else detail
            raise self.fail(f"{where} answered {e.code} {e.reason} for {what}"
                            + (f": {detail}" if detail.strip() else "")) from None
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, ConnectionRefusedError):
                msg = "connection refused (is the server running?)"
            elif isinstance(reason, (socket.timeout, TimeoutError)):
                msg = f"timed out after {self.timeout:g} s"
            else:
                msg = str(reason)
            raise self.fail(f"cannot reach {where}: {msg}") from None
        except (socket.timeout, TimeoutError):
            raise self.fail(f"{where} timed out after {self.timeout:g} s while sending {what}") from None
        except (ConnectionError, http.client.HTTPException) as e:
            raise self.fail(f"connection to {where} failed while sending {what}: {e}") from None


def _basic_token(user: str, password: str) -> str:
    import base64
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def push(out_dir: Path, to: str, timeout: float = 30, user: str | None = None, password: str | None = None) -> dict:
    """PUT every named graph of DIR's store to the Graph Store endpoint `to`.

    Returns {graph IRI: number of triples sent} (key "default" for a non-empty default graph).
    user/password: log in (HTTP Basic, or Digest when the server asks for it); credentials in `to`
    (http://user:password@host/...) are used when these are not given.
    Raises PushError (one-line message, never holding the password) on the first failure,
    StoreError if DIR has no store.
    """
    endpoint, url_user, url_password = split_credentials(to)
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"not an http(s) URL: {endpoint!r} (e.g. http://127.0.0.1:7878/store)")
    if user is None:
        user, password = url_user, password if password is not None else url_password
    sender = _Sender(endpoint, user, password, timeout)
    sep = "&" if parts.query else "?"
    store = open_store(Path(out_dir))
    counts: dict[str, int] = {}
    try:
        graphs: list = sorted(store.named_graphs(), key=lambda g: g.value)
        for g in graphs:
            body = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) or b""
            sender.put(f"{endpoint}{sep}graph={quote(g.value, safe='')}", body, f"graph <{g.value}>")
            counts[g.value] = body.count(b"\n")
        default = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
        if default.strip():
            sender.put(f"{endpoint}{sep}default", default, "the default graph")
            counts["default"] = default.count(b"\n")
    finally:
        close_store(store)
    return counts


def put_request(url: str, body: bytes, timeout: float, what: str, method: str = "PUT") -> None:
    """One request to `url` (credentials in it are used, never shown); see _Sender.put."""
    endpoint, user, password = split_credentials(url)
    _Sender(endpoint.split("?")[0], user, password, timeout).put(endpoint, body, what, method)


def public_url(url: str) -> str:
    """`url` without user:password@, for messages."""
    return split_credentials(url)[0]


__all__ = ["push", "public_url", "split_credentials", "PushError", "StoreError", "PASSWORD_ENV"]
