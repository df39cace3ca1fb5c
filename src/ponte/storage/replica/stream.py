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
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ponte.core.clock import parse_rfc3339
from ponte.storage import audit
from ponte.storage.cases import reindex
from ponte.storage.db import Database
from ponte.storage.erase import scrub
from ponte.storage.replica import hlc, merge, snapshot, state
from ponte.storage.replica.change import DEL, Change
from ponte.storage.replica.tables import TABLES

MAX_CHANGES = 2000
#: JSON bytes per set before compression: with base64 it stays well inside one packet.
MAX_SET_BYTES = 1_500_000
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
) -> list[dict[str, Any]]:
    """The change sets ``peer`` has not been sent yet (without moving its cursor), each at
    most ``limit`` changes and about ``max_bytes`` of JSON, so that it fits one packet."""
    after = sent_seq(db, peer) if after is None else after
    sets: list[dict[str, Any]] = []
    changes: list[Any] = []
    size, start, seq = 0, after, after
    for r in db.execute(
        "SELECT seq, stamp, origin, tbl, rk, op, body FROM replica_log WHERE seq > ? ORDER BY seq",
        (after,),
    ).fetchall():
        if changes and (len(changes) >= limit or size + len(r["body"]) > max_bytes):
            sets.append({"k": "changes", "after": start, "to": seq, "c": changes})
            changes, size, start = [], 0, seq
        seq = int(r["seq"])
        if r["origin"] != peer:  # it knows its own changes
            changes.append(
                Change.from_log(r["stamp"], r["tbl"], r["rk"], r["op"], r["body"]).to_wire()
            )
            size += len(r["body"]) + 120
    if changes:
        sets.append({"k": "changes", "after": start, "to": seq, "c": changes})
    return sets


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
            out.deleted |= c.op == DEL and c.tbl in ("persons", "cases", "notes")
            out.case_ids.update(cases)
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
