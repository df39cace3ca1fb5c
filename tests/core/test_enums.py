import pytest

from ponte.core.enums import ALL_ENUMS
from ponte.core.labels import label


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_an_italian_and_an_english_label(enum: type) -> None:
    for member in enum:
        assert label(member, "it").strip(), member
        assert label(member, "en").strip(), member


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_codes_are_stable_lowercase_identifiers(enum: type) -> None:
    for member in enum:
        assert member.value == member.value.lower()
        assert " " not in member.value
