-- Schema 20: each document added from now on carries a Poly1305 tag of its bytes under a key
-- of its own (32 random bytes, drawn when it is added and never used for anything else).
-- Reading checks the tag instead of the SHA-256: about five times cheaper on a 10 MiB scan,
-- the same refusal of a missing, extra, swapped or rolled-back chunk (docs/vault.md says why).
-- The SHA-256 column keeps its meaning (the SHA-256 of the bytes as added; exports publish it);
-- documents added before this schema have no tag and are still checked by their SHA-256.
ALTER TABLE documents ADD COLUMN tag_key BLOB CHECK (tag_key IS NULL OR length(tag_key) = 32);
ALTER TABLE documents ADD COLUMN tag BLOB CHECK (tag IS NULL OR length(tag) = 16);
