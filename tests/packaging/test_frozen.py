"""The frozen bundle (dist/ponte/ponte) works on its own: CLI, vault, GUI, hub, sync."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ponte import __version__
from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.enums import ServiceType
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from tests.e2e.conftest import new_case_with_consent
from tests.hub.conftest import free_port

from .conftest import PACKAGING, Distribution

pytestmark = PACKAGING
PW = "frozen bundle passphrase"


def frozen(
    exe: Path, *args: str, data: Path | None = None, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PONTE_PASSPHRASE": PW, "PONTE_USER": "admin", **env}
    prefix = ["--data-dir", str(data)] if data else []
    return subprocess.run(
        [str(exe), *prefix, *args],
        capture_output=True,
        text=True,
        env=full_env,
        check=False,
        timeout=timeout,
    )


def init_and_check(exe: Path, data: Path | None) -> None:
    made = frozen(exe, "vault", "init", "--user", "admin", "--name", "Admin", data=data)
    assert made.returncode == 0, made.stderr
    assert "RECOVERY KEY" in made.stdout
    checked = frozen(exe, "vault", "check", data=data)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "FAILED" not in checked.stdout
    assert "ok     audit chain" in checked.stdout


def test_version(dist: Distribution) -> None:
    out = frozen(dist.exe, "--version")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"ponte {__version__}"


def test_bundle_is_trimmed(dist: Distribution) -> None:
    names = {p.name for p in dist.bundle.rglob("*")}
    assert "ponte_it.qm" in names
    src = Path(__file__).resolve().parents[2] / "src" / "ponte" / "storage" / "schema"
    migrations = {p.name for p in src.glob("*.sql")}
    assert migrations
    assert migrations <= names, "every migration ships, or an old vault cannot be upgraded"
    assert not [n for n in names if n.startswith(("libQt6WebEngine", "libQt6Quick", "libQt63D"))]
    size = sum(
        p.stat().st_size for p in dist.bundle.rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert size < 150 * 2**20, f"bundle grew to {size / 2**20:.0f} MB"


def test_vault_init_check_and_a_wrong_passphrase(dist: Distribution, tmp_path: Path) -> None:
    data = tmp_path / "data"
    init_and_check(dist.exe, data)
    wrong = frozen(dist.exe, "vault", "check", data=data, PONTE_PASSPHRASE="not the one")
    assert wrong.returncode == 2
    # the sentences are docstrings: the bundle must keep them (no -OO)
    assert "The account or passphrase is not right" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_desktop_opens_and_unlocks(dist: Distribution, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert (
        frozen(dist.exe, "vault", "init", "--user", "admin", "--name", "A", data=data).returncode
        == 0
    )
    out = frozen(dist.exe, "desktop", "--self-test", data=data, QT_QPA_PLATFORM="offscreen")
    assert out.returncode == 0, out.stdout + out.stderr
    doc = json.loads(out.stdout.strip().splitlines()[-1])
    assert doc["self_test"] == "ok"
    assert doc["cases"] == 0


def test_rome_time_works_without_the_systems_zone_data(dist: Distribution, tmp_path: Path) -> None:
    """Windows has no IANA zone files: the bundle carries Europe/Rome (the tzdata package).
    PYTHONTZPATH="" hides the system's, as on Windows; the calendar's import needs the zone."""
    data = tmp_path / "data"
    assert (
        frozen(dist.exe, "vault", "init", "--user", "admin", "--name", "A", data=data).returncode
        == 0
    )
    out = frozen(
        dist.exe, "desktop", "--self-test", data=data, QT_QPA_PLATFORM="offscreen", PYTHONTZPATH=""
    )
    assert out.returncode == 0, out.stdout + out.stderr[-2000:]


def test_the_signed_manifest_verifies_with_the_bundle(dist: Distribution) -> None:
    ok = frozen(dist.exe, "verify-release", str(dist.manifest), "--key", dist.dev_public_key)
    assert ok.returncode == 0, ok.stderr
    assert f"ok      {dist.deb.name}" in ok.stdout
    assert f"ok      {dist.tarball.name}" in ok.stdout
    untrusted = frozen(dist.exe, "verify-release", str(dist.manifest))
    assert untrusted.returncode == 2
    assert "does not trust" in untrusted.stderr


@pytest.fixture
def frozen_hub(dist: Distribution, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``ponte hub serve`` from the bundle, on 127.0.0.1."""
    hub_dir = tmp_path / "hub"
    port = free_port()
    proc = subprocess.Popen(
        [str(dist.exe), "hub", "serve", "--data-dir", str(hub_dir), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the frozen hub did not start"
            time.sleep(0.2)
        yield url, hub_dir
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def provision(
    exe: Path, hub: tuple[str, Path], out: Path, name: str, kind: str
) -> tuple[bytes, str]:
    url, hub_dir = hub
    done = frozen(
        exe,
        "hub",
        "enrol",
        "--data-dir",
        str(hub_dir),
        "--name",
        name,
        "--type",
        kind,
        "--network",
        "rho",
        "--hub-url",
        url,
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    return out.read_bytes(), done.stdout.split("hub key fingerprint: ")[1].split()[0]


def test_referral_round_trip_through_a_frozen_hub_to_a_frozen_workstation(
    dist: Distribution, frozen_hub: tuple[str, Path], tmp_path: Path
) -> None:
    # the partner service runs the bundle: vault, enrolment, sync, inbox
    partner = tmp_path / "cpi"
    init_and_check(dist.exe, partner)
    _, told = provision(dist.exe, frozen_hub, tmp_path / "cpi.prov", "CPI Rho", "cpi")
    joined = frozen(dist.exe, "enrol", str(tmp_path / "cpi.prov"), data=partner)
    assert joined.returncode == 0, joined.stderr
    assert f"Hub key fingerprint: {told}" in joined.stdout, "both sides read the same"
    member = joined.stdout.split("member ")[1].split()[0]

    # the centre runs from source, enrolled by the same frozen hub administrator tool
    vault, _ = Vault.create(
        tmp_path / "cav", username="admin", display_name="CAV", passphrase=PW, kdf=TEST_PARAMS
    )
    centre = Workstation(vault)
    try:
        centre.enrol(provision(dist.exe, frozen_hub, tmp_path / "cav.prov", "CAV Rho", "cav")[0])
        case_id = new_case_with_consent(centre, member)
        fields = {"age_band": "35_44", "education": "diploma"}
        ref = centre.send_referral(case_id, member, ServiceType.CPI, fields, purpose="lavoro")
        assert sync(centre).sent == 1
    finally:
        vault.lock()

    synced = frozen(dist.exe, "sync", data=partner)
    assert synced.returncode == 0, synced.stderr
    assert "received 1" in synced.stdout
    listed = frozen(dist.exe, "inbox", data=partner)
    assert ref.packet_id in listed.stdout
    opened = Vault.unlock(partner, "admin", PW)
    try:
        (row,) = VaultInbox(opened.db).rows("referral")
        assert row.payload is not None
        assert row.payload["fields"] == fields
    finally:
        opened.lock()


def test_hub_with_postgresql_says_the_bundle_has_no_driver(
    dist: Distribution, tmp_path: Path
) -> None:
    out = frozen(dist.exe, "hub", "serve", "--data-dir", str(tmp_path), "--db", "postgresql://x/y")
    assert out.returncode == 2
    assert "no PostgreSQL driver" in out.stderr
