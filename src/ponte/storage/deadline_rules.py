"""The centre's numbers for the deadline rules (``deadline_rules``; defaults in
``core/deadlines.RULES``). An amministratrice or a coordinatrice adjusts them; each change
is audited with the rule and its new number, and replicates to every workstation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.deadlines import RULES, Rules, checked
from ponte.core.domain import Actor
from ponte.core.errors import PermissionDenied
from ponte.storage import audit
from ponte.storage.db import Database


def load(db: Database) -> Rules:
    """The rules in force (a stored number out of bounds falls back to the default)."""
    stored: dict[str, int] = {}
    for r in db.query("SELECT rule, value FROM deadline_rules"):
        name, value = str(r["rule"]), r["value"]
        rule = RULES.get(name)
        if rule is not None and isinstance(value, int) and rule.lo <= value <= rule.hi:
            stored[name] = value
    return Rules.of(stored)


def save(db: Database, actor: Actor, values: Mapping[str, int], *, at: datetime) -> Rules:
    """Store the numbers that differ from what is in force; RuleInvalid names a bad one."""
    if not actor.sees_all_cases:
        raise PermissionDenied("deadline rules need a coordinator or an administrator")
    for name, value in values.items():
        checked(name, value)
    current = load(db)
    with db.transaction():
        for name, value in sorted(values.items()):
            if current[name] == value:
                continue
            db.execute(
                "INSERT INTO deadline_rules (rule, value, updated_at, updated_by) VALUES (?,?,?,?)"
                " ON CONFLICT (rule) DO UPDATE SET value = excluded.value,"
                " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                (name, value, rfc3339(at), actor.account_id),
            )
            audit.record(
                db,
                actor,
                "deadline.rule",
                at=at,
                detail={"kind": name, "days": value},
            )
    return load(db)
