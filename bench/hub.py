"""Hub ingest over HTTP against in-process verify + INSERT of the same packets (same run).

Wraps ``bench/hub_ingest.py`` (which can also run on its own): SQLite always, PostgreSQL
when the Debian server binaries are installed (a throwaway cluster on 127.0.0.1).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.pgcluster import pg_bindir, pg_cluster

from bench.harness import Metric, Report
from bench.hub_ingest import fresh_pg, run_direct, run_http


def _measure(
    report: Report, backend: str, base_url: str | None, n: int, clients: tuple[int, ...]
) -> None:
    for c in clients:
        rates = []
        for runner in (run_http, run_direct):
            with tempfile.TemporaryDirectory() as tmp:
                url = fresh_pg(f"{base_url}/postgres") if base_url else None
                rates.append(runner(Path(tmp) / "hub", url, n, c))
        report.growth.append(
            {
                "series": f"hub ingest {backend} (HTTP)",
                "n": c,
                "value": rates[0],
                "unit": "packets/s, by clients",
            }
        )
        if c == clients[-1] or len(clients) == 1:
            report.add(
                Metric(
                    f"hub ingest over HTTP, {backend}, {c} clients",
                    rates[0],
                    "packets/s",
                    rates[1],
                    ">= 0.5",
                    ratio=rates[0] / rates[1],
                    notes="baseline: same packets parsed, Ed25519-verified, INSERTed in-process",
                )
            )


def run(report: Report, quick: bool, workdir: Path) -> None:
    del workdir
    n = 300 if quick else 1000
    clients = (4,) if quick else (1, 2, 4)
    _measure(report, "SQLite", None, n, clients)
    if pg_bindir() is not None:
        with pg_cluster(fsync=True) as url:
            _measure(report, "PostgreSQL", url, n, clients)
