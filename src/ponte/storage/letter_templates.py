"""The centre's letter templates (``letter_templates``), over the built-in ones.

A stored row with a built-in id (``builtin:…``) replaces that template; other rows are the
centre's own. A template is retired, never deleted (a letter already written keeps its
text in the case's documents). Saving checks every placeholder against the closed list
(``core/letters.names_in``). Only a coordinatrice or an amministratrice edits; audited by id.
"""

from __future__ import annotations

from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.enums import LetterKind
from ponte.core.errors import NotFound, PermissionDenied, TemplateIncomplete
from ponte.core.ids import new_id
from ponte.core.letters import BUILTIN, LetterTemplate, names_in
from ponte.storage import audit
from ponte.storage.db import Database

MAX_BODY = 20_000


def all_templates(db: Database) -> list[LetterTemplate]:
    """The templates on offer: built-ins (as the centre changed them) then its own, by title."""
    rows = {r["id"]: r for r in db.query("SELECT * FROM letter_templates")}
    out: list[LetterTemplate] = []
    for t in BUILTIN:
        r = rows.pop(t.id, None)
        if r is None:
            out.append(t)
        elif not r["retired"]:
            out.append(LetterTemplate(t.id, t.kind, r["title"], r["body"], builtin=True))
    own = [
        LetterTemplate(r["id"], LetterKind(r["kind"]), r["title"], r["body"])
        for r in rows.values()
        if not r["retired"]
    ]
    return out + sorted(own, key=lambda t: (t.title, t.id))


def get(db: Database, template_id: str) -> LetterTemplate:
    for t in all_templates(db):
        if t.id == template_id:
            return t
    raise NotFound(f"template {template_id}")


def save(
    db: Database,
    actor: Actor,
    template: LetterTemplate,
    *,
    at: datetime,
) -> LetterTemplate:
    """Store a new template (empty id) or the centre's version of an existing one."""
    if not actor.sees_all_cases:
        raise PermissionDenied("templates are kept by a coordinator or an administrator")
    title, body = template.title.strip(), template.body
    if not title or not body.strip() or len(body) > MAX_BODY or len(title) > 120:
        raise TemplateIncomplete()
    names_in(body)  # TemplateInvalid names an unknown placeholder
    template_id = template.id or new_id()
    builtin = template_id.startswith("builtin:")
    if builtin and template_id not in {t.id for t in BUILTIN}:
        raise NotFound(f"template {template_id}")
    with db.transaction():
        db.execute(
            "INSERT INTO letter_templates (id, kind, title, body, retired, updated_at, updated_by)"
            " VALUES (?,?,?,?,0,?,?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
            " title = excluded.title, body = excluded.body, retired = 0,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (template_id, template.kind.value, title, body, rfc3339(at), actor.account_id),
        )
        audit.record(
            db,
            actor,
            "template.save",
            at=at,
            detail={"template_id": template_id, "kind": template.kind.value},
        )
    return get(db, template_id)


def retire(db: Database, actor: Actor, template_id: str, *, at: datetime) -> None:
    if not actor.sees_all_cases:
        raise PermissionDenied("templates are kept by a coordinator or an administrator")
    current = get(db, template_id)
    with db.transaction():
        db.execute(
            "INSERT INTO letter_templates (id, kind, title, body, retired, updated_at, updated_by)"
            " VALUES (?,?,?,?,1,?,?) ON CONFLICT (id) DO UPDATE SET retired = 1,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (
                current.id, current.kind.value, current.title, current.body, rfc3339(at),
                actor.account_id,
            ),
        )  # fmt: skip
        audit.record(
            db,
            actor,
            "template.retire",
            at=at,
            detail={"template_id": template_id},
        )
