"""Importing into a real vault: dry run, all or nothing, one audit entry, no duplicates on a
second import, the template filled and read back, an ISTAT-style extraction, a SIGKILL."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ponte.app.importing import ImportSession, auto_mapping, write_template
from ponte.core.clock import FakeClock
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import AgeBand, LegalFlag, ViolenceForm
from ponte.core.errors import ImportHasProblems, PermissionDenied
from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.core.imports import ImportedCase, OnMatch
from ponte.importer.problems import Problem
from ponte.storage import audit, field_values, fields, imports
from ponte.storage.accounts import Role
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from tests.importer.messy import archive_xlsx, big_csv, big_xlsx, windows_csv

PW = "import test passphrase"
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    v, _ = Vault.create(
        tmp_path / "data", username="admin", display_name="Admin", passphrase=PW,
        kdf=TEST_PARAMS, clock=FakeClock(NOW),
    )  # fmt: skip
    yield v  # type: ignore[misc]
    v.lock()


def _actor(v: Vault) -> Actor:
    return Actor(v.account.id, v.account.role.value, v.device_id)


def _count(v: Vault) -> int:
    return int(v.db.scalar("SELECT count(*) FROM cases"))


def _imports(v: Vault) -> list[dict[str, object]]:
    return [e.detail for e in audit.entries(v.db) if e.action == "cases.import"]


def test_a_messy_csv_dry_run_then_all_or_nothing(vault: Vault, tmp_path: Path) -> None:
    session = ImportSession.open(vault, windows_csv(tmp_path / "casi.csv"))
    mapping = auto_mapping(session)
    report = session.dry_run(mapping)
    assert (report.rows, report.would_create, report.refused) == (7, 3, 4)
    assert not report.ready
    assert {i.row for i in report.issues if i.error} == {6, 7, 8, 9}
    assert _count(vault) == 0, "a dry run writes nothing"
    assert _imports(vault) == []
    # Importing with rows in trouble is refused whole…
    with pytest.raises(ImportHasProblems):
        session.run(mapping)
    assert _count(vault) == 0
    # …unless she chooses to leave them out: then the others go in, together.
    result = session.run(mapping, leave_out_refused_rows=True)
    assert (result.created, result.updated, result.skipped) == (3, 0, 0)
    assert _count(vault) == 3
    assert _imports(vault) == [{"rows": 3, "created": 3, "updated": 0, "skipped": 0}]
    actor = _actor(vault)
    found = list_cases(vault.db, actor, CaseQuery(text="Gelsomina"))
    assert len(found.rows) == 1
    notes = vault.db.query("SELECT body FROM notes")
    assert {n[0] for n in notes} == {"Vive con la madre, è già andata via", "Più volte in ospedale"}
    assert len(list_cases(vault.db, actor, CaseQuery(text="ospedale")).rows) == 1
    audit.verify_chain(vault.db)


def test_importing_the_same_file_again_makes_no_duplicates(vault: Vault, tmp_path: Path) -> None:
    path = archive_xlsx(tmp_path / "archivio.xlsx")
    first = ImportSession.open(vault, path)
    first.run(auto_mapping(first), leave_out_refused_rows=True)
    assert _count(vault) == 4
    again = ImportSession.open(vault, path)
    mapping = auto_mapping(again)
    report = again.dry_run(mapping)
    assert (report.matched, report.would_create) == (4, 0), "she is told, before anything"
    skipped = again.run(mapping, OnMatch.SKIP, leave_out_refused_rows=True)
    assert (skipped.created, skipped.skipped) == (0, 4)
    assert _count(vault) == 4
    updated = again.run(mapping, OnMatch.UPDATE, leave_out_refused_rows=True)
    assert (updated.created, updated.updated) == (0, 4)
    assert _count(vault) == 4
    made = again.run(mapping, OnMatch.NEW, leave_out_refused_rows=True)
    assert made.created == 4
    assert _count(vault) == 8


def test_update_writes_only_what_the_file_says(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        "N. scheda;Data primo contatto;Fascia di età\n7;01/03/2020;35-44\n"
    )
    s = ImportSession.open(vault, tmp_path / "a.csv")
    s.run(auto_mapping(s))
    vault.db.execute("UPDATE persons SET alias = 'Scritto in Ponte'")
    (tmp_path / "b.csv").write_text(
        "N. scheda;Data primo contatto;Fascia di età;Titolo di studio\n7;01/03/2020;45-54;laurea\n"
    )
    s = ImportSession.open(vault, tmp_path / "b.csv")
    result = s.run(auto_mapping(s), OnMatch.UPDATE)
    assert (result.created, result.updated) == (0, 1)
    row = vault.db.query_one("SELECT alias, age_band, education FROM persons")
    assert tuple(row) == ("Scritto in Ponte", "45_54", "degree")


def test_the_vault_refusing_one_row_leaves_it_as_it_was(vault: Vault) -> None:
    actor = _actor(vault)
    good = ImportedCase(
        2, Person(alias="Buona"), Case(opened_on=date(2020, 1, 1)), {}, None, "ref:a"
    )
    bad = ImportedCase(
        3, Person(alias="Rifiutata", children_total=1, children_minors=2),
        Case(opened_on=date(2020, 1, 1)), {}, None, "ref:b",
    )  # fmt: skip
    dry = imports.run(vault.db, actor, [good, bad], OnMatch.SKIP, at=NOW, dry_run=True)
    assert (dry.created, dry.refused) == (1, [(3, "minors_exceed_children")])
    with pytest.raises(ImportHasProblems):
        imports.run(vault.db, actor, [good, bad], OnMatch.SKIP, at=NOW)
    assert _count(vault) == 0
    assert _imports(vault) == []


def test_an_operatrice_cannot_import(vault: Vault, tmp_path: Path) -> None:
    from ponte.storage import accounts

    accounts.insert(vault.db, username="op", display_name="Op", role=Role.OPERATRICE, at=NOW)
    operatrice = Actor("op-id", "operatrice", vault.device_id)
    with pytest.raises(PermissionDenied):
        imports.run(vault.db, operatrice, [], OnMatch.SKIP, at=NOW)


def test_the_template_filled_in_and_imported(vault: Vault, tmp_path: Path) -> None:
    fields.save(
        vault.db, _actor(vault),
        FieldDef("progetto", Section.INTAKE, FieldType.CHOICE, "Progetto del centro",
                 choices=(Choice("orti", "Orti urbani"),)),
        at=NOW,
    )  # fmt: skip
    path = write_template(vault, tmp_path / "modello.xlsx")
    wb = load_workbook(path)
    ws = wb["Casi"]
    headers = [c.value for c in ws[1]]
    assert "Progetto del centro" in headers
    assert "Forme di violenza" in headers
    allowed = {(r[0], r[1]) for r in wb["Valori ammessi"].iter_rows(min_row=2, values_only=True)}
    assert ("Progetto del centro", "Orti urbani") in allowed
    row = {
        "Riferimento nel vostro archivio": "A-1", "Nome che usa": "Dalia", "Fascia d'età": "35–44",
        "Data del primo contatto": "15/03/2021", "Forme di violenza": "fisica, economica",
        "Progetto del centro": "Orti urbani", "Figli in tutto": 2, "Di cui minorenni": 1,
    }  # fmt: skip
    ws.append([row.get(str(h)) for h in headers])
    wb.save(path)
    session = ImportSession.open(vault, path)
    mapping = auto_mapping(session)
    assert sum(1 for c in mapping.columns if c.target) == len(headers), "every column recognised"
    result = session.run(mapping)
    assert result.created == 1
    case_id = str(vault.db.scalar("SELECT id FROM cases"))
    p = vault.db.query_one("SELECT alias, age_band, children_total, children_minors FROM persons")
    assert tuple(p) == ("Dalia", AgeBand.A35_44.value, 2, 1)
    forms = {r[0] for r in vault.db.query("SELECT form FROM case_violence")}
    assert forms == {ViolenceForm.PHYSICAL.value, ViolenceForm.ECONOMIC.value}
    assert field_values.centre_form(vault.db, case_id).values == {"progetto": "orti"}


def test_an_istat_style_yearly_extraction(vault: Vault, tmp_path: Path) -> None:
    """No public ISTAT or O.R.A. record layout exists; extractions name the survey's
    variables in Italian, one row per woman, one yes/no column per form of violence."""
    wb = Workbook()
    ws = wb.active
    ws.append(["ID", "Classe di età", "Cittadinanza", "Titolo di studio", "Condizione professionale",
               "Data primo accesso", "Violenza fisica", "Violenza psicologica", "Violenza economica",
               "Stalking", "Autore della violenza", "Durata della violenza", "Figli minorenni",
               "Denuncia"])  # fmt: skip
    ws.append(["2023-001", "35-44", "Italiana", "Diploma", "Disoccupata", date(2023, 3, 2), "SI", "SI", "NO", "NO", "Marito", "Oltre 5 anni", 2, "SI"])  # fmt: skip
    ws.append(["2023-002", "18-24", "Extra UE", "Licenza media", "Occupata", date(2023, 4, 9), "NO", "SI", "SI", "NO", "Ex partner", "1-5 anni", 0, "NO"])  # fmt: skip
    wb.save(tmp_path / "istat.xlsx")
    session = ImportSession.open(vault, tmp_path / "istat.xlsx")
    mapping = auto_mapping(session)
    assert all(c.target for c in mapping.columns), [h.header for h in session.preview().columns]
    report = session.dry_run(mapping)
    assert (report.would_create, report.refused) == (2, 0)
    assert [(i.row, i.problem) for i in report.issues] == [(2, Problem.TOTAL_FROM_MINORS)]
    session.run(mapping)
    forms = sorted(
        tuple(r)
        for r in vault.db.query(
            "SELECT c.opened_on, v.form FROM case_violence v JOIN cases c ON c.id = v.case_id"
        )
    )
    assert forms == [
        ("2023-03-02", "physical"), ("2023-03-02", "psychological"),
        ("2023-04-09", "economic"), ("2023-04-09", "psychological"),
    ]  # fmt: skip
    legal = {r[0] for r in vault.db.query("SELECT flag FROM case_legal")}
    assert legal == {LegalFlag.COMPLAINT_FILED.value}


@pytest.mark.timeout(900)
def test_fifty_thousand_rows_one_wrong_never_a_half_import(vault: Vault, tmp_path: Path) -> None:
    session = ImportSession.open(vault, big_csv(tmp_path / "grande.csv", 50_000, bad_row=49_990))
    mapping = auto_mapping(session)
    report = session.dry_run(mapping)
    assert (report.rows, report.would_create) == (50_000, 49_999)
    assert [(i.row, i.problem) for i in report.issues if i.error] == [(49_990, Problem.NOT_A_DATE)]
    with pytest.raises(ImportHasProblems):
        session.run(mapping)
    assert _count(vault) == 0


def test_a_row_the_vault_refuses_late_undoes_every_row_before_it(vault: Vault) -> None:
    rows = [
        ImportedCase(
            i, Person(alias=f"D{i}"), Case(opened_on=date(2020, 1, 1)), {}, None, f"ref:{i}"
        )
        for i in range(2, 5_002)
    ]
    rows[-2].person.children_minors = 3  # more minors than children: the vault refuses it
    with pytest.raises(ImportHasProblems):
        imports.run(vault.db, _actor(vault), rows, OnMatch.SKIP, at=NOW)
    assert _count(vault) == 0
    assert vault.db.scalar("SELECT count(*) FROM case_fts") == 0
    assert _imports(vault) == []


KILLED = """
import sys
from pathlib import Path
from ponte.app.importing import ImportSession, auto_mapping
from ponte.storage.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), "admin", sys.argv[2])
session = ImportSession.open(vault, Path(sys.argv[3]))
mapping = auto_mapping(session)
def progress(done, total):
    if done:
        print("writing", flush=True)
session.run(mapping, progress=progress)
print("committed", flush=True)
"""


def test_an_import_killed_half_way_leaves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    v, _ = Vault.create(data, username="admin", display_name="A", passphrase=PW, kdf=TEST_PARAMS)
    v.lock()
    path = big_xlsx(tmp_path / "g.xlsx", 6_000)
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(data), PW, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing", "killed while rows were being written"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    assert "committed" not in rest
    check = Vault.unlock(data, "admin", PW)
    try:
        assert check.db.scalar("PRAGMA integrity_check") == "ok"
        assert check.db.scalar("SELECT count(*) FROM cases") == 0
        assert check.db.scalar("SELECT count(*) FROM case_imports") == 0
        audit.verify_chain(check.db)
    finally:
        check.lock()


def test_an_import_never_opens_a_temporary_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Her spreadsheet is read into memory and written into the vault, nowhere else."""
    import tempfile

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("a temporary file was opened")

    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, refuse)
    for path in (windows_csv(tmp_path / "c.csv"), archive_xlsx(tmp_path / "a.xlsx")):
        session = ImportSession.open(vault, path)
        mapping = auto_mapping(session)
        session.dry_run(mapping)
        session.run(mapping, leave_out_refused_rows=True)
    assert _count(vault) == 7
