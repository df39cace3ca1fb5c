-- Schema 19: the case list stays fast with the centre's own fields (docs/centre-fields.md,
-- "Measured").

-- 1. Merge the search index once. Re-indexing a case deletes its old entry: in a contentless
-- index that leaves a tombstone in the old segment, and FTS5 checks every match against
-- them, so an index that re-indexed many cases in one go (an import that updates cases,
-- the centre's text fields filled in) searched 2-6x slower than a merged one.
-- An import of 1,000+ cases now merges the index when it ends (cases.tidy_index); this merges
-- what vaults made before already hold.
INSERT INTO case_fts (case_fts) VALUES ('optimize');

-- 2. How many cases hold a value in each centre field, kept by triggers like the case count
-- ('<table>:<field key>' in counters; a several-choices field counts cases, not codes). With
-- "not filled in" as the list's only condition, its count is the cases minus these, instead
-- of a probe per case. Local to each vault (derived from replicated rows, never sent).
INSERT INTO counters (name, value)
    SELECT 'case_field_values:' || field_key, count(*) FROM case_field_values GROUP BY field_key;
INSERT INTO counters (name, value)
    SELECT 'case_field_choices:' || field_key, count(DISTINCT case_id) FROM case_field_choices
    GROUP BY field_key;

CREATE TRIGGER case_field_values_count_insert AFTER INSERT ON case_field_values
BEGIN
    INSERT INTO counters (name, value) VALUES ('case_field_values:' || NEW.field_key, 1)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER case_field_values_count_delete AFTER DELETE ON case_field_values
BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'case_field_values:' || OLD.field_key;
END;
CREATE TRIGGER case_field_values_count_move AFTER UPDATE OF case_id, field_key ON case_field_values
BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'case_field_values:' || OLD.field_key;
    INSERT INTO counters (name, value) VALUES ('case_field_values:' || NEW.field_key, 1)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;

-- A case's first code in a field adds her; removing its last code takes her away.
CREATE TRIGGER case_field_choices_count_insert AFTER INSERT ON case_field_choices
WHEN NOT EXISTS (SELECT 1 FROM case_field_choices WHERE case_id = NEW.case_id
                 AND field_key = NEW.field_key AND code <> NEW.code)
BEGIN
    INSERT INTO counters (name, value) VALUES ('case_field_choices:' || NEW.field_key, 1)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER case_field_choices_count_delete AFTER DELETE ON case_field_choices
WHEN NOT EXISTS (SELECT 1 FROM case_field_choices WHERE case_id = OLD.case_id
                 AND field_key = OLD.field_key)
BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'case_field_choices:' || OLD.field_key;
END;
-- Rows are written and deleted, never moved to another case or field; if one ever were, the
-- counts follow it.
CREATE TRIGGER case_field_choices_count_move
AFTER UPDATE OF case_id, field_key ON case_field_choices
BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'case_field_choices:' || OLD.field_key
        AND NOT EXISTS (SELECT 1 FROM case_field_choices WHERE case_id = OLD.case_id
                        AND field_key = OLD.field_key);
    INSERT INTO counters (name, value)
        SELECT 'case_field_choices:' || NEW.field_key, 1
        WHERE NOT EXISTS (SELECT 1 FROM case_field_choices WHERE case_id = NEW.case_id
                          AND field_key = NEW.field_key AND code <> NEW.code)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;
