from datetime import UTC, date, datetime

import pytest

from ponte.core.domain import Case, Person
from ponte.core.enums import (
    AgeBand,
    CaseStatus,
    ClosureReason,
    ContactKind,
    InvioDa,
    ViolenceForm,
)
from ponte.core.errors import (
    ClosureReasonMissing,
    MinorsExceedChildren,
    NotFound,
    PermissionDenied,
)
from ponte.storage import audit, cases
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.db import Database
from ponte.storage.demo import seed

from .conftest import COORD, OP_A, OP_B

AT = datetime(2026, 2, 3, 10, 0, tzinfo=UTC)


def new_case(db: Database, alias: str, owner=OP_A, **case_kw) -> Case:  # type: ignore[no-untyped-def]
    return cases.create(
        db,
        owner,
        Person(alias=alias, age_band=AgeBand.A25_34, children_total=2, children_minors=1),
        Case(
            opened_on=case_kw.pop("opened_on", date(2026, 1, 10)),
            invio_da=InvioDa.ER_HOSPITAL,
            violence_forms=frozenset(case_kw.pop("forms", {ViolenceForm.PHYSICAL})),
            **case_kw,
        ),
        at=AT,
    )


def test_create_and_open_round_trip_is_audited(db: Database) -> None:
    c = new_case(db, "Rosa", forms={ViolenceForm.ECONOMIC, ViolenceForm.PSYCHOLOGICAL})
    cases.add_note(db, OP_A, c.id, "Prima telefonata, molto spaventata.", at=AT)
    cases.add_contact(db, OP_A, c.id, ContactKind.PHONE, "", at=AT)
    f = cases.open_file(db, OP_A, c.id, at=AT)
    assert f.person.alias == "Rosa"
    assert f.person.woman_code  # random code assigned
    assert f.case.violence_forms == {ViolenceForm.ECONOMIC, ViolenceForm.PSYCHOLOGICAL}
    assert [n.body for n in f.notes] == ["Prima telefonata, molto spaventata."]
    assert len(f.contacts) == 1
    actions = [(e.action, e.entity_id) for e in audit.entries(db)]
    assert ("case.read", c.id) in actions
    assert all("Rosa" not in str(e) for e in audit.entries(db)), "audit holds ids only"


def test_operatrice_sees_her_cases_and_shared_ones(db: Database) -> None:
    mine = new_case(db, "Mia", owner=OP_A)
    other = new_case(db, "Altra", owner=OP_B)
    shared = new_case(db, "Condivisa", owner=OP_B, shared=True)
    with pytest.raises(PermissionDenied):
        cases.open_file(db, OP_A, other.id, at=AT)
    cases.open_file(db, OP_A, shared.id, at=AT)
    seen = {r.id for r in list_cases(db, OP_A, CaseQuery()).rows}
    assert seen == {mine.id, shared.id}
    assert len(list_cases(db, COORD, CaseQuery()).rows) == 3
    with pytest.raises(NotFound):
        cases.open_file(db, COORD, "no-such-case", at=AT)


def test_validation_is_clear(db: Database) -> None:
    with pytest.raises(ClosureReasonMissing):
        new_case(db, "X", status=CaseStatus.CLOSED)
    with pytest.raises(MinorsExceedChildren):
        cases.create(db, OP_A, Person(children_total=1, children_minors=2), Case(), at=AT)
    assert db.scalar("SELECT count(*) FROM persons") == 0, "nothing half-written"


def test_update_and_close(db: Database) -> None:
    c = new_case(db, "Bianca")
    c.violence_forms = frozenset({ViolenceForm.STALKING})
    c.status = CaseStatus.ACTIVE
    cases.update_case(db, OP_A, c, at=AT)
    cases.close(db, OP_A, c.id, ClosureReason.GOALS_MET, at=AT)
    f = cases.open_file(db, OP_A, c.id, at=AT)
    assert f.case.status is CaseStatus.CLOSED
    assert f.case.closure_reason is ClosureReason.GOALS_MET
    assert f.case.violence_forms == {ViolenceForm.STALKING}


def test_search_as_you_type_filters_sort_and_paging(db: Database) -> None:
    a = new_case(db, "Marianna", opened_on=date(2025, 5, 1))
    b = new_case(db, "Maria Grazia", opened_on=date(2025, 6, 1), forms={ViolenceForm.ECONOMIC})
    new_case(db, "Lucia", opened_on=date(2025, 7, 1))
    cases.add_note(db, OP_A, a.id, "tirocinio presso biblioteca", at=AT)
    assert {r.id for r in list_cases(db, COORD, CaseQuery(text="mar")).rows} == {a.id, b.id}
    assert [r.id for r in list_cases(db, COORD, CaseQuery(text="maria gra")).rows] == [b.id]
    assert [r.id for r in list_cases(db, COORD, CaseQuery(text="bibliot")).rows] == [a.id]
    page = list_cases(db, COORD, CaseQuery(violence_form=ViolenceForm.ECONOMIC))
    assert [r.id for r in page.rows] == [b.id]
    asc = list_cases(db, COORD, CaseQuery(sort="alias", descending=False, limit=2))
    assert [r.alias for r in asc.rows] == ["Lucia", "Maria Grazia"]
    assert asc.total == 3
    second = list_cases(db, COORD, CaseQuery(sort="opened_on", descending=False, offset=1, limit=1))
    assert [r.id for r in second.rows] == [b.id]
    assert list_cases(db, COORD, CaseQuery(text='"; DROP TABLE cases; --')).total == 0


def test_demo_seed_is_fake_and_listed(db: Database) -> None:
    seed(db, COORD, 500, operatrici=[OP_A.account_id, OP_B.account_id])
    page = list_cases(db, COORD, CaseQuery(limit=500))
    assert page.total == 500
    assert all(r.alias and r.alias.startswith("Demo ") for r in page.rows)
    assert all(r.woman_code.startswith("DEMO-") for r in page.rows)
    assert list_cases(db, COORD, CaseQuery(text="demo")).total == 500
    mine = list_cases(db, OP_A, CaseQuery()).total
    assert 0 < mine < 500
    assert list_cases(db, COORD, CaseQuery()).total == db.scalar("SELECT count(*) FROM cases")


def test_broad_search_counts_stop_at_the_cap(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from ponte.storage import case_list

    seed(db, COORD, 120)
    monkeypatch.setattr(case_list, "COUNT_CAP", 100)
    broad = list_cases(db, COORD, CaseQuery(text="demo", limit=10))
    assert broad.total == 100
    assert broad.capped
    narrow = list_cases(
        db, COORD, CaseQuery(text="demo", status=None, limit=10, offset=0, sort="alias")
    )
    assert narrow.capped
    assert list_cases(db, COORD, CaseQuery()).total == 120, "the unfiltered count is exact"
    assert not list_cases(db, COORD, CaseQuery()).capped
