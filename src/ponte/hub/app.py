"""The hub's HTTP face: routes, body size limit, JSON errors. The logic is in ``service``.

The routes are described in OpenAPI 3.1 in ``openapi.json`` beside this module, served at
``GET /v1/openapi.json`` and checked against the live hub by schemathesis
(tests/hub/test_openapi.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ponte.core import batch
from ponte.core import packet as pkt
from ponte.core.errors import (
    AuthenticationFailed,
    InternalError,
    NotFound,
    OversizePacket,
    PacketError,
    PermissionDenied,
    PonteError,
    ProvisioningError,
    RateLimited,
    ReplayedPacket,
    ValidationError,
)
from ponte.core.httpsig import Verified
from ponte.hub.limits import BodyBudget, Limits
from ponte.hub.service import HubService

log = logging.getLogger("ponte.hub.app")
MAX_JSON_BODY = 64 * 1024
_STATUS: dict[type[PonteError], int] = {
    InternalError: 500,
    AuthenticationFailed: 401,
    ProvisioningError: 403,
    NotFound: 404,
    PermissionDenied: 403,
    ReplayedPacket: 409,
    OversizePacket: 413,
    RateLimited: 429,
}


def error_response(exc: PonteError, refusal: bytes | None = None) -> JSONResponse:
    status = next((s for cls, s in _STATUS.items() if isinstance(exc, cls)), 400)
    headers = {}
    if isinstance(exc, RateLimited) and exc.retry_after:
        headers["Retry-After"] = str(exc.retry_after)
    if status == 401:
        headers["WWW-Authenticate"] = 'Signature realm="ponte"'
    # A refused signature gets one sentence, whatever the reason (unknown key, bad signature,
    # replay…): the reason is logged, never told to a caller who may be probing.
    message = exc.sentence() if status == 401 else exc.technical()
    body = {"error": exc.kind, "message": message}
    if refusal is not None:  # a packet refused for good: signed, for exactly its bytes
        body["refusal"] = refusal.decode()
    return JSONResponse(body, status_code=status, headers=headers)


def _matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 13.1.2: weak comparison against a list of entity tags, or ``*``."""
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag in tags


async def _read(request: Request, limit: int) -> tuple[bytes, bool]:
    """The body, and whether all of it came (False: the client went away mid-way)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise OversizePacket("body too large")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise OversizePacket("body too large")
            chunks.append(chunk)
    except ClientDisconnect:
        return b"".join(chunks), False
    return b"".join(chunks), True


async def _body(request: Request, limit: int) -> bytes:
    body, whole = await _read(request, limit)
    if not whole:
        raise ValidationError("incomplete body")
    return body


def _json(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise ValidationError("body is not JSON") from exc


Endpoint = Callable[[Request], Awaitable[Response]]
#: Smaller answers are sent as they are: compressing them saves nothing worth the CPU.
GZIP_MIN_BYTES = 1024


def compressed(request: Request, body: bytes, media_type: str = "application/json") -> Response:
    """``body``, gzip-compressed when the client accepts it (the directory and its log,
    fetched on thin links)."""
    headers = {"Vary": "Accept-Encoding"}
    accepts = request.headers.get("accept-encoding", "").lower()
    if len(body) >= GZIP_MIN_BYTES and "gzip" in accepts:
        headers["Content-Encoding"] = "gzip"
        body = gzip.compress(body, compresslevel=6, mtime=0)
    return Response(body, media_type=media_type, headers=headers)


def target(request: Request) -> str:
    """The path and query exactly as the client sent them (no percent-decoding)."""
    raw_path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string", b"")
    return (raw_path + (b"?" + query if query else b"")).decode("latin-1")


def raw_headers(request: Request) -> list[tuple[str, str]]:
    """Every header line as received, repeated ones included."""
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.scope["headers"]]


def _guard(fn: Endpoint) -> Endpoint:
    async def wrapped(request: Request) -> Response:
        try:
            return await fn(request)
        except PonteError as exc:
            log.info(
                "refused %s %s kind=%s reason=%s",
                request.method,
                request.url.path,
                exc.kind,
                exc.detail,
            )
            return error_response(exc)
        except Exception:  # a bug: log it without the body, answer calmly
            log.exception("unexpected error on %s", request.url.path)
            return error_response(InternalError())

    return wrapped


T = TypeVar("T")


def create_app(service: HubService, limits: Limits | None = None) -> Starlette:
    limits = limits or Limits()
    # Packets are checked and stored by a few threads of their own, not by the shared pool:
    # four batches at once in four threads fight over the one writer and the GIL with the
    # event loop (docs/hub-operations.md, "Ingest threads", has the numbers).
    ingest_pool = ThreadPoolExecutor(limits.ingest_threads, thread_name_prefix="ponte-ingest")

    async def ingest(fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(ingest_pool, functools.partial(fn, *args))

    async def signed(request: Request) -> tuple[Verified, bytes]:
        body = await _body(request, MAX_JSON_BODY)
        who = await run_in_threadpool(
            service.authenticate, request.method, target(request), raw_headers(request), body
        )
        return who, body

    async def submit(request: Request) -> Response:
        if (
            request.headers.get("content-type", "").split(";")[0].strip()
            != "application/octet-stream"
        ):
            raise ValidationError("content type must be application/octet-stream")
        raw = await _body(request, pkt.MAX_PACKET_BYTES)
        try:
            result = await ingest(service.submit, raw)
        except (PacketError, ValidationError) as exc:  # about these bytes: signed for them
            return error_response(exc, service.refusal(raw, exc))
        return Response(
            result.receipt,
            status_code=201 if result.created else 200,
            media_type="application/json",
        )

    async def submit_batch(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip()
        if content_type not in (batch.CONTENT_TYPE, batch.LEGACY_CONTENT_TYPE):
            raise ValidationError(f"content type must be {batch.CONTENT_TYPE}")
        body, whole = await _read(request, batch.MAX_BATCH_BYTES)
        if not whole:  # cut mid-upload: keep the packets that came whole (the sender will ask)
            if kept := batch.whole_packets(body):
                await ingest(service.submit_batch, kept)
            raise ValidationError("incomplete body")
        raws = batch.split(body)
        if content_type == batch.CONTENT_TYPE:  # a binary answer: one signature for all
            answer = await ingest(service.submit_batch, raws)
            return Response(answer, media_type=batch.CONTENT_TYPE)
        results = await ingest(service.submit_many, raws)
        return JSONResponse(
            {"results": [_result(raw, r) for raw, r in zip(raws, results, strict=True)]}
        )

    async def held(request: Request) -> Response:
        """Which of these packets (by SHA-256) the hub holds: asked by a sender whose upload
        was cut, before it sends them again. Answered like a batch, held or absent."""
        if request.headers.get("content-type", "").split(";")[0].strip() != batch.CONTENT_TYPE:
            raise ValidationError(f"content type must be {batch.CONTENT_TYPE}")
        hashes = batch.split_hashes(await _body(request, 32 * batch.MAX_BATCH_PACKETS))
        answer = await run_in_threadpool(service.held, hashes)
        return Response(answer, media_type=batch.CONTENT_TYPE)

    def _result(raw: bytes, r: Any) -> dict[str, Any]:
        if not isinstance(r, PonteError):
            return {"receipt": r.receipt.decode(), "created": r.created}
        out = {"error": r.kind, "message": r.technical()}
        if not isinstance(r, RateLimited):  # about these bytes: signed for them
            out["refusal"] = service.refusal(raw, r).decode()
        return out

    async def inbox(request: Request) -> Response:
        member = (await signed(request))[0].member_id
        try:
            limit = int(request.query_params.get("limit", "50"))
        except ValueError as exc:
            raise ValidationError("limit") from exc
        cursor = request.query_params.get("cursor", "")
        return JSONResponse(await run_in_threadpool(service.inbox, member, cursor, limit))

    async def ack(request: Request) -> Response:
        who, body = await signed(request)
        return JSONResponse(await run_in_threadpool(service.ack, who.member_id, _json(body)))

    async def keys(request: Request) -> Response:
        who, body = await signed(request)
        return JSONResponse(await run_in_threadpool(service.add_keys, who, _json(body)), 201)

    async def anchors(request: Request) -> Response:
        who, body = await signed(request)
        answer = await run_in_threadpool(service.add_anchor, who.member_id, _json(body))
        return JSONResponse(answer, 201)

    async def latest_anchor(request: Request) -> Response:
        member = (await signed(request))[0].member_id
        return JSONResponse(await run_in_threadpool(service.latest_anchor, member))

    async def directory(request: Request) -> Response:
        body, tag = await run_in_threadpool(service.directory_signed)
        etag = f'"{tag}"'
        if _matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers={"ETag": etag, "Vary": "Accept-Encoding"})
        response = compressed(request, body)
        response.headers["ETag"] = etag
        return response

    async def directory_log(request: Request) -> Response:
        after = request.query_params.get("after", "0")
        doc = await run_in_threadpool(service.directory_log, after)
        return compressed(request, json.dumps(doc).encode())

    async def enrol(request: Request) -> Response:
        body = _json(await _body(request, MAX_JSON_BODY))
        return JSONResponse(await run_in_threadpool(service.enrol, body), 201)

    description = resources.files("ponte.hub").joinpath("openapi.json").read_bytes()

    async def openapi(request: Request) -> Response:
        return compressed(request, description)

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def stats(request: Request) -> Response:
        member = (await signed(request))[0].member_id
        return JSONResponse(await run_in_threadpool(service.stats, member))

    routes = [
        Route("/v1/packets", _guard(submit), methods=["POST"]),
        Route("/v1/packets/batch", _guard(submit_batch), methods=["POST"]),
        Route("/v1/packets/held", _guard(held), methods=["POST"]),
        Route("/v1/inbox", _guard(inbox), methods=["GET"]),
        Route("/v1/inbox/ack", _guard(ack), methods=["POST"]),
        Route("/v1/keys", _guard(keys), methods=["POST"]),
        Route("/v1/anchors", _guard(anchors), methods=["POST"]),
        Route("/v1/anchors/latest", _guard(latest_anchor), methods=["GET"]),
        Route("/v1/directory", _guard(directory), methods=["GET"]),
        Route("/v1/directory/log", _guard(directory_log), methods=["GET"]),
        Route("/v1/enrol", _guard(enrol), methods=["POST"]),
        Route("/v1/health", _guard(health), methods=["GET"]),
        Route("/v1/openapi.json", _guard(openapi), methods=["GET"]),
        Route("/v1/stats", _guard(stats), methods=["GET"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 404)
        headers = getattr(exc, "headers", None) or {}  # 405 carries Allow
        if code == 405:
            body = {"error": "method_not_allowed", "message": "This method is not allowed here."}
        else:
            body = {"error": "not_found", "message": "No such endpoint."}
        return JSONResponse(body, code, headers=dict(headers))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:  # what is being stored is finished (and answered) before the hub stops
            ingest_pool.shutdown(wait=True)

    return Starlette(
        routes=routes,
        exception_handlers={404: not_found, 405: not_found},
        middleware=[Middleware(BodyBudget, limits=limits)],
        lifespan=lifespan,
    )
