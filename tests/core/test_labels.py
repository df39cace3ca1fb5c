"""Words are data with a type: a label belongs to (enum type, value), never to the bare code.

``StrEnum`` members of different enums with the same value are equal dict keys, so a table
keyed by member lets "psychological" (a form of violence) read "supporto psicologico" (a
service). These tests look every member up through ``label`` and compare with what a
person expects to read for *that* list.
"""

from enum import StrEnum

import pytest

from ponte.core import enums as e
from ponte.core.enums import ALL_ENUMS
from ponte.core.labels import LANGUAGES, label


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_two_members_of_one_enum_share_a_label(enum: type[StrEnum], lang: str) -> None:
    seen: dict[str, StrEnum] = {}
    for member in enum:
        text = label(member, lang)
        assert text.strip(), f"{enum.__name__}.{member.name} has no {lang} label"
        assert text not in seen, (
            f"{enum.__name__}.{member.name} and .{seen[text].name} both read {text!r} ({lang})"
        )
        seen[text] = member


def test_members_sharing_a_code_across_enums_keep_their_own_words() -> None:
    assert label(e.ViolenceForm.PSYCHOLOGICAL, "it") == "psicologica"
    assert label(e.Service.PSYCHOLOGICAL, "it") == "supporto psicologico"
    assert label(e.Housing.SHELTER, "it") == "casa rifugio"
    assert label(e.Service.SHELTER, "it") == "ospitalità in casa rifugio"
    for other in (e.Employment.OTHER, e.InvioDa.OTHER, e.ContactKind.OTHER):
        assert label(other, "it") == "altro", type(other).__name__
    assert label(e.DocumentKind.OTHER, "it") == "altro documento"
    assert label(e.FirstContact.PHONE, "it") == "telefono"
    assert label(e.ContactKind.PHONE, "it") == "telefonata"
    assert label(e.FirstContact.LINE_1522, "it") == "tramite 1522"
    assert label(e.InvioDa.LINE_1522, "it") == "1522"
    assert label(e.StepStatus.SENT, "it") != label(e.ReferralStatus.SENT, "it")


def test_every_code_shared_by_two_enums_is_labelled_per_enum() -> None:
    """For each value that two enums share, each member's label is the one listed for it."""
    by_value: dict[str, list[StrEnum]] = {}
    for enum in ALL_ENUMS:
        for member in enum:
            by_value.setdefault(member.value, []).append(member)
    shared = {v: ms for v, ms in by_value.items() if len(ms) > 1}
    assert shared, "the enums share codes (other, phone, shelter…): this test must see them"
    from ponte.core.labels import LABELS

    for members in shared.values():
        for m in members:
            assert label(m, "it") == LABELS[type(m)][m.value][0]
            assert label(m, "en") == LABELS[type(m)][m.value][1]


def test_a_bare_string_is_not_a_label_key() -> None:
    with pytest.raises(TypeError):
        label("other", "it")  # type: ignore[arg-type]
