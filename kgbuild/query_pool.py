"""The query processes behind `kgbuild serve`, and who runs next (asyncio, in granian's worker).

Scheduling. A query's cost is unknown until it runs, so every query starts at normal priority on a
ready process, in arrival order. One that is still running after `slow_after_s` is *slow*: its
process is reniced to 19 (the kernel then gives the CPU to everything else first), the client's
connection is watched (a client that goes away stops its query), a fresh process takes its place
among the ready ones, and the slow process is retired when its query ends (a process cannot renice
itself back). So slow queries are bounded one per process, by `timeout_s` and by
`max_processes - ready` (a slow query over that gets 503 "busy"), while cheap queries always find
`ready` processes at normal priority. When queries wait longer than `spawn_after_s` for a process
(a burst of them), more processes are forked, up to `max_processes`; processes idle for
`idle_retire_s` beyond `ready` end.

Stops: a query over `timeout_s` (counted from its arrival) gets 503 and its process is killed; one
whose process grows over `max_memory_mb` resident gets 503 and its process is killed; one whose
process dies (a crash of the query engine) gets 500. A killed or retired process is replaced from
the zygote (kgbuild.query_worker) in a few milliseconds.
"""
from __future__ import annotations

import asyncio
import collections
import os
import signal
import socket
import struct
import subprocess
from pathlib import Path
from typing import Awaitable, Callable

from .query_worker import TEXT, Answer, frame, spawn, unpack_answer
from .store import StoreError

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _text(status: int, message: str) -> Answer:
    return status, TEXT, message.encode() + b"\n"


class _Job:
    __slots__ = ("payload", "future", "arrived", "worker", "timer", "slow_timer", "on_slow", "watch")

    def __init__(self, payload: bytes, future: asyncio.Future, arrived: float,
                 on_slow: Callable[[], Awaitable[object]] | None):
        self.payload = payload
        self.future = future
        self.arrived = arrived
        self.worker: _Worker | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.slow_timer: asyncio.TimerHandle | None = None
        self.on_slow = on_slow
        self.watch: asyncio.Future | None = None


class _Worker(asyncio.Protocol):
    """One query process, seen through its socket."""

    def __init__(self, pool: "QueryPool", pid: int, pidfd: int):
        self.pool = pool
        self.pid = pid
        self.pidfd = pidfd
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.ready: asyncio.Future = pool.loop.create_future()
        self.job: _Job | None = None
        self.slow = False
        self.idle_since = 0.0
        self.alive = True

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while len(self.buf) >= 4:
            n = struct.unpack_from("!I", self.buf)[0]
            if len(self.buf) < 4 + n:
                return
            msg = bytes(self.buf[4:4 + n])
            del self.buf[:4 + n]
            if not self.ready.done():
                self.ready.set_result(msg)
            else:
                self.pool._answered(self, msg)

    def connection_lost(self, exc: Exception | None) -> None:
        self.pool._lost(self)

    # control
    def kill(self) -> None:
        if self.alive:
            self.alive = False
            try:
                if self.pidfd >= 0:
                    signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
                else:
                    os.kill(self.pid, signal.SIGKILL)
            except (OSError, AttributeError):
                pass
        if self.transport is not None:
            self.transport.close()
        if self.pidfd >= 0:
            os.close(self.pidfd)
            self.pidfd = -1

    def renice(self, value: int) -> None:
        try:
            os.setpriority(os.PRIO_PROCESS, self.pid, value)
        except OSError:
            pass

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.pid}/statm", "rb") as f:
                return int(f.read().split()[1]) * _PAGE / 1e6
        except (OSError, ValueError, IndexError):
            return 0.0


class QueryPool:
    def __init__(self, out_dir: Path, *, ready: int = 3, max_processes: int = 32, timeout_s: float = 10.0,
                 max_memory_mb: int = 2048, slow_after_s: float = 0.25, spawn_after_s: float = 0.02,
                 idle_retire_s: float = 30.0):
        self.out_dir = Path(out_dir)
        self.ready_target = ready
        self.max_processes = max(max_processes, ready + 1)
        self.timeout_s = timeout_s
        self.max_memory_mb = max_memory_mb
        self.slow_after_s = slow_after_s
        self.spawn_after_s = spawn_after_s
        self.idle_retire_s = idle_retire_s
        self.loop: asyncio.AbstractEventLoop = None  # type: ignore[assignment]  # set by start()
        self._workers: set[_Worker] = set()
        self._idle: collections.deque[_Worker] = collections.deque()
        self._queue: collections.deque[_Job] = collections.deque()
        self._starting = 0
        self._spawns: collections.deque[asyncio.Future] = collections.deque()
        self._zygote: subprocess.Popen | None = None
        self._control: socket.socket | None = None
        self._tick_handle: asyncio.TimerHandle | None = None
        self._closed = False
        self.stats = collections.Counter()

    # -- life ----------------------------------------------------------------------------------
    async def start(self) -> None:
        """Start the zygote and the ready processes; StoreError if the store cannot be opened."""
        self.loop = asyncio.get_running_loop()
        self._start_zygote()
        workers = await asyncio.gather(*(self._spawn() for _ in range(self.ready_target)),
                                       return_exceptions=True)
        errors = [w for w in workers if isinstance(w, BaseException)]
        if errors:
            self.close()
            raise errors[0]
        for w in workers:
            self._make_idle(w)  # type: ignore[arg-type]
        self._tick_handle = self.loop.call_later(0.05, self._tick)

    def close(self) -> None:
        self._closed = True
        if self._tick_handle is not None:
            self._tick_handle.cancel()
        for job in list(self._queue):
            self._finish(job, _text(503, "the server is stopping"))
        for w in list(self._workers):
            if w.job is not None:
                self._finish(w.job, _text(503, "the server is stopping"))
            w.kill()
        self._workers.clear()
        self._idle.clear()
        if self._control is not None:
            try:
                self.loop.remove_reader(self._control.fileno())
            except (ValueError, RuntimeError):
                pass
            self._control.close()  # the zygote sees EOF and ends; its processes die with it
            self._control = None
        if self._zygote is not None:
            try:
                self._zygote.wait(timeout=5)
            except subprocess.TimeoutExpired:  # pragma: no cover
                self._zygote.kill()
            self._zygote = None

    # -- spawning ------------------------------------------------------------------------------
    def _start_zygote(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._zygote = spawn("zygote", self.out_dir, theirs)
        theirs.close()
        ours.setblocking(False)
        self._control = ours
        self.loop.add_reader(ours.fileno(), self._on_control)

    def _on_control(self) -> None:
        assert self._control is not None
        while True:
            try:
                data, fds, _flags, _addr = socket.recv_fds(self._control, 16, 2)
            except BlockingIOError:
                return
            except OSError:
                data, fds = b"", []
            if not data:  # the zygote is gone (killed?): the spawns waiting fail, a new zygote starts
                self.loop.remove_reader(self._control.fileno())
                self._control.close()
                self._control = None
                while self._spawns:
                    self._spawns.popleft().set_exception(StoreError("the query process zygote ended"))
                if self._zygote is not None:
                    self._zygote.wait()
                if not self._closed:
                    self.stats["zygotes"] += 1
                    self._start_zygote()
                return
            if self._spawns:
                self._spawns.popleft().set_result((struct.unpack("!Q", data)[0], fds))
            else:  # pragma: no cover - a spawn nobody waits for any more
                for fd in fds:
                    os.close(fd)

    async def _spawn(self) -> _Worker:
        if self._control is None:
            raise StoreError("the query pool is closed")
        fut = self.loop.create_future()
        self._spawns.append(fut)
        self._control.send(b"F")
        pid, fds = await fut
        sock = socket.socket(fileno=fds[0])
        w = _Worker(self, pid, fds[1] if len(fds) > 1 else -1)
        await self.loop.create_unix_connection(lambda: w, sock=sock)
        try:
            msg = await asyncio.wait_for(w.ready, 120)
        except asyncio.TimeoutError:
            w.kill()
            raise StoreError("a query process did not start within 120 s") from None
        if not msg.startswith(b"R"):
            w.kill()
            raise StoreError(msg[1:].decode("utf-8", "replace"))
        self._workers.add(w)
        self.stats["spawned"] += 1
        return w

    def _spawn_in_background(self, n: int) -> None:
        for _ in range(n):
            self._starting += 1
            task = self.loop.create_task(self._spawn())
            task.add_done_callback(self._spawned)

    def _spawned(self, task: asyncio.Task) -> None:
        self._starting -= 1
        if task.cancelled() or task.exception() is not None:
            return  # tried again at the next tick
        w = task.result()
        if self._closed:
            w.kill()
            return
        self._make_idle(w)
        self._dispatch()

    def _ensure_ready(self) -> None:
        """Keep `ready` processes at normal priority (idle, starting or on a query not yet slow)."""
        fresh = sum(1 for w in self._workers if not w.slow) + self._starting
        room = self.max_processes - len(self._workers) - self._starting
        want = min(self.ready_target - fresh, room)
        if want > 0 and not self._closed:
            self._spawn_in_background(want)

    # -- queries -------------------------------------------------------------------------------
    async def run(self, payload: bytes, on_slow: Callable[[], Awaitable[object]] | None = None) -> Answer:
        """Run one request (kgbuild.query_worker.request); `on_slow()` is awaited alongside a slow
        query and stops it when it completes (e.g. the client disconnected)."""
        job = _Job(payload, self.loop.create_future(), self.loop.time(), on_slow)
        job.timer = self.loop.call_at(job.arrived + self.timeout_s, self._expired, job)
        self._queue.append(job)
        self._dispatch()
        try:
            return await job.future
        except asyncio.CancelledError:  # the request handler went away: so does its query
            self._abandon(job)
            raise

    def _dispatch(self) -> None:
        while self._queue and self._idle:
            job = self._queue.popleft()
            if job.future.done():
                continue
            w = self._idle.pop()  # the most recently used: the others can retire when idle
            w.job, job.worker = job, w
            assert w.transport is not None
            w.transport.write(frame(job.payload))
            job.slow_timer = self.loop.call_later(self.slow_after_s, self._slow, job)
        self._ensure_ready()

    def _make_idle(self, w: _Worker) -> None:
        w.job = None
        w.idle_since = self.loop.time()
        self._idle.append(w)

    def _finish(self, job: _Job, answer: Answer) -> None:
        for handle in (job.timer, job.slow_timer):
            if handle is not None:
                handle.cancel()
        if job.watch is not None:
            job.watch.cancel()
        if not job.future.done():
            job.future.set_result(answer)

    def _answered(self, w: _Worker, msg: bytes) -> None:
        job = w.job
        if job is None:  # pragma: no cover - an answer after the job was given up
            return
        self._finish(job, unpack_answer(msg))
        self.stats["answered"] += 1
        if w.slow:
            self._retire(w)
        else:
            self._make_idle(w)
        self._dispatch()

    def _retire(self, w: _Worker) -> None:
        self._workers.discard(w)
        if w in self._idle:
            self._idle.remove(w)
        w.job = None
        w.kill()

    def _stop(self, job: _Job, answer: Answer, reason: str) -> None:
        """Answer `job` now and kill the process running it."""
        self.stats[reason] += 1
        w = job.worker
        self._finish(job, answer)
        if w is not None and w.job is job:
            self._retire(w)
        self._dispatch()

    def _expired(self, job: _Job) -> None:
        if job.worker is None:
            self._finish(job, _text(503, f"server busy: no query process free within {self.timeout_s:g} s"))
            self.stats["busy"] += 1
        else:
            self._stop(job, _text(503, f"query timed out after {self.timeout_s:g} s and was stopped"), "timeouts")

    def _slow(self, job: _Job) -> None:
        w = job.worker
        if w is None or w.job is not job or job.future.done():
            return
        slow_now = sum(1 for x in self._workers if x.slow)
        if slow_now >= self.max_processes - self.ready_target:
            self._stop(job, _text(503, f"server busy: {slow_now} slow queries are running; try again later"),
                       "shed")
            return
        w.slow = True
        w.renice(19)
        if job.on_slow is not None:
            job.watch = asyncio.ensure_future(job.on_slow())
            job.watch.add_done_callback(lambda f: self._gone(job, f))
        self._ensure_ready()

    def _gone(self, job: _Job, watch: asyncio.Future) -> None:
        if not watch.cancelled() and not job.future.done():
            self._stop(job, _text(499, "client closed the connection"), "abandoned")

    def _abandon(self, job: _Job) -> None:
        if not job.future.done():
            job.future.cancel()
        if job.worker is not None and job.worker.job is job:
            self._stop(job, _text(499, "abandoned"), "abandoned")
        else:
            self._finish(job, _text(499, "abandoned"))

    def _lost(self, w: _Worker) -> None:
        """The process ended (killed by us, or crashed)."""
        was_ours = w in self._workers
        self._workers.discard(w)
        if w in self._idle:
            self._idle.remove(w)
        if not w.ready.done():
            w.ready.set_result(b"Ethe query process ended while starting")
        job = w.job
        w.alive = False
        w.kill()
        if job is not None and not job.future.done():
            self.stats["crashes"] += 1
            self._finish(job, _text(500, "the query crashed the query engine (its process died); "
                                         "the server goes on"))
        if was_ours and not self._closed:
            self._dispatch()

    # -- the watchdog --------------------------------------------------------------------------
    def _tick(self) -> None:
        """Every 50 ms: memory of running queries, queries waiting too long, idle extras."""
        now = self.loop.time()
        busy = False
        for w in list(self._workers):
            job = w.job
            if job is None:
                continue
            busy = True
            if w.rss_mb() > self.max_memory_mb:
                self._stop(job, _text(503, f"query stopped: its process used more than {self.max_memory_mb} MB "
                                           f"of memory (--max-memory)"), "memory")
        stale = sum(1 for j in self._queue if not j.future.done() and now - j.arrived > self.spawn_after_s)
        room = self.max_processes - len(self._workers) - self._starting
        if stale > self._starting and room > 0:
            self._spawn_in_background(min(stale - self._starting, room))
        extra = len(self._idle) - self.ready_target
        while extra > 0 and self._idle and now - self._idle[0].idle_since > self.idle_retire_s:
            self._retire(self._idle[0])
            extra -= 1
        self._ensure_ready()
        if not self._closed:
            self._tick_handle = self.loop.call_later(0.05 if busy or self._queue else 0.5, self._tick)
