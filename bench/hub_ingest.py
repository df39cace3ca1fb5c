"""Hub ingest throughput: packets/s over HTTP vs in-process verify + INSERT (not a test).

    python bench/hub_ingest.py [--packets 600] [--pg-url postgresql://…/db]

For each backend and 1/2/4 concurrent clients: (a) a real ``ponte hub serve`` process on
127.0.0.1 receiving POST /v1/packets over keep-alive connections; (b) the hub's own ingest code
(``HubService.submit`` / ``submit_batch``) called by threads in-process with the same
requests: parse, verify, route, store, sign, without HTTP. Ratio = a / b.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core import batch
from ponte.core.clock import SystemClock, rfc3339
from ponte.core.ids import new_id
from ponte.core.keyreg import registration
from ponte.core.keys import key_id
from ponte.core.packet import SUITE_X25519, Header, assemble
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.ratelimit import RateLimiter
from ponte.hub.server import open_store
from ponte.hub.service import HubService
from ponte.hub.store import SqlStore


def make_packets(n: int, sender: str, to: str, key: Ed25519PrivateKey) -> list[bytes]:
    now = SystemClock().now()
    kid = key_id(key.public_key().public_bytes_raw())
    out = []
    for _ in range(n):
        h = Header(
            new_id(),
            "referral",
            sender,
            to,
            rfc3339(now),
            rfc3339(now + timedelta(days=7)),
            SUITE_X25519,
            kid,
        )
        out.append(assemble(h, os.urandom(32), os.urandom(2000), key))
    return out


def enrolment(data: Path, token: str, member_id: str, key: Ed25519PrivateKey) -> dict[str, object]:
    """The enrolment body for ``key``, with its proof of possession."""
    hub_key = load_or_create_hub_key(data).public_key().public_bytes_raw()
    return {
        "token": token,
        **registration(
            member_id=member_id,
            hub_key_id=key_id(hub_key),
            at=rfc3339(SystemClock().now()),
            signing_key=key.public_key().public_bytes_raw().hex(),
            encryption_keys=[],
            signer=key,
        ),
    }


def setup(data: Path, url: str | None) -> tuple[str, str, str, Ed25519PrivateKey]:
    store = open_store(data, url)
    hub_key = load_or_create_hub_key(data)
    clock = SystemClock()
    a, _ = create_member(
        store, hub_key, clock, name="A", service_type="cav", network="rho", hub_url="x"
    )
    b, _ = create_member(
        store, hub_key, clock, name="B", service_type="cpi", network="rho", hub_url="x"
    )
    store.close()
    return a.token, a.member_id, b.member_id, Ed25519PrivateKey.generate()


def run_http(data: Path, url: str | None, n: int, clients: int, per_request: int = 1) -> float:
    token, sender, to, key = setup(data, url)
    port = 20000 + os.getpid() % 20000
    cmd = [
        sys.executable,
        "-m",
        "ponte",
        "hub",
        "serve",
        "--data-dir",
        str(data),
        "--port",
        str(port),
    ]
    cmd += ["--rate", "100000", "--burst", "100000"] + (["--db", url] if url else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/v1/health")
                break
            except httpx.TransportError:
                time.sleep(0.05)
        httpx.post(base + "/v1/enrol", json=enrolment(data, token, sender, key)).raise_for_status()
        packets = make_packets(n, sender, to, key)
        chunks = [packets[i::clients] for i in range(clients)]

        def worker(chunk: list[bytes]) -> None:
            with httpx.Client(base_url=base, timeout=60) as c:
                if per_request > 1:  # what the sync engine does: several packets per request
                    for i in range(0, len(chunk), per_request):
                        sent = chunk[i : i + per_request]
                        r = c.post(
                            "/v1/packets/batch",
                            content=batch.join(sent),
                            headers={"content-type": batch.CONTENT_TYPE},
                        )
                        assert r.status_code == 200, r.text
                        # every outcome byte "stored" (the client's check of the one signature
                        # is left out: it would share the hub's CPUs)
                        assert r.content[10 : 10 + len(sent)] == bytes(len(sent)), r.content
                    return
                for raw in chunk:
                    r = c.post(
                        "/v1/packets",
                        content=raw,
                        headers={"content-type": "application/octet-stream"},
                    )
                    assert r.status_code == 201, r.text

        start = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(worker, chunks))
        return n / (time.perf_counter() - start)
    finally:
        proc.terminate()
        proc.wait()


def run_direct(data: Path, url: str | None, n: int, clients: int, per_request: int = 1) -> float:
    """The hub's own ingest (``HubService.submit`` / ``submit_batch``: parse, verify, route,
    store, sign the answer) called in-process by ``clients`` threads with the same requests:
    everything the HTTP path does except HTTP."""
    token, sender, to, key = setup(data, url)
    store: SqlStore = open_store(data, url)
    clock = SystemClock()
    service = HubService(
        store,
        load_or_create_hub_key(data),
        clock,
        limiter=RateLimiter(clock, rate=100000, burst=100000),
    )
    service.enrol(enrolment(data, token, sender, key))
    packets = make_packets(n, sender, to, key)
    chunks = [packets[i::clients] for i in range(clients)]

    def worker(chunk: list[bytes]) -> None:
        if per_request > 1:
            for i in range(0, len(chunk), per_request):
                answer = service.submit_batch(chunk[i : i + per_request])
                assert answer[10 : 10 + len(chunk[i : i + per_request])] == bytes(
                    len(chunk[i : i + per_request])
                )
            return
        for raw in chunk:
            assert service.submit(raw).created

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(worker, chunks))
    elapsed = time.perf_counter() - start
    store.close()
    return n / elapsed


def fresh_pg(base_url: str) -> str:
    import psycopg

    name = "bench_" + new_id().replace("-", "")[-12:]
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base_url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--packets", type=int, default=600)
    ap.add_argument(
        "--pg-url",
        help="postgresql://user@127.0.0.1:port/postgres (a database to create others from)",
    )
    args = ap.parse_args()
    backends: list[str] = ["sqlite"] + (["postgres"] if args.pg_url else [])
    print(f"{'backend':9} {'clients':>7} {'http/s':>8} {'direct/s':>9} {'ratio':>6}")
    for backend in backends:
        for clients in (1, 2, 4):
            rates = []
            for runner in (run_http, run_direct):  # one packet per request, both ways
                with tempfile.TemporaryDirectory() as tmp:
                    url = fresh_pg(args.pg_url) if backend == "postgres" else None
                    rates.append(runner(Path(tmp) / "hub", url, args.packets, clients))
            print(
                f"{backend:9} {clients:7d} {rates[0]:8.0f} {rates[1]:9.0f} {rates[0] / rates[1]:6.2f}"
            )


if __name__ == "__main__":
    main()
