"""The hub's logic, independent of HTTP: ingest, inbox, ack, directory, enrolment, anchors."""

from __future__ import annotations

import base64
import functools
import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import packet as pkt
from ponte.core.clock import Clock, rfc3339
from ponte.core.directory import (
    ENC_SUITES,
    Directory,
    EncryptionKey,
    SigningKey,
    sign_directory,
)
from ponte.core.errors import (
    AuthenticationFailed,
    NotFound,
    PacketExpired,
    PermissionDenied,
    PonteError,
    ProvisioningError,
    RateLimited,
    ReplayedPacket,
    UnknownSender,
    ValidationError,
    WeakKey,
    WrongRecipient,
)
from ponte.core.httpsig import verify_request
from ponte.core.keycheck import check_ed25519, check_x25519
from ponte.core.keys import key_id
from ponte.hub.enrol import token_hash
from ponte.hub.ratelimit import RateLimiter
from ponte.hub.store import SqlStore, StoredPacket

log = logging.getLogger("ponte.hub")
MAX_INBOX_PAGE = 100
MAX_INBOX_BYTES = 16 * 1024 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Submitted:
    created: bool
    receipt: bytes


def _ed25519(hex_raw: Any) -> SigningKey:
    if not isinstance(hex_raw, str) or not _HEX64.fullmatch(hex_raw):
        raise ValidationError("signing key: 64 hex digits")
    raw = bytes.fromhex(hex_raw)
    try:
        check_ed25519(raw)
    except WeakKey as exc:
        raise ValidationError("signing key: not a safe Ed25519 key") from exc
    return SigningKey(key_id(raw), hex_raw, "")


def _enc_keys(items: Any, added: str) -> list[EncryptionKey]:
    if not isinstance(items, list) or len(items) > 8:
        raise ValidationError("encryption_keys: a list")
    keys = []
    for item in items:
        if not isinstance(item, dict) or item.get("suite") not in ENC_SUITES:
            raise ValidationError("encryption key suite")
        public = item.get("public")
        if (
            not isinstance(public, str)
            or len(public) > 4096
            or not re.fullmatch(r"[0-9a-f]+", public)
        ):
            raise ValidationError("encryption key: hex")
        if len(public) != 2 * ENC_SUITES[item["suite"]]:
            raise ValidationError("encryption key length")
        try:  # the X25519 key, alone or as the hybrid's second half
            check_x25519(bytes.fromhex(public[-64:]))
        except WeakKey as exc:
            raise ValidationError("encryption key: not a safe X25519 key") from exc
        keys.append(EncryptionKey(key_id(bytes.fromhex(public)), item["suite"], public, added))
    return keys


def _text(value: Any, what: str, limit: int = 128) -> str:
    """A short printable string the database will store as is (no NUL, no control chars)."""
    if not isinstance(value, str) or not value or len(value) > limit or not value.isprintable():
        raise ValidationError(what)
    return value


class HubService:
    def __init__(
        self,
        store: SqlStore,
        hub_key: Ed25519PrivateKey,
        clock: Clock,
        *,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.store = store
        self.hub_key = hub_key
        self.clock = clock
        self.limiter = limiter or RateLimiter(clock)
        self.max_inbox_bytes = MAX_INBOX_BYTES

    @staticmethod
    @functools.lru_cache(maxsize=4096)
    def _public(key_hex: str) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))

    def _now(self) -> str:
        return rfc3339(self.clock.now())

    def _signed(self, name: str, body: dict[str, Any]) -> bytes:
        sig = self.hub_key.sign(rfc8785.dumps(body)).hex()
        return bytes(rfc8785.dumps({name: body, "sig": sig}))

    # ------------------------------------------------------------ packets
    def submit(self, raw: bytes) -> Submitted:
        packet = pkt.parse(raw)
        header = packet.header
        for value in (header.sender, header.recipient, header.sender_key):
            _text(value, "header member or key id")
        key_hex, network, recipient_known = self.store.route(
            header.sender, header.sender_key, header.recipient
        )
        if key_hex is None or network is None:
            raise UnknownSender()
        pkt.verify_signature(packet, self._public(key_hex))
        self.limiter.take(header.sender)
        if not recipient_known:
            raise WrongRecipient("unknown recipient")
        now = self.clock.now()
        if header.expires_at <= now:
            raise PacketExpired()
        digest = hashlib.sha256(raw).hexdigest()
        ingest = self.store.insert_packet(
            packet_id=header.id,
            sender=header.sender,
            recipient=header.recipient,
            ptype=header.type,
            network=network,
            expires=header.expires,
            received_at=rfc3339(now),
            sha256=digest,
            data=raw,
        )
        if ingest.sha256 != digest:
            raise ReplayedPacket("a different packet with this id was already received")
        log.info("packet stored id=%s created=%s", header.id, ingest.created)
        receipt = {"packet_id": header.id, "sha256": digest, "received_at": ingest.received_at}
        return Submitted(ingest.created, self._signed("receipt", receipt))

    def submit_many(self, raws: list[bytes]) -> list[Submitted | PonteError]:
        """Each packet on its own: a refused one is an error in its place, not for all.
        Once the sender is over its rate, the rest of the batch waits (is refused) too."""
        results: list[Submitted | PonteError] = []
        for raw in raws:
            if results and isinstance(results[-1], RateLimited):
                results.append(results[-1])
                continue
            try:
                results.append(self.submit(raw))
            except PonteError as exc:
                results.append(exc)
        return results

    # ------------------------------------------------------------ signed requests
    def authenticate(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> str:
        """Verify an RFC 9421 signature and spend its nonce; the caller's member id."""

        def lookup(member_id: str, kid: str) -> Ed25519PublicKey | None:
            hex_raw = self.store.signing_key(member_id, kid)
            return (
                None
                if hex_raw is None
                else Ed25519PublicKey.from_public_bytes(bytes.fromhex(hex_raw))
            )

        verified = verify_request(
            method, target, headers, body, lookup=lookup, now=self.clock.now()
        )
        if not self.store.use_nonce(f"{verified.member_id}/{verified.nonce}", self._now()):
            raise AuthenticationFailed("replayed request")
        self.limiter.take(verified.member_id)
        return verified.member_id

    def inbox(self, member_id: str, cursor: str, limit: int) -> dict[str, Any]:
        if cursor and not (cursor.isascii() and cursor.isdigit() and len(cursor) <= 18):
            raise ValidationError("cursor")
        after = int(cursor) if cursor else 0
        limit = max(1, min(limit, MAX_INBOX_PAGE))
        rows = self.store.inbox(member_id, after, limit, self._now())
        kept: list[StoredPacket] = []
        size = 0
        for row in rows:  # a page stays under MAX_INBOX_BYTES (always at least one packet)
            size += len(row.data)
            if kept and size > self.max_inbox_bytes:
                break
            kept.append(row)
        items = [
            {"id": r.id, "cursor": str(r.seq), "packet": base64.b64encode(r.data).decode()}
            for r in kept
        ]
        next_cursor = items[-1]["cursor"] if items else cursor
        more = len(kept) < len(rows) or len(rows) == limit
        log.info("inbox member=%s count=%d", member_id, len(items))
        return {"packets": items, "cursor": next_cursor, "more": more}

    def ack(self, member_id: str, body: Any) -> dict[str, Any]:
        ids = body.get("ids") if isinstance(body, dict) else None
        if not isinstance(ids, list) or len(ids) > 1000:
            raise ValidationError('body must be {"ids": [...]}')
        ids = [_text(i, "packet id") for i in ids]
        deleted = self.store.ack(member_id, ids)
        log.info("ack member=%s count=%d", member_id, deleted)
        return {"deleted": deleted}

    def add_keys(self, member_id: str, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise ValidationError("body")
        now = self._now()
        signing = []
        if body.get("signing_key") is not None:
            s = _ed25519(body["signing_key"])
            signing.append(SigningKey(s.key_id, s.ed25519, now))
        encryption = _enc_keys(body.get("encryption_keys", []), now)
        revoke = body.get("revoke_signing", [])
        if not isinstance(revoke, list) or len(revoke) > 16:
            raise ValidationError("revoke_signing: a list of key ids")
        revoke = [_text(k, "key id", 64) for k in revoke]
        if not signing and not encryption and not revoke:
            raise ValidationError("no key to add or revoke")
        self.store.add_keys(member_id, signing, encryption, (revoke, now))
        log.info(
            "keys changed member=%s signing=%d encryption=%d revoked=%d",
            member_id,
            len(signing),
            len(encryption),
            len(revoke),
        )
        return {
            "signing": [k.key_id for k in signing],
            "encryption": [k.key_id for k in encryption],
        }

    def add_anchor(self, member_id: str, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise ValidationError("body")
        seq, head, at = body.get("seq"), body.get("head_hash"), body.get("at")
        if type(seq) is not int or not 0 <= seq < 2**62:
            raise ValidationError("seq")
        if not isinstance(head, str) or not _HEX64.fullmatch(head):
            raise ValidationError("head_hash")
        at = _text(at, "at", 40)
        if not self.store.add_anchor(member_id, seq, head, at, self._now()):
            raise ValidationError("this sequence number was anchored before with another hash")
        return {"seq": seq}

    def latest_anchor(self, member_id: str) -> dict[str, Any]:
        row = self.store.latest_anchor(member_id)
        if row is None:
            raise NotFound("no anchor")
        return {"seq": row[0], "head_hash": row[1], "at": row[2], "received_at": row[3]}

    # ------------------------------------------------------------ public
    def directory(self) -> bytes:
        members = tuple(m for m in self.store.members() if m.signing_keys)
        return sign_directory(Directory(issued=self._now(), members=members), self.hub_key)

    def enrol(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict) or not isinstance(body.get("token"), str):
            raise ValidationError("token")
        now = self._now()
        s = _ed25519(body.get("signing_key"))
        signing = SigningKey(s.key_id, s.ed25519, now)
        encryption = _enc_keys(body.get("encryption_keys", []), now)
        member_id = self.store.consume_token(token_hash(body["token"]), now, signing, encryption)
        if member_id is None:
            raise ProvisioningError("the enrolment token is wrong, expired or already used")
        log.info("member enrolled member=%s", member_id)
        return {"member_id": member_id, "signing_key_id": signing.key_id}

    def stats(self, member_id: str) -> dict[str, Any]:
        """Counts per month, network and type, for the cabina di regia only."""
        if self.store.member_type(member_id) != "cabina_regia":
            raise PermissionDenied("statistics are for the cabina di regia")
        rows = self.store.stats()
        return {
            "packets": [{"month": m, "network": n, "type": t, "count": c} for m, n, t, c in rows]
        }
