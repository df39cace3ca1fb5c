"""Expiry and sweeping with a fake clock; logs carry ids and counts, never payload or names."""

from __future__ import annotations

import base64
import json
import logging
import os
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.clock import FakeClock, rfc3339
from ponte.core.errors import ProvisioningError
from ponte.core.ids import new_id
from ponte.core.keyreg import registration
from ponte.core.keys import key_id
from ponte.core.packet import SUITE_X25519, Header, assemble
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.service import HubService
from ponte.hub.store_sqlite import SqliteStore
from ponte.hub.sweep import sweep

from .conftest import Hub


def _service(tmp_path: Path) -> tuple[HubService, FakeClock]:
    clock = FakeClock()
    store = SqliteStore(tmp_path / "hub.sqlite3")
    return HubService(store, load_or_create_hub_key(tmp_path), clock), clock


def _enrol(service: HubService, name: str, stype: str) -> tuple[str, Ed25519PrivateKey]:
    prov, _ = create_member(
        service.store,
        service.hub_key,
        service.clock,
        name=name,
        service_type=stype,
        network="rho",
        hub_url="https://hub.example.org",
        ttl=timedelta(hours=1),
    )
    key = Ed25519PrivateKey.generate()
    proof = registration(
        member_id=prov.member_id,
        hub_key_id=service.hub_key_id,
        at=rfc3339(service.clock.now()),
        signing_key=key.public_key().public_bytes_raw().hex(),
        encryption_keys=[],
        signer=key,
    )
    service.enrol({"token": prov.token, **proof})
    return prov.member_id, key


def test_expired_packets_leave_the_inbox_and_the_sweep_deletes_them(tmp_path: Path) -> None:
    service, clock = _service(tmp_path)
    cav, cav_key = _enrol(service, "CAV", "cav")
    cpi, _ = _enrol(service, "CPI", "cpi")
    now = clock.now()
    kid = key_id(cav_key.public_key().public_bytes_raw())

    def packet(ttl: timedelta) -> bytes:
        h = Header(
            new_id(), "referral", cav, cpi, rfc3339(now), rfc3339(now + ttl), SUITE_X25519, kid
        )
        return assemble(h, os.urandom(32), os.urandom(64), cav_key)

    short, long = packet(timedelta(hours=1)), packet(timedelta(days=2))
    assert service.submit(short).created
    assert service.submit(long).created
    assert len(service.inbox(cpi, "", 10)["packets"]) == 2
    clock.advance(timedelta(hours=2).total_seconds())
    page = service.inbox(cpi, "", 10)["packets"]
    assert [base64.b64decode(p["packet"]) for p in page] == [long]
    assert sweep(service.store, clock) == 1
    assert sweep(service.store, clock) == 0
    assert len(service.inbox(cpi, "", 10)["packets"]) == 1
    service.store.close()


def test_packet_log_is_swept_after_expiry(tmp_path: Path) -> None:
    """Issue 15.12: ids are kept for deduplication until their packet expires, not forever;
    the monthly counts stay."""
    service, clock = _service(tmp_path)
    cav, cav_key = _enrol(service, "CAV", "cav")
    cpi, _ = _enrol(service, "CPI", "cpi")
    kid = key_id(cav_key.public_key().public_bytes_raw())
    now = clock.now()
    for _ in range(5):
        h = Header(
            new_id(), "referral", cav, cpi, rfc3339(now), rfc3339(now + timedelta(days=1)),
            SUITE_X25519, kid,
        )  # fmt: skip
        raw = assemble(h, os.urandom(32), os.urandom(64), cav_key)
        assert service.submit(raw).created
        service.ack(cpi, {"ids": [h.id]})

    def logged() -> int:
        with service.store._tx() as cur:
            cur.execute("SELECT COUNT(*) FROM packet_log")
            return int(cur.fetchone()[0])

    assert logged() == 5
    assert service.submit(raw).created is False  # a retry after ack is still recognised
    clock.advance(timedelta(days=1, seconds=1).total_seconds())
    sweep(service.store, clock)
    assert logged() == 0
    assert sum(row[3] for row in service.store.stats()) == 5
    service.store.close()


def test_an_expired_enrolment_token_is_refused(tmp_path: Path) -> None:
    service, clock = _service(tmp_path)
    prov, _ = create_member(
        service.store,
        service.hub_key,
        clock,
        name="CAV",
        service_type="cav",
        network="rho",
        hub_url="https://hub.example.org",
        ttl=timedelta(hours=1),
    )
    clock.advance(3601)
    key = Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
    with pytest.raises(ProvisioningError, match="expired or already used"):
        service.enrol({"token": prov.token, "signing_key": key})
    service.store.close()


def test_logs_hold_no_payload_or_names(hub: Hub, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    cav, cpi = hub.member("Centro Antiviolenza Maria Rossi"), hub.member("CPI Bianchi", "cpi")
    raw = cav.packet(cpi.member_id, size=64)
    hub.post_packet(raw)
    page = cpi.signed("GET", "/v1/inbox").json()["packets"]
    cpi.signed("POST", "/v1/inbox/ack", json.dumps({"ids": [page[0]["id"]]}).encode())
    hub.post_packet(raw[:-3])
    text = caplog.text
    assert cav.member_id in text  # ids are logged ...
    for secret in (
        "Maria Rossi",
        "Bianchi",
        base64.b64encode(raw[-100:]).decode(),
        raw[-100:].hex(),
    ):
        assert secret not in text  # ... names and payload are not
