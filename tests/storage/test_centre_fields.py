"""Centre fields in the vault: definitions (versioned, admin only), values, search, filters,
the access export, erasure and the audit log — on a real SQLCipher file."""

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ponte.core.domain import Actor, Case, Person
from ponte.core.errors import (
    FieldDefinitionError,
    FieldLocked,
    FieldTypeFixed,
    FieldValueError,
    PermissionDenied,
)
from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.core.standard_fields import Override
from ponte.storage import audit, cases, field_values, fields
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.db import Database
from ponte.storage.erase import erase_person
from ponte.storage.export import subject_access

from .conftest import COORD, OP_A
from .sqlcipher_pages import plaintext

KEY = bytes(range(32))
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ADMIN = Actor("acc-admin", "amministratrice", "dev-1")

PROJECT = FieldDef(
    "progetto",
    Section.INTAKE,
    FieldType.CHOICE,
    "Progetto",
    "Project",
    help_it="Il progetto del centre che la segue",
    choices=(Choice("orti", "Orti urbani", "Urban gardens"), Choice("sartoria", "Sartoria")),
)
TOPICS = FieldDef(
    "temi",
    Section.PLAN,
    FieldType.MULTI,
    "Temi",
    choices=(Choice("casa", "Casa"), Choice("lavoro", "Lavoro"), Choice("figli", "Figli")),
)
STORY = FieldDef("racconto_breve", Section.VIOLENCE, FieldType.TEXT, "Racconto breve")
SESSIONS = FieldDef("colloqui", Section.PLAN, FieldType.NUMBER, "Colloqui")
FIRST_CALL = FieldDef("prima_telefonata", Section.INTAKE, FieldType.DATE, "Prima telefonata")
LAWYER = FieldDef("avvocata_del_centro", Section.CLOSURE, FieldType.YESNO, "Avvocata del centro")


def _vault(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "v.db", KEY, create=True)
    db.migrate()
    return db


def _case(db: Database, alias: str = "Ornella", opened: date = date(2026, 2, 1)) -> str:
    return cases.create(db, COORD, Person(alias=alias), Case(opened_on=opened), at=AT).id


def _define_all(db: Database) -> None:
    for d in (PROJECT, TOPICS, STORY, SESSIONS, FIRST_CALL, LAWYER):
        fields.save(db, ADMIN, d, at=AT)


def test_every_type_round_trips_through_the_vault(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    _define_all(db)
    cid = _case(db)
    changed = cases.update_fields(
        db,
        COORD,
        cid,
        {
            "progetto": "orti",
            "temi": ("lavoro", "casa"),
            "racconto_breve": "  Parla poco, ha paura del fratello  ",
            "colloqui": "12",
            "prima_telefonata": date(2026, 1, 30),
            "avvocata_del_centro": True,
        },
        at=AT,
    )
    assert changed == 6
    form = field_values.centre_form(db, cid)
    assert form.values == {
        "progetto": "orti",
        "temi": ("casa", "lavoro"),  # in the list's order, whatever order she ticked them
        "racconto_breve": "Parla poco, ha paura del fratello",
        "colloqui": 12,
        "prima_telefonata": date(2026, 1, 30),
        "avvocata_del_centro": True,
    }
    assert [f.key for f in form.for_section(Section.PLAN)] == ["temi", "colloqui"]
    # Emptying a field removes its row; an unchanged save changes nothing (no audit noise).
    assert cases.update_fields(db, COORD, cid, {"colloqui": None, "progetto": "orti"}, at=AT) == 1
    assert "colloqui" not in field_values.centre_form(db, cid).values


def test_a_wrong_value_changes_nothing(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    _define_all(db)
    cid = _case(db)
    for bad in ({"colloqui": "dodici"}, {"progetto": "nuoto"}, {"prima_telefonata": "31/02"}):
        with pytest.raises(FieldValueError):
            cases.update_fields(db, COORD, cid, {"progetto": "orti", **bad}, at=AT)
    assert field_values.centre_form(db, cid).values == {}


def test_only_the_amministratrice_defines_fields(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    for who in (COORD, OP_A):
        with pytest.raises(PermissionDenied):
            fields.save(db, who, PROJECT, at=AT)
        with pytest.raises(PermissionDenied):
            fields.save_override(db, who, Override("codice_fiscale", hidden=True), at=AT)
    assert fields.definitions(db) == []


def test_changing_a_list_never_rewrites_what_was_recorded(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    fields.save(db, ADMIN, PROJECT, at=AT)
    old = _case(db, "Prima")
    cases.update_fields(db, COORD, old, {"progetto": "sartoria"}, at=AT)
    # She retires "Sartoria", renames "Orti urbani" and adds a choice: a new version.
    v2 = replace(
        PROJECT,
        choices=(
            Choice("orti", "Orti e giardini", "Gardens"),
            Choice("sartoria", "Sartoria", retired=True),
        ),
    ).with_choice("Cucina")
    stored = fields.save(db, ADMIN, v2, at=AT)
    assert stored.version == 2
    assert [c.code for c in stored.active_choices()] == ["orti", "cucina"]
    # The old case still reads "Sartoria", and may keep it when saved again…
    form = field_values.centre_form(db, old)
    assert form.values["progetto"] == "sartoria"
    assert stored.value_text(form.values["progetto"], "it") == "Sartoria"
    cases.update_fields(db, COORD, old, {"progetto": "sartoria"}, at=AT)
    # …but no case can pick it anew.
    new = _case(db, "Seconda")
    with pytest.raises(FieldValueError):
        cases.update_fields(db, COORD, new, {"progetto": "sartoria"}, at=AT)
    # A choice can be retired, never removed; the history keeps both versions whole.
    with pytest.raises(FieldDefinitionError):
        fields.save(db, ADMIN, replace(stored, choices=stored.choices[:1]), at=AT)
    versions = fields.history(db, "progetto")
    assert [v.version for v in versions] == [1, 2]
    assert [c["it"] for c in versions[0].body["choices"]] == ["Orti urbani", "Sartoria"]  # type: ignore[index]


def test_a_type_is_fixed_once_cases_hold_a_value(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    fields.save(db, ADMIN, SESSIONS, at=AT)
    fields.save(db, ADMIN, replace(SESSIONS, type=FieldType.TEXT), at=AT)  # nothing recorded yet
    cid = _case(db)
    cases.update_fields(db, COORD, cid, {"colloqui": "tre"}, at=AT)
    with pytest.raises(FieldTypeFixed):
        fields.save(db, ADMIN, SESSIONS, at=AT)


def test_a_retired_field_stays_readable_and_read_only(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    fields.save(db, ADMIN, LAWYER, at=AT)
    with_value, without = _case(db, "Con"), _case(db, "Senza")
    cases.update_fields(db, COORD, with_value, {"avvocata_del_centro": True}, at=AT)
    fields.save(db, ADMIN, replace(LAWYER, retired=True), at=AT)
    assert [
        f.key for f in field_values.centre_form(db, with_value).for_section(Section.CLOSURE)
    ] == ["avvocata_del_centro"]
    assert field_values.centre_form(db, without).for_section(Section.CLOSURE) == []
    with pytest.raises(FieldValueError):
        cases.update_fields(db, COORD, with_value, {"avvocata_del_centro": False}, at=AT)


def test_standard_fields_that_something_depends_on_are_locked(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    for key in ("age_band", "citizenship", "invio_da", "violence_forms", "housing", "alias"):
        with pytest.raises(FieldLocked):
            fields.save_override(db, ADMIN, Override(key, hidden=True), at=AT)
        with pytest.raises(FieldLocked):
            fields.save_override(db, ADMIN, Override(key, it="Altro nome"), at=AT)
    fields.save_override(db, ADMIN, Override("codice_fiscale", hidden=True), at=AT)
    fields.save_override(db, ADMIN, Override("employment", it="Lavoro", required=True), at=AT)
    assert fields.overrides(db) == {
        "codice_fiscale": Override("codice_fiscale", hidden=True),
        "employment": Override("employment", it="Lavoro", required=True),
    }


def test_search_and_filters_reach_centre_fields(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    _define_all(db)
    a, b, c = _case(db, "Alba"), _case(db, "Bruna"), _case(db, "Carla")
    cases.update_fields(
        db,
        COORD,
        a,
        {"progetto": "orti", "temi": ("casa",), "colloqui": 3, "racconto_breve": "fratello"},
        at=AT,
    )
    cases.update_fields(
        db, COORD, b, {"progetto": "sartoria", "temi": ("casa", "lavoro"), "colloqui": 9}, at=AT
    )

    def ids(**kw: object) -> set[str]:
        return {r.id for r in list_cases(db, COORD, CaseQuery(**kw)).rows}  # type: ignore[arg-type]

    F = field_values.FieldFilter
    assert ids(text="fratel") == {a}
    assert ids(fields=(F("progetto", "orti"),)) == {a}
    assert ids(fields=(F("temi", "casa"),)) == {a, b}
    assert ids(fields=(F("temi", "lavoro"), F("progetto", "sartoria"))) == {b}
    assert ids(fields=(F("colloqui", low=4),)) == {b}
    assert ids(fields=(F("colloqui", low="2", high="5"),)) == {a}
    assert ids(fields=(F("progetto", present=False),)) == {c}
    assert list_cases(db, COORD, CaseQuery(fields=(F("temi", "casa"),))).total == 2


def test_her_access_export_carries_centre_fields_in_words(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    _define_all(db)
    cid = _case(db)
    cases.update_fields(db, COORD, cid, {"progetto": "orti", "temi": ("casa", "figli")}, at=AT)
    person = str(db.scalar("SELECT person_id FROM cases WHERE id = ?", (cid,)))
    doc = subject_access(db, COORD, person, at=AT)
    exported = {f["field"]: f for f in doc["cases"][0]["centre_fields"]}
    assert exported["progetto"]["text_it"] == "Orti urbani"
    assert exported["progetto"]["text_en"] == "Urban gardens"
    assert exported["temi"]["value"] == ["casa", "figli"]
    assert exported["temi"]["text_it"] == "Casa, Figli"


def test_erasure_leaves_no_centre_value_in_the_files(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    _define_all(db)
    cid = _case(db, "Gelsomina")
    secret = "Zanzibarina ha un fratello a Quarto Oggiaro"
    cases.update_fields(db, COORD, cid, {"racconto_breve": secret, "temi": ("casa",)}, at=AT)
    db.checkpoint()
    assert b"Zanzibarina" in plaintext(tmp_path / "v.db", KEY), "teeth: it was there"
    person = str(db.scalar("SELECT person_id FROM cases WHERE id = ?", (cid,)))
    erase_person(db, COORD, person, at=AT)
    assert db.scalar("SELECT count(*) FROM case_field_values") == 0
    assert db.scalar("SELECT count(*) FROM case_field_choices") == 0
    text = plaintext(tmp_path / "v.db", KEY)
    assert b"Zanzibarina" not in text
    assert b"zanzibarina" not in text
    assert fields.definition(db, "racconto_breve") is not None, "the field itself stays"


def test_definitions_and_values_are_audited_by_id_and_count(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    fields.save(db, ADMIN, STORY, at=AT)
    fields.save_override(db, ADMIN, Override("codice_fiscale", hidden=True), at=AT)
    cid = _case(db)
    cases.update_fields(db, COORD, cid, {"racconto_breve": "Ilarietta Sconosciuta"}, at=AT)
    entries = audit.entries(db)
    actions = [(e.action, e.entity_id) for e in entries]
    assert ("field.define", "racconto_breve") in actions
    assert ("field.standard", "codice_fiscale") in actions
    assert ("case.fields", cid) in actions
    assert "Ilarietta" not in repr(entries)
    audit.verify_chain(db)


def test_the_centres_own_counts_are_exact_on_screen_and_suppressed_when_published(
    tmp_path: Path,
) -> None:
    from ponte.core.suppression import SMALL, small_cells
    from ponte.storage.field_stats import field_tables
    from ponte.storage.stats import Period

    db = _vault(tmp_path)
    _define_all(db)
    for i in range(10):
        cid = _case(db, f"Donna {i}")
        project = "orti" if i < 3 else "sartoria"
        cases.update_fields(
            db, COORD, cid,
            {"progetto": project, "avvocata_del_centro": i % 2 == 0, "temi": ("casa",)},
            at=AT,
        )  # fmt: skip
    _case(db, "Senza valori", opened=date(2026, 4, 1))
    _case(db, "Anno scorso", opened=date(2025, 4, 1))
    tables = {t.field.key: t for t in field_tables(db, Period.year(2026))}
    assert set(tables) == {"progetto", "temi", "avvocata_del_centro"}, "text, numbers: never"
    project = tables["progetto"].table
    assert dict(zip(project.row_labels, (r[0] for r in project.cells), strict=True)) == {
        "orti": 3,
        "sartoria": 7,
        "unknown": 1,
    }
    assert tables["avvocata_del_centro"].table.cells == ((5,), (5,), (1,))
    published = tables["progetto"].published()
    assert not small_cells(published)
    assert published.cells[0] == (SMALL,)
    assert published.cells[2][0] != 1, "the one case without a value is hidden too"
