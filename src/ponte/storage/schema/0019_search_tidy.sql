-- Schema 19: merge the search index once (docs/centre-fields.md, "Measured").
-- Re-indexing a case deletes its old entry: in a contentless index that leaves a tombstone in
-- the old segment, and FTS5 checks every match against them, so an index that re-indexed
-- many cases in one go (an import that updates cases, a first sync, the centre's text fields
-- filled in) searched 2-6x slower than a merged one. Those paths now merge the index when
-- they end (cases.tidy_index); this merges what vaults made before already hold.
INSERT INTO case_fts (case_fts) VALUES ('optimize');
