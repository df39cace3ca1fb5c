"""Which statistics may leave a centre, and in what form: suppressed tables only.

Exports (yearly ISTAT/Regione counts) take :func:`publishable`; reports to the cabina di
regia take broad age groups instead of the fine bands (:func:`age_groups`) — never both,
since one is a sum of the other and together they could give a hidden count away.
"""

from __future__ import annotations

from collections.abc import Iterable

from ponte.core.suppression import HIDDEN, SMALL, CountTable, K, PublishedTable, suppress
from ponte.storage.stats import UNKNOWN, CentreStats

#: Broad groups for reports that leave the centre every quarter: a fine age x citizenship
#: grid over a few dozen women is mostly hidden, broad groups keep counts of 5 and more.
AGE_GROUPS: dict[str, tuple[str, ...]] = {
    "under_35": ("under_18", "18_24", "25_34"),
    "35_54": ("35_44", "45_54"),
    "55_plus": ("55_64", "65_plus"),
    UNKNOWN: (UNKNOWN,),
}
CITIZENSHIP_GROUPS: dict[str, tuple[str, ...]] = {
    "italian": ("italian",),
    "foreign": ("eu", "non_eu"),
    UNKNOWN: (UNKNOWN,),
}


def coarsen(
    table: CountTable,
    name: str,
    rows: dict[str, tuple[str, ...]],
    cols: dict[str, tuple[str, ...]],
) -> CountTable:
    """Merge categories of an additive table into groups (every category in one group)."""
    ri = {lab: i for i, lab in enumerate(table.row_labels)}
    ci = {lab: j for j, lab in enumerate(table.col_labels)}
    cells = tuple(
        tuple(sum(table.cells[ri[r]][ci[c]] for r in rs for c in cs) for cs in cols.values())
        for rs in rows.values()
    )
    return CountTable(name, tuple(rows), tuple(cols), cells)


def age_groups(stats: CentreStats) -> CountTable:
    return coarsen(stats.age_citizenship, "age_group_citizenship", AGE_GROUPS, CITIZENSHIP_GROUPS)


#: Tables whose grand total is shown in another table (the overview, the steps table): it is
#: never hidden to protect a cell, since hiding it here would not hide it there.
SHARED_TOTALS = frozenset(
    {
        "age_citizenship",
        "age_group_citizenship",
        "author_relation",
        "violence_duration",
        "first_contact",
        "invio_da",
        "reddito_di_liberta",
        "referrals",
    }
)


def published(tables: Iterable[CountTable]) -> list[PublishedTable]:
    """The tables as they may leave the centre: suppressed (k = 5, with secondary cells)."""
    return [suppress(t, total_public=t.name in SHARED_TOTALS) for t in tables]


def timing_table(days: tuple[float | None, int]) -> PublishedTable:
    """Median days to the first answer, shown only when at least 5 referrals were answered."""
    value, n = days
    shown_n = SMALL if 0 < n < K else n
    shown_median = round(value) if value is not None and n >= K else HIDDEN
    return PublishedTable(
        "days_to_first_status",
        ("referrals",),
        ("median_days", "answered"),
        ((shown_median, shown_n),),
    )


def publishable(stats: CentreStats) -> list[PublishedTable]:
    """Everything in ``stats`` as it may leave the centre in an export.

    Never together with :func:`age_groups`: its cells are sums of ``age_citizenship`` cells,
    and the two published side by side could give a hidden count away.
    """
    return [*published(stats.tables()), timing_table(stats.days_to_first_status)]
