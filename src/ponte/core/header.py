"""The routing envelope of a packet, whatever its wire version: fields, tables, limits.

A header holds only what the hub needs to route and check a packet: no name, no case data.
Both wire formats (``packet_v1``: JCS JSON, ``packet_v2``: binary) carry exactly these
fields; this module holds the values and the tables of short codes that v2 puts on the wire.
Codes are never reused: a new packet type or suite gets the next free code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from ponte.core.clock import parse_rfc3339

SIG_BYTES = 64
MAX_CT_BYTES = 4 * 1024 * 1024
MAX_ID_LEN = 128
SUITE_X25519 = "X25519-HKDF-SHA256/HKDF-SHA256/ChaCha20Poly1305"
SUITE_MLKEM768_X25519 = "MLKEM768-X25519/HKDF-SHA256/ChaCha20Poly1305"
#: Encapsulated key length per suite (RFC 9180 Nenc; ML-KEM-768 ciphertext 1088 + X25519 32).
ENC_BYTES = {SUITE_X25519: 32, SUITE_MLKEM768_X25519: 1120}

#: v2 suite codes (one byte). 0 is never a suite.
SUITE_CODES = {SUITE_X25519: 1, SUITE_MLKEM768_X25519: 2}
#: v2 type codes (one byte). 0 is never a type; add new types at the end.
TYPE_CODES = {
    "referral": 1,
    "status": 2,
    "withdrawal": 3,
    "aggregate": 4,
    "audit_anchor": 5,
    "replica": 6,
    "refusal": 7,
}
PACKET_TYPES = frozenset(TYPE_CODES)
#: Packets Ponte sends by itself, not a person: copies for the centre's other workstations,
#: audit anchors, refusals. Not counted as "waiting to be sent" in what she sees.
HOUSEKEEPING_TYPES = frozenset({"replica", "audit_anchor", "refusal"})
SUITE_BY_CODE = {code: name for name, code in SUITE_CODES.items()}
TYPE_BY_CODE = {code: name for name, code in TYPE_CODES.items()}


@dataclass(frozen=True)
class Header:
    """The routing envelope: all the hub ever sees. Nothing personal.

    ``created`` and ``expires`` are RFC 3339 UTC with second precision in both versions
    (v2 carries them as seconds since 1970); ``v`` is the wire version the header is (or
    will be) encoded in."""

    id: str
    type: str
    sender: str  # "from" on the wire
    recipient: str  # "to" on the wire
    created: str
    expires: str
    suite: str
    sender_key: str
    v: int = 2

    def to_json(self) -> dict[str, object]:
        """The header as JSON members (v1's wire form; also what ``packet inspect`` prints)."""
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

    @functools.cached_property
    def expires_at(self) -> datetime:
        return parse_rfc3339(self.expires)

    @functools.cached_property
    def created_at(self) -> datetime:
        return parse_rfc3339(self.created)


@dataclass(frozen=True)
class Packet:
    """A parsed packet: structure checked, signature not yet verified.

    ``sealed`` is HPKE's output, ``enc || ct``, as one slice of ``raw``."""

    header: Header
    header_bytes: bytes
    sealed: bytes
    sig: bytes
    raw: bytes

    @property
    def enc(self) -> bytes:
        return self.sealed[: ENC_BYTES[self.header.suite]]

    @property
    def ct(self) -> bytes:
        return self.sealed[ENC_BYTES[self.header.suite] :]

    @property
    def signed_part(self) -> bytes:
        return self.raw[: len(self.raw) - SIG_BYTES]
