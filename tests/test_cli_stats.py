"""``ponte stats export`` as the IT volunteer runs it, on a vault of synthetic cases."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ponte.cli import main
from ponte.core.domain import Actor
from ponte.core.suppression import HIDDEN, SMALL
from ponte.storage import demo
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.stats import Period, centre_stats
from ponte.storage.vault import Vault

PW = "statistics passphrase"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    vault, _ = Vault.create(
        d, username="admin", display_name="Admin", passphrase=PW, kdf=TEST_PARAMS
    )
    actor = Actor(vault.account.id, vault.account.role.value, vault.device_id)
    demo.seed(vault.db, actor, 400, now=datetime(2026, 12, 31, tzinfo=UTC))
    vault.lock()
    monkeypatch.setenv("PONTE_PASSPHRASE", PW)
    monkeypatch.setenv("PONTE_USER", "admin")
    return d


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def test_yearly_csv_has_the_counts_and_nothing_below_five(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "istat-2026.csv"
    assert main(["--data-dir", str(data), "stats", "export", "--year", "2026", str(out)]) == 0
    rows = _rows(out)
    assert {r["table"] for r in rows} >= {"overview", "age_citizenship", "invio_da", "referrals"}
    values = [r["value"] for r in rows]
    assert SMALL in values, "synthetic data has small counts: they are marked"
    assert all(v in (SMALL, HIDDEN) or int(v) == 0 or int(v) >= 5 for v in values)
    assert out.stat().st_mode & 0o077 == 0

    vault = Vault.unlock(data, "admin", PW)
    try:
        stats = centre_stats(vault.db, Period.year(2026))
    finally:
        vault.lock()
    new = next(r for r in rows if r["table"] == "overview" and r["row"] == "new_contacts")
    assert int(new["value"]) == stats.new_contacts > 5
    total = next(r for r in rows if r["table"] == "invio_da" and r["row"] == "total")
    assert int(total["value"]) == stats.new_contacts


def test_xlsx_has_one_sheet_per_table(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "istat.xlsx"
    args = [
        "--data-dir",
        str(data),
        "stats",
        "export",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
    ]
    assert main([*args, "--format", "xlsx", str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Legenda", "Italian by default (--lang en for English)"
    assert wb.sheetnames[-1] == "Codici"
    assert "Età e cittadinanza" in wb.sheetnames
    sheet = wb["Età e cittadinanza"]
    assert [c.value for c in sheet[1]][-1] == "totale"
    assert sheet.cell(sheet.max_row, 1).value == "totale"
    codes = wb["Codici"]
    assert [c.value for c in codes[1]] == ["table", "row", "column", "value"]
    assert any(r[0].value == "age_citizenship" for r in codes.iter_rows(min_row=2))


def test_a_bad_request_is_a_sentence_not_a_traceback(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(data), "stats", "export", "--year", "2026", str(out)]) == 2
    assert "csv or xlsx" in capsys.readouterr().err
    assert not out.exists()
