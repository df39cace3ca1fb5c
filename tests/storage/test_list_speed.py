"""What keeps the case list fast with the centre's fields (schema 0019), on real SQLCipher
files: the search index after re-indexing many cases at once (an import) is
merged, with no deleted rows left in it; the per-field counts of filled-in cases, kept by
triggers, match a recount after every kind of write (a save, an import, an erasure, a sync);
and the list finds exactly what a reference computed in Python over the same rows finds."""

import random
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ponte.core.domain import Actor, Case, Person
from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.core.imports import ImportedCase, OnMatch
from ponte.storage import case_list, cases, fields, imports
from ponte.storage.case_list import CaseQuery, list_cases
from ponte.storage.db import Database
from ponte.storage.erase import erase_person
from ponte.storage.field_values import FieldFilter
from tests.storage.replica.mesh import centre, new_case, sync_all

from .conftest import COORD, OP_A

KEY = bytes(range(32))
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ADMIN = Actor("acc-admin", "amministratrice", "dev-1")
STORY = FieldDef("racconto", Section.VIOLENCE, FieldType.TEXT, "Racconto")
WHERE = FieldDef("luogo", Section.INTAKE, FieldType.TEXT, "Luogo")
TOPICS = FieldDef(
    "temi",
    Section.PLAN,
    FieldType.MULTI,
    "Temi",
    choices=(Choice("casa", "Casa"), Choice("lavoro", "Lavoro"), Choice("figli", "Figli")),
)
WORDS = ("città", "perché", "udienza", "avvocata", "Società", "l'àncora", "caffè", "treno")
ALIASES = ("Àurora", "Benedétta", "Chiara", "Nicolò", "Zoë", "Maria")


def _varint(b: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint (FTS5 stores its structure record with it)."""
    v = 0
    for k in range(9):
        c = b[i]
        i += 1
        if k == 8:
            return (v << 8) | c, i
        v = (v << 7) | (c & 0x7F)
        if not c & 0x80:
            break
    return v, i


def segments(db: Database) -> list[tuple[int, int]]:
    """(rows, deleted rows) of each segment of the search index, read from FTS5's own
    structure record (``case_fts_data`` id 10; layout in SQLite's ext/fts5/fts5_index.c)."""
    blob = bytes(db.scalar("SELECT block FROM case_fts_data WHERE id = 10"))
    v2 = blob[4:8] == b"\xff\x00\x00\x01"
    i = 8 if v2 else 4
    levels, i = _varint(blob, i)
    _, i = _varint(blob, i)  # segment count
    _, i = _varint(blob, i)  # write counter
    out = []
    for _level in range(levels):
        _, i = _varint(blob, i)  # merge in progress
        n, i = _varint(blob, i)
        for _seg in range(n):
            for _ in range(3):  # id, first and last page
                _, i = _varint(blob, i)
            assert v2, "contentless_delete indexes use the second structure layout"
            nums = []
            for _ in range(5):  # origin (2), tombstone pages, deleted rows, rows
                x, i = _varint(blob, i)
                nums.append(x)
            out.append((nums[4], nums[3]))
    return out


def _vault(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "v.db", KEY, create=True)
    db.migrate()
    for d in (STORY, WHERE, TOPICS):
        fields.save(db, ADMIN, d, at=AT)
    return db


def _rows(n: int, rng: random.Random, tag: str) -> list[ImportedCase]:
    return [
        ImportedCase(
            i + 2,
            Person(alias=f"{rng.choice(ALIASES)} {i}"),
            Case(opened_on=date(2020, 1, 1 + i % 28)),
            {"racconto": " ".join(rng.sample(WORDS, 3)) + f" {tag}"} if i % 5 else {},
            None,
            f"ref:{i}",
        )
        for i in range(n)
    ]


def test_an_import_that_rewrites_every_case_leaves_no_deleted_rows_in_the_index(
    tmp_path: Path,
) -> None:
    db = _vault(tmp_path)
    rng = random.Random(3)
    n = cases.BULK_REINDEX
    imports.run(db, COORD, _rows(n, rng, "prima"), OnMatch.NEW, at=AT)
    result = imports.run(db, COORD, _rows(n, rng, "seconda"), OnMatch.UPDATE, at=AT)
    assert result.updated == n
    segs = segments(db)
    assert sum(rows for rows, _ in segs) == n
    assert [deleted for _, deleted in segs] == [0], segs
    assert list_cases(db, COORD, CaseQuery(text="prima")).total == 0
    assert list_cases(db, COORD, CaseQuery(text="seconda")).total == n * 4 // 5


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _reference(db: Database, actor: Actor, q: CaseQuery) -> set[str]:
    """The list's answer computed in Python from the tables: words are prefixes of a word of
    the code, alias, notes or a centre text field (accents and case ignored); an operatrice
    sees the cases assigned to her and the shared ones."""
    out = set()
    for c in db.query(
        "SELECT c.id, c.assigned_to, c.shared, p.woman_code, p.alias FROM cases c"
        " JOIN persons p ON p.id = c.person_id"
    ):
        if not actor.sees_all_cases and not (c["assigned_to"] == actor.account_id or c["shared"]):
            continue
        texts = [c["woman_code"], c["alias"] or ""]
        texts += [r[0] for r in db.query("SELECT body FROM notes WHERE case_id = ?", (c["id"],))]
        vals = {
            r[0]: r[1]
            for r in db.query(
                "SELECT field_key, value FROM case_field_values WHERE case_id = ?", (c["id"],)
            )
        }
        texts += [str(vals[k]) for k in ("racconto", "luogo") if k in vals]
        words = set(re.findall(r"\w+", _fold(" ".join(texts))))
        wanted = re.findall(r"\w+", _fold(q.text))
        if not all(any(w.startswith(t) for w in words) for t in wanted):
            continue
        chosen = {
            r[0]
            for r in db.query(
                "SELECT code FROM case_field_choices WHERE case_id = ? AND field_key = 'temi'",
                (c["id"],),
            )
        }
        keep = True
        for f in q.fields:
            if f.key == "temi":
                keep &= (f.value in chosen) if f.value is not None else (bool(chosen) == f.present)
            else:
                keep &= (f.key in vals) == f.present
        if keep:
            out.add(c["id"])
    return out


def test_the_merged_index_finds_exactly_what_the_tables_hold(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    rng = random.Random(11)
    ids = []
    for i in range(120):
        mine = i % 3 == 0
        case = Case(opened_on=date(2021, 1 + i % 12, 1 + i % 28), shared=i % 7 == 0,
                    assigned_to=OP_A.account_id if mine else "")  # fmt: skip
        ids.append(cases.create(db, COORD, Person(alias=f"{rng.choice(ALIASES)}"), case, at=AT).id)
    for i, cid in enumerate(ids):
        if i % 4 == 0:
            continue  # no centre values at all
        new: dict[str, object] = {"racconto": " ".join(rng.sample(WORDS, 3))}
        if i % 3:
            new["luogo"] = rng.choice(("Sesto San Giovanni", "Cinisello Balsamo", "Città Studi"))
        if i % 2:
            new["temi"] = tuple(rng.sample(("casa", "lavoro", "figli"), rng.randrange(1, 3)))
        cases.update_fields(db, COORD, cid, new, at=AT)
        if i % 10 == 1:
            cases.add_note(db, COORD, cid, "Ha chiamato l'avvocata dopo l'udienza", at=AT)
    # "Figli" is retired: the cases that hold it keep it, and the filter still finds them.
    stored = fields.definition(db, "temi")
    assert stored is not None
    retired = tuple(replace(c, retired=c.code == "figli") for c in stored.choices)
    fields.save(db, ADMIN, replace(stored, choices=retired), at=AT)
    # Two women erased: their cases leave the tables and the index.
    for cid in (ids[5], ids[6]):
        person = str(db.scalar("SELECT person_id FROM cases WHERE id = ?", (cid,)))
        erase_person(db, COORD, person, at=AT)
    queries = [
        CaseQuery(text=t)
        for t in ("citta", "città", "PERCHE", "societ", "ancora", "l'ancora", "caffe", "aurora",
                  "benedetta", "nicolo", "zoe", "avvocata udienza", "sesto giov", "studi citt")
    ] + [
        CaseQuery(fields=(FieldFilter("temi", "figli"),)),
        CaseQuery(fields=(FieldFilter("temi", present=False),)),
        CaseQuery(fields=(FieldFilter("luogo", present=False),)),
        CaseQuery(text="avvocata", fields=(FieldFilter("luogo", present=False),)),
        CaseQuery(text="treno", fields=(FieldFilter("temi", "casa"),)),
    ]  # fmt: skip

    def answers() -> list[set[str]]:
        out = []
        for who in (COORD, OP_A):
            for q in queries:
                page = list_cases(db, who, replace(q, limit=500))
                assert page.total == len(page.rows), q  # the count agrees with the rows
                out.append({r.id for r in page.rows})
        return out

    before = answers()
    with db.transaction():  # everything re-indexed at once, as an import does
        for cid in ids[7:]:
            cases.reindex(db, cid)
    cases.tidy_index(db)
    assert segments(db) == [(len(ids) - 2, 0)]  # one segment, every case once, none deleted
    after = answers()
    assert after == before
    expected = [_reference(db, who, q) for who in (COORD, OP_A) for q in queries]
    assert after == expected
    assert all(expected[:14]), "every search finds something"
    assert len(set().union(*expected)) > 60


def recount(db: Database) -> dict[str, int]:
    """The per-field counts, computed from the rows (what the triggers must keep)."""
    out = {
        f"case_field_values:{r[0]}": r[1]
        for r in db.query("SELECT field_key, count(*) FROM case_field_values GROUP BY 1")
    }
    out |= {
        f"case_field_choices:{r[0]}": r[1]
        for r in db.query(
            "SELECT field_key, count(DISTINCT case_id) FROM case_field_choices GROUP BY 1"
        )
    }
    return out


def kept(db: Database) -> dict[str, int]:
    rows = db.query("SELECT name, value FROM counters WHERE name LIKE 'case_field_%' AND value")
    return {r[0]: r[1] for r in rows}


def test_the_filled_in_counts_follow_every_write(tmp_path: Path) -> None:
    db = _vault(tmp_path)
    rng = random.Random(5)
    imports.run(db, COORD, _rows(60, rng, "prima"), OnMatch.NEW, at=AT)
    ids = [r[0] for r in db.query("SELECT id FROM cases ORDER BY rowid")]
    for i, cid in enumerate(ids):
        new: dict[str, object] = {}
        if i % 2:
            new["temi"] = tuple(rng.sample(("casa", "lavoro", "figli"), rng.randrange(1, 4)))
        if i % 3:
            new["luogo"] = "Baggio"
        cases.update_fields(db, COORD, cid, new, at=AT)
    assert kept(db) == recount(db)
    for i, cid in enumerate(ids[:30]):  # change, take away, empty a field
        new = {"racconto": None, "luogo": "Gratosoglio" if i % 2 else None}
        new["temi"] = ("casa",) if i % 3 else ()
        cases.update_fields(db, COORD, cid, new, at=AT)
    assert kept(db) == recount(db)
    imports.run(db, COORD, _rows(60, rng, "seconda"), OnMatch.UPDATE, at=AT)
    for cid in ids[40:45]:
        person = str(db.scalar("SELECT person_id FROM cases WHERE id = ?", (cid,)))
        erase_person(db, COORD, person, at=AT)
    assert kept(db) == recount(db)
    assert set(recount(db)) == {
        "case_field_values:racconto", "case_field_values:luogo", "case_field_choices:temi"
    }  # fmt: skip
    with db.transaction():  # a row moved to another case (never done): the counts follow it
        db.execute("DELETE FROM case_field_choices WHERE case_id = ?", (ids[0],))
        db.execute("UPDATE case_field_choices SET case_id = ? WHERE case_id = ?", (ids[0], ids[1]))
    assert kept(db) == recount(db)


def test_the_filled_in_counts_follow_a_sync_and_an_erasure_on_another_workstation(
    tmp_path: Path,
) -> None:
    a, b = centre(tmp_path, ("A", "B"))
    for d in (STORY, TOPICS):
        fields.save(a.db, a.actor, d, at=a.clock.now())
    made = [new_case(a) for _ in range(6)]
    sync_all([a, b])
    for i, cid in enumerate(made):
        cases.update_fields(a.db, a.actor, cid, {"temi": ("casa",)}, at=a.clock.now())
        b.clock.advance(1)
        new = {"temi": ("lavoro",), "racconto": "udienza"} if i % 2 else {"racconto": "casa"}
        cases.update_fields(b.db, b.actor, cid, new, at=b.clock.now())
    sync_all([a, b])
    person = str(b.db.scalar("SELECT person_id FROM cases WHERE id = ?", (made[0],)))
    erase_person(b.db, b.actor, person, at=b.clock.now())
    sync_all([a, b])
    for n in (a, b):
        assert kept(n.db) == recount(n.db) == {
            "case_field_values:racconto": 5, "case_field_choices:temi": 5
        }  # fmt: skip


def test_not_filled_in_alone_is_counted_exactly_past_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _vault(tmp_path)
    ids = [cases.create(db, COORD, Person(alias=f"N{i}"), Case(), at=AT).id for i in range(40)]
    for cid in ids[:9]:
        cases.update_fields(db, COORD, cid, {"temi": ("casa", "figli"), "luogo": "Rho"}, at=AT)
    monkeypatch.setattr(case_list, "COUNT_CAP", 10)
    for key in ("temi", "luogo"):
        q = CaseQuery(fields=(FieldFilter(key, present=False),), limit=500)
        page = list_cases(db, COORD, q)
        assert (page.total, page.capped) == (31, False)  # 40 cases, 9 hold it
        assert {r.id for r in page.rows} == set(ids[9:])
        # With another condition (her own cases, a search) the count still stops at the cap.
        mine = list_cases(db, OP_A, q)
        assert (mine.total, mine.capped, mine.rows) == (0, False, [])
        both = list_cases(db, COORD, replace(q, text="N"))
        assert (both.total, both.capped) == (10, True)
        assert {r.id for r in both.rows} == set(ids[9:])
