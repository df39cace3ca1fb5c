-- Schema 4: the women served, their cases and everything a case file holds.
-- Closed lists are stored as the English codes of core/enums.py and checked in Python.
-- Everything here is personal data inside the encrypted vault; see docs/data-model.md
-- for what may ever leave in a referral (little) and what never does.

CREATE TABLE persons (
    id                     TEXT PRIMARY KEY,
    woman_code             TEXT NOT NULL UNIQUE,  -- random per centre, never from the codice fiscale
    alias                  TEXT,                  -- a pseudonym is fine
    codice_fiscale         TEXT,                  -- optional, local only, never in a packet
    age_band               TEXT,
    citizenship            TEXT,
    comune_istat           TEXT,                  -- ISTAT code of the Comune, no street
    education              TEXT,
    employment             TEXT,
    income                 TEXT,
    economically_autonomous INTEGER NOT NULL DEFAULT 0,
    housing                TEXT,
    children_total         INTEGER NOT NULL DEFAULT 0,
    children_minors        INTEGER NOT NULL DEFAULT 0,
    minors_witnessed       INTEGER NOT NULL DEFAULT 0,
    minors_direct_victims  INTEGER NOT NULL DEFAULT 0,
    children_hosted        INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;
CREATE INDEX persons_alias ON persons (alias, id);

CREATE TABLE cases (
    id                TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    status            TEXT NOT NULL,
    opened_on         TEXT NOT NULL,          -- date of first contact (YYYY-MM-DD)
    first_contact     TEXT,
    invio_da          TEXT,
    violence_duration TEXT,
    author_relation   TEXT,
    assigned_to       TEXT NOT NULL,          -- account id of the operatrice
    shared            INTEGER NOT NULL DEFAULT 0,
    closed_on         TEXT,
    closure_reason    TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;
-- The list's sort indexes also carry the role-filter columns (assigned_to, shared), so an
-- operatrice's page is an ordered index scan with no table lookups.
CREATE INDEX cases_person ON cases (person_id, assigned_to, shared);
CREATE INDEX cases_status_opened ON cases (status, opened_on, id, assigned_to, shared);
CREATE INDEX cases_opened ON cases (opened_on, id, assigned_to, shared);
CREATE INDEX cases_updated ON cases (updated_at, id, assigned_to, shared);
CREATE INDEX cases_assigned ON cases (assigned_to, opened_on, id);
CREATE INDEX cases_shared ON cases (id) WHERE shared = 1;
CREATE INDEX cases_closed ON cases (closed_on) WHERE closed_on IS NOT NULL;

CREATE TABLE case_violence (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    form    TEXT NOT NULL,
    PRIMARY KEY (case_id, form)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_violence_form ON case_violence (form, case_id);

CREATE TABLE case_services (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    service TEXT NOT NULL,
    PRIMARY KEY (case_id, service)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_legal (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    flag    TEXT NOT NULL,
    PRIMARY KEY (case_id, flag)
) STRICT, WITHOUT ROWID;

-- Structure only: tool, ratings by item number, level. Never the wording of an item.
CREATE TABLE risk_assessments (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    tool         TEXT NOT NULL,
    version      TEXT NOT NULL DEFAULT '',
    licence_held INTEGER NOT NULL DEFAULT 0,
    assessor     TEXT NOT NULL,
    assessed_on  TEXT NOT NULL,
    sources      TEXT NOT NULL DEFAULT '[]',  -- JSON list of codes
    ratings      TEXT NOT NULL DEFAULT '[]',  -- JSON [{item, rating, period}]
    level        TEXT NOT NULL,
    imminent     INTEGER NOT NULL DEFAULT 0,
    next_review  TEXT
) STRICT;
CREATE INDEX risk_case ON risk_assessments (case_id, assessed_on);

-- Restricted: never exported, never in a packet.
CREATE TABLE safety_plans (
    case_id    TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;

-- The empowerment plan (progetto personalizzato): the heart of the protocol.
CREATE TABLE plan_steps (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    status      TEXT NOT NULL,
    partner     TEXT,                 -- directory member id of the responsible service
    started_on  TEXT,
    due_on      TEXT,
    ended_on    TEXT,
    outcome     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX plan_steps_case ON plan_steps (case_id, created_at);
CREATE INDEX plan_steps_type_status ON plan_steps (type, status);

CREATE TABLE contacts (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    by_account TEXT NOT NULL
) STRICT;
CREATE INDEX contacts_case ON contacts (case_id, at);

CREATE TABLE notes (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    by_account TEXT NOT NULL,
    body       TEXT NOT NULL
) STRICT;
CREATE INDEX notes_case ON notes (case_id, at);

-- Explicit consent per recipient and purpose, with expiry (GDPR art. 9(2)(a)).
CREATE TABLE consents (
    id            TEXT PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    recipient     TEXT NOT NULL DEFAULT '',  -- member id, or '' for any member of service_type
    service_type  TEXT NOT NULL,
    purpose       TEXT NOT NULL,
    fields        TEXT NOT NULL DEFAULT '[]', -- JSON list of field names she agreed to share
    given_on      TEXT NOT NULL,
    method        TEXT NOT NULL,
    expires_on    TEXT NOT NULL,
    withdrawn_at  TEXT,
    recorded_by   TEXT NOT NULL
) STRICT;
CREATE INDEX consents_person ON consents (person_id);

CREATE TABLE referrals (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    recipient    TEXT NOT NULL,
    service_type TEXT NOT NULL,
    consent_id   TEXT REFERENCES consents (id) ON DELETE SET NULL,
    packet_id    TEXT UNIQUE,
    fields       TEXT NOT NULL DEFAULT '[]', -- names of the fields that left
    status       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_status ON referrals (status, updated_at);

-- Search-as-you-type over code, alias and notes. Contentless (the text lives in the
-- tables above) with delete support; rowid = cases.rowid. Erasure runs 'optimize' so
-- deleted terms leave the index pages too (secure_delete zeroes the freed pages).
CREATE VIRTUAL TABLE case_fts USING fts5 (
    woman_code, alias, notes,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The unfiltered case count, kept by triggers: the list's first page after unlock must not
-- decrypt a whole index just to size its scrollbar.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT;
INSERT INTO counters VALUES ('cases', 0);
CREATE TRIGGER cases_count_insert AFTER INSERT ON cases
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'cases'; END;
CREATE TRIGGER cases_count_delete AFTER DELETE ON cases
BEGIN UPDATE counters SET value = value - 1 WHERE name = 'cases'; END;
