"""Which tables replicate between the devices of a centre, and the triggers that capture them.

Capture is one central mechanism: SQL triggers on every replicated table write each insert,
changed column and delete into ``replica_pending`` inside the statement that made the
change, so no code path (present or future) can write case data without it being
recorded. ``capture.flush`` (run before every commit) turns the pending rows into stamped
changes. A table added later replicates by adding it to :data:`TABLES` and shipping its
triggers (``trigger_sql``) in a new migration.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]  # every column, key columns first
    key: tuple[str, ...]  # the row key; one column is stored as is, several as a JSON array
    #: Parent references: (column, parent table). A row whose parent is deleted is dropped.
    parents: tuple[tuple[str, str], ...] = ()
    #: Which rows replicate, as SQL on ``{row}`` (``NEW``, ``OLD`` or a query's alias);
    #: empty: every row.
    only: str = ""
    #: BLOB columns: hex text in changes and snapshots (JSON holds no bytes).
    blobs: tuple[str, ...] = ()
    #: One large immutable BLOB column (a document chunk's bytes) that the log does not keep:
    #: it is read from the table when a change set is made, and travels as base64.
    content: str | None = None
    #: Rows written once and deleted only with their parent (a document's chunks): no update
    #: or delete capture; the parent's deletion takes them on every device.
    with_parent: bool = False

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c not in self.key)


#: Bookkeeping columns merged last-writer-wins without a conflict: two people editing
#: different fields of one record both set ``updated_at``, and that is not a disagreement.
LWW_COLUMNS = frozenset({"updated_at", "updated_by"})

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "persons",
            (
                "id", "woman_code", "alias", "codice_fiscale", "age_band", "citizenship",
                "comune_istat", "education", "employment", "income", "economically_autonomous",
                "housing", "children_total", "children_minors", "minors_witnessed",
                "minors_direct_victims", "children_hosted", "created_at", "updated_at",
            ),
            ("id",),
        ),
        Table(
            "cases",
            (
                "id", "person_id", "status", "opened_on", "first_contact", "invio_da",
                "violence_duration", "author_relation", "assigned_to", "shared", "closed_on",
                "closure_reason", "created_at", "updated_at",
            ),
            ("id",),
            (("person_id", "persons"),),
        ),
        Table("case_violence", ("case_id", "form"), ("case_id", "form"), (("case_id", "cases"),)),
        Table(
            "case_services", ("case_id", "service"), ("case_id", "service"),
            (("case_id", "cases"),),
        ),
        Table("case_legal", ("case_id", "flag"), ("case_id", "flag"), (("case_id", "cases"),)),
        Table(
            "risk_assessments",
            (
                "id", "case_id", "tool", "version", "licence_held", "assessor", "assessed_on",
                "sources", "ratings", "level", "imminent", "next_review",
            ),
            ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "safety_plans", ("case_id", "body", "updated_at", "updated_by"), ("case_id",),
            (("case_id", "cases"),),
        ),
        Table(
            "plan_steps",
            (
                "id", "case_id", "type", "status", "partner", "started_on", "due_on",
                "ended_on", "outcome", "created_at", "updated_at", "referral_id",
            ),
            ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "contacts", ("id", "case_id", "at", "kind", "summary", "by_account"), ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "notes", ("id", "case_id", "at", "by_account", "body"), ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "consents",
            (
                "id", "person_id", "recipient", "service_type", "purpose", "fields", "given_on",
                "method", "expires_on", "withdrawn_at", "recorded_by",
            ),
            ("id",),
            (("person_id", "persons"),),
        ),
        Table(
            "referrals",
            (
                "id", "case_id", "recipient", "service_type", "consent_id", "packet_id",
                "fields", "status", "created_at", "updated_at",
            ),
            ("id",),
            (("case_id", "cases"),),
        ),
        # Schema 13: the day (appointments, dates, deadlines, assignment, letters).
        Table("places", ("id", "name", "kind", "retired", "created_at"), ("id",)),
        Table(
            "appointments",
            (
                "id", "case_id", "kind", "starts_at", "minutes", "place_id", "note",
                "cancelled", "created_by", "created_at", "updated_at",
            ),
            ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "appointment_staff", ("appointment_id", "account_id"),
            ("appointment_id", "account_id"), (("appointment_id", "appointments"),),
        ),
        Table(
            "case_dates", ("case_id", "kind", "day"), ("case_id", "kind"),
            (("case_id", "cases"),),
        ),
        Table(
            "deadline_marks", ("id", "case_id", "kind", "outcome", "by_account", "at"), ("id",),
            (("case_id", "cases"),),
        ),
        Table("deadline_rules", ("rule", "value", "updated_at", "updated_by"), ("rule",)),
        Table("centre_settings", ("key", "value", "updated_at", "updated_by"), ("key",)),
        Table(
            "case_team", ("case_id", "account_id"), ("case_id", "account_id"),
            (("case_id", "cases"),),
        ),
        Table(
            "case_assignments", ("id", "case_id", "account_id", "by_account", "at"), ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "closure_requests",
            (
                "id", "case_id", "reason", "state", "requested_by", "requested_at",
                "decided_by", "decided_at",
            ),
            ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "letter_templates",
            ("id", "kind", "title", "body", "retired", "updated_at", "updated_by"),
            ("id",),
        ),
        Table(
            "referral_answers",
            (
                "id", "referral_id", "status", "reason", "note", "next_appointment",
                "received_at",
                # what came of it, as the service says (schema 15), and the centre's decision
                "outcome", "contract", "outcome_on", "decision", "updated_by", "updated_at",
            ),
            ("id",),
            (("referral_id", "referrals"),),
        ),
        # Centre fields (schema 14, docs/centre-fields.md): definitions, then case values.
        Table(
            "field_defs",
            (
                "key", "section", "type", "label_it", "label_en", "help_it", "help_en",
                "required", "position", "retired_at", "referral_types", "created_at",
                "updated_at", "updated_by",
            ),
            ("key",),
        ),
        Table(
            "field_choices",
            ("field_key", "code", "label_it", "label_en", "position", "retired_at"),
            ("field_key", "code"),
            (("field_key", "field_defs"),),
        ),
        Table(
            "field_history", ("id", "field_key", "version", "at", "by_account", "body"), ("id",),
            (("field_key", "field_defs"),),
        ),
        Table(
            "field_overrides",
            ("key", "hidden", "label_it", "label_en", "required", "position", "updated_at",
             "updated_by"),
            ("key",),
        ),
        Table(
            "case_field_values", ("case_id", "field_key", "value"), ("case_id", "field_key"),
            (("case_id", "cases"), ("field_key", "field_defs")),
        ),
        Table(
            "case_field_choices", ("case_id", "field_key", "code"), ("case_id", "field_key", "code"),
            (("case_id", "cases"), ("field_key", "field_defs")),
        ),
        Table(
            "case_imports", ("case_id", "match_key", "import_id", "at"), ("case_id", "match_key"),
            (("case_id", "cases"),),
        ),
        # Outcomes of her path (schema 15): her situation, each change dated; the moments it
        # was looked at; her consent to be followed up.
        Table(
            "outcome_changes",
            (
                "id", "case_id", "field", "value", "since", "source", "answer_id",
                "recorded_by", "recorded_at",
            ),
            ("id",),
            (("case_id", "cases"),),
        ),
        Table(
            "outcome_checks",
            ("case_id", "moment", "on_day", "result", "updated_by", "updated_at"),
            ("case_id", "moment"),
            (("case_id", "cases"),),
        ),
        Table(
            "followup_consents",
            (
                "id", "person_id", "given_on", "expires_on", "method", "channel", "times",
                "leave_message", "withdrawn_on", "recorded_by", "recorded_at",
            ),
            ("id",),
            (("person_id", "persons"),),
        ),
        # A case's documents (scans, letters): metadata through the log, bytes read from the
        # chunks when sent. Documents received with a partner's referral stay on the
        # workstation that received them (``only``). Both are immutable once written.
        Table(
            "documents",
            (
                "id", "case_id", "kind", "name", "media_type", "size", "sha256", "chunks",
                "added_by", "added_at",
            ),
            ("id",),
            (("case_id", "cases"),),
            only="{row}.case_id IS NOT NULL",
            blobs=("sha256",),
        ),
        Table(
            "document_chunks",
            ("document_id", "seq", "data"),
            ("document_id", "seq"),
            (("document_id", "documents"),),
            only="(SELECT case_id FROM documents WHERE id = {row}.document_id) IS NOT NULL",
            content="data",
            with_parent=True,
        ),
        Table("replica_staff", ("account_id", "display_name", "device_id"), ("account_id",)),
        Table(
            "replica_devices",
            ("device_id", "member_id", "name", "signing_key", "encryption_key", "added_at",
             "added_by", "removed_at"),
            ("device_id",),
        ),
    )
}  # fmt: skip


def encode(table: Table, values: dict[str, Any], *, content: bool) -> dict[str, Any]:
    """A row's values as JSON can hold them: BLOBs as hex; the content column as base64
    when ``content`` (on the wire), else None (in the log)."""
    out = dict(values)
    for col in table.blobs:
        if isinstance(out.get(col), bytes | bytearray | memoryview):
            out[col] = bytes(out[col]).hex()
    if table.content is not None and table.content in out:
        data = out[table.content]
        out[table.content] = (
            base64.b64encode(bytes(data)).decode("ascii") if content and data is not None else None
        )
    return out


def decode(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """The reverse of :func:`encode`, for writing received values into the table."""
    out = dict(values)
    try:
        for col in table.blobs:
            if isinstance(out.get(col), str):
                out[col] = bytes.fromhex(out[col])
        if table.content is not None and isinstance(out.get(table.content), str):
            out[table.content] = base64.b64decode(out[table.content], validate=True)
    except ValueError as exc:
        raise ValueError(f"{table.name}: not an encoded value") from exc
    return out


def row_key(table: Table, values: dict[str, object]) -> str:
    if len(table.key) == 1:
        return str(values[table.key[0]])
    return json.dumps([values[k] for k in table.key], separators=(",", ":"))


def key_values(table: Table, rk: str) -> dict[str, object]:
    if len(table.key) == 1:
        return {table.key[0]: rk}
    return dict(zip(table.key, json.loads(rk), strict=True))


def _rk_sql(table: Table, ref: str) -> str:
    if len(table.key) == 1:
        return f"{ref}.{table.key[0]}"
    return "json_array(" + ", ".join(f"{ref}.{k}" for k in table.key) + ")"


def trigger_sql(table: Table) -> str:
    """The three capture triggers of one table (muted while remote changes are applied)."""
    t, when = table.name, "WHEN (SELECT mute FROM replica_ctl) = 0"
    new_when = f"{when} AND {table.only.format(row='NEW')}" if table.only else when
    old_when = f"{when} AND {table.only.format(row='OLD')}" if table.only else when
    new_rk, old_rk = _rk_sql(table, "NEW"), _rk_sql(table, "OLD")
    obj = ", ".join(
        f"'{c}', hex(NEW.{c})" if c in table.blobs else f"'{c}', NEW.{c}"
        for c in table.columns
        if c != table.content
    )
    upd = "\n".join(
        f"  INSERT INTO replica_pending (tbl, rk, op, col, value)"
        f" SELECT '{t}', {new_rk}, 'upd', '{c}', NEW.{c} WHERE OLD.{c} IS NOT NEW.{c};"
        for c in table.fields
    )
    parts = [
        f"CREATE TRIGGER replica_{t}_ins AFTER INSERT ON {t} {new_when}\nBEGIN\n"
        f"  INSERT INTO replica_pending (tbl, rk, op, col, value)"
        f" VALUES ('{t}', {new_rk}, 'ins', NULL, json_object({obj}));\nEND;",
    ]
    if table.with_parent:
        return "\n".join(parts)
    parts.append(
        f"CREATE TRIGGER replica_{t}_del AFTER DELETE ON {t} {old_when}\nBEGIN\n"
        f"  DELETE FROM replica_pending WHERE tbl = '{t}' AND rk = {old_rk};\n"
        f"  INSERT INTO replica_pending (tbl, rk, op, col, value)"
        f" VALUES ('{t}', {old_rk}, 'del', NULL, NULL);\nEND;"
    )
    if table.fields:
        parts.append(
            f"CREATE TRIGGER replica_{t}_upd AFTER UPDATE ON {t} {new_when}\nBEGIN\n{upd}\nEND;"
        )
    return "\n".join(parts)
