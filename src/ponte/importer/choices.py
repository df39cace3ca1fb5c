"""What a list column of her file says, and what it most likely means.

For each list field a column goes into, the different things written in it (the parts of a
several-answers cell, one by one) with how many rows say each, and the choice each one
matches (``values.ChoiceMatcher``): the value page shows both for her to confirm or change.
"""

from __future__ import annotations

from collections import Counter

from ponte.importer.sheet import Sheet
from ponte.importer.targets import Kind, Target
from ponte.importer.values import ChoiceMatcher, normal, split_many


def distinct_values(sheet: Sheet, col: int, target: Target) -> list[tuple[str, int]]:
    """Each different thing written in a list column (its parts, for a several-answers
    field), with how many rows say it; most frequent first."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for _row, cell in sheet.column(col):
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        parts = split_many(cell) if target.kind is Kind.MULTI else [str(cell).strip()]
        for part in parts:
            key = normal(part)
            if key:
                counts[key] += 1
                shown.setdefault(key, part)
    return [(shown[k], n) for k, n in counts.most_common()]


def suggest_values(sheet: Sheet, col: int, target: Target) -> dict[str, str]:
    """What each written value of a list column most likely means (only those recognised)."""
    found = matcher(target)
    out = {}
    for shown, _n in distinct_values(sheet, col, target):
        code = found.match(shown)
        if code is not None:
            out[normal(shown)] = code
    return out


def matcher(target: Target) -> ChoiceMatcher:
    return ChoiceMatcher((o.code, (o.it, o.en, *o.names)) for o in target.options)
