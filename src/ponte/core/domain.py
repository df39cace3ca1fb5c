"""Domain records (DOMAIN.md §2–4). Plain dataclasses: storage maps them to rows.

Closed lists are enums from ``core/enums.py``; free text exists only where the domain has
none (alias, notes, timeline summaries, safety plan, step outcomes) and never leaves the
vault unless a consent names that field for a recipient.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ponte.core.enums import (
    AgeBand,
    AuthorRelation,
    CaseStatus,
    Citizenship,
    ClosureReason,
    ConsentMethod,
    ContactKind,
    DocumentKind,
    Education,
    Employment,
    FirstContact,
    Housing,
    Income,
    InvioDa,
    LegalFlag,
    RiskLevel,
    RiskRating,
    RiskTool,
    Service,
    ServiceType,
    StepStatus,
    StepType,
    ViolenceDuration,
    ViolenceForm,
)

#: Consent scopes for documents: a consent's ``fields`` must name ``document:<kind>`` (e.g.
#: ``document:cv``) for a document of that kind to travel with a referral. Never implied by
#: an empty field list: a document is shared only when she agreed to that kind by name.
DOCUMENT_SCOPE_PREFIX = "document:"


def document_scope(kind: DocumentKind) -> str:
    return f"{DOCUMENT_SCOPE_PREFIX}{kind.value}"


ROLE_OPERATRICE = "operatrice"
ROLE_COORDINATRICE = "coordinatrice"
ROLE_AMMINISTRATRICE = "amministratrice"


@dataclass(frozen=True)
class Actor:
    """Who is doing something: recorded in the audit log, checked against roles."""

    account_id: str
    role: str
    device_id: str = ""

    @property
    def sees_all_cases(self) -> bool:
        return self.role in (ROLE_COORDINATRICE, ROLE_AMMINISTRATRICE)


@dataclass
class Person:
    woman_code: str = ""  # assigned by storage when empty: random, per centre
    alias: str | None = None
    codice_fiscale: str | None = None
    age_band: AgeBand | None = None
    citizenship: Citizenship | None = None
    comune_istat: str | None = None
    education: Education | None = None
    employment: Employment | None = None
    income: Income | None = None
    economically_autonomous: bool = False
    housing: Housing | None = None
    children_total: int = 0
    children_minors: int = 0
    minors_witnessed: int = 0
    minors_direct_victims: int = 0
    children_hosted: int = 0
    id: str = ""


@dataclass
class Case:
    person_id: str = ""
    status: CaseStatus = CaseStatus.CONTACT
    opened_on: date = field(default_factory=date.today)
    first_contact: FirstContact | None = None
    invio_da: InvioDa | None = None
    violence_forms: frozenset[ViolenceForm] = frozenset()
    violence_duration: ViolenceDuration | None = None
    author_relation: AuthorRelation | None = None
    services: frozenset[Service] = frozenset()
    legal: frozenset[LegalFlag] = frozenset()
    assigned_to: str = ""
    shared: bool = False
    closed_on: date | None = None
    closure_reason: ClosureReason | None = None
    id: str = ""


@dataclass(frozen=True)
class RiskItem:
    item: int
    rating: RiskRating
    period: str = "current"  # "current" (last 4 weeks) or "past"


@dataclass
class RiskAssessment:
    case_id: str
    tool: RiskTool
    assessed_on: date
    level: RiskLevel
    assessor: str
    version: str = ""
    licence_held: bool = False
    sources: tuple[str, ...] = ()
    ratings: tuple[RiskItem, ...] = ()
    imminent: bool = False
    next_review: date | None = None
    id: str = ""


@dataclass
class PlanStep:
    case_id: str
    type: StepType
    status: StepStatus = StepStatus.PROPOSED
    partner: str | None = None
    started_on: date | None = None
    due_on: date | None = None
    ended_on: date | None = None
    outcome: str = ""
    id: str = ""
    referral_id: str | None = None  # the referral it follows (core/lifecycle.py), if any


#: Allowed step status moves: proposed → consented → sent → accepted/in progress → done
#: | stopped | refused (DOMAIN.md §4). Stopping is possible from any open state.
STEP_TRANSITIONS: dict[StepStatus, frozenset[StepStatus]] = {
    StepStatus.PROPOSED: frozenset(
        {StepStatus.CONSENTED, StepStatus.STOPPED, StepStatus.IN_PROGRESS}
    ),
    StepStatus.CONSENTED: frozenset({StepStatus.SENT, StepStatus.IN_PROGRESS, StepStatus.STOPPED}),
    StepStatus.SENT: frozenset(
        {StepStatus.ACCEPTED, StepStatus.IN_PROGRESS, StepStatus.REFUSED, StepStatus.STOPPED}
    ),
    StepStatus.ACCEPTED: frozenset({StepStatus.IN_PROGRESS, StepStatus.DONE, StepStatus.STOPPED}),
    StepStatus.IN_PROGRESS: frozenset({StepStatus.DONE, StepStatus.STOPPED}),
    StepStatus.DONE: frozenset(),
    StepStatus.STOPPED: frozenset(),
    StepStatus.REFUSED: frozenset(),
}


@dataclass
class Contact:
    case_id: str
    at: str  # RFC 3339
    kind: ContactKind
    summary: str = ""
    by_account: str = ""
    id: str = ""


@dataclass
class Note:
    case_id: str
    at: str
    body: str
    by_account: str = ""
    id: str = ""


@dataclass
class Consent:
    person_id: str
    service_type: ServiceType
    purpose: str
    given_on: date
    expires_on: date
    method: ConsentMethod
    recipient: str = ""  # a member id, or "" for any member of service_type
    fields: tuple[str, ...] = ()
    withdrawn_at: str | None = None
    recorded_by: str = ""
    id: str = ""

    def covers(self, recipient: str, service_type: ServiceType, on: date) -> bool:
        return (
            self.withdrawn_at is None
            and self.service_type == service_type
            and self.recipient in ("", recipient)
            and self.given_on <= on <= self.expires_on
        )

    def covers_document(self, kind: DocumentKind) -> bool:
        """She agreed, by name, that documents of this kind may travel (see ``document_scope``)."""
        return document_scope(kind) in self.fields
