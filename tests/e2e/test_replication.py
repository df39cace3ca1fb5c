"""Three workstations of one centre replicating through a real hub on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.core.domain import Case, Person
from ponte.core.errors import DecryptionFailed, PacketError
from ponte.storage import audit, cases, demo
from ponte.storage.replica import devices
from ponte.storage.vault import Vault

from .conftest import HubProc
from .replica_helpers import centre, device, join, settle

ROOT = Path(__file__).resolve().parents[2]


def _case(r: Replication, alias: str) -> str:
    ws = r.ws
    c = cases.create(
        ws.vault.db,
        ws.actor,
        Person(alias=alias),
        Case(opened_on=date(2026, 3, 2)),
        at=ws.clock.now(),
    )
    return c.id


def _alias(r: Replication, case_id: str) -> str | None:
    return r.db.scalar(
        "SELECT p.alias FROM persons p JOIN cases c ON c.person_id = p.id WHERE c.id = ?",
        (case_id,),
    )


def _rename(r: Replication, case_id: str, alias: str) -> None:
    ws = r.ws
    f = cases.open_file(ws.vault.db, ws.actor, case_id, at=ws.clock.now())
    f.person.alias = alias
    cases.update_person(ws.vault.db, ws.actor, case_id, f.person, at=ws.clock.now())


def test_devices_converge_through_the_hub_and_the_hub_reads_nothing(
    tmp_path: Path, hub: HubProc
) -> None:
    a, b, c = centre(tmp_path, hub, ("CAV Rho 1", "CAV Rho 2", "CAV Rho 3"))
    case_id = _case(a, "Ottavia Demo")
    settle([a, b, c])
    assert _alias(b, case_id) == _alias(c, case_id) == "Ottavia Demo"
    # Offline on both: the same field, differently.
    _rename(a, case_id, "Ottavia Uno")
    _rename(b, case_id, "Ottavia Due")
    settle([a, b, c])
    for r in (a, b, c):
        (conflict,) = r.conflicts(case_id)
        assert {s.value for s in conflict.sides} == {"Ottavia Uno", "Ottavia Due"}
        assert {s.device_name for s in conflict.sides} == {"CAV Rho 1", "CAV Rho 2"}
    c.resolve(c.conflicts(case_id)[0], "Ottavia Due")
    settle([a, b, c])
    for r in (a, b, c):
        assert r.conflicts() == []
        assert _alias(r, case_id) == "Ottavia Due"
        audit.verify_chain(r.db)
    # What the hub keeps is ciphertext: no alias in any byte of its database.
    hub_bytes = b"".join(p.read_bytes() for p in hub.data_dir.rglob("*") if p.is_file())
    assert b"Ottavia" not in hub_bytes


def test_a_new_device_catches_up_with_progress(tmp_path: Path, hub: HubProc) -> None:
    a = device(tmp_path, hub, "CAV Rho 1")
    a.found()
    demo.seed(a.db, a.ws.actor, 300, rng_seed=3)
    n = device(tmp_path, hub, "CAV Rho 2")
    progress: list[tuple[int, int]] = []
    join(a, n, progress)
    assert progress
    assert progress[-1][0] == progress[-1][1]
    assert [p[0] for p in progress] == list(range(1, progress[-1][1] + 1))
    for table in ("persons", "cases", "notes", "plan_steps"):
        assert n.db.scalar(f"SELECT count(*) FROM {table}") == a.db.scalar(
            f"SELECT count(*) FROM {table}"
        )


def test_a_removed_device_gets_nothing_written_after_its_removal(
    tmp_path: Path, hub: HubProc
) -> None:
    a, b, c = centre(tmp_path, hub, ("CAV Rho 1", "CAV Rho 2", "CAV Rho 3"))
    before = _case(a, "Prima Demo")
    settle([a, b, c])
    assert _alias(c, before) == "Prima Demo"
    a.remove_device(c.ws.vault.device_id)
    settle([a, b])
    after = _case(b, "Dopo Demo")
    settle([a, b])
    sync(c.ws)
    assert _alias(c, after) is None
    assert _alias(a, after) == "Dopo Demo"
    # Nor can it read a file the others write now (new key epoch it never received).
    exported = a.export_changes(tmp_path)
    with pytest.raises(DecryptionFailed):
        c.import_file(exported)
    # And what it still sends is refused by the others.
    _rename(c, before, "Scritto da un dispositivo rimosso")
    sync(c.ws)
    settle([a, b])
    assert _alias(a, before) == "Prima Demo"
    assert {d.device_id for d in devices.peers(a.db, a.ws.vault.device_id)} == {
        b.ws.vault.device_id
    }
    assert devices.current_key(b.db) == devices.current_key(a.db)  # the new key reached B


def test_a_site_without_connection_exchanges_files(tmp_path: Path, hub: HubProc) -> None:
    a, b = centre(tmp_path, hub, ("CAV Rho 1", "CAV Rho 2"))
    case_id = _case(a, "Chiavetta Demo")
    usb = tmp_path / "usb"
    usb.mkdir()
    path = a.export_changes(usb)
    out = b.import_file(path)
    assert out.changes >= 2
    assert _alias(b, case_id) == "Chiavetta Demo"
    assert b.import_file(path).changes == 0  # importing twice is harmless
    tampered = bytearray(path.read_bytes())
    tampered[len(tampered) // 2] ^= 1
    bad = tmp_path / "bad.ponte-replica"
    bad.write_bytes(bytes(tampered))
    with pytest.raises(PacketError):
        b.import_file(bad)
    assert b.conflicts() == []


KILLED_SYNC = """
import sys, time
from pathlib import Path
from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.app.workstation import Workstation
from ponte.storage import inbox
from ponte.storage.vault import Vault
from ponte.app.background import sync

real_store = inbox.VaultInbox.store

def store(self, item, raw, at):
    stored = real_store(self, item, raw, at)
    if item.type == "replica":
        print("applied one change set", flush=True)
        time.sleep(60)  # the parent kills us here: mid-replication, more sets waiting
    return stored

inbox.VaultInbox.store = store
vault = Vault.unlock(Path(sys.argv[1]), "admin", "e2e passphrase!")
sync(Workstation(vault))
"""


def test_a_device_killed_mid_replication_recovers_and_converges(
    tmp_path: Path, hub: HubProc
) -> None:
    a, b = centre(tmp_path, hub, ("CAV Rho 1", "CAV Rho 2"))
    demo.seed(a.db, a.ws.actor, 700, rng_seed=5)
    sync(a.ws)  # several change sets wait at the hub for B
    b_dir = b.ws.vault.data_dir
    b.ws.vault.lock()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_SYNC, str(b_dir)],
        stdout=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"applied one change set"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    b = Replication(Workstation(Vault.unlock(b_dir, "admin", "e2e passphrase!")))
    rows = "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM notes)"
    rows += " + (SELECT count(*) FROM plan_steps) + (SELECT count(*) FROM case_violence)"
    assert 0 < b.db.scalar(rows) < a.db.scalar(rows), "killed mid-way"
    settle([a, b])
    assert b.db.scalar("SELECT count(*) FROM cases") == a.db.scalar("SELECT count(*) FROM cases")
    assert b.db.scalar("SELECT count(*) FROM notes") == a.db.scalar("SELECT count(*) FROM notes")
    audit.verify_chain(b.db)


def test_a_change_set_that_never_arrives_is_sent_again(tmp_path: Path, hub: HubProc) -> None:
    a, b = centre(tmp_path, hub, ("CAV Rho 1", "CAV Rho 2"))
    first = _case(a, "Persa Demo")
    assert a.queue_changes() == 1
    # The hub refused it for good, or it expired before it could leave.
    a.db.execute("UPDATE outbox SET state = 'expired' WHERE type = 'replica' AND state = 'queued'")
    second = _case(a, "Seconda Demo")
    settle([a, b])
    assert _alias(b, first) == "Persa Demo"
    assert _alias(b, second) == "Seconda Demo"
    assert a.db.scalar("SELECT count(*) FROM outbox WHERE state = 'expired'") == 0


def test_a_new_device_joins_a_site_with_no_connection_by_files(
    tmp_path: Path, hub: HubProc
) -> None:
    a = device(tmp_path, hub, "CAV Rho 1")
    a.found()
    demo.seed(a.db, a.ws.actor, 50, rng_seed=8)
    n = device(tmp_path, hub, "CAV Rho rifugio")
    usb = tmp_path / "usb"
    usb.mkdir()
    n.accept_offer(a.accept_join(n.join_request()))
    n.import_file(a.export_snapshot(usb))  # no sync round anywhere: all by USB stick
    assert n.db.scalar("SELECT count(*) FROM cases") == 50
    late = _case(a, "Arrivata dopo")
    n.import_file(a.export_changes(usb))
    assert _alias(n, late) == "Arrivata dopo"
    back = _case(n, "Dal rifugio")
    a.import_file(n.export_changes(usb))
    assert _alias(a, back) == "Dal rifugio"


def test_a_join_accepted_while_the_hub_is_down_sends_its_snapshot_later(tmp_path: Path) -> None:
    from tests.e2e.test_faults import RestartableHub

    hub = RestartableHub(tmp_path / "hub")
    hub.start()
    try:
        proc = HubProc(f"http://127.0.0.1:{hub.port}", hub.service, tmp_path / "hub")
        a = device(tmp_path, proc, "CAV Rho 1")
        a.found()
        case_id = _case(a, "In attesa Demo")
        n = device(tmp_path, proc, "CAV Rho 2")
        hub.stop()
        offer = a.accept_join(n.join_request())  # the hub is unreachable: the offer still comes
        n.accept_offer(offer)
        assert sync(a.ws).error is not None
        hub.start()
        settle([a, n])
        assert _alias(n, case_id) == "In attesa Demo"
        # Accepting the same request again is harmless (the administrator retried).
        a.accept_join(offer_request(n))
        assert len(a.devices()) == 2
    finally:
        hub.stop()
        hub.store.close()


def offer_request(n: Replication) -> bytes:
    from ponte.app.replication import REQUEST_MAGIC, _signed

    return _signed({"magic": REQUEST_MAGIC, "device": asdict(n.this_device())}, n.ws)
