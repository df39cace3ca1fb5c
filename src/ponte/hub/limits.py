"""The hub as a public server: slow and greedy clients get cut, honest ones get served.

uvicorn bounds idle keep-alive connections and (``limit_concurrency``) connections and
tasks, but not how long a client may take to send its headers or its body. Here:

* :class:`GuardedH11Protocol` (uvicorn's h11 protocol plus one timer per connection) closes
  a connection whose request line and headers take longer than ``header_timeout``, or whose
  body pauses longer than ``body_idle_timeout`` or, after ``body_grace``, arrives slower on
  average than ``body_min_rate`` — the 1-byte-a-second "slowloris" client. A body the hub
  is not reading yet (flow control paused it) is not counted against the client.
* :class:`BodyBudget` (ASGI middleware) keeps the bytes of request bodies in flight under
  ``max_inflight_body``: each request reserves its declared ``Content-Length`` before it is
  read (503 with ``Retry-After`` past the budget, 413 past the largest body any route takes);
  a body without a length (chunked) is refused with 411.
* ``max_connections`` is uvicorn's ``limit_concurrency`` (503 past it) and ``max_header_bytes``
  its ``h11_max_incomplete_event_size`` (400 past it).

The numbers are in docs/hub-operations.md; ``tests/hub/test_slow_clients.py`` holds slow
connections open against a live hub and shows them cut while honest clients are served.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from dataclasses import dataclass
from typing import Any

import h11
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("ponte.hub.limits")


@dataclass(frozen=True)
class Limits:
    header_timeout: float = 10.0
    body_idle_timeout: float = 15.0
    body_min_rate: float = 1024.0  # bytes per second, averaged over the body so far
    body_grace: float = 10.0
    max_connections: int = 256
    max_inflight_body: int = 64 * 1024 * 1024
    max_body: int = 8 * 1024 * 1024  # the largest body any route accepts (a batch)
    max_header_bytes: int = 16 * 1024
    keep_alive: int = 5
    tick: float = 0.5
    ingest_threads: int = 2  # threads that check and store packets (the rest wait their turn)


class GuardedH11Protocol(H11Protocol):
    """One watchdog per connection; see the module docstring."""

    limits = Limits()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        now = self.loop.time()
        self._phase: Any = None
        self._since = self._last_data = now
        self._bytes = 0
        self._watchdog: asyncio.TimerHandle | None = self.loop.call_later(
            self.limits.tick, self._watch
        )

    def data_received(self, data: bytes) -> None:
        self._bytes += len(data)
        self._last_data = self.loop.time()
        super().data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        super().connection_lost(exc)

    def _watch(self) -> None:
        self._watchdog = None
        if self.transport.is_closing():
            return
        now, lim = self.loop.time(), self.limits
        state = self.conn.their_state
        if state is not self._phase:  # a new phase: headers, body, or waiting for us
            self._phase, self._since, self._bytes = state, now, 0
        if self.flow.read_paused:  # we are not reading: the client is not to blame
            self._last_data = now
        elif state is h11.IDLE and now - self._since > lim.header_timeout:
            return self._cut("headers too slow")
        elif state is h11.SEND_BODY:
            elapsed = now - self._since
            if now - self._last_data > lim.body_idle_timeout:
                return self._cut("body stalled")
            if elapsed > lim.body_grace and self._bytes / elapsed < lim.body_min_rate:
                return self._cut("body too slow")
        self._watchdog = self.loop.call_later(lim.tick, self._watch)

    def _cut(self, why: str) -> None:
        log.info("connection cut: %s", why)
        self.transport.close()


def guarded_protocol(limits: Limits) -> type[GuardedH11Protocol]:
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"limits": limits})


class BodyBudget:
    """ASGI middleware: request bodies in flight stay under a byte budget."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits
        self._lock = threading.Lock()
        self._inflight = 0

    @property
    def inflight(self) -> int:
        return self._inflight

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is None:
            if b"transfer-encoding" in headers:
                return await _refuse(
                    send, 411, "length_required", "Send the body with a Content-Length."
                )
            return await self.app(scope, receive, send)
        if not length.isdigit() or int(length) > self.limits.max_body:
            return await _refuse(send, 413, "oversize", "The request body is too large.")
        size = int(length)
        with self._lock:
            fits = self._inflight + size <= self.limits.max_inflight_body
            if fits:
                self._inflight += size
        if not fits:
            log.info("busy: request bodies in flight over budget")
            return await _refuse(
                send, 503, "busy", "The network server is busy. Try again shortly.", retry=5
            )
        try:
            await self.app(scope, receive, send)
        finally:
            with self._lock:
                self._inflight -= size


async def _refuse(send: Send, status: int, kind: str, message: str, retry: int = 0) -> None:
    body = json.dumps({"error": kind, "message": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
    if retry:
        headers.append((b"retry-after", str(retry).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def uvicorn_config(app: ASGIApp, host: str, port: int, limits: Limits, **kw: Any) -> uvicorn.Config:
    """The hub's uvicorn settings with these limits (``ponte hub serve`` and the tests)."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=guarded_protocol(limits),
        limit_concurrency=limits.max_connections,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        timeout_keep_alive=limits.keep_alive,
        access_log=False,
        **kw,
    )
