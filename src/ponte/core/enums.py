"""Closed lists of the domain (DOMAIN.md §2–4), as stable English codes.

The codes are what the vault stores and packets carry; people see the labels in
``core/labels.py`` (Italian first, English too). Never free text where the list is closed.
"""

from __future__ import annotations

from enum import StrEnum


class AgeBand(StrEnum):
    UNDER_18 = "under_18"
    A18_24 = "18_24"
    A25_34 = "25_34"
    A35_44 = "35_44"
    A45_54 = "45_54"
    A55_64 = "55_64"
    A65_PLUS = "65_plus"


class Citizenship(StrEnum):
    ITALIAN = "italian"
    EU = "eu"
    NON_EU = "non_eu"


class Education(StrEnum):
    NONE_PRIMARY = "none_primary"
    LOWER_SECONDARY = "lower_secondary"
    DIPLOMA = "diploma"
    DEGREE = "degree"


class Employment(StrEnum):
    STABLE = "stable"
    PRECARIOUS = "precarious"
    UNEMPLOYED = "unemployed"
    FIRST_JOB = "first_job"
    STUDENT = "student"
    HOMEMAKER = "homemaker"
    RETIRED = "retired"
    OTHER = "other"


class Income(StrEnum):
    NONE = "none"
    INSUFFICIENT = "insufficient"
    SELF_SUFFICIENT = "self_sufficient"


class Housing(StrEnum):
    WITH_AUTHOR = "with_author"
    WITHOUT_AUTHOR = "without_author"
    RELATIVES = "relatives"
    SHELTER = "shelter"
    EMERGENCY = "emergency"
    HOMELESS = "homeless"


class FirstContact(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    EMAIL_SOCIAL = "email_social"
    LINE_1522 = "line_1522"


class InvioDa(StrEnum):
    SELF = "self"
    FAMILY_FRIENDS = "family_friends"
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"
    ER_HOSPITAL = "er_hospital"
    CONSULTORIO = "consultorio"
    GP = "gp"
    LINE_1522 = "line_1522"
    OTHER_CAV = "other_cav"
    SCHOOL = "school"
    LAWYER = "lawyer"
    OTHER = "other"


class ViolenceForm(StrEnum):
    PHYSICAL = "physical"
    PSYCHOLOGICAL = "psychological"
    SEXUAL = "sexual"
    ECONOMIC = "economic"
    STALKING = "stalking"
    THREATS = "threats"
    WITNESSED = "witnessed"  # violenza assistita
    WORKPLACE = "workplace_harassment"
    FORCED_MARRIAGE = "forced_marriage"
    FGM = "fgm"
    TRAFFICKING = "trafficking"
    CYBER = "cyber"


class ViolenceDuration(StrEnum):
    UNDER_1Y = "under_1y"
    Y1_5 = "1_5y"
    OVER_5Y = "over_5y"


class AuthorRelation(StrEnum):
    SPOUSE_PARTNER = "spouse_partner"
    COHABITANT = "cohabitant"
    BOYFRIEND = "boyfriend"
    EX_PARTNER = "ex_partner"
    FATHER = "father"
    SON = "son"
    OTHER_RELATIVE = "other_relative"
    ACQUAINTANCE = "acquaintance"
    COLLEAGUE_EMPLOYER = "colleague_employer"
    STRANGER = "stranger"


class CaseStatus(StrEnum):
    CONTACT = "contact"
    PRESA_IN_CARICO = "presa_in_carico"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class ClosureReason(StrEnum):
    GOALS_MET = "goals_met"
    STOPPED_BY_HER = "stopped_by_her"
    MOVED = "moved"
    BACK_WITH_AUTHOR = "back_with_author"
    UNREACHABLE = "unreachable"
    OTHER_SERVICE = "other_service"
    DEATH = "death"


class Service(StrEnum):
    LISTENING = "listening"
    INTAKE = "intake"
    PSYCHOLOGICAL = "psychological"
    LEGAL = "legal"
    CHILDREN = "children_support"
    JOB_ORIENTATION = "job_orientation"
    HOUSING_AUTONOMY = "housing_autonomy"
    LANGUAGE_MEDIATION = "language_mediation"
    SHELTER = "shelter"
    ACCOMPANIMENT = "accompaniment"
    SELF_HELP = "self_help"


class LegalFlag(StrEnum):
    COMPLAINT_FILED = "complaint_filed"
    ORDER_REQUESTED = "protection_order_requested"
    ORDER_OBTAINED = "protection_order_obtained"
    REMOVAL = "removal_from_home"
    APPROACH_BAN = "approach_ban"
    WARNING = "police_warning"
    CODICE_ROSSO = "codice_rosso"


class RiskTool(StrEnum):
    SARA = "sara"
    SARA_S = "sara_s"
    ISA = "isa"
    DANGER_ASSESSMENT = "danger_assessment"
    B_SAFER = "b_safer"


class RiskRating(StrEnum):
    NO = "no"  # N
    PARTIAL = "partial"  # ?
    YES = "yes"  # S
    OMITTED = "omitted"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class StepType(StrEnum):
    NEEDS_ASSESSMENT = "needs_assessment"
    DID_GOL = "did_gol"
    BILANCIO_COMPETENZE = "bilancio_competenze"
    ORIENTAMENTO = "orientamento"
    FORMAZIONE = "formazione"
    TIROCINIO = "tirocinio"
    RICERCA_ATTIVA = "ricerca_attiva"
    ASSUNZIONE = "assunzione"
    REDDITO_DI_LIBERTA = "reddito_di_liberta"
    AUTONOMIA_ABITATIVA = "autonomia_abitativa"
    CHILDCARE = "childcare"


class StepStatus(StrEnum):
    PROPOSED = "proposed"
    CONSENTED = "consented"
    SENT = "sent"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"
    REFUSED = "refused"


class ServiceType(StrEnum):
    """Kinds of member in the network directory."""

    CAV = "cav"
    CPI = "cpi"
    HEALTH = "health"
    SOCIAL_SERVICES = "social_services"
    TRAINING = "training"
    COMPANY = "company"
    UNION = "union"
    HOUSING = "housing"
    CABINA_REGIA = "cabina_regia"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    VERBAL_RECORDED = "verbal_recorded"
    DIGITAL = "digital"


class ContactKind(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    EMAIL = "email"
    ACCOMPANIMENT = "accompaniment"
    OTHER = "other"


class ReferralStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    WITHDRAWN = "withdrawn"
    FAILED = "failed"
    REFUSED = "refused"  # the recipient's Ponte could not use the packet (a signed refusal)


class Urgency(StrEnum):
    ROUTINE = "routine"
    PRIORITY = "priority"
    URGENT = "urgent"


class DocumentKind(StrEnum):
    """What a scanned document attached to a case is."""

    CONSENT_FORM = "consent_form"
    MEDICAL_REPORT = "medical_report"
    CV = "cv"
    ID_DOCUMENT = "id_document"
    LETTER = "letter"  # written from a template in Ponte
    OTHER = "other"


class AppointmentKind(StrEnum):
    """What an appointment is for."""

    INTERVIEW = "interview"  # colloquio
    ACCOMPANIMENT = "accompaniment"
    HEARING = "hearing"  # in court, at the police, at the prosecutor's
    PARTNER_MEETING = "partner_meeting"
    TEAM = "team"  # équipe, supervision
    OTHER = "other"


class PlaceKind(StrEnum):
    """Where an appointment happens: a room of the centre (two at once clash), outside, by phone."""

    ROOM = "room"
    EXTERNAL = "external"
    PHONE = "phone"


class CaseDateKind(StrEnum):
    """Dates the law and the work hang deadlines on (DOMAIN.md: Codice rosso, Reddito di libertà)."""

    COMPLAINT_FILED = "complaint_filed"
    RDL_REQUESTED = "rdl_requested"
    RDL_FIRST_PAYMENT = "rdl_first_payment"


class DeadlineKind(StrEnum):
    """The deadlines Ponte computes (core/deadlines.py); each has its rule."""

    CONSENT_EXPIRY = "consent_expiry"
    HEARING_WINDOW = "hearing_window"  # Codice rosso, L. 69/2019
    RDL_ANSWER = "rdl_answer"
    RDL_END = "rdl_end"
    RISK_REVIEW = "risk_review"
    PLAN_STEP_DUE = "plan_step_due"
    REFERRAL_UNANSWERED = "referral_unanswered"
    RETENTION_PURGE = "retention_purge"


class DeadlineOutcome(StrEnum):
    """How a person settled a deadline (it then leaves her list)."""

    DONE = "done"
    LAPSE = "lapse"  # a consent she lets expire


class ClosureState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


class LetterKind(StrEnum):
    REFERRAL_COVER = "referral_cover"
    RDL_DECLARATION = "rdl_declaration"
    PATH_CERTIFICATE = "path_certificate"
    SOCIAL_SERVICES_REPORT = "social_services_report"
    OTHER = "other"


# ---------------------------------------------------------------- outcomes (issue 21)
class OutcomeField(StrEnum):
    """What her situation is made of, at intake, closure and the follow-ups."""

    WORK = "work"
    TRAINING = "training"
    INCOME = "income"  # values: Income
    HOUSING = "housing"  # values: Housing
    RDL = "rdl"  # Reddito di libertà received: YesNo
    AUTONOMOUS = "autonomous"  # economically autonomous: YesNo


class WorkSituation(StrEnum):
    """Work, and the contract when she works (a tirocinio is a placement, not a job)."""

    NOT_WORKING = "not_working"
    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    APPRENTICESHIP = "apprenticeship"
    TIROCINIO = "tirocinio"
    SELF_EMPLOYED = "self_employed"


class Training(StrEnum):
    NONE = "none"
    IN_COURSE = "in_course"
    COMPLETED = "completed"


class YesNo(StrEnum):
    YES = "yes"
    NO = "no"


class OutcomeMoment(StrEnum):
    INTAKE = "intake"
    CLOSURE = "closure"
    FOLLOWUP_6 = "followup_6"
    FOLLOWUP_12 = "followup_12"


class CheckResult(StrEnum):
    DONE = "done"
    NOT_REACHED = "not_reached"  # a follow-up tried: she could not be reached


class ContactChannel(StrEnum):
    """The safe way to reach her for a follow-up (no number or address is stored)."""

    PHONE_CALL = "phone_call"
    TEXT_MESSAGE = "text_message"
    EMAIL = "email"
    IN_PERSON = "in_person"
    SHE_CALLS = "she_calls"


class ContactTime(StrEnum):
    MORNING = "morning"
    MIDDAY = "midday"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    WEEKEND = "weekend"


class PartnerOutcome(StrEnum):
    """What came of a referral, as a partner service says in its answer."""

    COURSE_STARTED = "course_started"
    COURSE_COMPLETED = "course_completed"
    TIROCINIO_STARTED = "tirocinio_started"
    HIRED = "hired"  # with the contract: permanent, fixed-term or apprenticeship


ALL_ENUMS: tuple[type[StrEnum], ...] = (
    AgeBand,
    Citizenship,
    Education,
    Employment,
    Income,
    Housing,
    FirstContact,
    InvioDa,
    ViolenceForm,
    ViolenceDuration,
    AuthorRelation,
    CaseStatus,
    ClosureReason,
    Service,
    LegalFlag,
    RiskTool,
    RiskRating,
    RiskLevel,
    StepType,
    StepStatus,
    ServiceType,
    ConsentMethod,
    ContactKind,
    ReferralStatus,
    Urgency,
    DocumentKind,
    AppointmentKind,
    PlaceKind,
    CaseDateKind,
    DeadlineKind,
    DeadlineOutcome,
    ClosureState,
    LetterKind,
    OutcomeField,
    WorkSituation,
    Training,
    YesNo,
    OutcomeMoment,
    CheckResult,
    ContactChannel,
    ContactTime,
    PartnerOutcome,
)
