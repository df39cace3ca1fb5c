"""Schema 9 moves refusals out of the genuine packets' way and gives packets an earlier
version lost a second chance (docs/sync.md, the acknowledgement rule)."""

from pathlib import Path

from ponte.storage.db import Database


def test_legacy_refusals_are_moved_and_lost_packets_parked(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "v.db", bytes(32), create=True)
    db.migrate(target=8)
    rows = [
        # (id, refused, raw): what versions before 9 stored
        ("id-lost", "unknown_sender", b"PNT1 the genuine bytes of a new sender's referral"),
        ("id-shadowed", "bad_signature", b"PNT1 a damaged copy"),
        ("id-expired", "expired", b"PNT1 an expired packet whose signature verified"),
        ("id-ok", None, b"PNT1 stored as received"),
    ]
    for pid, refused, raw in rows:
        db.execute(
            "INSERT INTO inbox (packet_id, sender, type, payload, refused, raw, received_at)"
            " VALUES (?, 'm-1', 'referral', ?, ?, ?, '2026-11-02T10:00:00Z')",
            (pid, None if refused else "{}", refused, raw),
        )
    db.migrate()
    assert db.schema_version >= 9
    kept = {r["packet_id"] for r in db.query("SELECT packet_id FROM inbox")}
    assert kept == {"id-expired", "id-ok"}, "only packets whose signature verified keep an id"
    parked = db.query("SELECT sha256, claimed_id, reason, raw FROM inbox_parked")
    assert [(r["claimed_id"], r["reason"], bytes(r["raw"])) for r in parked] == [
        ("id-lost", "unknown_sender", rows[0][2])
    ]
    refused = db.query("SELECT claimed_id, reason FROM inbox_refused")
    assert [(r["claimed_id"], r["reason"]) for r in refused] == [("id-shadowed", "bad_signature")]
    db.close()
