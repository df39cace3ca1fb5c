-- Schema 1: the bookkeeping every later migration relies on.
-- Aggregates (cases, plans, consents, referrals, audit, outbox, inbox) come in later files.
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
