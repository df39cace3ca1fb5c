"""Centre field definitions and standard-field overrides: read, save (versioned), audit.

Only the amministratrice changes them. Each save writes the new state of the definition's
rows (the capture triggers replicate every changed column, so an edit made on two
workstations at once becomes a conflict a person resolves, never a silent loss), appends
the whole definition to ``field_history`` as its next version, and writes an audit entry.
Choices and fields are never deleted: ``core/fields.check_definition`` refuses it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.domain import ROLE_AMMINISTRATRICE, Actor
from ponte.core.enums import ServiceType
from ponte.core.errors import FieldTypeFixed, NotFound, PermissionDenied
from ponte.core.fields import (
    Choice,
    FieldDef,
    FieldType,
    Section,
    check_definition,
    definition_body,
)
from ponte.core.ids import new_id
from ponte.core.standard_fields import Override, check_override
from ponte.storage import audit
from ponte.storage.db import Database

#: Replicated tables holding definitions (conflicts on them are the amministratrice's to settle).
DEFINITION_TABLES = frozenset({"field_defs", "field_choices", "field_overrides"})


@dataclass(frozen=True)
class Version:
    version: int
    at: str
    by: str  # display name when known, else the account id
    body: dict[str, object]


def require_admin(actor: Actor) -> None:
    if actor.role != ROLE_AMMINISTRATRICE:
        raise PermissionDenied("only an amministratrice defines the centre's fields")


def _choices(db: Database) -> dict[str, list[Choice]]:
    out: dict[str, list[Choice]] = {}
    for r in db.query(
        "SELECT field_key, code, label_it, label_en, position, retired_at FROM field_choices"
        " ORDER BY field_key, position, code"
    ):
        out.setdefault(r["field_key"], []).append(
            Choice(
                r["code"], r["label_it"], r["label_en"], r["position"], r["retired_at"] is not None
            )
        )
    return out


def _versions(db: Database) -> dict[str, int]:
    rows = db.query("SELECT field_key, max(version) FROM field_history GROUP BY field_key")
    return {r[0]: int(r[1]) for r in rows}


def definitions(db: Database, *, include_retired: bool = True) -> list[FieldDef]:
    """Every centre field, in section and position order."""
    choices, versions = _choices(db), _versions(db)
    out = [
        FieldDef(
            key=r["key"],
            section=Section(r["section"]),
            type=FieldType(r["type"]),
            it=r["label_it"],
            en=r["label_en"],
            help_it=r["help_it"],
            help_en=r["help_en"],
            required=bool(r["required"]),
            position=r["position"],
            retired=r["retired_at"] is not None,
            choices=tuple(choices.get(r["key"], ())),
            referral_types=frozenset(ServiceType(t) for t in json.loads(r["referral_types"])),
            version=versions.get(r["key"], 0),
        )
        for r in db.query("SELECT * FROM field_defs ORDER BY section, position, key")
    ]
    return out if include_retired else [d for d in out if not d.retired]


def definition(db: Database, key: str) -> FieldDef | None:
    return next((d for d in definitions(db) if d.key == key), None)


def values_count(db: Database, key: str) -> int:
    return int(
        db.scalar(
            "SELECT (SELECT count(*) FROM case_field_values WHERE field_key = ?)"
            " + (SELECT count(DISTINCT case_id) FROM case_field_choices WHERE field_key = ?)",
            (key, key),
        )
    )


def _write(db: Database, d: FieldDef, previous: FieldDef | None, now: str, who: str) -> None:
    retired = now if d.retired else None
    kinds = json.dumps(sorted(t.value for t in d.referral_types))
    if previous is None:
        db.execute(
            "INSERT INTO field_defs (key, section, type, label_it, label_en, help_it, help_en,"
            " required, position, retired_at, referral_types, created_at, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.key, d.section.value, d.type.value, d.it, d.en, d.help_it, d.help_en,
             int(d.required), d.position, retired, kinds, now, now, who),
        )  # fmt: skip
    else:
        # Only what changed is written, so an edit of one column never overwrites another.
        db.execute(
            "UPDATE field_defs SET section = ?, type = ?, label_it = ?, label_en = ?,"
            " help_it = ?, help_en = ?, required = ?, position = ?, referral_types = ?,"
            " retired_at = CASE WHEN ? THEN coalesce(retired_at, ?) ELSE NULL END,"
            " updated_at = ?, updated_by = ? WHERE key = ?",
            (d.section.value, d.type.value, d.it, d.en, d.help_it, d.help_en, int(d.required),
             d.position, kinds, int(d.retired), now, now, who, d.key),
        )  # fmt: skip
    for position, c in enumerate(d.choices):
        db.execute(
            "INSERT INTO field_choices (field_key, code, label_it, label_en, position, retired_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (field_key, code) DO UPDATE SET"
            " label_it = excluded.label_it, label_en = excluded.label_en,"
            " position = excluded.position,"
            " retired_at = CASE WHEN excluded.retired_at IS NULL THEN NULL"
            " ELSE coalesce(retired_at, excluded.retired_at) END",
            (d.key, c.code, c.it.strip(), c.en.strip(), position, now if c.retired else None),
        )


def save(db: Database, actor: Actor, d: FieldDef, *, at: datetime) -> FieldDef:
    """Create or change a centre field; returns it as stored, with its new version."""
    require_admin(actor)
    previous = definition(db, d.key)
    check_definition(d, previous)
    if previous is not None and previous.type != d.type and values_count(db, d.key):
        raise FieldTypeFixed(d.key)
    if previous is None:  # a new field goes last in its section
        last = db.scalar(
            "SELECT max(position) FROM field_defs WHERE section = ?", (d.section.value,)
        )
        d = replace(d, position=0 if last is None else int(last) + 1)
    now = rfc3339(at)
    version = (previous.version if previous else 0) + 1
    with db.transaction():
        _write(db, d, previous, now, actor.account_id)
        stored = definition(db, d.key)
        assert stored is not None
        db.execute(
            "INSERT INTO field_history (id, field_key, version, at, by_account, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (new_id(), d.key, version, now, actor.account_id,
             json.dumps(definition_body(stored), ensure_ascii=False, sort_keys=True)),
        )  # fmt: skip
        audit.append(
            db,
            actor=actor.account_id,
            device=actor.device_id,
            action="field.define" if previous is None else "field.change",
            entity="field",
            entity_id=d.key,
            at=at,
            detail={"version": version, "kind": d.type.value},
        )
    return replace(stored, version=version)


def reorder(db: Database, actor: Actor, keys: list[str], *, at: datetime) -> None:
    """Give the fields ``keys`` (one section) the positions of that list, in one version each."""
    require_admin(actor)
    by_key = {d.key: d for d in definitions(db)}
    with db.transaction():
        for position, key in enumerate(keys):
            d = by_key.get(key)
            if d is None:
                raise NotFound(f"field {key}")
            if d.position != position:
                save(db, actor, replace(d, position=position), at=at)


def history(db: Database, key: str) -> list[Version]:
    rows = db.query(
        "SELECT h.version, h.at, h.body, coalesce(s.display_name, h.by_account) AS who"
        " FROM field_history h LEFT JOIN replica_staff s ON s.account_id = h.by_account"
        " WHERE h.field_key = ? ORDER BY h.version, h.at",
        (key,),
    )
    return [Version(int(r["version"]), r["at"], r["who"], json.loads(r["body"])) for r in rows]


# ------------------------------------------------------------ standard fields
def overrides(db: Database) -> dict[str, Override]:
    return {
        r["key"]: Override(
            r["key"], bool(r["hidden"]), r["label_it"], r["label_en"], bool(r["required"]),
            r["position"],
        )
        for r in db.query("SELECT * FROM field_overrides")
    }  # fmt: skip


def save_override(db: Database, actor: Actor, o: Override, *, at: datetime) -> None:
    """Hide, rename, require or move a standard field that nothing depends on."""
    require_admin(actor)
    check_override(o)
    now = rfc3339(at)
    with db.transaction():
        db.execute(
            "INSERT INTO field_overrides (key, hidden, label_it, label_en, required, position,"
            " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE"
            " SET hidden = excluded.hidden, label_it = excluded.label_it,"
            " label_en = excluded.label_en, required = excluded.required,"
            " position = excluded.position, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by",
            (o.key, int(o.hidden), o.it.strip(), o.en.strip(), int(o.required), o.position, now,
             actor.account_id),
        )  # fmt: skip
        audit.append(
            db,
            actor=actor.account_id,
            device=actor.device_id,
            action="field.standard",
            entity="field",
            entity_id=o.key,
            at=at,
            detail={"hidden": o.hidden, "required": o.required},
        )
