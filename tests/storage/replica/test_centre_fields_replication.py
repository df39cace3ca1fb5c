"""Centre field definitions and values between the workstations of one centre.

A definition edited on two workstations at once is a conflict shown to the amministratrice,
never a silent loss; choices added on both sides are both kept; values replicate like the
rest of the case file and are searchable where they arrive.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.core.standard_fields import Override
from ponte.storage import cases, field_values, fields
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.replica import conflicts
from tests.storage.replica.mesh import Node, centre, new_case, state, sync_all

PROJECT = FieldDef(
    "progetto",
    Section.INTAKE,
    FieldType.CHOICE,
    "Progetto",
    "Project",
    choices=(Choice("orti", "Orti urbani"), Choice("sartoria", "Sartoria")),
)
NOTE = FieldDef("nota_del_centro", Section.PLAN, FieldType.TEXT, "Nota del centro")


@pytest.fixture
def nodes(tmp_path: Path) -> list[Node]:
    return centre(tmp_path, ("A", "B"))


def _def(node: Node, key: str) -> FieldDef:
    d = fields.definition(node.db, key)
    assert d is not None
    return d


def test_a_definition_edited_on_two_workstations_is_a_conflict_not_a_loss(
    nodes: list[Node],
) -> None:
    a, b = nodes
    fields.save(a.db, a.actor, PROJECT, at=a.clock.now())
    sync_all(nodes)
    assert _def(b, "progetto").it == "Progetto"
    # Offline, each amministratrice renames the field her own way, and each adds a choice.
    fields.save(
        a.db,
        a.actor,
        replace(_def(a, "progetto"), it="Progetto del centro").with_choice("Cucina"),
        at=a.clock.now(),
    )
    b.clock.advance(1)
    fields.save(
        b.db,
        b.actor,
        replace(_def(b, "progetto"), it="Laboratorio").with_choice("Teatro"),
        at=b.clock.now(),
    )
    sync_all(nodes)
    assert state(a) == state(b)
    # Both new choices are kept (nothing to decide: they are different rows)…
    labels = {c.it for c in _def(a, "progetto").choices}
    assert {"Cucina", "Teatro", "Orti urbani", "Sartoria"} <= labels
    # …and the two names are an open conflict with both values, on both workstations.
    for n in nodes:
        found = [c for c in conflicts.open_conflicts(n.db) if c.tbl == "field_defs"]
        assert [(c.rk, c.col) for c in found] == [("progetto", "label_it")]
        assert {s.value for s in found[0].sides} == {"Progetto del centro", "Laboratorio"}
    # Both versions are in the history, each with its workstation's author.
    assert len(fields.history(a.db, "progetto")) == 3
    # She settles it on B; A follows.
    (conflict,) = [c for c in conflicts.open_conflicts(b.db) if c.tbl == "field_defs"]
    conflicts.resolve(b.db, b.actor, *conflict.key, "Progetto del centro", at=b.clock.now())
    sync_all(nodes)
    for n in nodes:
        assert conflicts.open_conflicts(n.db) == []
        assert _def(n, "progetto").it == "Progetto del centro"


def test_overrides_and_values_replicate_and_are_searchable_there(nodes: list[Node]) -> None:
    a, b = nodes
    fields.save(a.db, a.actor, PROJECT, at=a.clock.now())
    fields.save(a.db, a.actor, NOTE, at=a.clock.now())
    fields.save_override(a.db, a.actor, Override("codice_fiscale", hidden=True), at=a.clock.now())
    case_id = new_case(a)
    cases.update_fields(
        a.db,
        a.actor,
        case_id,
        {"progetto": "orti", "nota_del_centro": "Gelsomina"},
        at=a.clock.now(),
    )
    sync_all(nodes)
    assert fields.overrides(b.db)["codice_fiscale"].hidden
    assert field_values.centre_form(b.db, case_id).values == {
        "progetto": "orti",
        "nota_del_centro": "Gelsomina",
    }
    assert [r.id for r in list_cases(b.db, b.actor, CaseQuery(text="gelso")).rows] == [case_id]
    F = field_values.FieldFilter
    assert [
        r.id for r in list_cases(b.db, b.actor, CaseQuery(fields=(F("progetto", "orti"),))).rows
    ] == [case_id]


def test_concurrent_value_edits_conflict_and_multi_choices_merge(nodes: list[Node]) -> None:
    a, b = nodes
    topics = FieldDef(
        "temi", Section.PLAN, FieldType.MULTI, "Temi",
        choices=(Choice("casa", "Casa"), Choice("lavoro", "Lavoro"), Choice("figli", "Figli")),
    )  # fmt: skip
    fields.save(a.db, a.actor, PROJECT, at=a.clock.now())
    fields.save(a.db, a.actor, topics, at=a.clock.now())
    case_id = new_case(a)
    sync_all(nodes)
    cases.update_fields(
        a.db, a.actor, case_id, {"progetto": "orti", "temi": ("casa",)}, at=a.clock.now()
    )
    b.clock.advance(1)
    cases.update_fields(
        b.db, b.actor, case_id, {"progetto": "sartoria", "temi": ("lavoro",)}, at=b.clock.now()
    )
    sync_all(nodes)
    assert state(a) == state(b)
    for n in nodes:
        assert field_values.centre_form(n.db, case_id).values["temi"] == ("casa", "lavoro")
        found = conflicts.open_conflicts(n.db, case_id)
        assert [(c.tbl, c.col) for c in found] == [("case_field_values", "value")]
        assert {s.value for s in found[0].sides} == {"orti", "sartoria"}


def test_erasing_her_on_one_workstation_erases_her_centre_values_everywhere(
    nodes: list[Node],
) -> None:
    from ponte.storage.erase import erase_person

    a, b = nodes
    fields.save(a.db, a.actor, NOTE, at=a.clock.now())
    case_id = new_case(a)
    cases.update_fields(
        a.db, a.actor, case_id, {"nota_del_centro": "Zanzibarina"}, at=a.clock.now()
    )
    sync_all(nodes)
    person = str(b.db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,)))
    erase_person(b.db, b.actor, person, at=b.clock.now())
    sync_all(nodes)
    for n in nodes:
        assert n.db.scalar("SELECT count(*) FROM case_field_values") == 0
        assert n.db.scalar("SELECT count(*) FROM replica_log WHERE body LIKE '%Zanzibarina%'") == 0
