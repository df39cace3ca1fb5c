"""Draining the outbox over a slow, lossy link, against the link's own limit.

A real hub (uvicorn on 127.0.0.1) behind the loopback fault proxy: 64 kbit/s each way,
300 ms added to every request and response, and 2% of 1 KiB chunks killing the connection
(harsher than TCP loss, which would retransmit). The limit is the time the payload bytes
alone need at that bandwidth.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from tests.e2e.conftest import HubProc, new_case_with_consent, workstation
from tests.hub.conftest import free_port, serve_in_thread
from tests.sync.faultproxy import FaultProxy

from bench.harness import Metric, Report
from ponte.app.background import BackgroundSync
from ponte.core.enums import ServiceType
from ponte.storage.outbox import VaultOutbox

FIELDS = {
    "age_band": "35_44",
    "education": "diploma",
    "languages": ["italiano", "inglese"],
    "skills": "contabilità di base, magazzino, patente B, " * 30,
}
BANDWIDTH = 8000.0  # bytes/s = 64 kbit/s


def run(report: Report, quick: bool, workdir: Path) -> None:
    n = 20 if quick else 100
    for post_quantum, drain_target, bytes_target in (
        (True, "<= 2.5", "<= 2.2"),
        (False, "<= 1.8", "<= 1.5"),
    ):
        _drain(report, n, workdir, post_quantum, drain_target, bytes_target)


def _drain(
    report: Report, n: int, workdir: Path, post_quantum: bool, drain_target: str, bytes_target: str
) -> None:
    from ponte.core.clock import SystemClock
    from ponte.hub.app import create_app
    from ponte.hub.keys import load_or_create_hub_key
    from ponte.hub.server import open_store
    from ponte.hub.service import HubService

    suite = "ML-KEM-768+X25519" if post_quantum else "X25519 only"
    hub_dir = workdir / ("hub-pq" if post_quantum else "hub-x25519")
    store = open_store(hub_dir, None)
    service = HubService(store, load_or_create_hub_key(hub_dir), SystemClock())
    port = free_port()
    for _ in serve_in_thread(create_app(service), port):
        with FaultProxy(("127.0.0.1", port), seed=3) as proxy:
            proc = HubProc(f"http://127.0.0.1:{port}", service, hub_dir)
            with tempfile.TemporaryDirectory(dir=workdir) as tmp:
                centre = workstation(
                    Path(tmp), proc, "CAV Bench", "cav", url=proxy.url, post_quantum=post_quantum
                )
                cpi = workstation(Path(tmp), proc, "CPI Bench", "cpi", post_quantum=post_quantum)
                member = cpi.identity.member_id
                for _ in range(n):
                    case_id = new_case_with_consent(centre, member)
                    centre.send_referral(
                        case_id, member, ServiceType.CPI, FIELDS, purpose="orientamento al lavoro"
                    )
                payload_bytes = n * len(
                    json.dumps({"fields": FIELDS, "purpose": "orientamento al lavoro"}).encode()
                )
                syncing = BackgroundSync(centre)  # built before the clock starts, as the app has it
                proxy.set(bandwidth=BANDWIDTH, latency=0.3, chunk_loss=0.02)
                up_before = proxy.counters.upstream_bytes
                t0 = time.perf_counter()
                rounds = 0
                while VaultOutbox(centre.vault.db).queued_count() and rounds < 500:
                    syncing.run_round()
                    rounds += 1
                took = time.perf_counter() - t0
                up = proxy.counters.upstream_bytes - up_before
                limit = payload_bytes / BANDWIDTH
                report.add(
                    Metric(
                        f"drain {n} referrals, 64 kbit/s, 300 ms, 2% chunk loss, {suite}",
                        took,
                        "s",
                        limit,
                        drain_target,
                        notes=f"{rounds} sync rounds, {proxy.counters.faulted} connections cut; "
                        f"limit = {payload_bytes} payload bytes / 8000 B/s",
                    )
                )
                report.add(
                    Metric(
                        f"bytes on the wire per referral (HTTP included), {suite}",
                        up / n,
                        "bytes",
                        payload_bytes / n,
                        bytes_target,
                        notes="v2 packets in binary batches, Padmé; includes requests cut "
                        "by the link and sent again",
                    )
                )
                centre.vault.lock()
                cpi.vault.lock()
    store.close()
