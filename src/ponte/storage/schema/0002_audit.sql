-- Schema 2: the append-only, hash-chained audit log.
-- Each entry stores the SHA-256 of the previous one; `ponte vault check` recomputes the chain.
-- Entries hold ids and action names only, never personal data.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,           -- 1, 2, 3 … without gaps
    at        TEXT    NOT NULL,              -- RFC 3339 UTC
    actor     TEXT    NOT NULL,              -- account id (or 'system')
    device    TEXT    NOT NULL DEFAULT '',   -- workstation id
    action    TEXT    NOT NULL,              -- e.g. 'case.read', 'case.update', 'account.add'
    entity    TEXT    NOT NULL DEFAULT '',   -- e.g. 'case'
    entity_id TEXT    NOT NULL DEFAULT '',
    detail    TEXT    NOT NULL DEFAULT '{}', -- JSON of ids and counts only
    prev_hash BLOB    NOT NULL,
    hash      BLOB    NOT NULL
) STRICT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
