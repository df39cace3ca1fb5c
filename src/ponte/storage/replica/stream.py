"""Change sets between devices: what to send each peer, and applying what arrives.

Each device sends each peer its whole log in log order (its own changes and the ones it
received), from where that peer's cursor stands. Every log holds each origin's changes in
the origin's order, so relaying in log order is *causal delivery*, and a change is new iff
its stamp is above the version vector entry of its origin. A set names the log range it
covers (``after``, ``to``); one that arrives after a gap (a lost or reordered packet) waits
in ``replica_deferred`` until the gap is filled, and so does everything that arrives
before the device has its first snapshot.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ponte.core.clock import parse_rfc3339
from ponte.storage import audit, documents
from ponte.storage.cases import reindex
from ponte.storage.db import Database
from ponte.storage.erase import scrub
from ponte.storage.replica import hlc, merge, snapshot, state
from ponte.storage.replica.change import DEL, Change
from ponte.storage.replica.tables import TABLES, encode, key_values

MAX_CHANGES = 2000
#: JSON bytes per set before compression: with base64 it stays well inside one packet.
MAX_SET_BYTES = 1_500_000
#: Bytes of sets queued for one peer in one round (about 24 packets): a workstation far
#: behind, or sent the whole log again, gets the rest in the following rounds.
ROUND_BYTES = 32_000_000
Progress = Callable[[int, int], None]


@dataclass
class Applied:
    """What one received set did (counts only)."""

    changes: int = 0
    skipped: int = 0
    deferred: bool = False
    snapshot_part: tuple[int, int] | None = None
    case_ids: set[str] = field(default_factory=set)
    deleted: bool = False


# ------------------------------------------------------------------ sending
def sent_seq(db: Database, peer: str) -> int:
    value = db.scalar("SELECT sent_seq FROM replica_peers WHERE device = ?", (peer,))
    return 0 if value is None else int(value)


def mark_sent(db: Database, peer: str, seq: int) -> None:
    db.execute(
        "INSERT INTO replica_peers (device, sent_seq) VALUES (?, ?)"
        " ON CONFLICT (device) DO UPDATE SET sent_seq = max(sent_seq, excluded.sent_seq)",
        (peer, seq),
    )


def last_seq(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(seq), 0) FROM replica_log"))


def outgoing(
    db: Database,
    peer: str,
    *,
    limit: int = MAX_CHANGES,
    max_bytes: int = MAX_SET_BYTES,
    after: int | None = None,
    budget: int | None = None,
) -> list[dict[str, Any]]:
    """The change sets ``peer`` has not been sent yet (without moving its cursor), each at
    most ``limit`` changes and about ``max_bytes`` of JSON, so that it fits one packet.
    ``budget``: stop after about that many bytes of sets (documents' bytes included); the
    rest is for the next round, so a long backlog of scans is never all in memory."""
    after = sent_seq(db, peer) if after is None else after
    sets: list[dict[str, Any]] = []
    changes: list[Any] = []
    size, start, seq, total = 0, after, after, 0
    for r in db.execute(
        "SELECT seq, stamp, origin, tbl, rk, op, body FROM replica_log WHERE seq > ? ORDER BY seq",
        (after,),
    ).fetchall():
        change: Change | None = None
        weight = 0
        if r["origin"] != peer:  # it knows its own changes
            change = Change.from_log(r["stamp"], r["tbl"], r["rk"], r["op"], r["body"])
            if TABLES[change.tbl].content is not None and change.op != DEL:
                change = _with_content(db, change)  # None: its document went meanwhile
            weight = 0 if change is None else len(r["body"]) + 120 + _content_bytes(change)
        if changes and (len(changes) >= limit or size + weight > max_bytes):
            sets.append({"k": "changes", "after": start, "to": seq, "c": changes})
            changes, start = [], seq
            total, size = total + size, 0
            if budget is not None and total >= budget:
                return sets
        seq = int(r["seq"])
        if change is not None:
            changes.append(change.to_wire())
            size += weight
    if changes:
        sets.append({"k": "changes", "after": start, "to": seq, "c": changes})
    return sets


def bulky(body: dict[str, Any]) -> bool:
    """A set or snapshot part (or a file's bundle of them) that carries a document's bytes."""
    if body.get("k") == "bundle":
        return any(bulky(part) for part in body.get("sets", []))
    if body.get("k") == "snap":
        return any(TABLES[t].content is not None for t in body.get("t", {}) if t in TABLES)
    return any(TABLES[c[1]].content is not None for c in body.get("c", []) if c[1] in TABLES)


def _content_bytes(change: Change) -> int:
    content = TABLES[change.tbl].content
    return 0 if content is None else len(change.fields.get(content) or "")


def _with_content(db: Database, change: Change) -> Change | None:
    """A chunk's change with its bytes, read from the table (the log does not keep them:
    chunks never change, so the table holds exactly what the change wrote)."""
    table = TABLES[change.tbl]
    assert table.content is not None
    keys = key_values(table, change.rk)
    where = " AND ".join(f"{k} = ?" for k in keys)
    data = db.scalar(
        f"SELECT {table.content} FROM {table.name} WHERE {where}", tuple(keys.values())
    )
    if data is None:  # not here yet (parked, waiting for its document), or gone
        parked = db.scalar(
            "SELECT body FROM replica_parked WHERE tbl = ? AND rk = ? AND stamp = ?",
            (change.tbl, change.rk, change.stamp),
        )
        if parked is None:
            return None
        return Change.from_log(change.stamp, change.tbl, change.rk, change.op, parked)
    fields = encode(table, {**change.fields, table.content: data}, content=True)
    return replace(change, fields=fields)


# ------------------------------------------------------------------ receiving
def apply_changes(db: Database, items: list[Any], out: Applied) -> None:
    """Merge received changes (inside a transaction): new ones only, in order."""
    stamps: list[str] = []
    with state.muted(db):
        for item in items:
            c = Change.from_wire(item)
            if state.known(db, c.origin, c.stamp):
                out.skipped += 1
                continue
            cases = merge.cases_of_row(db, c.tbl, c.rk, c.fields)
            if c.op == DEL and c.tbl == "cases":
                db.execute(
                    "DELETE FROM case_fts WHERE rowid = (SELECT rowid FROM cases WHERE id = ?)",
                    (c.rk,),
                )
            merge.apply(db, c, local=False)
            cases += merge.cases_of_row(db, c.tbl, c.rk, c.fields)  # (rows unparked too)
            state.advance_vv(db, c.origin, c.stamp)
            stamps.append(c.stamp)
            out.changes += 1
            out.deleted |= c.op == DEL and c.tbl in ("persons", "cases", "notes", "documents")
            out.case_ids.update(cases)
            if c.tbl == "document_chunks":
                continue  # audited as its document, once it is whole (documents.settle)
            audit.append(
                db,
                actor=c.actor or "system",
                device=c.origin,
                action=f"replica.{c.op}",
                entity=c.tbl,
                entity_id=c.rk if len(TABLES[c.tbl].key) == 1 else "",
                at=_when(c.at),
                detail={"change_id": c.stamp, "fields": len(c.fields)},
            )
        if stamps:
            documents.settle(db)
    hlc.observe(db, stamps)


@functools.lru_cache(maxsize=256)
def _when(text: str) -> datetime:
    """The changes of one transaction share their time: parse it once."""
    return parse_rfc3339(text)


def joined(db: Database) -> bool:
    return state.get(db, "joined") == "1"


def _stream(db: Database, sender: str) -> int:
    value = db.scalar("SELECT applied_seq FROM replica_streams WHERE device = ?", (sender,))
    return 0 if value is None else int(value)


def _set_stream(db: Database, sender: str, seq: int) -> None:
    db.execute(
        "INSERT INTO replica_streams (device, applied_seq) VALUES (?, ?)"
        " ON CONFLICT (device) DO UPDATE SET applied_seq = max(applied_seq, excluded.applied_seq)",
        (sender, seq),
    )


def _try_apply(db: Database, sender: str, body: dict[str, Any], out: Applied) -> bool:
    """Apply a changes set if nothing before it is missing; False to keep it for later."""
    if not joined(db):
        return False
    applied = _stream(db, sender)
    if int(body["after"]) > applied:
        return False
    if int(body["to"]) > applied:
        apply_changes(db, list(body["c"]), out)
        _set_stream(db, sender, int(body["to"]))
    return True


def _try_snapshot(db: Database, sender: str, body: dict[str, Any], out: Applied) -> bool:
    if joined(db):
        return True  # caught up already: a second snapshot adds nothing
    if int(body["part"]) != int(state.get(db, "snap_next") or 0):
        return False
    out.snapshot_part = snapshot.apply_part(db, sender, body, out.case_ids)
    state.put(db, "snap_next", str(int(body["part"]) + 1))
    return True


def _try(db: Database, sender: str, body: dict[str, Any], out: Applied) -> bool:
    if body.get("k") == "snap":
        return _try_snapshot(db, sender, body, out)
    return _try_apply(db, sender, body, out)


def _drain_deferred(db: Database, out: Applied) -> None:
    progress = True
    while progress:
        progress = False
        for row in db.query(
            "SELECT id, sender, body FROM replica_deferred WHERE sender NOT LIKE 'packet:%'"
            " ORDER BY id"
        ):
            if _try(db, str(row["sender"]), json.loads(row["body"]), out):
                db.execute("DELETE FROM replica_deferred WHERE id = ?", (row["id"],))
                progress = True


def receive(db: Database, sender: str, body: dict[str, Any]) -> Applied:
    """Apply one decrypted set from device ``sender`` (inside the caller's transaction)."""
    out = Applied()
    if body.get("k") not in ("snap", "changes"):
        return out
    if _try(db, sender, body, out):
        _drain_deferred(db, out)
    else:
        db.execute(
            "INSERT INTO replica_deferred (sender, body) VALUES (?, ?)",
            (sender, json.dumps(body, separators=(",", ":"))),
        )
        out.deferred = True
    for case_id in out.case_ids:
        reindex(db, case_id)
    return out


def after_receive(db: Database, out: Applied) -> None:
    """Outside the transaction: a received deletion leaves no trace in the index or WAL."""
    if out.deleted:
        scrub(db)
