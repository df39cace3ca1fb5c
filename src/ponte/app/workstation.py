"""A workstation: one unlocked vault, its network identity, and the sync wiring.

This is the Qt-free half of the composition root: the CLI uses it directly and the desktop
runs it on its vault thread. Everything that seals a packet happens here, because only here
are the vault (what to send, the consent), the keys and the signed directory all at hand.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from ponte.app import anchoring, attachments, lifecycle
from ponte.core.clock import Clock, rfc3339
from ponte.core.directory import Directory, verify_directory
from ponte.core.domain import Actor, Consent
from ponte.core.enums import ServiceType, Urgency
from ponte.core.errors import (
    DirectoryError,
    HubError,
    HubUnavailable,
    OversizePacket,
    PonteError,
    ProvisioningError,
)
from ponte.core.keys import MemberKeys, ed25519_public, pq_public, x25519_public
from ponte.core.packet import SUITE_MLKEM768_X25519, SUITE_X25519, Header
from ponte.core.payloads import pairwise_pseudonym
from ponte.core.provisioning import load_provisioning
from ponte.core.sealing import seal
from ponte.storage import audit, referrals
from ponte.storage import identity as identity_store
from ponte.storage.identity import Identity
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox
from ponte.storage.vault import Vault
from ponte.sync import files
from ponte.sync.engine import SyncEngine, SyncResult
from ponte.sync.hub_client import HubClient, enrol
from ponte.sync.opener import DirectoryOpener

log = logging.getLogger("ponte.app.workstation")
PACKET_TTL = timedelta(days=30)
#: Runs a database step where the vault lives (the desktop's vault thread) and returns its result.
OnVault = Callable[[Callable[[], Any]], Any]


def _here(step: Callable[[], Any]) -> Any:
    return step()


SUITE_PREFERENCE = (SUITE_MLKEM768_X25519, SUITE_X25519)


class Workstation:
    def __init__(self, vault: Vault, *, transport: httpx.BaseTransport | None = None) -> None:
        self.vault = vault
        self.transport = transport
        self._directory: Directory | None = None
        self._client: HubClient | None = None
        self._engine: SyncEngine | None = None

    @property
    def clock(self) -> Clock:
        return self.vault.clock

    @property
    def actor(self) -> Actor:
        return self.vault.actor

    @property
    def identity(self) -> Identity:
        ident = identity_store.load(self.vault.db)
        if ident is None:
            raise ProvisioningError("this workstation is not enrolled with a hub yet")
        return ident

    @property
    def enrolled(self) -> bool:
        return identity_store.load(self.vault.db) is not None

    # ------------------------------------------------------------ enrolment
    def enrol(self, provisioning: bytes, *, post_quantum: bool = True) -> Identity:
        """Import a provisioning file: verify it, make keys, register them, keep them."""
        prov = load_provisioning(provisioning, self.clock.now())
        keys = MemberKeys.generate(post_quantum=post_quantum)
        member_id = enrol(
            prov.hub_url,
            prov.token,
            keys,
            member_id=prov.member_id,
            hub_key=prov.hub_public_key,
            clock=self.clock,
            transport=self.transport,
            pinned_ca_pem=prov.ca_pem,
        )
        if member_id != prov.member_id:
            raise ProvisioningError("the hub enrolled another member id")
        ident = Identity(
            member_id=prov.member_id,
            name=prov.name,
            service_type=prov.service_type,
            network=prov.network,
            hub_url=prov.hub_url,
            hub_key=prov.hub_key,
            keys=[keys],
            ca_pem=prov.ca_pem,
        )
        with self.vault.db.transaction():
            identity_store.save(self.vault.db, ident)
            audit.record(
                self.vault.db,
                self.actor,
                "identity.enrol",
                at=self.clock.now(),
                entity="member",
                entity_id=prov.member_id,
            )
        return ident

    # ------------------------------------------------------------ wiring
    def client(self) -> HubClient:
        if self._client is None:
            self._client = self.new_client()
        return self._client

    def new_client(self) -> HubClient:
        """A hub client of its own (for a thread that talks to the hub apart from this one)."""
        ident = self.identity
        return HubClient(
            ident.hub_url,
            member_id=ident.member_id,
            signing_key=ident.current.signing,
            key_id=ident.current.signing_key_id,
            hub_key=ed25519_public(ident.hub_key),
            clock=self.clock,
            transport=self.transport,
            pinned_ca_pem=ident.ca_pem,
        )

    def directory(self, *, refresh: bool = False) -> Directory:
        """The signed directory: from the hub when reachable, else the last copy kept here
        (verified again against the pinned hub key), so referrals can be composed offline."""
        if self._directory is None or refresh:
            return self.refresh_directory(self.client())
        return self._directory

    def refresh_directory(self, client: HubClient, on_vault: OnVault = _here) -> Directory:
        """Fetch the directory and accept it only if it extends the one kept here through
        the hub's directory log (``core/dirlog.py``: no rollback, no fork, no key change
        that is not in the log); offline, the copy kept last time. Network waits stay on
        the caller's thread; database steps go through ``on_vault``."""
        try:
            raw = client.directory_raw()
            kept: Directory | None = on_vault(self.kept_directory)
            new = client.checked_directory(raw, kept)
        except HubUnavailable:
            return on_vault(lambda: self.remember_directory(None))  # type: ignore[no-any-return]
        return on_vault(lambda: self._keep_directory(raw, new))  # type: ignore[no-any-return]

    def kept_directory(self) -> Directory | None:
        """The directory accepted last, verified again; None before the first (or when the
        copy kept is of a format this version no longer accepts)."""
        cached = self.vault.db.scalar("SELECT value FROM sync_state WHERE key = 'directory'")
        if cached is None:
            return None
        try:
            return verify_directory(str(cached).encode(), ed25519_public(self.identity.hub_key))
        except DirectoryError:
            log.warning("the directory kept here no longer verifies: fetching it anew")
            return None

    def remember_directory(self, raw: None) -> Directory:
        """Offline: the copy kept last time, verified again against the pinned hub key."""
        kept = self.kept_directory()
        if kept is None:
            raise HubUnavailable("no copy of the directory yet")
        self._directory = kept
        return kept

    def _keep_directory(self, raw: bytes, directory: Directory) -> Directory:
        self.vault.db.execute(
            "INSERT INTO sync_state (key, value) VALUES ('directory', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (raw.decode(),),
        )
        self._directory = directory
        return directory

    def _directory_for(self, member: str) -> Directory:
        d = self.directory()
        if d.member(member) is None:
            d = self.directory(refresh=True)
        return d

    def inbox(self) -> VaultInbox:
        """This vault's inbox, wired to answer refusals (call on the vault thread)."""
        return VaultInbox(
            self.vault.db, actor="sync", device=self.vault.device_id, on_refused=self.answer_refusal
        )

    def answer_refusal(self, header: Header, reason: str, at: datetime) -> None:
        """The refusal seam (``VaultInbox(on_refused=…)``): see ``app/lifecycle.py``."""
        lifecycle.answer_refusal(self, header, reason, at)

    def local_directory(self) -> Directory:
        """The directory copy in memory, else the one kept in the vault: never the network."""
        return self._directory or self.remember_directory(None)

    def engine(self) -> SyncEngine:
        if self._engine is None:
            ident = self.identity
            inbox = self.inbox()
            keys = [k for mk in ident.keys for k in mk.recipient_keys()]
            opener = DirectoryOpener(
                my_id=ident.member_id,
                my_keys=keys,
                directory=lambda: self.directory(refresh=True),
                seen=inbox.has,
                clock=self.clock,
            )
            self._engine = SyncEngine(
                outbox=VaultOutbox(self.vault.db),
                inbox=inbox,
                client=self.client(),
                opener=opener,
                clock=self.clock,
            )
        return self._engine

    def sync(self) -> SyncResult:
        """One round on this thread (the CLI, tests): see :meth:`run_round`."""
        return self.run_round(self.engine(), self.client())

    def run_round(
        self, engine: SyncEngine, client: HubClient, on_vault: OnVault = _here
    ) -> SyncResult:
        """One round: send, receive, then anchor the audit chain's head at the hub.

        First, what the centre's other devices have not been sent yet is sealed into the
        outbox (a no-op for a workstation that is not one of several: docs/replication.md).
        Every database step goes through ``on_vault`` (the desktop's vault thread; here by
        default); the network waits stay on the caller's thread.
        """
        from ponte.app.replication import Replication  # it builds on this class

        late: PonteError | None = None
        try:
            on_vault(lambda: Replication(self).queue_changes())
        except (HubError, DirectoryError) as exc:  # the directory was out of reach: next round
            late = exc
        result = engine.run_once()
        if result.error is None and late is not None:
            result.error = late
        if result.error is None:
            try:
                due = on_vault(lambda: anchoring.due_anchor(self.vault.db))
                if due is not None:
                    seq, head = due
                    client.anchor(seq, head, rfc3339(self.clock.now()))
                    on_vault(lambda: anchoring.mark_anchored(self.vault.db, seq))
            except HubError as exc:  # the next round tries again
                result.error = exc
        return result

    # ------------------------------------------------------------ sealing
    def seal_to(
        self,
        recipient: str,
        ptype: str,
        payload: dict[str, Any],
        *,
        now: datetime | None = None,
        directory: Directory | None = None,
    ) -> bytes:
        """Seal to ``recipient``'s key from ``directory`` (default: ours, fetched if the
        recipient is not in it yet)."""
        ident = self.identity
        directory = directory or self._directory_for(recipient)
        entry = directory.encryption_key(recipient, SUITE_PREFERENCE)
        if entry is None:
            raise DirectoryError(f"no encryption key for {recipient}")
        raw = bytes.fromhex(entry.public)
        key = pq_public(raw) if entry.suite == SUITE_MLKEM768_X25519 else x25519_public(raw)
        now = now or self.clock.now()
        return seal(
            payload,
            type=ptype,
            sender_id=ident.member_id,
            sender_key_id=ident.current.signing_key_id,
            signing_key=ident.current.signing,
            recipient_id=recipient,
            recipient_key=key,
            created=now,
            expires=now + PACKET_TTL,
        )

    def send_referral(
        self,
        case_id: str,
        recipient: str,
        service_type: ServiceType,
        fields: dict[str, Any],
        *,
        purpose: str,
        urgency: Urgency = Urgency.ROUTINE,
        document_id: str | None = None,
    ) -> referrals.ReferralRow:
        """Seal the referral and store it with its packet (persist before send).

        ``document_id``: one document of the case to attach; her consent must name its kind
        (``document:cv``) and it must fit the packet (``app/attachments.py``).
        """
        db = self.vault.db
        person_id = str(db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,)))
        now = self.clock.now()

        def build(referral_id: str, consent: Consent) -> bytes:
            payload: dict[str, Any] = {
                "pseudonym": pairwise_pseudonym(self.identity.centre_secret, person_id, recipient),
                "purpose": purpose,
                "service_type": service_type.value,
                "consent": {"ref": consent.id, "expires": consent.expires_on.isoformat()},
                "urgency": urgency.value,
                "contact": "via_cav",
                "fields": fields,
            }
            if document_id is not None:
                payload["attachment"] = attachments.attachment(
                    db,
                    self.actor,
                    document_id,
                    case_id=case_id,
                    consent=consent,
                    referral_id=referral_id,
                    at=now,
                )
            try:
                return self.seal_to(recipient, "referral", payload, now=now)
            except OversizePacket as exc:
                if document_id is None:
                    raise
                raise attachments.too_large(len(payload["attachment"]["data"]) * 3 // 4) from exc

        return referrals.create(
            db,
            self.actor,
            case_id=case_id,
            recipient=recipient,
            service_type=service_type,
            fields=sorted(fields),
            seal=build,
            at=now,
        )

    def withdraw_referral(self, referral_id: str) -> referrals.ReferralRow:
        """Withdraw the consent it was sent under and every referral that consent covered."""
        return lifecycle.withdraw_referral(self, referral_id)

    def revoke_consent(self, consent_id: str) -> list[referrals.ReferralRow]:
        """Withdraw her consent and every referral sent under it (``app/lifecycle.py``)."""
        return lifecycle.revoke_consent(self, consent_id)

    def send_status(
        self,
        referral_packet_id: str,
        status: str,
        reason: str | None = None,
        *,
        note: str = "",
        next_appointment: date | None = None,
    ) -> str:
        """Partner side: answer a received referral (accepted, declined, in_progress, done),
        with a short note and the next appointment where they fit (``core/payloads.py``)."""
        return lifecycle.send_status(
            self, referral_packet_id, status, reason, note, next_appointment
        )

    # ------------------------------------------------------------ files
    def export_packet(self, packet_id: str, folder: Path) -> Path:
        return files.export_packet(VaultOutbox(self.vault.db).data(packet_id), folder)

    def import_packet(self, path: Path) -> str:
        return files.import_file(path, self.engine())
