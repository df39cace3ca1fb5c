from PySide6.QtCore import QModelIndex, Qt

from ponte.core.enums import CaseStatus
from ponte.desktop.ui.cases.model import CaseTableModel, ObjectRole
from ponte.storage.case_list import CasePage, CaseRow

ROWS = [
    CaseRow("c1", "DEMO-000001", "Demo Anna 1", CaseStatus.ACTIVE, "2026-01-05", "op", "t"),
    CaseRow("c2", "DEMO-000002", None, CaseStatus.CLOSED, "2026-02-01", "op", "t"),
]


def test_model_shows_one_page_and_clears() -> None:
    model = CaseTableModel(lang="it")
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.set_page(CasePage(ROWS, 5000))
    assert model.rowCount() == 2
    assert model.columnCount() == 4
    assert model.total == 5000
    assert model.data(model.index(0, 1)) == "Demo Anna 1"
    assert model.data(model.index(1, 1)) == ""
    assert model.data(model.index(0, 2)) == "in corso"
    assert model.data(model.index(1, 2), ObjectRole) is ROWS[1]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    assert model.rowCount(model.index(0, 0)) == 0, "a flat table: rows have no children"
    model.clear()
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None
    assert resets == ["reset", "reset"]
    assert model.data(QModelIndex()) is None
