"""Seal and open packets: canonical JSON → padding → HPKE → Ed25519.

New packets are wire format v2 (``core/packet_v2.py``): the payload is canonical JSON padded
with zero bytes to its Padmé size (``core/padding.py``), sealed with HPKE to the recipient,
and the whole packet is signed under the ``packet/v2`` context. v1 packets still open.

The header is bound to the ciphertext through HPKE's ``info`` (cryptography's public HPKE
API has no aad): ``info = "ponte packet vN" || 0x00 || SHA-256(header)``. Changing one
byte of the header therefore breaks both the signature and the decryption.

Receivers check, in this order: structure (``packet.parse``), the sender's key as listed
in the directory under ``header.from`` and ``header.sender_key`` (so a stripped and
re-signed packet names a key the directory does not give that sender), the signature,
the recipient, expiry, replay, and only then decrypt and validate the payload.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import packet_v1, packet_v2, padding, payloads
from ponte.core.canonical import dumps
from ponte.core.clock import rfc3339
from ponte.core.errors import (
    DecryptionFailed,
    MalformedPacket,
    PacketExpired,
    ReplayedPacket,
    UnknownSender,
    WrongRecipient,
)
from ponte.core.ids import new_id, uuid7
from ponte.core.keys import RecipientPrivateKey, RecipientPublicKey
from ponte.core.packet import (
    ENC_BYTES,
    SUITE_MLKEM768_X25519,
    SUITE_X25519,
    Header,
    Packet,
    encode_header,
    info_for,
    parse,
    verify_signature,
)

_SUITES = {
    SUITE_X25519: hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305),
    SUITE_MLKEM768_X25519: hpke.Suite(
        hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305
    ),
}

SenderKeyLookup = Callable[[str, str], Ed25519PublicKey | None]
SeenCheck = Callable[[str], bool]
canonical = dumps


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
    version: int = packet_v2.VERSION,
) -> bytes:
    """A signed packet for ``recipient_key``. ``version=1`` only writes what old Ponte wrote
    (test vectors, old outboxes in tests): every new packet is v2."""
    payloads.validate(type, payload if isinstance(payload, dict) else dict(payload))
    suite = suite_for(recipient_key)
    if created.tzinfo is None or expires.tzinfo is None:
        raise ValueError("naive datetime")
    if version == 1:  # the JSON header, the _pad member, a bare signature
        header_bytes = encode_header(
            Header(packet_id or new_id(), type, sender_id, recipient_id, rfc3339(created),
                   rfc3339(expires), suite, sender_key_id, v=1)
        )  # fmt: skip
        plaintext = padding.pad_v1(payload)
    else:  # built from the values themselves: no round trip through text
        pid = uuid7().bytes if packet_id is None else bytes.fromhex(packet_id.replace("-", ""))
        header_bytes = packet_v2.pack_header(
            type, suite, pid, int(created.timestamp()), int(expires.timestamp()),
            sender_key_id, sender_id, recipient_id,
        )  # fmt: skip
        plaintext = padding.pad(canonical(payload))
    sealed = _SUITES[suite].encrypt(plaintext, recipient_key, info=info_for(version, header_bytes))
    n = ENC_BYTES[suite]
    if version == 1:
        unsigned = packet_v1.frame(header_bytes, sealed[:n], sealed[n:])
        return unsigned + signing_key.sign(unsigned)
    return packet_v2.sign(packet_v2.unsigned(header_bytes, sealed, n), signing_key)


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
    body = plaintext if header.v == 1 else padding.unpad(plaintext)
    try:
        obj = json.loads(body)
        canonical_form = canonical(obj) if isinstance(obj, dict) else None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # incl. no JCS form
        raise MalformedPacket("payload is not JSON") from exc
    if canonical_form != body:
        raise MalformedPacket("payload is not a canonical JSON object")
    if header.v == 1:
        obj.pop(payloads.PAD, None)
    payloads.validate(header.type, obj)  # v2 carries no _pad: one there is refused
    return Opened(header, obj, packet)


def _decrypt(packet: Packet, keys: Sequence[RecipientPrivateKey]) -> bytes:
    suite = packet.header.suite
    info = info_for(packet.header.v, packet.header_bytes)
    for key in keys:
        if suite_for(key) != suite:
            continue
        try:
            return _SUITES[suite].decrypt(packet.sealed, key, info=info)
        except (InvalidTag, ValueError):  # not this key: try the next
            continue
    raise DecryptionFailed()
