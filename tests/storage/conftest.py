"""Vault fixtures: real SQLCipher files in tmp_path, fast Argon2 parameters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ponte.core.clock import FakeClock
from ponte.core.domain import Actor
from ponte.storage.db import Database
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault

ADMIN = "admin"
ADMIN_PW = "correct horse battery"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def made(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Vault, str]]:
    vault, recovery = Vault.create(
        tmp_path / "data",
        username=ADMIN,
        display_name="Amministratrice Demo",
        passphrase=ADMIN_PW,
        clock=clock,
        kdf=TEST_PARAMS,
    )
    yield vault, recovery
    vault.lock()


@pytest.fixture
def vault(made: tuple[Vault, str]) -> Vault:
    return made[0]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    d = Database.open(tmp_path / "domain.db", bytes(range(32)), create=True)
    d.migrate()
    yield d
    d.close()


COORD = Actor("acc-coord", "coordinatrice", "dev-1")
OP_A = Actor("acc-op-a", "operatrice", "dev-1")
OP_B = Actor("acc-op-b", "operatrice", "dev-2")
