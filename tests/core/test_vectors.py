"""The committed test vectors, v1 (written by v1 Ponte) and v2: the code must open every valid
one and refuse every invalid one for the stated reason. Nothing here regenerates them
(scripts/gen-vectors does)."""

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

_DIR = Path(__file__).parent.parent / "vectors"
FILES = {"v1": "packets.json", "v2": "packets-v2.json"}
BY_FILE = {v: json.loads((_DIR / name).read_text())["vectors"] for v, name in FILES.items()}
VECTORS = [dict(vec, file=v) for v, vs in BY_FILE.items() for vec in vs]
REASONS = {
    "bad_signature",
    "decrypt",
    "wrong_recipient",
    "non_canonical_header",
    "malformed",
    "oversize",
    "expired",
    "unknown_sender",
}


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
        seen=lambda packet_id: packet_id in v.get("seen", []),
        now=parse_rfc3339(v["now"]),
    )
    return opened.payload


@pytest.mark.parametrize("version", FILES)
def test_the_file_has_what_the_protocol_promises(version: str) -> None:
    vectors = BY_FILE[version]
    valid = [v for v in vectors if v["valid"]]
    assert len(valid) >= 3
    assert len({len(base64.b64decode(v["packet"])) for v in valid}) >= 3, "different sizes"
    reasons = {v["error"] for v in vectors if not v["valid"]}
    assert reasons >= REASONS
    magic = {base64.b64decode(v["packet"])[:4] for v in valid}
    assert magic == {b"PNT1" if version == "v1" else b"PNT2"}
    if version == "v2":  # one vector for every reason a v2 receiver can give
        assert reasons == REASONS | {"unsupported", "replay"}


@pytest.mark.parametrize("version", FILES)
def test_both_status_payload_versions_and_a_refusal_have_vectors(version: str) -> None:
    named = {v["name"]: v for v in BY_FILE[version]}
    v1 = json.loads(base64.b64decode(named["valid_status"]["plaintext"]))
    v2 = json.loads(base64.b64decode(named["valid_status_v2_note"]["plaintext"]))
    assert "v" not in v1, "an old packet, sealed before payload versions, still opens"
    assert v2["v"] == 2
    assert {"note", "next_appointment"} <= set(v2)
    assert json.loads(base64.b64decode(named["valid_refusal"]["plaintext"]))["reason"]
    assert named["status_unknown_payload_version"]["error"] == "unsupported"


@pytest.mark.parametrize(
    "v", [v for v in VECTORS if v["valid"]], ids=lambda v: f"{v['file']}-{v['name']}"
)
def test_valid_vector_opens_to_its_plaintext(v: dict[str, Any]) -> None:
    assert canonical(_open(v)) == base64.b64decode(v["plaintext"])


@pytest.mark.parametrize(
    "v", [v for v in VECTORS if not v["valid"]], ids=lambda v: f"{v['file']}-{v['name']}"
)
def test_invalid_vector_is_refused_for_its_reason(v: dict[str, Any]) -> None:
    with pytest.raises(PacketError) as info:
        _open(v)
    assert info.value.kind == v["error"]
