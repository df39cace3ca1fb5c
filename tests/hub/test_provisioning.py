"""Provisioning files and the signed directory: tampered, expired, wrong or malformed."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.cli import main
from ponte.core.clock import FakeClock, SystemClock
from ponte.core.directory import (
    Directory,
    Member,
    SigningKey,
    key_id,
    sign_directory,
    verify_directory,
)
from ponte.core.errors import DirectoryError, ProvisioningError
from ponte.core.provisioning import load_provisioning
from ponte.core.signing import Context, sign
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.store_sqlite import SqliteStore


@pytest.fixture
def issued(tmp_path: Path) -> tuple[bytes, Ed25519PrivateKey, FakeClock]:
    clock = FakeClock()
    key = load_or_create_hub_key(tmp_path)
    store = SqliteStore(tmp_path / "hub.sqlite3")
    _, data = create_member(
        store,
        key,
        clock,
        name="CAV Rho",
        service_type="cav",
        network="rho",
        hub_url="https://hub.example.org",
        ttl=timedelta(days=1),
    )
    store.close()
    return data, key, clock


def test_a_good_file_loads(issued: tuple[bytes, Ed25519PrivateKey, FakeClock]) -> None:
    data, key, clock = issued
    prov = load_provisioning(data, clock.now(), pinned_hub_key=key.public_key())
    assert prov.name == "CAV Rho"
    assert prov.hub_public_key.public_bytes_raw() == key.public_key().public_bytes_raw()


def test_an_edited_field_is_refused(issued: tuple[bytes, Ed25519PrivateKey, FakeClock]) -> None:
    data, _, clock = issued
    tampered = data.replace(b"https://hub.example.org", b"https://evil.example.org")
    with pytest.raises(ProvisioningError, match="altered"):
        load_provisioning(tampered, clock.now())


def test_a_resigned_file_from_another_hub_is_refused_when_pinned(
    issued: tuple[bytes, Ed25519PrivateKey, FakeClock],
) -> None:
    data, key, clock = issued
    other = Ed25519PrivateKey.generate()
    body = json.loads(data)["provisioning"]
    body["hub_key"] = other.public_key().public_bytes_raw().hex()
    sig = sign(other, Context.PROVISIONING, rfc8785.dumps(body)).hex()
    forged = rfc8785.dumps({"provisioning": body, "sig": sig})
    assert (
        load_provisioning(forged, clock.now()).hub_key == body["hub_key"]
    )  # unpinned: the trusted channel decides
    with pytest.raises(ProvisioningError, match="different hub"):
        load_provisioning(forged, clock.now(), pinned_hub_key=key.public_key())


def test_an_expired_token_is_refused(issued: tuple[bytes, Ed25519PrivateKey, FakeClock]) -> None:
    data, _, clock = issued
    clock.advance(timedelta(days=1, seconds=1).total_seconds())
    with pytest.raises(ProvisioningError) as err:
        load_provisioning(data, clock.now())
    assert "Ask the hub administrator for a new one" in err.value.user_message()
    assert "expired" in err.value.user_message()


@pytest.mark.parametrize(
    "data", [b"", b"\xff\xfe", b"[]", b'{"provisioning": {}, "sig": ""}', b"not json"]
)
def test_malformed_files_are_refused(data: bytes) -> None:
    with pytest.raises(ProvisioningError):
        load_provisioning(data, SystemClock().now())


def test_cli_enrol_writes_a_loadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cav.ponte-provisioning"
    code = main(
        [
            "hub",
            "enrol",
            "--data-dir",
            str(tmp_path / "hub"),
            "--name",
            "CAV Melzo",
            "--type",
            "cav",
            "--network",
            "melzo",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    prov = load_provisioning(out.read_bytes(), SystemClock().now())
    assert (prov.name, prov.network) == ("CAV Melzo", "melzo")
    assert (tmp_path / "hub" / "hub_key").stat().st_mode & 0o777 == 0o600
    with pytest.raises(
        SystemExit
    ):  # argparse refuses an unknown network before anything is written
        main(
            [
                "hub",
                "enrol",
                "--data-dir",
                str(tmp_path / "hub"),
                "--name",
                "X",
                "--type",
                "cav",
                "--network",
                "nowhere",
                "--out",
                str(tmp_path / "x"),
            ]
        )
    assert not (tmp_path / "x").exists()


def _directory(hub: Ed25519PrivateKey) -> tuple[bytes, Ed25519PrivateKey, str]:
    member_key = Ed25519PrivateKey.generate()
    raw = member_key.public_key().public_bytes_raw()
    member = Member(
        "m1", "CPI Rho", "cpi", "rho", (SigningKey(key_id(raw), raw.hex(), "2026-01-01T00:00:00Z"),)
    )
    return (
        sign_directory(Directory("2026-01-01T00:00:00Z", (member,)), hub),
        member_key,
        key_id(raw),
    )


def test_directory_verifies_and_looks_up_keys() -> None:
    hub = Ed25519PrivateKey.generate()
    data, member_key, kid = _directory(hub)
    directory = verify_directory(data, hub.public_key())
    found = directory.signing_key("m1", kid)
    assert found is not None
    assert found.public_bytes_raw() == member_key.public_key().public_bytes_raw()
    assert directory.signing_key("m1", "0000") is None
    assert directory.signing_key("nobody", kid) is None


def test_directory_with_bad_signature_or_shape_is_refused() -> None:
    hub = Ed25519PrivateKey.generate()
    data, _, _ = _directory(hub)
    with pytest.raises(DirectoryError):
        verify_directory(data, Ed25519PrivateKey.generate().public_key())
    with pytest.raises(DirectoryError):
        verify_directory(data.replace(b"CPI Rho", b"CPI Evil"), hub.public_key())
    bad = {"issued": "x", "members": [{"id": "m"}]}
    with pytest.raises(DirectoryError):
        verify_directory(
            rfc8785.dumps({"directory": bad, "sig": hub.sign(rfc8785.dumps(bad)).hex()}),
            hub.public_key(),
        )
    with pytest.raises(DirectoryError):
        verify_directory(b"{", hub.public_key())
