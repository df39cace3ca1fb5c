"""Synthetic days for the demo and the benchmark: rooms, appointments, dates, deadlines.

Clearly fake like ``storage/demo.py`` (rooms and notes say "demo"); deterministic for a
seed. ``appointments`` bulk-inserts many appointments over a span of days (the benchmark's
10,000 over three years) in one transaction; ``seed_day`` dresses a demo centre's week.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ponte.core import localtime
from ponte.core.clock import rfc3339
from ponte.core.diary import EXTERNAL, PHONE
from ponte.core.domain import Actor
from ponte.core.enums import AppointmentKind, CaseDateKind, ClosureReason
from ponte.core.ids import uuid7
from ponte.storage import audit, centre_settings
from ponte.storage.db import Database

ROOMS = ("Stanza 1 (demo)", "Stanza 2 (demo)", "Sala gruppi (demo)")
_KINDS = (
    (AppointmentKind.INTERVIEW, 60, 6),
    (AppointmentKind.ACCOMPANIMENT, 120, 2),
    (AppointmentKind.HEARING, 90, 1),
    (AppointmentKind.PARTNER_MEETING, 60, 1),
    (AppointmentKind.TEAM, 90, 1),
)


def rooms(db: Database, now: datetime) -> list[str]:
    ids = []
    for name in ROOMS:
        known = db.scalar("SELECT id FROM places WHERE name = ?", (name,))
        if known is None:
            known = str(uuid7())
            db.execute(
                "INSERT INTO places (id, name, kind, retired, created_at) VALUES (?,?,'room',0,?)",
                (known, name, rfc3339(now)),
            )
        ids.append(str(known))
    return ids


def appointments(
    db: Database,
    actor: Actor,
    count: int,
    *,
    first: date,
    days: int,
    staff: list[str],
    now: datetime,
    rng_seed: int = 69,
    only_weekdays: bool = True,
    times: tuple[time, ...] = (),
) -> list[str]:
    """``count`` appointments spread over ``days`` Rome days from ``first`` (working hours,
    quarter-hour starts), on the centre's open cases and its rooms. Returns their ids."""
    rng = random.Random(rng_seed)
    cases: dict[str, list[str]] = {}  # each operatrice's own open cases
    for r in db.query("SELECT id, assigned_to FROM cases WHERE status != 'closed' ORDER BY id"):
        cases.setdefault(r[1], []).append(r[0])
    with db.transaction():
        room_ids = rooms(db, now)
        places = [*room_ids, *room_ids, EXTERNAL, PHONE]
        kinds = [k for k, _m, w in _KINDS for _ in range(w)]
        minutes = {k: m for k, m, _w in _KINDS}
        stamp = rfc3339(now)
        rows: list[tuple[object, ...]] = []
        staff_rows: list[tuple[str, str]] = []
        ids: list[str] = []
        span = [first + timedelta(days=i) for i in range(days)]
        if only_weekdays:
            span = [d for d in span if d.weekday() < 5] or span
        slots = [(d, t) for d in span for t in times]
        for n in range(count):
            if slots:  # a tidy schedule: these times of each day, in order
                day, at = slots[n % len(slots)]
            else:
                day = span[n * len(span) // count] if count >= len(span) else rng.choice(span)
                at = time(rng.randrange(9, 18), rng.choice((0, 15, 30, 45)))
            kind = rng.choice(kinds)
            aid = str(uuid7())
            who = staff[n % len(staff)]
            theirs = cases.get(who, [])
            case = None if kind is AppointmentKind.TEAM or not theirs else rng.choice(theirs)
            rows.append(
                (
                    aid, case, kind.value, localtime.stored(day, at), minutes[kind],
                    rng.choice(places), "demo", actor.account_id, stamp, stamp,
                )
            )  # fmt: skip
            people = {who} if kind is not AppointmentKind.TEAM else set(staff)
            staff_rows.extend((aid, who) for who in sorted(people))
            ids.append(aid)
        db.executemany(
            "INSERT INTO appointments (id, case_id, kind, starts_at, minutes, place_id, note,"
            " cancelled, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,0,?,?,?)",
            rows,
        )
        db.executemany(
            "INSERT INTO appointment_staff (appointment_id, account_id) VALUES (?, ?)", staff_rows
        )
        audit.record(
db, actor, "demo.appointments",
            at=now, detail={"appointments": count},
        )  # fmt: skip
    return ids


def seed_day(
    db: Database,
    actor: Actor,
    *,
    now: datetime,
    rng_seed: int = 18,
    times: tuple[time, ...] = (time(9, 0), time(14, 30)),
    clash: bool = True,
) -> None:
    """A demo operatrice's fortnight: her appointments (one clash), dates with deadlines, a
    closing she asked for, cases given to her since yesterday; and, when ``actor`` may, the
    centre's choices."""
    today = localtime.today(now)
    if actor.sees_all_cases:
        for key, value in (
            (centre_settings.NAME, "Centro antiviolenza Demo"),
            (centre_settings.CONTACT, "02 0000 0000 (demo)"),
            (centre_settings.SHELTER_ADDRESS, "Via Esempio 1, Milano (demo)"),
            (centre_settings.CLOSURE_APPROVAL, "1"),
        ):
            centre_settings.put(db, actor, key, value, at=now)
    mine = [
        r[0]
        for r in db.query(
            "SELECT id FROM cases WHERE status IN ('active', 'presa_in_carico') AND assigned_to = ?"
            " ORDER BY opened_on DESC LIMIT 40",
            (actor.account_id,),
        )
    ]
    appointments(
        db, actor, 20, first=localtime.monday(today), days=14, staff=[actor.account_id],
        now=now, rng_seed=rng_seed, times=times,
    )  # fmt: skip
    with db.transaction():
        room = db.scalar("SELECT id FROM places WHERE name = ?", (ROOMS[0],))
        pair = ((time(11), mine[0]), (time(11, 30), mine[1])) if clash else ()
        for at, case in pair:  # a clash, in one room
            aid = str(uuid7())
            db.execute(
                "INSERT INTO appointments (id, case_id, kind, starts_at, minutes, place_id, note,"
                " cancelled, created_by, created_at, updated_at)"
                " VALUES (?,?,'interview',?,60,?,'demo',0,?,?,?)",
                (aid, case, localtime.stored(today, at), room, actor.account_id, rfc3339(now),
                 rfc3339(now)),
            )  # fmt: skip
            db.execute("INSERT INTO appointment_staff VALUES (?, ?)", (aid, actor.account_id))
        for case, kind, ago in (
            (mine[2], CaseDateKind.COMPLAINT_FILED, 1),
            (mine[3], CaseDateKind.RDL_REQUESTED, 65),
            (mine[4], CaseDateKind.RDL_FIRST_PAYMENT, 320),
        ):
            db.execute(
                "INSERT OR REPLACE INTO case_dates (case_id, kind, day) VALUES (?, ?, ?)",
                (case, kind.value, (today - timedelta(days=ago)).isoformat()),
            )
        for case, days in ((mine[5], 5), (mine[6], 20)):
            person = db.scalar("SELECT person_id FROM cases WHERE id = ?", (case,))
            db.execute(
                "INSERT INTO consents (id, person_id, recipient, service_type, purpose, fields,"
                " given_on, method, expires_on, recorded_by) VALUES (?,?,'','cpi',"
                " 'orientamento al lavoro (demo)','[]',?,'written',?,?)",
                (str(uuid7()), person, (today - timedelta(days=300)).isoformat(),
                 (today + timedelta(days=days)).isoformat(), actor.account_id),
            )  # fmt: skip
        db.execute(
            "UPDATE plan_steps SET due_on = ? WHERE id = (SELECT id FROM plan_steps WHERE"
            " case_id = ? AND status NOT IN ('done', 'stopped', 'refused') LIMIT 1)",
            ((today + timedelta(days=3)).isoformat(), mine[7]),
        )
        yesterday = rfc3339(now - timedelta(hours=20))
        for case in mine[8:10]:
            db.execute(
                "INSERT INTO case_assignments (id, case_id, account_id, by_account, at)"
                " VALUES (?,?,?,?,?)",
                (str(uuid7()), case, actor.account_id, actor.account_id, yesterday),
            )
        db.execute(
            "INSERT INTO closure_requests (id, case_id, reason, state, requested_by, requested_at)"
            " VALUES (?,?,?,'pending',?,?)",
            (str(uuid7()), mine[10], ClosureReason.GOALS_MET.value, actor.account_id, yesterday),
        )
        db.execute(
            "INSERT OR REPLACE INTO day_seen (account_id, seen_at) VALUES (?, ?)",
            (actor.account_id, rfc3339(now - timedelta(days=1))),
        )
        audit.record(
db, actor, "demo.day", at=now,
            detail={"cases": len(mine)},
        )  # fmt: skip
