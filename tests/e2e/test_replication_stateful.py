"""Hypothesis over a real hub: three devices edit offline, sync in any order, restart; after
a final sync they hold the same data and every conflicting edit is merged or kept."""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from ponte.app.background import sync
from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.storage import cases
from ponte.storage.replica import stream
from ponte.storage.replica.tables import LWW_COLUMNS
from ponte.storage.vault import Vault
from tests.storage.replica.mesh import CASE_STATE_TABLES

from .conftest import HubProc
from .replica_helpers import centre, settle

NODE = st.integers(0, 2)
NAMES = st.sampled_from(["Alba", "Bruna", "Carla"])
_run = itertools.count()


def _state(r: Replication) -> dict[str, list[tuple[object, ...]]]:
    out = {t: sorted(tuple(x) for x in r.db.query(f"SELECT * FROM {t}")) for t in CASE_STATE_TABLES}
    out["heads"] = sorted(
        tuple(x) for x in r.db.query("SELECT tbl, rk, col, stamp, value FROM replica_heads")
    )
    return out


class OverTheHub(RuleBasedStateMachine):
    hub: HubProc

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="ponte-hub-replica-"))
        n = next(_run)
        self.nodes = centre(self.tmp, self.hub, (f"CAV {n}a", f"CAV {n}b", f"CAV {n}c"))
        self.case_id = ""
        self.edits: list[tuple[str, str, str, str]] = []  # (stamp, tbl, rk, col)
        self.bases: set[str] = set()

    def _record(self, r: Replication, since: int) -> None:
        for row in r.db.query(
            "SELECT stamp, tbl, rk, body FROM replica_log WHERE seq > ? AND origin = ?",
            (since, r.ws.vault.device_id),
        ):
            body = json.loads(row["body"])
            if not body["i"]:
                self.edits += [
                    (row["stamp"], row["tbl"], row["rk"], col)
                    for col in body["f"]
                    if col not in LWW_COLUMNS
                ]
            for stamps in body["b"].values():
                self.bases.update(stamps)

    @initialize()
    def one_shared_case(self) -> None:
        ws = self.nodes[0].ws
        from datetime import date

        from ponte.core.domain import Case, Person

        c = cases.create(
            ws.vault.db, ws.actor, Person(alias="Inizio"), Case(opened_on=date(2026, 3, 1)),
            at=ws.clock.now(),
        )  # fmt: skip
        self.case_id = c.id
        settle(self.nodes, rounds=1)

    @rule(i=NODE, alias=NAMES, note=st.booleans())
    def edit_offline(self, i: int, alias: str, note: bool) -> None:
        ws = self.nodes[i].ws
        if ws.vault.db.scalar("SELECT 1 FROM cases WHERE id = ?", (self.case_id,)) is None:
            return
        since = stream.last_seq(ws.vault.db)
        f = cases.open_file(ws.vault.db, ws.actor, self.case_id, at=ws.clock.now())
        f.person.alias = f"{alias} {len(self.edits)}"
        cases.update_person(ws.vault.db, ws.actor, self.case_id, f.person, at=ws.clock.now())
        if note:
            cases.add_note(ws.vault.db, ws.actor, self.case_id, alias, at=ws.clock.now())
        self._record(self.nodes[i], since)

    @rule(i=NODE)
    def sync(self, i: int) -> None:
        assert sync(self.nodes[i].ws).error is None

    @rule(i=NODE)
    def restart(self, i: int) -> None:
        vault = self.nodes[i].ws.vault
        data_dir = vault.data_dir
        vault.lock()
        self.nodes[i] = Replication(Workstation(Vault.unlock(data_dir, "admin", "e2e passphrase!")))

    @rule(i=NODE, pick=st.integers(0, 3))
    def resolve(self, i: int, pick: int) -> None:
        r = self.nodes[i]
        found = r.conflicts(self.case_id)
        if found:
            c = found[0]
            since = stream.last_seq(r.db)
            r.resolve(c, c.sides[pick % len(c.sides)].value)
            self._record(r, since)

    def teardown(self) -> None:
        try:
            settle(self.nodes, rounds=3)
            a, b, c = (_state(r) for r in self.nodes)
            assert a == b == c
            # Never lost: each edit is a current version of its field (shown, or a side of
            # an open conflict) or was overwritten by someone whose device had it.
            db = self.nodes[0].db
            for stamp, tbl, rk, col in self.edits:
                head = db.scalar(
                    "SELECT 1 FROM replica_heads WHERE tbl = ? AND rk = ? AND col = ?"
                    " AND stamp = ?",
                    (tbl, rk, col, stamp),
                )
                assert head or stamp in self.bases, f"edit {stamp} of {tbl}.{col} lost"
        finally:
            for n in self.nodes:
                n.ws.vault.lock()


def test_devices_over_a_real_hub_converge(hub: HubProc) -> None:
    OverTheHub.hub = hub
    run_state_machine_as_test(
        OverTheHub,
        settings=settings(
            max_examples=6,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
