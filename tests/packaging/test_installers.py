"""The .deb and the .tar.gz install a working Ponte (extracted into a scratch root)."""

from __future__ import annotations

import os
import subprocess
import tarfile
from pathlib import Path

from ponte import __version__

from .conftest import PACKAGING, Distribution
from .test_frozen import frozen, init_and_check

pytestmark = PACKAGING


def test_deb_installs_under_opt_with_command_menu_entry_and_icon(
    dist: Distribution, tmp_path: Path
) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(dist.deb), str(root)], check=True)
    exe = root / "opt" / "ponte" / "ponte"
    assert os.access(exe, os.X_OK)
    assert os.readlink(root / "usr" / "bin" / "ponte") == "/opt/ponte/ponte"
    entry = (root / "usr/share/applications/ponte.desktop").read_text()
    assert "Exec=ponte desktop" in entry
    assert "Icon=ponte" in entry
    assert (root / "usr/share/icons/hicolor/scalable/apps/ponte.svg").is_file()
    assert (root / "usr/share/icons/hicolor/256x256/apps/ponte.png").is_file()

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(dist.deb), name], capture_output=True, text=True, check=True
        ).stdout

    assert field("Version").strip() == __version__
    assert field("Architecture").strip() == "amd64"
    assert "libxcb-cursor0" in field("Depends")
    scripts = tmp_path / "DEBIAN"
    subprocess.run(["dpkg-deb", "-e", str(dist.deb), str(scripts)], check=True)
    assert os.access(scripts / "postinst", os.X_OK)

    out = frozen(exe, "--version")
    assert out.stdout.strip() == f"ponte {__version__}"
    init_and_check(exe, tmp_path / "data")


def test_portable_marker_keeps_the_vault_next_to_the_program(
    dist: Distribution, tmp_path: Path
) -> None:
    """The tarball unpacked on a USB drive, with the ``ponte-portable`` file beside it."""
    usb = tmp_path / "usb"
    with tarfile.open(dist.tarball) as tar:
        tar.extractall(usb, filter="tar")
    exe = usb / "ponte" / "ponte"
    (usb / "ponte" / "ponte-portable").write_text("")
    home = tmp_path / "home"  # nothing may land in the user's own folders
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    made = frozen(exe, "vault", "init", "--user", "admin", "--name", "A", **env)
    assert made.returncode == 0, made.stderr
    assert (usb / "ponte" / "ponte-data" / "vault").exists()
    assert (usb / "ponte" / "ponte-data" / "logs").is_dir()
    checked = frozen(exe, "vault", "check", **env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert not home.exists() or not any((home).rglob("vault*"))
