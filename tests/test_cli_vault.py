"""The vault commands as a centre's IT volunteer runs them: real processes, real files."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PW = "volunteer passphrase"


def ponte(
    *args: str, env: dict[str, str] | None = None, ok: bool = True
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "ponte", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    out = ponte(
        "vault",
        "init",
        "--data-dir",
        str(d),
        "--user",
        "admin",
        "--name",
        "Admin",
        env={"PONTE_PASSPHRASE": PW},
    )
    assert "RECOVERY KEY" in out.stdout
    return d


def login(data: Path) -> dict[str, str]:
    return {"PONTE_PASSPHRASE": PW, "PONTE_USER": "admin"}


def test_init_check_backup_restore_rekey(data: Path, tmp_path: Path) -> None:
    env = login(data)
    out = ponte("vault", "check", "--data-dir", str(data), env=env)
    key_line = next(line for line in out.stdout.splitlines() if "key file" in line)
    assert key_line == "ok     key file is private (mode 0600)", key_line
    assert "FAILED" not in out.stdout
    assert "ok     audit chain" in out.stdout
    ponte("vault", "backup", "--data-dir", str(data), str(tmp_path / "b.pontebak"), env=env)
    ponte("vault", "rekey", "--data-dir", str(data), env=env)
    ponte("vault", "restore", "--data-dir", str(data), str(tmp_path / "b.pontebak"), env=env)
    ponte("vault", "check", "--data-dir", str(data), env=env)


def test_wrong_passphrase_is_a_sentence_not_a_traceback(data: Path) -> None:
    out = ponte(
        "vault",
        "check",
        "--data-dir",
        str(data),
        env={"PONTE_PASSPHRASE": "nope nope nope", "PONTE_USER": "admin"},
        ok=False,
    )
    assert out.returncode == 2
    assert "passphrase is not right" in out.stderr
    assert "Traceback" not in out.stderr


def test_check_names_a_broken_audit_chain(data: Path) -> None:
    # Someone with the key rewrites history: the check must say so and fail.
    from ponte.storage.vault import Vault

    v = Vault.unlock(data, "admin", PW)
    v.db.execute("DROP TRIGGER audit_log_no_update")
    v.db.execute("UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 1")
    v.db.close()
    out = ponte("vault", "check", "--data-dir", str(data), env=login(data), ok=False)
    assert out.returncode == 1
    assert "FAILED audit chain" in out.stdout


def test_check_names_a_damaged_database(data: Path) -> None:
    db = data / "vault" / "vault.db"
    raw = db.read_bytes()
    db.write_bytes(raw[: len(raw) // 2])
    out = ponte("vault", "check", "--data-dir", str(data), env=login(data), ok=False)
    assert out.returncode == 2
    assert "vault.db" in out.stderr


def test_accounts_and_passwd(data: Path, tmp_path: Path) -> None:
    env = login(data)
    ponte(
        "vault",
        "account",
        "add",
        "giulia",
        "--name",
        "Giulia",
        "--role",
        "operatrice",
        "--data-dir",
        str(data),
        env={**env, "PONTE_NEW_PASSPHRASE": "giulia passphrase"},
    )
    out = ponte("vault", "account", "list", "--data-dir", str(data), env=env)
    assert "giulia\toperatrice" in out.stdout
    ponte(
        "vault",
        "passwd",
        "--data-dir",
        str(data),
        env={**env, "PONTE_NEW_PASSPHRASE": "a new passphrase!"},
    )
    ponte(
        "vault",
        "account",
        "list",
        "--data-dir",
        str(data),
        env={"PONTE_USER": "admin", "PONTE_PASSPHRASE": "a new passphrase!"},
    )


def test_demo_seed_and_case_export(data: Path) -> None:
    env = login(data)
    out = ponte("demo", "seed", "--cases", "25", "--data-dir", str(data), env=env)
    assert "25 DEMO cases" in out.stdout
    out = ponte("case", "export", "--all", "--format", "jsonl", "--data-dir", str(data), env=env)
    lines = out.stdout.splitlines()
    assert len(lines) == 25
    import json

    first = json.loads(lines[0])
    assert first["person"]["woman_code"].startswith("DEMO-")
    assert "safety_plan" not in first, "the safety plan never leaves in an export"
    one = ponte("case", "export", "--case", first["case"]["id"], "--data-dir", str(data), env=env)
    assert json.loads(one.stdout)[0]["case"]["id"] == first["case"]["id"]


def test_access_export_and_erasure(data: Path, tmp_path: Path) -> None:
    import json

    env = login(data)
    ponte("demo", "seed", "--cases", "3", "--data-dir", str(data), env=env)
    out = ponte("case", "export", "--all", "--format", "jsonl", "--data-dir", str(data), env=env)
    person = json.loads(out.stdout.splitlines()[0])["person"]["id"]
    target = tmp_path / "her-data.json"
    ponte(
        "case",
        "access-export",
        "--person",
        person,
        "--out",
        str(target),
        "--data-dir",
        str(data),
        env=env,
    )
    assert json.loads(target.read_text())["cases"][0]["person"]["id"] == person
    refused = ponte("case", "erase", "--person", person, "--data-dir", str(data), env=env, ok=False)
    assert "--yes" in refused.stderr
    ponte("case", "erase", "--person", person, "--yes", "--data-dir", str(data), env=env)
    out = ponte("case", "export", "--all", "--format", "jsonl", "--data-dir", str(data), env=env)
    assert len(out.stdout.splitlines()) == 2
    assert person not in out.stdout
