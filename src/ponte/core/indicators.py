"""Outcome indicators (issue 21): whom each one counts, and the tables it makes.

Every table counts one *population* — its denominator, named in the report:

- ``closed``: paths (cases) closed in the period;
- ``due_6`` / ``due_12``: paths whose six- / twelve-month follow-up fell due in the period
  (closed six or twelve months before, by the same rule that makes the reminder).

Every woman of a population is in exactly one row of each of its tables ("not recorded",
"not followed up" are rows, never left out), so each table adds up to its population.

Two pairs of tables are about the same women and tied by combinations that cannot happen —
a woman with no job path did no tirocinio; a woman in a job at closure had one at intake or
found one — so each pair is released together as the margins of one cross-table
(``suppress_margins``). Otherwise the tables of a population share no variable, which is
why showing them side by side tells nothing one table alone does not (docs/reporting.md).
Pure: storage gathers the facts (``storage/outcome_stats.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ponte.core.combining import add_up
from ponte.core.suppression import Cell, CountTable, PublishedTable, suppress, suppress_margins

NOT_RECORDED = "not_recorded"
CLOSED, DUE_6, DUE_12 = "closed", "due_6", "due_12"
POPULATIONS = (CLOSED, DUE_6, DUE_12)

# ---------------------------------------------------------------- rows and columns
STAGES = ("none", "started", "completed")
TRAINING_ROWS = ("no_job_path", "no_training", "training_started", "training_completed")
TIROCINIO_ROWS = ("no_tirocinio", "tirocinio_started", "tirocinio_completed")
#: Work at closure (and at a follow-up): the contract when she works.
WORK_ROWS = (
    "permanent",
    "fixed_term",
    "apprenticeship",
    "self_employed",
    "tirocinio",
    "not_working",
    NOT_RECORDED,
)
JOB_ROWS = frozenset(WORK_ROWS[:4])
#: Days from intake to her first job during the path.
BANDS = ((90, "within_90_days"), (180, "within_180_days"), (365, "within_365_days"))
FIRST_JOB_ROWS = (
    "in_work_at_intake",
    *(name for _, name in BANDS),
    "after_365_days",
    "no_job",
    "intake_not_recorded",
)
AUTONOMY_INTAKE = ("intake_autonomous", "intake_not_autonomous", "intake_not_recorded")
AUTONOMY_CLOSURE = ("closure_autonomous", "closure_not_autonomous", "closure_not_recorded")
FOLLOWED_UP = "followed_up"
NOT_FOLLOWED_UP = ("not_reached", "no_consent", "not_done")
FOLLOWUP_ROWS = (*WORK_ROWS, *NOT_FOLLOWED_UP)

#: Each published table, the population it counts.
TABLES: dict[str, str] = {
    "outcome_training": CLOSED,
    "outcome_tirocinio": CLOSED,
    "outcome_work_closure": CLOSED,
    "outcome_first_job": CLOSED,
    "outcome_autonomy": CLOSED,
    "outcome_followup_6": DUE_6,
    "outcome_followup_12": DUE_12,
}
#: Cross-tables never published: only their margins (the pairs above).
_PATH_ZEROS = frozenset({(0, 1), (0, 2)})  # no job path: no tirocinio
_WORK_ZEROS = frozenset((i, FIRST_JOB_ROWS.index("no_job")) for i in range(4))


@dataclass(frozen=True)
class ClosedPath:
    """One path closed in the period, as the indicators see it."""

    job_path: bool  # a job-path step (DID/GOL, orientation, course, tirocinio…) started
    training: str  # a course: none / started / completed (STAGES)
    tirocinio: str  # STAGES
    work: str | None  # work at closure (a WorkSituation code), None: not recorded
    first_job: str  # FIRST_JOB_ROWS
    autonomous_intake: bool | None
    autonomous_closure: bool | None


@dataclass(frozen=True)
class FollowUp:
    """One path whose follow-up fell due in the period."""

    status: str  # FOLLOWED_UP or one of NOT_FOLLOWED_UP
    work: str | None = None  # when followed up


def first_job_band(days: int) -> str:
    return next((name for limit, name in BANDS if days <= limit), "after_365_days")


def _grid(
    name: str, rows: Sequence[str], cols: Sequence[str], pairs: Sequence[tuple[str, str]]
) -> CountTable:
    counts = {(r, c): 0 for r in rows for c in cols}
    for pair in pairs:
        counts[pair] += 1
    cells = tuple(tuple(counts[(r, c)] for c in cols) for r in rows)
    return CountTable(name, tuple(rows), tuple(cols), cells)


def _one_way(name: str, rows: Sequence[str], values: Sequence[str]) -> CountTable:
    return CountTable(
        name, tuple(rows), ("count",), tuple((sum(v == r for v in values),) for r in rows)
    )


def path_grid(paths: Sequence[ClosedPath]) -> CountTable:
    def row(p: ClosedPath) -> str:
        if not (p.job_path or p.training != "none" or p.tirocinio != "none"):
            return "no_job_path"
        return {"none": "no_training", "started": "training_started"}.get(
            p.training, "training_completed"
        )

    pairs = [(row(p), TIROCINIO_ROWS[STAGES.index(p.tirocinio)]) for p in paths]
    return _grid("path", TRAINING_ROWS, TIROCINIO_ROWS, pairs)


def work_grid(paths: Sequence[ClosedPath]) -> CountTable:
    return _grid(
        "work", WORK_ROWS, FIRST_JOB_ROWS, [(p.work or NOT_RECORDED, p.first_job) for p in paths]
    )


def autonomy(paths: Sequence[ClosedPath]) -> CountTable:
    def code(value: bool | None, names: Sequence[str]) -> str:
        return names[2] if value is None else names[0] if value else names[1]

    pairs = [
        (code(p.autonomous_intake, AUTONOMY_INTAKE), code(p.autonomous_closure, AUTONOMY_CLOSURE))
        for p in paths
    ]
    return _grid("outcome_autonomy", AUTONOMY_INTAKE, AUTONOMY_CLOSURE, pairs)


def followup(name: str, people: Sequence[FollowUp]) -> CountTable:
    values = [(p.work or NOT_RECORDED) if p.status == FOLLOWED_UP else p.status for p in people]
    return _one_way(name, FOLLOWUP_ROWS, values)


def _margins(t: CountTable, rows: str, cols: str) -> list[CountTable]:
    return [
        CountTable(rows, t.row_labels, ("count",), tuple((v,) for v in t.row_totals())),
        CountTable(cols, t.col_labels, ("count",), tuple((v,) for v in t.col_totals())),
    ]


def exact(
    paths: Sequence[ClosedPath], due6: Sequence[FollowUp], due12: Sequence[FollowUp]
) -> list[CountTable]:
    """The centre's own counts (never leave the centre as they are)."""
    return [
        *_margins(path_grid(paths), "outcome_training", "outcome_tirocinio"),
        *_margins(work_grid(paths), "outcome_work_closure", "outcome_first_job"),
        autonomy(paths),
        followup("outcome_followup_6", due6),
        followup("outcome_followup_12", due12),
    ]


def published(
    paths: Sequence[ClosedPath], due6: Sequence[FollowUp], due12: Sequence[FollowUp]
) -> list[PublishedTable]:
    """What may leave the centre: the same tables, suppressed (k = 5, secondary cells).

    Every population's size is a total shown elsewhere (closed paths are in the overview;
    a follow-up population is an earlier period's closed paths), so it is never hidden to
    protect a cell and the reader is assumed to know it.
    """
    return [
        *suppress_margins(path_grid(paths), "outcome_training", "outcome_tirocinio", _PATH_ZEROS),
        *suppress_margins(
            work_grid(paths), "outcome_work_closure", "outcome_first_job", _WORK_ZEROS
        ),
        suppress(autonomy(paths), total_public=True),
        suppress(followup("outcome_followup_6", due6), total_public=True),
        suppress(followup("outcome_followup_12", due12), total_public=True),
    ]


def denominators(table: CountTable | PublishedTable) -> tuple[Cell, Cell | None, Cell | None]:
    """The population a table counts, and for a follow-up table how many of it were
    followed up and how many were not — from its cells as shown (never more)."""
    total: Cell | None = table.total() if isinstance(table, CountTable) else table.total
    name = table.name.rsplit(".", 1)[-1]
    if TABLES.get(name) not in (DUE_6, DUE_12):
        return (total if total is not None else 0), None, None
    cells = {label: row[0] for label, row in zip(table.row_labels, table.cells, strict=True)}
    withheld = isinstance(table, PublishedTable) and table.withheld
    followed = add_up([cells[r] for r in WORK_ROWS], withheld)
    not_followed = add_up([cells[r] for r in NOT_FOLLOWED_UP], withheld)
    return (total if total is not None else 0), followed, not_followed
