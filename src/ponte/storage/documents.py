"""Scanned documents of a case, kept encrypted inside the vault in 256 KiB chunks.

Adding streams the file from disk chunk by chunk inside one transaction (a 20 MB scan is
never one row and never all in memory at once); the media type comes from the magic bytes.
On the way in the SHA-256 is computed (stored, published by exports) and a Poly1305 tag under
a key of the document's own; on the way out the tag is checked (documents added before
schema 20 have none: their SHA-256 is checked). docs/vault.md says why a one-time tag. Role
rules are those of cases (``cases.require_access``): an operatrice reaches only the documents
of cases she can see. Every add, read, copy and delete is audited by id, never by file name.

Case documents replicate between a centre's workstations (docs/replication.md): one that
arrives from another workstation waits in ``documents_arriving`` (hidden) until every chunk
is here and its SHA-256 matches (:func:`settle`). Documents that arrived attached to a
referral (partner side) belong to that received referral (``received_from`` = its packet id,
``received_sender`` = the member that sent it: ids are unique per sender) instead of a case.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.poly1305 import Poly1305

from ponte.core import media
from ponte.core.clock import parse_rfc3339, rfc3339
from ponte.core.domain import Actor
from ponte.core.enums import DocumentKind
from ponte.core.errors import (
    DocumentLimitOutOfRange,
    DocumentTooLarge,
    DocumentTypeNotAllowed,
    IntegrityError,
    NotFound,
    PermissionDenied,
)
from ponte.core.fsutil import atomic_writer
from ponte.core.ids import new_id
from ponte.storage import audit
from ponte.storage.cases import require_access
from ponte.storage.db import Database

log = logging.getLogger(__name__)
CHUNK_BYTES = 256 * 1024
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
_LIMIT_KEY = "documents.max_bytes"
_COLS = (
    "id, case_id, received_from, kind, name, media_type, size, sha256, added_by, added_at,"
    " received_sender"
)
#: A document another workstation is still sending is not there yet.
_WHOLE = "id NOT IN (SELECT document_id FROM documents_arriving)"


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    case_id: str | None
    received_from: str | None  # packet id of the received referral it came with
    kind: DocumentKind
    name: str
    media_type: str
    size: int
    sha256: str  # hex
    added_by: str
    added_at: str
    received_sender: str | None = None  # the member that sent that referral


def _info(r: Any) -> DocumentInfo:
    return DocumentInfo(
        r["id"],
        r["case_id"],
        r["received_from"],
        DocumentKind(r["kind"]),
        r["name"],
        r["media_type"],
        int(r["size"]),
        bytes(r["sha256"]).hex(),
        r["added_by"],
        r["added_at"],
        r["received_sender"],
    )


def _about(doc: DocumentInfo, **more: Any) -> dict[str, Any]:
    """What an audit entry says of a document: which one, its case and kind (ids only)."""
    detail = {"case_id": doc.case_id or "", "kind": doc.kind.value, **more}
    return {"entity": "document", "entity_id": doc.id, "detail": detail}


# ---------------------------------------------------------------- the limit
def max_bytes(db: Database) -> int:
    """The vault's size limit for one document (a vault setting; 25 MiB unless changed)."""
    value = db.scalar("SELECT value FROM vault_meta WHERE key = ?", (_LIMIT_KEY,))
    return DEFAULT_MAX_BYTES if value is None else int(value)


def set_max_bytes(db: Database, actor: Actor, limit: int, *, at: datetime) -> None:
    if actor.role != "amministratrice":
        raise PermissionDenied("the document size limit is set by an administrator")
    if not 1024 * 1024 <= limit <= 512 * 1024 * 1024:
        raise DocumentLimitOutOfRange(params=(1, 512))
    with db.transaction():
        db.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)", (_LIMIT_KEY, str(limit))
        )
        audit.record(
            db,
            actor,
            "documents.limit",
            at=at,
            detail={"max_bytes": limit},
        )


def _too_large(size: int, limit: int) -> DocumentTooLarge:
    return DocumentTooLarge(f"{size / 2**20:.1f} MiB > {limit / 2**20:.0f} MiB")


# ---------------------------------------------------------------- writing
class _Sums:
    """What is computed over a document's bytes as they are stored here: the SHA-256 (kept,
    published by exports) and a Poly1305 tag under a key drawn for this one document (a
    Poly1305 key is used for one message; :class:`_Check` verifies it on read)."""

    def __init__(self) -> None:
        self.key = os.urandom(32)
        self.sha256 = hashlib.sha256()
        self._mac = Poly1305(self.key)

    def update(self, data: bytes) -> None:
        self.sha256.update(data)
        self._mac.update(data)

    def tag(self) -> bytes:
        return self._mac.finalize()


def _insert(
    db: Database,
    chunks: Iterator[bytes],
    *,
    case_id: str | None,
    received_from: tuple[str, str] | None,  # (sender, packet id) of a received referral
    kind: DocumentKind,
    name: str,
    added_by: str,
    at: datetime,
    limit: int,
) -> DocumentInfo:
    """Store the row and the chunks; the caller holds the transaction."""
    doc_id = new_id()
    first = next(chunks, b"")
    if not first:
        raise DocumentTypeNotAllowed("the file is empty")
    media_type = media.sniff(first[: media.SNIFF_BYTES])
    db.execute(  # the row first (chunks refer to it); size and checksum are set at the end
        f"INSERT INTO documents ({_COLS}, chunks) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc_id,
            case_id,
            None if received_from is None else received_from[1],
            kind.value,
            media.clean_name(name),
            media_type,
            0,
            b"",
            added_by,
            rfc3339(at),
            None if received_from is None else received_from[0],
            0,
        ),
    )
    sums = _Sums()
    size = seq = 0
    for chunk in itertools.chain((first,), chunks):
        size += len(chunk)
        if size > limit:
            raise _too_large(size, limit)
        sums.update(chunk)
        db.execute(
            "INSERT INTO document_chunks (document_id, seq, data) VALUES (?, ?, ?)",
            (doc_id, seq, chunk),
        )
        seq += 1
    db.execute(
        "UPDATE documents SET size = ?, sha256 = ?, chunks = ?, tag_key = ?, tag = ? WHERE id = ?",
        (size, sums.sha256.digest(), seq, sums.key, sums.tag(), doc_id),
    )
    return _get(db, doc_id)


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            yield chunk


def _bytes_chunks(data: bytes) -> Iterator[bytes]:
    for i in range(0, len(data), CHUNK_BYTES):
        yield data[i : i + CHUNK_BYTES]


def add(
    db: Database,
    actor: Actor,
    case_id: str,
    path: Path,
    kind: DocumentKind,
    *,
    at: datetime,
    name: str | None = None,
) -> DocumentInfo:
    """Add the file at ``path`` to the case, streamed in chunks, in one transaction."""
    require_access(db, actor, case_id)
    path = Path(path)
    limit = max_bytes(db)
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise NotFound(path.name) from exc
    if size > limit:
        raise _too_large(size, limit)  # before reading a byte
    with db.transaction():
        doc = _insert(
            db,
            _file_chunks(path),
            case_id=case_id,
            received_from=None,
            kind=kind,
            name=name or path.name,
            added_by=actor.account_id,
            at=at,
            limit=limit,
        )
        audit.record(db, actor, "document.add", at=at, **_about(doc, size=doc.size))
    return doc


def add_bytes(
    db: Database,
    actor: Actor,
    case_id: str,
    data: bytes,
    name: str,
    kind: DocumentKind,
    *,
    at: datetime,
) -> DocumentInfo:
    """Add a document held in memory (e.g. one generated by Ponte) to the case."""
    require_access(db, actor, case_id)
    limit = max_bytes(db)
    if len(data) > limit:
        raise _too_large(len(data), limit)
    with db.transaction():
        doc = _insert(
            db,
            _bytes_chunks(data),
            case_id=case_id,
            received_from=None,
            kind=kind,
            name=name,
            added_by=actor.account_id,
            at=at,
            limit=limit,
        )
        audit.record(db, actor, "document.add", at=at, **_about(doc, size=doc.size))
    return doc


def store_received(
    db: Database,
    sender: str,
    packet_id: str,
    data: bytes,
    name: str,
    kind: DocumentKind,
    *,
    at: datetime,
    actor: str = "sync",
    device: str = "",
) -> DocumentInfo:
    """Partner side: keep a referral's attachment as a document of that received referral.

    Runs inside the inbox's transaction; the packet limit (3 MiB) is below any vault limit.
    """
    doc = _insert(
        db,
        _bytes_chunks(data),
        case_id=None,
        received_from=(sender, packet_id),
        kind=kind,
        name=name,
        added_by=actor,
        at=at,
        limit=max(max_bytes(db), len(data)),
    )
    audit.append(
        db,
        actor=actor,
        device=device,
        action="document.receive",
        at=at,
        **_about(doc, packet_id=packet_id),
    )
    return doc


# ---------------------------------------------------------------- arriving
def settle(db: Database) -> list[str]:
    """Received documents that are whole now: every chunk here and the SHA-256 the sender
    computed matches, so they are shown (audited by id and kind only, at the time it was
    added, as received changes are). Inside the transaction that applied their last chunk;
    returns their ids."""
    rows = db.query(
        "SELECT d.id, d.kind, d.chunks, d.sha256, d.added_at,"
        " (SELECT count(*) FROM document_chunks c WHERE c.document_id = d.id) AS have"
        " FROM documents_arriving a JOIN documents d ON d.id = a.document_id"
    )
    whole = []
    for r in rows:
        if r["have"] != r["chunks"]:
            continue
        sums = _Sums()  # this vault's own check from now on, as for a document added here
        for (data,) in db.execute(
            "SELECT data FROM document_chunks WHERE document_id = ? ORDER BY seq", (r["id"],)
        ):
            sums.update(data)
        if sums.sha256.digest() != bytes(r["sha256"]):
            log.warning("replicated document %s does not match its checksum: kept hidden", r["id"])
            continue
        db.execute(  # tag_key and tag stay on this workstation: they do not replicate
            "UPDATE documents SET tag_key = ?, tag = ? WHERE id = ?",
            (sums.key, sums.tag(), r["id"]),
        )
        db.execute("DELETE FROM documents_arriving WHERE document_id = ?", (r["id"],))
        audit.append(
            db,
            actor="system",
            action="document.replicated",
            at=parse_rfc3339(r["added_at"]),
            entity="document",
            entity_id=r["id"],
            detail={"kind": r["kind"]},
        )
        whole.append(str(r["id"]))
    return whole


# ---------------------------------------------------------------- reading
def _get(db: Database, doc_id: str) -> DocumentInfo:
    row = db.query_one(f"SELECT {_COLS} FROM documents WHERE id = ? AND {_WHOLE}", (doc_id,))
    if row is None:
        raise NotFound(f"document {doc_id}")
    return _info(row)


def get(db: Database, actor: Actor, doc_id: str) -> DocumentInfo:
    """The document's description, if the actor may see its case."""
    doc = _get(db, doc_id)
    if doc.case_id is not None:
        require_access(db, actor, doc.case_id)
    return doc


def for_case(db: Database, actor: Actor, case_id: str) -> list[DocumentInfo]:
    require_access(db, actor, case_id)
    rows = db.query(
        f"SELECT {_COLS} FROM documents WHERE case_id = ? AND {_WHOLE} ORDER BY added_at, id",
        (case_id,),
    )
    return [_info(r) for r in rows]


def for_received(db: Database, sender: str, packet_id: str) -> list[DocumentInfo]:
    """Partner side: the documents that came with the referral ``packet_id`` from ``sender``."""
    rows = db.query(
        f"SELECT {_COLS} FROM documents WHERE received_from = ? AND received_sender = ?"
        " ORDER BY added_at, id",
        (packet_id, sender),
    )
    return [_info(r) for r in rows]


class _Check:
    """What reading checks the bytes against: the document's Poly1305 tag under its own key,
    or, for a document added before schema 20 (no tag), its SHA-256."""

    def __init__(self, db: Database, doc: DocumentInfo) -> None:
        self._doc = doc
        row = db.query_one("SELECT tag_key, tag FROM documents WHERE id = ?", (doc.id,))
        if row is None:
            raise NotFound(f"document {doc.id}")
        self._tag = None if row[1] is None else bytes(row[1])
        self._mac = None if row[0] is None else Poly1305(bytes(row[0]))
        self._sha = hashlib.sha256()
        self.update = self._sha.update if self._mac is None else self._mac.update

    def verify(self) -> None:
        if self._mac is None:
            ok = self._sha.hexdigest() == self._doc.sha256
        else:
            try:
                self._mac.verify(self._tag or b"")  # compared in constant time
                ok = True
            except InvalidSignature:
                ok = False
        if not ok:
            raise IntegrityError(f"document {self._doc.id} does not match its checksum")


def _chunks(db: Database, doc: DocumentInfo) -> Iterator[bytes]:
    """The chunks in order, from one query whose rows are fetched one at a time (never the
    whole document in one result set), each checked on the way (:class:`_Check`); a
    missing, extra, reordered or changed chunk raises :class:`IntegrityError` after the last
    one, so a caller that writes them out must not keep what it wrote before the end."""
    check = _Check(db, doc)
    rows = db.execute(
        "SELECT seq, data FROM document_chunks WHERE document_id = ? ORDER BY seq", (doc.id,)
    )
    for expected, (seq, data) in enumerate(rows):
        if seq != expected:
            break  # a gap: what came so far cannot match the tag
        check.update(data)
        yield data
    check.verify()


def iter_chunks(
    db: Database, actor: Actor, doc_id: str, *, at: datetime, action: str = "document.read"
) -> Iterator[bytes]:
    """Stream the document's bytes (audited when the stream starts); checks the SHA-256."""
    doc = get(db, actor, doc_id)
    audit.record(db, actor, action, at=at, **_about(doc))
    return _chunks(db, doc)


def read(
    db: Database,
    actor: Actor,
    doc_id: str,
    *,
    at: datetime,
    action: str = "document.read",
    **detail: Any,
) -> tuple[DocumentInfo, bytes]:
    """The document and its bytes, in memory only (audited, checksum verified)."""
    doc = get(db, actor, doc_id)
    audit.record(db, actor, action, at=at, **_about(doc, **detail))
    return doc, b"".join(_chunks(db, doc))


def save_copy(db: Database, actor: Actor, doc_id: str, dest: Path, *, at: datetime) -> Path:
    """Write a plaintext copy where the person explicitly chose (audited as an export)."""
    doc = get(db, actor, doc_id)
    dest = Path(dest)
    with atomic_writer(dest) as f:
        for chunk in _chunks(db, doc):
            f.write(chunk)
    audit.record(db, actor, "document.export", at=at, **_about(doc))
    return dest


# ---------------------------------------------------------------- deleting
def delete(db: Database, actor: Actor, doc_id: str, *, at: datetime) -> None:
    """Remove the document; secure_delete zeroes its pages, a checkpoint empties the WAL."""
    doc = get(db, actor, doc_id)
    if doc.case_id is None and not actor.sees_all_cases:
        raise PermissionDenied("received documents are removed by a coordinator")
    with db.transaction():
        db.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
        audit.record(db, actor, "document.delete", at=at, **_about(doc))
    db.checkpoint()


def case_documents_export(db: Database, case_id: str) -> list[dict[str, Any]]:
    """Descriptions of a case's documents, for exports (the caller checked access)."""
    rows = db.query(
        f"SELECT {_COLS} FROM documents WHERE case_id = ? AND {_WHOLE} ORDER BY added_at, id",
        (case_id,),
    )
    out = []
    for r in rows:
        d = _info(r)
        out.append(
            {
                "id": d.id,
                "kind": d.kind.value,
                "name": d.name,
                "media_type": d.media_type,
                "size": d.size,
                "sha256": d.sha256,
                "added_by": d.added_by,
                "added_at": d.added_at,
            }
        )
    return out


def content(db: Database, doc_id: str) -> bytes:
    """The bytes of a document (for exports whose caller checked access and audited)."""
    return b"".join(_chunks(db, _get(db, doc_id)))
