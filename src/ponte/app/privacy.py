"""What the privacy screens ask of the vault: the consent register and her rights (access,
erasure), as the signed-in account.

Qt-free; run each method on the vault thread. Storage checks the role (a coordinatrice or
an amministratrice) and audits every step with ids and counts only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ponte.storage import privacy
from ponte.storage.erase import erase_person
from ponte.storage.export import subject_access
from ponte.storage.privacy import ConsentEntry, ConsentPage
from ponte.storage.vault import Vault

__all__ = ["ConsentEntry", "ConsentPage", "Privacy"]


class Privacy:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def today(self) -> date:
        return self.vault.clock.now().date()

    def consent_page(self, code: str, *, offset: int, limit: int) -> ConsentPage:
        """Every consent of the centre, newest first; ``code`` narrows to codes starting so."""
        v = self.vault
        return privacy.consent_page(v.db, v.actor, code=code, offset=offset, limit=limit)

    def access_export(self, woman_code: str) -> dict[str, Any]:
        """Everything the vault holds about her (GDPR art. 15), found by her code."""
        v = self.vault
        person_id = privacy.person_by_code(v.db, v.actor, woman_code)
        return subject_access(v.db, v.actor, person_id, at=v.clock.now())

    def erase(self, woman_code: str) -> int:
        """Erase her (GDPR art. 17); returns how many cases went with her."""
        v = self.vault
        person_id = privacy.person_by_code(v.db, v.actor, woman_code)
        return erase_person(v.db, v.actor, person_id, at=v.clock.now())
