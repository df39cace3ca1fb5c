"""HTTP client for the hub API (``/v1``): one method per endpoint, errors as Ponte errors.

Transport failures and 5xx mean "offline, try later" (:class:`HubUnavailable`); 429/503 carry
the hub's ``Retry-After`` (:class:`RateLimited`); 401 is :class:`AuthenticationFailed`; any
other 4xx is a refusal that retrying will not change (:class:`HubError` with the hub's kind).
Requests other than packet submission are signed (RFC 9421, ``core/httpsig``). The hub's
receipts and directory are verified against the hub key pinned from the provisioning file.

Proxies come from the environment (``HTTPS_PROXY``…, httpx ``trust_env``); TLS is verified
against the system store, or against the CA pinned in the provisioning file.
"""

from __future__ import annotations

import base64
import contextlib
import json
import ssl
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import batch, canonical, dirlog
from ponte.core.clock import Clock, SystemClock, rfc3339
from ponte.core.directory import Directory, verify_directory
from ponte.core.errors import (
    AuthenticationFailed,
    HubError,
    HubUnavailable,
    MalformedPacket,
    ProvisioningError,
    RateLimited,
    UntrustedHub,
)
from ponte.core.keyreg import registration
from ponte.core.keys import MemberKeys, key_id, raw_public
from ponte.core.packet import SUITE_MLKEM768_X25519, SUITE_X25519
from ponte.core.signing import Context, verify
from ponte.sync.backoff import parse_retry_after

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Hub error kinds that are about the packet itself: sending it again cannot succeed.
PERMANENT_PACKET_KINDS = frozenset(
    {
        "malformed",
        "non_canonical_header",
        "oversize",
        "unsupported",
        "unknown_sender",
        "bad_signature",
        "wrong_recipient",
        "expired",
        "replay",
    }
)


@dataclass(frozen=True)
class Receipt:
    packet_id: str
    sha256: str
    received_at: str
    raw: bytes


@dataclass(frozen=True)
class InboxItem:
    id: str
    data: bytes


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


def tls_context(pinned_ca_pem: str | None) -> ssl.SSLContext:
    """System trust store, or only the pinned CA when the provisioning file has one."""
    if pinned_ca_pem:
        return ssl.create_default_context(cadata=pinned_ca_pem)
    return ssl.create_default_context()


def verify_signed(
    raw: bytes, name: str, hub_key: Ed25519PublicKey, context: Context = Context.RECEIPT
) -> dict[str, Any]:
    """``{name: body, "sig": hex}`` signed by the hub over the canonical body, under
    ``context``."""
    try:
        doc = json.loads(raw)
        body = doc[name]
        verify(hub_key, context, canonical.dumps(body), bytes.fromhex(doc["sig"]))
    except (ValueError, KeyError, TypeError, InvalidSignature) as exc:
        raise HubError(f"the hub's {name} is not signed by the pinned hub key") from exc
    if not isinstance(body, dict):
        raise HubError(f"the hub's {name} is malformed")
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
    ) -> None:
        self.member_id = member_id
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
        self, method: str, path: str, body: bytes = b"", *, signed: bool, content_type: str
    ) -> httpx.Response:
        headers = {"content-type": content_type} if body or method == "POST" else {}
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
            raise transport_error(exc) from exc
        self._raise_for(response)
        return response

    def _raise_for(self, r: httpx.Response) -> None:
        if r.status_code < 400:
            return
        kind = error_kind(r)
        if r.status_code in (429, 503):
            err = RateLimited(f"HTTP {r.status_code}")
            delay = parse_retry_after(r.headers.get("retry-after"), self.clock.now())
            err.retry_after = None if delay is None else int(delay)
            raise err
        if r.status_code >= 500:
            raise HubUnavailable(f"HTTP {r.status_code}")
        if r.status_code == 401:
            raise AuthenticationFailed(kind or "401")
        error = HubError(f"HTTP {r.status_code} {kind}".strip())
        error.kind = kind or "hub"
        raise error

    # ------------------------------------------------------------ endpoints
    def submit(self, packet: bytes) -> Receipt:
        """Hand one packet to the hub; idempotent by packet id. The receipt is verified."""
        r = self._send(
            "POST", "/v1/packets", packet, signed=False, content_type="application/octet-stream"
        )
        body = verify_signed(r.content, "receipt", self.hub_key)
        return Receipt(
            str(body["packet_id"]), str(body["sha256"]), str(body["received_at"]), r.content
        )

    def submit_many(self, packets: list[bytes]) -> list[Receipt | HubError]:
        """Several packets in one request (``core/batch.py``); each gets its own outcome:
        a verified receipt, or the hub's refusal of that packet. A hub without the batch
        endpoint gets them one by one."""
        if len(packets) == 1 or not self._batch_supported:
            return [self._submit_one(p) for p in packets]
        try:
            r = self._send(
                "POST", "/v1/packets/batch", batch.join(packets), signed=False,
                content_type=batch.CONTENT_TYPE,
            )  # fmt: skip
        except HubError as exc:
            if exc.kind != "not_found":
                raise
            self._batch_supported = False
            return [self._submit_one(p) for p in packets]
        try:
            results = r.json()["results"]
            if not isinstance(results, list) or len(results) != len(packets):
                raise ValueError("results")
        except (ValueError, KeyError, TypeError) as exc:
            raise HubError("malformed batch answer") from exc
        return [self._outcome(item) for item in results]

    def _submit_one(self, packet: bytes) -> Receipt | HubError:
        try:
            return self.submit(packet)
        except (HubUnavailable, RateLimited):
            raise
        except HubError as exc:
            if exc.kind in PERMANENT_PACKET_KINDS:
                return exc
            raise

    def _outcome(self, item: Any) -> Receipt | HubError:
        if isinstance(item, dict) and isinstance(item.get("receipt"), str):
            raw = item["receipt"].encode()
            body = verify_signed(raw, "receipt", self.hub_key)
            return Receipt(
                str(body["packet_id"]), str(body["sha256"]), str(body["received_at"]), raw
            )
        kind = str(item.get("error", "hub")) if isinstance(item, dict) else "hub"
        error: HubError = RateLimited(kind) if kind == "rate_limited" else HubError(kind)
        error.kind = kind
        return error

    def inbox(self, cursor: str = "", limit: int = 100) -> tuple[list[InboxItem], str, bool]:
        path = f"/v1/inbox?cursor={cursor}&limit={limit}"
        doc = self._send("GET", path, signed=True, content_type="application/json").json()
        try:
            items = [InboxItem(str(p["id"]), base64.b64decode(p["packet"])) for p in doc["packets"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedPacket("inbox page") from exc
        return items, str(doc.get("cursor", cursor)), bool(doc.get("more"))

    def ack(self, ids: list[str]) -> int:
        if not ids:
            return 0
        body = json.dumps({"ids": ids}).encode()
        doc = self._send(
            "POST", "/v1/inbox/ack", body, signed=True, content_type="application/json"
        ).json()
        return int(doc.get("deleted", 0))

    def directory(self) -> Directory:
        return verify_directory(self.directory_raw(), self.hub_key)

    def directory_raw(self) -> bytes:
        """The signed directory as served (keep it to verify again offline)."""
        r = self._send("GET", "/v1/directory", signed=False, content_type="application/json")
        return r.content

    def checked_directory(self, raw: bytes, kept: Directory | None) -> Directory:
        """``raw``, a directory fresh from the hub, verified against the pinned key and
        accepted only if it extends ``kept`` (the last one accepted here, or None) through
        the hub's directory log: no rollback, no fork, no key change outside the log
        (``core/dirlog.py``). Fetches the log entries after ``kept``'s head when the head
        moved (rarely: only when a member's keys changed). :class:`DirectoryError` if not."""
        new = verify_directory(raw, self.hub_key)
        if kept is not None and kept.log == new.log:
            entries: list[dict[str, Any]] = []
        else:
            entries = self.directory_log(kept.log.seq if kept is not None else 0)
        dirlog.check_update(kept, new, entries)
        return new

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
            try:
                doc = r.json()
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
        except HubError as exc:
            if exc.kind == "not_found":
                return None
            raise
        doc = r.json()
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
    return str(r.json()["member_id"])
