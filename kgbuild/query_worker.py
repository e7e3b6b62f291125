"""Query processes: each runs SPARQL queries on a build's store, one at a time, and can be killed.

Oxigraph cannot interrupt a running query, and a query can crash it (a stack overflow is a
SIGSEGV), so kgbuild never runs a user's query in a process it cares about: `kgbuild query` starts
one query process (:func:`run_once`) and `kgbuild serve` keeps a pool of them
(:mod:`kgbuild.query_pool`), forked from a *zygote*, a process that has imported pyoxigraph and
kgbuild once so that a new query process costs a fork and a store opening, not an interpreter start.

A query process talks over a socket in frames (4-byte length, then the bytes): it first sends
``R`` (ready) or ``E`` + a message (the store cannot be opened), then answers each request (a JSON
object, see :func:`execute`) with :func:`pack_answer`. It runs queries in a thread with a 256 MiB
stack (the parser and evaluator recurse), follows new builds (kgbuild.store.StoreHandle), ignores
Ctrl-C (its parent decides) and dies with its parent.
"""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

QUERY_STACK_BYTES = 256 * 1024 * 1024
TEXT = "text/plain; charset=utf-8"

Answer = tuple[int, str, bytes]


# -- frames -----------------------------------------------------------------------------------


def frame(payload: bytes) -> bytes:
    return struct.pack("!I", len(payload)) + payload


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(min(n - len(buf), 1 << 20))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def recv_frame(sock: socket.socket) -> bytes | None:
    """One frame from a blocking socket; None at end of stream."""
    head = _recv_exact(sock, 4)
    if head is None:
        return None
    return _recv_exact(sock, struct.unpack("!I", head)[0])


def pack_answer(status: int, content_type: str, body: bytes) -> bytes:
    ctype = content_type.encode()
    return struct.pack("!HB", status, len(ctype)) + ctype + body


def unpack_answer(data: bytes) -> Answer:
    status, clen = struct.unpack("!HB", data[:3])
    return status, data[3:3 + clen].decode(), data[3 + clen:]


def request(query: str, media_type: str, *, default_graphs: list[str] | None = None,
            named_graphs: list[str] | None = None, union: bool = True, prefixes: bool = False) -> bytes:
    """A request for a query process. `default_graphs`/`named_graphs` (either not None) set the
    dataset, as the SPARQL protocol's default-graph-uri / named-graph-uri do; otherwise the default
    graph is the union of the named graphs when `union` (False: the query's own FROM clauses).
    `prefixes`: kgbuild's prefixes (kgbuild.namespace.PREFIXES) are known without PREFIX lines."""
    dataset = None
    if default_graphs is not None or named_graphs is not None:
        dataset = {"default": default_graphs or [], "named": named_graphs or []}
    return json.dumps({"q": query, "mt": media_type, "ds": dataset, "union": union,
                       "prefixes": prefixes}).encode()


# -- the query process ------------------------------------------------------------------------


def execute(store, req: dict) -> Answer:
    """Run one decoded request on `store`: (HTTP status, Content-Type, body)."""
    import pyoxigraph as ox

    from .namespace import PREFIXES
    from .sparql_formats import serialize

    kwargs: dict = {}
    if req.get("ds") is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req["ds"]["default"]]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in req["ds"]["named"]]
    elif req.get("union", True):
        kwargs["use_default_graph_as_union"] = True
    if req.get("prefixes"):
        kwargs["prefixes"] = PREFIXES
    try:
        result = store.query(req["q"], **kwargs)
    except SyntaxError as e:
        return 400, TEXT, f"malformed query: {e}".replace("\n", " ").encode() + b"\n"
    try:
        ctype, body = serialize(result, req["mt"], PREFIXES)
    except (OSError, ValueError, TypeError, RuntimeError) as e:  # e.g. a SERVICE that failed
        return 500, TEXT, f"query failed: {e}".replace("\n", " ").encode() + b"\n"
    return 200, ctype, body


def _die_with_parent(parent: int) -> None:
    """Linux: get SIGKILL when the parent process (thread) ends; elsewhere the EOF on the socket."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent:  # it ended before the line above
        os._exit(0)


def _serve_requests(out_dir: Path, sock: socket.socket) -> None:
    from .store import StoreError, StoreHandle

    handle = StoreHandle(out_dir)
    try:
        handle.get()
    except StoreError as e:
        sock.sendall(frame(b"E" + str(e).encode()))
        return
    sock.sendall(frame(b"R"))
    while True:
        msg = recv_frame(sock)
        if msg is None:  # the parent closed the socket or died
            return
        try:
            out = execute(handle.get(), json.loads(msg))
        except StoreError as e:
            out = (503, TEXT, f"{e}\n".encode())
        except Exception as e:  # never let one query end the loop; a Rust panic is an Exception too
            out = (500, TEXT, f"query failed: {type(e).__name__}: {e}".replace("\n", " ").encode() + b"\n")
        sock.sendall(frame(pack_answer(*out)))


def worker_main(out_dir: Path, sock: socket.socket, parent: int | None = None) -> None:
    """Body of a query process: serve requests on `sock` until it closes (or `parent` ends)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(os.getppid() if parent is None else parent)
    try:
        threading.stack_size(QUERY_STACK_BYTES)
    except (ValueError, RuntimeError):  # pragma: no cover - a platform without settable stacks
        pass
    t = threading.Thread(target=_serve_requests, args=(out_dir, sock), name="queries", daemon=True)
    t.start()
    t.join()


def zygote_main(out_dir: Path, control: socket.socket) -> None:
    """Fork a query process for each byte received on `control` (a SOCK_SEQPACKET socket) and send
    back its pid, with its socket and a pidfd (where the OS has them) attached. Ends at EOF."""
    import pyoxigraph  # noqa: F401 - imported once here, shared by every fork

    from . import sparql_formats, store  # noqa: F401

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        readable, _, _ = select.select([control], [], [], 1.0)
        _reap()  # query processes that ended (they stay zombies, keeping their pid, until then)
        if not readable:
            continue
        msg = control.recv(16)
        if not msg:
            return
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        zygote = os.getpid()
        pid = os.fork()
        if pid == 0:
            try:
                control.close()
                ours.close()
                worker_main(out_dir, theirs, parent=zygote)
            finally:
                os._exit(0)
        theirs.close()
        fds = [ours.fileno()]
        try:
            fds.append(os.pidfd_open(pid))  # a handle to the process: no kill of a reused pid
        except (AttributeError, OSError):
            pass
        try:
            socket.send_fds(control, [struct.pack("!Q", pid)], fds)
        finally:
            for fd in fds[1:]:
                os.close(fd)
            ours.close()
        _reap()


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


_CHILD_CODE = (
    "import sys, socket; sys.path.insert(0, sys.argv[1]); "
    "from pathlib import Path; from kgbuild import query_worker as w; "
    "s = socket.socket(fileno=int(sys.argv[4])); "
    "(w.zygote_main if sys.argv[2] == 'zygote' else w.worker_main)(Path(sys.argv[3]), s)"
)


def spawn(role: str, out_dir: Path, sock: socket.socket) -> subprocess.Popen:
    """Start a zygote (role "zygote") or a lone query process (role "worker") talking on `sock`."""
    pkg_parent = str(Path(__file__).resolve().parent.parent)
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD_CODE, pkg_parent, role, str(out_dir), str(sock.fileno())],
        pass_fds=(sock.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)


# -- one query from the command line ----------------------------------------------------------


class QueryStopped(Exception):
    """The query process was stopped or died: one-line message."""


def _recv_frame_until(sock: socket.socket, deadline: float) -> bytes | None:
    """A frame, waiting at most until `deadline`; None on timeout. QueryStopped at EOF."""
    buf = bytearray()
    need = 4
    header_done = False
    while True:
        while len(buf) < need:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            readable, _, _ = select.select([sock], [], [], left)
            if not readable:
                return None
            chunk = sock.recv(1 << 20)
            if not chunk:
                raise QueryStopped("end of stream")
            buf += chunk
        if header_done:
            return bytes(buf[4:need])
        need = 4 + struct.unpack("!I", bytes(buf[:4]))[0]
        header_done = True


def run_once(out_dir: Path, payload: bytes, timeout_s: float) -> Answer:
    """Run one request in a new query process that is killed after `timeout_s` seconds or on
    Ctrl-C (KeyboardInterrupt propagates); raises QueryStopped if it dies or times out."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    deadline = time.monotonic() + timeout_s
    proc = spawn("worker", out_dir, theirs)
    theirs.close()
    try:
        try:
            ready = _recv_frame_until(ours, deadline)
            if ready is not None and ready.startswith(b"E"):
                from .store import StoreError
                raise StoreError(ready[1:].decode())
            if ready is not None:
                ours.sendall(frame(payload))
                answer = _recv_frame_until(ours, deadline)
                if answer is not None:
                    return unpack_answer(answer)
        except (QueryStopped, OSError):
            proc.wait()
            raise QueryStopped(_death(proc.returncode)) from None
        raise QueryStopped(f"query stopped after {timeout_s:g} s (--timeout)")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        ours.close()


def _death(returncode: int | None) -> str:
    if returncode is not None and returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"the query crashed the query engine ({name})"
    return f"the query process ended unexpectedly (exit status {returncode})"
