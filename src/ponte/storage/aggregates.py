"""Aggregate reports received from centres (cabina di regia side): store, list, read.

The inbox calls :func:`store` in the same transaction as it records the packet. Reports
hold published tables only (counts, ``"<5"``, ``"—"``), never a row about a woman.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.combining import from_rows
from ponte.core.suppression import PublishedTable
from ponte.storage.db import Database


@dataclass(frozen=True)
class ReceivedReport:
    packet_id: str
    sender: str
    network: str
    period_from: date
    period_to: date
    tables: tuple[PublishedTable, ...]
    received_at: str

    def table(self, name: str) -> PublishedTable | None:
        return next((t for t in self.tables if t.name == name), None)


def store(db: Database, packet_id: str, sender: str, payload: dict[str, Any], at: datetime) -> None:
    """Keep one validated ``aggregate`` payload (call inside the inbox's transaction)."""
    db.execute(
        "INSERT OR IGNORE INTO aggregate_reports (packet_id, sender, network, period_from,"
        " period_to, tables, received_at) VALUES (?,?,?,?,?,?,?)",
        (
            packet_id,
            sender,
            str(payload["network"]),
            str(payload["period"]["from"]),
            str(payload["period"]["to"]),
            json.dumps(payload["tables"], ensure_ascii=False),
            rfc3339(at),
        ),
    )


def _report(r: Any) -> ReceivedReport:
    tables = tuple(from_rows(t["name"], t["columns"], t["rows"]) for t in json.loads(r["tables"]))
    return ReceivedReport(
        r["packet_id"],
        r["sender"],
        r["network"],
        date.fromisoformat(r["period_from"]),
        date.fromisoformat(r["period_to"]),
        tables,
        r["received_at"],
    )


def latest(db: Database, start: date, end: date) -> list[ReceivedReport]:
    """Each centre's latest report for exactly this period, by network then sender."""
    rows = db.query(
        "SELECT a.* FROM aggregate_reports a WHERE a.period_from = ? AND a.period_to = ?"
        " AND NOT EXISTS (SELECT 1 FROM aggregate_reports b WHERE b.sender = a.sender"
        " AND b.period_from = a.period_from AND b.period_to = a.period_to"
        " AND (b.received_at, b.packet_id) > (a.received_at, a.packet_id))"
        " ORDER BY a.network, a.sender",
        (start.isoformat(), end.isoformat()),
    )
    return [_report(r) for r in rows]


def periods(db: Database) -> list[tuple[date, date]]:
    """Periods some report covers, newest first."""
    rows = db.query(
        "SELECT DISTINCT period_from, period_to FROM aggregate_reports"
        " ORDER BY period_from DESC, period_to DESC"
    )
    return [(date.fromisoformat(r[0]), date.fromisoformat(r[1])) for r in rows]
