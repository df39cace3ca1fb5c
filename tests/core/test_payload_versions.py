"""Aggregate payload version 2: outcome tables name their population; version 1 still opens."""

from __future__ import annotations

import pytest

from ponte.core.errors import MalformedPacket, UnsupportedPacket
from ponte.core.payloads import validate

TABLE = {
    "name": "outcome_followup_6",
    "columns": ["category", "count"],
    "rows": [["no_consent", 7]],
}
V1 = {"period": {"from": "2026-01-01", "to": "2026-03-31"}, "network": "rho", "tables": []}


def test_version_1_still_opens_and_knows_no_population() -> None:
    validate("aggregate", {**V1, "tables": [TABLE]})
    with pytest.raises(MalformedPacket):
        validate("aggregate", {**V1, "tables": [{**TABLE, "population": "due_6"}]})


def test_version_2_names_each_outcome_tables_population() -> None:
    validate("aggregate", {**V1, "v": 2, "tables": [{**TABLE, "population": "due_6"}, TABLE]})
    with pytest.raises(MalformedPacket):
        validate("aggregate", {**V1, "v": 2, "tables": [{**TABLE, "population": "her street"}]})
    with pytest.raises(MalformedPacket):
        validate("aggregate", {**V1, "v": "2"})


def test_a_version_from_a_newer_ponte_says_update_not_damaged() -> None:
    with pytest.raises(UnsupportedPacket):
        validate("aggregate", {**V1, "v": 3})


STATUS = {"referral": "p-1", "status": "done"}


def test_a_status_says_what_came_of_the_referral_in_codes_only() -> None:
    from datetime import date

    from ponte.core.enums import PartnerOutcome
    from ponte.core.errors import ValidationError
    from ponte.core.payloads import OUTCOME_VERSION, with_outcome

    hired = with_outcome(STATUS, PartnerOutcome.HIRED, date(2026, 3, 2), "permanent")
    assert hired["v"] == OUTCOME_VERSION
    validate("status", hired)
    validate("status", STATUS)  # version 1 still opens
    for bad in (
        {**hired, "contract": "cash in hand"},  # not a contract of the list
        {k: v for k, v in hired.items() if k != "contract"},  # a hiring names its contract
        {**hired, "outcome_on": "2026-02-30"},  # not a day
        {**hired, "status": "accepted"},  # what came of it goes with in progress or done
        {**hired, "note_about_her": "x"},  # nothing else
        {**hired, "outcome": "she is fine"},
    ):
        with pytest.raises(MalformedPacket):
            validate("status", bad)
    with pytest.raises(MalformedPacket):  # outcome members need the version that has them
        validate("status", {**STATUS, "outcome": "hired", "outcome_on": "2026-03-02"})
    with pytest.raises(ValidationError):
        with_outcome(STATUS, PartnerOutcome.COURSE_STARTED, date(2026, 3, 2), "permanent")
