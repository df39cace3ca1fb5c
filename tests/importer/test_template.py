"""The shipped template is the one the code writes, and every column of it is recognised."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from ponte.importer.targets import suggest, targets
from ponte.importer.template import template_xlsx

SHIPPED = Path(__file__).parents[2] / "docs" / "import" / "modello-importazione-ponte.xlsx"


def _content(data: bytes) -> dict[str, list[tuple[object, ...]]]:
    wb = load_workbook(io.BytesIO(data))
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def test_the_shipped_template_is_current() -> None:
    assert _content(SHIPPED.read_bytes()) == _content(template_xlsx(targets([], {}))), (
        "run scripts/make-import-template"
    )


def test_every_template_column_is_recognised_as_itself() -> None:
    available = targets([], {})
    headers = _content(template_xlsx(available))["Casi"][0]
    got = [c.target for c in suggest([str(h) for h in headers], available)]
    assert got == [t.key for t in available]
