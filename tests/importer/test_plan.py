"""Columns suggested from Italian names; every row read or refused with its reasons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ponte.core.enums import AgeBand, AuthorRelation, InvioDa, ViolenceForm
from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.core.standard_fields import Override
from ponte.importer import reader
from ponte.importer.choices import distinct_values, suggest_values
from ponte.importer.plan import SKIP, Mapping, build
from ponte.importer.problems import Problem
from ponte.importer.targets import ColumnMap, suggest, targets
from tests.importer.messy import archive_xlsx, windows_csv

TODAY = date(2026, 6, 1)
PROJECT = FieldDef(
    "progetto", Section.INTAKE, FieldType.CHOICE, "Progetto del centro",
    choices=(Choice("orti", "Orti urbani"), Choice("sartoria", "Sartoria", retired=True)),
)  # fmt: skip


def test_italian_column_names_find_their_fields() -> None:
    headers = [
        "N. Scheda", "Nome e cognome", "Fascia d'età", "Nazionalità", "Data di accesso",
        "Tipologia di violenza", "Inviata da", "Rapporto con l'autore", "Figli minorenni",
        "Codice Fiscale", "Titolo studio", "Progetto del centro", "Colonna strana",
    ]  # fmt: skip
    got = [c.target for c in suggest(headers, targets([PROJECT], {}))]
    assert got == [
        "ref", "alias", "age_band", "citizenship", "opened_on", "violence_forms", "invio_da",
        "author_relation", "children_minors", "codice_fiscale", "education", "centre:progetto", "",
    ]  # fmt: skip


def test_a_hidden_field_takes_no_column() -> None:
    hidden = {"codice_fiscale": Override("codice_fiscale", hidden=True)}
    assert suggest(["Codice fiscale"], targets([], hidden)) == [ColumnMap()]


def test_the_windows_csv_row_by_row(tmp_path: Path) -> None:
    sheet = reader.read(windows_csv(tmp_path / "casi.csv"))
    available = targets([], {})
    mapping = Mapping(tuple(suggest(sheet.headers, available)))
    forms = next(t for t in available if t.key == "violence_forms")
    col = sheet.headers.index("Tipo di violenza")
    assert distinct_values(sheet, col, forms)[:2] == [("Psicologica", 2), ("fisica", 2)]
    assert suggest_values(sheet, col, forms) == {
        "psicologica": "psychological",
        "psic": "psychological",
        "violenza psicologica": "psychological",
        "fisica": "physical",
        "economica": "economic",
    }  # fmt: skip  ("telepatica" is left for her to map)
    plan = build(sheet, mapping, available, [], TODAY)
    taken = {c.row: c for c in plan.candidates}
    assert sorted(taken) == [3, 4, 5]
    assert taken[3].person.age_band is AgeBand.A25_34
    assert taken[4].case.opened_on == date(2019, 2, 4)
    assert taken[4].case.violence_forms == {ViolenceForm.PSYCHOLOGICAL}
    assert taken[4].case.invio_da is InvioDa.POLICE
    assert taken[5].case.violence_forms == {ViolenceForm.PSYCHOLOGICAL, ViolenceForm.PHYSICAL}
    assert taken[3].note == "Vive con la madre, è già andata via"
    assert [c.match_key for c in plan.candidates] == ["ref:1", "ref:2", "ref:3"]
    problems = {(i.row, i.column, i.problem) for i in plan.issues if i.error}
    assert problems == {
        (6, "Data primo contatto", Problem.NOT_A_DATE),  # 31/02/2019
        (7, "Età", Problem.NOT_A_NUMBER),  # "trenta"
        (7, "Tipo di violenza", Problem.UNKNOWN_VALUE),  # "telepatica"
        (8, "Invio da", Problem.UNKNOWN_VALUE),  # "Sessuale": a ; inside a cell shifted the row
        (8, "Figli", Problem.NOT_A_NUMBER),  # 1522 children
        (9, "", Problem.NO_OPENED_ON),  # the total line
    }
    assert plan.refused_rows == {6, 7, 8, 9}


def test_her_value_map_decides(tmp_path: Path) -> None:
    sheet = reader.read(windows_csv(tmp_path / "casi.csv"))
    available = targets([], {})
    columns = suggest(sheet.headers, available)
    mapping = Mapping(
        tuple(columns),
        {"violence_forms": {"telepatica": SKIP, "psic": ViolenceForm.ECONOMIC.value}},
    )
    plan = build(sheet, mapping, available, [], TODAY)
    taken = {c.row: c for c in plan.candidates}
    assert taken[4].case.violence_forms == {ViolenceForm.ECONOMIC}  # she said "psic." means that
    assert not any(i.row == 7 and i.problem is Problem.UNKNOWN_VALUE for i in plan.issues)


def test_the_archive_row_by_row(tmp_path: Path) -> None:
    sheet = reader.read(archive_xlsx(tmp_path / "archivio.xlsx"))
    available = targets([], {})
    columns = suggest(sheet.headers, available)
    columns[0] = ColumnMap("note")  # the operatrice's name, merged over her cases, as a note
    plan = build(sheet, Mapping(tuple(columns)), available, [], TODAY)
    taken = {c.row: c for c in plan.candidates}
    assert sorted(taken) == [3, 4, 5, 8]
    assert taken[3].case.violence_forms == {ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL}
    assert taken[3].case.author_relation is AuthorRelation.SPOUSE_PARTNER
    assert taken[4].person.age_band is AgeBand.A25_34  # the calculated formula, 34
    assert taken[5].case.opened_on == date(2020, 1, 12)  # the serial 43842
    assert taken[5].note == "Anna"
    warnings = {(i.row, i.problem) for i in plan.issues if not i.error}
    assert (5, Problem.SERIAL_DATE) in warnings
    assert (4, Problem.MERGED) in warnings
    errors = {(i.row, i.column, i.problem) for i in plan.issues if i.error}
    assert errors == {(6, "Anni", Problem.FORMULA), (7, "Anni", Problem.FORMULA_ERROR)}


def test_centre_fields_and_retired_choices(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text(
        "Data primo contatto;Progetto del centro\n01/03/2020;Orti urbani\n02/03/2020;sartoria\n"
        "03/03/2020;nuoto\n"
    )
    sheet = reader.read(tmp_path / "c.csv")
    available = targets([PROJECT], {})
    plan = build(
        sheet, Mapping(tuple(suggest(sheet.headers, available))), available, [PROJECT], TODAY
    )
    assert [c.centre for c in plan.candidates] == [{"progetto": "orti"}, {"progetto": "sartoria"}]
    assert {(i.row, i.problem) for i in plan.issues} == {
        (3, Problem.RETIRED_CHOICE),  # old data may keep a retired choice, with a warning
        (4, Problem.UNKNOWN_VALUE),
    }


def test_the_same_record_twice_in_one_file_is_refused_the_second_time(tmp_path: Path) -> None:
    (tmp_path / "d.csv").write_text("N. scheda;Data\n7;01/03/2020\n8;02/03/2020\n7;03/03/2020\n")
    sheet = reader.read(tmp_path / "d.csv")
    available = targets([], {})
    plan = build(sheet, Mapping(tuple(suggest(sheet.headers, available))), available, [], TODAY)
    assert [c.row for c in plan.candidates] == [2, 3]
    assert [(i.row, i.problem, i.value) for i in plan.issues] == [(4, Problem.DUPLICATE, "2")]
