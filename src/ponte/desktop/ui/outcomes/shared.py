"""Pieces the outcome indicator screens share: the denominator in words, exports, PDF."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape as esc
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from ponte.app.outcome_export import Words
from ponte.core import indicators
from ponte.core.outcome_labels import population
from ponte.core.stats_labels import title, word
from ponte.core.suppression import Cell, CountTable, PublishedTable

AnyTable = CountTable | PublishedTable


def _n(cell: Cell | None) -> str:
    if isinstance(cell, int):
        return f"{cell:,}".replace(",", ".")
    return str(cell)


def denominator_text(table: AnyTable, lang: str) -> str:
    """'Counted: women whose path closed in the period (41).' and, for a follow-up table,
    how many were followed up and how many were not."""
    total, followed, not_followed = indicators.denominators(table)
    text = (
        QCoreApplication.translate("outcomes", "Counted: %1 (%2).")
        .replace("%1", population(table.name, lang))
        .replace("%2", _n(total))
    )
    if followed is not None:
        text += " " + (
            QCoreApplication.translate(
                "outcomes",
                "Followed up: %1; not followed up: %2 (never a guess: they are counted apart).",
            )
            .replace("%1", _n(followed))
            .replace("%2", _n(not_followed))
        )
    return text


def words(lang: str) -> Words:
    return Words(
        title=lambda code: title(code, lang),
        word=lambda code: word(code, lang),
        population=lambda code: population(code, lang),
        heading={
            "from": QCoreApplication.translate("outcomes", "from"),
            "to": QCoreApplication.translate("outcomes", "to"),
            "area": QCoreApplication.translate("outcomes", "area"),
            "indicator": QCoreApplication.translate("outcomes", "indicator"),
            "denominator": QCoreApplication.translate("outcomes", "counted (denominator)"),
            "category": QCoreApplication.translate("outcomes", "category"),
            "column": QCoreApplication.translate("outcomes", "column"),
            "value": QCoreApplication.translate("outcomes", "value"),
            "indicator code": QCoreApplication.translate("outcomes", "indicator code"),
            "category code": QCoreApplication.translate("outcomes", "category code"),
            "column code": QCoreApplication.translate("outcomes", "column code"),
            "period": QCoreApplication.translate("outcomes", "period"),
            "legend_small": QCoreApplication.translate(
                "outcomes", "from 1 to 4: too few to be shown"
            ),
            "legend_hidden": QCoreApplication.translate(
                "outcomes", "hidden so that a small count cannot be worked out"
            ),
            "legend_at_least": QCoreApplication.translate(
                "outcomes", "at least n: some centres hid their count"
            ),
        },
    )


def pdf(
    path: Path,
    heading: str,
    period_line: str,
    sections: Sequence[tuple[str, PublishedTable]],
    lang: str,
) -> Path:
    """A printable report: per table its area and title, its denominator, then the cells.
    Everything is escaped: the document is built as HTML."""
    legend = (
        QCoreApplication.translate(
            "outcomes", "“<5”: from 1 to 4. “—”: hidden so that a small count cannot be worked out."
        ),
        QCoreApplication.translate("outcomes", "“≥n”: at least n (some centres hid their count)."),
    )
    parts = [f"<h1>{esc(heading)}</h1><p>{esc(period_line)}</p>"]
    parts += [f"<p>{esc(line)}</p>" for line in legend]
    for area, t in sections:
        columns, rows = t.to_rows()
        head = "".join(f"<th>{esc(word(c, lang)) if i else ''}</th>" for i, c in enumerate(columns))
        body = "".join(
            "<tr>"
            + f"<td>{esc(word(str(r[0]), lang))}</td>"
            + "".join(f"<td align='right'>{esc(_n(c))}</td>" for c in r[1:])
            + "</tr>"
            for r in rows
        )
        parts.append(
            f"<h3>{esc(word(area, lang))} · {esc(title(t.name, lang))}</h3>"
            f"<p>{esc(denominator_text(t, lang))}</p>"
            f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"
        )
    doc = QTextDocument()
    doc.setHtml("".join(parts))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    doc.setPageSize(writer.pageLayout().paintRectPixels(96).size().toSizeF())
    doc.print_(writer)
    return path
