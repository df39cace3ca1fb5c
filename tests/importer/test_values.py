"""Cells read as dates, counts, yes/no and list codes, the way Italians write them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponte.core.enums import ViolenceForm
from ponte.core.labels import label
from ponte.importer.targets import SYNONYMS
from ponte.importer.values import (
    ChoiceMatcher,
    NotRead,
    parse_date,
    parse_int,
    parse_yesno,
    split_many,
)


@pytest.mark.parametrize(
    ("cell", "expected", "serial"),
    [
        ("03/02/2019", date(2019, 2, 3), False),
        ("3/2/19", date(2019, 2, 3), False),
        ("3-2-2019", date(2019, 2, 3), False),
        ("03.02.2019", date(2019, 2, 3), False),
        ("2019-02-03", date(2019, 2, 3), False),
        ("3 febbraio 2019", date(2019, 2, 3), False),
        ("3 feb 2019", date(2019, 2, 3), False),
        (datetime(2019, 2, 3, 0, 0), date(2019, 2, 3), False),
        (43499, date(2019, 2, 3), True),
        ("43499", date(2019, 2, 3), True),
        (43499.0, date(2019, 2, 3), True),
    ],
)
def test_dates(cell: object, expected: date, serial: bool) -> None:
    assert parse_date(cell) == (expected, serial)  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["31/02/2019", "02/13/2019", "ieri", "2019", 12, "", None, True])
def test_what_is_not_a_date_is_refused_not_guessed(cell: object) -> None:
    with pytest.raises(NotRead):
        parse_date(cell)  # type: ignore[arg-type]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_every_way_excel_shows_a_date_reads_back(d: date) -> None:
    serial = (d - date(1899, 12, 30)).days
    for cell in (
        d.strftime("%d/%m/%Y"),
        d.isoformat(),
        serial,
        float(serial),
        datetime(d.year, d.month, d.day),
    ):
        assert parse_date(cell)[0] == d


def test_counts_and_yes_no() -> None:
    assert [parse_int(c) for c in ("3", 3, 3.0, "no", "nessuno")] == [3, 3, 3, 0, 0]
    for bad in ("tre", 2.5, "-1", 1522, True):
        with pytest.raises(NotRead):
            parse_int(bad, 20)
    assert [parse_yesno(c) for c in ("Sì", "si", "X", "vero", 1, "No", "n", 0, False)] == [
        True, True, True, True, True, False, False, False, False,
    ]  # fmt: skip
    with pytest.raises(NotRead):
        parse_yesno("forse")


def test_several_answers_in_one_cell() -> None:
    assert split_many("fisica, psicologica e economica") == ["fisica", "psicologica", "economica"]
    assert split_many("Fisica / Sessuale; stalking") == ["Fisica", "Sessuale", "stalking"]
    assert split_many("violenza economica") == ["violenza economica"]


FORMS = ChoiceMatcher(
    (f.value, (label(f, "it"), label(f, "en"), *SYNONYMS.get((ViolenceForm, f.value), ())))
    for f in ViolenceForm
)


@pytest.mark.parametrize(
    "written", ["Psicologica", "psic.", "violenza psicologica", "PSICOLOGICA ", "Violenza Psicol."]
)
def test_the_ways_of_writing_one_form_of_violence_find_one_code(written: str) -> None:
    assert FORMS.match(written) == "psychological"


@pytest.mark.parametrize("written", ["telepatica", "s", "violenza", ""])
def test_words_that_mean_nothing_or_several_are_not_guessed(written: str) -> None:
    assert FORMS.match(written) is None


def test_every_synonym_names_a_real_code() -> None:
    for (enum, code), _names in SYNONYMS.items():
        assert code in {m.value for m in enum}, (enum.__name__, code)
