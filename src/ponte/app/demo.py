"""The demo: a centre and a partner service on one PC, a real local hub between them.

Everything is synthetic. The centre's vault holds generated cases; a second vault in
``demo-partner/`` is a job centre (CPI) enrolled in the same hub, so a newcomer can send a
referral from the centre, sign in as the CPI, answer it, and see the answer arrive. A few
more services are in the directory (without a vault here) so the composer has choices.
Runs on the vault thread. Qt-free: the desktop hands in the synthetic CV it draws.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from ponte.app import demo_day, reporting
from ponte.app.background import BackgroundSync, sync
from ponte.app.casework import Casework
from ponte.app.demo_hub import DemoHub
from ponte.app.demo_places import CABINA as CABINA
from ponte.app.demo_places import CABINA_DIR as CABINA_DIR
from ponte.app.demo_places import CENTRE as CENTRE
from ponte.app.demo_places import HUB_DIR as HUB_DIR
from ponte.app.demo_places import OPERATRICE as OPERATRICE
from ponte.app.demo_places import PARTNER as PARTNER
from ponte.app.demo_places import PARTNER_DIR as PARTNER_DIR
from ponte.app.demo_places import PASSPHRASE as PASSPHRASE
from ponte.app.demo_places import SECOND as SECOND
from ponte.app.demo_places import SECOND_DIR as SECOND_DIR
from ponte.app.demo_places import USER as USER
from ponte.app.demo_places import is_demo as is_demo
from ponte.app.demo_places import places as places
from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.core.domain import Consent, document_scope
from ponte.core.enums import ConsentMethod, DocumentKind, PartnerOutcome, ServiceType, Urgency
from ponte.core.keys import MemberKeys
from ponte.core.outcomes import Said
from ponte.core.provisioning import load_provisioning
from ponte.storage import cases, documents
from ponte.storage import demo as demo_data
from ponte.storage import identity as identity_store
from ponte.storage.accounts import Role
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.kdf import KdfParams
from ponte.storage.stats import Period
from ponte.storage.vault import Vault
from ponte.sync.hub_client import enrol

CASES = 1000
OTHERS = (
    ("Consultorio ATS Rho (demo)", ServiceType.HEALTH),
    ("Servizi sociali Comune di Rho (demo)", ServiceType.SOCIAL_SERVICES),
    ("Ente di formazione Rho (demo)", ServiceType.TRAINING),
    ("Cooperativa Lavoro Rho (demo)", ServiceType.COMPANY),
)
#: Two more centres (vaults kept in demo-centres/, not offered at sign-in) that report to
#: the cabina di regia, so its dashboard shows a picture built from several centres.
OTHER_CENTRES = (("CAV Legnano (demo)", "legnano", 2000), ("CAV Melzo (demo)", "melzo", 1500))
SAMPLE_REFERRALS = 3


def create(data_dir: Path, *, cv: bytes, kdf: KdfParams | None = None) -> tuple[Vault, DemoHub]:
    """Both vaults, the hub, the directory, and a few referrals already on their way
    (the first with ``cv``, her synthetic CV as a PDF)."""
    hub = DemoHub(data_dir / HUB_DIR).start()
    vault, _ = Vault.create(
        data_dir, username=USER, display_name="Demo", passphrase=PASSPHRASE, kdf=kdf
    )
    actor = vault.actor
    operatrice = vault.add_account(OPERATRICE, "Operatrice Demo", Role.OPERATRICE, PASSPHRASE)
    demo_data.seed(vault.db, actor, CASES, operatrici=[vault.account.id, operatrice.id])
    demo_day.dress(vault)  # her fortnight: appointments, deadlines, a closing to approve
    centre = Workstation(vault)
    centre.enrol(hub.provision(CENTRE[0], CENTRE[1].value))
    partner_vault, _ = Vault.create(
        data_dir / PARTNER_DIR,
        username=USER,
        display_name="Demo CPI",
        passphrase=PASSPHRASE,
        kdf=kdf,
    )
    partner = Workstation(partner_vault)
    partner.enrol(hub.provision(PARTNER[0], PARTNER[1].value))
    for name, kind in OTHERS:  # enrolled with keys nobody keeps: their packets wait at the hub
        prov = load_provisioning(hub.provision(name, kind.value), centre.clock.now())
        enrol(
            prov.hub_url,
            prov.token,
            MemberKeys.generate(post_quantum=False),
            member_id=prov.member_id,
            hub_key=prov.hub_public_key,
        )
    sync(centre)  # its directory copy now lists the job centre: referrals are composed offline
    _sample_referrals(Casework(vault, centre), partner.identity.member_id, cv)
    second = _second_workstation(data_dir / SECOND_DIR, hub, centre, kdf)
    cabina_vault, _ = Vault.create(
        data_dir / CABINA_DIR, username=USER, display_name="Demo cabina", passphrase=PASSPHRASE,
        kdf=kdf,
    )  # fmt: skip
    cabina = Workstation(cabina_vault)
    cabina.enrol(hub.provision(CABINA[0], CABINA[1].value, network="milano_metro"))
    periods = _report_periods(centre.clock.now().date())
    for i, (name, network, count) in enumerate(OTHER_CENTRES):
        other = _other_centre(
            data_dir / "demo-centres" / network, hub, name, network, count, i, kdf
        )
        for period in periods:
            reporting.send_report(other, period)
        sync(other)
        other.vault.lock()
    sync(centre)  # the cabina di regia joined after the centre: a round brings it in
    for period in periods:
        reporting.send_report(centre, period)
    sync(centre)
    sync(partner)
    _partner_says(Casework(partner_vault, partner))
    for ws in (partner, centre, cabina, second):
        sync(ws)
    partner_vault.lock()
    cabina_vault.lock()
    second.vault.lock()
    return vault, hub


def _report_periods(today: date) -> list[Period]:
    """Last year, and the four quarters before this one: the cabina's picture and its trend."""
    year, q = today.year, (today.month - 1) // 3 + 1
    quarters = []
    for _ in range(4):
        year, q = (year - 1, 4) if q == 1 else (year, q - 1)
        quarters.append(Period.quarter(year, q))
    return [Period.year(today.year - 1), *reversed(quarters)]


def _partner_says(partner: Casework) -> None:
    """The CPI has started a tirocinio with the first woman it received: her centre will be
    asked to confirm it (nothing changes by itself)."""
    received = [r for r in partner.inbox("referral") if r.payload is not None]
    if received:
        first, sender = received[0].packet_id, received[0].sender
        partner.respond(first, "accepted", sender=sender)
        said = Said(PartnerOutcome.TIROCINIO_STARTED, partner.today() - timedelta(days=3))
        partner.respond(first, "in_progress", sender=sender, said=said)


def _second_workstation(
    folder: Path, hub: DemoHub, centre: Workstation, kdf: KdfParams | None
) -> Workstation:
    """Join a second workstation to the centre, then edit one case on both, offline:
    the same field differently (a conflict to resolve) and different fields (merged)."""
    vault, _ = Vault.create(
        folder, username=USER, display_name="Demo sportello", passphrase=PASSPHRASE, kdf=kdf
    )
    second = Workstation(vault)
    second.enrol(hub.provision(SECOND[0], SECOND[1].value))
    first, other = Replication(centre), Replication(second)
    first.found()
    other.accept_offer(first.accept_join(other.join_request()))
    sync(centre)
    BackgroundSync(second).catch_up()
    case_id = str(centre.vault.db.scalar("SELECT id FROM cases ORDER BY opened_on DESC LIMIT 1"))
    for ws, alias, comune in ((centre, "Demo Giovanna", None), (second, "Demo Gianna", "015182")):
        f = cases.open_file(ws.vault.db, ws.actor, case_id, at=ws.clock.now())
        f.person.alias = alias
        f.person.comune_istat = comune or f.person.comune_istat
        cases.update_person(ws.vault.db, ws.actor, case_id, f.person, at=ws.clock.now())
    for ws in (centre, second, centre):
        sync(ws)
    return second


def _other_centre(
    folder: Path,
    hub: DemoHub,
    name: str,
    network: str,
    cases: int,
    seed: int,
    kdf: KdfParams | None,
) -> Workstation:
    vault, _ = Vault.create(
        folder, username=USER, display_name=name, passphrase=PASSPHRASE, kdf=kdf
    )
    actor = vault.actor
    demo_data.seed(vault.db, actor, cases, rng_seed=2000 + seed)
    ws = Workstation(vault)
    ws.enrol(hub.provision(name, ServiceType.CAV.value, network=network))
    return ws


def _sample_referrals(desk: Casework, cpi_id: str, cv_pdf: bytes) -> None:
    """Real referrals, made the way the composer makes them: consent first, minimum fields."""
    page = list_cases(desk.vault.db, desk.actor, CaseQuery(limit=SAMPLE_REFERRALS))
    today = desk.today()
    for i, row in enumerate(page.rows):
        cv = None
        if i == 0:  # the first one carries her (synthetic) CV, as the protocol intends
            cv = documents.add_bytes(
                desk.vault.db, desk.actor, row.id, cv_pdf, "cv.pdf", DocumentKind.CV,
                at=desk.vault.clock.now(),
            )  # fmt: skip
        proposal = desk.propose(row.id, cpi_id)
        draft = proposal.draft
        for key, value in (
            ("skills", "magazzino, cassa"),
            ("languages", "italiano, spagnolo"),
            ("availability", "mattina, lun–ven"),
            ("zones_to_avoid", "quartiere di residenza"),
            ("childcare_limits", "uscita scuola 16:30"),
        ):
            draft = draft.set_value(key, value)
        for missing in draft.problems():  # what the synthetic file does not say stays out
            draft = draft.remove(missing)
        desk.record_consent(
            Consent(
                proposal.person_id,
                ServiceType.CPI,
                "orientamento al lavoro",
                today,
                today + timedelta(days=180),
                ConsentMethod.WRITTEN,
                recipient=cpi_id,
                fields=(*draft.keys, *([document_scope(DocumentKind.CV)] if cv else [])),
            )
        )
        desk.send_referral(
            row.id,
            cpi_id,
            draft,
            purpose="orientamento al lavoro",
            urgency=Urgency.ROUTINE,
            document_id=cv.id if cv else None,
        )


def start_hub(data_dir: Path) -> DemoHub:
    return DemoHub(data_dir / HUB_DIR).start()


def attach(vault: Vault, hub: DemoHub) -> None:
    """The demo hub listens on a new port at each start: point this workstation at it."""
    ident = identity_store.load(vault.db)
    if ident is not None and ident.hub_url != hub.url:
        ident.hub_url = hub.url
        identity_store.save(vault.db, ident)
