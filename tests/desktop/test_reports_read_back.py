"""Every report, read back by another program the way its reader will read it.

The PDFs are opened with pypdf (not Qt) and must hold every cell — "<5", "—", "≥11"
included — and the legend that explains them; the spreadsheets are opened with openpyxl and
must speak Italian (sheet names, categories, the legend), with the codes kept apart for
machines on a sheet of their own.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.statistics import Statistics
from ponte.core.enums import ALL_ENUMS
from ponte.core.stats_labels import legend, title, word
from ponte.core.suppression import HIDDEN, SMALL, CountTable, PublishedTable, suppress
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.common import fmt_n
from ponte.desktop.ui.stats import NetworkDashboardView, StatsView
from ponte.desktop.ui.stats.network import picture_tables
from ponte.storage import aggregates
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.desktop.test_stats_views import vault  # noqa: F401 - a fixture, used by name

TODAY = date(2026, 11, 25)
pytestmark = pytest.mark.usefixtures("italian")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(path: Path) -> str:
    """The PDF's words as pypdf reads them (NFKC undoes typographic ligatures such as "ﬁ")."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return _flat(unicodedata.normalize("NFKC", text))


def _expect_legend(text: str) -> None:
    for mark, meaning in legend("it"):
        assert f"{mark}: {meaning}" in text, f"the legend of {mark} is not in the PDF"
    assert "da 1 a 4" in text


def _cell(value: object) -> str:
    return fmt_n(value) if isinstance(value, int) else str(value)


def _expect_every_cell(text: str, tables: list[PublishedTable]) -> None:
    assert tables
    for t in tables:
        assert title(t.name, "it") in text, t.name
        columns, rows = t.to_rows()
        for c in columns[1:]:
            assert word(c, "it", table=t.name, column=True) in text, (t.name, c)
        for row in rows:
            line = " ".join([word(str(row[0]), "it", table=t.name), *(_cell(v) for v in row[1:])])
            assert line in text, f"{t.name}: {line!r} is not in the PDF"


def _export(qtbot: QtBot, view: StatsView | NetworkDashboardView, fmt: str, out: Path) -> Path:
    view.ask_path = lambda _parent, _fmt: out
    with qtbot.waitSignal(view.exported, timeout=10_000):
        qtbot.mouseClick(view.exports.buttons[fmt], Qt.MouseButton.LeftButton)
    return out


def test_the_centre_report_holds_every_cell_and_the_legend_in_pdf_and_excel(
    qtbot: QtBot,
    worker: VaultWorker,
    vault: Vault,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    view = StatsView(TaskRunner(worker), Statistics(vault), lang="it", today=TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.result is not None
    tables = view.result.published
    assert any(SMALL in t.entries() for t in tables), "the demo year has small cells"
    text = _pdf_text(_export(qtbot, view, "pdf", tmp_path / "centro.pdf"))
    _expect_legend(text)
    assert text.count(SMALL) >= sum(t.entries().count(SMALL) for t in tables)
    _expect_every_cell(text, tables)
    assert "centro.pdf" in view.exports.result.text(), "she is told where the report went"
    book = load_workbook(_export(qtbot, view, "xlsx", tmp_path / "centro.xlsx"))
    _expect_italian_workbook(book, tables)


def _report(network: str, counts: tuple[int, ...]) -> dict[str, object]:
    t = suppress(
        CountTable(
            "invio_da", ("self", "police", "line_1522"), ("count",), tuple((c,) for c in counts)
        ),
        total_public=True,
    )
    cols, rows = t.to_rows()
    return {
        "period": {"from": "2026-01-01", "to": "2026-03-31"},
        "network": network,
        "tables": [{"name": t.name, "columns": cols, "rows": rows}],
    }


def test_the_network_report_pdf_and_excel_speak_italian_and_keep_every_cell(
    qtbot: QtBot,
    worker: VaultWorker,
    vault: Vault,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    def receive() -> None:
        at = datetime(2026, 4, 2, tzinfo=UTC)
        with vault.db.transaction():
            aggregates.store(vault.db, "p1", "cav-rho", _report("rho", (3, 9, 12)), at)
            aggregates.store(vault.db, "p2", "cav-melzo", _report("melzo", (0, 6, 8)), at)

    worker.call(receive)
    view = NetworkDashboardView(TaskRunner(worker), Statistics(vault), lang="it")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.picture is not None
    tables = picture_tables(view.picture)
    text = _pdf_text(_export(qtbot, view, "pdf", tmp_path / "rete.pdf"))
    assert HIDDEN in text
    assert "≥11" in text
    _expect_legend(text)
    _expect_every_cell(text, tables)
    assert "1522" in text
    assert "tramite 1522" not in text, "who referred her, not how she called"

    book = load_workbook(_export(qtbot, view, "xlsx", tmp_path / "rete.xlsx"))
    _expect_italian_workbook(book, tables)


def _expect_italian_workbook(book, tables: list[PublishedTable]) -> None:  # type: ignore[no-untyped-def]
    codes = {m.value for enum in ALL_ENUMS for m in enum} | {t.name for t in tables}
    codes |= {"count", "total", "unknown", "period", "info", "category"}
    names = book.sheetnames
    assert names[0] == "Legenda", names
    assert names[-1] == "Codici", names
    legend = " ".join(str(c.value) for row in book["Legenda"].iter_rows() for c in row if c.value)
    for needed in ("da 1 a 4", SMALL, HIDDEN):
        assert needed in legend
    seen_words = 0
    for t in tables:
        sheet = next(book[n] for n in names if n.startswith(title(t.name, "it")[:25]))
        shown = [[c.value for c in row] for row in sheet.iter_rows()]
        visible = [str(v) for row in shown for v in row if isinstance(v, str)]
        # a code may also be this table's own Italian word ("tirocinio" as an autonomy step)
        own = {word(c, "it", table=t.name) for c in t.row_labels}
        own |= {word(c, "it", table=t.name, column=True) for c in t.col_labels}
        english = [v for v in visible if v in codes and v not in own and v != word(v, "it")]
        assert not english, f"{t.name}: codes shown instead of words: {english[:5]}"
        _columns, rows = t.to_rows()
        assert [str(r[0]) for r in shown[1:]][: len(rows)] == [
            word(str(r[0]), "it", table=t.name) for r in rows
        ]
        seen_words += len(rows)
    machine = [[c.value for c in row] for row in book["Codici"].iter_rows()]
    header = machine[0]
    assert header[:4] == ["table", "row", "column", "value"]
    assert any(r[0] == tables[0].name for r in machine[1:]), "codes kept for machines"
    assert seen_words
    assert not any(re.fullmatch(r"[a-z_]+", n) for n in names[:-1]), names
