-- Schema 6: aggregate reports received by the cabina di regia. Tables of counts only,
-- already suppressed by the sending centre (k = 5); one row per received packet. A centre
-- that sends again for the same period replaces its earlier report (the latest counts).
CREATE TABLE aggregate_reports (
    packet_id   TEXT PRIMARY KEY,
    sender      TEXT NOT NULL,               -- member id of the centre
    network     TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    tables      TEXT NOT NULL,               -- JSON list of {name, columns, rows}
    received_at TEXT NOT NULL
) STRICT;
CREATE INDEX aggregate_period ON aggregate_reports (period_from, period_to, sender, received_at);
