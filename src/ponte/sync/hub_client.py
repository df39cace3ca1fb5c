"""HTTP client for the hub API (``/v1``): one method per endpoint, errors as Ponte errors.

Transport failures and 5xx mean "offline, try later" (:class:`HubUnavailable`); 429/503 carry
the hub's ``Retry-After`` (:class:`RateLimited`); 401 is :class:`AuthenticationFailed`. A
request answered 429/503/5xx or cut mid-way is tried again a few times within the round, as
the one retry policy says (``sync/backoff.py``).

Only answers signed by the hub key pinned from the provisioning file may change anything:
receipts, the hub's refusals of a packet (bound to the packet's SHA-256) and the directory
are verified; a well-formed answer that is not signed by that key is :class:`WrongHub`
(another server at the hub's address), and an answer that is not the hub's JSON at all (a
captive portal's HTML page) is :class:`NetworkBlocked`. Requests other than packet
submission are signed (RFC 9421, ``core/httpsig``). The directory is fetched conditionally
(``If-None-Match``): a 304 costs a few bytes.

Proxies come from the environment (``HTTPS_PROXY``…, httpx ``trust_env``); TLS is verified
against the system store, or against the CA pinned in the provisioning file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import random
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import batch, canonical, dirlog
from ponte.core.clock import Clock, SystemClock, rfc3339
from ponte.core.directory import Directory, verify_directory
from ponte.core.errors import (
    AuthenticationFailed,
    DirectoryError,
    HubError,
    HubRefused,
    HubUnavailable,
    MalformedPacket,
    NetworkBlocked,
    ProvisioningError,
    RateLimited,
    UntrustedHub,
    WrongHub,
)
from ponte.core.keyreg import registration
from ponte.core.keys import MemberKeys, key_id, raw_public
from ponte.core.packet import SUITE_MLKEM768_X25519, SUITE_X25519, parse
from ponte.core.provisioning import hub_key_fingerprint
from ponte.core.signing import Context, verify
from ponte.sync.backoff import RetryPolicy, parse_retry_after

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: How many resumes of a cut batch upload in a row that find nothing more kept at the hub
#: end it within a call (a resume after a cut that let packets through does not count).
RESUMES = 4
#: A connection cut mid-way (a lossy link, a proxy dropping it) is worth a quick retry; a
#: refused connection or a timeout is not (the hub is down, or the link is a black hole).
_QUICK_RETRY = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class Receipt:
    packet_id: str
    sha256: str
    received_at: str
    raw: bytes


@dataclass(frozen=True)
class HubRefusal:
    """The hub refused this packet for good, in a refusal signed by the pinned hub key and
    bound to the packet's SHA-256: sending the same bytes again cannot succeed."""

    kind: str
    raw: bytes


@dataclass(frozen=True)
class InboxItem:
    id: str
    data: bytes
    sender: str  # as the hub stored it: ids are unique per sender, so (sender, id) is the key

    @property
    def key(self) -> tuple[str, str]:
        """What an acknowledgement names: ``(sender, id)``."""
        return self.sender, self.id


#: A packet's outcome in a batch: stored, refused for good, or "later" (the hub's rate, or an
#: upload the link cut that could not be resumed).
Outcome = Receipt | HubRefusal | RateLimited | HubUnavailable


@dataclass(frozen=True)
class FreshDirectory:
    """A directory newer than the copy kept, verified and checked against the log."""

    raw: bytes
    etag: str | None
    directory: Directory
    entries: list[dict[str, Any]]  # the log entries from the kept copy's head to this one


def error_kind(response: httpx.Response) -> str:
    """The hub's ``{"error": kind}``, or "" when the body is not that."""
    with contextlib.suppress(ValueError, AttributeError):
        return str(response.json().get("error", ""))
    return ""


def transport_error(exc: httpx.TransportError) -> HubError:
    """Offline (retry later), unless the hub's certificate is untrusted (a person must look)."""
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return UntrustedHub()
    return HubUnavailable(type(exc).__name__)


def retry_soon(exc: BaseException) -> bool:
    """Busy (429, 503, 5xx) or cut mid-way: worth trying again soon, within the round. A
    refused connection or a timeout is not (the hub is away; waiting helps no one)."""
    return bool(getattr(exc, "_retry_soon", False))


def _soon(exc: HubError) -> HubError:
    exc._retry_soon = True  # type: ignore[attr-defined]
    return exc


def hub_json(response: httpx.Response) -> Any:
    """The body of an answer from the hub, which always speaks JSON; anything else (an HTML
    login page of a hotel Wi-Fi) means this network is not letting us through."""
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if media != "application/json":
            raise ValueError(media)
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise NetworkBlocked(f"HTTP {response.status_code} {media or 'no content type'}") from exc


def tls_context(pinned_ca_pem: str | None) -> ssl.SSLContext:
    """System trust store, or only the pinned CA when the provisioning file has one."""
    if pinned_ca_pem:
        return ssl.create_default_context(cadata=pinned_ca_pem)
    return ssl.create_default_context()


def wrong_hub(hub_key: Ed25519PublicKey) -> WrongHub:
    """The error for an answer not signed by ``hub_key``, with the key's fingerprint (what
    the network's IT reads on the phone, as at enrolment)."""
    return WrongHub(params=(hub_key_fingerprint(raw_public(hub_key).hex()),))


def verify_signed(
    raw: bytes, name: str, hub_key: Ed25519PublicKey, context: Context = Context.RECEIPT
) -> dict[str, Any]:
    """``{name: body, "sig": hex}`` signed by the hub over the canonical body, under
    ``context``. Not JSON: :class:`NetworkBlocked`; not signed so: :class:`WrongHub`."""
    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise NetworkBlocked(f"the hub's {name} is not JSON") from exc
    try:
        body = doc[name]
        verify(hub_key, context, canonical.dumps(body), bytes.fromhex(doc["sig"]))
    except (ValueError, KeyError, TypeError, InvalidSignature) as exc:
        raise wrong_hub(hub_key) from exc
    if not isinstance(body, dict):
        raise wrong_hub(hub_key)
    return body


class HubClient:
    def __init__(
        self,
        base_url: str,
        *,
        member_id: str,
        signing_key: Ed25519PrivateKey,
        key_id: str,
        hub_key: Ed25519PublicKey,
        clock: Clock | None = None,
        transport: httpx.BaseTransport | None = None,
        pinned_ca_pem: str | None = None,
        timeout: httpx.Timeout = TIMEOUT,
        retry: RetryPolicy | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.member_id = member_id
        self.retry = retry or RetryPolicy()
        self.rng = rng or random.Random()
        self._key = signing_key
        self._key_id = key_id
        self.hub_key = hub_key
        self.clock = clock or SystemClock()
        verify: ssl.SSLContext | bool = (
            tls_context(pinned_ca_pem) if base_url.startswith("https") else True
        )
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            transport=transport,
            timeout=timeout,
            verify=verify,
            trust_env=True,
            headers={"user-agent": "ponte"},
        )
        self._batch_supported = True

    def close(self) -> None:
        self._http.close()

    # ------------------------------------------------------------ plumbing
    def _send(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        *,
        signed: bool,
        content_type: str,
        extra: dict[str, str] | None = None,
        retry: bool = True,
    ) -> httpx.Response:
        """One request, tried again within the round while the retry policy allows (not
        packet uploads: the engine retries those itself, with a smaller batch after a cut)."""
        attempt = 0
        while True:
            try:
                return self._attempt(method, path, body, signed, content_type, extra or {})
            except (RateLimited, HubUnavailable) as exc:
                if not retry or not retry_soon(exc):
                    raise
                wait = self.retry.in_round(attempt, getattr(exc, "retry_after", None), self.rng)
                if wait is None:
                    raise
                self.clock.sleep(wait)
                attempt += 1

    def _attempt(
        self,
        method: str,
        path: str,
        body: bytes,
        signed: bool,
        content_type: str,
        extra: dict[str, str],
    ) -> httpx.Response:
        headers = {"content-type": content_type} if body or method == "POST" else {}
        headers.update(extra)
        if signed:
            from ponte.core.httpsig import sign_request

            headers.update(
                sign_request(
                    method,
                    path,
                    body,
                    key=self._key,
                    member_id=self.member_id,
                    key_id=self._key_id,
                    created=self.clock.now(),
                )
            )
        try:
            response = self._http.request(method, path, content=body, headers=headers)
        except httpx.TransportError as exc:
            error = transport_error(exc)
            raise (_soon(error) if isinstance(exc, _QUICK_RETRY) else error) from exc
        self._raise_for(response)
        return response

    def _raise_for(self, r: httpx.Response) -> None:
        if r.status_code < 400:
            return
        if r.status_code in (429, 503):
            err = RateLimited(f"HTTP {r.status_code}")
            delay = parse_retry_after(r.headers.get("retry-after"), self.clock.now())
            err.retry_after = None if delay is None else int(delay)
            raise _soon(err)
        if r.status_code >= 500:
            raise _soon(HubUnavailable(f"HTTP {r.status_code}"))
        doc = hub_json(r)  # a refusal from the hub is JSON; a portal's page is not
        kind = str(doc.get("error", "")) if isinstance(doc, dict) else ""
        if r.status_code == 401:
            raise AuthenticationFailed(kind or "401")
        raise HubRefused(kind or "hub", f"HTTP {r.status_code} {kind}".strip(), doc=doc)

    # ------------------------------------------------------------ endpoints
    def submit(self, packet: bytes) -> Receipt | HubRefusal:
        """Hand one packet to the hub; idempotent by packet id. The answer is verified: a
        receipt or a refusal signed by the hub for exactly these bytes."""
        try:
            r = self._send(
                "POST", "/v1/packets", packet, signed=False,
                content_type="application/octet-stream", retry=False,
            )  # fmt: skip
        except HubRefused as exc:  # a 4xx: it counts only as a refusal signed by our hub
            return self._refusal(exc.doc, packet)
        return self._receipt(r.content, packet)

    def submit_many(self, packets: list[bytes]) -> list[Outcome]:
        """Several packets in one request (``core/batch.py``), binary both ways; each gets its
        own outcome: a receipt, the hub's refusal of that packet, or "slow down", all under
        one signature by the pinned hub key over the packets' SHA-256 (anything else is
        :class:`WrongHub`). A hub without the batch endpoint gets them one by one.

        When the link cuts the upload, the hub keeps the packets that arrived whole; this
        asks which ones it holds (their answer is their receipt) and sends only the rest.
        It goes on while the cuts let packets through, and gives up after :data:`RESUMES`
        resumes in a row that find nothing more kept (on a lossy link a big batch is cut
        several times, each time further on; a fixed number of tries would leave its tail
        for the next round). If nothing got through, the cut is raised (the engine halves
        the batch); packets still without an answer after a partial success are left for
        the next request."""
        if not self._batch_supported:
            return [self.submit(p) for p in packets]
        outcomes: list[Outcome | None] = [None] * len(packets)
        todo = list(range(len(packets)))
        cut: HubUnavailable | None = None
        stalls = 0  # cuts since the hub last held one more packet; each packet resets it once
        while stalls <= RESUMES:
            try:
                if cut is not None:  # the last upload was cut: what did the hub keep?
                    held = [packets[i] for i in todo]
                    answer = self._post("/v1/packets/held", batch.hashes_of(held), held)
                    self._answered(outcomes, todo, packets, answer, only_stored=True)
                    if any(outcomes[i] is not None for i in todo):
                        stalls = 0
                    todo = [i for i in todo if outcomes[i] is None]
                if todo:
                    sent = [packets[i] for i in todo]
                    answer = self._post("/v1/packets/batch", batch.join(sent), sent)
                    self._answered(outcomes, todo, packets, answer)
                    todo = []
                break
            except HubUnavailable as exc:
                cut = exc
                stalls += 1
            except HubRefused as exc:
                if exc.reason != "not_found" or cut is not None:
                    raise
                self._batch_supported = False
                return [self.submit(p) for p in packets]
        if len(todo) == len(packets) and cut is not None:
            raise cut
        return [HubUnavailable("upload cut") if o is None else o for o in outcomes]

    def _post(self, path: str, body: bytes, packets: list[bytes]) -> batch.BatchReceipt:
        r = self._send(
            "POST", path, body, signed=False, content_type=batch.CONTENT_TYPE, retry=False
        )
        media = r.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != batch.CONTENT_TYPE:  # a portal's page, not the hub's answer
            raise NetworkBlocked(f"HTTP {r.status_code} {media or 'no content type'}")
        try:
            return batch.read_answer(r.content, packets, self.hub_key)
        except (MalformedPacket, InvalidSignature) as exc:
            raise wrong_hub(self.hub_key) from exc

    def _answered(
        self,
        outcomes: list[Outcome | None],
        todo: list[int],
        packets: list[bytes],
        answer: batch.BatchReceipt,
        *,
        only_stored: bool = False,
    ) -> None:
        at = rfc3339(datetime.fromtimestamp(answer.at, UTC))
        for i, kind in zip(todo, answer.kinds, strict=True):
            if not only_stored or kind in batch.STORED:
                outcomes[i] = self._batch_outcome(kind, packets[i], at, answer.record)

    @staticmethod
    def _batch_outcome(kind: str, packet: bytes, at: str, record: bytes) -> Outcome:
        if kind in batch.STORED:
            digest = hashlib.sha256(packet).hexdigest()
            return Receipt(parse(packet).header.id, digest, at, record)
        if kind == RateLimited.kind:
            return RateLimited("batch")  # the rest of the batch waits for the next round
        return HubRefusal(kind, record)  # signed by the hub over this packet's hash

    def _outcome(self, item: Any, packet: bytes) -> Outcome:
        if isinstance(item, dict) and isinstance(item.get("receipt"), str):
            return self._receipt(item["receipt"].encode(), packet)
        if isinstance(item, dict) and item.get("error") == RateLimited.kind:
            return RateLimited("batch")  # the rest of the batch waits for the next round
        return self._refusal(item, packet)

    def _receipt(self, raw: bytes, packet: bytes) -> Receipt:
        body = verify_signed(raw, "receipt", self.hub_key)
        digest = hashlib.sha256(packet).hexdigest()
        if body.get("sha256") != digest:
            raise wrong_hub(self.hub_key)
        return Receipt(str(body["packet_id"]), digest, str(body["received_at"]), raw)

    def _refusal(self, doc: Any, packet: bytes) -> HubRefusal:
        """A refusal counts only when the pinned hub key signed it for these bytes."""
        signed = doc.get("refusal") if isinstance(doc, dict) else None
        if not isinstance(signed, str):
            raise wrong_hub(self.hub_key)
        body = verify_signed(signed.encode(), "hub_refusal", self.hub_key, Context.REFUSAL)
        if body.get("sha256") != hashlib.sha256(packet).hexdigest() or not isinstance(
            body.get("error"), str
        ):
            raise wrong_hub(self.hub_key)
        return HubRefusal(body["error"], signed.encode())

    def inbox(self, cursor: str = "", limit: int = 100) -> tuple[list[InboxItem], str, bool]:
        path = f"/v1/inbox?cursor={cursor}&limit={limit}"
        doc = hub_json(self._send("GET", path, signed=True, content_type="application/json"))
        try:
            items = [
                InboxItem(str(p["id"]), base64.b64decode(p["packet"]), str(p["from"]))
                for p in doc["packets"]
            ]
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedPacket("inbox page") from exc
        return items, str(doc.get("cursor", cursor)), bool(doc.get("more"))

    def ack(self, keys: list[tuple[str, str]]) -> int:
        """Let the hub delete these packets, each named by ``(sender, id)``: another
        member's packet under the same id is not touched."""
        if not keys:
            return 0
        body = json.dumps({"packets": [{"from": s, "id": i} for s, i in keys]}).encode()
        r = self._send("POST", "/v1/inbox/ack", body, signed=True, content_type="application/json")
        doc = hub_json(r)
        return int(doc.get("deleted", 0)) if isinstance(doc, dict) else 0

    def directory_since(self, kept: Directory | None, etag: str | None) -> FreshDirectory | None:
        """The signed directory if it changed since ``kept``, the copy served with ``etag``
        (None: 304, keep that copy); verified against the pinned hub key (else
        :class:`WrongHub`) and checked against the directory log (:meth:`checked_directory`;
        a rollback or a fork is :class:`DirectoryError`)."""
        extra = {"if-none-match": etag} if etag and kept is not None else {}
        r = self._send(
            "GET", "/v1/directory", signed=False, content_type="application/json", extra=extra
        )
        if r.status_code == 304 and extra:
            return None
        hub_json(r)  # JSON, or this network is not letting us through
        try:
            verify_directory(r.content, self.hub_key)
        except DirectoryError as exc:  # well-formed but not our hub's: another server
            raise wrong_hub(self.hub_key) from exc
        directory, entries = self.checked_directory(r.content, kept)
        return FreshDirectory(r.content, r.headers.get("etag"), directory, entries)

    def checked_directory(
        self, raw: bytes, kept: Directory | None
    ) -> tuple[Directory, list[dict[str, Any]]]:
        """``raw``, a directory fresh from the hub, verified against the pinned key and
        accepted only if it extends ``kept`` (the last one accepted here, or None) through
        the hub's directory log: no rollback, no fork, no key change outside the log
        (``core/dirlog.py``). Fetches the log entries after ``kept``'s head when the head
        moved (rarely: only when a member's keys changed). :class:`DirectoryError` if not.
        Returns the directory and those entries."""
        new = verify_directory(raw, self.hub_key)
        if kept is not None and kept.log == new.log:
            entries: list[dict[str, Any]] = []
        else:
            entries = self.directory_log(kept.log.seq if kept is not None else 0)
        dirlog.check_update(kept, new, entries)
        return new, entries

    def directory_log(self, after: int) -> list[dict[str, Any]]:
        """The directory log's entries after ``after``, all pages (``core/dirlog.py`` checks
        them against a directory's signed head)."""
        entries: list[dict[str, Any]] = []
        while True:
            r = self._send(
                "GET",
                f"/v1/directory/log?after={after + len(entries)}",
                signed=False,
                content_type="application/json",
            )
            doc = hub_json(r)
            try:
                page, more = doc["entries"], bool(doc["more"])
                if not isinstance(page, list):
                    raise TypeError("entries")
            except (ValueError, KeyError, TypeError) as exc:
                raise HubError("malformed directory log") from exc
            entries += page
            if not more or not page:
                return entries

    def anchor(self, seq: int, head_hash: str, at: str) -> None:
        body = json.dumps({"seq": seq, "head_hash": head_hash, "at": at}).encode()
        self._send("POST", "/v1/anchors", body, signed=True, content_type="application/json")

    def latest_anchor(self) -> dict[str, Any] | None:
        try:
            r = self._send(
                "GET", "/v1/anchors/latest", signed=True, content_type="application/json"
            )
        except HubRefused as exc:
            if exc.reason == "not_found":
                return None
            raise
        doc = hub_json(r)
        return doc if isinstance(doc, dict) else None

    def health(self) -> bool:
        try:
            self._send("GET", "/v1/health", signed=False, content_type="application/json")
        except HubError:
            return False
        return True


def enrol(
    base_url: str,
    token: str,
    keys: MemberKeys,
    *,
    member_id: str,
    hub_key: Ed25519PublicKey,
    clock: Clock | None = None,
    transport: httpx.BaseTransport | None = None,
    pinned_ca_pem: str | None = None,
) -> str:
    """Register this member's public keys with the one-time token, with a proof of
    possession (``core/keyreg.py``) for ``member_id`` at the hub whose key is ``hub_key``;
    returns the member id."""
    encryption = [{"suite": SUITE_X25519, "public": raw_public(keys.encryption.public_key()).hex()}]
    if keys.pq is not None:
        encryption.insert(0, {"suite": SUITE_MLKEM768_X25519, "public": keys.pq.public_raw().hex()})
    body = {
        "token": token,
        **registration(
            member_id=member_id,
            hub_key_id=key_id(raw_public(hub_key)),
            at=rfc3339((clock or SystemClock()).now()),
            signing_key=raw_public(keys.signing.public_key()).hex(),
            encryption_keys=encryption,
            signer=keys.signing,
        ),
    }
    verify: ssl.SSLContext | bool = (
        tls_context(pinned_ca_pem) if base_url.startswith("https") else True
    )
    try:
        with httpx.Client(
            transport=transport, verify=verify, timeout=TIMEOUT, trust_env=True
        ) as http:
            r = http.post(base_url.rstrip("/") + "/v1/enrol", json=body)
    except httpx.TransportError as exc:
        raise transport_error(exc) from exc
    if r.status_code >= 400:
        kind = error_kind(r)
        if kind == "provisioning":
            raise ProvisioningError("the hub refused the enrolment token")
        raise HubError(f"HTTP {r.status_code} {kind}".strip())
    doc = hub_json(r)
    if not isinstance(doc, dict) or not isinstance(doc.get("member_id"), str):
        raise NetworkBlocked("enrolment answer")
    return str(doc["member_id"])
