"""Seed personal data, run the CLI flows (including failures and a crash), and grep every
log file and all console output for it."""

import json
import logging
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from ponte.app.background import sync
from ponte.core.logs import JsonFormatter
from tests.e2e.conftest import HubProc, hub, knows  # noqa: F401 - the real hub fixture

SEEDED = ("Filomena", "Quattrocchi", "QTTFLM85M41F205Z", "Via delle Ortensie")
PW = "logging test passphrase"


def ponte(data: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PONTE_PASSPHRASE": PW, "PONTE_USER": "admin"}
    out = subprocess.run(
        [sys.executable, "-m", "ponte", "--verbose", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (out.returncode == 0) == ok, out.stderr
    return out


def test_flows_leave_no_personal_data_in_logs_or_output(tmp_path: Path) -> None:
    data = tmp_path / "data"
    stats_csv = tmp_path / "stats.csv"
    outputs = [ponte(data, "vault", "init", "--user", "admin", "--name", "Admin")]
    from ponte.core.domain import Actor, Case, Person
    from ponte.storage import cases
    from ponte.storage.vault import Vault

    v = Vault.unlock(data, "admin", PW)
    actor = Actor(v.account.id, v.account.role.value, v.device_id)
    c = cases.create(
        v.db,
        actor,
        Person(alias="Filomena Quattrocchi", codice_fiscale=SEEDED[2]),
        Case(),
        at=v.clock.now(),
    )
    cases.add_note(v.db, actor, c.id, "Abita in Via delle Ortensie 3", at=v.clock.now())
    person = c.person_id
    v.lock()
    outputs += [
        ponte(data, "demo", "seed", "--cases", "5"),
        ponte(data, "vault", "check"),
        ponte(data, "vault", "backup", str(tmp_path / "b.pontebak")),
        ponte(
            data, "case", "access-export", "--person", person, "--out", str(tmp_path / "her.json")
        ),
        ponte(data, "vault", "restore", str(tmp_path / "b.pontebak")),
        ponte(data, "stats", "export", "--year", str(date.today().year), str(stats_csv)),
    ]
    env_bad = {**os.environ, "PONTE_PASSPHRASE": "wrong wrong wrong", "PONTE_USER": "admin"}
    outputs.append(
        subprocess.run(
            [sys.executable, "-m", "ponte", "--data-dir", str(data), "vault", "check"],
            capture_output=True,
            text=True,
            env=env_bad,
            timeout=60,
        )
    )
    outputs.append(ponte(data, "case", "export", "--all"))  # stdout carries data by design
    logs = list((data / "logs").glob("ponte.log*"))
    assert logs, "the CLI writes a log"
    text = "".join(p.read_text() for p in logs)
    assert '"msg": "command vault"' in text, "the log is not empty: it records what ran"
    for secret in SEEDED:
        assert secret not in text, f"{secret!r} in the log"
        for o in outputs[:-1]:
            assert secret not in o.stderr, f"{secret!r} printed"
            assert secret not in o.stdout, f"{secret!r} printed"
    assert SEEDED[0] in outputs[-1].stdout, "teeth: the export itself does contain her data"
    counts = stats_csv.read_text("utf-8")
    assert "new_contacts" in counts
    assert not any(secret in counts for secret in SEEDED), "statistics are counts only"
    assert all(p.stat().st_mode & 0o077 == 0 for p in logs)


def test_formatter_redacts_free_text_and_exception_messages() -> None:
    record = logging.LogRecord(
        "ponte.x",
        logging.ERROR,
        __file__,
        1,
        "opened case %s for %s",
        ("019a-77", "Filomena Quattrocchi"),
        None,
    )
    try:
        raise ValueError("value 'Via delle Ortensie' is wrong")
    except ValueError:
        record.exc_info = sys.exc_info()
    doc = json.loads(JsonFormatter().format(record))
    assert doc["msg"] == "opened case 019a-77 for <redacted>"
    assert "Ortensie" not in json.dumps(doc)
    assert doc["exc"][0].startswith("builtins.ValueError at ")


def test_aggregate_reports_carry_no_personal_data(tmp_path: Path, hub: HubProc) -> None:  # noqa: F811
    """Her data is in the centre's vault; the report, the cabina and the hub see counts only."""
    from ponte.app.reporting import send_report
    from ponte.core.domain import Actor, Case, Person
    from ponte.storage import cases, demo
    from ponte.storage.inbox import VaultInbox
    from ponte.storage.stats import Period
    from tests.e2e.test_aggregate_report import station

    centre = station(tmp_path, hub, "CAV Leak Test", "cav", "rozzano")
    cabina = station(tmp_path, hub, "Cabina Leak Test", "cabina_regia", "milano_metro")
    knows(centre, cabina.identity.member_id)  # a round since the cabina joined
    actor = Actor(centre.vault.account.id, centre.vault.account.role.value, centre.vault.device_id)
    today = date.today()
    c = cases.create(
        centre.vault.db,
        actor,
        Person(alias="Filomena Quattrocchi", codice_fiscale=SEEDED[2]),
        Case(opened_on=today),
        at=centre.clock.now(),
    )
    cases.add_note(
        centre.vault.db, actor, c.id, "Abita in Via delle Ortensie 3", at=centre.clock.now()
    )
    demo.seed(centre.vault.db, actor, 200, now=datetime.now(UTC))
    send_report(centre, Period.year(today.year))
    assert sync(centre).sent == 1

    def hub_bytes() -> bytes:
        return b"".join(p.read_bytes() for p in hub.data_dir.glob("hub.sqlite3*"))

    in_transit = hub_bytes()
    assert sync(cabina).received == 1
    (row,) = VaultInbox(cabina.vault.db).rows("aggregate")
    assert row.payload is not None
    payload = json.dumps(row.payload, ensure_ascii=False)
    stored = str(cabina.vault.db.query("SELECT * FROM aggregate_reports")[0][:])
    after = hub_bytes()
    assert b"CAV Leak Test" in after, "teeth: this is the hub's database, with the directory"
    assert "new_contacts" in payload, "teeth: the decrypted report is the real one"
    for secret in (*SEEDED, c.person_id, c.id):
        assert secret not in payload, f"{secret!r} in the aggregate report"
        assert secret not in stored, f"{secret!r} stored by the cabina"
        for blob in (in_transit, after):
            assert secret.encode() not in blob, f"{secret!r} in the hub database"
    centre.vault.lock()
    cabina.vault.lock()


def test_imports_leave_the_files_contents_in_no_log_temp_file_or_console(tmp_path: Path) -> None:
    """A spreadsheet full of her data, imported by the CLI with --verbose (dry run, refused
    run, real run, a damaged file): logs, stdout, stderr and the temporary folder stay clean."""
    from openpyxl import Workbook

    data, tmp = tmp_path / "data", tmp_path / "tmp"
    tmp.mkdir()
    outputs = [ponte(data, "vault", "init", "--user", "admin", "--name", "Admin")]
    csv_file = tmp_path / "archivio.csv"
    csv_file.write_bytes(
        (
            "N. scheda;Nome;Codice fiscale;Data primo contatto;Note;Tipo di violenza\r\n"
            f"1;{SEEDED[0]} {SEEDED[1]};{SEEDED[2]};03/02/2019;Abita in {SEEDED[3]} 3;psicologica\r\n"
            f"2;{SEEDED[1]} Seconda;;31/02/2019;{SEEDED[3]};fisica\r\n"
            f"3;Terza;;04/02/2019;;{SEEDED[0]}\r\n"
        ).encode("cp1252")
    )
    wb = Workbook()
    wb.active.append(["Nome", "Data di accesso", "Anni"])
    wb.active.append([f"{SEEDED[0]} {SEEDED[1]}", "05/02/2019", "=1/0"])
    wb.save(tmp_path / "archivio.xlsx")
    (tmp_path / "rotto.xlsx").write_bytes(b"PK\x03\x04" + SEEDED[0].encode() * 50)
    env_tmp = {"TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}

    def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, **env_tmp, "PONTE_PASSPHRASE": PW, "PONTE_USER": "admin"}
        out = subprocess.run(
            [sys.executable, "-m", "ponte", "--verbose", "--data-dir", str(data), *args],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert (out.returncode == 0) == ok, out.stderr
        return out

    outputs += [
        run("import", str(csv_file), "--dry-run", ok=False),  # rows 3 and 4 are refused
        run("import", str(csv_file), ok=False),  # refused whole: nothing imported
        run("import", str(csv_file), "--leave-out-problems"),
        run("import", str(tmp_path / "archivio.xlsx"), "--dry-run", ok=False),
        run("import", str(tmp_path / "rotto.xlsx"), ok=False),
        run("import", "--template", str(tmp_path / "modello.xlsx")),
    ]
    assert "row 3, column D: This is not a date" in outputs[1].stdout, "teeth: rows are named"
    assert "Imported: 1 new cases" in outputs[3].stdout
    logs = "".join(p.read_text() for p in (data / "logs").glob("ponte.log*"))
    assert '"msg": "command import"' in logs
    for secret in SEEDED:
        assert secret not in logs, f"{secret!r} in the log"
        for o in outputs:
            assert secret not in o.stdout, f"{secret!r} printed"
            assert secret not in o.stderr, f"{secret!r} printed"
    assert list(tmp.iterdir()) == [], "no temporary file was left"
    from ponte.storage.vault import Vault

    v = Vault.unlock(data, "admin", PW)
    try:
        assert (
            v.db.scalar("SELECT count(*) FROM persons WHERE alias LIKE ?", (f"{SEEDED[0]}%",)) == 1
        )
    finally:
        v.lock()
