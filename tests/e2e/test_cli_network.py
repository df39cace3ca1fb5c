"""``ponte enrol`` / ``ponte sync`` / ``ponte inbox`` from the command line, through a real hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.enums import ServiceType
from ponte.core.provisioning import Provisioning, dump_provisioning
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault

from .conftest import HubProc, new_case_with_consent

PW = "cli network passphrase"
FIELDS = {"age_band": "35_44", "education": "diploma"}


def ponte(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PONTE_PASSPHRASE": PW, "PONTE_USER": "admin"}
    return subprocess.run(
        [sys.executable, "-m", "ponte", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


@pytest.fixture
def partner(tmp_path: Path) -> Path:
    """A partner service's vault, not yet on the network."""
    data = tmp_path / "cpi"
    vault, _ = Vault.create(
        data, username="admin", display_name="CPI admin", passphrase=PW, kdf=TEST_PARAMS
    )
    vault.lock()
    return data


def test_enrol_then_receive_a_referral_from_the_command_line(
    tmp_path: Path, hub: HubProc, centre: Workstation, partner: Path
) -> None:
    prov = tmp_path / "cpi.ponte-provisioning"
    prov.write_bytes(hub.provision("CPI Rho", "cpi"))
    out = ponte(partner, "enrol", str(prov))
    assert out.returncode == 0, out.stderr
    member = out.stdout.split("member ")[1].split()[0]
    assert "Hub key fingerprint:" in out.stdout

    case_id = new_case_with_consent(centre, member)
    ref = centre.send_referral(case_id, member, ServiceType.CPI, FIELDS, purpose="lavoro")
    assert sync(centre).sent == 1

    got = ponte(partner, "sync")
    assert got.returncode == 0, got.stderr
    assert "received 1" in got.stdout
    listed = ponte(partner, "inbox")
    assert ref.packet_id in listed.stdout
    assert "referral" in listed.stdout
    assert "Serafina" not in listed.stdout + got.stdout
    vault = Vault.unlock(partner, "admin", PW)
    try:
        (row,) = VaultInbox(vault.db).rows("referral")
        assert row.payload is not None
        assert row.payload["fields"] == FIELDS
    finally:
        vault.lock()

    again = ponte(partner, "enrol", str(prov))
    assert again.returncode == 2
    assert "already enrolled" in again.stderr


def _doc(data: bytes) -> dict[str, object]:
    return json.loads(data)  # type: ignore[no-any-return]


def test_a_tampered_provisioning_file_is_refused_and_nothing_changes(
    tmp_path: Path, hub: HubProc, partner: Path
) -> None:
    doc = _doc(hub.provision("CPI Rho", "cpi"))
    body = doc["provisioning"]
    assert isinstance(body, dict)
    body["hub_url"] = "http://127.0.0.1:1"  # an attacker redirects the workstation
    bad = tmp_path / "tampered.json"
    bad.write_text(json.dumps(doc))
    out = ponte(partner, "enrol", str(bad))
    assert out.returncode == 2
    assert "provisioning file is not valid" in out.stderr
    assert "altered" in out.stderr
    assert "Traceback" not in out.stderr
    vault = Vault.unlock(partner, "admin", PW)
    try:
        assert not Workstation(vault).enrolled
    finally:
        vault.lock()


def test_an_expired_provisioning_file_is_refused(
    tmp_path: Path, hub: HubProc, partner: Path
) -> None:
    past = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    prov = Provisioning(
        hub_url=hub.url,
        hub_key=hub.service.hub_key.public_key().public_bytes_raw().hex(),
        member_id="m-expired",
        name="CPI Rho",
        service_type="cpi",
        network="rho",
        token="t" * 32,
        token_expires=past,
    )
    f = tmp_path / "expired.json"
    f.write_bytes(dump_provisioning(prov, hub.service.hub_key))
    out = ponte(partner, "enrol", str(f))
    assert out.returncode == 2
    assert "expired" in out.stderr


@pytest.mark.parametrize("content", [b"", b"PNT1\x00\x00", b'{"provisioning": {}, "sig": ""}'])
def test_a_file_that_is_not_a_provisioning_file_is_refused(
    tmp_path: Path, partner: Path, content: bytes
) -> None:
    f = tmp_path / "wrong"
    f.write_bytes(content)
    out = ponte(partner, "enrol", str(f))
    assert out.returncode == 2
    assert "provisioning file is not valid" in out.stderr
    missing = ponte(partner, "enrol", str(tmp_path / "nope"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr


def test_sync_without_enrolment_says_so(partner: Path) -> None:
    out = ponte(partner, "sync")
    assert out.returncode == 2
    assert "not enrolled" in out.stderr
