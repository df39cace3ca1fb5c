"""Seed personal data, run the CLI flows (including failures and a crash), and grep every
log file and all console output for it."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from ponte.core.logs import JsonFormatter

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
