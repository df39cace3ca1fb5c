"""Centre statistics for a period, computed in SQL over the vault: counts only, never rows.

Every table is a :class:`~ponte.core.suppression.CountTable` of raw counts; suppression is
applied where a table is published (export, aggregate report), never here, so the centre's
own screen can show its exact numbers to the coordinatrice.

Definitions (also in docs/reporting.md):
- *new contacts*: cases whose first contact (``opened_on``) falls in the period; the tables
  about her (age, citizenship, how she arrived, forms of violence, children) count these;
- *active cases*: cases open at any time in the period (opened by its end, not closed
  before its start);
- a plan step *started* when it left ``proposed``/``consented`` and its start date (or the
  day it was recorded) falls in the period; *completed* when it is ``done`` with its end
  date in the period;
- *referrals*: created in the period, by the recipient's service type and their status;
- *time to first answer*: days from a referral's creation to the first status update
  received for it (median over referrals created in the period).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from statistics import median

from ponte.core.enums import (
    AgeBand,
    AuthorRelation,
    Citizenship,
    FirstContact,
    InvioDa,
    LegalFlag,
    ServiceType,
    StepType,
    ViolenceDuration,
    ViolenceForm,
)
from ponte.core.errors import PeriodBackwards
from ponte.core.suppression import CountTable
from ponte.storage.db import Database

UNKNOWN = "unknown"
COUNT = "count"
REFERRAL_OUTCOMES: dict[str, tuple[str, ...]] = {
    "pending": ("queued", "sent", "delivered"),
    "accepted": ("accepted", "in_progress"),
    "done": ("done",),
    "declined": ("declined",),
    "withdrawn": ("withdrawn", "failed"),
}
RDL_OUTCOMES: dict[str, tuple[str, ...]] = {
    "granted": ("done",),
    "refused": ("refused",),
    "stopped": ("stopped",),
    "pending": ("sent", "accepted", "in_progress"),
}
REFERRAL_SERVICES = tuple(
    t.value for t in ServiceType if t not in (ServiceType.CAV, ServiceType.CABINA_REGIA)
)
_NEW = "c.opened_on BETWEEN :start AND :end"
_STARTED = (
    "s.status NOT IN ('proposed', 'consented')"
    " AND COALESCE(s.started_on, substr(s.created_at, 1, 10)) BETWEEN :start AND :end"
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodBackwards()

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        if q not in (1, 2, 3, 4):
            raise ValueError("a quarter is 1, 2, 3 or 4")
        end = date(year + q // 4, 3 * q % 12 + 1, 1) - timedelta(days=1)
        return cls(date(year, 3 * q - 2, 1), end)

    def params(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class CentreStats:
    period: Period
    overview: CountTable  # new contacts, active cases, closed cases, referrals (not additive)
    age_citizenship: CountTable  # new contacts: age band x citizenship
    violence_forms: CountTable  # new contacts; several forms per woman (not additive)
    author_relation: CountTable
    violence_duration: CountTable
    children: CountTable  # new contacts (not additive)
    legal: CountTable  # new contacts (not additive)
    first_contact: CountTable
    invio_da: CountTable
    steps: CountTable  # step kind x started/completed (not additive)
    reddito_di_liberta: CountTable  # requests started in the period by outcome
    referrals: CountTable  # service type x outcome
    days_to_first_status: tuple[float | None, int]  # (median days, referrals answered)

    @property
    def new_contacts(self) -> int:
        return self.overview.value("new_contacts")

    @property
    def active_cases(self) -> int:
        return self.overview.value("active_cases")

    def started(self, step: StepType) -> int:
        return self.steps.value(step.value, "started")

    def completed(self, step: StepType) -> int:
        return self.steps.value(step.value, "completed")

    def tables(self) -> list[CountTable]:
        return [
            self.overview,
            self.age_citizenship,
            self.violence_forms,
            self.author_relation,
            self.violence_duration,
            self.children,
            self.legal,
            self.first_contact,
            self.invio_da,
            self.steps,
            self.reddito_di_liberta,
            self.referrals,
        ]


def _codes(enum: type[StrEnum]) -> tuple[str, ...]:
    return (*(e.value for e in enum), UNKNOWN)


def _one_way(
    name: str, labels: Sequence[str], counts: dict[str, int], *, additive: bool = True
) -> CountTable:
    return CountTable(
        name, tuple(labels), (COUNT,), tuple((counts.get(k, 0),) for k in labels), additive
    )


def _by(db: Database, sql: str, p: dict[str, str]) -> dict[str, int]:
    return {(UNKNOWN if r[0] is None else str(r[0])): int(r[1]) for r in db.query(sql, p)}


def _case_column(db: Database, column: str, enum: type[StrEnum], p: dict[str, str]) -> CountTable:
    counts = _by(db, f"SELECT c.{column}, count(*) FROM cases c WHERE {_NEW} GROUP BY 1", p)
    return _one_way(column, _codes(enum), counts)


def _overview(db: Database, p: dict[str, str]) -> CountTable:
    q = {
        "new_contacts": f"SELECT count(*) FROM cases c WHERE {_NEW}",
        "active_cases": "SELECT count(*) FROM cases c WHERE c.opened_on <= :end"
        " AND (c.closed_on IS NULL OR c.closed_on >= :start)",
        "closed_cases": "SELECT count(*) FROM cases c WHERE c.closed_on BETWEEN :start AND :end",
        "referrals": "SELECT count(*) FROM referrals r"
        " WHERE substr(r.created_at, 1, 10) BETWEEN :start AND :end",
    }
    return _one_way(
        "overview", list(q), {k: int(db.scalar(s, p)) for k, s in q.items()}, additive=False
    )


def _age_citizenship(db: Database, p: dict[str, str]) -> CountTable:
    rows = db.query(
        "SELECT pe.age_band, pe.citizenship, count(*) FROM cases c"
        f" JOIN persons pe ON pe.id = c.person_id WHERE {_NEW} GROUP BY 1, 2",
        p,
    )
    ages, cits = _codes(AgeBand), _codes(Citizenship)
    grid = {(a, b): 0 for a in ages for b in cits}
    for r in rows:
        grid[(r[0] or UNKNOWN, r[1] or UNKNOWN)] += int(r[2])
    cells = tuple(tuple(grid[(a, b)] for b in cits) for a in ages)
    return CountTable("age_citizenship", ages, cits, cells)


def _children(db: Database, p: dict[str, str]) -> CountTable:
    row = db.query_one(
        "SELECT sum(pe.children_total > 0), sum(pe.children_minors > 0),"
        " coalesce(sum(pe.children_minors), 0), sum(pe.minors_witnessed > 0),"
        " sum(pe.minors_direct_victims > 0) FROM cases c"
        f" JOIN persons pe ON pe.id = c.person_id WHERE {_NEW}",
        p,
    )
    labels = (
        "women_with_children",
        "women_with_minors",
        "minors",
        "women_minors_witnessed",
        "women_minors_direct_victims",
    )
    counts = {k: int(row[i] or 0) for i, k in enumerate(labels)} if row else {}
    return _one_way("children", labels, counts, additive=False)


def _set_table(
    db: Database, name: str, table: str, column: str, enum: type[StrEnum], p: dict[str, str]
) -> CountTable:
    counts = _by(
        db,
        f"SELECT t.{column}, count(DISTINCT t.case_id) FROM {table} t"
        f" JOIN cases c ON c.id = t.case_id WHERE {_NEW} GROUP BY 1",
        p,
    )
    return _one_way(name, [e.value for e in enum], counts, additive=False)


def _steps(db: Database, p: dict[str, str]) -> CountTable:
    started = _by(db, f"SELECT s.type, count(*) FROM plan_steps s WHERE {_STARTED} GROUP BY 1", p)
    done = _by(
        db,
        "SELECT s.type, count(*) FROM plan_steps s WHERE s.status = 'done'"
        " AND s.ended_on BETWEEN :start AND :end GROUP BY 1",
        p,
    )
    kinds = tuple(k.value for k in StepType)
    cells = tuple((started.get(k, 0), done.get(k, 0)) for k in kinds)
    return CountTable("steps", kinds, ("started", "completed"), cells, additive=False)


def _grouped(statuses: dict[str, int], groups: dict[str, tuple[str, ...]]) -> tuple[int, ...]:
    return tuple(sum(statuses.get(s, 0) for s in members) for members in groups.values())


def _reddito(db: Database, p: dict[str, str]) -> CountTable:
    statuses = _by(
        db,
        f"SELECT s.status, count(*) FROM plan_steps s WHERE s.type = 'reddito_di_liberta'"
        f" AND {_STARTED} GROUP BY 1",
        p,
    )
    values = _grouped(statuses, RDL_OUTCOMES)
    return CountTable(
        "reddito_di_liberta", tuple(RDL_OUTCOMES), (COUNT,), tuple((v,) for v in values)
    )


def _referrals(db: Database, p: dict[str, str]) -> CountTable:
    rows = db.query(
        "SELECT r.service_type, r.status, count(*) FROM referrals r"
        " WHERE substr(r.created_at, 1, 10) BETWEEN :start AND :end GROUP BY 1, 2",
        p,
    )
    by_service: dict[str, dict[str, int]] = {}
    for r in rows:
        by_service.setdefault(str(r[0]), {})[str(r[1])] = int(r[2])
    cells = tuple(_grouped(by_service.get(s, {}), REFERRAL_OUTCOMES) for s in REFERRAL_SERVICES)
    return CountTable("referrals", REFERRAL_SERVICES, tuple(REFERRAL_OUTCOMES), cells)


def _days_to_first_status(db: Database, p: dict[str, str]) -> tuple[float | None, int]:
    rows = db.query(
        "SELECT r.created_at, min(i.received_at) FROM referrals r JOIN inbox i"
        " ON i.type = 'status' AND i.payload IS NOT NULL AND i.sender = r.recipient"
        " AND json_extract(i.payload, '$.referral') = r.packet_id"
        " WHERE substr(r.created_at, 1, 10) BETWEEN :start AND :end GROUP BY r.id",
        p,
    )
    days = [_days(r[0], r[1]) for r in rows]
    return (float(median(days)) if days else None, len(days))


def _days(start: str, end: str) -> float:
    delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    return round(delta.total_seconds() / 86400, 1)


def monthly_new_contacts(db: Database, period: Period) -> list[tuple[str, int]]:
    """New contacts per month (``YYYY-MM``) in ``period``, months without any included."""
    counts = _by(
        db,
        f"SELECT substr(c.opened_on, 1, 7), count(*) FROM cases c WHERE {_NEW} GROUP BY 1",
        period.params(),
    )
    months, (y, m) = [], (period.start.year, period.start.month)
    while (y, m) <= (period.end.year, period.end.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return [(month, counts.get(month, 0)) for month in months]


def centre_stats(db: Database, period: Period) -> CentreStats:
    """Every statistic for ``period`` (call on the vault thread)."""
    p = period.params()
    return CentreStats(
        period=period,
        overview=_overview(db, p),
        age_citizenship=_age_citizenship(db, p),
        violence_forms=_set_table(db, "violence_forms", "case_violence", "form", ViolenceForm, p),
        author_relation=_case_column(db, "author_relation", AuthorRelation, p),
        violence_duration=_case_column(db, "violence_duration", ViolenceDuration, p),
        children=_children(db, p),
        legal=_set_table(db, "legal", "case_legal", "flag", LegalFlag, p),
        first_contact=_case_column(db, "first_contact", FirstContact, p),
        invio_da=_case_column(db, "invio_da", InvioDa, p),
        steps=_steps(db, p),
        reddito_di_liberta=_reddito(db, p),
        referrals=_referrals(db, p),
        days_to_first_status=_days_to_first_status(db, p),
    )


def by_name(tables: Iterable[CountTable]) -> dict[str, CountTable]:
    return {t.name: t for t in tables}
