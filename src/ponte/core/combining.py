"""Received tables read back, and several centres' tables added up (cabina di regia side).

Everything here works on *published* tables only: what the centres already let out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ponte.core.suppression import HIDDEN, SMALL, TOTAL, Cell, K, PublishedTable


def from_rows(name: str, columns: Sequence[str], rows: Sequence[Sequence[Cell]]) -> PublishedTable:
    """The inverse of :meth:`PublishedTable.to_rows` (a received aggregate's table)."""
    body = list(rows)
    has_total_row = bool(body) and body[-1][0] == TOTAL
    two_way = has_total_row and len(columns) > 2 and columns[-1] == TOTAL
    last = body.pop() if has_total_row else None
    width = len(columns) - 1 - (1 if two_way else 0)
    labels = tuple(str(r[0]) for r in body)
    cells = tuple(tuple(r[1 : 1 + width]) for r in body)
    col_labels = tuple(str(c) for c in columns[1 : 1 + width])
    # All cells hidden and none marked "<5" only happens when a table is withheld.
    withheld = bool(cells) and all(c == HIDDEN for r in cells for c in r)
    if last is None:
        return PublishedTable(name, labels, col_labels, cells)
    if not two_way:
        return PublishedTable(name, labels, col_labels, cells, total=last[1], withheld=withheld)
    return PublishedTable(
        name,
        labels,
        col_labels,
        cells,
        row_totals=tuple(r[-1] for r in body),
        col_totals=tuple(last[1 : 1 + width]),
        total=last[-1],
        withheld=withheld,
    )


AT_LEAST = "≥"  #: prefix of a combined count known only from below: "≥12"


def at_least(cell: Cell) -> int | None:
    """The lower bound a combined ``"≥n"`` cell states, else None."""
    if isinstance(cell, str) and cell.startswith(AT_LEAST) and cell[1:].isdigit():
        return int(cell[1:])
    return None


def _add(values: Sequence[Cell], withheld: Sequence[bool]) -> Cell:
    if len(values) == 1:
        return values[0]
    if all(isinstance(v, int) for v in values):
        total = sum(v for v in values if isinstance(v, int))
        return SMALL if 0 < total < K else total
    # What every reader of the centres' tables already knows: a "<5" is at least 1, a "—"
    # at least 5 (in a withheld table, at least 0). Shown only when that is 5 or more.
    floor = 0
    for v, w in zip(values, withheld, strict=True):
        floor += v if isinstance(v, int) else (at_least(v) or (1 if v == SMALL else 0 if w else K))
    return f"{AT_LEAST}{floor}" if floor >= K else HIDDEN


def add_up(values: Sequence[Cell], withheld: bool = False) -> Cell:
    """What the published counts ``values`` say of their sum: the sum when all are shown,
    else ``"≥n"`` when they imply at least 5, else ``"—"`` (nothing new is revealed)."""
    if len(values) == 1:
        return values[0]
    return _add(list(values), [withheld] * len(values))


def combine(name: str, tables: Sequence[PublishedTable]) -> PublishedTable:
    """Add up published tables of the same shape (several centres' reports).

    An entry is shown only when every centre showed it; otherwise it is hidden, or shown as
    ``"≥n"`` when what the centres published already implies at least 5. Each centre's
    hidden counts can each take several values, so their sums can too: the combined table
    reveals nothing that the centres' own tables did not. Counts of 1..4 are re-checked
    (a sum of shown counts, each 0 or at least 5, never is one).
    """
    if not tables:
        raise ValueError("nothing to combine")
    first = tables[0]
    for t in tables:
        if (
            (t.row_labels, t.col_labels) != (first.row_labels, first.col_labels)
            or (t.total is None) != (first.total is None)
            or (t.row_totals is None) != (first.row_totals is None)
        ):
            raise ValueError(f"table {name}: reports have different shapes")

    withheld = [t.withheld for t in tables]

    def add(get: Callable[[PublishedTable], Cell | None]) -> Cell | None:
        values = [get(t) for t in tables]
        return None if values[0] is None else _add([v for v in values if v is not None], withheld)

    n_r, n_c = len(first.row_labels), len(first.col_labels)
    cells = tuple(
        tuple(_add([t.cells[i][j] for t in tables], withheld) for j in range(n_c))
        for i in range(n_r)
    )
    row_totals = col_totals = None
    if first.row_totals is not None:
        row_totals = tuple(
            _add([(t.row_totals or ())[i] for t in tables], withheld) for i in range(n_r)
        )
        col_totals = tuple(
            _add([(t.col_totals or ())[j] for t in tables], withheld) for j in range(n_c)
        )
    total = add(lambda t: t.total)
    entries = [c for r in cells for c in r] + list(row_totals or ()) + list(col_totals or ())
    all_hidden = bool(entries) and all(c == HIDDEN for c in entries)
    return PublishedTable(
        name, first.row_labels, first.col_labels, cells, row_totals, col_totals, total, all_hidden
    )
