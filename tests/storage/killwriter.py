"""Writer process for the SIGKILL test: commits forever, printing each committed number."""

import os
import sys
from pathlib import Path

from ponte.storage import audit
from ponte.storage.vault import Vault


def main() -> None:
    data, user, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    vault = Vault.unlock(data, user, passphrase)
    db = vault.db
    db.execute("CREATE TABLE IF NOT EXISTS kill_log (n INTEGER PRIMARY KEY, pad BLOB NOT NULL)")
    n = int(db.scalar("SELECT coalesce(max(n), 0) FROM kill_log"))
    print("ready", flush=True)
    while True:
        n += 1
        with db.transaction():
            db.execute("INSERT INTO kill_log VALUES (?, ?)", (n, os.urandom(1500 + n % 3000)))
            if n % 7 == 0:
                db.execute("DELETE FROM kill_log WHERE n = ?", (n - 3,))
            audit.append(db, actor=vault.account.id, action="test.write", at=vault.clock.now())
        # Printed only after COMMIT returned: the parent may count on every printed n.
        print(n, flush=True)


if __name__ == "__main__":
    main()
