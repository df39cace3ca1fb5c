"""Letters: placeholders filled, protected ones blank unless ticked. Appointments: clashes."""

from __future__ import annotations

import pytest

from ponte.core.diary import EXTERNAL, Appointment, clashes
from ponte.core.enums import AppointmentKind, LetterKind
from ponte.core.errors import TemplateInvalid
from ponte.core.letters import BLANK, BUILTIN, LetterTemplate, names_in, render

VALUES = {
    "nome": "Giulia",
    "codice": "K7QF-3M2X",
    "codice_fiscale": "RSSGLI80A41F205X",
    "indirizzo_rifugio": "Via Segreta 1",
    "telefono": "333 1234567",
    "centro": "CAV Demo",
}


def test_protected_fields_are_blank_unless_ticked_for_this_letter() -> None:
    cert = next(t for t in BUILTIN if t.kind is LetterKind.PATH_CERTIFICATE)
    plain = render(cert, VALUES)
    assert "Via Segreta" not in plain.text
    assert "RSSGLI80A41F205X" not in plain.text
    assert "Giulia" in plain.text
    assert BLANK in plain.text
    assert set(plain.blanked) == {"codice_fiscale", "indirizzo_rifugio"}
    ticked = render(cert, VALUES, frozenset({"indirizzo_rifugio"}))
    assert "Via Segreta 1" in ticked.text
    assert "RSSGLI80A41F205X" not in ticked.text
    assert ticked.blanked == ("codice_fiscale",)


def test_every_builtin_template_uses_only_known_placeholders() -> None:
    assert {t.kind for t in BUILTIN} == {
        LetterKind.REFERRAL_COVER,
        LetterKind.RDL_DECLARATION,
        LetterKind.PATH_CERTIFICATE,
        LetterKind.SOCIAL_SERVICES_REPORT,
    }
    for t in BUILTIN:
        assert "nome" in t.placeholders()


def test_an_unknown_or_broken_placeholder_is_refused_and_nothing_runs() -> None:
    with pytest.raises(TemplateInvalid):
        names_in("Gentile ${cognome}")
    with pytest.raises(TemplateInvalid):
        names_in("costa $5")
    t = LetterTemplate("x", LetterKind.OTHER, "t", "${nome} {nome.__class__} $$")
    assert render(t, VALUES).text == "Giulia {nome.__class__} $"


def _appt(aid: str, start: str, minutes: int, staff: tuple[str, ...], place: str) -> Appointment:
    return Appointment(start, minutes, AppointmentKind.INTERVIEW, staff, place, id=aid)


def test_clashes_by_operatrice_and_by_room_but_not_outside_or_back_to_back() -> None:
    appts = [
        _appt("a", "2026-05-04T07:00:00Z", 60, ("ana",), "room1"),
        _appt("b", "2026-05-04T07:30:00Z", 60, ("bea",), "room1"),  # same room, overlaps a
        _appt("c", "2026-05-04T08:00:00Z", 30, ("ana",), EXTERNAL),  # a ends 08:00: no clash
        _appt("d", "2026-05-04T08:15:00Z", 30, ("ana", "bea"), EXTERNAL),  # c and b (bea)
        _appt("e", "2026-05-04T08:15:00Z", 30, ("cri",), EXTERNAL),  # outside with d: fine
    ]
    found = clashes(appts, {"room1"})
    assert [c.other_id for c in found["a"]] == ["b"]
    assert found["a"][0].room == "room1"
    assert {c.other_id for c in found["d"]} == {"b", "c"}
    assert next(c for c in found["d"] if c.other_id == "c").staff == ("ana",)
    assert "e" not in found
    appts[1].cancelled = True
    assert "a" not in clashes(appts, {"room1"})
