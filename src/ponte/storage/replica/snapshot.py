"""Bringing up a new device: the centre's current state in parts, then the change stream.

A snapshot is state, not history: every row of every replicated table, the stamps that
created them, the field versions (open conflicts included), the tombstones, and the
sender's version vector and log position. The new device applies the parts as they come
(reporting progress); after the last one it takes the sender's change stream from that log
position and every other peer's whole stream (already-known changes are skipped by stamp).
"""

from __future__ import annotations

from typing import Any

from ponte.core.errors import MalformedPacket
from ponte.storage import documents
from ponte.storage.db import Database
from ponte.storage.replica import hlc, merge, state
from ponte.storage.replica.tables import TABLES, decode, encode

ROWS_PER_PART = 4000
MAX_PART_BYTES = 1_500_000  # about: JSON before compression, so a part fits one packet


def build(db: Database, *, rows_per_part: int = ROWS_PER_PART) -> list[dict[str, Any]]:
    """Every part of a snapshot of this device's state (inside a read transaction)."""
    parts: list[dict[str, Any]] = []
    current: dict[str, Any] = {"t": {}}
    size = nbytes = 0

    def cut() -> None:
        nonlocal current, size, nbytes
        if size:
            parts.append(current)
        current, size, nbytes = {"t": {}}, 0, 0

    def full(row: Any) -> bool:
        nonlocal size, nbytes
        size += 1
        nbytes += sum(len(str(v)) + 4 for v in row)
        return size >= rows_per_part or nbytes >= MAX_PART_BYTES

    for table in TABLES.values():
        if table.name == "replica_devices":
            continue  # sent in the last part, whole
        cols = ", ".join(table.columns)
        where = f" WHERE {table.only.format(row=table.name)}" if table.only else ""
        wire = bool(table.blobs or table.content)
        for row in db.execute(f"SELECT {cols} FROM {table.name}{where}"):
            if wire:  # BLOBs as JSON can hold them
                row = list(encode(table, dict(zip(table.columns, row, strict=True)),
                                  content=True).values())  # fmt: skip
            current["t"].setdefault(table.name, []).append(list(row))
            if full(row):
                cut()
    for name, key in (("replica_rows", "r"), ("replica_tombs", "x"), ("replica_heads", "h")):
        for row in db.execute(f"SELECT * FROM {name}"):
            current.setdefault(key, []).append(list(row))
            if full(row):
                cut()
    cut()
    cols = ", ".join(TABLES["replica_devices"].columns)
    last = {
        "t": {
            "replica_devices": [list(r) for r in db.query(f"SELECT {cols} FROM replica_devices")]
        },
        "vv": state.vv(db),
        "upto": int(db.scalar("SELECT coalesce(max(seq), 0) FROM replica_log")),
    }
    parts.append(last)
    for i, part in enumerate(parts):
        part.update({"k": "snap", "part": i, "parts": len(parts)})
    return parts


def apply_part(
    db: Database, sender: str, body: dict[str, Any], case_ids: set[str]
) -> tuple[int, int]:
    """Apply one part (muted: this is not news to anybody). Returns (part, parts)."""
    part, parts = int(body["part"]), int(body["parts"])
    with state.muted(db):
        for tbl, rows in dict(body.get("t", {})).items():
            table = TABLES.get(tbl)
            if table is None or any(len(r) != len(table.columns) for r in rows):
                raise MalformedPacket("replica snapshot")
            marks = ", ".join("?" * len(table.columns))
            if table.blobs or table.content:
                try:
                    rows = [
                        list(decode(table, dict(zip(table.columns, r, strict=True))).values())
                        for r in rows
                    ]
                except ValueError as exc:
                    raise MalformedPacket("replica snapshot") from exc
            db.executemany(
                f"INSERT OR IGNORE INTO {tbl} ({', '.join(table.columns)}) VALUES ({marks})",
                [tuple(r) for r in rows],
            )
            if tbl == "cases":
                case_ids.update(str(r[0]) for r in rows)
            if tbl == "documents":  # shown once whole and verified (below)
                for r in rows:
                    merge.documents_arriving(db, str(r[0]))
        for name, key, width in (
            ("replica_rows", "r", 3),
            ("replica_tombs", "x", 3),
            ("replica_heads", "h", 8),
        ):
            rows = [tuple(r) for r in body.get(key, []) if len(r) == width]
            db.executemany(f"INSERT OR IGNORE INTO {name} VALUES ({', '.join('?' * width)})", rows)
        if "documents" in body.get("t", {}) or "document_chunks" in body.get("t", {}):
            documents.settle(db)
    if "vv" in body:
        for device, stamp in dict(body["vv"]).items():
            state.advance_vv(db, str(device), str(stamp))
        hlc.observe(db, [str(s) for s in dict(body["vv"]).values()])
        db.execute(
            "INSERT INTO replica_streams (device, applied_seq) VALUES (?, ?)"
            " ON CONFLICT (device) DO UPDATE SET applied_seq = excluded.applied_seq",
            (sender, int(body["upto"])),
        )
        state.put(db, "joined", "1")
    return part, parts
