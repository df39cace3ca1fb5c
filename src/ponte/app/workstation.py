"""A workstation: one unlocked vault, its network identity, and what it seals and opens.

This is the Qt-free half of the composition root: the CLI uses it directly and the desktop
runs it on its vault thread. Everything that seals a packet happens here, because only here
are the vault (what to send, the consent), the keys and the signed directory all at hand.

Composing never touches the network: recipients' keys come from the directory copy kept in
the vault (``storage/syncstate.py``), resolved before the write transaction. Only the sync
round (``app/background.py``, on the sync thread) fetches a new copy; enrolment fetches the
first one in :func:`join`, its network half, which touches no vault (the desktop runs it on a
network thread, then :meth:`Workstation.keep` on the vault thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from ponte.app import attachments, keywatch, lifecycle
from ponte.core.clock import Clock
from ponte.core.directory import Directory
from ponte.core.domain import Actor, Consent
from ponte.core.enums import ServiceType, Urgency
from ponte.core.errors import (
    DirectoryError,
    DirectoryNotYet,
    ForeignKeyListed,
    HubError,
    OversizePacket,
    ProvisioningError,
)
from ponte.core.keys import MemberKeys, RecipientPublicKey, ed25519_public, pq_public, x25519_public
from ponte.core.outcomes import Said
from ponte.core.packet import SUITE_MLKEM768_X25519, SUITE_X25519, Header
from ponte.core.payloads import pairwise_pseudonym
from ponte.core.provisioning import load_provisioning
from ponte.core.sealing import seal
from ponte.storage import audit, referrals
from ponte.storage import identity as identity_store
from ponte.storage.identity import Identity
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox
from ponte.storage.syncstate import VaultDirectory
from ponte.storage.vault import Vault
from ponte.sync import files
from ponte.sync.hub_client import FreshDirectory, HubClient, enrol
from ponte.sync.opener import DirectoryOpener
from ponte.sync.ports import Inbox
from ponte.sync.receiver import Receiver

PACKET_TTL = timedelta(days=30)
SUITE_PREFERENCE = (SUITE_MLKEM768_X25519, SUITE_X25519)


class Workstation:
    def __init__(self, vault: Vault, *, transport: httpx.BaseTransport | None = None) -> None:
        self.vault = vault
        self.transport = transport
        self._directories: VaultDirectory | None = None
        #: She chose to work offline: no round touches the network (composing works from the
        #: directory kept here anyway) until she turns it back on.
        self.offline = False

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
        """Import a provisioning file in place (the CLI, the demo): :func:`join` the hub,
        then :meth:`keep` what it said. The desktop runs the two on different threads."""
        joined = join(
            provisioning, clock=self.clock, transport=self.transport, post_quantum=post_quantum
        )
        return self.keep(joined)

    def keep(self, joined: Joined) -> Identity:
        """Keep an enrolment the hub accepted: the identity (audited) and, if it came, the
        directory. The vault only, never the network (on the vault thread)."""
        ident = joined.identity
        with self.vault.db.transaction():
            identity_store.save(self.vault.db, ident)
            audit.record(
                self.vault.db,
                self.actor,
                "identity.enrol",
                at=self.clock.now(),
                entity="member",
                entity_id=ident.member_id,
            )
        self._directories = None
        if joined.directory is not None:
            fresh = joined.directory
            self.directories.keep(fresh.raw, fresh.etag, fresh.entries)
        return ident

    def refresh_directory(self) -> Directory | None:
        """Fetch the directory if it changed since the copy kept (checked against the hub's
        log, :meth:`HubClient.directory_since`) and keep it; None when it had not changed.
        For ``ponte vault check --against-hub`` (the CLI, in place); the sync round
        does the same in ``sync/engine.py``."""
        kept = self.directories.kept()
        client = self.client()
        try:
            fetched = client.directory_since(*(kept or (None, None)))
        finally:
            client.close()
        if fetched is None:
            return None
        return self.directories.keep(fetched.raw, fetched.etag, fetched.entries)

    # ------------------------------------------------------------ wiring
    def client(self) -> HubClient:
        """A hub client for the calling thread (the sync thread, the CLI)."""
        return client_for(self.identity, self.clock, self.transport)

    @property
    def directories(self) -> VaultDirectory:
        """The signed directory kept in the vault (``sync.ports.DirectoryCache``)."""
        if self._directories is None:
            self._directories = VaultDirectory(
                self.vault.db, self.identity.hub_key, on_keep=self._watch_keys
            )
        return self._directories

    def _watch_keys(self, directory: Directory, entries: Sequence[dict[str, Any]]) -> None:
        """Each newer directory kept: keys listed for this member that this workstation did
        not create are recorded and audited (``app/keywatch.py``)."""
        at, device = self.clock.now(), self.vault.device_id
        keywatch.watch(self.vault.db, self.identity, directory, entries, at, device)

    def key_alarm(self) -> ForeignKeyListed | None:
        """Keys the network lists for this member that this workstation did not create."""
        return keywatch.alarm(self.vault.db)

    def directory(self) -> Directory:
        """The directory copy kept in the vault, verified against the pinned hub key. Never
        the network: :class:`DirectoryNotYet` until the first copy arrived."""
        return self.directories.current()

    def kept_directory(self) -> Directory | None:
        """The directory accepted last, or None before the first (never the network)."""
        kept = self.directories.kept()
        return kept[0] if kept else None

    def inbox(self) -> VaultInbox:
        return VaultInbox(
            self.vault.db, actor="sync", device=self.vault.device_id, on_refused=self.answer_refusal
        )

    def receiver(self, inbox: Inbox | None = None) -> Receiver:
        """Opens and stores packets from the hub or from files (``inbox`` defaults to this
        vault's; the desktop passes one whose calls run on the vault thread)."""
        inbox = inbox if inbox is not None else self.inbox()
        ident = self.identity
        opener = DirectoryOpener(
            my_id=ident.member_id,
            my_keys=[k for mk in ident.keys for k in mk.recipient_keys()],
            seen=inbox.has,
            clock=self.clock,
        )
        return Receiver(inbox=inbox, opener=opener, clock=self.clock)

    def answer_refusal(self, header: Header, reason: str, at: datetime) -> None:
        """The refusal seam (``VaultInbox(on_refused=…)``): a packet whose sender's signature
        verified was refused for good; called inside the transaction that stores the
        refusal, on the vault thread, never the network. ``app/lifecycle.py`` queues a
        signed refusal back to ``header.sender`` (docs/sync.md)."""
        lifecycle.answer_refusal(self, header, reason, at)

    def local_directory(self) -> Directory:
        """The directory copy kept here: never the network (``directory()``)."""
        return self.directory()

    # ------------------------------------------------------------ sealing
    def recipient_key(
        self, recipient: str, directory: Directory | None = None
    ) -> RecipientPublicKey:
        """The recipient's encryption key from ``directory``, by default the copy kept here
        (never the network)."""
        entry = (directory or self.directory()).encryption_key(recipient, SUITE_PREFERENCE)
        if entry is None:
            raise DirectoryNotYet(f"no encryption key for {recipient}")
        raw = bytes.fromhex(entry.public)
        return pq_public(raw) if entry.suite == SUITE_MLKEM768_X25519 else x25519_public(raw)

    def seal_to(
        self,
        recipient: str,
        ptype: str,
        payload: dict[str, Any],
        *,
        now: datetime | None = None,
        key: RecipientPublicKey | None = None,
        directory: Directory | None = None,
    ) -> bytes:
        """Seal ``payload`` for ``recipient``: its ``key`` resolved before a transaction, or
        from ``directory`` (default: the copy kept here). Never the network."""
        ident = self.identity
        key = key if key is not None else self.recipient_key(recipient, directory)
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
        key = self.recipient_key(recipient)  # before the transaction: the kept copy only
        secret = self.identity.centre_secret

        def build(referral_id: str, consent: Consent) -> bytes:
            payload: dict[str, Any] = {
                "pseudonym": pairwise_pseudonym(secret, person_id, recipient),
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
                return self.seal_to(recipient, "referral", payload, now=now, key=key)
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
        sender: str,
        note: str = "",
        next_appointment: date | None = None,
        said: Said | None = None,
    ) -> str:
        """Partner side: answer the referral ``referral_packet_id`` received from ``sender``
        (accepted, declined, in_progress, done), with a short note and the next appointment
        where they fit (``core/payloads.py``), and what came of it when she says (``said``: a
        course, a tirocinio, a hiring)."""
        return lifecycle.send_status(
            self, sender, referral_packet_id, status, reason, note, next_appointment, said
        )

    # ------------------------------------------------------------ files
    def export_packet(self, packet_id: str, folder: Path) -> Path:
        return files.export_packet(VaultOutbox(self.vault.db).data(packet_id), folder)

    def import_packet(self, path: Path) -> str:
        """Receive a ``.ponte`` file: "stored", "already_received", "waiting" (parked until
        the directory knows its sender) or the refusal's kind."""
        kept = self.directories.kept()
        return files.import_file(path, self.receiver(), kept[0] if kept else None)


@dataclass(frozen=True)
class Joined:
    """An enrolment the hub accepted, not kept yet: the identity with its new keys, and the
    directory as the hub sent it (None if fetching it failed)."""

    identity: Identity
    directory: FreshDirectory | None


def join(
    provisioning: bytes,
    *,
    clock: Clock,
    transport: httpx.BaseTransport | None = None,
    post_quantum: bool = True,
) -> Joined:
    """The network half of enrolment, touching no vault: verify the provisioning file, make
    keys, register them with the hub, and fetch the directory as it is now (so she can
    compose at once; else the first sync round brings it)."""
    prov = load_provisioning(provisioning, clock.now())
    keys = MemberKeys.generate(post_quantum=post_quantum)
    member_id = enrol(
        prov.hub_url,
        prov.token,
        keys,
        member_id=prov.member_id,
        hub_key=prov.hub_public_key,
        clock=clock,
        transport=transport,
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
    client = client_for(ident, clock, transport)
    try:
        fetched = client.directory_since(None, None)
    except (HubError, DirectoryError):
        fetched = None
    finally:
        client.close()
    return Joined(ident, fetched)


def client_for(
    ident: Identity, clock: Clock, transport: httpx.BaseTransport | None = None
) -> HubClient:
    """A hub client speaking as ``ident`` (one per thread: the sync thread, the CLI)."""
    return HubClient(
        ident.hub_url,
        member_id=ident.member_id,
        signing_key=ident.current.signing,
        key_id=ident.current.signing_key_id,
        hub_key=ed25519_public(ident.hub_key),
        clock=clock,
        transport=transport,
        pinned_ca_pem=ident.ca_pem,
    )
