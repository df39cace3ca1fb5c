-- Schema 17: a received packet is known by its sender and its id (issue 15.9; docs/sync.md).
-- Packet ids are unique per sender, not across the network: a member that learnt another's
-- packet id in advance could send a packet of its own under it first, and the genuine one,
-- keyed here by the id alone, could not be stored. The inbox, the documents that came with a
-- received referral and the aggregate reports a cabina di regia received are now keyed by
-- (packet id, sender). No row is dropped; nothing leaves the vault.
--
-- Tables that others reference are rebuilt as SQLite's "other kinds of table schema changes"
-- says: with foreign keys off (dropping the old inbox or documents table must not cascade
-- into the documents or their chunks), every reference checked before the commit.
-- ponte: foreign keys off

CREATE TABLE inbox_new (
    packet_id   TEXT NOT NULL,
    sender      TEXT NOT NULL,
    type        TEXT NOT NULL,
    payload     TEXT,                            -- JSON, NULL when refused
    refused     TEXT,                            -- error kind when refused
    state       TEXT NOT NULL DEFAULT 'new',     -- see storage/lifecycle.py
    raw         BLOB NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (packet_id, sender)
) STRICT;
INSERT INTO inbox_new (packet_id, sender, type, payload, refused, state, raw, received_at)
    SELECT packet_id, sender, type, payload, refused, state, raw, received_at FROM inbox;

CREATE TABLE documents_new (
    id              TEXT PRIMARY KEY,
    case_id         TEXT REFERENCES cases (id) ON DELETE CASCADE,
    received_from   TEXT,                  -- packet id of the received referral it came with
    received_sender TEXT,                  -- and the member that sent that referral
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    media_type      TEXT NOT NULL,
    size            INTEGER NOT NULL CHECK (size >= 0),
    sha256          BLOB NOT NULL,
    chunks          INTEGER NOT NULL,
    added_by        TEXT NOT NULL,
    added_at        TEXT NOT NULL,
    FOREIGN KEY (received_from, received_sender)
        REFERENCES inbox (packet_id, sender) ON DELETE CASCADE,
    CHECK ((case_id IS NULL) <> (received_from IS NULL)),
    CHECK ((received_from IS NULL) = (received_sender IS NULL))
) STRICT;
INSERT INTO documents_new (id, case_id, received_from, received_sender, kind, name,
                           media_type, size, sha256, chunks, added_by, added_at)
    SELECT d.id, d.case_id, d.received_from,
           (SELECT i.sender FROM inbox i WHERE i.packet_id = d.received_from),
           d.kind, d.name, d.media_type, d.size, d.sha256, d.chunks, d.added_by, d.added_at
    FROM documents d;

-- document_chunks keeps its rows and its reference to "documents", now the new table.
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
DROP TABLE inbox;
ALTER TABLE inbox_new RENAME TO inbox;
CREATE INDEX inbox_type ON inbox (type, received_at);
CREATE INDEX documents_case ON documents (case_id, added_at) WHERE case_id IS NOT NULL;
CREATE INDEX documents_received ON documents (received_from, received_sender)
    WHERE received_from IS NOT NULL;

-- A cabina di regia keeps each centre's report under (packet id, sender) too.
CREATE TABLE aggregate_reports_new (
    packet_id   TEXT NOT NULL,
    sender      TEXT NOT NULL,               -- member id of the centre
    network     TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    tables      TEXT NOT NULL,               -- JSON list of {name, columns, rows}
    received_at TEXT NOT NULL,
    PRIMARY KEY (packet_id, sender)
) STRICT;
INSERT INTO aggregate_reports_new (packet_id, sender, network, period_from, period_to,
                                   tables, received_at)
    SELECT packet_id, sender, network, period_from, period_to, tables, received_at
    FROM aggregate_reports;
DROP TABLE aggregate_reports;
ALTER TABLE aggregate_reports_new RENAME TO aggregate_reports;
CREATE INDEX aggregate_period ON aggregate_reports (period_from, period_to, sender, received_at);
