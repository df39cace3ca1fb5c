"""Network parts for sync tests: a transport that fails one path (over a real HTTP
transport), a loopback black hole, a captive portal, and the delivered / duplicates / lost
tally the fault tests print."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    status: int | None = None


@dataclass
class OnePathFails(httpx.BaseTransport):
    """Real HTTP underneath; while ``failing``, requests to ``path`` fail as ``how`` says:
    ``"cut"`` (the connection is reset), or an HTTP status such as ``"503"``. Every request
    is recorded (method, path, headers, status) so a test can count them."""

    path: str
    how: str = "cut"
    failing: bool = False
    seen: list[Seen] = field(default_factory=list)
    inner: httpx.HTTPTransport = field(default_factory=httpx.HTTPTransport)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        seen = Seen(request.method, request.url.path, dict(request.headers))
        self.seen.append(seen)
        if self.failing and request.url.path == self.path:
            if self.how == "cut":
                raise httpx.ReadError("connection reset by peer", request=request)
            seen.status = int(self.how)
            return httpx.Response(
                int(self.how), headers={"retry-after": "1"}, json={"error": "unavailable"}
            )
        response = self.inner.handle_request(request)
        seen.status = response.status_code
        return response

    def close(self) -> None:
        self.inner.close()

    def count(self, path: str, method: str = "GET") -> int:
        return sum(1 for s in self.seen if s.path == path and s.method == method)


class BlackHole:
    """Accepts connections on 127.0.0.1 and never answers, until closed."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.accepted = threading.Event()
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        try:
            while True:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
                self.accepted.set()
        except OSError:
            return

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes accept(): new connections are refused
        self.sock.close()
        for c in self.conns:
            c.close()


class _Portal(BaseHTTPRequestHandler):
    PAGE = (
        b"<!doctype html><html><body><h1>Welcome to Hotel Wi-Fi</h1><form>...</form></body></html>"
    )

    def _page(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.PAGE)))
        self.end_headers()
        self.wfile.write(self.PAGE)

    do_GET = do_POST = _page

    def log_message(self, format: str, *args: object) -> None:
        pass


class CaptivePortal(ThreadingHTTPServer):
    """Answers every request with 200 and an HTML login page, as hotel Wi-Fi does."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Portal)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.shutdown()
        self.server_close()


def tally(scenario: str, sent: Iterable[str], received: Iterable[str]) -> tuple[int, int, int]:
    """Print and return delivered / duplicates / lost for packet ids sent and received."""
    wanted = set(sent)
    got = list(received)
    delivered = len(wanted & set(got))
    duplicates = len(got) - len(set(got))
    lost = len(wanted - set(got))
    print(f"[{scenario}] delivered {delivered} / duplicates {duplicates} / lost {lost}")
    return delivered, duplicates, lost
