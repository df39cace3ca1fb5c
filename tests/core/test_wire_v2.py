"""Wire format v2 checked by hand, as another implementation would: the bytes are taken apart
with ``struct`` following docs/protocol.md (not with ``ponte.core.packet``), the signature is
checked with ``cryptography`` over the context prefix written out here, and the payload is
decrypted with ``cryptography``'s HPKE and the ``info`` computed here."""

from __future__ import annotations

import hashlib
import json
import math
import struct
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives import hpke
from hypothesis import given
from hypothesis import strategies as st

from ponte.core.keys import key_id

from .packet_helpers import CAV, LATER, NOW, keys, referral
from .test_sealing import make

MEMBER_A = "0190c7a4-1d2e-7c3b-9a8f-0123456789ab"  # member ids as the hub makes them (UUIDv7)
MEMBER_B = "0190c7a4-1d2e-7c3b-9a8f-ba9876543210"
TYPES = {1: "referral", 2: "status", 3: "withdrawal", 4: "aggregate", 5: "audit_anchor",
         6: "replica", 7: "refusal"}  # fmt: skip
SUITE = "X25519-HKDF-SHA256/HKDF-SHA256/ChaCha20Poly1305"
SUITES = {  # code: (KEM, Nenc)
    1: (hpke.KEM.X25519, 32),
    2: (hpke.KEM.MLKEM768_X25519, 1120),
}


def _member(data: bytes, at: int) -> tuple[str, int]:
    (n,) = struct.unpack_from(">B", data, at)
    if n == 0:
        return str(uuid.UUID(bytes=data[at + 1 : at + 17])), at + 17
    return data[at + 1 : at + 1 + n].decode("utf-8"), at + 1 + n


def by_hand(data: bytes) -> dict[str, Any]:
    magic, tcode, scode, pid, created, expires, kid = struct.unpack_from(">4sBB16sII8s", data)
    assert magic == b"PNT2"
    sender, at = _member(data, 38)
    recipient, at = _member(data, at)
    header_end = at
    (ct_len,) = struct.unpack_from(">I", data, at)
    enc_len = SUITES[scode][1]
    enc_at = at + 4
    ct_at = enc_at + enc_len
    assert len(data) == ct_at + ct_len + 64, "nothing before or after the signature"
    return {
        "type": TYPES[tcode],
        "suite": scode,
        "id": str(uuid.UUID(bytes=pid)),
        "created": created,
        "expires": expires,
        "sender_key": kid.hex(),
        "from": sender,
        "to": recipient,
        "header": data[:header_end],
        "sealed": data[enc_at : ct_at + ct_len],  # enc || ct, as HPKE gives it
        "signed": data[: ct_at + ct_len],
        "sig": data[ct_at + ct_len :],
    }


@pytest.mark.parametrize("pq", [False, True], ids=["x25519", "mlkem768-x25519"])
def test_a_v2_packet_read_by_hand(pq: bool) -> None:
    payload = referral(age_band="35_44", skills="contabilità di base, magazzino, patente B")
    data = make(payload, pq=pq, sender_id=MEMBER_A, recipient_id=MEMBER_B)
    p = by_hand(data)
    sender, recipient = keys(CAV), keys("cpi-rho-01", pq=pq)
    assert p["type"] == "referral"
    assert p["suite"] == (2 if pq else 1)
    assert (p["from"], p["to"]) == (MEMBER_A, MEMBER_B)
    assert uuid.UUID(p["id"]).version == 7
    assert p["created"] == int(NOW.timestamp())
    assert p["expires"] == int(LATER.timestamp())
    assert p["sender_key"] == key_id(sender.signing.public_key().public_bytes_raw())

    # The signature: Ed25519 over "ponte:packet/v2" 0x00 || every byte before it.
    sender.signing.public_key().verify(p["sig"], b"ponte:packet/v2\x00" + p["signed"])

    # The payload: HPKE base mode, info = "ponte packet v2" 0x00 || SHA-256(header).
    kem = SUITES[p["suite"]][0]
    suite = hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
    info = b"ponte packet v2\x00" + hashlib.sha256(p["header"]).digest()
    private = recipient.pq.private() if pq and recipient.pq else recipient.encryption
    plaintext = suite.decrypt(p["sealed"], private, info=info)
    body = plaintext.rstrip(b"\x00")
    assert json.loads(body) == payload
    assert body == json.dumps(payload, sort_keys=True, separators=(",", ":"),
                              ensure_ascii=False).encode()  # fmt: skip

    # Padmé (Nikitin et al., PETS 2019) above a 1 KiB floor.
    n = len(body)
    e = math.floor(math.log2(n))
    s = math.floor(math.log2(e)) + 1
    mask = (1 << (e - s)) - 1
    assert len(plaintext) == max(1024, (n + mask) & ~mask)


def test_member_ids_that_are_not_uuids_travel_as_text() -> None:
    p = by_hand(make(sender_id="cav-rho-01", recipient_id="cpi-rho-01"))
    assert (p["from"], p["to"]) == ("cav-rho-01", "cpi-rho-01")


def test_fixed_overhead_is_within_300_bytes() -> None:
    """Everything but the padded plaintext, with member ids as the hub makes them."""
    data = make(sender_id=MEMBER_A, recipient_id=MEMBER_B)
    p = by_hand(data)
    padded = len(p["sealed"]) - 32 - 16
    assert len(data) - padded <= 300
    assert len(data) - padded == 4 + 2 + 16 + 8 + 8 + 17 + 17 + 4 + 32 + 16 + 64


def test_padding_costs_at_most_an_eighth_above_one_kib() -> None:
    """Under power-of-4 buckets a 1.1 KiB referral travelled as 4 KiB."""
    for size in (0, 300, 1200, 2600, 5000, 9000, 15000):
        fields = {f"f{i}": "z" * min(1900, size - i * 1900) for i in range(-(-size // 1900))}
        payload = referral(**fields) if fields else referral()
        body = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        p = by_hand(make(payload))
        padded = len(p["sealed"]) - 32 - 16
        assert padded <= max(1024, len(body.encode()) * 1.12), (size, len(body), padded)


def test_times_are_whole_seconds_since_1970() -> None:
    created = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
    p = by_hand(make(created=created, expires=datetime(2032, 1, 1, tzinfo=UTC)))
    assert datetime.fromtimestamp(p["created"], UTC) == created


@given(
    st.integers(min_value=0, max_value=2**32 - 2).flatmap(
        lambda c: st.tuples(st.just(c), st.integers(min_value=c + 1, max_value=2**32 - 1))
    )
)
def test_parsed_times_are_the_times_their_text_says(times: tuple[int, int]) -> None:
    """``parse`` hands out ``created_at``/``expires_at`` made from v2's integers; they are
    exactly what parsing the header's RFC 3339 text gives (and the text is the integers')."""
    from ponte.core.clock import parse_rfc3339
    from ponte.core.packet import parse
    from ponte.core.packet_v2 import pack_header

    created, expires = times
    pid = uuid.UUID(int=(7 << 76) | (2 << 62)).bytes
    header = pack_header("status", SUITE, pid, created, expires, "00" * 8, MEMBER_A, MEMBER_B)
    data = header + struct.pack(">I", 16) + bytes(32 + 16 + 64)
    h = parse(data).header
    assert h.created_at == parse_rfc3339(h.created) == datetime.fromtimestamp(created, UTC)
    assert h.expires_at == parse_rfc3339(h.expires) == datetime.fromtimestamp(expires, UTC)
    assert h.created_at.tzinfo is UTC
    assert h.expires_at.tzinfo is UTC
