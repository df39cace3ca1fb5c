-- Schema 7: scanned documents (consent forms, medical reports, her CV) inside the vault.
-- The bytes live in 256 KiB chunks, so a 20 MB scan is many ordinary rows, never one huge
-- one; SQLCipher encrypts them like every other page and secure_delete zeroes them on delete.
-- A document belongs either to a case (the centre) or to a received referral (a partner
-- service that got it as an attachment): exactly one of the two.
CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    case_id       TEXT REFERENCES cases (id) ON DELETE CASCADE,
    received_from TEXT REFERENCES inbox (packet_id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size >= 0),
    sha256        BLOB NOT NULL,
    chunks        INTEGER NOT NULL,
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    CHECK ((case_id IS NULL) <> (received_from IS NULL))
) STRICT;
CREATE INDEX documents_case ON documents (case_id, added_at) WHERE case_id IS NOT NULL;
CREATE INDEX documents_received ON documents (received_from) WHERE received_from IS NOT NULL;

-- A rowid table (not WITHOUT ROWID): large blobs belong in overflow pages of a table b-tree.
CREATE TABLE document_chunks (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL
) STRICT;
CREATE UNIQUE INDEX document_chunks_seq ON document_chunks (document_id, seq);

INSERT OR IGNORE INTO vault_meta (key, value) VALUES ('documents.max_bytes', '26214400');
