"""Devices of one centre wired to each other directly (no hub): the storage-level harness.

``Node`` is one device's vault; ``send`` moves the change sets one device owes another the
way the hub would (in order, each set applied in its own transaction).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ponte.core.clock import FakeClock, rfc3339
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import AgeBand
from ponte.core.keys import MemberKeys, raw_public
from ponte.storage import cases
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.replica import devices, snapshot, stream
from ponte.storage.replica.devices import Device
from ponte.storage.vault import Vault

PASSPHRASE = "mesh passphrase"


@dataclass
class Node:
    name: str
    data_dir: Path
    clock: FakeClock
    vault: Vault
    #: Sets "in flight" to this node: (sender device, body), as a hub inbox would hold them.
    inbox: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    keys: MemberKeys | None = None

    @property
    def db(self) -> Any:
        return self.vault.db

    @property
    def device(self) -> str:
        return self.vault.device_id

    @property
    def actor(self) -> Actor:
        a = self.vault.account
        return Actor(a.id, a.role.value, self.vault.device_id)

    def as_device(self) -> Device:
        if self.keys is None:
            self.keys = MemberKeys.generate(post_quantum=False)
        return Device(
            self.device,
            f"member-{self.name}",
            self.name,
            raw_public(self.keys.signing.public_key()).hex(),
            raw_public(self.keys.encryption.public_key()).hex(),
            rfc3339(self.clock.now()),
            self.vault.account.id,
        )

    def restart(self) -> None:
        self.vault.lock()
        self.vault = Vault.unlock(self.data_dir, "admin", PASSPHRASE, clock=self.clock)


def make_node(tmp: Path, name: str, clock: FakeClock | None = None) -> Node:
    clock = clock or FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    vault, _ = Vault.create(
        tmp / name,
        username="admin",
        display_name=f"Admin {name}",
        passphrase=PASSPHRASE,
        kdf=TEST_PARAMS,
        clock=clock,
    )
    return Node(name, tmp / name, clock, vault)


def post(sender: Node, receiver: Node) -> int:
    """Sender hands what it owes ``receiver`` to the 'hub' (moves its cursor)."""
    db = sender.db
    with db.transaction():
        sets = stream.outgoing(db, receiver.device)
        for body in sets:
            receiver.inbox.append((sender.device, body))
        if sets:
            stream.mark_sent(db, receiver.device, int(sets[-1]["to"]))
    return len(sets)


def pull(node: Node) -> int:
    """Receiver applies everything in its inbox, in arrival order."""
    n = 0
    while node.inbox:
        sender, body = node.inbox.pop(0)
        with node.db.transaction():
            out = stream.receive(node.db, sender, body)
        stream.after_receive(node.db, out)
        n += 1
    return n


def sync_all(nodes: list[Node], rounds: int = 3) -> None:
    for _ in range(rounds):
        for a in nodes:
            for b in nodes:
                if a is not b and b.device in {d.device_id for d in devices.peers(a.db, a.device)}:
                    post(a, b)
        for n in nodes:
            pull(n)


def centre(tmp: Path, names: tuple[str, ...] = ("A", "B", "C")) -> list[Node]:
    """A founded centre whose other devices joined and took a snapshot from the first."""
    first = make_node(tmp, names[0])
    devices.found(first.db, first.as_device(), first.clock.now())
    nodes = [first]
    for name in names[1:]:
        nodes.append(join(tmp, first, name))
    return nodes


def join(
    tmp: Path, sponsor: Node, name: str, progress: list[tuple[int, int]] | None = None
) -> Node:
    node = make_node(tmp, name, sponsor.clock)
    with sponsor.db.transaction():
        devices.add(sponsor.db, node.as_device())
        parts = snapshot.build(sponsor.db)
        stream.mark_sent(sponsor.db, node.device, int(parts[-1]["upto"]))
    devices.join(
        node.db,
        str(devices.centre_id(sponsor.db)),
        devices.keys(sponsor.db),
        devices.list_devices(sponsor.db),
        node.clock.now(),
    )
    for body in parts:
        with node.db.transaction():
            out = stream.receive(node.db, sponsor.device, body)
        if progress is not None and out.snapshot_part is not None:
            progress.append(out.snapshot_part)
    return node


def new_case(node: Node, alias: str = "Demo Donna") -> str:
    c = cases.create(
        node.db,
        node.actor,
        Person(alias=alias, age_band=AgeBand.A35_44),
        Case(opened_on=date(2026, 3, 1)),
        at=node.clock.now(),
    )
    return c.id


CASE_STATE_TABLES = (
    "persons", "cases", "case_violence", "case_services", "case_legal", "risk_assessments",
    "safety_plans", "plan_steps", "contacts", "notes", "consents", "referrals", "replica_devices",
    "replica_staff", "field_defs", "field_choices", "field_history", "field_overrides",
    "case_field_values", "case_field_choices", "case_imports", "places", "appointments",
    "appointment_staff", "case_dates", "deadline_marks", "deadline_rules", "centre_settings",
    "case_team", "case_assignments", "closure_requests", "letter_templates",
)  # fmt: skip


def state(node: Node) -> dict[str, Any]:
    """Everything that must be equal on converged devices: rows and open conflicts."""
    out: dict[str, Any] = {}
    for t in CASE_STATE_TABLES:
        out[t] = sorted(tuple(r) for r in node.db.query(f"SELECT * FROM {t}"))
    out["heads"] = sorted(
        tuple(r) for r in node.db.query("SELECT tbl, rk, col, stamp, value FROM replica_heads")
    )
    return out
