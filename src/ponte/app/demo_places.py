"""Where the demo lives on this PC and how to sign in to it.

What the start and the sign-in screen need, light to import: the demo itself (its vaults,
hub and sample data: ``ponte.app.demo``) is loaded on the vault thread, when it is built or
opened, not while the window starts.
"""

from __future__ import annotations

from pathlib import Path

from ponte.core.enums import ServiceType
from ponte.storage.vault import Vault

USER = "demo"
#: An operatrice of the centre: she sees the cases assigned to her (and shared ones) only.
OPERATRICE = "operatrice"
PASSPHRASE = "demo demo demo"  # noqa: S105 - shown on screen; the demo holds synthetic data only
HUB_DIR = "demo-hub"
PARTNER_DIR = "demo-partner"
SECOND_DIR = "demo-sportello"
CABINA_DIR = "demo-cabina"
CENTRE = ("CAV Demo", ServiceType.CAV)
PARTNER = ("CPI Rho (demo)", ServiceType.CPI)
#: A second workstation of the same centre (the sportello in another Comune): the two
#: replicate the centre's cases, and one case was edited on both while offline.
SECOND = ("CAV Demo — sportello", ServiceType.CAV)
CABINA = ("Cabina di regia metropolitana (demo)", ServiceType.CABINA_REGIA)


def is_demo(data_dir: Path) -> bool:
    return (data_dir / HUB_DIR).exists()


def places(data_dir: Path) -> list[tuple[str, Path]]:
    """The workstations of the demo, for the sign-in screen."""
    found = [(CENTRE[0], data_dir)]
    for name, folder in (
        (SECOND[0], SECOND_DIR),
        (PARTNER[0], PARTNER_DIR),
        (CABINA[0], CABINA_DIR),
    ):
        if Vault.exists(data_dir / folder):
            found.append((name, data_dir / folder))
    return found
