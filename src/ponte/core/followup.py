"""Following her up after her path closed: only with her consent, on rules kept as data.

Six and twelve months after closure the centre asks how she is (work, income, housing…).
That call is made only if she agreed to it — recorded like any other consent, with method,
date and expiry, and with the safe way to reach her: which channel, at what times, whether
a message may be left. Without a consent valid on the day there is no follow-up and no
reminder, and the reports count her as *not followed up* (never as a guess).

The numbers are data (:data:`RULES`): the months after closure and how many days ahead a
follow-up is shown. Each due follow-up has the shape of a deadline (kind, due day, case,
subject, shown from), so the daily-work deadlines (issue 18) can take this rule over.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from ponte.core.enums import ConsentMethod, ContactChannel, ContactTime, OutcomeMoment
from ponte.core.errors import FollowUpConsentDates

M = OutcomeMoment
FOLLOWUPS = (M.FOLLOWUP_6, M.FOLLOWUP_12)
KIND = "followup"

#: The rules' numbers; a centre may store others (``Rules.of``).
RULES: dict[str, int] = {
    "followup.first_months": 6,
    "followup.second_months": 12,
    "followup.notice_days": 14,
}
_MONTHS = {M.FOLLOWUP_6: "followup.first_months", M.FOLLOWUP_12: "followup.second_months"}


def rules(stored: Mapping[str, int] | None = None) -> dict[str, int]:
    out = dict(RULES)
    for name, value in (stored or {}).items():
        if name in RULES and type(value) is int and 0 < value <= 36 * 31:
            out[name] = value
    return out


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), or that month's last day."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_day(closed_on: date, moment: OutcomeMoment, r: Mapping[str, int] = RULES) -> date:
    if moment not in _MONTHS:
        raise ValueError(moment)
    return add_months(closed_on, r[_MONTHS[moment]])


@dataclass
class FollowUpConsent:
    """Her consent to be contacted after her path closed, and how to reach her safely."""

    person_id: str
    given_on: date
    expires_on: date
    method: ConsentMethod
    channel: ContactChannel
    times: tuple[ContactTime, ...] = ()
    leave_message: bool = False  # whether a message may be left (voicemail, text, with others)
    withdrawn_on: date | None = None
    recorded_by: str = ""
    id: str = ""

    def check(self) -> None:
        if self.expires_on <= self.given_on:
            raise FollowUpConsentDates()

    def valid_on(self, day: date) -> bool:
        withdrawn = self.withdrawn_on is not None and self.withdrawn_on <= day
        return self.given_on <= day <= self.expires_on and not withdrawn


def consent_on(consents: Iterable[FollowUpConsent], day: date) -> FollowUpConsent | None:
    """The consent that allows a follow-up on ``day``, if any (the latest given)."""
    valid = [c for c in consents if c.valid_on(day)]
    return max(valid, key=lambda c: (c.given_on, c.id), default=None)


@dataclass(frozen=True)
class Due:
    """A follow-up to make: the shape of a deadline (issue 18)."""

    case_id: str
    moment: OutcomeMoment
    due: date
    notice_from: date
    kind: str = KIND

    @property
    def subject_id(self) -> str:
        return f"{self.case_id}:{self.moment.value}"

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.subject_id}:{self.due.isoformat()}"

    def overdue(self, today: date) -> bool:
        return today > self.due


@dataclass(frozen=True)
class Closed:
    """A closed path, as the due rule needs it."""

    case_id: str
    closed_on: date
    done: frozenset[OutcomeMoment]  # follow-ups already recorded (reached or not)
    consented: bool  # a follow-up consent is valid today


def followups_due(closed: Iterable[Closed], today: date, r: Mapping[str, int] = RULES) -> list[Due]:
    """Follow-ups shown today: noticed, not recorded, and only where she consented.

    A later follow-up supersedes an earlier one not made: once the twelve-month one is
    shown, the six-month one is no longer asked for.
    """
    out = []
    notice = timedelta(days=r["followup.notice_days"])
    for c in closed:
        if not c.consented:
            continue
        shown = [
            Due(c.case_id, m, due, due - notice)
            for m in FOLLOWUPS
            if m not in c.done and today >= (due := due_day(c.closed_on, m, r)) - notice
        ]
        if shown:
            out.append(shown[-1])
    return sorted(out, key=lambda d: (d.due, d.case_id))


def cohort(closed_on: date, moment: OutcomeMoment, start: date, end: date) -> bool:
    """Whether her ``moment`` follow-up fell due between ``start`` and ``end`` (inclusive)."""
    return start <= due_day(closed_on, moment) <= end
