"""Seal and open packets: canonical JSON → padding → HPKE → Ed25519 (wire format v1).

The header is bound to the ciphertext through HPKE's ``info`` (cryptography's public HPKE
API has no aad): ``info = b"ponte packet v1" || 0x00 || SHA-256(header)``. Changing one
byte of the header therefore breaks both the signature and the decryption.

Receivers check, in this order: structure (``packet.parse``), the sender's key as listed
in the directory under ``header.from`` and ``header.sender_key`` (so a stripped and
re-signed packet names a key the directory does not give that sender), the signature,
the recipient, expiry, replay, and only then decrypt and validate the payload.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import payloads
from ponte.core.canonical import dumps
from ponte.core.clock import rfc3339
from ponte.core.errors import (
    DecryptionFailed,
    MalformedPacket,
    OversizePacket,
    PacketExpired,
    ReplayedPacket,
    UnknownSender,
    WrongRecipient,
)
from ponte.core.ids import new_id
from ponte.core.keys import RecipientPrivateKey, RecipientPublicKey
from ponte.core.packet import (
    ENC_BYTES,
    MAX_CT_BYTES,
    SUITE_MLKEM768_X25519,
    SUITE_X25519,
    Header,
    Packet,
    frame,
    parse,
    verify_signature,
)

INFO_LABEL = b"ponte packet v1\x00"
TAG_BYTES = 16
#: Plaintext sizes a payload is padded up to: size reveals only the bucket.
BUCKETS = (1024, 4096, 16384, 65536, 262144, 1048576, MAX_CT_BYTES - TAG_BYTES)
_SUITES = {
    SUITE_X25519: hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305),
    SUITE_MLKEM768_X25519: hpke.Suite(
        hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305
    ),
}

SenderKeyLookup = Callable[[str, str], Ed25519PublicKey | None]
SeenCheck = Callable[[str], bool]


def info_for(header_bytes: bytes) -> bytes:
    return INFO_LABEL + hashlib.sha256(header_bytes).digest()


canonical = dumps
_MARKER = b'"_pad":""'


def pad(payload: Mapping[str, Any]) -> bytes:
    """Canonical JSON of ``payload`` plus a ``_pad`` member, exactly one bucket long.

    Encoded once with an empty ``_pad``; the filler is spliced into that member, which is
    the same as encoding it with the filler because JCS places members by key alone.
    """
    if payloads.PAD in payload:
        raise MalformedPacket("payload must not carry _pad")
    probe = canonical({**payload, payloads.PAD: ""})
    bucket = next((b for b in BUCKETS if b >= len(probe)), None)
    if bucket is None:
        raise OversizePacket(f"payload of {len(probe)} bytes")
    fill = b"0" * (bucket - len(probe))
    if probe.count(_MARKER) == 1:
        padded = probe.replace(_MARKER, b'"_pad":"' + fill + b'"')
    else:  # the marker also occurs inside a nested value: encode the filled object instead
        padded = canonical({**payload, payloads.PAD: fill.decode()})
    assert len(padded) == bucket
    return padded


def suite_for(key: RecipientPublicKey | RecipientPrivateKey) -> str:
    if isinstance(key, (hpke.MLKEM768X25519PublicKey, hpke.MLKEM768X25519PrivateKey)):
        return SUITE_MLKEM768_X25519
    return SUITE_X25519


def seal(
    payload: Mapping[str, Any],
    *,
    type: str,
    sender_id: str,
    sender_key_id: str,
    signing_key: Ed25519PrivateKey,
    recipient_id: str,
    recipient_key: RecipientPublicKey,
    created: datetime,
    expires: datetime,
    packet_id: str | None = None,
) -> bytes:
    payloads.validate(type, dict(payload))
    suite = suite_for(recipient_key)
    header = Header(
        id=packet_id or new_id(),
        type=type,
        sender=sender_id,
        recipient=recipient_id,
        created=rfc3339(created),
        expires=rfc3339(expires),
        suite=suite,
        sender_key=sender_key_id,
    )
    header_bytes = header.encode()
    sealed = _SUITES[suite].encrypt(pad(payload), recipient_key, info=info_for(header_bytes))
    n = ENC_BYTES[suite]
    unsigned = frame(header_bytes, sealed[:n], sealed[n:])
    return unsigned + signing_key.sign(unsigned)


@dataclass(frozen=True)
class Opened:
    header: Header
    payload: dict[str, Any]
    packet: Packet


def check_envelope(packet: Packet, *, sender_key_lookup: SenderKeyLookup) -> None:
    """What the hub can check without decrypting: sender key and signature."""
    key = sender_key_lookup(packet.header.sender, packet.header.sender_key)
    if key is None:
        raise UnknownSender(f"{packet.header.sender}/{packet.header.sender_key}")
    verify_signature(packet, key)


def open_packet(
    data: bytes,
    *,
    my_id: str,
    my_keys: Sequence[RecipientPrivateKey],
    sender_key_lookup: SenderKeyLookup,
    seen: SeenCheck,
    now: datetime,
) -> Opened:
    packet = parse(data)
    check_envelope(packet, sender_key_lookup=sender_key_lookup)
    header = packet.header
    if header.recipient != my_id:
        raise WrongRecipient()
    if now >= header.expires_at:
        raise PacketExpired(header.expires)
    if seen(header.id):
        raise ReplayedPacket(header.id)
    plaintext = _decrypt(packet, my_keys)
    try:
        obj = json.loads(plaintext)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedPacket("payload is not JSON") from exc
    if not isinstance(obj, dict) or canonical(obj) != plaintext:
        raise MalformedPacket("payload is not a canonical JSON object")
    obj.pop(payloads.PAD, None)
    payloads.validate(header.type, obj)
    return Opened(header, obj, packet)


def _decrypt(packet: Packet, keys: Sequence[RecipientPrivateKey]) -> bytes:
    suite = packet.header.suite
    info = info_for(packet.header_bytes)
    for key in keys:
        if suite_for(key) != suite:
            continue
        with contextlib.suppress(InvalidTag, ValueError):  # not this key: try the next
            return _SUITES[suite].decrypt(packet.enc + packet.ct, key, info=info)
    raise DecryptionFailed()
