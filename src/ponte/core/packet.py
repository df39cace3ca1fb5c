"""Packets on the wire: parse either version, verify the sender's signature, frame new ones.

New packets are wire format v2 (``packet_v2``: a binary header, a signature under the
``packet/v2`` signing context); packets written before it are v1 (``packet_v1``: a JCS JSON
header, a bare signature) and still parse, verify and open. The magic tells them apart. See
``docs/protocol.md``.

This module is the part every party needs (the hub verifies signatures without decrypting).
Sealing and opening, which involve HPKE and payloads, build on it.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import packet_v1, packet_v2, signing
from ponte.core.errors import BadSignature, MalformedPacket, OversizePacket
from ponte.core.header import (
    ENC_BYTES,
    HOUSEKEEPING_TYPES,
    MAX_CT_BYTES,
    PACKET_TYPES,
    SIG_BYTES,
    SUITE_MLKEM768_X25519,
    SUITE_X25519,
    Header,
    Packet,
)

__all__ = [
    "ENC_BYTES",
    "HOUSEKEEPING_TYPES",
    "MAX_CT_BYTES",
    "MAX_PACKET_BYTES",
    "PACKET_TYPES",
    "SIG_BYTES",
    "SUITE_MLKEM768_X25519",
    "SUITE_X25519",
    "Header",
    "Packet",
    "assemble",
    "encode_header",
    "frame",
    "info_for",
    "parse",
    "verify_signature",
]

MAX_PACKET_BYTES = max(packet_v1.MAX_PACKET_BYTES, packet_v2.MAX_PACKET_BYTES)
_INFO = {1: packet_v1.INFO_LABEL, 2: packet_v2.INFO_LABEL}


def encode_header(header: Header) -> bytes:
    """The header's bytes in its own version's form."""
    if header.v == 1:
        return packet_v1.encode_header(header)
    return packet_v2.encode_header(header)


def info_for(version: int, header_bytes: bytes) -> bytes:
    """HPKE ``info``: the version's label and SHA-256 of the header bytes."""
    return _INFO[version] + hashlib.sha256(header_bytes).digest()


def frame(header: Header, enc: bytes, ct: bytes) -> bytes:
    """The unsigned part of a packet, in the header's version."""
    if header.v == 1:
        return packet_v1.frame(packet_v1.encode_header(header), enc, ct)
    return packet_v2.unsigned(packet_v2.encode_header(header), enc + ct, len(enc))


def assemble(header: Header, enc: bytes, ct: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    """Frame and sign. The caller has encrypted ``ct`` with ``info`` bound to this header."""
    unsigned = frame(header, enc, ct)
    if header.v == 1:
        return unsigned + signing_key.sign(unsigned)
    return packet_v2.sign(unsigned, signing_key)


def parse(data: bytes, *, max_size: int = MAX_PACKET_BYTES) -> Packet:
    """Parse with strict bounds. Checks structure and canonical header; not the signature."""
    if len(data) > max_size:
        raise OversizePacket(f"{len(data)} bytes")
    magic = bytes(data[:4])
    if magic == packet_v2.MAGIC:
        return packet_v2.parse(data)
    if magic == packet_v1.MAGIC:
        return packet_v1.parse(data)
    raise MalformedPacket("magic")


def verify_signature(packet: Packet, sender_public_key: Ed25519PublicKey) -> None:
    """Raise :class:`BadSignature` unless ``sig`` is the sender key's over the rest (v2: under
    the ``packet/v2`` signing context; v1: bare, as v1 was signed)."""
    try:
        if packet.header.v == 1:
            sender_public_key.verify(packet.sig, packet.signed_part)
        else:
            signing.verify(
                sender_public_key, signing.Context.PACKET, packet.signed_part, packet.sig
            )
    except InvalidSignature as exc:
        raise BadSignature() from exc
