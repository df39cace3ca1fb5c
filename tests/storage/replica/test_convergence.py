"""Hypothesis: random offline edits, partial syncs and restarts on three devices always
converge, and no edit is ever lost: each one is the shown value, a side of an open
conflict, overwritten by someone who had seen it, or erased with its record."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from ponte.storage import cases, erase, risk
from ponte.storage.replica import conflicts
from ponte.storage.replica.tables import LWW_COLUMNS
from tests.storage.replica.mesh import Node, centre, join, new_case, post, pull, state, sync_all

WORDS = st.sampled_from(["Alba", "Bruna", "Carla", "Dora", "Elsa"])
NODE = st.integers(0, 3)  # taken modulo the number of devices (3, or 4 after a join)


class Devices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="ponte-replica-"))
        self.nodes: list[Node] = centre(self.tmp)
        self.case_ids: list[str] = []
        self.edits: list[tuple[str, str, str, str]] = []  # (stamp, tbl, rk, col)
        self.bases: set[str] = set()

    def teardown(self) -> None:
        for n in self.nodes:
            n.vault.lock()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _record(self, node: Node, since: int) -> None:
        """Remember every field edit the last write made (its stamp and what it overwrote)."""
        for r in node.db.query(
            "SELECT stamp, tbl, rk, op, body FROM replica_log WHERE seq > ? AND origin = ?",
            (since, node.device),
        ):
            body = json.loads(r["body"])
            for col in body["f"]:
                if col not in LWW_COLUMNS and not body["i"]:
                    self.edits.append((r["stamp"], r["tbl"], r["rk"], col))
            for stamps in body["b"].values():
                self.bases.update(stamps)

    def _n(self, i: int) -> Node:
        return self.nodes[i % len(self.nodes)]

    def _seq(self, node: Node) -> int:
        return int(node.db.scalar("SELECT coalesce(max(seq), 0) FROM replica_log"))

    def _visible(self, node: Node) -> list[str]:
        return [
            c for c in self.case_ids if node.db.scalar("SELECT 1 FROM cases WHERE id = ?", (c,))
        ]

    @initialize()
    def two_shared_cases(self) -> None:
        self.case_ids += [new_case(self.nodes[0], "Iniziale"), new_case(self.nodes[1], "Altra")]
        sync_all(self.nodes, rounds=1)

    @rule(i=NODE, alias=WORDS)
    def create_case(self, i: int, alias: str) -> None:
        self.case_ids.append(new_case(self._n(i), alias))

    @precondition(lambda self: self.case_ids)
    @rule(
        i=NODE, pick=st.integers(0, 50), alias=WORDS, comune=st.sampled_from(["015146", "015182"])
    )
    def edit_person(self, i: int, pick: int, alias: str, comune: str) -> None:
        node = self._n(i)
        visible = self._visible(node)
        if not visible:
            return
        case_id = visible[pick % len(visible)]
        f = cases.open_file(node.db, node.actor, case_id, at=node.clock.now())
        f.person.alias = alias
        if pick % 2:
            f.person.comune_istat = comune
        since = self._seq(node)
        cases.update_person(node.db, node.actor, case_id, f.person, at=node.clock.now())
        self._record(node, since)

    @precondition(lambda self: self.case_ids)
    @rule(i=NODE, pick=st.integers(0, 50), body=WORDS)
    def note_or_safety_plan(self, i: int, pick: int, body: str) -> None:
        node = self._n(i)
        visible = self._visible(node)
        if not visible:
            return
        case_id = visible[pick % len(visible)]
        since = self._seq(node)
        if pick % 2:
            cases.add_note(node.db, node.actor, case_id, body, at=node.clock.now())
        else:
            risk.save_safety_plan(node.db, node.actor, case_id, body, at=node.clock.now())
        self._record(node, since)

    @precondition(lambda self: self.case_ids)
    @rule(i=NODE, pick=st.integers(0, 50))
    def erase(self, i: int, pick: int) -> None:
        node = self._n(i)
        visible = self._visible(node)
        if len(visible) < 2:
            return
        case_id = visible[pick % len(visible)]
        person = str(node.db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,)))
        erase.erase_person(node.db, node.actor, person, at=node.clock.now())

    @rule(i=NODE, pick=st.integers(0, 50), choice=st.integers(0, 3))
    def resolve(self, i: int, pick: int, choice: int) -> None:
        node = self._n(i)
        found = conflicts.open_conflicts(node.db)
        if not found:
            return
        c = found[pick % len(found)]
        value = c.sides[choice % len(c.sides)].value
        since = self._seq(node)
        conflicts.resolve(node.db, node.actor, *c.key, value, at=node.clock.now())
        self._record(node, since)

    @rule(a=NODE, b=NODE)
    def send(self, a: int, b: int) -> None:
        if a % len(self.nodes) != b % len(self.nodes):
            post(self._n(a), self._n(b))

    @rule(i=NODE)
    def receive(self, i: int) -> None:
        pull(self._n(i))

    @precondition(lambda self: len(self.nodes) == 3)
    @rule(i=NODE)
    def a_fourth_device_joins(self, i: int) -> None:
        self.nodes.append(join(self.tmp, self._n(i), "D"))

    @rule(i=NODE)
    def restart(self, i: int) -> None:
        self._n(i).restart()

    @rule(i=NODE, seconds=st.integers(0, 5))
    def time_passes(self, i: int, seconds: int) -> None:
        self._n(i).clock.advance(seconds)

    @invariant()
    def chains_verify(self) -> None:
        from ponte.storage import audit

        for n in self.nodes:
            assert n.db.scalar("SELECT count(*) FROM replica_pending") == 0

        audit.verify_chain(self.nodes[0].db)

    def teardown_check(self) -> None:
        sync_all(self.nodes, rounds=3)
        first = state(self.nodes[0])
        for other in self.nodes[1:]:
            theirs = state(other)
            for key in first:
                assert set(first[key]) ^ set(theirs[key]) == set(), (other.name, key)
        db = self.nodes[0].db
        for stamp, tbl, rk, col in self.edits:
            head = db.scalar(
                "SELECT 1 FROM replica_heads WHERE tbl = ? AND rk = ? AND col = ? AND stamp = ?",
                (tbl, rk, col, stamp),
            )
            gone = db.scalar("SELECT 1 FROM replica_tombs WHERE tbl = ? AND rk = ?", (tbl, rk))
            assert head or gone or stamp in self.bases, f"edit {stamp} {tbl}.{col} lost"


class Converging(Devices):
    def teardown(self) -> None:
        try:
            self.teardown_check()
        finally:
            super().teardown()


Converging.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestConvergence = Converging.TestCase
