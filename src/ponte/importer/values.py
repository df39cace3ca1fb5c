"""Reading one cell as what a field holds: a date, a number, yes/no, text, or a choice's code.

Dates are day-first, as Italians write them (``3/2/2019`` is 3 February), as ISO text, as
Italian month names (``3 febbraio 2019``), as a date cell, or as the number Excel keeps a date
as (a *serial*, days since 1899-12-30, when the cell lost its date format). A month/day
order that cannot be a date is refused rather than guessed.

Choices are matched on words, not spelling: accents, case, punctuation and filler words
("violenza", "di", …) are ignored, so "Psicologica", "psic." and "violenza psicologica" all
find the code ``psychological``; an abbreviation must be the start of exactly one choice.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from ponte.importer.sheet import Cell

EXCEL_EPOCH = date(1899, 12, 30)
SERIAL_RANGE = (18264, 73051)  # 1950-01-01 .. 2099-12-31: a number outside is not a date
MONTHS = {
    "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4,
    "apr": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7,
    "agosto": 8, "ago": 8, "settembre": 9, "set": 9, "ottobre": 10, "ott": 10,
    "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
}  # fmt: skip
YES = frozenset({"si", "s", "yes", "y", "x", "vero", "true", "1", "ok", "presente"})
NO = frozenset({"no", "n", "falso", "false", "0", "assente", "nessuno", "nessuna"})
FILLER = frozenset(
    {"violenza", "violenze", "di", "da", "del", "della", "dei", "delle", "la", "il", "lo",
     "le", "i", "gli", "l", "con", "in", "per", "e", "ed", "a", "al", "alla"}
)  # fmt: skip
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_SPLIT = re.compile(r"\s*(?:[,;/+\n|]|\s-\s|\s+e\s+|\s+ed\s+)\s*")


class NotRead(ValueError):
    """A cell could not be read as the field's kind; ``args[0]`` names the kind."""


def normal(text: object) -> str:
    """Lowercase words without accents or punctuation: what matching compares."""
    return _normal(str(text))


@functools.lru_cache(maxsize=65536)  # a column repeats a few words over thousands of rows
def _normal(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", plain.lower()))


def words(text: object) -> str:
    """``normal`` without filler words (unless nothing else is left)."""
    all_words = normal(text).split()
    kept = [w for w in all_words if w not in FILLER]
    return " ".join(kept or all_words)


def _year(y: int) -> int:
    return y + (2000 if y < 50 else 1900) if y < 100 else y


def parse_date(cell: Cell) -> tuple[date, bool]:
    """``(date, from_serial)``; ``from_serial`` is True when a bare number was read as a date."""
    if isinstance(cell, datetime):
        return cell.date(), False
    if isinstance(cell, date):
        return cell, False
    if isinstance(cell, bool) or cell is None:
        raise NotRead("date")
    if isinstance(cell, (int, float)):
        return _serial(cell), True
    text = str(cell).strip()
    try:
        if m := _DMY.fullmatch(text):
            return date(_year(int(m.group(3))), int(m.group(2)), int(m.group(1))), False
        if m := _YMD.fullmatch(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False
        parts = normal(text).split()
        if len(parts) == 3 and parts[1] in MONTHS and parts[0].isdigit() and parts[2].isdigit():
            return date(_year(int(parts[2])), MONTHS[parts[1]], int(parts[0])), False
    except ValueError:
        raise NotRead("date") from None
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return _serial(float(text)), True
    raise NotRead("date")


def _serial(value: float) -> date:
    if not SERIAL_RANGE[0] <= value <= SERIAL_RANGE[1]:
        raise NotRead("date")
    return EXCEL_EPOCH + timedelta(days=int(value))


def parse_int(cell: Cell, most: int = 120) -> int:
    """A count or an age: a whole number from 0 to ``most`` ("no", "nessuno": 0)."""
    if isinstance(cell, bool) or cell is None:
        raise NotRead("whole number")
    if isinstance(cell, (int, float)) and float(cell).is_integer():
        value = int(cell)
    elif re.fullmatch(r"\d{1,3}", text := str(cell).strip()):
        value = int(text)
    elif normal(cell) in NO:
        value = 0
    else:
        raise NotRead("whole number")
    if not 0 <= value <= most:
        raise NotRead("whole number")
    return value


def parse_yesno(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, (int, float)) and cell in (0, 1):
        return bool(cell)
    key = normal(cell)
    if key in YES:
        return True
    if key in NO:
        return False
    raise NotRead("yes/no")


def split_many(cell: Cell) -> list[str]:
    """The parts of a cell holding several answers: "fisica, psicologica e economica"."""
    if cell is None:
        return []
    return [p for p in _SPLIT.split(str(cell).strip()) if p.strip()]


class ChoiceMatcher:
    """Finds the code meant by a cell's words among a list's codes, labels and synonyms."""

    def __init__(self, choices: Iterable[tuple[str, Iterable[str]]]) -> None:
        self.exact: dict[str, set[str]] = {}
        self.names: list[tuple[str, str]] = []  # (words, code)
        self._memo: dict[str, str | None] = {}
        for code, names in choices:
            for name in (code.replace("_", " "), *names):
                for key in {normal(name), words(name)}:
                    if key:
                        self.exact.setdefault(key, set()).add(code)
                        self.names.append((key, code))

    def match(self, raw: object) -> str | None:
        """The one code ``raw`` means, or None when it means none or several."""
        text = str(raw)
        if text not in self._memo:
            self._memo[text] = self._match(text)
        return self._memo[text]

    def _match(self, raw: str) -> str | None:
        for key in (normal(raw), words(raw)):
            found = self.exact.get(key)
            if found and len(found) == 1:
                return next(iter(found))
        key = words(raw)
        if len(key) < 3:
            return None
        prefixed = {code for name, code in self.names if _starts(name, key)}
        return next(iter(prefixed)) if len(prefixed) == 1 else None


def _starts(name: str, key: str) -> bool:
    """Each word of ``key`` starts a word of ``name``, in order ("psic" → "psicologica")."""
    pos = 0
    name_words = name.split()
    for part in key.split():
        while pos < len(name_words) and not name_words[pos].startswith(part):
            pos += 1
        if pos == len(name_words):
            return False
        pos += 1
    return True
