"""Appointments (colloqui, accompaniments, hearings, meetings) and the centre's rooms.

Role rules: anyone signed in sees the centre's calendar (time, place, who), because
planning needs it; the case's code and the note only where she may see the case
(``cases.visible_sql``). An appointment about a case is created or changed only by someone
who may see the case; any appointment by those taking part in it, by whoever created it,
or by a coordinatrice or an amministratrice. Every write is audited by id and kind.

A range is read with one indexed query over ``starts_at`` (UTC) and the clashes are
computed over every appointment of the range (``core/diary.clashes``), so a person's own
view still shows that her room was taken by someone else.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from ponte.core.clock import parse_rfc3339, rfc3339
from ponte.core.diary import EXTERNAL, MAX_MINUTES, PHONE, Appointment, DayItem, Place, clashes
from ponte.core.domain import Actor
from ponte.core.enums import AppointmentKind, PlaceKind
from ponte.core.errors import NotFound, PermissionDenied, PlaceUnknown, RoomNameInvalid
from ponte.core.ids import new_id
from ponte.storage import audit
from ponte.storage._rows import as_dict
from ponte.storage.cases import require_access, visible_sql
from ponte.storage.db import Database

_COLS = "a.id, a.case_id, a.kind, a.starts_at, a.minutes, a.place_id, a.note, a.cancelled"
_STAFF = (
    "(SELECT group_concat(account_id, ' ') FROM appointment_staff s WHERE s.appointment_id = a.id)"
)


# ---------------------------------------------------------------- places
def places(db: Database, *, with_retired: bool = False) -> list[Place]:
    """The centre's rooms (by name), then the built-in "outside" and "by phone"."""
    where = "" if with_retired else " WHERE retired = 0"
    rows = db.query(f"SELECT id, name, kind, retired FROM places{where} ORDER BY name, id")
    own = [Place(r["id"], r["name"], PlaceKind(r["kind"]), bool(r["retired"])) for r in rows]
    return [*own, Place(EXTERNAL, "", PlaceKind.EXTERNAL), Place(PHONE, "", PlaceKind.PHONE)]


def add_place(db: Database, actor: Actor, name: str, *, at: datetime) -> Place:
    if not actor.sees_all_cases:
        raise PermissionDenied("rooms are set by a coordinator or an administrator")
    name = name.strip()
    if not name or len(name) > 60:
        raise RoomNameInvalid()
    place = Place(new_id(), name, PlaceKind.ROOM)
    with db.transaction():
        db.execute(
            "INSERT INTO places (id, name, kind, retired, created_at) VALUES (?,?,?,0,?)",
            (place.id, place.name, place.kind.value, rfc3339(at)),
        )
        audit.record(db, actor, "place.add", at=at, **_on_appointment("", place.id, "room"))
    return place


def retire_place(db: Database, actor: Actor, place_id: str, *, at: datetime) -> None:
    """A room no longer offered; its past appointments keep it."""
    if not actor.sees_all_cases:
        raise PermissionDenied("rooms are set by a coordinator or an administrator")
    with db.transaction():
        if db.execute("UPDATE places SET retired = 1 WHERE id = ?", (place_id,)).rowcount == 0:
            raise NotFound(f"place {place_id}")
        audit.record(db, actor, "place.retire", at=at, **_on_appointment("", place_id, "room"))


def _rooms(db: Database) -> set[str]:
    return {r[0] for r in db.query("SELECT id FROM places WHERE kind = 'room'")}


# ---------------------------------------------------------------- writing
def _on_appointment(case_id: str, appt_id: str, kind: str) -> dict[str, Any]:
    """What an audit entry says of an appointment (or a room): its case if it has one."""
    return {
        "entity": "case" if case_id else "appointment",
        "entity_id": case_id or appt_id,
        "detail": {"appointment_id": appt_id, "kind": kind},
    }


def _check_place(db: Database, place_id: str) -> None:
    if place_id in (EXTERNAL, PHONE):
        return
    if not db.scalar("SELECT count(*) FROM places WHERE id = ? AND retired = 0", (place_id,)):
        raise PlaceUnknown(place_id)


def _row(r: Any) -> Appointment:
    return Appointment(
        starts_at=r["starts_at"],
        minutes=int(r["minutes"]),
        kind=AppointmentKind(r["kind"]),
        staff=tuple(sorted((r["staff"] or "").split())),
        place_id=r["place_id"],
        case_id=r["case_id"],
        note=r["note"],
        cancelled=bool(r["cancelled"]),
        id=r["id"],
    )


def get(db: Database, appointment_id: str) -> Appointment:
    row = db.query_one(
        f"SELECT {_COLS}, {_STAFF} AS staff FROM appointments a WHERE a.id = ?", (appointment_id,)
    )
    if row is None:
        raise NotFound(f"appointment {appointment_id}")
    return _row(row)


def _may_change(db: Database, actor: Actor, appt: Appointment, created_by: str) -> None:
    if appt.case_id:
        require_access(db, actor, appt.case_id)
    if not (
        actor.sees_all_cases or actor.account_id in appt.staff or actor.account_id == created_by
    ):
        raise PermissionDenied(f"appointment {appt.id}")


def _write_staff(db: Database, appt: Appointment) -> None:
    now = {r[0] for r in db.query(
        "SELECT account_id FROM appointment_staff WHERE appointment_id = ?", (appt.id,)
    )}  # fmt: skip
    for gone in sorted(now - set(appt.staff)):
        db.execute(
            "DELETE FROM appointment_staff WHERE appointment_id = ? AND account_id = ?",
            (appt.id, gone),
        )
    db.executemany(
        "INSERT INTO appointment_staff (appointment_id, account_id) VALUES (?, ?)",
        [(appt.id, who) for who in sorted(set(appt.staff) - now)],
    )


def create(db: Database, actor: Actor, appt: Appointment, *, at: datetime) -> Appointment:
    appt = replace(appt.checked(), id=appt.id or new_id(), note=appt.note.strip())
    if appt.case_id:
        require_access(db, actor, appt.case_id)
    _check_place(db, appt.place_id)
    now = rfc3339(at)
    with db.transaction():
        db.execute(
            "INSERT INTO appointments (id, case_id, kind, starts_at, minutes, place_id, note,"
            " cancelled, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,0,?,?,?)",
            (
                appt.id, appt.case_id, appt.kind.value, appt.starts_at, appt.minutes,
                appt.place_id, appt.note, actor.account_id, now, now,
            ),
        )  # fmt: skip
        _write_staff(db, appt)
        audit.record(
            db,
            actor,
            "appointment.add",
            at=at,
            **_on_appointment(appt.case_id or "", appt.id, appt.kind.value),
        )
    return appt


def update(db: Database, actor: Actor, appt: Appointment, *, at: datetime) -> Appointment:
    """Move or edit: only the fields that changed are written (and replicate), so two people
    who moved the same appointment meet as a conflict on its time, and one who moved it while
    another changed its note do not."""
    appt.checked()
    old = get(db, appt.id)
    created_by = str(db.scalar("SELECT created_by FROM appointments WHERE id = ?", (appt.id,)))
    _may_change(db, actor, old, created_by)
    if appt.case_id != old.case_id and appt.case_id:
        require_access(db, actor, appt.case_id)
    if appt.place_id != old.place_id:
        _check_place(db, appt.place_id)
    cols = {
        c: getattr(appt, c)
        for c in ("case_id", "starts_at", "minutes", "place_id", "note")
        if getattr(appt, c) != getattr(old, c)
    }
    if appt.kind != old.kind:
        cols["kind"] = appt.kind.value
    with db.transaction():
        if cols:
            sets = ", ".join(f"{c} = ?" for c in cols)
            db.execute(
                f"UPDATE appointments SET {sets}, updated_at = ? WHERE id = ?",
                (*cols.values(), rfc3339(at), appt.id),
            )
        if set(appt.staff) != set(old.staff):
            _write_staff(db, appt)
        action = "appointment.move" if set(cols) <= {"starts_at"} else "appointment.edit"
        audit.record(
            db,
            actor,
            action,
            at=at,
            **_on_appointment(appt.case_id or "", appt.id, appt.kind.value),
        )
    return get(db, appt.id)


def cancel(db: Database, actor: Actor, appointment_id: str, *, at: datetime) -> None:
    """Cancelled, not deleted: the calendar keeps what was planned (struck through)."""
    appt = get(db, appointment_id)
    created_by = str(db.scalar("SELECT created_by FROM appointments WHERE id = ?", (appt.id,)))
    _may_change(db, actor, appt, created_by)
    with db.transaction():
        db.execute(
            "UPDATE appointments SET cancelled = 1, updated_at = ? WHERE id = ?",
            (rfc3339(at), appointment_id),
        )
        audit.record(
            db,
            actor,
            "appointment.cancel",
            at=at,
            **_on_appointment(appt.case_id or "", appt.id, appt.kind.value),
        )


# ---------------------------------------------------------------- reading
def between(
    db: Database, actor: Actor, start: str, end: str, *, staff: str | None = None
) -> list[DayItem]:
    """Appointments starting in [start, end) (stored UTC bounds), with their clashes and any
    open conflict between workstations; only ``staff``'s when given (clashes still count
    everyone's)."""
    visible, params = visible_sql(actor)
    # An appointment lasts at most MAX_MINUTES: one that began before ``start`` may run into it.
    since = rfc3339(parse_rfc3339(start) - timedelta(minutes=MAX_MINUTES))
    rows = db.query(
        f"SELECT {_COLS}, {_STAFF} AS staff, p.woman_code,"
        f" (a.case_id IS NULL OR c.id IS NOT NULL AND {visible}) AS may_see"
        " FROM appointments a LEFT JOIN cases c ON c.id = a.case_id"
        " LEFT JOIN persons p ON p.id = c.person_id"
        " WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id",
        (*params, since, end),
    )
    appts = [_row(r) for r in rows]
    found = clashes(appts, _rooms(db))
    names = _place_names(db)
    staff_names = _staff_names(db)
    moved = _moved_twice(db, [a.id for a in appts])
    out = []
    for r, a in zip(rows, appts, strict=True):
        if a.end <= parse_rfc3339(start) or (staff is not None and staff not in a.staff):
            continue
        if not r["may_see"]:  # the calendar shows she is busy, not with whom or why
            a = replace(a, note="")
        out.append(
            DayItem(
                a,
                woman_code=str(r["woman_code"] or "") if r["may_see"] else "",
                place=names.get(a.place_id, ""),
                staff_names=tuple(staff_names.get(s, "") for s in a.staff),
                clashes=tuple(found.get(a.id, ())),
                moved_twice=a.id in moved,
                versions=tuple(moved.get(a.id, ())),
            )
        )
    return out


def for_case(db: Database, actor: Actor, case_id: str) -> list[Appointment]:
    require_access(db, actor, case_id)
    rows = db.query(
        f"SELECT {_COLS}, {_STAFF} AS staff FROM appointments a WHERE a.case_id = ?"
        " ORDER BY a.starts_at, a.id",
        (case_id,),
    )
    return [_row(r) for r in rows]


def export_for_case(db: Database, case_id: str) -> list[dict[str, Any]]:
    """Her appointments for the subject-access export (every field, staff included)."""
    rows = db.query(
        f"SELECT {_COLS}, {_STAFF} AS staff, a.created_by, a.created_at, a.updated_at"
        " FROM appointments a WHERE a.case_id = ? ORDER BY a.starts_at, a.id",
        (case_id,),
    )
    return [as_dict(r) for r in rows]


def _place_names(db: Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.query("SELECT id, name FROM places")}


def _staff_names(db: Database) -> dict[str, str]:
    names = {r[0]: r[1] for r in db.query("SELECT account_id, display_name FROM replica_staff")}
    for r in db.query("SELECT id, display_name FROM accounts"):
        names.setdefault(r[0], r[1])
    return names


def _moved_twice(db: Database, ids: list[str]) -> dict[str, list[str]]:
    """Appointments whose time two workstations changed concurrently: the versions."""
    if not ids:
        return {}
    rows = db.query(
        "SELECT rk, value FROM replica_heads WHERE tbl = 'appointments' AND col = 'starts_at'"
        " AND rk IN (SELECT value FROM json_each(?)) ORDER BY stamp DESC",
        (json.dumps(ids),),
    )
    versions: dict[str, list[str]] = {}
    for r in rows:
        versions.setdefault(str(r["rk"]), []).append(str(r["value"]))
    return {k: v for k, v in versions.items() if len(set(v)) > 1}
