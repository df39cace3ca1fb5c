"""The hub client through a system HTTP proxy, and over TLS with a CA pinned by provisioning."""

from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.clock import SystemClock
from ponte.core.errors import UntrustedHub
from ponte.hub.app import create_app
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.server import open_store
from ponte.hub.service import HubService
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from tests.hub.conftest import free_port
from tests.sync.httpproxy import ForwardProxy
from tests.sync.tls_certs import make_ca, make_server_cert, pem

from .conftest import HubProc, workstation


def test_requests_go_through_the_system_proxy(
    tmp_path: Path, hub: HubProc, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "")
        ws = workstation(tmp_path, hub, "CAV Melzo", "cav")
        assert sync(ws).error is None
        assert "POST /v1/enrol" in proxy.requests
        assert "GET /v1/inbox" in proxy.requests
        ws.vault.lock()


def _tls_hub(tmp_path: Path, ca_pem: str, key: Path, cert: Path):  # type: ignore[no-untyped-def]
    import threading
    import time

    import uvicorn

    store = open_store(tmp_path / "hub", None)
    service = HubService(store, load_or_create_hub_key(tmp_path / "hub"), SystemClock())
    port = free_port()
    config = uvicorn.Config(
        create_app(service),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        ssl_keyfile=str(key),
        ssl_certfile=str(cert),
    )
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    url = f"https://127.0.0.1:{port}"

    def provision(name: str, ca: str) -> bytes:
        return create_member(
            store,
            service.hub_key,
            SystemClock(),
            name=name,
            service_type="cav",
            network="melzo",
            hub_url=url,
            ca_pem=ca,
        )[1]

    return server, store, provision


def test_tls_with_the_pinned_ca_and_refusal_of_another(tmp_path: Path) -> None:
    ca_key, ca = make_ca()
    key, cert = make_server_cert(tmp_path, ca_key, ca)
    server, store, provision = _tls_hub(tmp_path, pem(ca), key, cert)
    try:
        v, _ = Vault.create(
            tmp_path / "a",
            username="a",
            display_name="A",
            passphrase="tls passphrase",
            kdf=TEST_PARAMS,
        )
        ws = Workstation(v)
        ws.enrol(provision("CAV TLS", pem(ca)), post_quantum=False)
        assert sync(ws).error is None
        v.lock()
        _, other_ca = make_ca("Someone Else's CA")
        v2, _ = Vault.create(
            tmp_path / "b",
            username="b",
            display_name="B",
            passphrase="tls passphrase",
            kdf=TEST_PARAMS,
        )
        with pytest.raises(UntrustedHub):
            Workstation(v2).enrol(provision("CAV TLS 2", pem(other_ca)), post_quantum=False)
        v2.lock()
    finally:
        server.should_exit = True
        store.close()
