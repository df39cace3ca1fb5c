-- Schema 9: nothing unauthenticated may claim a packet id (docs/sync.md, the
-- acknowledgement rule).
--
-- Bytes refused before their sender's signature verified (damaged, malformed, a bad
-- signature) are known by the SHA-256 of the bytes. Before, their refusal was stored in
-- `inbox` under the id the header claimed, so a damaged copy imported first made the genuine
-- packet "already received".
CREATE TABLE inbox_refused (
    sha256      TEXT PRIMARY KEY,               -- of the refused bytes (legacy rows: 'legacy:<id>')
    claimed_id  TEXT NOT NULL DEFAULT '',       -- what the header claims: never a key
    sender      TEXT NOT NULL DEFAULT '',       -- as claimed
    type        TEXT NOT NULL DEFAULT '',       -- as claimed
    reason      TEXT NOT NULL,                  -- error kind, never free text
    refused_at  TEXT NOT NULL
) STRICT;

-- Packet files that cannot be opened yet: their sender (or its key) is not in this copy of
-- the directory. Tried again whenever the directory changes; refused once they expire.
-- (From the hub such a packet is simply not acknowledged: it waits there.)
CREATE TABLE inbox_parked (
    sha256      TEXT PRIMARY KEY,
    claimed_id  TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL,                  -- unknown_sender, directory, ...
    raw         BLOB NOT NULL,
    parked_at   TEXT NOT NULL
) STRICT;

-- Earlier versions refused a packet from a sender missing in a stale directory and then
-- acknowledged it: its bytes are still here, so give it its second chance.
INSERT INTO inbox_parked (sha256, claimed_id, reason, raw, parked_at)
    SELECT 'legacy:' || packet_id, packet_id, refused, raw, received_at FROM inbox
    WHERE refused IN ('unknown_sender', 'directory') AND length(raw) > 0;

-- Refusals of bytes whose signature never verified: out of the way of the genuine id.
INSERT INTO inbox_refused (sha256, claimed_id, sender, type, reason, refused_at)
    SELECT 'legacy:' || packet_id, packet_id, sender, type, refused, received_at FROM inbox
    WHERE refused IN ('malformed', 'non_canonical_header', 'oversize', 'unsupported',
                      'bad_signature', 'weak_key')
       OR (refused IN ('unknown_sender', 'directory') AND length(raw) = 0);

DELETE FROM inbox
    WHERE refused IN ('malformed', 'non_canonical_header', 'oversize', 'unsupported',
                      'bad_signature', 'weak_key', 'unknown_sender', 'directory');
