"""A reader of published tables, written apart from the suppression it checks.

It knows every shown number, that ``"<5"`` is 1..4, that ``"—"`` is at least 5 (or any count
in a withheld table), the line sums of the tables and the grand total when it is published
elsewhere. It searches exhaustively (bounds propagation and branching) for a second set of
counts that fits all of that and differs in a hidden count. If there is none, the count was
disclosed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ponte.core.suppression import HIDDEN, SMALL, CountTable, PublishedTable

Bounds = list[tuple[int, int]]
Line = tuple[list[int], list[int]]  # indices summing on the left == indices on the right


def two_way_lines(n_r: int, n_c: int) -> list[Line]:
    """Entries: cells row by row, row totals, column totals, grand total."""
    rt0, ct0 = n_r * n_c, n_r * n_c + n_r
    g = ct0 + n_c
    lines: list[Line] = [([i * n_c + j for j in range(n_c)], [rt0 + i]) for i in range(n_r)]
    lines += [([i * n_c + j for i in range(n_r)], [ct0 + j]) for j in range(n_c)]
    lines += [(list(range(rt0, rt0 + n_r)), [g]), (list(range(ct0, ct0 + n_c)), [g])]
    return lines


def true_entries(t: CountTable) -> list[int]:
    if t.one_way:
        return [r[0] for r in t.cells] + [t.total()]
    return (
        [v for r in t.cells for v in r] + list(t.row_totals()) + list(t.col_totals()) + [t.total()]
    )


def flatten(t: CountTable, p: PublishedTable) -> tuple[list[int], list[object], list[Line]]:
    """True values, shown values and line equations, in the same entry order."""
    n_r, n_c = len(t.row_labels), len(t.col_labels)
    true = true_entries(t)
    shown: list[object] = [c for r in p.cells for c in r]
    if t.one_way:
        shown.append(p.total)
        return true, shown, [(list(range(n_r)), [n_r])]
    assert p.row_totals is not None
    assert p.col_totals is not None
    shown += list(p.row_totals) + list(p.col_totals) + [p.total]
    return true, shown, two_way_lines(n_r, n_c)


def reader_bounds(shown: Sequence[object], cap: int, withheld: bool) -> Bounds:
    out: Bounds = []
    for s in shown:
        if isinstance(s, int):
            out.append((s, s))
        elif s == SMALL:
            out.append((1, 4))
        elif s is None:  # never published: any count
            out.append((0, cap))
        else:
            assert s == HIDDEN, s
            out.append((0, cap) if withheld else (5, cap))
    return out


def _propagate(b: Bounds, lines: Sequence[Line]) -> Bounds | None:
    b = list(b)
    changed = True
    while changed:
        changed = False
        for left, right in lines:
            terms = [(i, 1) for i in left] + [(i, -1) for i in right]
            for i, c in terms:
                # c*x_i = -sum(other c_j x_j): bound x_i by the others' extremes
                lo_o = sum(b[j][0] if cj > 0 else -b[j][1] for j, cj in terms if j != i)
                hi_o = sum(b[j][1] if cj > 0 else -b[j][0] for j, cj in terms if j != i)
                lo, hi = (-hi_o, -lo_o) if c > 0 else (lo_o, hi_o)
                new = (max(b[i][0], lo), min(b[i][1], hi))
                if new[0] > new[1]:
                    return None
                if new != b[i]:
                    b[i], changed = new, True
    return b


def feasible(b: Bounds, lines: Sequence[Line]) -> bool:
    pb = _propagate(b, lines)
    if pb is None:
        return False
    free = [i for i, (lo, hi) in enumerate(pb) if lo < hi]
    if not free:
        return True
    i = min(free, key=lambda k: pb[k][1] - pb[k][0])
    lo, hi = pb[i]
    mid = (lo + hi) // 2
    return any(
        feasible([*pb[:i], part, *pb[i + 1 :]], lines) for part in ((lo, mid), (mid + 1, hi))
    )


def assert_undisclosed(
    true: Sequence[int], bounds: Bounds, lines: Sequence[Line], targets: Sequence[int]
) -> None:
    """Each target entry can take another value than its true one."""
    assert feasible(bounds, lines), "the true counts must fit what is published"
    for k in targets:
        v = true[k]
        other = [(bounds[k][0], v - 1), (v + 1, bounds[k][1])]
        assert any(
            lo <= hi and feasible([*bounds[:k], (lo, hi), *bounds[k + 1 :]], lines)
            for lo, hi in other
        ), f"hidden entry {k} (true {v}) is disclosed"


def assert_protected(t: CountTable, p: PublishedTable, total_public: bool = False) -> None:
    true, shown, lines = flatten(t, p)
    if total_public:  # shown in other tables too: never hidden to protect a cell
        assert shown[-1] != HIDDEN
    bounds = reader_bounds(shown, 2 * max(true[-1], 1) + 20, p.withheld)
    for k, s in enumerate(shown):
        if isinstance(s, int):
            assert s == true[k]
    targets = [k for k, s in enumerate(shown) if not isinstance(s, int)]
    try:
        assert_undisclosed(true, bounds, lines, targets)
    except AssertionError as exc:
        raise AssertionError(f"{exc} by {shown}") from None


def assert_margins_protected(
    t: CountTable,
    rows: PublishedTable,
    cols: PublishedTable,
    zeros: frozenset[tuple[int, int]],
) -> None:
    """Two one-way tables published as the margins of ``t``: the reader knows the margins as
    shown, that the ``zeros`` are 0, and nothing else of the cross-table."""
    n_r, n_c = len(t.row_labels), len(t.col_labels)
    assert rows.total == cols.total, "one population, one total"
    true = true_entries(t)
    inner: list[object] = [0 if (i, j) in zeros else None for i in range(n_r) for j in range(n_c)]
    shown = inner + [r[0] for r in rows.cells] + [c[0] for c in cols.cells] + [rows.total]
    for k, s in enumerate(shown):
        if isinstance(s, int):
            assert s == true[k], (k, s, true[k])
    bounds = reader_bounds(shown, 2 * max(true[-1], 1) + 20, rows.withheld)
    targets = [
        k
        for k, s in enumerate(shown)
        if (s is None and 0 < true[k] < 5) or (s is not None and not isinstance(s, int))
    ]
    assert_undisclosed(true, bounds, two_way_lines(n_r, n_c), targets)
