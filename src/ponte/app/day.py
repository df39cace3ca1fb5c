"""The operatrice's day, in one Qt-free place: calendar, deadlines, her day, caseload,
assignment and closing, letters, the calendar file. Run it on the vault thread.

``Day`` wraps the signed-in ``Casework`` (same vault, same account, same clock) and calls
the storage modules that check roles and write the audit log. The desktop reaches all of
this through here (never through ``ponte.storage``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ponte.app.casework import Casework, Update
from ponte.app.ics import calendar_bytes
from ponte.core import localtime
from ponte.core.deadlines import RULES, Deadline, Rules
from ponte.core.diary import Appointment, DayItem, Place
from ponte.core.domain import Actor
from ponte.core.enums import (
    CaseDateKind,
    ClosureReason,
    DeadlineKind,
    DeadlineOutcome,
    DocumentKind,
    PlaceKind,
)
from ponte.core.errors import PermissionDenied
from ponte.core.fsutil import atomic_write
from ponte.core.labels import label
from ponte.core.letters import Filled, LetterTemplate, render
from ponte.storage import (
    appointments,
    assignment,
    audit,
    calendar_feed,
    centre_settings,
    deadline_rules,
    deadlines,
    documents,
    letter_templates,
)
from ponte.storage.assignment import Caseload, CaseRef, ClosureRequest, StaffMember
from ponte.storage.centre_settings import CLOSURE_APPROVAL, CONTACT, NAME, SHELTER_ADDRESS
from ponte.storage.documents import DocumentInfo
from ponte.storage.replica import conflicts

__all__ = [
    "CLOSURE_APPROVAL",
    "CONTACT",
    "NAME",
    "RULES",
    "SHELTER_ADDRESS",
    "CasePanel",
    "CaseRef",
    "Caseload",
    "ClosureRequest",
    "Day",
    "MyDay",
    "StaffMember",
]


@dataclass(frozen=True)
class MyDay:
    """The first screen after sign-in."""

    today: date
    appointments: list[DayItem]
    deadlines: list[Deadline]
    codes: dict[str, str]  # case id → her code, for the deadlines' cases
    updates: list[Update]  # answers from partner services since she last looked
    assigned: list[CaseRef]  # cases given to her since she last looked
    since: str | None
    caseload: Caseload | None = None  # the coordinatrice's view of the centre
    closures: list[ClosureRequest] = field(default_factory=list)
    purge_due: int = 0  # closed cases at (or within notice of) their purge date: one line


@dataclass(frozen=True)
class CasePanel:
    """The case file's diary tab: her appointments, dates, deadlines, who follows her."""

    case_id: str
    appointments: list[DayItem]
    dates: dict[CaseDateKind, date]
    deadlines: list[Deadline]
    responsible: str  # account id
    team: list[str]
    staff: list[StaffMember]
    places: list[Place]
    pending_closure: ClosureRequest | None
    closure_needs_approval: bool
    today: date


class Day:
    def __init__(self, desk: Casework) -> None:
        self.desk = desk
        self.vault = desk.vault

    @property
    def actor(self) -> Actor:
        return self.desk.actor

    @property
    def db(self) -> Any:
        return self.vault.db

    def _now(self) -> datetime:
        return self.vault.clock.now()

    def today(self) -> date:
        return localtime.today(self._now())

    # ------------------------------------------------------------ calendar
    def range(self, first: date, days: int, staff: str | None = None) -> list[DayItem]:
        start, end = localtime.day_range(first, days)
        return appointments.between(self.db, self.actor, start, end, staff=staff)

    def staff(self) -> list[StaffMember]:
        return assignment.staff(self.db)

    def places(self, *, with_retired: bool = False) -> list[Place]:
        return appointments.places(self.db, with_retired=with_retired)

    def add_place(self, name: str) -> Place:
        return appointments.add_place(self.db, self.actor, name, at=self._now())

    def retire_place(self, place_id: str) -> None:
        appointments.retire_place(self.db, self.actor, place_id, at=self._now())

    def book(self, appt: Appointment) -> Appointment:
        return appointments.create(self.db, self.actor, appt, at=self._now())

    def change(self, appt: Appointment) -> Appointment:
        return appointments.update(self.db, self.actor, appt, at=self._now())

    def save_appointment(self, appt: Appointment) -> Appointment:
        """Book it (no id yet) or change it."""
        return self.change(appt) if appt.id else self.book(appt)

    def cancel(self, appointment_id: str) -> None:
        appointments.cancel(self.db, self.actor, appointment_id, at=self._now())

    def keep_time(self, appointment_id: str, starts_at: str) -> None:
        """Two workstations moved it: keep this time (closes the conflict everywhere)."""
        conflicts.resolve(
            self.db, self.actor, "appointments", appointment_id, "starts_at", starts_at,
            at=self._now(),
        )  # fmt: skip

    def case_appointments(self, case_id: str) -> list[Appointment]:
        return appointments.for_case(self.db, self.actor, case_id)

    def case_panel(self, case_id: str) -> CasePanel:
        own = self.case_appointments(case_id)
        items: list[DayItem] = []
        if own:
            first = min(localtime.from_stored(a.starts_at).date() for a in own)
            last = max(localtime.from_stored(a.starts_at).date() for a in own)
            items = [
                i
                for i in self.range(first, (last - first).days + 1)
                if i.appointment.case_id == case_id
            ]
        responsible = str(self.db.scalar("SELECT assigned_to FROM cases WHERE id = ?", (case_id,)))
        return CasePanel(
            case_id,
            items,
            self.case_dates(case_id),
            self.deadlines(case_id),
            responsible,
            self.team(case_id),
            self.staff(),
            self.places(),
            self.pending_closure(case_id),
            self.closure_needs_approval(),
            self.today(),
        )

    # ------------------------------------------------------------ deadlines
    def deadlines(self, case_id: str | None = None) -> list[Deadline]:
        return deadlines.pending(self.db, self.actor, self.today(), case_id=case_id)

    def settle(self, deadline: Deadline, outcome: DeadlineOutcome) -> None:
        deadlines.mark(self.db, self.actor, deadline, outcome, at=self._now())

    def case_dates(self, case_id: str) -> dict[CaseDateKind, date]:
        return deadlines.dates(self.db, self.actor, case_id)

    def set_case_date(self, case_id: str, kind: CaseDateKind, day: date | None) -> None:
        deadlines.set_date(self.db, self.actor, case_id, kind, day, at=self._now())

    def rules(self) -> Rules:
        return deadline_rules.load(self.db)

    def save_rules(self, values: dict[str, int]) -> Rules:
        return deadline_rules.save(self.db, self.actor, values, at=self._now())

    # ------------------------------------------------------------ her day
    def start_day(self) -> str | None:
        """At sign-in: when she last looked at her day (None the first time). The screen
        keeps it for the session, so what was new at sign-in stays listed until she locks."""
        return assignment.last_seen(self.db, self.actor.account_id)

    def my_day(self, since: str | None) -> MyDay:
        """Her day, with what is new since ``since``; showing it counts as having looked."""
        assignment.seen(self.db, self.actor.account_id, self._now())
        today = self.today()
        me = self.actor.account_id
        items = self.range(today, 1, staff=me)
        every = self.deadlines()
        # Purges are the centre's, done in Administration: one count, not a line per case.
        purge = [d for d in every if d.kind is DeadlineKind.RETENTION_PURGE]
        due = [d for d in every if d.kind is not DeadlineKind.RETENTION_PURGE]
        # At or after: what came in the very second she looked is shown again, never hidden.
        updates = [u for u in self.desk.updates() if since is None or u.at >= since]
        caseload = assignment.caseload(self.db, self.actor) if self.actor.sees_all_cases else None
        ids = sorted({d.case_id for d in due})
        codes = {
            str(r[0]): str(r[1])
            for r in self.db.query(
                "SELECT c.id, p.woman_code FROM cases c JOIN persons p ON p.id = c.person_id"
                " WHERE c.id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
        }
        return MyDay(
            today,
            items,
            due,
            codes,
            updates,
            assignment.assigned_since(self.db, self.actor, since),
            since,
            caseload,
            caseload.closures if caseload else [],
            len(purge),
        )

    def caseload(self) -> Caseload:
        return assignment.caseload(self.db, self.actor)

    # ------------------------------------------------------------ assignment, closing
    def assign(self, case_id: str, account_id: str) -> None:
        assignment.assign(self.db, self.actor, case_id, account_id, at=self._now())

    def team(self, case_id: str) -> list[str]:
        return assignment.team(self.db, self.actor, case_id)

    def set_team(self, case_id: str, members: list[str]) -> None:
        assignment.set_team(self.db, self.actor, case_id, members, at=self._now())

    def close_case(self, case_id: str, reason: ClosureReason) -> ClosureRequest | None:
        return assignment.close_or_ask(self.db, self.actor, case_id, reason, at=self._now())

    def pending_closure(self, case_id: str) -> ClosureRequest | None:
        return assignment.pending_closure(self.db, self.actor, case_id)

    def decide_closure(self, request_id: str, approve: bool) -> None:
        assignment.decide(self.db, self.actor, request_id, approve, at=self._now())

    def settings(self) -> dict[str, str]:
        return centre_settings.all_settings(self.db)

    def closure_needs_approval(self) -> bool:
        return centre_settings.closure_needs_approval(self.db)

    def put_setting(self, key: str, value: str) -> None:
        centre_settings.put(self.db, self.actor, key, value, at=self._now())

    # ------------------------------------------------------------ letters
    def templates(self) -> list[LetterTemplate]:
        return letter_templates.all_templates(self.db)

    def save_template(self, template: LetterTemplate) -> LetterTemplate:
        return letter_templates.save(self.db, self.actor, template, at=self._now())

    def retire_template(self, template_id: str) -> None:
        letter_templates.retire(self.db, self.actor, template_id, at=self._now())

    def letter_values(self, case_id: str) -> dict[str, str]:
        """What the placeholders say for this case (protected ones included: ``render``
        leaves them blank unless she ticks them). Reading them is the case-file read."""
        bundle = self.desk.open_case(case_id)
        dates = self.case_dates(case_id)
        settings = self.settings()
        fmt = _it_day
        return {
            "centro": settings.get(centre_settings.NAME, ""),
            "contatto_centro": settings.get(centre_settings.CONTACT, ""),
            "data": fmt(self.today()),
            "operatrice": self.vault.account.display_name,
            "codice": bundle.person.woman_code,
            "nome": bundle.person.alias or "",
            "presa_in_carico": fmt(bundle.case.opened_on),
            "richiesta_rdl": fmt(dates.get(CaseDateKind.RDL_REQUESTED)),
            "prima_mensilita_rdl": fmt(dates.get(CaseDateKind.RDL_FIRST_PAYMENT)),
            "codice_fiscale": bundle.person.codice_fiscale or "",
            "indirizzo_rifugio": settings.get(centre_settings.SHELTER_ADDRESS, ""),
        }

    def letter(
        self,
        case_id: str,
        template_id: str,
        ticked: frozenset[str] = frozenset(),
        typed: dict[str, str] | None = None,
    ) -> Filled:
        """The letter for her review. ``typed``: values she types for this letter only (her
        phone number), never stored except in the letter she saves."""
        values = {**self.letter_values(case_id), **(typed or {})}
        return render(letter_templates.get(self.db, template_id), values, ticked)

    def save_letter(self, case_id: str, name: str, pdf: bytes) -> DocumentInfo:
        """The reviewed letter, as PDF, into the case's encrypted documents."""
        return documents.add_bytes(
            self.db, self.actor, case_id, pdf, name, DocumentKind.LETTER, at=self._now()
        )

    def printed(self, case_id: str, what: str) -> None:
        """Record that a case summary / plan / appointment card went to a printer or a PDF."""
        audit.record(
            self.db,
            self.actor,
            "case.print",
            entity="case",
            entity_id=case_id,
            at=self._now(),
            detail={"kind": what},
        )

    # ------------------------------------------------------------ her phone's calendar
    def calendar_opted_in(self) -> bool:
        return calendar_feed.opted_in(self.db, self.actor.account_id)

    def set_calendar_opt_in(self, on: bool) -> None:
        calendar_feed.set_opt_in(self.db, self.actor, on, at=self._now())

    def export_calendar(self, path: Path, *, label_text: str, lang: str, days: int = 90) -> int:
        """Her appointments from a week ago to ``days`` ahead, as an anonymous .ics file."""
        if not self.calendar_opted_in():
            raise PermissionDenied("the calendar export is off for this account")
        first = self.today() - timedelta(days=7)
        items = self.range(first, days + 7, staff=self.actor.account_id)
        rooms = {p.id: p.name for p in self.places(with_retired=True) if p.kind is PlaceKind.ROOM}

        def place_of(item: DayItem) -> str:
            pid = item.appointment.place_id
            if pid in rooms:
                return rooms[pid]
            return label(PlaceKind(pid), lang) if pid in {k.value for k in PlaceKind} else ""

        data = calendar_bytes(
            items,
            label=label_text,
            place_of=place_of,
            uid_of=lambda aid: calendar_feed.opaque_uid(self.db, aid),
            now=self._now(),
        )
        atomic_write(Path(path), data)
        calendar_feed.exported(self.db, self.actor, len(items), at=self._now())
        return len(items)


def _it_day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")
