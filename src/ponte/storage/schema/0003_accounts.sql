-- Schema 3: staff accounts. Passphrases live only in key slots (vault.keys), never here.
CREATE TABLE accounts (
    id           TEXT PRIMARY KEY,          -- UUIDv7, also the key slot's account_id
    username     TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('operatrice', 'coordinatrice', 'amministratrice')),
    created_at   TEXT NOT NULL,
    removed_at   TEXT                        -- NULL while the account can sign in
) STRICT;

CREATE UNIQUE INDEX accounts_username ON accounts (username) WHERE removed_at IS NULL;
