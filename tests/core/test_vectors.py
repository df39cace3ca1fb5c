"""The committed test vectors: the code must open every valid one and refuse every invalid
one for the stated reason. Nothing here regenerates them (scripts/gen-vectors does)."""

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ponte.core.clock import parse_rfc3339
from ponte.core.errors import PacketError
from ponte.core.keys import PqKeyPair, RecipientPrivateKey, key_id
from ponte.core.sealing import canonical, open_packet

VECTORS = json.loads((Path(__file__).parent.parent / "vectors" / "packets.json").read_text())[
    "vectors"
]


def _open(v: dict[str, Any]) -> dict[str, Any]:
    raw = bytes.fromhex(v["recipient_private_key"])
    key: RecipientPrivateKey = (
        X25519PrivateKey.from_private_bytes(raw)
        if len(raw) == 32
        else PqKeyPair.from_private_raw(raw).private()
    )
    sender = bytes.fromhex(v["sender_public_key"])

    def lookup(_member: str, kid: str) -> Ed25519PublicKey | None:
        return Ed25519PublicKey.from_public_bytes(sender) if kid == key_id(sender) else None

    opened = open_packet(
        base64.b64decode(v["packet"]),
        my_id=v["recipient_id"],
        my_keys=[key],
        sender_key_lookup=lookup,
        seen=lambda _id: False,
        now=parse_rfc3339(v["now"]),
    )
    return opened.payload


def test_the_file_has_what_the_protocol_promises() -> None:
    valid = [v for v in VECTORS if v["valid"]]
    assert len(valid) >= 3
    assert len({len(base64.b64decode(v["packet"])) for v in valid}) >= 3, "different sizes"
    reasons = {v["error"] for v in VECTORS if not v["valid"]}
    assert {
        "bad_signature",
        "decrypt",
        "wrong_recipient",
        "non_canonical_header",
        "malformed",
        "oversize",
        "expired",
        "unknown_sender",
    } <= reasons


def test_both_status_payload_versions_and_a_refusal_have_vectors() -> None:
    named = {v["name"]: v for v in VECTORS}
    v1 = json.loads(base64.b64decode(named["valid_status"]["plaintext"]))
    v2 = json.loads(base64.b64decode(named["valid_status_v2_note"]["plaintext"]))
    assert "v" not in v1, "an old packet, sealed before payload versions, still opens"
    assert v2["v"] == 2
    assert {"note", "next_appointment"} <= set(v2)
    assert json.loads(base64.b64decode(named["valid_refusal"]["plaintext"]))["reason"]
    assert named["status_unknown_payload_version"]["error"] == "unsupported"


@pytest.mark.parametrize("v", [v for v in VECTORS if v["valid"]], ids=lambda v: v["name"])
def test_valid_vector_opens_to_its_plaintext(v: dict[str, Any]) -> None:
    assert canonical(_open(v)) == base64.b64decode(v["plaintext"])


@pytest.mark.parametrize("v", [v for v in VECTORS if not v["valid"]], ids=lambda v: v["name"])
def test_invalid_vector_is_refused_for_its_reason(v: dict[str, Any]) -> None:
    with pytest.raises(PacketError) as info:
        _open(v)
    assert info.value.kind == v["error"]
