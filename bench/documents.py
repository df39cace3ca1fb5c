"""Documents in the vault against a plain SQLite blob, in the same run.

Ours: ``storage.documents.add`` streams a scan from disk into the encrypted vault in
256 KiB chunks (SHA-256 and a Poly1305 tag on the way, audit entry, one transaction) and
``documents.read`` brings it back (tag checked; docs/vault.md says why a tag). Baseline: the same bytes read from the same file and
written as one BLOB row into an unencrypted database with the same engine and pragmas
(``Database.open_unencrypted_for_benchmark``), then selected back. The ratio is what
encryption, chunking, hashing and auditing cost together.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from bench.harness import Metric, Report, interleaved
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import DocumentKind
from ponte.storage import cases, documents
from ponte.storage.db import Database

KEY = bytes(range(32))
NOW = datetime(2026, 6, 1, tzinfo=UTC)
ACTOR = Actor("bench-coord", "coordinatrice", "bench")


def run(report: Report, quick: bool, workdir: Path) -> None:
    size = (2 if quick else 10) * 1024 * 1024
    rounds = 3 if quick else 5
    scan = workdir / "scan.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + os.urandom(size - 9))
    label = f"{size // 2**20} MiB"

    vault = Database.open(workdir / "docs-enc.db", KEY, create=True)
    vault.migrate()
    case_id = cases.create(
        vault, ACTOR, Person(alias="Bench"), Case(opened_on=date(2026, 1, 1)), at=NOW
    ).id
    plain = Database.open_unencrypted_for_benchmark(workdir / "blob-plain.db")
    plain.execute("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    stored: list[str] = []
    rows: list[int] = []

    def ours_store() -> None:
        doc = documents.add(vault, ACTOR, case_id, scan, DocumentKind.OTHER, at=NOW)
        stored.append(doc.id)

    def base_store() -> None:
        with plain.transaction():
            cur = plain.execute("INSERT INTO blobs (data) VALUES (?)", (scan.read_bytes(),))
        rows.append(int(cur.lastrowid))

    ours, base = interleaved(ours_store, base_store, rounds=rounds)
    report.add(
        Metric(
            f"document store {label}",
            ours,
            "s",
            base,
            "<= 2.0",
            notes="vault: 256 KiB chunks, SHA-256 + Poly1305 tag, audit; baseline: one plain BLOB row,"
            " same pragmas",
        )
    )

    def ours_read() -> None:
        _, data = documents.read(vault, ACTOR, stored[-1], at=NOW)
        assert len(data) == size

    def base_read() -> None:
        data = plain.scalar("SELECT data FROM blobs WHERE id = ?", (rows[-1],))
        assert len(data) == size

    vault.checkpoint()
    plain.checkpoint()
    ours, base = interleaved(ours_read, base_read, rounds=rounds)
    report.add(
        Metric(
            f"document read {label}",
            ours,
            "s",
            base,
            "<= 2.0",
            notes="vault: decrypt + Poly1305 tag check, chunk by chunk, audit; baseline: one plain"
            " BLOB select",
        )
    )
    vault.close()
    plain.close()
