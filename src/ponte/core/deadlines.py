"""Deadlines the law and the work set, computed from dates already in the vault.

Nobody types a deadline: each kind has a rule here, and each rule's numbers are data (the
``deadline_rules`` table overrides :data:`RULES`' defaults; an amministratrice adjusts
them). Everything is in Rome days (``core/localtime.today``).

- consent expiry: asked to renew or let it lapse from 30 days before, again from 7 days;
- Codice rosso (L. 69/2019): from the complaint, the prosecutor hears her within 3 days;
- Reddito di libertà: an answer is expected some days after the request; the last of the
  12 monthly payments (first payment + 11 months) is announced ahead;
- the next risk review: the assessment's date plus the days set for its level (the date
  typed on the assessment when it is sooner);
- an empowerment plan step with a due date; a referral with no answer after N days;
- retention: a closed case reaching the day the centre's retention period purges it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ponte.core.enums import DeadlineKind as K
from ponte.core.enums import RiskLevel
from ponte.core.errors import RuleInvalid


@dataclass(frozen=True)
class Rule:
    name: str
    default: int
    kind: K
    unit: str = "days"  # or "months"
    lo: int = 1
    hi: int = 3650


RULES: dict[str, Rule] = {
    r.name: r
    for r in (
        Rule("consent.first_notice", 30, K.CONSENT_EXPIRY),
        Rule("consent.second_notice", 7, K.CONSENT_EXPIRY),
        Rule("codice_rosso.hearing_days", 3, K.HEARING_WINDOW),
        Rule("rdl.answer_days", 60, K.RDL_ANSWER),
        Rule("rdl.payments", 12, K.RDL_END, "months", 1, 36),
        Rule("rdl.end_notice", 30, K.RDL_END),
        Rule("risk.review_high", 30, K.RISK_REVIEW),
        Rule("risk.review_medium", 90, K.RISK_REVIEW),
        Rule("risk.review_low", 180, K.RISK_REVIEW),
        Rule("notice_days", 7, K.PLAN_STEP_DUE),
        Rule("referral.answer_days", 14, K.REFERRAL_UNANSWERED),
        Rule("retention.notice", 30, K.RETENTION_PURGE),
    )
}


class Rules(dict[str, int]):
    """The rules in force: defaults, overridden by what the centre stored."""

    @classmethod
    def of(cls, stored: Mapping[str, int] | None = None) -> Rules:
        rules = cls({name: rule.default for name, rule in RULES.items()})
        for name, value in (stored or {}).items():
            if name in RULES:  # a rule this version no longer knows is ignored
                rules[name] = checked(name, value)
        return rules


def checked(name: str, value: int) -> int:
    rule = RULES.get(name)
    if rule is None or isinstance(value, bool) or not isinstance(value, int):
        raise RuleInvalid(name)
    if not rule.lo <= value <= rule.hi:
        raise RuleInvalid(name)
    return value


class Urgency(StrEnum):
    LATER = "later"  # not shown yet
    COMING = "coming"
    SOON = "soon"  # the second notice (consents: 7 days)
    TODAY = "today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Deadline:
    kind: K
    due: date
    case_id: str
    subject_id: str  # the consent, step, referral, assessment or case it is about
    notice_from: date  # shown from this day
    soon_from: date | None = None

    @property
    def key(self) -> str:
        """Stable while the dates it comes from do not change: what a 'done' mark names."""
        return f"{self.kind.value}:{self.subject_id}:{self.due.isoformat()}"

    def urgency(self, today: date) -> Urgency:
        if today > self.due:
            return Urgency.OVERDUE
        if today == self.due:
            return Urgency.TODAY
        if self.soon_from is not None and today >= self.soon_from:
            return Urgency.SOON
        if today >= self.notice_from:
            return Urgency.COMING
        return Urgency.LATER


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or that month's last day (31 Jan + 1 → 28/29 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------- facts, as storage reads them
@dataclass(frozen=True)
class ConsentFact:
    case_id: str
    consent_id: str
    scope: tuple[str, str, str]  # (person, service type, recipient): a renewal supersedes
    expires_on: date


@dataclass(frozen=True)
class RiskFact:
    case_id: str
    assessment_id: str
    assessed_on: date
    level: RiskLevel
    next_review: date | None


@dataclass(frozen=True)
class Dated:
    """A case's dated subject: a step's due date, a referral's sending day, a closing day…"""

    case_id: str
    subject_id: str
    on: date


# ---------------------------------------------------------------- one function per rule
def consent_expiry(facts: Iterable[ConsentFact], r: Rules) -> list[Deadline]:
    """Only the latest-expiring consent of a scope asks for renewal: a renewed one is done."""
    latest: dict[tuple[str, str, str], ConsentFact] = {}
    for f in facts:
        known = latest.get(f.scope)
        if known is None or f.expires_on > known.expires_on:
            latest[f.scope] = f
    return [
        Deadline(
            K.CONSENT_EXPIRY,
            f.expires_on,
            f.case_id,
            f.consent_id,
            f.expires_on - timedelta(days=r["consent.first_notice"]),
            f.expires_on - timedelta(days=r["consent.second_notice"]),
        )
        for f in latest.values()
    ]


def hearing_window(complaints: Iterable[Dated], r: Rules) -> list[Deadline]:
    """Shown from the complaint's day: she should be heard by the prosecutor by the last day."""
    return [
        Deadline(
            K.HEARING_WINDOW, d.on + timedelta(days=r["codice_rosso.hearing_days"]),
            d.case_id, d.case_id, d.on,
        )
        for d in complaints
    ]  # fmt: skip


def rdl_answer(requests: Iterable[Dated], paid_cases: set[str], r: Rules) -> list[Deadline]:
    """No first payment recorded some days after the request: check the application."""
    out = []
    for d in requests:
        if d.case_id in paid_cases:
            continue
        due = d.on + timedelta(days=r["rdl.answer_days"])
        out.append(
            Deadline(K.RDL_ANSWER, due, d.case_id, d.case_id, due - timedelta(r["notice_days"]))
        )
    return out


def rdl_end(first_payments: Iterable[Dated], r: Rules) -> list[Deadline]:
    """The last monthly payment: the first one plus (payments − 1) months."""
    out = []
    for d in first_payments:
        due = add_months(d.on, r["rdl.payments"] - 1)
        out.append(
            Deadline(K.RDL_END, due, d.case_id, d.case_id, due - timedelta(r["rdl.end_notice"]))
        )
    return out


def risk_review(latest: Iterable[RiskFact], r: Rules) -> list[Deadline]:
    out = []
    for f in latest:
        due = f.assessed_on + timedelta(days=r[f"risk.review_{f.level.value}"])
        if f.next_review is not None and f.next_review < due:
            due = f.next_review
        notice = due - timedelta(days=r["notice_days"])
        out.append(Deadline(K.RISK_REVIEW, due, f.case_id, f.assessment_id, notice))
    return out


def plan_step_due(steps: Iterable[Dated], r: Rules) -> list[Deadline]:
    return [
        Deadline(K.PLAN_STEP_DUE, s.on, s.case_id, s.subject_id, s.on - timedelta(r["notice_days"]))
        for s in steps
    ]


def referral_unanswered(sent: Iterable[Dated], r: Rules) -> list[Deadline]:
    """Shown once N days have passed with no answer from the service."""
    out = []
    for s in sent:
        due = s.on + timedelta(days=r["referral.answer_days"])
        out.append(Deadline(K.REFERRAL_UNANSWERED, due, s.case_id, s.subject_id, due))
    return out


def retention_purge(closed: Iterable[Dated], keep_days: int, r: Rules) -> list[Deadline]:
    """``keep_days``: the centre's retention period for closed cases (storage/retention.py)."""
    out = []
    for c in closed:
        # The purge removes a case once its closing day is before today − keep_days.
        due = c.on + timedelta(days=keep_days + 1)
        notice = due - timedelta(days=r["retention.notice"])
        out.append(Deadline(K.RETENTION_PURGE, due, c.case_id, c.case_id, notice))
    return out


def shown(deadlines: Iterable[Deadline], today: date, done: set[str]) -> list[Deadline]:
    """What her list shows today: noticed and not settled, most pressing first."""
    visible = [d for d in deadlines if d.key not in done and d.urgency(today) is not Urgency.LATER]
    return sorted(visible, key=lambda d: (d.due, d.kind.value, d.case_id, d.subject_id))
