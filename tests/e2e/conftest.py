"""Two workstations (a centre and a partner service) and a real hub on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from ponte.app.workstation import Workstation
from ponte.core.clock import SystemClock
from ponte.core.domain import Case, Consent, Person
from ponte.core.enums import AgeBand, ConsentMethod, Education, ServiceType
from ponte.hub.app import create_app
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.server import open_store
from ponte.hub.service import HubService
from ponte.storage import cases, consents
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from tests.hub.conftest import free_port, serve_in_thread


@dataclass
class HubProc:
    url: str
    service: HubService
    data_dir: Path

    def provision(
        self, name: str, service_type: str, network: str = "rho", url: str | None = None
    ) -> bytes:
        _, data = create_member(
            self.service.store,
            self.service.hub_key,
            SystemClock(),
            name=name,
            service_type=service_type,
            network=network,
            hub_url=url or self.url,
        )
        return data


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProc]:
    store = open_store(tmp_path / "hub", None)
    service = HubService(store, load_or_create_hub_key(tmp_path / "hub"), SystemClock())
    port = free_port()
    for _ in serve_in_thread(create_app(service), port):
        yield HubProc(f"http://127.0.0.1:{port}", service, tmp_path / "hub")
    store.close()


def workstation(
    tmp_path: Path,
    hub: HubProc,
    name: str,
    service_type: str,
    url: str | None = None,
    *,
    post_quantum: bool = True,
) -> Workstation:
    vault, _ = Vault.create(
        tmp_path / name,
        username="admin",
        display_name=f"{name} admin",
        passphrase="e2e passphrase!",
        kdf=TEST_PARAMS,
    )
    ws = Workstation(vault)
    ws.enrol(hub.provision(name, service_type, url=url), post_quantum=post_quantum)
    return ws


@pytest.fixture
def centre(tmp_path: Path, hub: HubProc) -> Iterator[Workstation]:
    ws = workstation(tmp_path, hub, "CAV Rho", "cav")
    yield ws
    ws.vault.lock()


@pytest.fixture
def cpi(tmp_path: Path, hub: HubProc) -> Iterator[Workstation]:
    ws = workstation(tmp_path, hub, "CPI Rho", "cpi")
    yield ws
    ws.vault.lock()


def knows(ws: Workstation, member: str) -> None:
    """Make ``ws``'s directory copy list ``member``, as a sync round after it joined would.
    Composing reads only that copy (docs/sync.md); fixtures enrol one after another."""
    kept = ws.directories.kept()
    if kept is None or kept[0].member(member) is None:
        client = ws.client()
        fetched = client.directory_since(kept[0] if kept else None, None)
        client.close()
        assert fetched is not None
        ws.directories.keep(fetched.raw, fetched.etag, fetched.entries)


def new_case_with_consent(ws: Workstation, recipient: str, alias: str = "Serafina Demo") -> str:
    knows(ws, recipient)
    now = ws.clock.now()
    c = cases.create(
        ws.vault.db,
        ws.actor,
        Person(alias=alias, age_band=AgeBand.A35_44, education=Education.DIPLOMA),
        Case(opened_on=date.today()),
        at=now,
    )
    consents.record(
        ws.vault.db,
        ws.actor,
        Consent(
            person_id=c.person_id,
            service_type=ServiceType.CPI,
            purpose="orientamento al lavoro",
            given_on=now.date(),
            expires_on=now.date() + timedelta(days=180),
            method=ConsentMethod.WRITTEN,
            recipient=recipient,
            fields=("age_band", "education", "languages", "skills"),
        ),
        at=now,
    )
    return c.id


def refer(centre: Workstation, to: str) -> str:
    """A referral from ``centre`` to ``to`` (a job centre), with her consent; its packet id."""
    case_id = new_case_with_consent(centre, to)
    fields = {"age_band": "35_44", "education": "diploma"}
    row = centre.send_referral(case_id, to, ServiceType.CPI, fields, purpose="lavoro")
    assert row.packet_id is not None
    return row.packet_id


def received_referrals(ws: Workstation) -> list[str]:
    """Packet ids of the referrals ``ws`` received and opened."""
    rows = VaultInbox(ws.vault.db).rows("referral", limit=10_000)
    return [r.packet_id for r in rows if r.payload is not None]
