"""Issue 15.9 in the vault: a received packet is known by its sender and its id, so two
members' packets under one id are two packets — each stored, applied and kept apart (the
referral's attachment, a centre's aggregate report), and a withdrawal reaches only the
referral of the member that sent it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ponte.storage import aggregates, documents
from ponte.storage.db import Database
from ponte.storage.inbox import VaultInbox

from .test_documents import scan
from .test_inbox_attachment import Received, _referral

AT = datetime(2026, 5, 6, 7, 8, tzinfo=UTC)
PID = "01a24ed1-2755-7f74-9f31-092d140ed4d2"


def _report(network: str) -> dict[str, object]:
    return {
        "period": {"from": "2026-01-01", "to": "2026-03-31"},
        "network": network,
        "tables": [{"name": "cases", "columns": ["n"], "rows": [["7"]]}],
    }


def test_two_centres_reports_under_one_id_are_both_kept(db: Database) -> None:
    inbox = VaultInbox(db)
    assert inbox.store(Received(PID, "cav-rho", "aggregate", _report("rho")), b"", AT)
    assert inbox.store(Received(PID, "cav-legnano", "aggregate", _report("legnano")), b"", AT)
    assert not inbox.store(Received(PID, "cav-rho", "aggregate", _report("rho")), b"", AT)
    got = aggregates.latest(db, date(2026, 1, 1), date(2026, 3, 31))
    assert sorted((r.sender, r.network) for r in got) == [
        ("cav-legnano", "legnano"),
        ("cav-rho", "rho"),
    ]


def test_two_referrals_under_one_id_keep_their_own_documents_and_withdrawals(
    db: Database,
) -> None:
    inbox = VaultInbox(db)
    genuine, other = scan(50_000, seed=b"genuine"), scan(40_000, seed=b"other")
    assert inbox.store(Received(PID, "cav-mallory", "referral", _referral(other)), b"r", AT)
    assert inbox.store(Received(PID, "cav-rho", "referral", _referral(genuine)), b"r", AT)
    (mine,) = documents.for_received(db, "cav-rho", PID)
    (theirs,) = documents.for_received(db, "cav-mallory", PID)
    assert documents.content(db, mine.id) == genuine
    assert documents.content(db, theirs.id) == other

    withdrawal = {"referral": PID, "consent_ref": "c1"}
    assert inbox.store(Received("w-1", "cav-rho", "withdrawal", withdrawal), b"", AT)
    states = {r.sender: r.state for r in inbox.rows("referral")}
    assert states == {"cav-rho": "withdrawn", "cav-mallory": "delivered"}
    assert documents.for_received(db, "cav-rho", PID) == []
    assert [d.id for d in documents.for_received(db, "cav-mallory", PID)] == [theirs.id]
