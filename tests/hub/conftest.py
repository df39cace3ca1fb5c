"""A real hub on 127.0.0.1 (uvicorn in a thread), over SQLite and over a real PostgreSQL."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ponte.core.clock import SystemClock, rfc3339
from ponte.core.httpsig import sign_request
from ponte.core.ids import new_id
from ponte.core.keyreg import registration
from ponte.core.keys import key_id
from ponte.core.packet import SUITE_X25519, Header, assemble
from ponte.hub.app import create_app
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.limits import Limits, uvicorn_config
from ponte.hub.server import open_store
from ponte.hub.service import HubService
from tests.pgcluster import pg_bindir, pg_cluster


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TestServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:
        pass


def serve_in_thread(app: Any, port: int, limits: Limits | None = None) -> Iterator[TestServer]:
    """The hub's own uvicorn settings (``hub/limits.py``), on 127.0.0.1."""
    config = uvicorn_config(
        app, "127.0.0.1", port, limits or Limits(), log_level="warning", lifespan="off"
    )
    server = TestServer(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.01)
        yield server
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# ---------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on 127.0.0.1; yields a base URL (no database name)."""
    if pg_bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed: apt-get install postgresql to run these tests")
    with pg_cluster() as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh empty database for one test."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{pg_server}/{name}"


# ---------------------------------------------------------------- a hub and its members
@dataclass
class Client:
    """A member workstation: its keys and a signed-request helper."""

    base: str
    member_id: str
    key: Ed25519PrivateKey
    enc_public: bytes

    @property
    def kid(self) -> str:
        return key_id(self.key.public_key().public_bytes_raw())

    def signed(self, method: str, path: str, body: bytes = b"", **kw: Any) -> httpx.Response:
        headers = sign_request(
            method,
            path,
            body,
            key=self.key,
            member_id=self.member_id,
            key_id=self.kid,
            created=SystemClock().now(),
        )
        headers["content-type"] = "application/json"
        return httpx.request(method, self.base + path, content=body, headers=headers, **kw)

    def packet(
        self,
        to: str,
        *,
        size: int = 200,
        ttl: timedelta = timedelta(days=7),
        pid: str | None = None,
    ) -> bytes:
        now = SystemClock().now()
        created = now if ttl > timedelta(0) else now + ttl - timedelta(minutes=1)
        header = Header(
            id=pid or new_id(),
            type="referral",
            sender=self.member_id,
            recipient=to,
            created=rfc3339(created),
            expires=rfc3339(now + ttl),
            suite=SUITE_X25519,
            sender_key=self.kid,
        )
        return assemble(header, os.urandom(32), os.urandom(size), self.key)


@dataclass
class Hub:
    base: str
    service: HubService
    data_dir: Path

    def provision(
        self, name: str = "CAV Test", service_type: str = "cav", network: str = "rho"
    ) -> tuple[Any, bytes]:
        return create_member(
            self.service.store,
            self.service.hub_key,
            SystemClock(),
            name=name,
            service_type=service_type,
            network=network,
            hub_url=self.base,
        )

    def member(
        self, name: str = "CAV Test", service_type: str = "cav", network: str = "rho"
    ) -> Client:
        prov, _ = self.provision(name, service_type, network)
        key = Ed25519PrivateKey.generate()
        enc = X25519PrivateKey.generate().public_key().public_bytes_raw()
        body = self.registration(
            prov.member_id, key, [{"suite": SUITE_X25519, "public": enc.hex()}], signing=True
        )
        r = httpx.post(self.base + "/v1/enrol", json={"token": prov.token, **body})
        assert r.status_code == 201, r.text
        return Client(self.base, prov.member_id, key, enc)

    def registration(
        self,
        member_id: str,
        signer: Ed25519PrivateKey,
        encryption_keys: list[dict[str, str]] = [],  # noqa: B006
        *,
        signing: bool = False,
    ) -> dict[str, Any]:
        """Body fields registering keys with a proof by ``signer`` (its own public key as
        the new signing key when ``signing``)."""
        return registration(
            member_id=member_id,
            hub_key_id=key_id(self.service.hub_key.public_key().public_bytes_raw()),
            at=rfc3339(SystemClock().now()),
            signing_key=signer.public_key().public_bytes_raw().hex() if signing else None,
            encryption_keys=encryption_keys,
            signer=signer,
        )

    def post_packet(self, raw: bytes) -> httpx.Response:
        return httpx.post(
            self.base + "/v1/packets",
            content=raw,
            headers={"content-type": "application/octet-stream"},
        )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Hub]:
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else None
    store = open_store(tmp_path / "hub", url)
    service = HubService(store, load_or_create_hub_key(tmp_path / "hub"), SystemClock())
    port = free_port()
    for _ in serve_in_thread(create_app(service), port):
        yield Hub(f"http://127.0.0.1:{port}", service, tmp_path / "hub")
    store.close()
