"""Two tables over the same women, tied by combinations that cannot happen, released
together (``suppress_margins``): neither, nor both side by side, gives a small count away."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponte.core.suppression import (
    HIDDEN,
    SMALL,
    CountTable,
    small_cells,
    suppress,
    suppress_margins,
)
from tests.core.reader import assert_margins_protected

#: Rows: work at closure (job, no job); columns: first job (had one at intake, found one
#: during her path, none). A woman in a job at closure had one at intake or found one.
SHAPE = (("job", "no_job"), ("at_intake", "found", "none"))
ZEROS = frozenset({(0, 2)})


def _joint(cells: tuple[tuple[int, ...], ...]) -> CountTable:
    return CountTable("joint", SHAPE[0], SHAPE[1], cells)


def _margins(t: CountTable, name: str, *, rows: bool) -> CountTable:
    values = t.row_totals() if rows else t.col_totals()
    labels = t.row_labels if rows else t.col_labels
    return CountTable(name, labels, ("count",), tuple((v,) for v in values))


def test_two_tables_suppressed_alone_give_a_small_count_away() -> None:
    """The reason for suppress_margins: 'no job found' is at most 'no job at closure' (5),
    and at least 5 once hidden, so it is 5 — and then 'at intake' is 20 − 12 − 5 = 3."""
    t = _joint(((3, 12, 0), (0, 0, 5)))
    rows = suppress(_margins(t, "work", rows=True), total_public=True)
    cols = suppress(_margins(t, "first_job", rows=False), total_public=True)
    assert rows.cells == ((15,), (5,))
    assert cols.cells == ((SMALL,), (12,), (HIDDEN,)), "each table alone looks protected"
    with pytest.raises(AssertionError, match="disclosed"):
        assert_margins_protected(t, rows, cols, ZEROS)

    rows, cols = suppress_margins(t, "work", "first_job", ZEROS)
    assert_margins_protected(t, rows, cols, ZEROS)
    assert small_cells(rows) == small_cells(cols) == []
    assert rows.total == cols.total == 20


def test_a_count_where_none_can_be_is_refused() -> None:
    with pytest.raises(ValueError, match="none can be"):
        suppress_margins(_joint(((3, 12, 1), (0, 0, 5))), "work", "first_job", ZEROS)


@st.composite
def joints(draw: st.DrawFn) -> tuple[CountTable, frozenset[tuple[int, int]]]:
    n_r = draw(st.integers(2, 4))
    n_c = draw(st.integers(2, 4))
    zeros = frozenset(
        (i, j) for i in range(n_r) for j in range(n_c) if draw(st.integers(0, 4)) == 0
    )
    value = st.sampled_from([0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12])
    cells = tuple(
        tuple(0 if (i, j) in zeros else draw(value) for j in range(n_c)) for i in range(n_r)
    )
    labels = (tuple(f"r{i}" for i in range(n_r)), tuple(f"c{j}" for j in range(n_c)))
    return CountTable("t", *labels, cells), zeros


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(joints(), st.booleans())
def test_no_count_below_5_can_be_worked_out_from_both_margins(
    joint: tuple[CountTable, frozenset[tuple[int, int]]], total_public: bool
) -> None:
    t, zeros = joint
    rows, cols = suppress_margins(t, "a", "b", zeros, total_public=total_public)
    assert small_cells(rows) == small_cells(cols) == []
    for (shown,), true in zip(
        rows.cells + cols.cells, t.row_totals() + t.col_totals(), strict=True
    ):
        if 0 < true < 5:
            assert shown in (SMALL, HIDDEN)
    assert_margins_protected(t, rows, cols, zeros)
    assert suppress_margins(t, "a", "b", zeros, total_public=total_public) == (rows, cols)
