"""The hub's logic, independent of HTTP: ingest, inbox, ack, directory, enrolment, anchors."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import batch
from ponte.core import packet as pkt
from ponte.core.clock import Clock, parse_rfc3339, rfc3339
from ponte.core.directory import (
    ENC_SUITES,
    Directory,
    EncryptionKey,
    SigningKey,
    sign_directory,
)
from ponte.core.errors import (
    AuthenticationFailed,
    MalformedPacket,
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
from ponte.core.httpsig import Headers, Verified, verify_request
from ponte.core.keycheck import check_ed25519, check_x25519
from ponte.core.keyreg import check_proof
from ponte.core.keys import key_id
from ponte.core.signing import Context, sign
from ponte.hub.enrol import token_hash
from ponte.hub.ratelimit import RateLimiter
from ponte.hub.store import Ingest, NewPacket, SqlStore, StoredPacket

log = logging.getLogger("ponte.hub")
MAX_INBOX_PAGE = 100
MAX_ACK = 1000  # packets named in one acknowledgement
MAX_INBOX_BYTES = 16 * 1024 * 1024
MAX_LOG_PAGE = 1000
#: How far ahead of the hub's clock a packet's ``created`` may be (clock skew).
CLOCK_SKEW = timedelta(minutes=5)
#: The longest a packet may live: ``expires`` at most this far after ``created``.
MAX_PACKET_LIFETIME = timedelta(days=90)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


Route = tuple[str | None, str | None, bool]  # sender key hex, sender network, recipient known


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
        if not isinstance(item, dict) or not isinstance(item.get("suite"), str):
            raise ValidationError("encryption key suite")
        if item["suite"] not in ENC_SUITES or set(item) != {"suite", "public"}:
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


def _key_ids(value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or len(value) > 16:
        raise ValidationError(f"{what}: a list of key ids")
    return [_text(k, "key id", 64) for k in value]


def _text(value: Any, what: str, limit: int = 128) -> str:
    """A short printable string the database will store as is (no NUL, no control chars)."""
    if not isinstance(value, str) or not value or len(value) > limit or not value.isprintable():
        raise ValidationError(what)
    return value


def _ack_keys(body: Any) -> list[tuple[str | None, str]]:
    """The packets an acknowledgement names, as ``(sender or None, id)``."""
    form = set(body) if isinstance(body, dict) else set()
    named: list[Any] = body[next(iter(form))] if len(form) == 1 else []
    if not isinstance(named, list) or len(named) > MAX_ACK:
        form = set()
    if form == {"packets"} and all(isinstance(p, dict) and set(p) == {"from", "id"} for p in named):
        return [(_text(p["from"], "sender"), _text(p["id"], "packet id")) for p in named]
    if form == {"ids"}:
        return [(None, _text(i, "packet id")) for i in named]
    raise ValidationError(
        f'body must be {{"packets": [{{"from": sender, "id": packet id}}, ...]}}, at most {MAX_ACK}'
    )


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
        self._directory_cache: tuple[bytes, str] | None = None

    @staticmethod
    @functools.lru_cache(maxsize=4096)
    def _public(key_hex: str) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))

    def _now(self) -> str:
        return rfc3339(self.clock.now())

    @property
    def hub_key_id(self) -> str:
        return key_id(self.hub_key.public_key().public_bytes_raw())

    def _signed(self, name: str, context: Context, body: dict[str, Any]) -> bytes:
        sig = sign(self.hub_key, context, rfc8785.dumps(body)).hex()
        return bytes(rfc8785.dumps({name: body, "sig": sig}))

    def _check_times(self, header: pkt.Header, now: datetime) -> None:
        """Issue 15.10: ``created`` not ahead of the clock beyond the skew, ``expires`` passed
        → expired, and a lifetime of at most :data:`MAX_PACKET_LIFETIME`."""
        if header.expires_at <= now:
            raise PacketExpired()
        created = parse_rfc3339(header.created)
        if created > now + CLOCK_SKEW:
            raise MalformedPacket("created is in the future")
        if header.expires_at > created + MAX_PACKET_LIFETIME:
            raise MalformedPacket("expires too far ahead")

    # ------------------------------------------------------------ packets
    def _check(self, raw: bytes, routes: dict[tuple[str, str, str], Route]) -> NewPacket:
        """Everything before storing: structure, sender key, signature, rate, recipient,
        expiry. ``routes`` remembers the directory lookups of one request (a batch names the
        same sender, key and recipient again and again)."""
        packet = pkt.parse(raw)
        header = packet.header
        for value in (header.sender, header.recipient, header.sender_key):
            _text(value, "header member or key id")
        triple = (header.sender, header.sender_key, header.recipient)
        route = routes.get(triple)
        if route is None:
            route = routes[triple] = self.store.route(*triple)
        key_hex, network, recipient_known = route
        if key_hex is None or network is None:
            raise UnknownSender()
        pkt.verify_signature(packet, self._public(key_hex))
        self.limiter.take(header.sender)
        if not recipient_known:
            raise WrongRecipient("unknown recipient")
        now = self.clock.now()
        self._check_times(header, now)
        return NewPacket(
            packet_id=header.id,
            sender=header.sender,
            recipient=header.recipient,
            ptype=header.type,
            network=network,
            expires=header.expires,
            received_at=rfc3339(now),
            sha256=hashlib.sha256(raw).hexdigest(),
            data=raw,
        )

    def _ingest(self, raw: bytes) -> tuple[str, str, Ingest]:
        """Check and store one packet: its id, SHA-256 (hex) and what the store did."""
        row = self._check(raw, {})
        [ingest] = self.store.insert_packets([row])
        if ingest.sha256 != row.sha256:
            raise ReplayedPacket("a different packet with this id was already received")
        log.info("packet stored id=%s created=%s", row.packet_id, ingest.created)
        return row.packet_id, row.sha256, ingest

    def submit(self, raw: bytes) -> Submitted:
        packet_id, digest, ingest = self._ingest(raw)
        receipt = {"packet_id": packet_id, "sha256": digest, "received_at": ingest.received_at}
        return Submitted(ingest.created, self._signed("receipt", Context.RECEIPT, receipt))

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

    def submit_batch(self, raws: list[bytes]) -> bytes:
        """As :meth:`submit_many`, answered in ``core/batch.py``'s binary form: one outcome
        byte per packet and one signature by the hub key over them and the packets' hashes.
        The packets that pass the checks are stored in one transaction (one commit)."""
        kinds: list[str] = [RateLimited.kind] * len(raws)
        checked: list[tuple[int, NewPacket]] = []
        routes: dict[tuple[str, str, str], Route] = {}
        for i, raw in enumerate(raws):
            try:
                checked.append((i, self._check(raw, routes)))
            except RateLimited:
                break  # the rest of the batch waits for the next round
            except PonteError as exc:
                kinds[i] = exc.kind
        stored = self.store.insert_packets([row for _, row in checked]) if checked else []
        for (i, row), ingest in zip(checked, stored, strict=True):
            if ingest.sha256 != row.sha256:
                kinds[i] = ReplayedPacket.kind  # another packet with this id is held
            else:
                kinds[i] = "stored" if ingest.created else "held"
        log.info(
            "batch stored=%d held=%d refused=%d ids=%s",
            kinds.count("stored"),
            kinds.count("held"),
            len(kinds) - kinds.count("stored") - kinds.count("held"),
            ",".join(row.packet_id for _, row in checked),
        )
        return batch.answer(self.hub_key, int(self.clock.now().timestamp()), kinds, raws)

    def held(self, hashes: list[bytes]) -> bytes:
        """Which packets, by SHA-256, are held (stored, delivered or not, until they expire):
        answered as a batch is, "held" or "absent", signed over the same hashes. A held
        packet's answer is its receipt."""
        found = self.store.held([h.hex() for h in hashes])
        kinds = ["held" if h.hex() in found else "absent" for h in hashes]
        log.info("held asked=%d held=%d", len(hashes), kinds.count("held"))
        at = int(self.clock.now().timestamp())
        return batch.answer_hashes(self.hub_key, at, kinds, b"".join(hashes))

    # ------------------------------------------------------------ signed requests
    def authenticate(self, method: str, target: str, headers: Headers, body: bytes) -> Verified:
        """Verify an RFC 9421 signature and spend its nonce; who signed, with which key."""

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
        return verified

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
            {
                "id": r.id,
                "from": r.sender,
                "cursor": str(r.seq),
                "packet": base64.b64encode(r.data).decode(),
            }
            for r in kept
        ]
        next_cursor = items[-1]["cursor"] if items else cursor
        more = len(kept) < len(rows) or len(rows) == limit
        log.info("inbox member=%s count=%d", member_id, len(items))
        return {"packets": items, "cursor": next_cursor, "more": more}

    def ack(self, member_id: str, body: Any) -> dict[str, Any]:
        """``{"packets": [{"from", "id"}, ...]}``: ids are unique per sender, so a packet is
        named by both. ``{"ids": [...]}``, the first form, is still accepted from older
        clients: it deletes every packet to the caller under those ids, whoever sent them."""
        deleted = self.store.ack(member_id, _ack_keys(body))
        log.info("ack member=%s count=%d", member_id, deleted)
        return {"deleted": deleted}

    def _registered(
        self, member_id: str, body: dict[str, Any], signer_hex: str | None
    ) -> tuple[list[SigningKey], list[EncryptionKey]]:
        """The keys ``body`` registers, after checking the proof of possession: by the new
        signing key, or (encryption keys only) by ``signer_hex``, the request's key."""
        now = self._now()
        signing = [] if body.get("signing_key") is None else [_ed25519(body["signing_key"])]
        encryption = _enc_keys(body.get("encryption_keys", []), now)
        if not signing and not encryption:
            return [], []
        signer = signing[0].ed25519 if signing else signer_hex
        if signer is None:
            raise ValidationError("a signing key is needed")
        check_proof(
            body.get("at"),
            body.get("proof"),
            member_id=member_id,
            hub_key_id=self.hub_key_id,
            signing_key=signing[0].ed25519 if signing else None,
            encryption_keys=[{"suite": e.suite, "public": e.public} for e in encryption],
            signer=self._public(signer),
            now=self.clock.now(),
        )
        return [SigningKey(k.key_id, k.ed25519, now) for k in signing], encryption

    def add_keys(self, who: Verified, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise ValidationError("body")
        member_id = who.member_id
        signing, encryption = self._registered(
            member_id, body, self.store.signing_key(member_id, who.key_id)
        )
        revoke = _key_ids(body.get("revoke_signing", []), "revoke_signing")
        retire = _key_ids(body.get("retire_encryption", []), "retire_encryption")
        if not signing and not encryption and not revoke and not retire:
            raise ValidationError("no key to add, revoke or retire")
        self.store.add_keys(
            member_id, signing, encryption, revoke=revoke, retire=retire, now=self._now()
        )
        log.info(
            "keys changed member=%s signing=%d encryption=%d revoked=%d retired=%d",
            member_id,
            len(signing),
            len(encryption),
            len(revoke),
            len(retire),
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

    def refusal(self, raw: bytes, exc: PonteError) -> bytes:
        """A refusal of these exact bytes, signed: the sender may mark its packet failed
        only on this, never on an unsigned answer (which any server could give)."""
        body = {"sha256": hashlib.sha256(raw).hexdigest(), "error": exc.kind, "at": self._now()}
        return self._signed("hub_refusal", Context.REFUSAL, body)

    # ------------------------------------------------------------ public
    def directory(self) -> bytes:
        return self.directory_signed()[0]

    def directory_signed(self) -> tuple[bytes, str]:
        """The signed directory and its ETag, a hash of the members, their keys and the log
        head: while they do not change, neither do the bytes (``If-None-Match`` gets a 304)."""
        members, head = self.store.directory_state()
        state: dict[str, Any] = {"members": [m.to_json() for m in members], "log": head.to_json()}
        etag = hashlib.sha256(rfc8785.dumps(state)).hexdigest()[:32]
        cached = self._directory_cache
        if cached is None or cached[1] != etag:
            directory = Directory(issued=self._now(), members=tuple(members), log=head)
            self._directory_cache = cached = (sign_directory(directory, self.hub_key), etag)
        return cached

    def directory_log(self, after: str) -> dict[str, Any]:
        """Log entries after ``after`` (a page), and the head signed under its context."""
        if not (after.isascii() and after.isdigit() and len(after) <= 18):
            raise ValidationError("after: a number")
        entries, head = self.store.directory_log(int(after), MAX_LOG_PAGE)
        signed = json.loads(
            self._signed("head", Context.DIRECTORY_HEAD, {**head.to_json(), "at": self._now()})
        )
        more = bool(entries) and entries[-1]["seq"] < head.seq
        return {"entries": entries, "more": more, **signed}

    def enrol(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict) or not isinstance(body.get("token"), str):
            raise ValidationError("token")
        if body.get("signing_key") is None:
            raise ValidationError("signing key: 64 hex digits")
        hashed = token_hash(_text(body["token"], "token", 256))
        member_id = self.store.token_member(hashed, self._now())
        if member_id is None:
            raise ProvisioningError("the enrolment token is wrong, expired or already used")
        signing, encryption = self._registered(member_id, body, None)
        if self.store.consume_token(hashed, self._now(), signing[0], encryption) is None:
            raise ProvisioningError("the enrolment token is wrong, expired or already used")
        log.info("member enrolled member=%s", member_id)
        return {"member_id": member_id, "signing_key_id": signing[0].key_id}

    def stats(self, member_id: str) -> dict[str, Any]:
        """Counts per month, network and type, for the cabina di regia only."""
        if self.store.member_type(member_id) != "cabina_regia":
            raise PermissionDenied("statistics are for the cabina di regia")
        rows = self.store.stats()
        return {
            "packets": [{"month": m, "network": n, "type": t, "count": c} for m, n, t, c in rows]
        }
