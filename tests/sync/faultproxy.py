"""A fault-injecting TCP proxy on 127.0.0.1 for tests about bad connections.

Sits between a client and a real server and, per connection, can: pass traffic through;
cut the connection after N bytes towards the server (mid-request) or towards the client
(mid-response); delay every chunk; throttle to a bandwidth; drop whole connections with a
probability; or answer an HTTP error (503/429 with Retry-After) itself. A *storm*
(``error_probability``) decides per request, not per connection: the proxy reads each
HTTP/1.1 request off a kept-alive connection and answers one of ``http_errors`` itself with
that probability, else forwards it. ``truncate_probability`` cuts a connection's answer
part-way (a truncated response). Counters record connections and bytes in each direction,
the proxy's own error answers included. ``hold`` keeps every new connection open without a
byte of answer (a black-holed hub) until ``cut_all``. Traffic never leaves the loopback
interface.
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
    retry_after: str = "1"  # the Retry-After header of the proxy's own error answers
    error_probability: float = 0.0  # a storm: answer this share of *requests* with an error
    http_errors: tuple[int, ...] = (503, 429)  # the storm's answers, taken in turn
    truncate_probability: float = 0.0  # cut this share of connections' answers part-way
    per_request: bool = False  # read requests one by one (a storm does), counting paths
    answered: dict[str, int] = field(default_factory=dict)  # request path -> forwarded count


@dataclass
class Counters:
    connections: int = 0
    faulted: int = 0
    upstream_bytes: int = 0
    downstream_bytes: int = 0
    held: int = 0  # connections a black hole holds open right now
    requests: int = 0  # requests seen in storm mode (forwarded or answered by the proxy)
    errors: int = 0  # requests the proxy answered with an error itself
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
        self._turn = 0

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
        if f.error_probability or f.per_request:
            self._serve_requests(client, f)
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
        if f.truncate_probability and self._rng.random() < f.truncate_probability:
            with self.counters.lock:
                self.counters.faulted += 1
            down_limit = self._rng.randint(40, 3000)
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

    def _error_bytes(self, status: int) -> bytes:
        reason = {503: "Service Unavailable", 429: "Too Many Requests"}.get(status, "Error")
        body = b'{"error": "unavailable", "message": "try later"}'
        return (
            f"HTTP/1.1 {status} {reason}\r\nRetry-After: {self.faults.retry_after}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n"
        ).encode() + body

    def _answer(self, client: socket.socket, status: int) -> None:
        try:
            client.settimeout(2)
            self._count(True, len(client.recv(65536)))
            answer = self._error_bytes(status)
            client.sendall(answer)
            self._count(False, len(answer))
        except OSError:
            pass
        finally:
            client.close()

    # ------------------------------------------------------------ storm: per request
    def _serve_requests(self, client: socket.socket, f: Faults) -> None:
        """Read each request off the connection; answer an error with ``error_probability``
        (and close, as an overloaded server would), else forward it and pipe the answer."""
        server: socket.socket | None = None
        done = threading.Event()
        buf = b""
        try:
            client.settimeout(30)
            while not done.is_set():
                request, buf = _read_request(client, buf)
                if request is None:
                    return
                self._count(True, len(request))
                with self.counters.lock:
                    self.counters.requests += 1
                    fault = self._rng.random() < f.error_probability
                    if fault:
                        self.counters.errors += 1
                        self.counters.faulted += 1
                        status = f.http_errors[self._turn % len(f.http_errors)]
                        self._turn += 1
                if fault:
                    answer = self._error_bytes(status)
                    client.sendall(answer)
                    self._count(False, len(answer))
                    return
                path = request.split(b" ", 2)[1].split(b"?")[0].decode("latin-1")
                with self.counters.lock:
                    f.answered[path] = f.answered.get(path, 0) + 1
                if server is None:
                    server = socket.create_connection(self.upstream, timeout=10)
                    with self.counters.lock:
                        self._open.add(server)
                    threading.Thread(
                        target=self._pipe, args=(server, client, None, False, done), daemon=True
                    ).start()
                server.sendall(request)
        except OSError:
            return
        finally:
            done.set()
            for sock in (client, server):
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
                    sock.close()

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


def _read_request(sock: socket.socket, buf: bytes) -> tuple[bytes | None, bytes]:
    """One HTTP/1.1 request (head and Content-Length body) from ``sock``; None at the end."""
    while b"\r\n\r\n" not in buf:
        data = sock.recv(65536)
        if not data:
            return None, b""
        buf += data
    head, _, rest = buf.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        data = sock.recv(65536)
        if not data:
            return None, b""
        rest += data
    return head + b"\r\n\r\n" + rest[:length], rest[length:]
