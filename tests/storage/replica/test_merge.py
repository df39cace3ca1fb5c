"""Three devices of one centre editing the same case files offline, then syncing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ponte.core.domain import Actor
from ponte.core.enums import ClosureReason, Education
from ponte.core.errors import NotFound
from ponte.storage import audit, cases, erase
from ponte.storage.replica import conflicts
from tests.storage.replica.mesh import Node, centre, new_case, state, sync_all


def _edit_person(node: Node, case_id: str, **changes: object) -> None:
    f = cases.open_file(node.db, node.actor, case_id, at=node.clock.now())
    for k, v in changes.items():
        setattr(f.person, k, v)
    cases.update_person(node.db, node.actor, case_id, f.person, at=node.clock.now())


def _alias(node: Node, case_id: str) -> str:
    return str(cases.open_file(node.db, node.actor, case_id, at=node.clock.now()).person.alias)


@pytest.fixture
def nodes(tmp_path: Path) -> list[Node]:
    return centre(tmp_path)


def test_a_case_made_on_one_device_reaches_the_others(nodes: list[Node]) -> None:
    a, b, c = nodes
    case_id = new_case(a, "Serafina Demo")
    sync_all(nodes)
    assert _alias(b, case_id) == "Serafina Demo"
    assert _alias(c, case_id) == "Serafina Demo"
    # It is findable by its alias there too (the search index follows received changes).
    from ponte.storage.case_list import CaseQuery, list_cases

    page = list_cases(c.db, c.actor, CaseQuery(text="Serafina"))
    assert [r.id for r in page.rows] == [case_id]


def test_concurrent_edits_of_different_fields_merge(nodes: list[Node]) -> None:
    a, b, c = nodes
    case_id = new_case(a)
    sync_all(nodes)
    _edit_person(a, case_id, alias="Nuovo Nome")
    b.clock.advance(1)
    _edit_person(b, case_id, education=Education.DEGREE)
    sync_all(nodes)
    for n in nodes:
        p = cases.open_file(n.db, n.actor, case_id, at=n.clock.now()).person
        assert (p.alias, p.education) == ("Nuovo Nome", Education.DEGREE)
        assert conflicts.open_conflicts(n.db) == []
    assert state(a) == state(b) == state(c)


def test_concurrent_edits_of_one_field_keep_both_values_until_a_person_decides(
    nodes: list[Node],
) -> None:
    a, b, c = nodes
    case_id = new_case(a)
    sync_all(nodes)
    _edit_person(a, case_id, alias="Versione A")
    _edit_person(b, case_id, alias="Versione B")
    sync_all(nodes)
    assert state(a) == state(b) == state(c)
    found = conflicts.open_conflicts(c.db, case_id)
    assert len(found) == 1
    conflict = found[0]
    assert conflict.col == "alias"
    assert {s.value for s in conflict.sides} == {"Versione A", "Versione B"}
    assert {s.device for s in conflict.sides} == {a.device, b.device}
    assert {s.device_name for s in conflict.sides} == {"A", "B"}
    assert {s.actor_name for s in conflict.sides} == {"Admin A", "Admin B"}
    assert all(s.at and s.actor for s in conflict.sides)
    # All devices show the same value meanwhile.
    assert _alias(a, case_id) == _alias(b, case_id) == _alias(c, case_id)
    # A person on C keeps A's version, even though B's is the one shown: it replicates.
    conflicts.resolve(c.db, c.actor, *conflict.key, "Versione A", at=c.clock.now())
    with pytest.raises(NotFound):
        conflicts.resolve(c.db, c.actor, *conflict.key, "Versione A", at=c.clock.now())
    sync_all(nodes)
    for n in nodes:
        assert conflicts.open_conflicts(n.db) == []
        assert _alias(n, case_id) == "Versione A"
    assert state(a) == state(b) == state(c)


def test_a_deletion_wins_over_a_concurrent_edit_and_takes_the_data_with_it(
    nodes: list[Node],
) -> None:
    a, b, c = nodes
    case_id = new_case(a, "Cancellanda Demo")
    cases.add_note(a.db, a.actor, case_id, "nota riservata", at=a.clock.now())
    sync_all(nodes)
    person_id = cases.open_file(a.db, a.actor, case_id, at=a.clock.now()).person.id
    assert person_id
    erase.erase_person(a.db, a.actor, person_id, at=a.clock.now())
    _edit_person(b, case_id, alias="Modifica concorrente")  # B has not heard of the erasure
    cases.add_note(b.db, b.actor, case_id, "altra nota", at=b.clock.now())
    sync_all(nodes)
    for n in nodes:
        assert n.db.scalar("SELECT count(*) FROM persons") == 0
        assert n.db.scalar("SELECT count(*) FROM notes") == 0
        # Nothing of her is left in the replication log either.
        logged = " ".join(r[0] for r in n.db.query("SELECT body FROM replica_log"))
        assert "Cancellanda" not in logged
        assert "nota riservata" not in logged
        assert "Modifica concorrente" not in logged
    assert state(a) == state(b) == state(c)


def test_close_and_unrelated_edits_on_other_devices(nodes: list[Node]) -> None:
    a, b, c = nodes
    case_id = new_case(a)
    sync_all(nodes)
    cases.close(b.db, b.actor, case_id, ClosureReason.GOALS_MET, at=b.clock.now())
    cases.add_note(c.db, c.actor, case_id, "colloquio", at=c.clock.now())
    sync_all(nodes)
    for n in nodes:
        f = cases.open_file(n.db, n.actor, case_id, at=n.clock.now())
        assert f.case.status.value == "closed"
        assert [x.body for x in f.notes] == ["colloquio"]
    assert state(a) == state(b) == state(c)


def test_every_device_audits_who_changed_what_where(nodes: list[Node]) -> None:
    a, b, _c = nodes
    case_id = new_case(a)
    sync_all(nodes)
    rows = b.db.query(
        "SELECT actor, device FROM audit_log WHERE action = 'replica.put' AND entity_id = ?",
        (case_id,),
    )
    assert [(r["actor"], r["device"]) for r in rows] == [(a.vault.account.id, a.device)]
    for n in nodes:
        audit.verify_chain(n.db)


def test_an_operatrice_cannot_resolve_a_conflict_on_a_case_she_cannot_see(
    nodes: list[Node],
) -> None:
    a, b, _ = nodes
    case_id = new_case(a)
    sync_all(nodes)
    _edit_person(a, case_id, alias="X1")
    _edit_person(b, case_id, alias="X2")
    sync_all(nodes)
    conflict = conflicts.open_conflicts(a.db)[0]
    stranger = Actor("someone-else", "operatrice", a.device)
    from ponte.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        conflicts.resolve(a.db, stranger, *conflict.key, "X3", at=a.clock.now())
    assert len(conflicts.open_conflicts(a.db)) == 1


def test_the_shipped_migration_carries_the_capture_triggers_of_every_replicated_table() -> None:
    """Each table's triggers, as generated today, are the ones its newest migration made."""
    from ponte.storage.db import available_migrations
    from ponte.storage.replica.tables import TABLES, trigger_sql

    texts = [p.read_text(encoding="utf-8") for _, p in sorted(available_migrations().items())]
    for table in TABLES.values():
        made = [t for t in texts if f"CREATE TRIGGER replica_{table.name}_ins " in t]
        assert made, table.name
        assert trigger_sql(table) in made[-1], table.name


def test_a_lone_vault_records_nothing_and_a_centre_device_records_every_write(
    tmp_path: Path,
) -> None:
    from ponte.storage.replica import devices
    from tests.storage.replica.mesh import make_node

    lone = make_node(tmp_path, "solo")
    new_case(lone)
    assert lone.db.scalar("SELECT count(*) FROM replica_log") == 0
    assert lone.db.scalar("SELECT count(*) FROM replica_pending") == 0
    devices.found(lone.db, lone.as_device(), lone.clock.now())
    before = lone.db.scalar("SELECT count(*) FROM replica_log")
    with pytest.raises(RuntimeError), lone.db.transaction():
        new_case(lone)
        raise RuntimeError("the write is rolled back")
    assert lone.db.scalar("SELECT count(*) FROM replica_log") == before  # and so is its change
    case_id = new_case(lone)
    rows = lone.db.query("SELECT tbl, body FROM replica_log WHERE seq > ? ORDER BY seq", (before,))
    assert [r["tbl"] for r in rows] == ["persons", "cases"]
    assert all(lone.vault.account.id in r["body"] for r in rows)
    assert case_id in rows[1]["body"]


def test_cases_made_before_the_centre_was_set_up_reach_a_new_device_and_edits_come_back(
    tmp_path: Path,
) -> None:
    from ponte.storage.replica import devices
    from tests.storage.replica.mesh import join, make_node

    a = make_node(tmp_path, "A")
    old = new_case(a, "Da prima")
    devices.found(a.db, a.as_device(), a.clock.now())
    b = join(tmp_path, a, "B")
    assert _alias(b, old) == "Da prima"
    _edit_person(b, old, alias="Corretto su B")
    _edit_person(a, old, education=Education.DEGREE)
    sync_all([a, b])
    for n in (a, b):
        p = cases.open_file(n.db, n.actor, old, at=n.clock.now()).person
        assert (p.alias, p.education) == ("Corretto su B", Education.DEGREE)
    assert state(a) == state(b)


AT = "2026-03-01T10:00:00Z"


@pytest.mark.parametrize(
    "change",
    [
        ["1.000000.x", "persons", "p1", "put", {"alias = 'x'; --": "y"}, {}, "", AT, 0],
        ["1.000000.x", "accounts", "a1", "put", {"role": "amministratrice"}, {}, "", AT, 0],
        ["1.000000.x", "persons", "p1", "put", {"alias": {"nested": 1}}, {}, "", AT, 0],
        ["not a stamp", "persons", "p1", "put", {"alias": "y"}, {}, "", AT, 0],
        ["1.000000.x", "persons", "p1", "drop", {}, {}, "", AT, 0],
        ["1.000000.x", "persons", "p1", "put", {"alias": "y"}, {}, "", "yesterday", 0],
        "not even a list",
    ],
)
def test_a_bad_change_set_is_refused_whole_and_changes_nothing(
    nodes: list[Node], change: object
) -> None:
    from ponte.core.errors import MalformedPacket
    from ponte.storage.replica import stream

    a, b, _ = nodes
    case_id = new_case(a, "Intatta")
    sync_all(nodes)
    before = state(b)
    good = ["9999999999999.000000." + a.device, "persons", "x", "del", {}, {}, "", AT, 0]
    body = {"k": "changes", "after": 0, "to": 10**9, "c": [good, change]}
    with pytest.raises(MalformedPacket), b.db.transaction():
        stream.receive(b.db, a.device, body)
    assert state(b) == before
    assert _alias(b, case_id) == "Intatta"


def test_big_texts_travel_in_sets_and_parts_that_fit_a_packet(
    nodes: list[Node], tmp_path: Path
) -> None:
    from ponte.storage.replica import snapshot, stream
    from tests.storage.replica.mesh import join

    a, b, _ = nodes
    case_id = new_case(a)
    for i in range(40):
        cases.add_note(
            a.db, a.actor, case_id, f"{i} " + "colloquio lungo " * 6000, at=a.clock.now()
        )
    with a.db.transaction():
        sets = stream.outgoing(a.db, b.device, max_bytes=1_000_000)
        parts = snapshot.build(a.db)
    assert len(sets) > 1
    assert len(parts) > 2
    assert all(len(str(s)) < 1_200_000 for s in sets)
    sync_all(nodes)
    assert b.db.scalar("SELECT count(*) FROM notes") == 40
    late = join(tmp_path, a, "D")
    assert late.db.scalar("SELECT count(*) FROM notes") == 40


def test_a_new_devices_first_edits_wait_at_a_peer_for_the_history_they_build_on(
    nodes: list[Node], tmp_path: Path
) -> None:
    from tests.storage.replica.mesh import join, post, pull

    a, b, c = nodes
    case_id = new_case(a, "Solo su A")  # not sent anywhere yet
    d = join(tmp_path, a, "D")  # D has it, from A's snapshot
    _edit_person(d, case_id, alias="Corretto su D")
    cases.add_note(d.db, d.actor, case_id, "nota di D", at=d.clock.now())
    post(d, b)  # D's edits reach B before the case itself does
    pull(b)
    assert _alias_or_none(b, case_id) is None
    post(a, b)
    pull(b)
    assert _alias(b, case_id) == "Corretto su D"
    assert [n.body for n in cases.open_file(b.db, b.actor, case_id, at=b.clock.now()).notes] == [
        "nota di D"
    ]
    sync_all([a, b, c, d])
    assert state(a) == state(b) == state(c) == state(d)


def _alias_or_none(node: Node, case_id: str) -> str | None:
    return node.db.scalar(
        "SELECT p.alias FROM persons p JOIN cases c ON c.person_id = p.id WHERE c.id = ?",
        (case_id,),
    )
