"""Three centres in three networks report to the cabina di regia through a real hub."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.reporting import METRO, build_report, network_picture, send_report
from ponte.app.workstation import Workstation
from ponte.core.combining import at_least
from ponte.core.domain import Actor
from ponte.core.errors import DirectoryError, PermissionDenied
from ponte.core.suppression import HIDDEN, SMALL, PublishedTable
from ponte.storage import demo
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.outbox import VaultOutbox
from ponte.storage.publish import age_groups
from ponte.storage.stats import CentreStats, Period, centre_stats
from ponte.storage.vault import Vault

from .conftest import HubProc, knows

PERIOD = Period.year(2026)
CENTRES = (("CAV Rho", "rho", 11), ("CAV Legnano", "legnano", 12), ("CAV Melzo", "melzo", 13))


def station(tmp: Path, hub: HubProc, name: str, service_type: str, network: str) -> Workstation:
    vault, _ = Vault.create(
        tmp / name,
        username="admin",
        display_name="Admin",
        passphrase="e2e passphrase!",
        kdf=TEST_PARAMS,
    )
    ws = Workstation(vault)
    ws.enrol(hub.provision(name, service_type, network), post_quantum=False)
    return ws


@pytest.fixture
def network(tmp_path: Path, hub: HubProc) -> Iterator[tuple[list[Workstation], Workstation]]:
    centres = []
    for name, net, seed in CENTRES:
        ws = station(tmp_path, hub, name, "cav", net)
        actor = Actor(ws.vault.account.id, ws.vault.account.role.value, ws.vault.device_id)
        demo.seed(ws.vault.db, actor, 450, rng_seed=seed, now=datetime(2026, 12, 31, tzinfo=UTC))
        centres.append(ws)
    cabina = station(tmp_path, hub, "Cabina di regia", "cabina_regia", "milano_metro")
    for ws in centres:  # a round since the cabina joined: their directory copies list it
        knows(ws, cabina.identity.member_id)
    yield centres, cabina
    for ws in [*centres, cabina]:
        ws.vault.lock()


def _true(stats: CentreStats, name: str) -> tuple[tuple[int, ...], ...]:
    return next(t for t in [*stats.tables(), age_groups(stats)] if t.name == name).cells


def _no_small(t: PublishedTable) -> None:
    for c in t.entries():
        assert (
            c in (SMALL, HIDDEN)
            or (at_least(c) or 0) >= 5
            or (isinstance(c, int) and (c == 0 or c >= 5))
        ), t.name


def test_the_cabina_sees_the_combined_metro_picture(
    network: tuple[list[Workstation], Workstation],
) -> None:
    centres, cabina = network
    for ws in centres:
        send_report(ws, PERIOD)
        assert sync(ws).sent == 1
    got = sync(cabina)
    assert got.received == 3
    (rows) = VaultInbox(cabina.vault.db).rows("aggregate")
    assert [r.refused for r in rows] == [None, None, None]
    for r in rows:  # the decrypted payloads: counts only, nothing from 1 to 4
        assert r.payload is not None
        for table in r.payload["tables"]:
            for row in table["rows"]:
                assert not any(type(c) is int and 0 < c < 5 for c in row[1:]), table["name"]

    truth = [centre_stats(ws.vault.db, PERIOD) for ws in centres]
    picture = network_picture(cabina.vault.db, PERIOD)
    assert picture.centres == {"legnano": 1, "melzo": 1, "rho": 1}

    new = picture.table("overview")
    assert new is not None
    assert new.cells[0][0] == sum(s.new_contacts for s in truth)
    assert new.cells[1][0] == sum(s.active_cases for s in truth)
    age = picture.table("age_group_citizenship")
    assert age is not None
    assert age.total == sum(s.new_contacts for s in truth), "each centre's total is shown"
    shown = 0
    for name in ("age_group_citizenship", "invio_da", "first_contact", "steps", "referrals"):
        table = picture.table(name)
        assert table is not None
        _no_small(table)
        cells = [_true(s, name) for s in truth]
        for i, row in enumerate(table.cells):
            for j, c in enumerate(row):
                if isinstance(c, int):
                    assert c == sum(t[i][j] for t in cells), (name, i, j)
                    shown += 1
                elif (floor := at_least(c)) is not None:
                    assert 5 <= floor <= sum(t[i][j] for t in cells), (name, i, j)
    assert shown > 20, "the picture is not all hidden"

    for (_, net, _), stats, ws in zip(CENTRES, truth, centres, strict=True):
        mine = picture.table("invio_da", net)
        assert mine is not None
        _no_small(mine)
        assert mine.total == stats.new_contacts
        for (c,), (v,) in zip(mine.cells, stats.invio_da.cells, strict=True):
            assert (
                c == v or (c == SMALL and 0 < v < 5) or (c == HIDDEN and (v >= 5 or mine.withheld))
            )
        sent = build_report(ws, PERIOD)
        assert sent["network"] == net
        names = [t["name"] for t in sent["tables"]]
        assert "age_group_citizenship" in names
        assert "age_citizenship" not in names, "never a table and its own sums together"
    assert picture.table("overview", "rozzano") is None
    assert METRO not in picture.by_network


def test_a_second_report_for_the_period_replaces_the_first(
    network: tuple[list[Workstation], Workstation],
) -> None:
    centres, cabina = network
    rho = centres[0]
    send_report(rho, PERIOD)
    sync(rho)
    actor = Actor(rho.vault.account.id, rho.vault.account.role.value, rho.vault.device_id)
    demo.seed(rho.vault.db, actor, 100, rng_seed=99, now=datetime(2026, 12, 31, tzinfo=UTC))
    send_report(rho, PERIOD)
    sync(rho)
    assert sync(cabina).received == 2
    picture = network_picture(cabina.vault.db, PERIOD)
    assert picture.centres == {"rho": 1}
    overview = picture.table("overview")
    assert overview is not None
    assert overview.cells[0][0] == centre_stats(rho.vault.db, PERIOD).new_contacts


def test_the_cabina_does_not_report_to_itself(
    network: tuple[list[Workstation], Workstation],
) -> None:
    _, cabina = network
    with pytest.raises(DirectoryError):
        send_report(cabina, PERIOD)


def test_an_operatrice_cannot_send_a_report(
    network: tuple[list[Workstation], Workstation], tmp_path: Path
) -> None:
    centres, _ = network
    rho = centres[0]
    rho.vault.add_account("op", "Operatrice", "operatrice", "operatrice passphrase")
    rho.vault.lock()
    vault = Vault.unlock(tmp_path / "CAV Rho", "op", "operatrice passphrase")
    try:
        ws = Workstation(vault)
        build_report(ws, PERIOD)  # she may look at the counts
        with pytest.raises(PermissionDenied):
            send_report(ws, PERIOD)
        assert VaultOutbox(vault.db).queued_count() == 0
    finally:
        vault.lock()
        centres[0] = station_again(tmp_path)


def station_again(tmp_path: Path) -> Workstation:
    """Reopen the Rho centre as its amministratrice (the fixture locks it at the end)."""
    return Workstation(Vault.unlock(tmp_path / "CAV Rho", "admin", "e2e passphrase!"))
