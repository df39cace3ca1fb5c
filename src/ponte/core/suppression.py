"""Small-cell suppression for count tables (DOMAIN.md §7): nothing below 5 ever leaves.

Primary suppression hides every count from 1 to 4 (``"<5"``). Secondary suppression then
hides further counts (``"—"``) until no hidden count can be worked out from what is shown:
the other cells, the row and column totals and the grand total.

How "cannot be worked out" is decided. A table with its margins is a set of entries tied by
line sums (each row's cells add up to its row total, and so on). Someone who reads the
published table knows every shown number exactly, that a ``"<5"`` entry is 1..4 (zeros are
shown), and that a ``"—"`` entry is at least 5 (only counts of 5 or more are hidden to
protect others). A hidden entry is protected when at least two tables that respect all of
this differ in it. Because the line-sum system of a two-way table is a bipartite network,
that holds exactly when the entry lies on a cycle of the residual graph, where every other
hidden entry may move by one unit in whichever direction its bounds allow. We check that by
a graph search, and keep hiding the smallest useful count until every hidden entry is
protected. When nothing more can be hidden and a count is still exposed, the whole table is
withheld: every entry becomes ``"—"`` (then each may be any count, zero included).

Pure and deterministic: same table in, same published table out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

K = 5  #: the threshold: counts 1..K-1 are never shown
SMALL = "<5"  #: a primary-suppressed count (1..4)
HIDDEN = "—"  #: a count hidden to protect another (at least 5), or a withheld table
TOTAL = "total"
CATEGORY = "category"  #: header of the label column in exports and payloads
COUNT = "count"  #: the column of a one-way table
INF = 10**12

Cell = int | str


@dataclass(frozen=True)
class CountTable:
    """Counts by row category (and column category). One column: a one-way table.

    ``additive`` says that every unit is counted in exactly one cell, so the totals are the
    sums of the cells. Multi-answer tables (forms of violence: a woman may report several)
    are not additive: they are published without totals and need primary suppression only.
    """

    name: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    additive: bool = True

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.row_labels) or any(
            len(r) != len(self.col_labels) for r in self.cells
        ):
            raise ValueError(f"table {self.name}: cells do not match the labels")
        if any(v < 0 for r in self.cells for v in r):
            raise ValueError(f"table {self.name}: negative count")

    @property
    def one_way(self) -> bool:
        return len(self.col_labels) == 1

    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(r) for r in self.cells)

    def col_totals(self) -> tuple[int, ...]:
        return tuple(sum(r[j] for r in self.cells) for j in range(len(self.col_labels)))

    def total(self) -> int:
        return sum(self.row_totals())

    def value(self, row: str, col: str | None = None) -> int:
        return self.cells[self.row_labels.index(row)][
            self.col_labels.index(col or self.col_labels[0])
        ]


@dataclass(frozen=True)
class PublishedTable:
    """What may leave: counts, ``"<5"`` or ``"—"``; totals only for additive tables."""

    name: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None = None  # two-way additive tables
    col_totals: tuple[Cell, ...] | None = None  # two-way additive tables
    total: Cell | None = None  # additive tables
    withheld: bool = False

    @property
    def one_way(self) -> bool:
        return len(self.col_labels) == 1

    def entries(self) -> list[Cell]:
        out: list[Cell] = [c for r in self.cells for c in r]
        out += list(self.row_totals or ()) + list(self.col_totals or ())
        if self.total is not None:
            out.append(self.total)
        return out

    def to_rows(self) -> tuple[list[str], list[list[Cell]]]:
        """Columns and rows as they travel in an aggregate payload and in exports."""
        two_way_totals = self.row_totals is not None
        columns = [CATEGORY, *self.col_labels] + ([TOTAL] if two_way_totals else [])
        rows: list[list[Cell]] = []
        for i, label in enumerate(self.row_labels):
            extra = [self.row_totals[i]] if self.row_totals is not None else []
            rows.append([label, *self.cells[i], *extra])
        if self.col_totals is not None and self.total is not None:
            rows.append([TOTAL, *self.col_totals, self.total])
        elif self.total is not None:
            rows.append([TOTAL, self.total])
        return columns, rows


# ------------------------------------------------------------------ the line-sum network
@dataclass
class _Entry:
    value: int
    u: int  # the two line nodes it joins
    v: int
    sign: int  # +1 for cells and the grand total, -1 for margins (see module docstring)
    lo: int = 0
    hi: int = INF
    hidden: bool = False
    fixed: bool = False  # known to the reader even when hidden (a total published elsewhere)
    #: Must not be derivable. False only for the never-published inner cells of a table
    #: released by its margins (:func:`suppress_margins`) that are 0 or at least K.
    required: bool = True


def _network(t: CountTable) -> list[_Entry]:
    """Entries in a fixed order: cells row by row, row totals, column totals, grand total."""
    n_rows, n_cols = len(t.row_labels), len(t.col_labels)
    out: list[_Entry] = []
    if t.one_way:  # one row node (0) and one sink node (1): the cells and the total
        out += [_Entry(r[0], 0, 1, +1) for r in t.cells]
        out.append(_Entry(t.total(), 0, 1, -1))
        return out
    row_t, col_t = n_rows, n_rows + 1 + n_cols  # node ids: rows 0..R, columns R+1..R+C+1
    for i, r in enumerate(t.cells):
        out += [_Entry(v, i, n_rows + 1 + j, +1) for j, v in enumerate(r)]
    out += [_Entry(s, i, col_t, -1) for i, s in enumerate(t.row_totals())]
    out += [_Entry(s, row_t, n_rows + 1 + j, -1) for j, s in enumerate(t.col_totals())]
    out.append(_Entry(t.total(), row_t, col_t, +1))
    return out


def _arcs(entries: Sequence[_Entry], skip: int) -> dict[int, list[int]]:
    graph: dict[int, list[int]] = {}
    for k, e in enumerate(entries):
        if k == skip or not e.hidden or e.fixed:
            continue
        up, down = (e.u, e.v), (e.v, e.u)
        if e.sign < 0:
            up, down = down, up
        if e.value < e.hi:
            graph.setdefault(up[0], []).append(up[1])
        if e.value > e.lo:
            graph.setdefault(down[0], []).append(down[1])
    return graph


def _reaches(graph: dict[int, list[int]], start: int, goal: int) -> bool:
    seen, todo = {start}, deque([start])
    while todo:
        node = todo.popleft()
        if node == goal:
            return True
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def protected(entries: Sequence[_Entry], k: int) -> bool:
    """Can hidden entry ``k`` take another value consistent with everything published?"""
    e = entries[k]
    if e.fixed:
        return False
    graph = _arcs(entries, k)
    up, down = (e.u, e.v), (e.v, e.u)
    if e.sign < 0:
        up, down = down, up
    if e.value < e.hi and _reaches(graph, up[1], up[0]):
        return True
    return e.value > e.lo and _reaches(graph, down[1], down[0])


def _exposed(entries: Sequence[_Entry], start: int = 0) -> int | None:
    for k, e in enumerate(entries):
        if k >= start and e.hidden and e.required and not e.fixed and not protected(entries, k):
            return k
    return None


def _hide_secondary(entries: list[_Entry], total_public: bool) -> bool:
    """Hide counts until every hidden entry is protected; False when that cannot be done."""
    last = len(entries) - 1
    while (k := _exposed(entries)) is not None:
        candidates = sorted(
            (e.value, i)
            for i, e in enumerate(entries)
            if not e.hidden and e.value >= K and not (total_public and i == last)
        )
        if not candidates:
            return False
        target = entries[k]
        chosen = None
        for _, i in candidates:
            entries[i].hidden, entries[i].lo = True, K
            works = protected(entries, k)
            entries[i].hidden, entries[i].lo = False, 0
            if works:
                chosen = i
                break
        if chosen is None:  # no single count frees it: hide the smallest on its lines
            near = [i for _, i in candidates if {entries[i].u, entries[i].v} & {target.u, target.v}]
            chosen = (near or [i for _, i in candidates])[0]
        entries[chosen].hidden, entries[chosen].lo = True, K
    return True


def _protect(entries: list[_Entry], start: int, total_public: bool) -> bool:
    """Primary, then secondary suppression of the published entries (from ``start`` on);
    True when the table has to be withheld."""
    published = entries[start:]
    for e in published:
        if 0 < e.value < K:
            e.hidden, e.lo, e.hi = True, 1, K - 1
    grand = entries[-1]
    if total_public and not grand.hidden:
        grand.fixed = True
    if _hide_secondary(entries, total_public):
        return False
    for e in published:
        if e is grand and total_public:
            continue
        e.hidden, e.lo, e.hi = True, 0, INF
    # What the published total alone determines (a one-row table's row total, a margin with
    # one category) is shown: it is that total, so showing it tells nothing new.
    while (k := _exposed(entries, start)) is not None and not 0 < entries[k].value < K:
        entries[k].hidden = False
    return True


def suppress(table: CountTable, *, total_public: bool = False) -> PublishedTable:
    """The publishable form of ``table``.

    ``total_public``: the grand total is shown elsewhere too (tables over the same women
    share it), so it is never hidden to protect a cell, and a reader is assumed to know it.
    """
    if not table.additive:
        cells = tuple(tuple(_show(v) for v in r) for r in table.cells)
        return PublishedTable(table.name, table.row_labels, table.col_labels, cells)
    entries = _network(table)
    withheld = _protect(entries, 0, total_public)
    shown: list[Cell] = [(SMALL if e.hi < K else HIDDEN) if e.hidden else e.value for e in entries]
    return _assemble(table, shown, withheld)


def suppress_margins(
    table: CountTable,
    row_name: str,
    col_name: str,
    zeros: frozenset[tuple[int, int]] = frozenset(),
    *,
    total_public: bool = True,
) -> tuple[PublishedTable, PublishedTable]:
    """Two one-way tables over the same women — ``table``'s row and column totals — released
    together so that neither, nor both side by side, lets a count from 1 to 4 be worked out.

    Two classifications of the same women are tied to each other when some combinations
    cannot happen (``zeros``: a woman with no job path did no tirocinio; in work at closure
    means she had a job at intake or found one). Suppressing each table alone would ignore
    that tie. Here the cross-table is the network (as in :func:`suppress`), its cells are
    never published (the reader knows only that the ``zeros`` are 0), and its margins are
    suppressed as usual — so the same cycle argument decides what a reader of both tables
    can work out, including a small cross count.
    """
    if not table.additive or table.one_way:
        raise ValueError(f"table {table.name}: margins need an additive two-way table")
    n_cols = len(table.col_labels)
    entries = _network(table)
    for i, e in enumerate(entries[: len(table.row_labels) * n_cols]):
        if divmod(i, n_cols) in zeros:
            if e.value:
                raise ValueError(f"table {table.name}: a count where none can be")
            continue  # known to be 0
        e.hidden, e.lo, e.hi, e.required = True, 0, INF, 0 < e.value < K
    inner = len(table.row_labels) * n_cols
    withheld = _protect(entries, inner, total_public)
    shown = [(SMALL if e.hi < K else HIDDEN) if e.hidden else e.value for e in entries[inner:]]
    n_rows = len(table.row_labels)
    rows, cols, total = shown[:n_rows], shown[n_rows:-1], shown[-1]
    return (
        PublishedTable(
            row_name,
            table.row_labels,
            (COUNT,),
            tuple((c,) for c in rows),
            total=total,
            withheld=withheld,
        ),
        PublishedTable(
            col_name,
            table.col_labels,
            (COUNT,),
            tuple((c,) for c in cols),
            total=total,
            withheld=withheld,
        ),
    )


def _show(v: int) -> Cell:
    return SMALL if 0 < v < K else v


def _assemble(table: CountTable, shown: list[Cell], withheld: bool) -> PublishedTable:
    n_rows, n_cols = len(table.row_labels), len(table.col_labels)
    if table.one_way:
        one: tuple[tuple[Cell, ...], ...] = tuple((c,) for c in shown[:n_rows])
        return PublishedTable(
            table.name,
            table.row_labels,
            table.col_labels,
            one,
            total=shown[-1],
            withheld=withheld,
        )
    cells = tuple(tuple(shown[i * n_cols : (i + 1) * n_cols]) for i in range(n_rows))
    at = n_rows * n_cols
    return PublishedTable(
        table.name,
        table.row_labels,
        table.col_labels,
        cells,
        row_totals=tuple(shown[at : at + n_rows]),
        col_totals=tuple(shown[at + n_rows : at + n_rows + n_cols]),
        total=shown[-1],
        withheld=withheld,
    )


def small_cells(table: PublishedTable) -> list[int]:
    """Shown counts from 1 to 4 (there must be none)."""
    return [c for c in table.entries() if isinstance(c, int) and 0 < c < K]
