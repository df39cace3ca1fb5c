"""Several sealed packets in one request, and one compact signed answer for all of them.

Request body: ``[u32 big-endian length][packet]`` repeated; nothing else. Every packet stays
self-authenticating (its own signature), so the batch needs no signature of its own, and
the hub answers each packet separately (one bad packet does not sink the others).

Sent as ``application/octet-stream``, the answer is binary (:func:`answer`)::

    "PBR1" | u32 at | u16 n | n outcome bytes | sig (64 B)

``at`` is the hub's time (seconds since 1970); outcome *i* is packet *i*'s (:data:`OUTCOMES`);
``sig`` is the hub key's Ed25519 signature under the ``batch-receipt/v1`` context over
``"PBR1" … outcomes || SHA-256(packet 1) || … || SHA-256(packet n)``. The hashes do not
travel: the sender has its packets. So one signature (74 bytes and one outcome byte per
packet) is the receipt of every stored packet and the hub's signed refusal of every refused
one, bound to their exact bytes. Old clients send ``application/x-ponte-batch`` and get a
JSON list of per-packet receipts, as before.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import signing
from ponte.core.errors import MalformedPacket, OversizePacket
from ponte.core.packet import MAX_PACKET_BYTES

CONTENT_TYPE = "application/octet-stream"
LEGACY_CONTENT_TYPE = "application/x-ponte-batch"  # answered with JSON receipts
MAX_BATCH_PACKETS = 64
MAX_BATCH_BYTES = 8 * 1024 * 1024
ANSWER_MAGIC = b"PBR1"
_LEN = 4
_HEAD = struct.Struct(">4sIH")
_SIG = 64

#: One byte per packet in a binary answer. Never reuse a code; unknown codes mean "refused".
OUTCOMES = {
    "stored": 0x00,  # stored now
    "held": 0x01,  # already held, the same bytes (a retry): stored as well
    "rate_limited": 0x02,  # not stored: send it again later
    "absent": 0x03,  # (answer to "held?") not held: send it
    "malformed": 0x10,
    "non_canonical_header": 0x11,
    "oversize": 0x12,
    "unsupported": 0x13,
    "unknown_sender": 0x14,
    "bad_signature": 0x15,
    "wrong_recipient": 0x16,
    "expired": 0x17,
    "replay": 0x18,  # another packet with this id is held
    "validation": 0x19,
    "refused": 0xFF,  # any other reason
}
KIND_BY_CODE = {code: kind for kind, code in OUTCOMES.items()}
STORED = frozenset({"stored", "held"})


def join(packets: Sequence[bytes]) -> bytes:
    if not 0 < len(packets) <= MAX_BATCH_PACKETS:
        raise OversizePacket(f"a batch holds 1 to {MAX_BATCH_PACKETS} packets")
    body = b"".join(len(p).to_bytes(_LEN, "big") + p for p in packets)
    if len(body) > MAX_BATCH_BYTES:
        raise OversizePacket("batch too large")
    return body


def split(body: bytes) -> list[bytes]:
    if len(body) > MAX_BATCH_BYTES:
        raise OversizePacket("batch too large")
    packets: list[bytes] = []
    at = 0
    while at < len(body):
        if at + _LEN > len(body):
            raise MalformedPacket("batch: truncated length")
        size = int.from_bytes(body[at : at + _LEN], "big")
        at += _LEN
        if size == 0 or size > MAX_PACKET_BYTES or at + size > len(body):
            raise MalformedPacket("batch: bad packet length")
        packets.append(body[at : at + size])
        at += size
        if len(packets) > MAX_BATCH_PACKETS:
            raise OversizePacket(f"a batch holds at most {MAX_BATCH_PACKETS} packets")
    if not packets:
        raise MalformedPacket("batch: empty")
    return packets


def _hashes(packets: Sequence[bytes]) -> bytes:
    return b"".join(hashlib.sha256(p).digest() for p in packets)


def answer(
    hub_key: Ed25519PrivateKey, at: int, kinds: Sequence[str], packets: Sequence[bytes]
) -> bytes:
    """The hub's binary answer: outcome ``kinds[i]`` for ``packets[i]``, signed once."""
    return answer_hashes(hub_key, at, kinds, _hashes(packets))


def answer_hashes(
    hub_key: Ed25519PrivateKey, at: int, kinds: Sequence[str], hashes: bytes
) -> bytes:
    """:func:`answer` for packets known by their SHA-256 only (``hashes``: 32 bytes each)."""
    codes = bytes(OUTCOMES.get(kind, OUTCOMES["refused"]) for kind in kinds)
    body = _HEAD.pack(ANSWER_MAGIC, at, len(codes)) + codes
    return body + signing.sign(hub_key, signing.Context.BATCH_RECEIPT, body + hashes)


def whole_packets(body: bytes) -> list[bytes]:
    """The packets that arrived whole at the front of a body cut short (a connection lost
    mid-upload): each is self-authenticating, so the hub may check and keep them."""
    packets: list[bytes] = []
    at = 0
    while at + _LEN <= len(body) and len(packets) < MAX_BATCH_PACKETS:
        size = int.from_bytes(body[at : at + _LEN], "big")
        if size == 0 or size > MAX_PACKET_BYTES or at + _LEN + size > len(body):
            break
        packets.append(body[at + _LEN : at + _LEN + size])
        at += _LEN + size
    return packets


def split_hashes(body: bytes) -> list[bytes]:
    """The body of a "held?" question: 1 to 64 SHA-256 digests, 32 bytes each."""
    if not body or len(body) % 32 or len(body) > 32 * MAX_BATCH_PACKETS:
        raise MalformedPacket("held: 1 to 64 SHA-256 digests of 32 bytes")
    return [body[i : i + 32] for i in range(0, len(body), 32)]


def hashes_of(packets: Sequence[bytes]) -> bytes:
    """The body of a "held?" question about ``packets``."""
    return _hashes(packets)


@dataclass(frozen=True)
class BatchReceipt:
    """A verified answer. ``record`` is what a sender keeps as proof: the answer and the
    hashes it was signed over, checkable later with the hub key alone (:func:`read_record`)."""

    at: int
    kinds: tuple[str, ...]
    record: bytes


def _parse(answer_bytes: bytes) -> tuple[int, bytes]:
    if len(answer_bytes) < _HEAD.size + _SIG:
        raise MalformedPacket("batch answer: truncated")
    magic, at, n = _HEAD.unpack_from(answer_bytes)
    if magic != ANSWER_MAGIC or len(answer_bytes) != _HEAD.size + n + _SIG:
        raise MalformedPacket("batch answer: framing")
    return at, answer_bytes[_HEAD.size : _HEAD.size + n]


def read_answer(
    answer_bytes: bytes, packets: Sequence[bytes], hub_key: Ed25519PublicKey
) -> BatchReceipt:
    """Check the answer against the packets sent and the pinned hub key.

    ``MalformedPacket`` for bytes that are not an answer; the ``InvalidSignature`` of
    ``cryptography`` when the hub key did not sign this answer for these packets."""
    if len(_parse(answer_bytes)[1]) != len(packets):
        raise MalformedPacket("batch answer: one outcome per packet")
    return read_record(answer_bytes + _hashes(packets), hub_key)


def read_record(record: bytes, hub_key: Ed25519PublicKey) -> BatchReceipt:
    """A kept record (the answer, then the hashes it was signed over) checked again."""
    if len(record) < _HEAD.size:
        raise MalformedPacket("batch receipt: truncated")
    end = _HEAD.size + _HEAD.unpack_from(record)[2] + _SIG
    answer_bytes, hashes = record[:end], record[end:]
    at, codes = _parse(answer_bytes)
    if len(hashes) != 32 * len(codes):
        raise MalformedPacket("batch receipt: hashes")
    signed = answer_bytes[:-_SIG] + hashes
    signing.verify(hub_key, signing.Context.BATCH_RECEIPT, signed, answer_bytes[-_SIG:])
    return BatchReceipt(at, tuple(KIND_BY_CODE.get(c, "refused") for c in codes), record)
