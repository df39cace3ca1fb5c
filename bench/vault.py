"""The vault against plain SQLite: same engine, schema, pragmas and code, without encryption.

The baseline is ``Database.open_unencrypted_for_benchmark``: SQLCipher's own SQLite with
no key, so the only difference measured is encryption (page cipher + HMAC).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.harness import Metric, Report, interleaved
from ponte.core.domain import Actor
from ponte.storage import demo
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.db import Database
from ponte.storage.kdf import calibrate, derive
from ponte.storage.vault import Vault

KEY = bytes(range(32))
NOW = datetime(2026, 6, 1, tzinfo=UTC)
ACTOR = Actor("bench-coord", "coordinatrice", "bench")


def _fresh(path: Path, encrypted: bool) -> Database:
    for f in path.parent.glob(path.name + "*"):
        f.unlink()
    db = (
        Database.open(path, KEY, create=True)
        if encrypted
        else Database.open_unencrypted_for_benchmark(path)
    )
    db.migrate()
    return db


def _reopen(path: Path, encrypted: bool) -> Database:
    return Database.open(path, KEY) if encrypted else Database.open_unencrypted_for_benchmark(path)


def bench_insert(report: Report, workdir: Path, n: int) -> None:
    rows = demo.generate(n, ACTOR, now=NOW)
    enc_path, plain_path = workdir / "ins-enc.db", workdir / "ins-plain.db"

    def run(encrypted: bool) -> None:
        db = _fresh(enc_path if encrypted else plain_path, encrypted)
        demo.insert(db, ACTOR, rows, now=NOW)
        db.close()

    ours, base = interleaved(lambda: run(True), lambda: run(False), rounds=3)
    report.add(
        Metric(
            f"vault insert {n:,} cases",
            ours,
            "s",
            base,
            "<= 1.10",
            notes="one transaction, FTS index maintained, WAL, 64 MiB cache",
        )
    )


def _build(workdir: Path, n: int) -> dict[bool, Path]:
    paths = {True: workdir / f"list-{n}-enc.db", False: workdir / f"list-{n}-plain.db"}
    rows = demo.generate(n, ACTOR, now=NOW)
    for encrypted, path in paths.items():
        db = _fresh(path, encrypted)
        demo.insert(db, ACTOR, rows, now=NOW)
        db.execute("ANALYZE")
        db.close()
    return paths


QUERIES = {
    "list page": CaseQuery(),
    "deep page": CaseQuery(offset=10_000_000),  # clamped below to n - 50
    "FTS5 search": CaseQuery(text="giu"),
    # Worst case: the search matches every row ("demo" in a demo vault), sorted by a
    # person column, so SQLite must sort 100k rows before it can return a page.
    "match-all search sorted by alias": CaseQuery(text="demo", sort="alias", descending=False),
}


def _timed_queries(db: Database, n: int, repeat: int) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, q in QUERIES.items():
        if name == "deep page":
            q = CaseQuery(offset=max(0, n - 50))
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            list_cases(db, ACTOR, q)
            best = min(best, time.perf_counter() - t0)
        out[name] = best
    best = float("inf")
    for _ in range(max(3, repeat // 4)):
        t0 = time.perf_counter()
        db.scalar("SELECT count(*) FROM persons WHERE alias LIKE '%nna 1%'")
        best = min(best, time.perf_counter() - t0)
    out["LIKE scan"] = best
    return out


def bench_queries(report: Report, paths: dict[bool, Path], n: int, main: bool) -> None:
    results: dict[bool, dict[str, float]] = {}
    for encrypted in (False, True, False, True):  # warm both, keep the second run
        db = _reopen(paths[encrypted], encrypted)
        results[encrypted] = _timed_queries(db, n, repeat=15)
        db.close()
    for name in results[True]:
        ours, base = results[True][name], results[False][name]
        report.growth.append(
            {"series": f"{name} (vault)", "n": n, "value": ours * 1000, "unit": "ms"}
        )
        if main:
            report.add(
                Metric(f"{name} over {n:,} cases", ours * 1000, "ms", base * 1000, "<= 1.15")
            )
            if name == "list page":
                report.add(
                    Metric(f"SQL list page time, {n:,} cases", ours * 1000, "ms", None, "< 5 ms")
                )


_COLD = """
import sys, time, json
from pathlib import Path
from ponte.storage.db import Database
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.core.domain import Actor
enc = sys.argv[2] == "1"
t0 = time.perf_counter()
db = Database.open(Path(sys.argv[1]), bytes(range(32))) if enc else Database.open_unencrypted_for_benchmark(Path(sys.argv[1]))
list_cases(db, Actor("a", "coordinatrice"), CaseQuery())
print(json.dumps(time.perf_counter() - t0))
"""


def bench_cold_open(report: Report, paths: dict[bool, Path], n: int) -> None:
    def once(encrypted: bool) -> float:
        out = subprocess.run(
            [sys.executable, "-c", _COLD, str(paths[encrypted]), "1" if encrypted else "0"],
            capture_output=True,
            text=True,
            check=True,
        )
        return float(json.loads(out.stdout))

    ours = sorted(once(True) for _ in range(5))[2]
    base = sorted(once(False) for _ in range(5))[2]
    report.add(
        Metric(
            f"cold open + first page, {n:,} cases",
            ours * 1000,
            "ms",
            base * 1000,
            "<= 1.5",
            notes="new process each time (SQLite cache empty; OS file cache warm); the few ms "
            "are SQLCipher's per-open key setup and first page decryptions",
        )
    )


def bench_unlock(report: Report, workdir: Path) -> None:
    params = calibrate()
    data = workdir / "unlock"
    vault, _ = Vault.create(
        data, username="b", display_name="B", passphrase="bench passphrase", kdf=params
    )
    vault.lock()
    salt = bytes(16)
    ours, base = interleaved(
        lambda: Vault.unlock(data, "b", "bench passphrase").lock(),
        lambda: derive(b"bench passphrase", salt, params),
        rounds=5,
    )
    report.add(
        Metric(
            "unlock (Argon2id + open)",
            ours,
            "s",
            base,
            "<= 1.1",
            notes=f"Argon2id t={params.time_cost} m={params.memory_kib // 1024} MiB p={params.parallelism}",
        )
    )


def run(report: Report, quick: bool, workdir: Path) -> None:
    bench_insert(report, workdir, 50_000)
    sizes = (1_000, 10_000, 100_000) if quick else (1_000, 10_000, 100_000, 1_000_000)
    for n in sizes:
        paths = _build(workdir, n)
        bench_queries(report, paths, n, main=(n == 100_000))
        if n == 100_000:
            bench_cold_open(report, paths, n)
        for p in workdir.glob(f"list-{n}-*"):
            p.unlink()
    bench_unlock(report, workdir)
