"""Centre statistics against a real vault with hand-made cases, counted by hand."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest

from ponte.core.domain import Case, Person, PlanStep
from ponte.core.enums import (
    AgeBand,
    CaseStatus,
    Citizenship,
    ClosureReason,
    FirstContact,
    InvioDa,
    StepStatus,
    StepType,
    ViolenceForm,
)
from ponte.core.errors import PeriodBackwards
from ponte.core.suppression import HIDDEN, SMALL
from ponte.storage import cases, plans
from ponte.storage.db import Database
from ponte.storage.inbox import VaultInbox
from ponte.storage.publish import age_groups, publishable, timing_table
from ponte.storage.stats import Period, centre_stats, monthly_new_contacts

from .conftest import COORD

AT = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)
Q1 = Period.quarter(2026, 1)


def _case(db: Database, opened: date, **kw: Any) -> str:
    person = Person(
        alias="Demo",
        age_band=kw.pop("age", None),
        citizenship=kw.pop("cit", None),
        children_total=kw.get("minors", 0),
        children_minors=kw.pop("minors", 0),
        minors_witnessed=kw.pop("witnessed", 0),
    )
    case = Case(opened_on=opened, **kw)
    return cases.create(db, COORD, person, case, at=AT).id


def _step(
    db: Database,
    case_id: str,
    kind: StepType,
    status: StepStatus,
    start: str,
    end: str | None = None,
) -> None:
    plans.add_step(
        db,
        COORD,
        PlanStep(
            case_id,
            kind,
            status,
            started_on=date.fromisoformat(start),
            ended_on=date.fromisoformat(end) if end else None,
        ),
        at=AT,
    )


def _referral(db: Database, case_id: str, n: int, service: str, status: str, created: str) -> str:
    packet = f"pkt-{n}"
    db.execute(
        "INSERT INTO referrals (id, case_id, recipient, service_type, packet_id, status,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
        (f"ref-{n}", case_id, "member-x", service, packet, status, created, created),
    )
    return packet


@dataclass(frozen=True)
class _Status:
    packet_id: str
    sender: str
    type: str
    payload: dict[str, Any] | None
    refused: str | None = None


def _answer(db: Database, referral_packet: str, n: int, at: str, status: str = "accepted") -> None:
    """A status packet as the inbox stores it (it also moves the referral's status)."""
    item = _Status(f"st-{n}", "member-x", "status", {"referral": referral_packet, "status": status})
    VaultInbox(db).store(item, b"raw", datetime.fromisoformat(at))


@pytest.fixture
def seeded(db: Database) -> Database:
    jan, feb, mar = date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15)
    young = {"age": AgeBand.A25_34, "cit": Citizenship.ITALIAN}
    older = {"age": AgeBand.A35_44, "cit": Citizenship.NON_EU}
    phys = frozenset({ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL})
    psy = frozenset({ViolenceForm.PSYCHOLOGICAL})
    a = _case(
        db,
        jan,
        **young,
        first_contact=FirstContact.PHONE,
        invio_da=InvioDa.SELF,
        violence_forms=phys,
        minors=2,
        witnessed=1,
    )
    b = _case(
        db,
        jan,
        **young,
        first_contact=FirstContact.PHONE,
        invio_da=InvioDa.SELF,
        violence_forms=psy,
    )
    _case(
        db,
        feb,
        **young,
        first_contact=FirstContact.PHONE,
        invio_da=InvioDa.SELF,
        violence_forms=psy,
        minors=1,
    )
    _case(
        db,
        feb,
        **older,
        first_contact=FirstContact.PHONE,
        invio_da=InvioDa.POLICE,
        violence_forms=phys,
    )
    _case(db, mar, **older, first_contact=FirstContact.IN_PERSON, invio_da=InvioDa.POLICE)
    _case(db, mar, first_contact=FirstContact.IN_PERSON)
    _case(db, date(2025, 11, 1))  # active, not new
    _case(
        db,
        date(2024, 3, 1),
        status=CaseStatus.CLOSED,
        closure_reason=ClosureReason.GOALS_MET,
        closed_on=date(2025, 6, 1),
    )  # neither
    _case(
        db,
        date(2025, 12, 1),
        status=CaseStatus.CLOSED,
        closure_reason=ClosureReason.GOALS_MET,
        closed_on=date(2026, 2, 10),
    )  # active, closed
    _case(db, date(2026, 4, 1))  # after the period

    _step(db, a, StepType.TIROCINIO, StepStatus.IN_PROGRESS, "2026-02-01")
    _step(db, b, StepType.TIROCINIO, StepStatus.DONE, "2026-01-10", "2026-03-01")
    _step(db, b, StepType.ASSUNZIONE, StepStatus.DONE, "2026-03-01", "2026-03-15")
    _step(db, a, StepType.REDDITO_DI_LIBERTA, StepStatus.SENT, "2026-01-05")
    _step(db, b, StepType.REDDITO_DI_LIBERTA, StepStatus.REFUSED, "2026-01-06", "2026-02-01")
    _step(db, a, StepType.REDDITO_DI_LIBERTA, StepStatus.DONE, "2025-12-20", "2026-02-01")  # before
    _step(db, b, StepType.FORMAZIONE, StepStatus.PROPOSED, "2026-01-05")  # not started

    r1 = _referral(db, a, 1, "cpi", "accepted", "2026-01-10T10:00:00Z")
    r2 = _referral(db, b, 2, "cpi", "done", "2026-01-11T10:00:00Z")
    _referral(db, b, 3, "cpi", "queued", "2026-03-30T10:00:00Z")
    r4 = _referral(db, a, 4, "health", "declined", "2026-02-01T10:00:00Z")
    _referral(db, a, 5, "health", "done", "2025-12-01T10:00:00Z")  # before
    _answer(db, r1, 1, "2026-01-12T10:00:00+00:00")  # 2 days
    _answer(db, r1, 11, "2026-01-20T10:00:00+00:00")  # later answers do not count
    _answer(db, r2, 2, "2026-01-15T10:00:00+00:00", "done")  # 4 days
    _answer(db, r4, 4, "2026-02-07T10:00:00+00:00", "declined")  # 6 days
    return db


def test_counts_match_the_cases_by_hand(seeded: Database) -> None:
    s = centre_stats(seeded, Q1)
    assert (s.period.start, s.period.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert s.new_contacts == 6
    assert s.active_cases == 8, "6 new + one still open from November + one closed in February"
    assert s.overview.value("closed_cases") == 1
    assert s.overview.value("referrals") == 4

    assert s.age_citizenship.value("25_34", "italian") == 3
    assert s.age_citizenship.value("35_44", "non_eu") == 2
    assert s.age_citizenship.value("unknown", "unknown") == 1
    assert s.age_citizenship.total() == 6
    broad = age_groups(s)
    assert broad.value("under_35", "italian") == 3
    assert broad.value("35_54", "foreign") == 2
    assert broad.value("unknown", "unknown") == 1
    assert s.first_contact.value("phone") == 4
    assert s.first_contact.value("in_person") == 2
    assert s.invio_da.value("self") == 3
    assert s.invio_da.value("police") == 2
    assert s.invio_da.value("unknown") == 1
    assert s.violence_forms.value("psychological") == 4
    assert s.violence_forms.value("physical") == 2
    assert s.children.value("women_with_minors") == 2
    assert s.children.value("minors") == 3
    assert s.children.value("women_minors_witnessed") == 1

    assert s.started(StepType.TIROCINIO) == 2
    assert s.completed(StepType.TIROCINIO) == 1
    assert s.completed(StepType.ASSUNZIONE) == 1
    assert s.started(StepType.FORMAZIONE) == 0, "a proposed step has not started"
    assert s.started(StepType.REDDITO_DI_LIBERTA) == 2
    assert s.reddito_di_liberta.value("pending") == 1
    assert s.reddito_di_liberta.value("refused") == 1
    assert s.reddito_di_liberta.value("granted") == 0, "granted, but requested in 2025"

    assert s.referrals.value("cpi", "accepted") == 1
    assert s.referrals.value("cpi", "done") == 1
    assert s.referrals.value("cpi", "pending") == 1
    assert s.referrals.value("health", "declined") == 1
    assert s.referrals.total() == 4
    assert s.days_to_first_status == (4.0, 3)


def test_another_period_counts_other_cases(seeded: Database) -> None:
    s = centre_stats(seeded, Period(date(2025, 11, 1), date(2025, 12, 31)))
    assert s.new_contacts == 2
    assert s.referrals.total() == 1
    assert s.days_to_first_status == (None, 0)


def test_published_tables_hide_every_small_count(seeded: Database) -> None:
    s = centre_stats(seeded, Q1)
    out = {p.name: p for p in publishable(s)}
    assert out["overview"].cells[0] == (6,)
    assert out["first_contact"].total == 6, "shared with the overview: never hidden"
    assert out["first_contact"].cells == ((SMALL,), (SMALL,), (0,), (0,), (0,))
    assert out["invio_da"].cells[0] == (SMALL,), "3 by herself"
    assert out["age_citizenship"].total == 6
    assert "age_group_citizenship" not in out, "a sum of age_citizenship cells: never both"
    for p in out.values():
        for c in p.entries():
            assert not (isinstance(c, int) and 0 < c < 5), p.name
    assert timing_table(s.days_to_first_status).cells == ((HIDDEN, SMALL),)
    assert timing_table((4.4, 12)).cells == ((4, 12),)


def test_a_backwards_period_is_refused() -> None:
    with pytest.raises(PeriodBackwards):
        Period(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError, match="quarter"):  # a bug: screens and CLI offer 1–4
        Period.quarter(2026, 5)
    assert Period.quarter(2026, 4).end == date(2026, 12, 31)
    assert Period.quarter(2026, 2) == Period(date(2026, 4, 1), date(2026, 6, 30))


def test_stats_read_nothing_personal(seeded: Database) -> None:
    """Everything the statistics give out — table names, row and column labels, cells, the
    published (suppressed) rows the exports write — holds no trace of who she is."""
    person = Person(
        alias="Serafina Quattrocchi",
        codice_fiscale="QTTSFN80A41F205X",
        comune_istat="015182",
        age_band=AgeBand.A25_34,
        citizenship=Citizenship.ITALIAN,
    )
    made = cases.create(
        seeded, COORD, person, Case(opened_on=date(2026, 2, 20), invio_da=InvioDa.SELF), at=AT
    )
    cases.add_note(seeded, COORD, made.id, "abita in via delle Ortensie 4", at=AT)
    code = str(seeded.scalar("SELECT woman_code FROM persons WHERE id = ?", (made.person_id,)))
    s = centre_stats(seeded, Q1)
    out = json.dumps(
        [[t.name, t.row_labels, t.col_labels, t.cells] for t in s.tables()]
        + [p.to_rows() for p in publishable(s)],
        default=str,
    )
    for trace in ("Serafina", "Quattrocchi", "QTTSFN", "015182", "Ortensie", code, made.id):
        assert trace not in out, trace
    assert made.person_id not in out
    assert "self" in out, "the serialised output is the real one"
    assert "25_34" in out


def test_new_contacts_by_month(seeded: Database) -> None:
    assert monthly_new_contacts(seeded, Period(date(2025, 11, 1), date(2026, 3, 31))) == [
        ("2025-11", 1),
        ("2025-12", 1),
        ("2026-01", 2),
        ("2026-02", 2),
        ("2026-03", 2),
    ]
