"""A case's scanned documents (or a received referral's), as the signed-in account.

Qt-free; run each method on the vault thread. Every read, copy and deletion is audited by
``storage/documents.py``; bytes leave the vault only into memory (``read``) or into the file
the person chose (``save_copy``).
"""

from __future__ import annotations

from pathlib import Path

from ponte.core.enums import DocumentKind
from ponte.storage import documents
from ponte.storage.documents import DocumentInfo as DocumentInfo
from ponte.storage.vault import Vault


class CaseDocuments:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def for_case(self, case_id: str) -> list[DocumentInfo]:
        return documents.for_case(self.vault.db, self.vault.actor, case_id)

    def for_received(self, sender: str, packet_id: str) -> list[DocumentInfo]:
        """Partner side: what came with the referral ``packet_id`` from ``sender``."""
        return documents.for_received(self.vault.db, sender, packet_id)

    def add(self, case_id: str, path: Path, kind: DocumentKind) -> DocumentInfo:
        v = self.vault
        return documents.add(v.db, v.actor, case_id, path, kind, at=v.clock.now())

    def read(self, doc_id: str) -> tuple[DocumentInfo, bytes]:
        v = self.vault
        return documents.read(v.db, v.actor, doc_id, at=v.clock.now())

    def save_copy(self, doc_id: str, dest: Path) -> Path:
        v = self.vault
        return documents.save_copy(v.db, v.actor, doc_id, dest, at=v.clock.now())

    def delete(self, doc_id: str) -> None:
        v = self.vault
        documents.delete(v.db, v.actor, doc_id, at=v.clock.now())
