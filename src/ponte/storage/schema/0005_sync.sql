-- Schema 5: what travels. Persist before send: a packet is sealed and stored here in the
-- same transaction as the referral it carries; the sync engine only sends stored rows.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY,             -- send order
    packet_id  TEXT NOT NULL UNIQUE,
    recipient  TEXT NOT NULL,
    type       TEXT NOT NULL,
    data       BLOB NOT NULL,                   -- the sealed, signed packet
    state      TEXT NOT NULL DEFAULT 'queued',  -- queued, sent, acknowledged, expired, failed
    attempts   INTEGER NOT NULL DEFAULT 0,
    reason     TEXT,                            -- error kind when failed (never free text)
    receipt    BLOB,                            -- the hub's signed receipt
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_state ON outbox (state, seq);

-- Everything received, refused ones too (with the reason), so a packet is handled once.
CREATE TABLE inbox (
    packet_id   TEXT PRIMARY KEY,
    sender      TEXT NOT NULL,
    type        TEXT NOT NULL,
    payload     TEXT,                            -- JSON, NULL when refused
    refused     TEXT,                            -- error kind when refused
    state       TEXT NOT NULL DEFAULT 'new',     -- new, accepted, declined, in_progress, done, withdrawn
    raw         BLOB NOT NULL,
    received_at TEXT NOT NULL
) STRICT;
CREATE INDEX inbox_type ON inbox (type, received_at);

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- This workstation's identity in the network: member id, hub, and its private keys (inside
-- the encrypted vault, never anywhere else). One row per key.
CREATE TABLE identity (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
