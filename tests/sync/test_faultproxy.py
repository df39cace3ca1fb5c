"""The fault proxy does what each mode says, against a tiny real HTTP server on loopback.

Every test talks raw HTTP/1.0 over a socket so we can see exactly which bytes got through.
Timings are asserted only as generous lower bounds (a fault must slow things down), never
as upper bounds.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.sync.faultproxy import FaultProxy


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        size = int(self.path.rsplit("/", 1)[-1])
        body = b"x" * size
        self.server.hits += 1
        self.send_response(200)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        self.server.hits += 1
        self.server.bodies.append(len(body))
        if len(body) < length:
            return  # the request was cut: nothing to answer
        reply = str(len(body)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits = 0
        self.bodies: list[int] = []


@pytest.fixture
def origin() -> Iterator[_Server]:
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(origin: _Server) -> Iterator[FaultProxy]:
    with FaultProxy(("127.0.0.1", origin.server_address[1])) as p:
        yield p


def _exchange(port: int, request: bytes) -> bytes:
    """Send ``request`` and read until the other side closes; whatever arrived."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        try:
            s.sendall(request)
        except OSError:
            return b""
        chunks = []
        while True:
            try:
                data = s.recv(65536)
            except (ConnectionResetError, BrokenPipeError):
                break
            if not data:
                break
            chunks.append(data)
    return b"".join(chunks)


def _get(size: int) -> bytes:
    return f"GET /size/{size} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode()


def _post(size: int) -> bytes:
    head = f"POST /echo HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: {size}\r\n\r\n"
    return head.encode() + b"y" * size


def _body(response: bytes) -> bytes:
    return response.split(b"\r\n\r\n", 1)[1]


def test_pass_through_delivers_everything_and_counts_bytes(
    proxy: FaultProxy, origin: _Server
) -> None:
    response = _exchange(proxy.port, _get(16384))
    assert response.startswith(b"HTTP/1.0 200")
    assert _body(response) == b"x" * 16384
    request = _post(5000)
    assert _body(_exchange(proxy.port, request)) == b"5000"
    assert proxy.counters.connections == 2
    assert proxy.counters.faulted == 0
    assert proxy.counters.upstream_bytes >= len(request)
    assert proxy.counters.downstream_bytes >= 16384
    assert origin.bodies == [5000]


def test_cut_mid_request_never_lets_the_server_see_the_whole_body(
    proxy: FaultProxy, origin: _Server
) -> None:
    proxy.set(cut_upstream_after=200)
    response = _exchange(proxy.port, _post(10000))
    assert response == b""  # no answer reached the client
    assert all(n < 10000 for n in origin.bodies)
    assert proxy.counters.upstream_bytes == 200  # the partial chunk is counted too
    assert proxy.counters.faulted == 1


def test_cut_mid_response_delivers_only_the_first_bytes(proxy: FaultProxy, origin: _Server) -> None:
    proxy.set(cut_downstream_after=500)
    response = _exchange(proxy.port, _get(16384))
    assert response.startswith(b"HTTP/1.0 200")  # the server did answer ...
    assert len(response) == 500  # ... but the client got only the first 500 bytes
    assert proxy.counters.downstream_bytes == 500
    assert origin.hits == 1


def test_latency_delays_each_exchange(proxy: FaultProxy) -> None:
    proxy.set(latency=0.4)
    started = time.monotonic()
    response = _exchange(proxy.port, _get(100))
    elapsed = time.monotonic() - started
    assert _body(response) == b"x" * 100
    assert elapsed >= 0.4 * 2 * 0.9  # request burst + response burst, each delayed


def test_throttle_to_64_kbit_makes_16_kb_take_at_least_two_seconds(proxy: FaultProxy) -> None:
    proxy.set(bandwidth=8000)  # 64 kbit/s
    started = time.monotonic()
    response = _exchange(proxy.port, _get(16384))
    elapsed = time.monotonic() - started
    assert _body(response) == b"x" * 16384
    assert proxy.counters.downstream_bytes >= 16384
    assert elapsed >= 1.8


@pytest.mark.parametrize("status", [503, 429])
def test_http_error_is_answered_by_the_proxy_with_retry_after(
    proxy: FaultProxy, origin: _Server, status: int
) -> None:
    proxy.set(http_error=status)
    response = _exchange(proxy.port, _get(100))
    head = response.split(b"\r\n\r\n", 1)[0].decode()
    assert head.startswith(f"HTTP/1.1 {status} ")
    assert "Retry-After: 1" in head.split("\r\n")
    assert origin.hits == 0  # the server was never contacted


def test_drop_with_probability_one_closes_every_connection(
    proxy: FaultProxy, origin: _Server
) -> None:
    proxy.set(drop_probability=1.0)
    for _ in range(3):
        assert _exchange(proxy.port, _get(100)) == b""
    assert proxy.counters.connections == 3
    assert proxy.counters.faulted == 3
    assert origin.hits == 0


def test_drop_with_probability_half_loses_some_and_passes_some(
    proxy: FaultProxy, origin: _Server
) -> None:
    proxy.set(drop_probability=0.5)
    outcomes = [_exchange(proxy.port, _get(10)) for _ in range(20)]
    passed = sum(1 for r in outcomes if r.startswith(b"HTTP/1.0 200"))
    dropped = sum(1 for r in outcomes if r == b"")
    assert passed + dropped == 20
    assert 0 < dropped < 20
    assert origin.hits == passed


def test_chunk_loss_kills_the_connection(proxy: FaultProxy, origin: _Server) -> None:
    proxy.set(chunk_loss=1.0)
    assert _exchange(proxy.port, _get(100)) == b""
    assert origin.hits == 0
    assert proxy.counters.faulted >= 1


def test_faults_left_limits_the_fault_to_the_first_connections(
    proxy: FaultProxy, origin: _Server
) -> None:
    proxy.set(http_error=503, faults_left=2)
    answers = [_exchange(proxy.port, _get(10)) for _ in range(3)]
    assert [a[:12] for a in answers] == [b"HTTP/1.1 503", b"HTTP/1.1 503", b"HTTP/1.0 200"]
    assert origin.hits == 1


def test_modes_switch_at_run_time_on_the_same_proxy(proxy: FaultProxy, origin: _Server) -> None:
    proxy.set(http_error=429)
    assert _exchange(proxy.port, _get(10)).startswith(b"HTTP/1.1 429")
    proxy.set()
    assert _exchange(proxy.port, _get(10)).startswith(b"HTTP/1.0 200")
    proxy.set(drop_probability=1.0)
    assert _exchange(proxy.port, _get(10)) == b""
    assert proxy.counters.connections == 3
    assert origin.hits == 1


def test_cut_all_closes_a_connection_that_is_in_flight(proxy: FaultProxy) -> None:
    proxy.set(bandwidth=2000)  # slow enough that the response is still flowing
    received: list[bytes] = []
    worker = threading.Thread(target=lambda: received.append(_exchange(proxy.port, _get(50000))))
    worker.start()
    while proxy.counters.downstream_bytes == 0:
        time.sleep(0.05)
    proxy.cut_all()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert 0 < len(received[0]) < 50000


def test_a_storm_decides_per_request_on_one_kept_alive_connection(
    proxy: FaultProxy, origin: _Server
) -> None:
    """60 % of requests answered 503/429 by the proxy, each on its own merits, even when the
    client keeps one connection alive; the rest reach the server whole."""
    import httpx

    proxy.set(error_probability=0.6, retry_after="7")
    statuses = []
    with httpx.Client(base_url=proxy.url) as client:
        for _ in range(200):
            try:
                r = client.post("/echo", content=b"z" * 3000)
            except httpx.TransportError:
                statuses.append(0)
                continue
            statuses.append(r.status_code)
            if r.status_code != 200:
                assert r.headers["retry-after"] == "7"
            else:
                assert r.text == "3000"
    errors = sum(1 for s in statuses if s in (503, 429))
    assert {503, 429} <= set(statuses)
    assert 0.45 < errors / 200 < 0.75
    assert proxy.counters.requests == 200
    assert origin.hits == statuses.count(200) == proxy.faults.answered["/echo"]
    assert origin.bodies == [3000] * origin.hits
    assert proxy.counters.downstream_bytes > 0


def test_truncated_answers_cut_some_responses_part_way(proxy: FaultProxy, origin: _Server) -> None:
    proxy.set(truncate_probability=0.5)
    lengths = [len(_body(_exchange(proxy.port, _get(8000)) + b"\r\n\r\n")) for _ in range(40)]
    short = [n for n in lengths if n < 8000]
    assert 5 < len(short) < 35
    assert proxy.counters.faulted == len(short)
