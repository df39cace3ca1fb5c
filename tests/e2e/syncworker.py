"""Sync process for the SIGKILL test: syncs a workstation's vault in a loop, forever."""

import sys
from pathlib import Path

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.storage.vault import Vault


def main() -> None:
    vault = Vault.unlock(Path(sys.argv[1]), "admin", sys.argv[2])
    ws = Workstation(vault)
    print("ready", flush=True)
    while True:
        result = sync(ws)
        print(f"sent {result.sent}", flush=True)


if __name__ == "__main__":
    main()
