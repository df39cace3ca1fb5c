"""The partner's answer: status payload versions 1 and 2 (issue 13.5, docs/protocol.md)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponte.core.errors import MalformedPacket, UnsupportedPacket, ValidationError
from ponte.core.payloads import NOTE_MAX_CHARS, status_payload, validate

REF = "019400aa-0000-7000-8000-0000000000aa"


def test_a_plain_answer_stays_version_1_so_older_centres_read_it() -> None:
    assert status_payload(REF, "declined", "no_capacity") == {
        "referral": REF,
        "status": "declined",
        "reason": "no_capacity",
    }


def test_a_note_or_an_appointment_makes_it_version_2() -> None:
    p = status_payload(REF, "accepted", note="colloquio fissato", next_appointment=date(2026, 6, 2))
    assert p == {
        "v": 2,
        "referral": REF,
        "status": "accepted",
        "note": "colloquio fissato",
        "next_appointment": "2026-06-02",
    }


@pytest.mark.parametrize(
    "note",
    [
        "x" * (NOTE_MAX_CHARS + 1),
        "colloquio\u202efissato",  # a right-to-left override would reorder what she reads
        "colloquio\u200bfissato",  # zero-width space
        "riga\x00nulla",
    ],
)
def test_a_note_is_one_short_line_of_plain_text(note: str) -> None:
    with pytest.raises(ValidationError):
        status_payload(REF, "in_progress", note=note)
    with pytest.raises(MalformedPacket):
        validate("status", {"v": 2, "referral": REF, "status": "in_progress", "note": note})


def test_line_breaks_in_what_she_typed_become_spaces() -> None:
    assert status_payload(REF, "accepted", note=" colloquio\nfissato ")["note"] == (
        "colloquio fissato"
    )


def test_the_next_appointment_is_a_real_day_and_fits_the_answer() -> None:
    with pytest.raises(ValidationError):
        status_payload(REF, "done", next_appointment=date(2026, 6, 2))
    for bad in ("2026-02-30", "2026-6-2", "domani"):
        with pytest.raises(MalformedPacket):
            validate(
                "status",
                {"v": 2, "referral": REF, "status": "accepted", "next_appointment": bad},
            )
    with pytest.raises(MalformedPacket):
        validate(
            "status",
            {"v": 2, "referral": REF, "status": "declined", "next_appointment": "2026-06-02"},
        )


def test_version_1_carries_no_note_and_an_unknown_version_asks_for_an_update() -> None:
    with pytest.raises(MalformedPacket):
        validate("status", {"referral": REF, "status": "accepted", "note": "x"})
    with pytest.raises(UnsupportedPacket):
        validate("status", {"v": 4, "referral": REF, "status": "accepted"})
    with pytest.raises(MalformedPacket):
        validate("status", {"v": "2", "referral": REF, "status": "accepted"})


@given(st.text(min_size=1, max_size=NOTE_MAX_CHARS))
def test_whatever_she_types_is_either_refused_with_a_sentence_or_a_valid_packet(
    typed: str,
) -> None:
    try:
        payload = status_payload(REF, "in_progress", note=typed)
    except ValidationError:
        return
    validate("status", payload)
    assert len(payload.get("note", "")) <= NOTE_MAX_CHARS
