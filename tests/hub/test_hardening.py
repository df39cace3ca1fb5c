"""Issue 15.3, 15.9, 15.10, 15.11 and 15.12 against a real hub: signatures that cannot be
reused across purposes, packet ids that cannot be squatted, times with bounds, malformed
bodies that get a sentence, and the smaller holes (packet_log, file mode, Allow)."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponte.core.clock import SystemClock, rfc3339
from ponte.core.errors import DirectoryError, HubError, ProvisioningError
from ponte.core.ids import new_id
from ponte.core.packet import SUITE_X25519, Header, assemble
from ponte.core.provisioning import load_provisioning
from ponte.core.signing import Context, verify
from ponte.hub.ratelimit import RateLimiter
from ponte.sync.hub_client import verify_signed

from .conftest import Client, Hub

# ---------------------------------------------------------------- 15.3 signing contexts


def _signed_objects(hub: Hub) -> dict[str, tuple[Context, dict[str, Any], bytes]]:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    receipt = json.loads(hub.post_packet(cav.packet(cpi.member_id)).content)
    directory = json.loads(httpx.get(hub.base + "/v1/directory").content)
    log = httpx.get(hub.base + "/v1/directory/log").json()
    _, prov_file = hub.provision("Another")
    prov = json.loads(prov_file)
    return {
        "receipt": (Context.RECEIPT, receipt["receipt"], bytes.fromhex(receipt["sig"])),
        "directory": (Context.DIRECTORY, directory["directory"], bytes.fromhex(directory["sig"])),
        "log head": (Context.DIRECTORY_HEAD, log["head"], bytes.fromhex(log["sig"])),
        "provisioning": (Context.PROVISIONING, prov["provisioning"], bytes.fromhex(prov["sig"])),
    }


def test_every_hub_signature_is_bound_to_its_own_context(hub: Hub) -> None:
    public = hub.service.hub_key.public_key()
    for name, (context, body, sig) in _signed_objects(hub).items():
        data = rfc8785.dumps(body)
        verify(public, context, data, sig)  # what it is
        with pytest.raises(InvalidSignature):
            public.verify(sig, data)  # not a bare signature any more
        for other in Context:
            if other is not context:
                with pytest.raises(InvalidSignature):
                    verify(public, other, data, sig)
        assert name


def test_objects_signed_without_a_context_are_refused(hub: Hub) -> None:
    key = hub.service.hub_key
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    receipt = json.loads(hub.post_packet(cav.packet(cpi.member_id)).content)["receipt"]
    bare = rfc8785.dumps({"receipt": receipt, "sig": key.sign(rfc8785.dumps(receipt)).hex()})
    with pytest.raises(HubError):
        verify_signed(bare, "receipt", key.public_key())
    body = json.loads(httpx.get(hub.base + "/v1/directory").content)["directory"]
    bare = rfc8785.dumps({"directory": body, "sig": key.sign(rfc8785.dumps(body)).hex()})
    from ponte.core.directory import verify_directory

    with pytest.raises(DirectoryError):
        verify_directory(bare, key.public_key())


def test_an_old_provisioning_file_is_refused_with_a_sentence(hub: Hub) -> None:
    _, data = hub.provision("Old")
    body = json.loads(data)["provisioning"]
    body["format"] = "ponte-provisioning-1"
    key = hub.service.hub_key
    old = rfc8785.dumps({"provisioning": body, "sig": key.sign(rfc8785.dumps(body)).hex()})
    with pytest.raises(ProvisioningError, match="older network server"):
        load_provisioning(old, SystemClock().now())


# ---------------------------------------------------------------- 15.9 and 15.10 packets


def test_a_squatted_packet_id_does_not_block_the_real_packet(hub: Hub) -> None:
    cav, cpi, mallory = hub.member("CAV"), hub.member("CPI", "cpi"), hub.member("Mallory")
    pid = new_id()  # learnt in advance by mallory
    assert hub.post_packet(mallory.packet(cpi.member_id, pid=pid)).status_code == 201
    real = cav.packet(cpi.member_id, pid=pid)
    r = hub.post_packet(real)
    assert r.status_code == 201, r.text
    assert hub.post_packet(real).status_code == 200  # its own retry is still recognised
    inbox = cpi.signed("GET", "/v1/inbox").json()["packets"]
    import base64

    assert real in [base64.b64decode(p["packet"]) for p in inbox]


def _timed(client: Client, to: str, created: str, expires: str, v: int = 2) -> bytes:
    header = Header(
        new_id(), "referral", client.member_id, to, created, expires, SUITE_X25519, client.kid, v
    )
    return assemble(header, os.urandom(32), os.urandom(64), client.key)


def test_packet_times_have_bounds(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    now = SystemClock().now()
    future = _timed(cav, cpi.member_id, "2099-01-01T00:00:00Z", "2099-02-01T00:00:00Z")
    forever = _timed(cav, cpi.member_id, rfc3339(now), "9999-12-31T23:59:59Z", v=1)  # v2: 2106
    far = _timed(cav, cpi.member_id, rfc3339(now), "2105-12-31T23:59:59Z")
    for raw in (future, forever, far):
        r = hub.post_packet(raw)
        assert r.status_code == 400, r.text
        assert r.json()["message"]
    ok = _timed(
        cav, cpi.member_id, rfc3339(now - timedelta(days=20)), rfc3339(now + timedelta(days=60))
    )
    assert hub.post_packet(ok).status_code == 201  # composed offline weeks ago: still fine


# ---------------------------------------------------------------- 15.12 smaller holes


def test_the_hub_database_is_created_private(hub: Hub) -> None:
    path = hub.data_dir / "hub.sqlite3"
    if not path.exists():
        pytest.skip("PostgreSQL backend")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_database_file_is_0600_even_with_a_lax_umask(tmp_path: Path) -> None:
    from ponte.hub.store_sqlite import SqliteStore

    old = os.umask(0o022)
    try:
        store = SqliteStore(tmp_path / "hub.sqlite3")
    finally:
        os.umask(old)
    store.close()
    assert stat.S_IMODE((tmp_path / "hub.sqlite3").stat().st_mode) == 0o600


def test_405_answers_say_what_is_allowed(hub: Hub) -> None:
    r = httpx.delete(hub.base + "/v1/packets")
    assert r.status_code == 405
    assert r.headers["allow"] == "POST"
    assert r.json()["message"]


# ---------------------------------------------------------------- 15.11 malformed bodies

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(
        st.sampled_from(
            ["token", "signing_key", "encryption_keys", "suite", "public", "at", "proof",
             "ids", "seq", "head_hash", "revoke_signing", "retire_encryption", "x"]
        ),
        inner,
        max_size=5,
    ),
    max_leaves=12,
)  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=json_values,
    path=st.sampled_from(["/v1/keys", "/v1/inbox/ack", "/v1/anchors", "/v1/enrol"]),
)
def test_every_malformed_body_is_a_4xx_with_a_sentence(
    hub_for_fuzz: tuple[Hub, Client], body: Any, path: str
) -> None:
    hub, member = hub_for_fuzz
    raw = json.dumps(body).encode()
    if path == "/v1/enrol":
        r = httpx.post(hub.base + path, content=raw)
    else:
        r = member.signed("POST", path, raw)
    assert 400 <= r.status_code < 500 or (path == "/v1/inbox/ack" and r.status_code == 200), (
        path,
        body,
        r.status_code,
        r.text,
    )
    if r.status_code >= 400:
        message = r.json()["message"]
        assert isinstance(message, str)
        assert message.rstrip(")").endswith((".", "!")) or "(" in message


@pytest.fixture
def hub_for_fuzz(hub: Hub) -> tuple[Hub, Client]:
    hub.service.limiter = RateLimiter(hub.service.clock, rate=10_000, burst=10_000)
    return hub, hub.member("Fuzz")


def test_a_stranger_key_cannot_be_registered_by_proof_made_elsewhere(hub: Hub) -> None:
    """A proof made for another hub (another hub key id) is refused."""
    a = hub.member("CAV A")
    new = Ed25519PrivateKey.generate()
    from ponte.core.keyreg import registration

    elsewhere = registration(
        member_id=a.member_id,
        hub_key_id="0" * 16,
        at=rfc3339(SystemClock().now()),
        signing_key=new.public_key().public_bytes_raw().hex(),
        encryption_keys=[],
        signer=new,
    )
    assert a.signed("POST", "/v1/keys", json.dumps(elsewhere).encode()).status_code == 400
