"""What can be wrong with a row of a spreadsheet to import, in words (one owner).

Errors refuse the row; warnings (``WARNINGS``) only note something she may want to check.
The sentences are English for the CLI and the documentation; the desktop translates them
(context "ImportProblems", added to the .ts by ``scripts/i18n``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Problem(StrEnum):
    NOT_A_DATE = "not_a_date"
    NOT_A_NUMBER = "not_a_number"
    NOT_YES_NO = "not_yes_no"
    UNKNOWN_VALUE = "unknown_value"
    FORMULA = "formula"
    FORMULA_ERROR = "formula_error"
    NO_OPENED_ON = "no_opened_on"
    FUTURE_DATE = "future_date"
    CLOSED_WITHOUT_REASON = "closed_without_reason"
    CHILDREN = "children"
    CODICE_FISCALE = "codice_fiscale"
    COMUNE = "comune"
    TOO_LONG = "too_long"
    DUPLICATE = "duplicate"
    EXTRA_CELLS = "extra_cells"
    # warnings: the row is taken
    MERGED = "merged"
    SERIAL_DATE = "serial_date"
    REQUIRED_EMPTY = "required_empty"
    RETIRED_CHOICE = "retired_choice"
    TOTAL_FROM_MINORS = "total_from_minors"


WARNINGS = frozenset(
    {Problem.MERGED, Problem.SERIAL_DATE, Problem.REQUIRED_EMPTY, Problem.RETIRED_CHOICE,
     Problem.TOTAL_FROM_MINORS}
)  # fmt: skip
DESCRIPTIONS: dict[Problem, str] = {
    Problem.NOT_A_DATE: "This is not a date (day/month/year).",
    Problem.NOT_A_NUMBER: "This is not a number.",
    Problem.NOT_YES_NO: "This is not yes or no.",
    Problem.UNKNOWN_VALUE: "This value is not in the list: map it to one of the choices.",
    Problem.FORMULA: "A formula Excel never calculated: open the file in Excel, save it, try again.",
    Problem.FORMULA_ERROR: "A formula with an error (#REF!, #DIV/0!…).",
    Problem.NO_OPENED_ON: "The date of first contact is missing.",
    Problem.FUTURE_DATE: "This date is in the future.",
    Problem.CLOSED_WITHOUT_REASON: "A closed case needs the reason it was closed.",
    Problem.CHILDREN: "More children under 18 (or exposed to violence) than children.",
    Problem.CODICE_FISCALE: "A codice fiscale has 16 letters and digits.",
    Problem.COMUNE: "A Comune is written as its ISTAT code, 6 digits.",
    Problem.TOO_LONG: "The text is too long.",
    Problem.DUPLICATE: "The same record as an earlier row of this file.",
    Problem.EXTRA_CELLS: "More cells than column names: is there a ; or a , inside a cell?",
    Problem.MERGED: "Value taken from a merged cell.",
    Problem.SERIAL_DATE: "Date read from an Excel date number.",
    Problem.REQUIRED_EMPTY: "A field the centre made required is empty: fill it in later.",
    Problem.RETIRED_CHOICE: "A choice no longer in use: kept as it was recorded.",
    Problem.TOTAL_FROM_MINORS: "No total of children: the number of minors was taken.",
}


@dataclass(frozen=True)
class Issue:
    row: int  # the row number she sees in the file
    column: str  # the column's name, "" for the row as a whole
    problem: Problem
    value: str = ""  # what the cell says (shown to her on screen; never logged)

    @property
    def error(self) -> bool:
        return self.problem not in WARNINGS
