"""The case-work a screen asks for, in one Qt-free place (run it on the vault thread).

Each method reads or changes the vault as the signed-in account, with the vault's clock,
through the storage functions that check roles and write the audit log. The desktop calls
these through its TaskRunner; tests call them directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from ponte.app.documents import CaseDocuments
from ponte.app.workstation import Workstation
from ponte.core import standard_fields
from ponte.core.directory import Member
from ponte.core.domain import Actor, Case, Consent, Contact, Note, Person, PlanStep, RiskAssessment
from ponte.core.enums import ContactKind, ReferralStatus, ServiceType, StepStatus, Urgency
from ponte.core.errors import (
    ConsentMissing,
    NotConnected,
    NotFound,
    PurposeMissing,
    RequiredFieldMissing,
)
from ponte.core.fields import CentreForm
from ponte.core.media import ATTACHABLE
from ponte.core.outcomes import Said
from ponte.core.payloads import pairwise_pseudonym
from ponte.core.standard_fields import Override
from ponte.core.templates import (
    TEMPLATES,
    CaseFacts,
    Draft,
    Scalar,
    centre_specs,
    prefill,
    propose,
)
from ponte.storage import cases, consents, documents, field_values, fields, plans, referrals, risk
from ponte.storage.case_list import SORT_KEYS as SORT_KEYS
from ponte.storage.case_list import CasePage as CasePage
from ponte.storage.case_list import CaseQuery as CaseQuery
from ponte.storage.case_list import CaseRow as CaseRow
from ponte.storage.case_list import list_cases
from ponte.storage.documents import DocumentInfo
from ponte.storage.inbox import InboxRow as InboxRow
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import OutboxRow as OutboxRow
from ponte.storage.outbox import VaultOutbox
from ponte.storage.referrals import Answer as Answer  # re-exported for the desktop
from ponte.storage.referrals import ReferralRow
from ponte.storage.vault import Vault


@dataclass
class CaseBundle:
    """Everything the case-file screen shows, read in one go (one audited open)."""

    person: Person
    case: Case
    notes: list[Note] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    steps: list[PlanStep] = field(default_factory=list)
    risks: list[RiskAssessment] = field(default_factory=list)
    safety_plan: str = ""
    consents: list[Consent] = field(default_factory=list)
    referrals: list[ReferralRow] = field(default_factory=list)
    networked: bool = False  # this workstation is enrolled (it may have sister workstations)
    answers: list[Answer] = field(default_factory=list)  # the services' answers, oldest first
    centre: CentreForm = field(default_factory=CentreForm)  # the centre's own fields
    overrides: dict[str, Override] = field(default_factory=dict)  # how standard fields show


@dataclass(frozen=True)
class Proposal:
    """A referral draft for one recipient, and the consent that would cover it (if any)."""

    recipient: Member
    draft: Draft
    consent: Consent | None
    person_id: str  # whose consent it is (recorded from the composer without re-reading)
    values: dict[str, Scalar | None] = field(default_factory=dict)  # what the file says
    documents: list[DocumentInfo] = field(default_factory=list)  # those that may be attached


@dataclass(frozen=True)
class Update:
    """A partner service answered a referral: the notification the operatrice sees."""

    at: str
    service: str
    status: str
    woman_code: str
    case_id: str
    reason: str = ""
    note: str = ""  # the partner's short note: text typed elsewhere, shown as text
    next_appointment: str = ""  # YYYY-MM-DD


@dataclass(frozen=True)
class Covered:
    """A referral that revoking a consent withdraws, as the question names it."""

    referral_id: str
    service: str
    status: ReferralStatus


@dataclass(frozen=True)
class Revocation:
    """What withdrawing one consent does: the consent, and the referrals sent under it."""

    consent_id: str | None
    service_type: ServiceType
    purpose: str
    referrals: list[Covered] = field(default_factory=list)


class Casework:
    def __init__(self, vault: Vault, ws: Workstation | None = None) -> None:
        self.vault = vault
        self.ws = ws
        self.documents = CaseDocuments(vault)  # the case file's documents tab

    @property
    def actor(self) -> Actor:
        return self.vault.actor

    def _now(self) -> datetime:
        return self.vault.clock.now()

    # ------------------------------------------------------------ case list and file
    def list_cases(self, query: CaseQuery) -> CasePage:
        """A page of the case list, filtered, sorted and paged in SQL."""
        return list_cases(self.vault.db, self.actor, query)

    def new_case(self, person: Person, case: Case) -> str:
        return cases.create(self.vault.db, self.actor, person, case, at=self._now()).id

    def open_case(self, case_id: str) -> CaseBundle:
        db, actor, now = self.vault.db, self.actor, self._now()
        f = cases.open_file(db, actor, case_id, at=now)
        return CaseBundle(
            f.person,
            f.case,
            f.notes,
            f.contacts,
            plans.steps(db, actor, case_id),
            risk.for_case(db, actor, case_id),
            risk.safety_plan(db, actor, case_id, at=now),
            consents.for_person(db, f.person.id),
            referrals.for_case(db, actor, case_id),
            networked=self.ws is not None and self.ws.enrolled,
            answers=referrals.answers(db, actor, case_id),
            centre=field_values.centre_form(db, case_id),
            overrides=fields.overrides(db),
        )

    def save_intake(
        self, person: Person, case: Case, centre: Mapping[str, object] | None = None
    ) -> None:
        """Save the editable case file in one transaction: her data, the case, and the
        centre's fields; refused whole when a field the centre made required is empty."""
        db, actor, now = self.vault.db, self.actor, self._now()
        attrs = {**vars(person), **vars(case)}
        with db.transaction():
            if standard_fields.missing(attrs, fields.overrides(db)):
                raise RequiredFieldMissing()
            cases.update_person(db, actor, case.id, person, at=now)
            cases.update_case(db, actor, case, at=now)
            if centre:
                cases.update_fields(db, actor, case.id, centre, at=now)
            if field_values.missing_required(field_values.centre_form(db, case.id)):
                raise RequiredFieldMissing()

    def add_note(self, case_id: str, body: str) -> Note:
        return cases.add_note(self.vault.db, self.actor, case_id, body, at=self._now())

    def add_contact(self, case_id: str, kind: ContactKind, summary: str) -> Contact:
        return cases.add_contact(self.vault.db, self.actor, case_id, kind, summary, at=self._now())

    def add_step(self, step: PlanStep) -> PlanStep:
        return plans.add_step(self.vault.db, self.actor, step, at=self._now())

    def link_step(self, step_id: str, referral_id: str | None) -> PlanStep:
        """The step follows this referral's answers from now on (``None``: no longer)."""
        return plans.link(self.vault.db, self.actor, step_id, referral_id, at=self._now())

    def move_step(self, step_id: str, status: StepStatus, outcome: str = "") -> PlanStep:
        return plans.move(
            self.vault.db, self.actor, step_id, status, at=self._now(), outcome=outcome
        )

    def record_risk(self, ra: RiskAssessment) -> RiskAssessment:
        return risk.record(self.vault.db, self.actor, ra, at=self._now())

    def save_safety_plan(self, case_id: str, body: str) -> None:
        risk.save_safety_plan(self.vault.db, self.actor, case_id, body, at=self._now())

    def record_consent(self, consent: Consent) -> Consent:
        return consents.record(self.vault.db, self.actor, consent, at=self._now())

    def revocation(self, consent_id: str) -> Revocation:
        """What withdrawing this consent would do (asked before :meth:`withdraw_consent`)."""
        c = consents.get(self.vault.db, consent_id)
        covered = [
            Covered(r.id, self.member_name(r.recipient), r.status)
            for r in referrals.under_consent(self.vault.db, consent_id)
        ]
        return Revocation(consent_id, c.service_type, c.purpose, covered)

    def revocation_for_referral(self, referral_id: str) -> Revocation:
        """Withdrawing a referral withdraws the consent it was sent under, and so its siblings."""
        ref = referrals.get(self.vault.db, referral_id)
        if ref.consent_id is not None:
            return self.revocation(ref.consent_id)
        covered = [Covered(ref.id, self.member_name(ref.recipient), ref.status)]
        return Revocation(None, ServiceType(ref.service_type), "", covered)

    def withdraw_consent(self, consent_id: str) -> Consent:
        """She withdrew her consent: it is recorded, and every referral sent under it is
        withdrawn (each service is told at the next connection)."""
        db = self.vault.db
        if referrals.under_consent(db, consent_id):
            self._ws().revoke_consent(consent_id)
            return consents.get(db, consent_id)
        return consents.withdraw(db, self.actor, consent_id, at=self._now())

    # ------------------------------------------------------------ referrals
    def _ws(self) -> Workstation:
        if self.ws is None or not self.ws.enrolled:
            raise NotConnected()
        return self.ws

    def partners(self) -> list[Member]:
        """Services this centre can refer to, from the directory copy kept in the vault
        (itself excluded): no network, so the list is there offline too."""
        ws = self._ws()
        me = ws.identity.member_id
        members = ws.directory().members
        return sorted(
            (m for m in members if m.id != me and m.service_type != ServiceType.CABINA_REGIA),
            key=lambda m: (m.service_type, m.name),
        )

    def propose(self, case_id: str, member_id: str) -> Proposal:
        ws = self._ws()
        member = ws.directory().member(member_id)
        if member is None:
            raise NotFound(f"member {member_id}")
        bundle = self.open_case(case_id)
        latest = max(bundle.risks, key=lambda r: r.assessed_on, default=None)
        facts = CaseFacts(bundle.person, bundle.case, latest.level if latest else None)
        service_type = ServiceType(member.service_type)
        try:
            consent: Consent | None = consents.covering(
                self.vault.db, bundle.person.id, member.id, service_type, self._now().date()
            )
        except ConsentMissing:
            consent = None
        minimum, extra = TEMPLATES.get(service_type, ((), ()))
        values = {k: prefill(k, facts) for k in (*minimum, *extra)}
        offered = centre_specs(bundle.centre.fields, service_type)
        by_key = {d.referral_key: d for d in bundle.centre.fields}
        for spec in offered:  # the value in words, for her to check before it leaves
            d = by_key[spec.key]
            values[spec.key] = d.value_text(bundle.centre.values.get(d.key), "it") or None
        attachable = [
            d
            for d in documents.for_case(self.vault.db, self.actor, case_id)
            if d.media_type in ATTACHABLE
        ]
        draft = replace(propose(service_type, facts), offered=offered)
        return Proposal(member, draft, consent, bundle.person.id, values, attachable)

    def send_referral(
        self,
        case_id: str,
        member_id: str,
        draft: Draft,
        *,
        purpose: str,
        urgency: Urgency,
        document_id: str | None = None,
    ) -> ReferralRow:
        """Seal and queue the referral; reasons for extra fields go into the case notes."""
        fields = draft.payload_fields()
        if not purpose.strip():
            raise PurposeMissing()
        ws, db = self._ws(), self.vault.db
        with db.transaction():
            row = ws.send_referral(
                case_id,
                member_id,
                draft.service_type,
                fields,
                purpose=purpose,
                urgency=urgency,
                document_id=document_id,
            )
            extra = draft.added_with_reason()
            if extra:
                lines = [f"{f.spec.title('it')}: {f.reason}" for f in extra]
                self.add_note(case_id, "Campi aggiuntivi nell'invio:\n" + "\n".join(lines))
        return row

    def pseudonym(self, case_id: str, member_id: str) -> str:
        """The name she will have at this recipient (and only there)."""
        ws = self._ws()
        person_id = str(
            self.vault.db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,))
        )
        return pairwise_pseudonym(ws.identity.centre_secret, person_id, member_id)

    def withdraw_referral(self, referral_id: str) -> ReferralRow:
        return self._ws().withdraw_referral(referral_id)

    # ------------------------------------------------------------ packets
    def outbox(self) -> list[OutboxRow]:
        return VaultOutbox(self.vault.db).rows()

    def inbox(self, ptype: str | None = None) -> list[InboxRow]:
        return VaultInbox(self.vault.db).rows(ptype)

    def retry(self, packet_id: str) -> None:
        VaultOutbox(self.vault.db).retry(packet_id, self._now())

    def respond(
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
        """Partner side: accepted, declined, in_progress or done, back to the sender, with a
        short note and the next appointment if she wrote them, and what came of it if she
        says (``said``: a course, a tirocinio, a hiring). The referral is the one with that
        packet id from ``sender`` (ids are unique per sender)."""
        return self._ws().send_status(
            referral_packet_id,
            status,
            reason,
            sender=sender,
            note=note,
            next_appointment=next_appointment,
            said=said,
        )

    def export_packet(self, packet_id: str, folder: Path) -> Path:
        return self._ws().export_packet(packet_id, folder)

    def import_packet(self, path: Path) -> str:
        return self._ws().import_packet(path)

    def updates(self, limit: int = 50) -> list[Update]:
        """Answers from partner services to this centre's referrals, newest first."""
        rows = self.vault.db.query(
            "SELECT a.received_at, r.recipient, a.status, a.reason, a.note, a.next_appointment,"
            " p.woman_code, c.id AS case_id FROM referral_answers a"
            " JOIN referrals r ON r.id = a.referral_id"
            " JOIN cases c ON c.id = r.case_id JOIN persons p ON p.id = c.person_id"
            " ORDER BY a.received_at DESC, a.id DESC LIMIT ?",
            (limit,),
        )
        names: dict[str, str] = {}
        out = []
        for r in rows:
            sender = r["recipient"]
            names.setdefault(sender, self.member_name(sender))
            out.append(
                Update(
                    r["received_at"],
                    names[sender],
                    r["status"],
                    r["woman_code"],
                    r["case_id"],
                    r["reason"] or "",
                    r["note"] or "",
                    r["next_appointment"] or "",
                )
            )
        return out

    def member_name(self, member_id: str) -> str:
        if self.ws is None or not self.ws.enrolled:
            return member_id
        kept = self.ws.directories.kept()
        m = kept[0].member(member_id) if kept else None
        return m.name if m else member_id

    def today(self) -> date:
        return self._now().date()
