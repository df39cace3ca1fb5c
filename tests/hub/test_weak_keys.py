"""Issue 15.1: a weak key cannot enter anywhere — enrolment, key registration, the directory,
a provisioning file, or a key typed for `ponte packet inspect`.

The attacker here is an enrolled member (or whoever holds a fresh provisioning token) who
registers the Ed25519 identity point; with it, the constant signature 01 00…00 ‖ 00…00
would verify for every message (tests/core/test_keycheck.py shows OpenSSL accepting it).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.cli import main
from ponte.core.clock import SystemClock, rfc3339
from ponte.core.directory import (
    Directory,
    EncryptionKey,
    Member,
    SigningKey,
    key_id,
    sign_directory,
    verify_directory,
)
from ponte.core.errors import ProvisioningError, UnknownSender
from ponte.core.ids import new_id
from ponte.core.packet import SUITE_X25519, Header, frame, parse
from ponte.core.provisioning import Provisioning, dump_provisioning, load_provisioning
from ponte.core.sealing import check_envelope

from .conftest import Hub

IDENTITY = "01" + "00" * 31
CONSTANT_SIG = bytes.fromhex(IDENTITY) + bytes(32)
X25519_ZERO = "00" * 32


def _enrol(hub: Hub, signing_key: str, enc: str | None = None) -> httpx.Response:
    prov, _ = hub.provision()
    good_enc = os.urandom(32).hex() if enc is None else enc
    body = {
        "token": prov.token,
        "signing_key": signing_key,
        "encryption_keys": [{"suite": SUITE_X25519, "public": good_enc}],
    }
    return httpx.post(hub.base + "/v1/enrol", json=body)


def test_enrolment_with_the_identity_point_is_refused(hub: Hub) -> None:
    r = _enrol(hub, IDENTITY)
    assert r.status_code == 400, r.text
    assert "error" in r.json()


def test_enrolment_with_a_small_order_encryption_key_is_refused(hub: Hub) -> None:
    good = Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
    assert _enrol(hub, good, X25519_ZERO).status_code == 400


def test_key_registration_with_the_identity_point_is_refused(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    r = cav.signed("POST", "/v1/keys", json.dumps({"signing_key": IDENTITY}).encode())
    assert r.status_code == 400, r.text
    # and a packet "signed" with the constant signature under that key id is not relayed
    now = SystemClock().now()
    header = Header(
        id=new_id(), type="referral", sender=cav.member_id, recipient=cpi.member_id,
        created=rfc3339(now), expires=rfc3339(now.replace(year=now.year + 1)),
        suite=SUITE_X25519, sender_key=key_id(bytes.fromhex(IDENTITY)),
    )  # fmt: skip
    forged = frame(header, os.urandom(32), os.urandom(64)) + CONSTANT_SIG
    assert hub.post_packet(forged).status_code >= 400


def test_a_directory_listing_a_weak_key_leaves_it_out() -> None:
    """A faulty or hostile hub lists a weak key: the client never trusts it."""
    hub_key = Ed25519PrivateKey.generate()
    weak = SigningKey(key_id(bytes.fromhex(IDENTITY)), IDENTITY, "2026-01-01T00:00:00Z")
    zero = EncryptionKey(key_id(bytes(32)), SUITE_X25519, X25519_ZERO, "2026-01-01T00:00:00Z")
    member = Member("m1", "CAV", "cav", "rho", (weak,), (zero,))
    directory = verify_directory(
        sign_directory(Directory("2026-01-01T00:00:00Z", (member,)), hub_key),
        hub_key.public_key(),
    )
    assert directory.signing_key("m1", weak.key_id) is None
    assert directory.encryption_key("m1", [SUITE_X25519]) is None
    header = Header(
        id=new_id(), type="referral", sender="m1", recipient="m2",
        created="2026-01-01T00:00:00Z", expires="2026-02-01T00:00:00Z",
        suite=SUITE_X25519, sender_key=weak.key_id,
    )  # fmt: skip
    forged = parse(frame(header, os.urandom(32), os.urandom(64)) + CONSTANT_SIG)
    with pytest.raises(UnknownSender):
        check_envelope(forged, sender_key_lookup=directory.signing_key)


def test_a_provisioning_file_with_a_weak_hub_key_is_refused() -> None:
    """Whoever holds the identity point as 'hub key' could sign any directory."""
    body = Provisioning(
        hub_url="https://hub.example.org", hub_key=IDENTITY, member_id="m1", name="CAV",
        service_type="cav", network="rho", token="t" * 32,
        token_expires="2099-01-01T00:00:00Z", ca_pem=None,
    ).to_json()  # fmt: skip
    doc = json.dumps({"provisioning": body, "sig": CONSTANT_SIG.hex()}).encode()
    with pytest.raises(ProvisioningError):
        load_provisioning(doc, SystemClock().now())
    # the same shape with a real hub key loads, so the refusal is about the key
    real = Ed25519PrivateKey.generate()
    body["hub_key"] = real.public_key().public_bytes_raw().hex()
    good = dump_provisioning(Provisioning(**{k: body[k] for k in body if k != "format"}), real)
    assert load_provisioning(good, SystemClock().now()).member_id == "m1"


def test_inspect_refuses_a_weak_sender_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = Header(
        id=new_id(), type="referral", sender="m1", recipient="m2",
        created="2026-01-01T00:00:00Z", expires="2026-02-01T00:00:00Z",
        suite=SUITE_X25519, sender_key=key_id(bytes.fromhex(IDENTITY)),
    )  # fmt: skip
    path = tmp_path / "forged.ponte"
    path.write_bytes(frame(header, os.urandom(32), os.urandom(64)) + CONSTANT_SIG)
    code = main(["packet", "inspect", str(path), "--sender-key", IDENTITY])
    out = capsys.readouterr().out
    assert code != 0
    assert "signature: valid" not in out
