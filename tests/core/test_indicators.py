"""The outcome tables a centre may publish: no count from 1 to 4 can be worked out, from any
one of them or from the tables of one population read together."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponte.core import indicators as ind
from ponte.core.suppression import PublishedTable, small_cells
from tests.core.reader import assert_margins_protected, assert_protected

WORK = ("permanent", "fixed_term", "apprenticeship", "self_employed", "tirocinio", "not_working")


@st.composite
def closed_paths(draw: st.DrawFn) -> ind.ClosedPath:
    """A woman whose path closed, with the ties the real data has."""
    tirocinio = draw(st.sampled_from(ind.STAGES))
    training = draw(st.sampled_from(ind.STAGES))
    job_path = tirocinio != "none" or training != "none" or draw(st.booleans())
    work = draw(st.sampled_from((*WORK, None)))
    first = draw(st.sampled_from(ind.FIRST_JOB_ROWS))
    if work in ind.JOB_ROWS and first == "no_job":  # in a job at closure: she found one
        first = draw(st.sampled_from(ind.FIRST_JOB_ROWS[1:5]))
    autonomy = st.sampled_from((True, False, None))
    return ind.ClosedPath(
        job_path, training, tirocinio, work, first, draw(autonomy), draw(autonomy)
    )


followups = st.builds(
    ind.FollowUp,
    st.sampled_from((ind.FOLLOWED_UP, ind.FOLLOWED_UP, *ind.NOT_FOLLOWED_UP)),
    st.sampled_from((*WORK, None)),
)


def _by_name(tables: list[PublishedTable]) -> dict[str, PublishedTable]:
    return {t.name: t for t in tables}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(closed_paths(), max_size=40),
    st.lists(followups, max_size=25),
    st.lists(followups, max_size=25),
)
def test_no_published_outcome_table_lets_a_count_below_5_be_worked_out(
    paths: list[ind.ClosedPath], due6: list[ind.FollowUp], due12: list[ind.FollowUp]
) -> None:
    out = _by_name(ind.published(paths, due6, due12))
    assert list(out) == list(ind.TABLES), "every table, in a fixed order"
    for t in out.values():
        assert small_cells(t) == [], t.name
    # Each population's tables all add up to it (a total is never hidden to protect a cell).
    for name, population in ind.TABLES.items():
        size = {ind.CLOSED: len(paths), ind.DUE_6: len(due6), ind.DUE_12: len(due12)}[population]
        assert out[name].total in (size, "<5")
        assert (out[name].total == "<5") == (0 < size < 5)

    assert_margins_protected(
        ind.path_grid(paths), out["outcome_training"], out["outcome_tirocinio"], ind._PATH_ZEROS
    )
    assert_margins_protected(
        ind.work_grid(paths), out["outcome_work_closure"], out["outcome_first_job"], ind._WORK_ZEROS
    )
    assert_protected(ind.autonomy(paths), out["outcome_autonomy"], total_public=True)
    assert_protected(
        ind.followup("outcome_followup_6", due6), out["outcome_followup_6"], total_public=True
    )
    assert_protected(
        ind.followup("outcome_followup_12", due12), out["outcome_followup_12"], total_public=True
    )


def test_the_exact_tables_are_the_margins_of_the_published_ones() -> None:
    paths = [
        ind.ClosedPath(True, "completed", "started", "permanent", "within_90_days", False, True),
        ind.ClosedPath(False, "none", "none", None, "no_job", None, False),
    ]
    exact = {t.name: t for t in ind.exact(paths, [], [ind.FollowUp("no_consent")])}
    assert exact["outcome_training"].value("training_completed") == 1
    assert exact["outcome_training"].value("no_job_path") == 1
    assert exact["outcome_tirocinio"].value("tirocinio_started") == 1
    assert exact["outcome_work_closure"].value("permanent") == 1
    assert exact["outcome_work_closure"].value("not_recorded") == 1
    assert exact["outcome_first_job"].value("within_90_days") == 1
    assert exact["outcome_autonomy"].value("intake_not_autonomous", "closure_autonomous") == 1
    assert exact["outcome_followup_12"].value("no_consent") == 1
    assert exact["outcome_followup_6"].total() == 0
    assert [ind.first_job_band(d) for d in (0, 90, 91, 365, 366)] == [
        "within_90_days",
        "within_90_days",
        "within_180_days",
        "within_365_days",
        "after_365_days",
    ]
