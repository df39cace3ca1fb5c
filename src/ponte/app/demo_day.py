"""The demo centre's day (rooms, appointments, dates, a closing to approve), for the demo."""

from __future__ import annotations

from ponte.storage import demo_day
from ponte.storage.vault import Vault


def dress(vault: Vault) -> None:
    """Give the demo centre's account a fortnight of synthetic appointments and deadlines."""
    demo_day.seed_day(vault.db, vault.actor, now=vault.clock.now())
