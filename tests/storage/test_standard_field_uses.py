"""What the field editor says about each standard field is checked against the code it names.

For every standard field, one case is recorded, then that field alone is changed: the centre's
statistics (the ISTAT/Regione export) change exactly for the fields said to feed them, the
report to the network exactly for those said to feed it, and a referral template's minimum
exactly for the fields and service types said to feed it. A field the editor lets her hide
really changes none of them.
"""

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from ponte.app.reporting import REPORT_TABLES
from ponte.core.domain import Case, Person
from ponte.core.enums import (
    AgeBand,
    AuthorRelation,
    CaseStatus,
    Citizenship,
    Education,
    Employment,
    FirstContact,
    Housing,
    Income,
    InvioDa,
    ServiceType,
    ViolenceDuration,
    ViolenceForm,
)
from ponte.core.standard_fields import STANDARD_FIELDS, Use
from ponte.core.templates import TEMPLATES, CaseFacts, prefill
from ponte.storage import cases
from ponte.storage.db import Database
from ponte.storage.publish import age_groups
from ponte.storage.stats import Period, centre_stats

from .conftest import COORD

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PERIOD = Period.year(2026)

BASE_PERSON = Person(
    alias="Prima",
    codice_fiscale="RSSMRA80A41F205X",
    age_band=AgeBand.A35_44,
    citizenship=Citizenship.ITALIAN,
    comune_istat="015146",
    education=Education.DIPLOMA,
    employment=Employment.UNEMPLOYED,
    income=Income.NONE,
    economically_autonomous=False,
    housing=Housing.WITH_AUTHOR,
    children_total=3,
    children_minors=2,
    minors_witnessed=1,
    minors_direct_victims=1,
    children_hosted=1,
)
BASE_CASE = Case(
    status=CaseStatus.ACTIVE,
    opened_on=date(2026, 2, 1),
    first_contact=FirstContact.PHONE,
    invio_da=InvioDa.SELF,
    violence_forms=frozenset({ViolenceForm.PHYSICAL}),
    violence_duration=ViolenceDuration.Y1_5,
    author_relation=AuthorRelation.SPOUSE_PARTNER,
)
OTHER: dict[str, Any] = {
    "alias": "Seconda",
    "codice_fiscale": "BNCLRA85M41F205Y",
    "age_band": AgeBand.A55_64,
    "citizenship": Citizenship.NON_EU,
    "comune_istat": "015182",
    "education": Education.DEGREE,
    "employment": Employment.STABLE,
    "income": Income.SELF_SUFFICIENT,
    "economically_autonomous": True,
    "housing": Housing.SHELTER,
    "children_total": 0,  # from 1, with no minors (see BASE_FOR)
    "children_minors": 0,  # was 2: "women with minors" changes
    "minors_witnessed": 0,
    "minors_direct_victims": 0,
    "children_hosted": 3,
    "status": CaseStatus.SUSPENDED,
    "opened_on": date(2025, 6, 1),  # out of the period
    "first_contact": FirstContact.IN_PERSON,
    "invio_da": InvioDa.POLICE,
    "shared": True,
    "violence_forms": frozenset({ViolenceForm.ECONOMIC}),
    "violence_duration": ViolenceDuration.OVER_5Y,
    "author_relation": AuthorRelation.FATHER,
}
CASE_ATTRS = set(Case.__dataclass_fields__)
#: A field counted only as "has any" needs a base where the change crosses zero.
BASE_FOR: dict[str, dict[str, int]] = {
    "children_total": {
        "children_total": 1, "children_minors": 0, "minors_witnessed": 0,
        "minors_direct_victims": 0, "children_hosted": 0,
    },
}  # fmt: skip


def _stats(tmp_path: Path, name: str, person: Person, case: Case) -> dict[str, Any]:
    db = Database.open(tmp_path / f"{name}.db", bytes(range(32)), create=True)
    db.migrate()
    cases.create(db, COORD, replace(person), replace(case), at=AT)
    stats = centre_stats(db, PERIOD)
    db.close()
    tables = {t.name: t.cells for t in stats.tables()}
    report = {n: c for n, c in tables.items() if n in REPORT_TABLES}
    report["age_group_citizenship"] = age_groups(stats).cells
    return {"stats": tables, "report": report}


def _minimum(person: Person, case: Case) -> dict[ServiceType, dict[str, Any]]:
    facts = CaseFacts(person, case)
    return {st: {k: prefill(k, facts) for k in minimum} for st, (minimum, _) in TEMPLATES.items()}


def test_every_field_of_the_case_file_is_listed() -> None:
    person = set(Person.__dataclass_fields__) - {"id", "woman_code"}
    case = CASE_ATTRS - {
        "id",
        "person_id",
        "assigned_to",
        "services",
        "legal",
        "closed_on",
        "closure_reason",
    }  # fmt: skip  (not on the intake form: set by their own actions)
    assert person | case == set(STANDARD_FIELDS) == set(OTHER)


@pytest.mark.parametrize("key", sorted(STANDARD_FIELDS))
def test_what_the_editor_says_a_field_feeds_is_what_it_feeds(key: str, tmp_path: Path) -> None:
    field = STANDARD_FIELDS[key]
    person, case = replace(BASE_PERSON, **BASE_FOR.get(key, {})), replace(BASE_CASE)
    changed_person, changed_case = replace(person), replace(case)
    setattr(changed_case if key in CASE_ATTRS else changed_person, key, OTHER[key])
    before = _stats(tmp_path, "before", person, case)
    after = _stats(tmp_path, "after", changed_person, changed_case)
    assert (before["stats"] != after["stats"]) == (Use.STATISTICS in field.uses), "statistics"
    assert (before["report"] != after["report"]) == (Use.NETWORK in field.uses), "network report"
    old, new = _minimum(person, case), _minimum(changed_person, changed_case)
    moved = {st for st in TEMPLATES if old[st] != new[st]}
    assert moved == set(field.referrals), "referral minimums"
    assert (Use.REFERRAL in field.uses) == bool(field.referrals)
    if field.configurable:
        assert not moved
