"""Small-cell suppression, checked by an exact search written apart from the implementation.

The search plays the reader of a published table: it knows every shown number, that a
``"<5"`` is 1..4, that a ``"—"`` is at least 5 (or any count in a withheld table), and the
grand total when it is published elsewhere; it looks for two tables that fit all of this and
differ in a hidden count. If it finds only one, the count was disclosed.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponte.core.combining import combine, from_rows
from ponte.core.suppression import (
    HIDDEN,
    SMALL,
    CountTable,
    PublishedTable,
    small_cells,
    suppress,
)
from tests.core.reader import assert_protected, flatten

counts = st.one_of(st.integers(0, 6), st.integers(0, 14))


@st.composite
def tables(draw: st.DrawFn) -> CountTable:
    n_r = draw(st.integers(1, 3))
    n_c = draw(st.integers(1, 4))
    cells = tuple(tuple(draw(counts) for _ in range(n_c)) for _ in range(n_r))
    return CountTable(
        "t", tuple(f"r{i}" for i in range(n_r)), tuple(f"c{j}" for j in range(n_c)), cells
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.booleans())
def test_no_hidden_count_can_be_worked_out(t: CountTable, total_public: bool) -> None:
    p = suppress(t, total_public=total_public)
    true, shown, _ = flatten(t, p)
    for v, s in zip(true, shown, strict=True):
        if 0 < v < 5:
            assert s in (SMALL, HIDDEN), "every count from 1 to 4 is hidden"
    assert small_cells(p) == []
    assert_protected(t, p, total_public)
    assert suppress(t, total_public=total_public) == p, "deterministic"


def test_a_total_that_would_reveal_a_cell_is_hidden_too() -> None:
    t = CountTable("invio_da", ("self", "police", "gp"), ("count",), ((3,), (0,), (0,)))
    p = suppress(t)
    assert p.cells == ((SMALL,), (0,), (0,))
    assert p.total == SMALL, "a total of 3 equals the one small cell"


def test_a_second_cell_protects_the_first_when_the_total_is_shown() -> None:
    t = CountTable(
        "first_contact", ("phone", "in_person", "email"), ("count",), ((3,), (9,), (12,))
    )
    p = suppress(t, total_public=True)
    assert p.total == 24
    assert p.cells == ((SMALL,), (HIDDEN,), (12,)), "the smallest count that protects is hidden"
    assert_protected(t, p, total_public=True)


def test_a_two_way_table_hides_a_rectangle() -> None:
    t = CountTable("age_cit", ("a", "b"), ("x", "y"), ((2, 10), (20, 30)))
    p = suppress(t)
    assert p.cells == ((SMALL, HIDDEN), (HIDDEN, HIDDEN)) or p.cells[0][0] == SMALL
    hidden = sum(1 for r in p.cells for c in r if c in (SMALL, HIDDEN))
    assert hidden >= 2, "one hidden cell in a row with a shown total would be recomputable"
    assert p.total == 62
    assert_protected(t, p)


def test_a_table_that_cannot_be_protected_is_withheld() -> None:
    t = CountTable("hires", ("yes", "no"), ("count",), ((1,), (5,)))
    p = suppress(t, total_public=True)
    assert p.withheld
    assert p.cells == ((HIDDEN,), (HIDDEN,))
    assert p.total == 6
    assert_protected(t, p, total_public=True)


def test_the_exact_search_has_teeth() -> None:
    """Publishing a lone small cell next to its total must be caught as a disclosure."""
    t = CountTable("x", ("a", "b"), ("count",), ((3,), (9,)))
    naive = PublishedTable("x", ("a", "b"), ("count",), ((SMALL,), (9,)), total=12)
    with pytest.raises(AssertionError, match="disclosed"):
        assert_protected(t, naive)


def test_multi_answer_tables_have_no_totals_and_hide_small_counts() -> None:
    t = CountTable("forms", ("physical", "sexual"), ("count",), ((7,), (2,)), additive=False)
    p = suppress(t)
    assert p.cells == ((7,), (SMALL,))
    assert p.total is None
    assert p.to_rows() == (["category", "count"], [["physical", 7], ["sexual", SMALL]])


def test_rows_for_export_carry_the_margins() -> None:
    t = CountTable("t", ("a", "b"), ("x", "y"), ((5, 6), (7, 8)))
    cols, rows = suppress(t).to_rows()
    assert cols == ["category", "x", "y", "total"]
    assert rows == [["a", 5, 6, 11], ["b", 7, 8, 15], ["total", 12, 14, 26]]


@settings(max_examples=100, deadline=None)
@given(tables(), st.booleans())
def test_rows_read_back_to_the_same_table(t: CountTable, additive: bool) -> None:
    t = CountTable(t.name, t.row_labels, t.col_labels, t.cells, additive)
    p = suppress(t)
    cols, rows = p.to_rows()
    back = from_rows(p.name, cols, rows)
    assert back.to_rows() == (cols, rows)
    assert (back.cells, back.row_totals, back.col_totals, back.total) == (
        p.cells,
        p.row_totals,
        p.col_totals,
        p.total,
    )
    assert back.withheld == (p.withheld and t.additive)


def test_combining_shows_only_what_every_centre_showed() -> None:
    a = suppress(
        CountTable("t", ("x", "y", "z"), ("count",), ((3,), (9,), (12,))), total_public=True
    )
    b = suppress(
        CountTable("t", ("x", "y", "z"), ("count",), ((0,), (6,), (8,))), total_public=True
    )
    both = combine("t", [a, b])
    assert both.cells == ((HIDDEN,), ("≥11",), (20,)), "a hidden 9 (at least 5) plus a shown 6"
    assert both.total == 38
    assert small_cells(both) == []
    with pytest.raises(ValueError, match="shapes"):
        combine("t", [a, suppress(CountTable("t", ("x",), ("count",), ((7,),)))])


def test_an_aggregate_payload_carries_tables_of_a_known_network_only() -> None:
    from ponte.core.errors import MalformedPacket
    from ponte.core.payloads import validate

    cols, rows = suppress(CountTable("t", ("a", "b"), ("count",), ((3,), (9,)))).to_rows()
    payload = {
        "period": {"from": "2026-01-01", "to": "2026-03-31"},
        "network": "legnano",
        "tables": [{"name": "t", "columns": cols, "rows": rows}],
    }
    validate("aggregate", payload)
    with pytest.raises(MalformedPacket):
        validate("aggregate", {**payload, "network": "Via delle Ortensie"})
    with pytest.raises(MalformedPacket):
        validate(
            "aggregate", {**payload, "tables": [{"name": "t", "columns": cols, "rows": [{"a": 1}]}]}
        )


@st.composite
def report_sized(draw: st.DrawFn) -> CountTable:
    """As big as the real tables: 8 age bands x 4 citizenships, or 13 ways she arrived."""
    n_r, n_c = draw(st.sampled_from([(8, 4), (13, 1), (7, 5)]))
    small = st.sampled_from([0, 0, 1, 2, 3, 4, 5, 6, 8, 11, 15])
    cells = tuple(tuple(draw(small) for _ in range(n_c)) for _ in range(n_r))
    return CountTable(
        "t", tuple(f"r{i}" for i in range(n_r)), tuple(f"c{j}" for j in range(n_c)), cells
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_sized(), st.booleans())
def test_tables_the_size_of_real_reports_are_protected_too(t: CountTable, shared: bool) -> None:
    p = suppress(t, total_public=shared)
    assert small_cells(p) == []
    assert_protected(t, p, shared)
