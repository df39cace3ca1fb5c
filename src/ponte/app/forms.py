"""The centre's forms, as the field editor and the statistics screen ask for them (Qt-free).

Run on the vault thread, as the signed-in account: defining a field, hiding or renaming a
standard one, reading a field's versions, settling a definition edited on two workstations
at once, and counting the centre's own fields for a period.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ponte.core import standard_fields
from ponte.core.domain import Actor
from ponte.core.errors import NotFound
from ponte.core.fields import FieldDef, slug, unique
from ponte.core.standard_fields import Override
from ponte.core.suppression import PublishedTable
from ponte.storage import field_stats, fields
from ponte.storage.field_stats import FieldTable
from ponte.storage.field_values import FieldFilter as FieldFilter  # the case list's filters
from ponte.storage.fields import DEFINITION_TABLES
from ponte.storage.fields import Version as Version  # the field editor shows them
from ponte.storage.replica import conflicts as conflict_store
from ponte.storage.stats import Period
from ponte.storage.vault import Vault


@dataclass(frozen=True)
class Side:
    value: Any
    who: str
    device: str
    at: str


@dataclass(frozen=True)
class DefinitionConflict:
    """One column of one definition, written differently on two workstations at once."""

    tbl: str
    rk: str
    col: str
    field_key: str  # the centre field (or standard field) it belongs to
    sides: tuple[Side, ...]


@dataclass(frozen=True)
class FieldStats:
    tables: list[FieldTable]
    published: list[PublishedTable]  # what an export carries: suppressed like every table


class CentreForms:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> Actor:
        return self.vault.actor

    def _now(self) -> datetime:
        return self.vault.clock.now()

    # ------------------------------------------------------------ centre fields
    def definitions(self) -> list[FieldDef]:
        return fields.definitions(self.vault.db)

    def new_key(self, label: str) -> str:
        """A stable key for a new field, from its Italian label."""
        taken = {d.key for d in fields.definitions(self.vault.db)}
        return unique(slug(label) or "campo", taken)

    def save(self, d: FieldDef) -> FieldDef:
        return fields.save(self.vault.db, self.actor, d, at=self._now())

    def retire(self, key: str, retired: bool = True) -> FieldDef:
        d = fields.definition(self.vault.db, key)
        if d is None:
            raise NotFound(f"field {key}")
        return self.save(replace(d, retired=retired))

    def move(self, key: str, step: int) -> None:
        """One place up (-1) or down (+1) among the fields of its section."""
        db = self.vault.db
        d = fields.definition(db, key)
        if d is None:
            raise NotFound(f"field {key}")
        keys = [f.key for f in fields.definitions(db) if f.section is d.section]
        i = keys.index(key)
        j = i + step
        if 0 <= j < len(keys):
            keys[i], keys[j] = keys[j], keys[i]
            fields.reorder(db, self.actor, keys, at=self._now())

    def history(self, key: str) -> list[Version]:
        return fields.history(self.vault.db, key)

    def values_count(self, key: str) -> int:
        return fields.values_count(self.vault.db, key)

    # ------------------------------------------------------------ standard fields
    def overrides(self) -> dict[str, Override]:
        return fields.overrides(self.vault.db)

    def save_override(self, o: Override) -> None:
        fields.save_override(self.vault.db, self.actor, o, at=self._now())

    def move_standard(self, key: str, step: int) -> None:
        o = standard_fields.moved(key, step, fields.overrides(self.vault.db))
        self.save_override(o)

    # ------------------------------------------------------------ conflicts
    def conflicts(self) -> list[DefinitionConflict]:
        out = []
        for c in conflict_store.open_conflicts(self.vault.db):
            if c.tbl not in DEFINITION_TABLES:
                continue
            key = str(json.loads(c.rk)[0]) if c.tbl == "field_choices" else c.rk
            sides = tuple(
                Side(s.value, s.actor_name or s.actor, s.device_name or s.device[-8:], s.at)
                for s in c.sides
            )
            out.append(DefinitionConflict(c.tbl, c.rk, c.col, key, sides))
        return out

    def resolve(self, conflict: DefinitionConflict, value: Any) -> None:
        conflict_store.resolve(
            self.vault.db, self.actor, conflict.tbl, conflict.rk, conflict.col, value,
            at=self._now(),
        )  # fmt: skip

    # ------------------------------------------------------------ statistics
    def statistics(self, period: Period) -> FieldStats:
        tables = field_stats.field_tables(self.vault.db, period)
        return FieldStats(tables, [t.published() for t in tables])
