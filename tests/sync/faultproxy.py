"""A fault-injecting TCP proxy on 127.0.0.1 for tests about bad connections.

Sits between a client and a real server and, per connection, can: pass traffic through;
cut the connection after N bytes towards the server (mid-request) or towards the client
(mid-response); delay every chunk; throttle to a bandwidth; drop whole connections with a
probability; answer an HTTP error (503/429 with Retry-After) itself; or hold every new
connection open without a byte of answer (a black-holed hub) until ``cut_all``. Counters
record connections and bytes. Traffic never leaves the loopback interface.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType

CHUNK = 1024


@dataclass
class Faults:
    cut_upstream_after: int | None = None  # bytes client→server, then close both sides
    cut_downstream_after: int | None = None  # bytes server→client, then close both sides
    latency: float = 0.0  # seconds added at the start of each burst (a request or a response)
    chunk_loss: float = 0.0  # probability that a chunk kills the connection (a lossy radio link)
    bandwidth: float | None = None  # bytes per second, each direction
    drop_probability: float = 0.0  # close a new connection at once
    http_error: int | None = None  # answer this status without contacting the server
    faults_left: int | None = None  # apply cut/drop/error to this many connections, then pass
    hold: bool = False  # read and discard, never answer, until cut_all() (a black hole)


@dataclass
class Counters:
    connections: int = 0
    faulted: int = 0
    upstream_bytes: int = 0
    downstream_bytes: int = 0
    held: int = 0  # connections a black hole holds open right now
    lock: threading.Lock = field(default_factory=threading.Lock)


class FaultProxy:
    def __init__(self, upstream: tuple[str, int], *, seed: int = 1) -> None:
        self.upstream = upstream
        self.faults = Faults()
        self.counters = Counters()
        self._rng = random.Random(seed)
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._open: set[socket.socket] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stop.set()
        self._server.close()
        self.cut_all()

    def set(self, **faults: object) -> None:
        self.faults = Faults(**faults)  # type: ignore[arg-type]

    def cut_all(self) -> None:
        """Close every open connection, as a network going down would."""
        with self.counters.lock:
            sockets, self._open = list(self._open), set()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def _take_fault(self) -> bool:
        with self.counters.lock:
            left = self.faults.faults_left
            if left is not None:
                if left <= 0:
                    return False
                self.faults.faults_left = left - 1
            self.counters.faulted += 1
            return True

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            with self.counters.lock:
                self.counters.connections += 1
                self._open.add(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        f = self.faults
        if f.hold:
            self._hold(client)
            return
        faulty = (
            f.cut_upstream_after is not None
            or f.cut_downstream_after is not None
            or f.drop_probability > 0
            or f.http_error is not None
        ) and self._take_fault()
        if faulty and f.drop_probability and self._rng.random() < f.drop_probability:
            client.close()
            return
        if faulty and f.http_error is not None:
            self._answer(client, f.http_error)
            return
        try:
            server = socket.create_connection(self.upstream, timeout=10)
        except OSError:
            client.close()
            return
        with self.counters.lock:
            self._open.add(server)
        up_limit = f.cut_upstream_after if faulty else None
        down_limit = f.cut_downstream_after if faulty else None
        done = threading.Event()
        threading.Thread(
            target=self._pipe, args=(client, server, up_limit, True, done), daemon=True
        ).start()
        threading.Thread(
            target=self._pipe, args=(server, client, down_limit, False, done), daemon=True
        ).start()

    def _hold(self, client: socket.socket) -> None:
        with self.counters.lock:
            self.counters.held += 1
        try:
            while client.recv(CHUNK):
                pass
        except OSError:
            pass
        finally:
            with self.counters.lock:
                self.counters.held -= 1
            client.close()

    def _answer(self, client: socket.socket, status: int) -> None:
        try:
            client.settimeout(2)
            client.recv(65536)
            reason = {503: "Service Unavailable", 429: "Too Many Requests"}.get(status, "Error")
            body = b'{"error": "unavailable", "message": "try later"}'
            client.sendall(
                f"HTTP/1.1 {status} {reason}\r\nRetry-After: 1\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
        except OSError:
            pass
        finally:
            client.close()

    def _count(self, upstream: bool, n: int) -> None:
        with self.counters.lock:
            if upstream:
                self.counters.upstream_bytes += n
            else:
                self.counters.downstream_bytes += n

    def _pipe(
        self,
        src: socket.socket,
        dst: socket.socket,
        limit: int | None,
        upstream: bool,
        done: threading.Event,
    ) -> None:
        sent = 0
        last = 0.0
        try:
            while not done.is_set():
                data = src.recv(CHUNK)
                if not data:
                    break
                if limit is not None and sent + len(data) > limit:
                    data = data[: max(0, limit - sent)]
                    dst.sendall(data)
                    self._count(upstream, len(data))
                    break
                if self.faults.chunk_loss and self._rng.random() < self.faults.chunk_loss:
                    with self.counters.lock:
                        self.counters.faulted += 1
                    break
                now = time.monotonic()
                if self.faults.latency and now - last > 0.05:  # a new burst pays the latency
                    time.sleep(self.faults.latency)
                last = now
                if self.faults.bandwidth:
                    time.sleep(len(data) / self.faults.bandwidth)
                dst.sendall(data)
                last = time.monotonic()
                sent += len(data)
                self._count(upstream, len(data))
        except OSError:
            pass
        finally:
            done.set()
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
