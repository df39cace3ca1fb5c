"""The import screen, used as a person would: a messy CSV from Excel, columns checked, a
word mapped by hand, the row-by-row report, then everything in at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from ponte.app.importing import ImportSession, write_template
from ponte.core.imports import OnMatch
from ponte.desktop.ui.importer.view import ImportView
from tests.importer.messy import windows_csv

from .conftest import Env

LEFT = Qt.MouseButton.LeftButton


def _view(qtbot: QtBot, env: Env, path: Path) -> ImportView:
    vault = env.vault
    view = ImportView(
        env.tasks,
        lambda p: ImportSession.open(vault, p),
        lambda p: write_template(vault, p),
        ask=lambda _parent, saving: path.with_suffix(".xlsx") if saving else path,
    )
    qtbot.addWidget(view)
    view.show()
    return view


def _count(env: Env) -> int:
    return int(env.call(lambda: env.vault.db.scalar("SELECT count(*) FROM cases")))


def test_a_messy_csv_checked_row_by_row_then_imported_whole(
    qtbot: QtBot, env: Env, tmp_path: Path
) -> None:
    view = _view(qtbot, env, windows_csv(tmp_path / "casi.csv"))
    qtbot.mouseClick(view.choose, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.columns, timeout=10_000)
    assert "Rows read: 7." in view.columns.summary.text()
    assert "left out: 1." in view.columns.summary.text()
    goes = {view.columns.table.item(r, 0).text(): view.columns.combos[r].currentText()
            for r in range(view.columns.table.rowCount())}  # fmt: skip
    assert goes["B · Nome"] == "Name she uses"
    assert goes["F · Tipo di violenza"] == "Forms of violence"
    assert goes["A · N. scheda"] == "Your own record number"
    qtbot.mouseClick(view.next, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.values, timeout=10_000)
    rows = {
        view.values.table.item(r, 1).text(): view.values.table.cellWidget(r, 3)
        for r in range(view.values.table.rowCount())
    }
    psic = rows["psic."]
    assert isinstance(psic, QComboBox)
    assert psic.currentData() == "psychological"
    strange = rows["telepatica"]
    assert isinstance(strange, QComboBox)
    assert "not recognised" in strange.currentText()
    strange.setCurrentIndex(strange.findText("leave it empty"))
    qtbot.mouseClick(view.next, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.report, timeout=20_000)
    report = view.report
    assert "Rows checked: 7. New cases to import: 3." in report.summary.text()
    listed = {
        (report.table.item(r, 0).text(), report.table.item(r, 1).text())
        for r in range(report.table.rowCount())
        if report.table.item(r, 1) is not None
    }
    assert ("6", "Data primo contatto") in listed  # 31/02/2019
    assert ("7", "Età") in listed  # "trenta"
    assert ("9", "") in listed  # the total line
    assert not view.start.isEnabled(), "rows in trouble: nothing goes in yet"
    assert _count(env) == 0
    report.leave_out.click()
    assert view.start.isEnabled()
    qtbot.mouseClick(view.start, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.done, timeout=20_000)
    assert "New cases: 3." in view.done.text()
    assert _count(env) == 3
    # The same file again: she is told the rows match, and nothing is made twice.
    qtbot.mouseClick(view.again, LEFT)
    qtbot.mouseClick(view.choose, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.columns, timeout=10_000)
    qtbot.mouseClick(view.next, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.values, timeout=10_000)
    qtbot.mouseClick(view.next, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.report, timeout=20_000)
    assert "Rows matching cases already in Ponte: 3." in report.summary.text()
    assert report.matches.isVisibleTo(view)
    assert report.chosen() is OnMatch.SKIP
    assert not view.start.isEnabled(), "nothing new to import"
    view.clear()
    assert view.columns.table.rowCount() == 0
    assert view.report.table.rowCount() == 0
    assert view.session is None


def test_the_template_is_saved_where_she_says(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    view = _view(qtbot, env, tmp_path / "modello.csv")
    qtbot.mouseClick(view.save_template, LEFT)
    qtbot.waitUntil(lambda: view.status.state == "ok", timeout=10_000)
    assert (tmp_path / "modello.xlsx").stat().st_size > 1000
    assert isinstance(view.first, QWidget)
