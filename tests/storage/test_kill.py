"""SIGKILL a writer at many random points; the vault must open whole every time."""

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from ponte.storage import audit
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault

ROUNDS = 20
WRITER = Path(__file__).with_name("killwriter.py")


def test_sigkill_at_random_points_loses_no_committed_change(tmp_path: Path) -> None:
    pw = "kill test passphrase"
    vault, _ = Vault.create(
        tmp_path, username="w", display_name="W", passphrase=pw, kdf=TEST_PARAMS
    )
    vault.lock()
    rng = random.Random(20261125)
    committed: set[int] = set()
    deleted: set[int] = set()
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(tmp_path), "w", pw],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.01, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        for line in out.splitlines():
            if line.strip().isdigit():
                n = int(line)
                committed.add(n)
                if n % 7 == 0:
                    deleted.add(n - 3)
        check = Vault.unlock(tmp_path, "w", pw)
        assert check.db.scalar("PRAGMA integrity_check") == "ok"
        audit.verify_chain(check.db)
        present = {r[0] for r in check.db.query("SELECT n FROM kill_log")}
        # A writer killed after COMMIT but before printing still deleted n - 3.
        deleted |= {n - 3 for n in present if n % 7 == 0}
        missing = committed - deleted - present
        assert not missing, f"committed but lost: {sorted(missing)[:5]}"
        check.lock()
    assert len(committed) > ROUNDS, "the writer must have committed between kills"
    print(f"SIGKILL rounds: {ROUNDS}, committed transactions checked: {len(committed)}")
