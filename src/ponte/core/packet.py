"""Packet wire format v1: framing, header, signature.

::

    "PNT1" | u32be len(header) | header | u16be len(enc) | enc | u32be len(ct) | ct | sig (64 B)

``header`` is RFC 8785 (JCS) canonical UTF-8 JSON holding only routing metadata; ``enc`` and
``ct`` are the HPKE (RFC 9180) base-mode encapsulated key and ciphertext; ``sig`` is Ed25519 by
the sender over every byte before it. See ``docs/protocol.md``.

This module is the part every party needs (the hub verifies signatures without decrypting).
Sealing and opening, which involve HPKE and payloads, build on it.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import canonical
from ponte.core.clock import parse_rfc3339
from ponte.core.errors import (
    BadSignature,
    MalformedPacket,
    NonCanonicalHeader,
    OversizePacket,
    UnsupportedPacket,
)
from ponte.core.ids import is_uuid7

MAGIC = b"PNT1"
VERSION = 1
SIG_BYTES = 64
MAX_HEADER_BYTES = 2048
MAX_CT_BYTES = 4 * 1024 * 1024
SUITE_X25519 = "X25519-HKDF-SHA256/HKDF-SHA256/ChaCha20Poly1305"
SUITE_MLKEM768_X25519 = "MLKEM768-X25519/HKDF-SHA256/ChaCha20Poly1305"
#: Encapsulated key length per suite (RFC 9180 Nenc; ML-KEM-768 ciphertext 1088 + X25519 32).
ENC_BYTES = {SUITE_X25519: 32, SUITE_MLKEM768_X25519: 1120}
PACKET_TYPES = frozenset(
    {"referral", "status", "withdrawal", "aggregate", "audit_anchor", "replica", "refusal"}
)
#: Packets Ponte sends by itself, not a person: copies for the centre's other workstations,
#: audit anchors, refusals. Not counted as "waiting to be sent" in what she sees.
HOUSEKEEPING_TYPES = frozenset({"replica", "audit_anchor", "refusal"})
MAX_PACKET_BYTES = (
    len(MAGIC) + 4 + MAX_HEADER_BYTES + 2 + max(ENC_BYTES.values()) + 4 + MAX_CT_BYTES + SIG_BYTES
)
_HEADER_KEYS = frozenset(
    {"v", "id", "type", "from", "to", "created", "expires", "suite", "sender_key"}
)
_MAX_ID_LEN = 128


@dataclass(frozen=True)
class Header:
    """The routing envelope: all the hub ever sees. Nothing personal."""

    id: str
    type: str
    sender: str  # "from" on the wire
    recipient: str  # "to" on the wire
    created: str
    expires: str
    suite: str
    sender_key: str
    v: int = VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "v": self.v,
            "id": self.id,
            "type": self.type,
            "from": self.sender,
            "to": self.recipient,
            "created": self.created,
            "expires": self.expires,
            "suite": self.suite,
            "sender_key": self.sender_key,
        }

    def encode(self) -> bytes:
        """Canonical (JCS) bytes of the header."""
        return canonical.dumps(self.to_json())

    @property
    def expires_at(self) -> datetime:
        return parse_rfc3339(self.expires)

    @property
    def created_at(self) -> datetime:
        return parse_rfc3339(self.created)

    @classmethod
    def from_json(cls, obj: Any) -> Header:
        """Validate a decoded header object field by field."""
        if not isinstance(obj, dict) or set(obj) != _HEADER_KEYS:
            raise MalformedPacket("header fields")
        if obj["v"] != VERSION or type(obj["v"]) is not int:
            raise UnsupportedPacket(f"version {obj['v']!r}")
        for key in ("id", "type", "from", "to", "created", "expires", "suite", "sender_key"):
            value = obj[key]
            if not isinstance(value, str) or not value or len(value) > _MAX_ID_LEN:
                raise MalformedPacket(f"header {key}")
        if not is_uuid7(obj["id"]):
            raise MalformedPacket("header id")
        if obj["type"] not in PACKET_TYPES:
            raise UnsupportedPacket(f"type {obj['type']!r}")
        if obj["suite"] not in ENC_BYTES:
            raise UnsupportedPacket(f"suite {obj['suite']!r}")
        try:
            created = parse_rfc3339(obj["created"])
            expires = parse_rfc3339(obj["expires"])
        except ValueError as exc:
            raise MalformedPacket("header timestamps") from exc
        if expires <= created:
            raise MalformedPacket("header expires before created")
        return cls(
            id=obj["id"],
            type=obj["type"],
            sender=obj["from"],
            recipient=obj["to"],
            created=obj["created"],
            expires=obj["expires"],
            suite=obj["suite"],
            sender_key=obj["sender_key"],
        )


@dataclass(frozen=True)
class Packet:
    """A parsed packet: structure checked, signature not yet verified."""

    header: Header
    header_bytes: bytes
    enc: bytes
    ct: bytes
    sig: bytes
    raw: bytes

    @property
    def signed_part(self) -> bytes:
        return self.raw[: len(self.raw) - SIG_BYTES]


def frame(header_bytes: bytes, enc: bytes, ct: bytes) -> bytes:
    """The unsigned part of a packet."""
    return b"".join(
        (
            MAGIC,
            struct.pack(">I", len(header_bytes)),
            header_bytes,
            struct.pack(">H", len(enc)),
            enc,
            struct.pack(">I", len(ct)),
            ct,
        )
    )


def assemble(header: Header, enc: bytes, ct: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    """Frame and sign. The caller has encrypted ``ct`` with ``info`` bound to this header."""
    unsigned = frame(header.encode(), enc, ct)
    return unsigned + signing_key.sign(unsigned)


def _take(data: bytes, pos: int, n: int, what: str) -> tuple[bytes, int]:
    if n < 0 or pos + n > len(data):
        raise MalformedPacket(f"truncated {what}")
    return data[pos : pos + n], pos + n


def parse(data: bytes, *, max_size: int = MAX_PACKET_BYTES) -> Packet:
    """Parse with strict bounds. Checks structure and canonical header; not the signature."""
    if len(data) > max_size:
        raise OversizePacket(f"{len(data)} bytes")
    magic, pos = _take(data, 0, 4, "magic")
    if magic != MAGIC:
        raise MalformedPacket("magic")
    raw_len, pos = _take(data, pos, 4, "header length")
    (header_len,) = struct.unpack(">I", raw_len)
    if header_len > MAX_HEADER_BYTES:
        raise OversizePacket("header")
    header_bytes, pos = _take(data, pos, header_len, "header")
    raw_len, pos = _take(data, pos, 2, "enc length")
    (enc_len,) = struct.unpack(">H", raw_len)
    enc, pos = _take(data, pos, enc_len, "enc")
    raw_len, pos = _take(data, pos, 4, "ciphertext length")
    (ct_len,) = struct.unpack(">I", raw_len)
    if ct_len > MAX_CT_BYTES:
        raise OversizePacket("ciphertext")
    ct, pos = _take(data, pos, ct_len, "ciphertext")
    sig, pos = _take(data, pos, SIG_BYTES, "signature")
    if pos != len(data):
        raise MalformedPacket("trailing bytes")
    try:
        obj = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedPacket("header is not JSON") from exc
    header = Header.from_json(obj)
    if header.encode() != header_bytes:
        raise NonCanonicalHeader()
    if len(enc) != ENC_BYTES[header.suite]:
        raise MalformedPacket("enc length for suite")
    return Packet(header=header, header_bytes=header_bytes, enc=enc, ct=ct, sig=sig, raw=data)


def verify_signature(packet: Packet, sender_public_key: Ed25519PublicKey) -> None:
    """Raise :class:`BadSignature` unless ``sig`` is the sender key's over the rest."""
    try:
        sender_public_key.verify(packet.sig, packet.signed_part)
    except InvalidSignature as exc:
        raise BadSignature() from exc
