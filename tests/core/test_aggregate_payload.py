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
