"""Two hub processes sharing one PostgreSQL: no packet lost, none delivered twice."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.clock import SystemClock, rfc3339
from ponte.core.keyreg import registration
from ponte.core.keys import key_id
from ponte.core.packet import parse
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.store_postgres import PostgresStore

from .conftest import Client, free_port

pytestmark = pytest.mark.postgres


def _wait_healthy(base: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise AssertionError(f"hub process exited with {proc.returncode}")
        try:
            if httpx.get(base + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("hub did not start")


@pytest.fixture
def two_hubs(pg_url: str, tmp_path: Path) -> Iterator[list[str]]:
    data = tmp_path / "hub"
    load_or_create_hub_key(data)  # both processes share the key file
    PostgresStore(pg_url).close()  # tables exist before the race starts
    procs, bases = [], []
    for _ in range(2):
        port = free_port()
        cmd = [
            sys.executable,
            "-m",
            "ponte",
            "hub",
            "serve",
            "--data-dir",
            str(data),
            "--db",
            pg_url,
            "--port",
            str(port),
        ]
        procs.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base, proc in zip(bases, procs, strict=True):
            _wait_healthy(base, proc)
        yield bases
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=20)


def _member(pg_url: str, data: Path, base: str, name: str, stype: str) -> Client:
    store = PostgresStore(pg_url)
    try:
        prov, _ = create_member(
            store,
            load_or_create_hub_key(data),
            SystemClock(),
            name=name,
            service_type=stype,
            network="rozzano",
            hub_url=base,
        )
    finally:
        store.close()
    key = Ed25519PrivateKey.generate()
    proof = registration(
        member_id=prov.member_id,
        hub_key_id=key_id(bytes.fromhex(prov.hub_key)),
        at=rfc3339(SystemClock().now()),
        signing_key=key.public_key().public_bytes_raw().hex(),
        encryption_keys=[],
        signer=key,
    )
    r = httpx.post(base + "/v1/enrol", json={"token": prov.token, **proof})
    assert r.status_code == 201, r.text
    return Client(base, prov.member_id, key, b"")


def test_concurrent_submissions_through_two_processes_arrive_exactly_once(
    two_hubs: list[str], pg_url: str, tmp_path: Path
) -> None:
    senders = [_member(pg_url, tmp_path / "hub", two_hubs[0], f"CAV {i}", "cav") for i in range(3)]
    recipient = _member(pg_url, tmp_path / "hub", two_hubs[1], "CPI", "cpi")
    packets = [s.packet(recipient.member_id) for s in senders for _ in range(20)]
    # Every packet is sent four times: twice through each process, all at once.
    jobs = [(two_hubs[i % 2], raw) for raw in packets for i in range(4)]

    def send(job: tuple[str, bytes]) -> int:
        base, raw = job
        r = httpx.post(
            base + "/v1/packets",
            content=raw,
            headers={"content-type": "application/octet-stream"},
            timeout=30,
        )
        return r.status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        codes = list(pool.map(send, jobs))
    assert set(codes) <= {200, 201}
    assert codes.count(201) == len(packets)

    received: list[bytes] = []
    for turn in range(100):
        recipient.base = two_hubs[turn % 2]
        page = recipient.signed("GET", "/v1/inbox?limit=7").json()["packets"]
        if not page:
            break
        received += [base64.b64decode(p["packet"]) for p in page]
        ack = recipient.signed(
            "POST", "/v1/inbox/ack", json.dumps({"ids": [p["id"] for p in page]}).encode()
        )
        assert ack.json()["deleted"] == len(page)
    assert sorted(parse(r).header.id for r in received) == sorted(
        parse(p).header.id for p in packets
    )
    assert sorted(received) == sorted(packets)
