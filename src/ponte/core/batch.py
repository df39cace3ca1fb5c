"""Several sealed packets in one request body, for links where each round trip is costly.

Framing: ``[4-byte big-endian length][packet]`` repeated; nothing else. Every packet stays
self-authenticating (its own signature), so the batch needs no signature of its own, and
the hub answers each packet separately (one bad packet does not sink the others).
"""

from __future__ import annotations

from collections.abc import Sequence

from ponte.core.errors import MalformedPacket, OversizePacket
from ponte.core.packet import MAX_PACKET_BYTES

CONTENT_TYPE = "application/x-ponte-batch"
MAX_BATCH_PACKETS = 64
MAX_BATCH_BYTES = 8 * 1024 * 1024
_LEN = 4


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
