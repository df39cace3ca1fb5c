"""Three centres record outcomes of women's paths and report them through a real hub; the
cabina di regia sees the network's outcome indicators from the aggregate packets it got."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.outcomes import Outcomes
from ponte.app.reporting import METRO, build_report, network_picture, payload_for, send_report
from ponte.app.workstation import Workstation
from ponte.core import indicators as ind
from ponte.core.combining import at_least
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import (
    ClosureReason,
    ConsentMethod,
    ContactChannel,
    ContactTime,
    OutcomeField,
    OutcomeMoment,
)
from ponte.core.errors import ConsentMissing
from ponte.core.followup import FollowUpConsent
from ponte.core.outcomes import Change
from ponte.core.suppression import HIDDEN, SMALL, CountTable, PublishedTable
from ponte.storage import cases, demo
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.outcome_stats import outcome_counts
from ponte.storage.stats import Period
from ponte.storage.vault import Vault

from .conftest import HubProc, knows

PERIOD = Period.year(2026)
NOW = datetime(2026, 12, 31, tzinfo=UTC)
CENTRES = (("CAV Rho", "rho", 21), ("CAV Legnano", "legnano", 22), ("CAV Melzo", "melzo", 23))
M, F = OutcomeMoment, OutcomeField


def station(tmp: Path, hub: HubProc, name: str, service_type: str, network: str) -> Workstation:
    vault, _ = Vault.create(
        tmp / name, username="admin", display_name="Admin", passphrase="e2e passphrase!",
        kdf=TEST_PARAMS,
    )  # fmt: skip
    ws = Workstation(vault)
    ws.enrol(hub.provision(name, service_type, network), post_quantum=False)
    return ws


@pytest.fixture
def network(tmp_path: Path, hub: HubProc) -> Iterator[tuple[list[Workstation], Workstation]]:
    centres = []
    for name, net, seed in CENTRES:
        ws = station(tmp_path, hub, name, "cav", net)
        demo.seed(ws.vault.db, ws.actor, 1500, rng_seed=seed, now=NOW)
        centres.append(ws)
    cabina = station(tmp_path, hub, "Cabina di regia", "cabina_regia", "milano_metro")
    for ws in centres:  # the cabina joined last: a round would bring it into their directory
        knows(ws, cabina.identity.member_id)
    yield centres, cabina
    for ws in [*centres, cabina]:
        ws.vault.lock()


def _follow_one_woman(ws: Workstation) -> str:
    """The whole path of one woman, as an operatrice records it through the app."""
    work = Outcomes(ws.vault)
    c = cases.create(
        ws.vault.db, ws.actor, Person(alias="Demo Ultima"), Case(opened_on=date(2025, 3, 3)),
        at=ws.clock.now(),
    )  # fmt: skip
    work.record(c.id, M.INTAKE, date(2025, 3, 3), [Change(F.WORK, "not_working", date(2025, 3, 3))])
    cases.close(
        ws.vault.db, ws.actor, c.id, ClosureReason.GOALS_MET, at=datetime(2026, 1, 20, tzinfo=UTC)
    )
    work.record(
        c.id, M.CLOSURE, date(2026, 1, 20), [Change(F.WORK, "fixed_term", date(2025, 9, 1))]
    )
    with pytest.raises(ConsentMissing):  # no consent yet: no follow-up
        work.record(c.id, M.FOLLOWUP_6, date(2026, 7, 21))
    work.record_consent(
        c.id,
        FollowUpConsent(
            c.person_id, date(2026, 1, 20), date(2027, 6, 1), ConsentMethod.WRITTEN,
            ContactChannel.TEXT_MESSAGE, (ContactTime.AFTERNOON,), leave_message=True,
        ),
    )  # fmt: skip
    work.record(
        c.id, M.FOLLOWUP_6, date(2026, 7, 21), [Change(F.WORK, "permanent", date(2026, 6, 1))]
    )
    return c.id


def _truth(tables: list[list[CountTable]], name: str) -> list[int]:
    """Every cell of table ``name`` added up over the centres, row by row."""
    mine = [next(t for t in ts if t.name == name) for ts in tables]
    return [sum(vs) for vs in zip(*([v for r in t.cells for v in r] for t in mine), strict=True)]


def _no_small(t: PublishedTable) -> None:
    for c in t.entries():
        assert (
            c in (SMALL, HIDDEN)
            or (at_least(c) or 0) >= 5
            or (isinstance(c, int) and (c == 0 or c >= 5))
        ), t.name


def test_the_cabina_sees_the_networks_outcomes_from_real_reports(
    network: tuple[list[Workstation], Workstation],
) -> None:
    centres, cabina = network
    _follow_one_woman(centres[0])
    for ws in centres:
        send_report(ws, PERIOD)
        assert sync(ws).sent == 1
    assert sync(cabina).received == 3
    rows = VaultInbox(cabina.vault.db).rows("aggregate")
    assert [r.refused for r in rows] == [None, None, None]
    for r in rows:  # what travelled: version 2, each outcome table with its population
        assert r.payload is not None
        assert r.payload["v"] == 2
        populations = {t["name"]: t.get("population") for t in r.payload["tables"]}
        for name, population in ind.TABLES.items():
            assert populations[name] == population
        for table in r.payload["tables"]:
            for row in table["rows"]:
                assert not any(type(c) is int and 0 < c < 5 for c in row[1:]), table["name"]

    truth = [outcome_counts(ws.vault.db, PERIOD) for ws in centres]
    picture = network_picture(cabina.vault.db, PERIOD)
    shown = 0
    for name in ind.TABLES:
        table = picture.table(name)
        assert table is not None, name
        _no_small(table)
        expected = _truth(truth, name)
        for c, v in zip([c for r in table.cells for c in r], expected, strict=True):
            if isinstance(c, int):
                assert c == v, name
                shown += 1
            elif (floor := at_least(c)) is not None:
                assert 5 <= floor <= v, name
    assert shown > 15, "the picture is not all hidden"
    closed = sum(next(t for t in ts if t.name == "outcome_training").total() for ts in truth)
    for name, population in ind.TABLES.items():
        if population == ind.CLOSED:  # one denominator for the indicators of closed paths
            assert picture.table(name).total == closed, name  # type: ignore[union-attr]
    followed = picture.table("outcome_followup_6")
    assert followed is not None
    assert followed.total == sum(
        next(t for t in ts if t.name == "outcome_followup_6").total() for ts in truth
    )
    for _, net, _ in CENTRES:  # and per network: each network's own outcome tables
        mine = picture.table("outcome_work_closure", net)
        assert mine is not None
        _no_small(mine)
    assert METRO not in picture.by_network


def test_a_report_from_an_older_ponte_still_opens(
    network: tuple[list[Workstation], Workstation],
) -> None:
    """A version 1 report (no outcome tables) is read and combined with the new ones."""
    centres, cabina = network
    rho, legnano = centres[0], centres[1]
    old = build_report(rho, PERIOD)
    old = {
        "period": old["period"],
        "network": old["network"],
        "tables": [
            {k: v for k, v in t.items() if k != "population"}
            for t in old["tables"]
            if t["name"] not in ind.TABLES
        ],
    }
    from ponte.app.reporting import send_payload

    send_payload(rho, old)
    sync(rho)
    send_report(legnano, PERIOD)
    sync(legnano)
    assert sync(cabina).received == 2
    picture = network_picture(cabina.vault.db, PERIOD)
    assert picture.centres == {"legnano": 1, "rho": 1}
    assert picture.table("overview", "rho") is not None, "the old report is counted"
    assert picture.table("outcome_training", "rho") is None, "it had no outcomes"
    assert picture.table("outcome_training", "legnano") is not None
    assert picture.table("outcome_training") is not None
    payload = payload_for([], PERIOD, "rho")
    assert payload["v"] == 2


def test_the_due_list_reminds_only_where_she_agreed(
    network: tuple[list[Workstation], Workstation],
) -> None:
    rho = network[0][0]
    case_id = _follow_one_woman(rho)
    work = Outcomes(rho.vault)
    due = [d.due for d in work.due(date(2027, 1, 10))]
    assert (case_id, M.FOLLOWUP_12) in {(d.case_id, d.moment) for d in due}
    assert all(d.notice_from <= date(2027, 1, 10) for d in due)
    assert all(d.due - d.notice_from == timedelta(days=14) for d in due)
    for row in work.due(date(2027, 1, 10)):
        assert row.consent.valid_on(date(2027, 1, 10)), "never without her consent"
    actor = Actor(rho.vault.account.id, "amministratrice", rho.vault.device_id)
    assert actor.sees_all_cases
