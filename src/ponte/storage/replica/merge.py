"""Merge rules: how one change (local or received) moves a field's versions and the table.

Each edited field keeps its *heads*: the versions no later edit has overwritten. A change
names, per field, the stamps its writer had seen (``bases``); applying it removes those and
adds its own stamp. With causal delivery (see ``stream``) this is a multi-value register:
- one head: the field is settled; edits of different fields never disturb each other;
- several heads: people edited the same field concurrently. All values are kept, the table
  shows the one with the highest stamp (the same on every device), and the field is an open
  conflict until a person resolves it, which is a new edit over all heads (so it replicates);
- ``updated_at``/``updated_by`` keep only the highest head (bookkeeping, never a conflict).
A delete leaves a tombstone that wins over every concurrent or later edit of that row (row
ids are never reused); set-membership rows (no id of their own) may be re-added by a later
insert. Deleting a row also removes its earlier changes from the log, so erased data stops
travelling and stops being stored.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from ponte.storage.db import Database
from ponte.storage.replica.change import DEL, Change
from ponte.storage.replica.tables import (
    LWW_COLUMNS,
    TABLES,
    Table,
    decode,
    encode,
    key_values,
    row_key,
)


def row_exists(db: Database, table: Table, rk: str) -> bool:
    keys = key_values(table, rk)
    where = " AND ".join(f"{k} = ?" for k in keys)
    return db.scalar(f"SELECT 1 FROM {table.name} WHERE {where}", tuple(keys.values())) is not None


def read_row(db: Database, table: Table, rk: str) -> dict[str, Any] | None:
    """The row as a change holds it (``tables.encode``: BLOBs as hex, content left out)."""
    keys = key_values(table, rk)
    where = " AND ".join(f"{k} = ?" for k in keys)
    cols = [c for c in table.columns if c != table.content]
    row = db.query_one(
        f"SELECT {', '.join(cols)} FROM {table.name} WHERE {where}", tuple(keys.values())
    )
    if row is None:
        return None
    values = {c: row[c] for c in cols}
    if table.content is not None:
        values[table.content] = None
    return encode(table, values, content=False)


def row_stamp(db: Database, tbl: str, rk: str) -> str | None:
    value = db.scalar("SELECT stamp FROM replica_rows WHERE tbl = ? AND rk = ?", (tbl, rk))
    return None if value is None else str(value)


def field_versions(db: Database, tbl: str, rk: str, col: str) -> list[str]:
    """The stamps a new edit of this field overwrites."""
    heads = db.query(
        "SELECT stamp FROM replica_heads WHERE tbl = ? AND rk = ? AND col = ?", (tbl, rk, col)
    )
    if heads:
        return [str(r[0]) for r in heads]
    created = row_stamp(db, tbl, rk)
    return [] if created is None else [created]


def tombstoned(db: Database, tbl: str, rk: str) -> str | None:
    value = db.scalar("SELECT stamp FROM replica_tombs WHERE tbl = ? AND rk = ?", (tbl, rk))
    return None if value is None else str(value)


def _log(db: Database, c: Change) -> None:
    content = TABLES[c.tbl].content
    if content is not None and c.fields.get(content) is not None:
        # The bytes stay in their table (immutable); ``stream.outgoing`` reads them there.
        c = replace(c, fields={**c.fields, content: None})
    db.execute(
        "INSERT INTO replica_log (stamp, origin, tbl, rk, op, body) VALUES (?, ?, ?, ?, ?, ?)",
        (c.stamp, c.origin, c.tbl, c.rk, c.op, c.body()),
    )


def _parent_state(db: Database, table: Table, fields: dict[str, Any]) -> tuple[str, str, str]:
    """("here" | "gone" | "missing", parent table, parent key) of a new row's parents."""
    for col, parent in table.parents:
        value = fields.get(col)
        if value is None:
            continue
        if tombstoned(db, parent, str(value)):
            return "gone", parent, str(value)
        if not row_exists(db, TABLES[parent], str(value)):
            return "missing", parent, str(value)
    return "here", "", ""


def _park(db: Database, c: Change, wait_tbl: str, wait_rk: str) -> None:
    """Keep a change whose row is not here yet (and not deleted): it is known, logged and
    relayed now, and applied when the row arrives."""
    db.execute(
        "INSERT INTO replica_parked (tbl, rk, wait_tbl, wait_rk, stamp, op, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (c.tbl, c.rk, wait_tbl, wait_rk, c.stamp, c.op, c.body()),
    )


def _unpark(db: Database, tbl: str, rk: str) -> None:
    rows = db.query(
        "SELECT id, tbl, rk, stamp, op, body FROM replica_parked"
        " WHERE wait_tbl = ? AND wait_rk = ? ORDER BY id",
        (tbl, rk),
    )
    for r in rows:
        db.execute("DELETE FROM replica_parked WHERE id = ?", (r["id"],))
        c = Change.from_log(r["stamp"], r["tbl"], r["rk"], r["op"], r["body"])
        _apply(db, c, local=False, log=False)


def _forget(db: Database, tbl: str, rk: str, stamp: str) -> None:
    """Tombstone a row and drop its versions and earlier changes, and its children's."""
    for r in db.query(
        "SELECT id, tbl, rk FROM replica_parked WHERE (wait_tbl = ? AND wait_rk = ?)"
        " OR (tbl = ? AND rk = ?)",
        (tbl, rk, tbl, rk),
    ):
        db.execute("DELETE FROM replica_parked WHERE id = ?", (r["id"],))
        if (r["tbl"], r["rk"]) != (tbl, rk):
            _forget(db, r["tbl"], r["rk"], stamp)
    for child in TABLES.values():
        for col, parent in child.parents:
            if parent != tbl:
                continue
            if child.with_parent:
                _forget_with_parent(db, child, rk)
                continue
            keys = ", ".join(child.key)
            for row in db.query(f"SELECT {keys} FROM {child.name} WHERE {col} = ?", (rk,)):
                _forget(db, child.name, row_key(child, dict(row)), stamp)
    db.execute(
        "INSERT INTO replica_tombs (tbl, rk, stamp) VALUES (?, ?, ?)"
        " ON CONFLICT (tbl, rk) DO NOTHING",
        (tbl, rk, stamp),
    )
    for name in ("replica_heads", "replica_rows"):
        db.execute(f"DELETE FROM {name} WHERE tbl = ? AND rk = ?", (tbl, rk))
    # Erasure travels, the erased values do not: earlier changes of the row leave the log.
    db.execute("DELETE FROM replica_log WHERE tbl = ? AND rk = ? AND op = 'put'", (tbl, rk))


def _forget_with_parent(db: Database, child: Table, parent_rk: str) -> None:
    """A document's chunks go with it: no tombstone each (a late chunk finds its parent
    tombstoned), their creation stamps and logged changes leave, found by key prefix (the
    rows themselves may be gone already, deleted by the foreign key's cascade)."""
    prefix = json.dumps([parent_rk], separators=(",", ":"))[:-1] + ","
    for name in ("replica_log", "replica_rows", "replica_heads", "replica_parked"):
        db.execute(
            f"DELETE FROM {name} WHERE tbl = ? AND substr(rk, 1, ?) = ?",
            (child.name, len(prefix), prefix),
        )


def documents_arriving(db: Database, doc_id: str) -> None:
    """A received document is shown only once every chunk has arrived and its SHA-256
    matches (``storage.documents.settle``); until then it waits here."""
    db.execute("INSERT OR IGNORE INTO documents_arriving (document_id) VALUES (?)", (doc_id,))


def _delete(db: Database, c: Change, table: Table, *, local: bool, log: bool = True) -> None:
    _forget(db, c.tbl, c.rk, c.stamp)
    if not local and row_exists(db, table, c.rk):
        keys = key_values(table, c.rk)
        where = " AND ".join(f"{k} = ?" for k in keys)
        db.execute(f"DELETE FROM {table.name} WHERE {where}", tuple(keys.values()))
    if log:
        _log(db, c)


def _insert(db: Database, c: Change, table: Table, *, local: bool, log: bool = True) -> bool:
    tomb = tombstoned(db, c.tbl, c.rk)
    if tomb is not None:
        if table.key != table.columns or tomb > c.stamp:
            return False  # a deleted record stays deleted
        db.execute("DELETE FROM replica_tombs WHERE tbl = ? AND rk = ?", (c.tbl, c.rk))
    if not local:
        current = read_row(db, table, c.rk)
        if current is not None and row_stamp(db, c.tbl, c.rk) is None:
            # Here already without history (the device list a join brought): adopt it.
            for col in table.fields:
                if col in c.fields and current[col] != c.fields[col]:
                    _show(db, table, c, col, c.fields[col])
        elif current is not None:
            # Created concurrently here too (a natural key, e.g. one safety plan per case):
            # its fields are concurrent edits of one record.
            fields = {k: v for k, v in c.fields.items() if k in table.fields}
            edit = Change(c.stamp, c.tbl, c.rk, c.op, fields, {}, c.actor, c.at)
            _update(db, edit, table, local=False, log=False)
            if log:
                _log(db, c)
            return True
        else:
            where, ptbl, prk = _parent_state(db, table, c.fields)
            if where == "gone":  # made while its case was being erased
                _forget(db, c.tbl, c.rk, c.stamp)
                return False
            if where == "missing":
                _park(db, c, ptbl, prk)
                if log:
                    _log(db, c)
                return False
            cols = [col for col in table.columns if col in c.fields]
            values = decode(table, c.fields)
            db.execute(
                f"INSERT INTO {table.name} ({', '.join(cols)})"
                f" VALUES ({', '.join('?' * len(cols))})",
                tuple(values[col] for col in cols),
            )
            if table.name == "documents":  # hidden until its chunks are here and verified
                documents_arriving(db, c.rk)
    db.execute(
        "INSERT INTO replica_rows (tbl, rk, stamp) VALUES (?, ?, ?)"
        " ON CONFLICT (tbl, rk) DO UPDATE SET stamp = excluded.stamp",
        (c.tbl, c.rk, c.stamp),
    )
    if log:
        _log(db, c)
    if not local:
        _unpark(db, c.tbl, c.rk)
    return True


def _heads(db: Database, c: Change, col: str) -> dict[str, Any]:
    rows = db.query(
        "SELECT stamp, value FROM replica_heads WHERE tbl = ? AND rk = ? AND col = ?",
        (c.tbl, c.rk, col),
    )
    return {str(r["stamp"]): r["value"] for r in rows}


def _put_head(db: Database, c: Change, col: str, stamp: str, value: Any, who: str = "") -> None:
    db.execute(
        "INSERT OR REPLACE INTO replica_heads VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (c.tbl, c.rk, col, stamp, value, who, stamp.split(".", 2)[2], c.at if who else ""),
    )


def _drop_heads(db: Database, c: Change, col: str, stamps: list[str]) -> None:
    for s in stamps:
        db.execute(
            "DELETE FROM replica_heads WHERE tbl = ? AND rk = ? AND col = ? AND stamp = ?",
            (c.tbl, c.rk, col, s),
        )


def _replaced_here(db: Database, c: Change, col: str) -> bool:
    """A change already applied here names ``c`` among the versions it replaced."""
    rows = db.query(
        "SELECT body FROM replica_log WHERE tbl = ? AND rk = ? AND stamp <> ?"
        " AND instr(body, ?) > 0",
        (c.tbl, c.rk, c.stamp, c.stamp),
    )
    return any(c.stamp in json.loads(r["body"]).get("b", {}).get(col, []) for r in rows)


def _show(db: Database, table: Table, c: Change, col: str, value: Any) -> None:
    keys = key_values(table, c.rk)
    where = " AND ".join(f"{k} = ?" for k in keys)
    value = decode(table, {col: value})[col]
    db.execute(f"UPDATE {table.name} SET {col} = ? WHERE {where}", (value, *keys.values()))


def _update(db: Database, c: Change, table: Table, *, local: bool, log: bool = True) -> bool:
    if tombstoned(db, c.tbl, c.rk) is not None:
        return False
    if not local and not row_exists(db, table, c.rk):
        _park(db, c, c.tbl, c.rk)  # its row has not arrived yet
        if log:
            _log(db, c)
        return False
    created = row_stamp(db, c.tbl, c.rk)
    current = None if local else read_row(db, table, c.rk)
    for col, value in c.fields.items():
        heads = _heads(db, c, col)
        # The row's creation is the field's version: made explicit when it matters.
        implicit = not heads and current is not None and created is not None
        if implicit and (col in LWW_COLUMNS or created not in c.bases.get(col, [])):
            assert current is not None
            assert created is not None
            _put_head(db, c, col, created, current[col])
            heads = {created: current[col]}
        if col in LWW_COLUMNS:
            if heads and max(heads) > c.stamp:
                continue  # an older bookkeeping value: nothing to do
            drop = list(heads)
        else:
            drop = [s for s in heads if s in set(c.bases.get(col, []))]
        _drop_heads(db, c, col, drop)
        alive = {s: v for s, v in heads.items() if s not in drop}
        # A change can arrive after one that already replaced it (a device that joined by
        # snapshot saw it there, edited, and its edit travelled faster): it is history,
        # not a head, or this device would keep a conflict the others have not.
        if local or col in LWW_COLUMNS or not _replaced_here(db, c, col):
            _put_head(db, c, col, c.stamp, value, c.actor)
            alive[c.stamp] = value
        if not local and alive:
            _show(db, table, c, col, alive[max(alive)])
    if log:
        _log(db, c)
    return True


def apply(db: Database, c: Change, *, local: bool) -> bool:
    """Record ``c`` (and, for a received change, write it to the table). Inside a
    transaction; for received changes, with capture muted. False when it changed nothing
    (yet: its row was deleted, or has not arrived)."""
    return _apply(db, c, local=local, log=True)


def _apply(db: Database, c: Change, *, local: bool, log: bool) -> bool:
    table = TABLES[c.tbl]
    if c.op == DEL:
        _delete(db, c, table, local=local, log=log)
        return True
    if c.insert:
        return _insert(db, c, table, local=local, log=log)
    return _update(db, c, table, local=local, log=log)


def cases_of_row(
    db: Database, tbl: str, rk: str, fields: dict[str, Any] | None = None
) -> list[str]:
    """The case files a row belongs to (for the search index and the conflicts list)."""
    if tbl == "cases":
        return [rk]
    if tbl == "persons":
        return [str(r[0]) for r in db.query("SELECT id FROM cases WHERE person_id = ?", (rk,))]
    table = TABLES[tbl]
    keys = key_values(table, rk)
    if "case_id" in keys:
        return [str(keys["case_id"])]
    if "case_id" in table.columns:
        case_id = (fields or {}).get("case_id") or db.scalar(
            f"SELECT case_id FROM {tbl} WHERE id = ?", (rk,)
        )
        return [] if case_id is None else [str(case_id)]
    if "person_id" in table.columns:
        person = (fields or {}).get("person_id") or db.scalar(
            f"SELECT person_id FROM {tbl} WHERE id = ?", (rk,)
        )
        return [] if person is None else cases_of_row(db, "persons", str(person))
    return []
