"""A consistently rewritten audit history passes the local check but not the hub's anchor."""

import os
import subprocess
import sys

from ponte.app.anchoring import check_against_hub
from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.storage import audit
from ponte.storage.audit import entry_hash


def _rewrite_history(ws: Workstation) -> None:
    """What an insider with the key could do: edit entry 2 and re-hash everything after."""
    db = ws.vault.db
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 2")
    prev = audit.GENESIS
    for e in audit.entries(db, limit=100_000):
        h = entry_hash(e.__dict__, prev)
        db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, h, e.seq))
        prev = h


def test_anchor_detects_a_rewritten_history(centre: Workstation) -> None:
    sync(centre)  # anchors the head at the hub
    assert check_against_hub(centre.vault.db, centre.client()).ok
    _rewrite_history(centre)
    audit.verify_chain(centre.vault.db)  # locally the forged chain looks fine…
    result = check_against_hub(centre.vault.db, centre.client())
    assert not result.ok  # …but not against the hub
    assert "rewritten" in result.detail


def test_cli_check_against_hub(centre: Workstation) -> None:
    sync(centre)
    data = centre.vault.data_dir
    _rewrite_history(centre)
    centre.vault.lock()
    env = {**os.environ, "PONTE_PASSPHRASE": "e2e passphrase!", "PONTE_USER": "admin"}
    out = subprocess.run(
        [sys.executable, "-m", "ponte", "vault", "check", "--against-hub", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 1
    assert "ok     audit chain (" in out.stdout
    assert "FAILED audit chain matches the hub's anchor" in out.stdout
