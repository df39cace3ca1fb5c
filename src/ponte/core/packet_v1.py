"""Wire format v1, kept so that packets written before v2 still parse, verify and open.

::

    "PNT1" | u32be len(header) | header | u16be len(enc) | enc | u32be len(ct) | ct | sig (64 B)

``header`` is RFC 8785 (JCS) canonical UTF-8 JSON; ``sig`` is Ed25519 by the sender over
every byte before it, without a signing context (v1 predates them). New packets are v2.
"""

from __future__ import annotations

import json
import struct

from ponte.core import canonical
from ponte.core.clock import parse_rfc3339
from ponte.core.errors import MalformedPacket, NonCanonicalHeader, OversizePacket, UnsupportedPacket
from ponte.core.header import (
    ENC_BYTES,
    MAX_CT_BYTES,
    MAX_ID_LEN,
    PACKET_TYPES,
    SIG_BYTES,
    Header,
    Packet,
)
from ponte.core.ids import is_uuid7

MAGIC = b"PNT1"
VERSION = 1
MAX_HEADER_BYTES = 2048
INFO_LABEL = b"ponte packet v1\x00"
MAX_PACKET_BYTES = 4 + 4 + MAX_HEADER_BYTES + 2 + max(ENC_BYTES.values()) + 4 + MAX_CT_BYTES + 64
_KEYS = frozenset({"v", "id", "type", "from", "to", "created", "expires", "suite", "sender_key"})


def encode_header(header: Header) -> bytes:
    """Canonical (JCS) bytes of the header."""
    return canonical.dumps(header.to_json())


def header_from_json(obj: object) -> Header:
    """Validate a decoded v1 header object field by field."""
    if not isinstance(obj, dict) or set(obj) != _KEYS:
        raise MalformedPacket("header fields")
    if obj["v"] != VERSION or type(obj["v"]) is not int:
        raise UnsupportedPacket(f"version {obj['v']!r}")
    for key in ("id", "type", "from", "to", "created", "expires", "suite", "sender_key"):
        value = obj[key]
        if not isinstance(value, str) or not value or len(value) > MAX_ID_LEN:
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
    return Header(
        id=obj["id"],
        type=obj["type"],
        sender=obj["from"],
        recipient=obj["to"],
        created=obj["created"],
        expires=obj["expires"],
        suite=obj["suite"],
        sender_key=obj["sender_key"],
        v=VERSION,
    )


def frame(header_bytes: bytes, enc: bytes, ct: bytes) -> bytes:
    """The unsigned part of a v1 packet."""
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


def _take(data: bytes, pos: int, n: int, what: str) -> tuple[bytes, int]:
    if n < 0 or pos + n > len(data):
        raise MalformedPacket(f"truncated {what}")
    return data[pos : pos + n], pos + n


def parse(data: bytes) -> Packet:
    """Parse with strict bounds. Checks structure and canonical header; not the signature."""
    pos = len(MAGIC)
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
    header = header_from_json(obj)
    if encode_header(header) != header_bytes:
        raise NonCanonicalHeader()
    if enc_len != ENC_BYTES[header.suite]:
        raise MalformedPacket("enc length for suite")
    return Packet(header=header, header_bytes=header_bytes, sealed=enc + ct, sig=sig, raw=data)
