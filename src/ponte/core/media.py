"""What a scanned document is, told by its first bytes (never by its file name).

A file is accepted only if its magic bytes say PDF, PNG, JPEG or TIFF; anything else,
including a PDF renamed ``.png`` the other way round, is judged by content alone.
"""

from __future__ import annotations

import unicodedata

from ponte.core.errors import DocumentNameMissing, DocumentTypeNotAllowed

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
)
#: Bytes needed to tell every accepted type apart.
SNIFF_BYTES = 8
#: Kept in the vault.
MEDIA_TYPES = frozenset({PDF, PNG, JPEG, TIFF})
#: May travel in a referral's ``attachment`` (core/payloads.py): what every viewer opens.
ATTACHABLE = frozenset({PDF, PNG, JPEG})
EXTENSIONS = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg", TIFF: ".tif"}
MAX_NAME = 120


def sniff(head: bytes) -> str:
    """The media type of a file starting with ``head``, or DocumentTypeNotAllowed."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    raise DocumentTypeNotAllowed()


def clean_name(name: str) -> str:
    """A file name fit to show and store: no folders, no control characters, ≤ 120 chars."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    if not base or base in {".", ".."}:
        raise DocumentNameMissing()
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        keep = MAX_NAME - len(ext) - 1 if dot and len(ext) <= 8 else MAX_NAME
        base = (stem[:keep] + "." + ext) if dot and len(ext) <= 8 else base[:keep]
    return base
