"""Synthetic, clearly fake data for demos, tests and benchmarks.

Every alias starts with "Demo", every code with "DEMO-"; nothing resembles a real person.
Deterministic for a given seed. Bulk inserts in one transaction, so 100,000 cases take
seconds; the audit log gets one entry with the count, not one per row.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.enums import (
    AgeBand,
    AuthorRelation,
    CaseStatus,
    Citizenship,
    ClosureReason,
    Education,
    Employment,
    FirstContact,
    Housing,
    Income,
    InvioDa,
    StepStatus,
    StepType,
    ViolenceDuration,
    ViolenceForm,
)
from ponte.core.ids import uuid7
from ponte.storage import audit, demo_outcomes
from ponte.storage.db import Database

FIRST_NAMES = (
    "Anna",
    "Giulia",
    "Sara",
    "Francesca",
    "Chiara",
    "Elena",
    "Martina",
    "Valentina",
    "Laura",
    "Alessandra",
    "Silvia",
    "Federica",
    "Paola",
    "Roberta",
    "Ilaria",
    "Simona",
    "Aisha",
    "Fatima",
    "Maria",
    "Ioana",
    "Elena",
    "Mariam",
    "Lucia",
    "Noemi",
    "Irene",
    "Camilla",
    "Beatrice",
)
#: ISTAT codes of the six lead Comuni: Rho, Legnano, Cinisello Balsamo, Rozzano, Melzo,
#: San Donato Milanese.
COMUNI = ("015182", "015118", "015077", "015189", "015140", "015192")
NOTES = (
    "Colloquio di accoglienza svolto.",
    "Concordato il progetto personalizzato.",
    "Interesse per un corso di formazione.",
    "Richiesta informazioni sul Reddito di libertà.",
    "Accompagnata al centro per l'impiego.",
    "Aggiornamento sul tirocinio.",
)


def _pick(rng: random.Random, enum: Any) -> str:
    return str(rng.choice(list(enum)).value)


@dataclass
class Rows:
    """Generated rows, ready for ``executemany`` (kept apart so benchmarks time inserts only)."""

    count: int
    persons: list[tuple[Any, ...]] = field(default_factory=list)
    cases: list[tuple[Any, ...]] = field(default_factory=list)
    forms: list[tuple[Any, ...]] = field(default_factory=list)
    steps: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)
    fts: list[tuple[Any, ...]] = field(default_factory=list)


def seed(
    db: Database,
    actor: Actor,
    count: int,
    *,
    rng_seed: int = 1522,
    now: datetime | None = None,
    operatrici: list[str] | None = None,
) -> int:
    """Insert ``count`` fake cases; returns how many were inserted."""
    now = now or datetime.now(UTC)
    existing = int(db.scalar("SELECT count(*) FROM persons"))
    rows = generate(count, actor, rng_seed=rng_seed, now=now, operatrici=operatrici, start=existing)
    insert(db, actor, rows, now=now)
    demo_outcomes.seed_outcomes(db, actor, rng_seed=rng_seed, now=now)
    return count


def generate(
    count: int,
    actor: Actor,
    *,
    rng_seed: int = 1522,
    now: datetime,
    operatrici: list[str] | None = None,
    start: int = 0,
) -> Rows:
    rng = random.Random(rng_seed)
    owners = operatrici or [actor.account_id]
    stamp = rfc3339(now)
    start_ms = int(now.timestamp() * 1000) - count
    out = Rows(count)
    persons, cases, forms, steps, notes, fts = (
        out.persons,
        out.cases,
        out.forms,
        out.steps,
        out.notes,
        out.fts,
    )
    existing = start
    for i in range(count):
        pid = str(uuid7(start_ms + i))
        cid = str(uuid7(start_ms + i))
        alias = f"Demo {rng.choice(FIRST_NAMES)} {existing + i + 1}"
        wcode = f"DEMO-{existing + i + 1:06d}"
        minors = rng.choice((0, 0, 1, 1, 2, 3))
        persons.append(
            (
                pid,
                wcode,
                alias,
                _pick(rng, AgeBand),
                _pick(rng, Citizenship),
                rng.choice(COMUNI),
                _pick(rng, Education),
                _pick(rng, Employment),
                _pick(rng, Income),
                int(rng.random() < 0.2),
                _pick(rng, Housing),
                minors + rng.choice((0, 0, 1)),
                minors,
                int(minors > 0 and rng.random() < 0.6),
                0,
                0,
                stamp,
                stamp,
            )
        )
        opened = date(2019, 1, 1) + timedelta(
            days=rng.randrange(0, (now.date() - date(2019, 1, 1)).days or 1)
        )
        status = rng.choice(list(CaseStatus))
        closed = status is CaseStatus.CLOSED
        cases.append(
            (
                cid,
                pid,
                status.value,
                opened.isoformat(),
                _pick(rng, FirstContact),
                _pick(rng, InvioDa),
                _pick(rng, ViolenceDuration),
                _pick(rng, AuthorRelation),
                rng.choice(owners),
                int(rng.random() < 0.1),
                (opened + timedelta(days=rng.randrange(30, 700))).isoformat() if closed else None,
                _pick(rng, ClosureReason) if closed else None,
                stamp,
                stamp,
            )
        )
        for form in rng.sample(list(ViolenceForm), rng.randint(1, 3)):
            forms.append((cid, form.value))
        if rng.random() < 0.4:
            steps.append(
                (
                    str(uuid7(start_ms + i)),
                    cid,
                    _pick(rng, StepType),
                    _pick(rng, StepStatus),
                    opened.isoformat(),
                    stamp,
                    stamp,
                )
            )
        note = rng.choice(NOTES) if rng.random() < 0.3 else ""
        if note:
            notes.append((str(uuid7(start_ms + i)), cid, stamp, actor.account_id, note))
        fts.append((wcode, alias, note, cid))
    return out


def insert(db: Database, actor: Actor, rows: Rows, *, now: datetime) -> None:
    """Insert generated rows in one transaction, with one audit entry for the batch."""
    persons, cases, forms, steps, notes, fts = (
        rows.persons,
        rows.cases,
        rows.forms,
        rows.steps,
        rows.notes,
        rows.fts,
    )
    with db.transaction():
        db.executemany(
            "INSERT INTO persons (id, woman_code, alias, age_band, citizenship, comune_istat,"
            " education, employment, income, economically_autonomous, housing, children_total,"
            " children_minors, minors_witnessed, minors_direct_victims, children_hosted,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            persons,
        )
        db.executemany(
            "INSERT INTO cases (id, person_id, status, opened_on, first_contact, invio_da,"
            " violence_duration, author_relation, assigned_to, shared, closed_on, closure_reason,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            cases,
        )
        db.executemany("INSERT INTO case_violence (case_id, form) VALUES (?, ?)", forms)
        db.executemany(
            "INSERT INTO plan_steps (id, case_id, type, status, started_on, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?)",
            steps,
        )
        db.executemany(
            "INSERT INTO notes (id, case_id, at, by_account, body) VALUES (?,?,?,?,?)", notes
        )
        db.executemany(
            "INSERT INTO case_fts (rowid, woman_code, alias, notes)"
            " SELECT rowid, ?, ?, ? FROM cases WHERE id = ?",
            fts,
        )
        audit.record(
            db,
            actor,
            "demo.seed",
            at=now,
            detail={"cases": rows.count},
        )
