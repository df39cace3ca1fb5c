"""Build the real distribution once per test session (scripts/package: ~1 minute).

Every module here sets ``pytestmark = PACKAGING``: select with ``-m packaging``, leave out
with ``-m "not packaging"``. It runs in the normal suite: a bundle that does not
start is a release we must not ship.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from ponte import __version__
from tests.runlock import exclusive, once_per_run

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
PACKAGING = [pytest.mark.packaging, pytest.mark.timeout(600)]


@dataclass(frozen=True)
class Distribution:
    bundle: Path  # dist/ponte
    exe: Path  # dist/ponte/ponte
    tarball: Path
    deb: Path
    manifest: Path
    dev_public_key: str


def _build() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PONTE_RELEASE_KEY"}
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "package")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=540,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "DEVELOPMENT SIGNATURE" in out.stderr, "without a release key it must say so loudly"


@pytest.fixture(scope="session")
def dist() -> Distribution:
    # Under pytest-xdist each worker has its own session: one builds, the others wait for
    # it and use the same dist/ (two builds at once delete each other's files).
    with exclusive("dist"):
        done = once_per_run("dist")
        if done is None or not done.exists():
            _build()
            if done is not None:
                done.touch()
    return Distribution(
        bundle=DIST / "ponte",
        exe=DIST / "ponte" / "ponte",
        tarball=DIST / f"ponte-{__version__}-linux-x86_64.tar.gz",
        deb=DIST / f"ponte_{__version__}_amd64.deb",
        manifest=DIST / "SHA256SUMS",
        dev_public_key=(DIST / "dev-release-key.pub").read_text().strip(),
    )
