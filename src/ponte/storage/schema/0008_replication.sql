-- Schema 8: replication between the devices (workstations) of one centre.
-- See docs/replication.md. Every write to a replicated table is captured by the triggers at
-- the end of this file into replica_pending, in the same statement; capture.flush (before
-- every commit) stamps it with a hybrid logical clock and appends it to replica_log.

-- mute = 1: writes are not captured. So it is until the workstation founds or joins a
-- centre's devices (a lone vault pays nothing; its existing data travels as a snapshot),
-- and again for a moment while received changes are applied.
CREATE TABLE replica_ctl (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    mute INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO replica_ctl VALUES (1, 1);

-- hlc (the last stamp issued or seen), centre_id, joined (snapshot applied) …
CREATE TABLE replica_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Captured by triggers, stamped and cleared before the transaction commits.
CREATE TABLE replica_pending (
    seq   INTEGER PRIMARY KEY,
    tbl   TEXT NOT NULL,
    rk    TEXT NOT NULL,
    op    TEXT NOT NULL,   -- ins, upd, del
    col   TEXT,
    value ANY
) STRICT;
-- A deleted row's captured values go at once (erasure leaves nothing behind).
CREATE INDEX replica_pending_row ON replica_pending (tbl, rk);

-- Every change this device made or received, in the order it learnt them (which keeps each
-- origin's own order: relaying in log order is causal delivery). stamp = HLC + origin device.
CREATE TABLE replica_log (
    seq    INTEGER PRIMARY KEY,
    stamp  TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    tbl    TEXT NOT NULL,
    rk     TEXT NOT NULL,
    op     TEXT NOT NULL,  -- put (insert when body.i), del
    body   TEXT NOT NULL   -- JSON: f {col: value}, b {col: [base stamps]}, a actor, w wall time, i
) STRICT;
CREATE INDEX replica_log_row ON replica_log (tbl, rk);

-- The stamp that created each row (the implicit version of its never-edited fields).
CREATE TABLE replica_rows (
    tbl   TEXT NOT NULL,
    rk    TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (tbl, rk)
) STRICT, WITHOUT ROWID;

-- Current versions of edited fields. One row: settled. Several: concurrent edits, a conflict
-- a person resolves (the table holds the value of the highest stamp meanwhile).
CREATE TABLE replica_heads (
    tbl    TEXT NOT NULL,
    rk     TEXT NOT NULL,
    col    TEXT NOT NULL,
    stamp  TEXT NOT NULL,
    value  ANY,
    actor  TEXT NOT NULL,
    device TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (tbl, rk, col, stamp)
) STRICT, WITHOUT ROWID;

-- Deleted rows: a delete wins over every concurrent or later edit of the same row.
CREATE TABLE replica_tombs (
    tbl   TEXT NOT NULL,
    rk    TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (tbl, rk)
) STRICT, WITHOUT ROWID;

-- Version vector: the newest stamp received from each origin device.
CREATE TABLE replica_vv (
    device TEXT PRIMARY KEY,
    stamp  TEXT NOT NULL
) STRICT;

-- Sending side: how far of replica_log each peer device has been sent.
CREATE TABLE replica_peers (
    device   TEXT PRIMARY KEY,
    sent_seq INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Receiving side: the last log seq applied from each sender (a gap defers later sets).
CREATE TABLE replica_streams (
    device      TEXT PRIMARY KEY,
    applied_seq INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Change sets that arrived early (before the snapshot, or after a gap), applied later.
CREATE TABLE replica_deferred (
    id     INTEGER PRIMARY KEY,
    sender TEXT NOT NULL,
    body   TEXT NOT NULL
) STRICT;

-- Received changes whose row (or parent row) has not arrived yet: a new device's first
-- edits can reach a peer before the history its snapshot held. Applied when it arrives.
CREATE TABLE replica_parked (
    id       INTEGER PRIMARY KEY,
    tbl      TEXT NOT NULL,
    rk       TEXT NOT NULL,
    wait_tbl TEXT NOT NULL,
    wait_rk  TEXT NOT NULL,
    stamp    TEXT NOT NULL,
    op       TEXT NOT NULL,
    body     TEXT NOT NULL
) STRICT;
CREATE INDEX replica_parked_wait ON replica_parked (wait_tbl, wait_rk);

-- The centre's devices (replicated like case data) and its replication keys (not replicated:
-- each new key travels sealed to each remaining device).
CREATE TABLE replica_devices (
    device_id      TEXT PRIMARY KEY,
    member_id      TEXT NOT NULL,
    name           TEXT NOT NULL,
    signing_key    TEXT NOT NULL,   -- raw Ed25519 public, hex
    encryption_key TEXT NOT NULL,   -- raw X25519 public, hex
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL,
    removed_at     TEXT
) STRICT;

-- Staff names of every device, so a conflict can say who wrote each side. Filled from
-- accounts by the triggers below; replicated (accounts and their key slots are not).
CREATE TABLE replica_staff (
    account_id   TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    device_id    TEXT NOT NULL
) STRICT;
INSERT INTO replica_staff
    SELECT a.id, a.display_name, m.value FROM accounts a JOIN vault_meta m ON m.key = 'device_id';
CREATE TRIGGER replica_staff_account_add AFTER INSERT ON accounts
BEGIN
  INSERT INTO replica_staff VALUES
    (NEW.id, NEW.display_name, coalesce((SELECT value FROM vault_meta WHERE key = 'device_id'), ''))
    ON CONFLICT (account_id) DO UPDATE SET display_name = excluded.display_name;
END;
CREATE TRIGGER replica_staff_account_name AFTER UPDATE OF display_name ON accounts
BEGIN
  UPDATE replica_staff SET display_name = NEW.display_name WHERE account_id = NEW.id;
END;

CREATE TABLE replica_keys (
    epoch      INTEGER PRIMARY KEY,
    key        BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Capture triggers (generated by storage/replica/tables.py: trigger_sql).
CREATE TRIGGER replica_persons_ins AFTER INSERT ON persons WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('persons', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'woman_code', NEW.woman_code, 'alias', NEW.alias, 'codice_fiscale', NEW.codice_fiscale, 'age_band', NEW.age_band, 'citizenship', NEW.citizenship, 'comune_istat', NEW.comune_istat, 'education', NEW.education, 'employment', NEW.employment, 'income', NEW.income, 'economically_autonomous', NEW.economically_autonomous, 'housing', NEW.housing, 'children_total', NEW.children_total, 'children_minors', NEW.children_minors, 'minors_witnessed', NEW.minors_witnessed, 'minors_direct_victims', NEW.minors_direct_victims, 'children_hosted', NEW.children_hosted, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;
CREATE TRIGGER replica_persons_del AFTER DELETE ON persons WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'persons' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('persons', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_persons_upd AFTER UPDATE ON persons WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'woman_code', NEW.woman_code WHERE OLD.woman_code IS NOT NEW.woman_code;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'alias', NEW.alias WHERE OLD.alias IS NOT NEW.alias;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'codice_fiscale', NEW.codice_fiscale WHERE OLD.codice_fiscale IS NOT NEW.codice_fiscale;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'age_band', NEW.age_band WHERE OLD.age_band IS NOT NEW.age_band;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'citizenship', NEW.citizenship WHERE OLD.citizenship IS NOT NEW.citizenship;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'comune_istat', NEW.comune_istat WHERE OLD.comune_istat IS NOT NEW.comune_istat;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'education', NEW.education WHERE OLD.education IS NOT NEW.education;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'employment', NEW.employment WHERE OLD.employment IS NOT NEW.employment;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'income', NEW.income WHERE OLD.income IS NOT NEW.income;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'economically_autonomous', NEW.economically_autonomous WHERE OLD.economically_autonomous IS NOT NEW.economically_autonomous;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'housing', NEW.housing WHERE OLD.housing IS NOT NEW.housing;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'children_total', NEW.children_total WHERE OLD.children_total IS NOT NEW.children_total;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'children_minors', NEW.children_minors WHERE OLD.children_minors IS NOT NEW.children_minors;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'minors_witnessed', NEW.minors_witnessed WHERE OLD.minors_witnessed IS NOT NEW.minors_witnessed;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'minors_direct_victims', NEW.minors_direct_victims WHERE OLD.minors_direct_victims IS NOT NEW.minors_direct_victims;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'children_hosted', NEW.children_hosted WHERE OLD.children_hosted IS NOT NEW.children_hosted;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'persons', NEW.id, 'upd', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
END;

CREATE TRIGGER replica_cases_ins AFTER INSERT ON cases WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('cases', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'status', NEW.status, 'opened_on', NEW.opened_on, 'first_contact', NEW.first_contact, 'invio_da', NEW.invio_da, 'violence_duration', NEW.violence_duration, 'author_relation', NEW.author_relation, 'assigned_to', NEW.assigned_to, 'shared', NEW.shared, 'closed_on', NEW.closed_on, 'closure_reason', NEW.closure_reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;
CREATE TRIGGER replica_cases_del AFTER DELETE ON cases WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'cases' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('cases', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_cases_upd AFTER UPDATE ON cases WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'person_id', NEW.person_id WHERE OLD.person_id IS NOT NEW.person_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'status', NEW.status WHERE OLD.status IS NOT NEW.status;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'opened_on', NEW.opened_on WHERE OLD.opened_on IS NOT NEW.opened_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'first_contact', NEW.first_contact WHERE OLD.first_contact IS NOT NEW.first_contact;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'invio_da', NEW.invio_da WHERE OLD.invio_da IS NOT NEW.invio_da;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'violence_duration', NEW.violence_duration WHERE OLD.violence_duration IS NOT NEW.violence_duration;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'author_relation', NEW.author_relation WHERE OLD.author_relation IS NOT NEW.author_relation;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'assigned_to', NEW.assigned_to WHERE OLD.assigned_to IS NOT NEW.assigned_to;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'shared', NEW.shared WHERE OLD.shared IS NOT NEW.shared;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'closed_on', NEW.closed_on WHERE OLD.closed_on IS NOT NEW.closed_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'closure_reason', NEW.closure_reason WHERE OLD.closure_reason IS NOT NEW.closure_reason;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'cases', NEW.id, 'upd', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
END;

CREATE TRIGGER replica_case_violence_ins AFTER INSERT ON case_violence WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('case_violence', json_array(NEW.case_id, NEW.form), 'ins', NULL, json_object('case_id', NEW.case_id, 'form', NEW.form));
END;
CREATE TRIGGER replica_case_violence_del AFTER DELETE ON case_violence WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'case_violence' AND rk = json_array(OLD.case_id, OLD.form);
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('case_violence', json_array(OLD.case_id, OLD.form), 'del', NULL, NULL);
END;

CREATE TRIGGER replica_case_services_ins AFTER INSERT ON case_services WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('case_services', json_array(NEW.case_id, NEW.service), 'ins', NULL, json_object('case_id', NEW.case_id, 'service', NEW.service));
END;
CREATE TRIGGER replica_case_services_del AFTER DELETE ON case_services WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'case_services' AND rk = json_array(OLD.case_id, OLD.service);
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('case_services', json_array(OLD.case_id, OLD.service), 'del', NULL, NULL);
END;

CREATE TRIGGER replica_case_legal_ins AFTER INSERT ON case_legal WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('case_legal', json_array(NEW.case_id, NEW.flag), 'ins', NULL, json_object('case_id', NEW.case_id, 'flag', NEW.flag));
END;
CREATE TRIGGER replica_case_legal_del AFTER DELETE ON case_legal WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'case_legal' AND rk = json_array(OLD.case_id, OLD.flag);
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('case_legal', json_array(OLD.case_id, OLD.flag), 'del', NULL, NULL);
END;

CREATE TRIGGER replica_risk_assessments_ins AFTER INSERT ON risk_assessments WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('risk_assessments', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'tool', NEW.tool, 'version', NEW.version, 'licence_held', NEW.licence_held, 'assessor', NEW.assessor, 'assessed_on', NEW.assessed_on, 'sources', NEW.sources, 'ratings', NEW.ratings, 'level', NEW.level, 'imminent', NEW.imminent, 'next_review', NEW.next_review));
END;
CREATE TRIGGER replica_risk_assessments_del AFTER DELETE ON risk_assessments WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'risk_assessments' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('risk_assessments', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_risk_assessments_upd AFTER UPDATE ON risk_assessments WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'case_id', NEW.case_id WHERE OLD.case_id IS NOT NEW.case_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'tool', NEW.tool WHERE OLD.tool IS NOT NEW.tool;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'version', NEW.version WHERE OLD.version IS NOT NEW.version;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'licence_held', NEW.licence_held WHERE OLD.licence_held IS NOT NEW.licence_held;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'assessor', NEW.assessor WHERE OLD.assessor IS NOT NEW.assessor;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'assessed_on', NEW.assessed_on WHERE OLD.assessed_on IS NOT NEW.assessed_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'sources', NEW.sources WHERE OLD.sources IS NOT NEW.sources;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'ratings', NEW.ratings WHERE OLD.ratings IS NOT NEW.ratings;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'level', NEW.level WHERE OLD.level IS NOT NEW.level;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'imminent', NEW.imminent WHERE OLD.imminent IS NOT NEW.imminent;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'risk_assessments', NEW.id, 'upd', 'next_review', NEW.next_review WHERE OLD.next_review IS NOT NEW.next_review;
END;

CREATE TRIGGER replica_safety_plans_ins AFTER INSERT ON safety_plans WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('safety_plans', NEW.case_id, 'ins', NULL, json_object('case_id', NEW.case_id, 'body', NEW.body, 'updated_at', NEW.updated_at, 'updated_by', NEW.updated_by));
END;
CREATE TRIGGER replica_safety_plans_del AFTER DELETE ON safety_plans WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'safety_plans' AND rk = OLD.case_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('safety_plans', OLD.case_id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_safety_plans_upd AFTER UPDATE ON safety_plans WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'safety_plans', NEW.case_id, 'upd', 'body', NEW.body WHERE OLD.body IS NOT NEW.body;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'safety_plans', NEW.case_id, 'upd', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'safety_plans', NEW.case_id, 'upd', 'updated_by', NEW.updated_by WHERE OLD.updated_by IS NOT NEW.updated_by;
END;

CREATE TRIGGER replica_plan_steps_ins AFTER INSERT ON plan_steps WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('plan_steps', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'type', NEW.type, 'status', NEW.status, 'partner', NEW.partner, 'started_on', NEW.started_on, 'due_on', NEW.due_on, 'ended_on', NEW.ended_on, 'outcome', NEW.outcome, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;
CREATE TRIGGER replica_plan_steps_del AFTER DELETE ON plan_steps WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'plan_steps' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('plan_steps', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_plan_steps_upd AFTER UPDATE ON plan_steps WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'case_id', NEW.case_id WHERE OLD.case_id IS NOT NEW.case_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'type', NEW.type WHERE OLD.type IS NOT NEW.type;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'status', NEW.status WHERE OLD.status IS NOT NEW.status;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'partner', NEW.partner WHERE OLD.partner IS NOT NEW.partner;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'started_on', NEW.started_on WHERE OLD.started_on IS NOT NEW.started_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'due_on', NEW.due_on WHERE OLD.due_on IS NOT NEW.due_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'ended_on', NEW.ended_on WHERE OLD.ended_on IS NOT NEW.ended_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'outcome', NEW.outcome WHERE OLD.outcome IS NOT NEW.outcome;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'plan_steps', NEW.id, 'upd', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
END;

CREATE TRIGGER replica_contacts_ins AFTER INSERT ON contacts WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('contacts', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'at', NEW.at, 'kind', NEW.kind, 'summary', NEW.summary, 'by_account', NEW.by_account));
END;
CREATE TRIGGER replica_contacts_del AFTER DELETE ON contacts WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'contacts' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('contacts', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_contacts_upd AFTER UPDATE ON contacts WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'contacts', NEW.id, 'upd', 'case_id', NEW.case_id WHERE OLD.case_id IS NOT NEW.case_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'contacts', NEW.id, 'upd', 'at', NEW.at WHERE OLD.at IS NOT NEW.at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'contacts', NEW.id, 'upd', 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'contacts', NEW.id, 'upd', 'summary', NEW.summary WHERE OLD.summary IS NOT NEW.summary;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'contacts', NEW.id, 'upd', 'by_account', NEW.by_account WHERE OLD.by_account IS NOT NEW.by_account;
END;

CREATE TRIGGER replica_notes_ins AFTER INSERT ON notes WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('notes', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'at', NEW.at, 'by_account', NEW.by_account, 'body', NEW.body));
END;
CREATE TRIGGER replica_notes_del AFTER DELETE ON notes WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'notes' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('notes', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_notes_upd AFTER UPDATE ON notes WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'notes', NEW.id, 'upd', 'case_id', NEW.case_id WHERE OLD.case_id IS NOT NEW.case_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'notes', NEW.id, 'upd', 'at', NEW.at WHERE OLD.at IS NOT NEW.at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'notes', NEW.id, 'upd', 'by_account', NEW.by_account WHERE OLD.by_account IS NOT NEW.by_account;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'notes', NEW.id, 'upd', 'body', NEW.body WHERE OLD.body IS NOT NEW.body;
END;

CREATE TRIGGER replica_consents_ins AFTER INSERT ON consents WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('consents', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'recipient', NEW.recipient, 'service_type', NEW.service_type, 'purpose', NEW.purpose, 'fields', NEW.fields, 'given_on', NEW.given_on, 'method', NEW.method, 'expires_on', NEW.expires_on, 'withdrawn_at', NEW.withdrawn_at, 'recorded_by', NEW.recorded_by));
END;
CREATE TRIGGER replica_consents_del AFTER DELETE ON consents WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'consents' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('consents', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_consents_upd AFTER UPDATE ON consents WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'person_id', NEW.person_id WHERE OLD.person_id IS NOT NEW.person_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'recipient', NEW.recipient WHERE OLD.recipient IS NOT NEW.recipient;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'service_type', NEW.service_type WHERE OLD.service_type IS NOT NEW.service_type;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'purpose', NEW.purpose WHERE OLD.purpose IS NOT NEW.purpose;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'fields', NEW.fields WHERE OLD.fields IS NOT NEW.fields;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'given_on', NEW.given_on WHERE OLD.given_on IS NOT NEW.given_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'method', NEW.method WHERE OLD.method IS NOT NEW.method;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'expires_on', NEW.expires_on WHERE OLD.expires_on IS NOT NEW.expires_on;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'withdrawn_at', NEW.withdrawn_at WHERE OLD.withdrawn_at IS NOT NEW.withdrawn_at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'consents', NEW.id, 'upd', 'recorded_by', NEW.recorded_by WHERE OLD.recorded_by IS NOT NEW.recorded_by;
END;

CREATE TRIGGER replica_referrals_ins AFTER INSERT ON referrals WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('referrals', NEW.id, 'ins', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'recipient', NEW.recipient, 'service_type', NEW.service_type, 'consent_id', NEW.consent_id, 'packet_id', NEW.packet_id, 'fields', NEW.fields, 'status', NEW.status, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;
CREATE TRIGGER replica_referrals_del AFTER DELETE ON referrals WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'referrals' AND rk = OLD.id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('referrals', OLD.id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_referrals_upd AFTER UPDATE ON referrals WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'case_id', NEW.case_id WHERE OLD.case_id IS NOT NEW.case_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'recipient', NEW.recipient WHERE OLD.recipient IS NOT NEW.recipient;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'service_type', NEW.service_type WHERE OLD.service_type IS NOT NEW.service_type;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'consent_id', NEW.consent_id WHERE OLD.consent_id IS NOT NEW.consent_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'packet_id', NEW.packet_id WHERE OLD.packet_id IS NOT NEW.packet_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'fields', NEW.fields WHERE OLD.fields IS NOT NEW.fields;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'status', NEW.status WHERE OLD.status IS NOT NEW.status;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'referrals', NEW.id, 'upd', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
END;

CREATE TRIGGER replica_replica_staff_ins AFTER INSERT ON replica_staff WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('replica_staff', NEW.account_id, 'ins', NULL, json_object('account_id', NEW.account_id, 'display_name', NEW.display_name, 'device_id', NEW.device_id));
END;
CREATE TRIGGER replica_replica_staff_del AFTER DELETE ON replica_staff WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'replica_staff' AND rk = OLD.account_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('replica_staff', OLD.account_id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_replica_staff_upd AFTER UPDATE ON replica_staff WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_staff', NEW.account_id, 'upd', 'display_name', NEW.display_name WHERE OLD.display_name IS NOT NEW.display_name;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_staff', NEW.account_id, 'upd', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
END;

CREATE TRIGGER replica_replica_devices_ins AFTER INSERT ON replica_devices WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('replica_devices', NEW.device_id, 'ins', NULL, json_object('device_id', NEW.device_id, 'member_id', NEW.member_id, 'name', NEW.name, 'signing_key', NEW.signing_key, 'encryption_key', NEW.encryption_key, 'added_at', NEW.added_at, 'added_by', NEW.added_by, 'removed_at', NEW.removed_at));
END;
CREATE TRIGGER replica_replica_devices_del AFTER DELETE ON replica_devices WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  DELETE FROM replica_pending WHERE tbl = 'replica_devices' AND rk = OLD.device_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) VALUES ('replica_devices', OLD.device_id, 'del', NULL, NULL);
END;
CREATE TRIGGER replica_replica_devices_upd AFTER UPDATE ON replica_devices WHEN (SELECT mute FROM replica_ctl) = 0
BEGIN
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_devices', NEW.device_id, 'upd', 'member_id', NEW.member_id WHERE OLD.member_id IS NOT NEW.member_id;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_devices', NEW.device_id, 'upd', 'name', NEW.name WHERE OLD.name IS NOT NEW.name;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_devices', NEW.device_id, 'upd', 'signing_key', NEW.signing_key WHERE OLD.signing_key IS NOT NEW.signing_key;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_devices', NEW.device_id, 'upd', 'encryption_key', NEW.encryption_key WHERE OLD.encryption_key IS NOT NEW.encryption_key;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_devices', NEW.device_id, 'upd', 'added_at', NEW.added_at WHERE OLD.added_at IS NOT NEW.added_at;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_devices', NEW.device_id, 'upd', 'added_by', NEW.added_by WHERE OLD.added_by IS NOT NEW.added_by;
  INSERT INTO replica_pending (tbl, rk, op, col, value) SELECT 'replica_devices', NEW.device_id, 'upd', 'removed_at', NEW.removed_at WHERE OLD.removed_at IS NOT NEW.removed_at;
END;
