"""Referral templates: the minimum per service, reasons for extras, never-fields refused."""

import pytest

from ponte.core.domain import Case, Person
from ponte.core.enums import AgeBand, Education, RiskLevel, ServiceType
from ponte.core.errors import ValidationError
from ponte.core.templates import FIELDS, NEVER, TEMPLATES, CaseFacts, plain_value, propose

FACTS = CaseFacts(
    Person(alias="Lia", age_band=AgeBand.A25_34, education=Education.DEGREE, codice_fiscale="X"),
    Case(),
    RiskLevel.HIGH,
)


def test_cpi_draft_is_the_minimum_filled_from_the_case_file() -> None:
    draft = propose(ServiceType.CPI, FACTS)
    assert draft.keys == list(TEMPLATES[ServiceType.CPI][0])
    values = {f.key: f.value for f in draft.fields}
    assert values["age_band"] == "25_34"
    assert values["education"] == "degree"
    assert values["skills"] is None  # typed by the operatrice
    assert "codice_fiscale" not in values
    assert "risk_level" not in values


def test_a_field_outside_the_template_needs_a_reason() -> None:
    draft = propose(ServiceType.CPI, FACTS)
    with pytest.raises(ValidationError, match="reason"):
        draft.add("codice_fiscale", "X")
    added = draft.add("codice_fiscale", "X", "needed for the DID")
    assert added.added_with_reason()[0].reason == "needed for the DID"


@pytest.mark.parametrize("key", sorted(NEVER))
def test_never_fields_cannot_be_added_whatever_the_reason(key: str) -> None:
    with pytest.raises(ValidationError):
        propose(ServiceType.SOCIAL_SERVICES, FACTS).add(key, "x", "because")


def test_a_field_of_another_service_cannot_be_added() -> None:
    with pytest.raises(ValidationError):
        propose(ServiceType.COMPANY, FACTS).add("risk_level", "high", "because")


def test_removed_fields_do_not_leave_and_missing_values_block_sending() -> None:
    draft = propose(ServiceType.CPI, FACTS)
    with pytest.raises(ValidationError, match="skills"):
        draft.payload_fields()
    for key in ("skills", "languages", "availability", "zones_to_avoid", "childcare_limits"):
        draft = draft.remove(key)
    assert draft.payload_fields() == {"age_band": "25_34", "education": "degree"}


def test_templates_only_name_known_fields_and_never_a_forbidden_one() -> None:
    for minimum, extra in TEMPLATES.values():
        assert set(minimum) | set(extra) <= set(FIELDS)
        assert not (set(minimum) | set(extra)) & NEVER
        assert not set(minimum) & set(extra)


def test_values_read_in_plain_words() -> None:
    assert plain_value("age_band", "25_34", "it") == "25–34"
    assert plain_value("risk_level", "high", "en") == "high"
    assert plain_value("minors_exposed", True, "it") == "sì"
