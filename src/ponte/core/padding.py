"""How big a payload travels: its size is all the hub and the network learn about it.

v2: Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication
with PURBs", PETS 2019), above a floor of 1 KiB. A length L with E = floor(log2 L) is rounded
up to a multiple of 2^(E - floor(log2 E) - 1): at most ~12 % more bytes, and a padded size
reveals only O(log log L) bits. Below the floor every payload travels as 1 KiB, as in v1, so
a status, a withdrawal or a short referral cannot be told apart by size. The plaintext is the
canonical JSON followed by zero bytes (JSON text never holds a raw NUL).

v1: a ``_pad`` member inside the JSON, to one of the power-of-4 buckets 1 KiB … 4 MiB (up to
4x the payload). Kept to read (and, for test vectors, write) v1 packets.

docs/protocol.md compares what the two schemes leak.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ponte.core import payloads
from ponte.core.canonical import dumps
from ponte.core.errors import MalformedPacket, OversizePacket
from ponte.core.header import MAX_CT_BYTES

TAG_BYTES = 16
FLOOR = 1024
MAX_PLAINTEXT = MAX_CT_BYTES - TAG_BYTES
#: v1 plaintext sizes: size reveals only the bucket, at up to 4x the bytes.
BUCKETS = (1024, 4096, 16384, 65536, 262144, 1048576, MAX_PLAINTEXT)


def padme(length: int) -> int:
    """Padmé: ``length`` rounded up so that only its top ~log2(log2(length)) bits remain."""
    if length < 2:
        return length
    e = length.bit_length() - 1  # floor(log2 length)
    s = e.bit_length()  # floor(log2 e) + 1
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask


def padded_size(length: int) -> int:
    """The v2 plaintext size for a canonical payload of ``length`` bytes."""
    if length > MAX_PLAINTEXT:
        raise OversizePacket(f"payload of {length} bytes")
    return min(max(FLOOR, padme(length)), MAX_PLAINTEXT)


def pad(body: bytes) -> bytes:
    """v2: the canonical JSON and zero bytes up to its padded size."""
    return body + bytes(padded_size(len(body)) - len(body))


def unpad(plaintext: bytes) -> bytes:
    """v2: the canonical JSON without the zeros (the JSON parser refuses any NUL left inside)."""
    return plaintext.rstrip(b"\x00")


_MARKER = b'"_pad":""'


def pad_v1(payload: Mapping[str, Any]) -> bytes:
    """v1: canonical JSON of ``payload`` plus a ``_pad`` member, exactly one bucket long.

    Encoded once with an empty ``_pad``; the filler is spliced into that member, which is
    the same as encoding it with the filler because JCS places members by key alone.
    """
    if payloads.PAD in payload:
        raise MalformedPacket("payload must not carry _pad")
    probe = dumps({**payload, payloads.PAD: ""})
    bucket = next((b for b in BUCKETS if b >= len(probe)), None)
    if bucket is None:
        raise OversizePacket(f"payload of {len(probe)} bytes")
    fill = b"0" * (bucket - len(probe))
    if probe.count(_MARKER) == 1:
        padded = probe.replace(_MARKER, b'"_pad":"' + fill + b'"')
    else:  # the marker also occurs inside a nested value: encode the filled object instead
        padded = dumps({**payload, payloads.PAD: fill.decode()})
    assert len(padded) == bucket
    return padded
