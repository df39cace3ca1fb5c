"""Both copies of one referral, in two real vaults, under any order of messages (15.6, 15.7).

A centre's vault and a job centre's vault; the referral, the job centre's answers, the
centre's withdrawal, strangers' statuses and withdrawals, and a stranger's referral of its
own under the genuine referral's id (ids are unique per sender, 15.9) are all in flight at
once and arrive in any order, some twice. Hypothesis checks after every step that the centre shows
withdrawn if she withdrew, else the furthest answer that arrived, else what the hub said;
that the job centre's copy is withdrawn — with her fields gone — as soon as both the
referral and its withdrawal are there, in either order; and that nothing a stranger sent
was kept or applied to the centre's referral, and each such packet is refused and audited
(or waits, for a referral of its sender's own) — the squatter's referral is its own, and
the centre's withdrawal is applied to the centre's referral whatever the squatter sent.
"""

from __future__ import annotations

import itertools
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from ponte.core.domain import Actor, Case, Consent, Person
from ponte.core.enums import ConsentMethod, ReferralStatus, ServiceType
from ponte.core.ids import new_id
from ponte.core.lifecycle import may_answer
from ponte.storage import cases, consents, lifecycle, referrals
from ponte.storage.db import Database
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox
from ponte.sync.ports import Received
from tests.core.packet_helpers import CAV, CPI
from tests.core.packet_helpers import referral as referral_payload
from tests.storage import referral_helpers

S = ReferralStatus
ASL = "asl-rho-01"
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ACTOR = Actor("acc-op", "operatrice", "dev-1")
ANSWERS = [S.ACCEPTED, S.IN_PROGRESS, S.DONE, S.DECLINED]
ORDER = {S.ACCEPTED: 1, S.IN_PROGRESS: 2, S.DONE: 3, S.DECLINED: 3}
_run = itertools.count()


def _open(path: Path) -> Database:
    db = Database.open(path, bytes(range(32)), create=True)
    db.migrate()
    return db


def _sealed(ptype: str, payload: dict[str, Any], to: str) -> bytes:
    return referral_helpers.sealed(ptype, payload, to, AT)


Message = tuple[str, Received]  # (where it goes: "centre" | "partner", the opened packet)


class TwoVaults(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        tmp = Path(tempfile.mkdtemp(prefix=f"ponte-lifecycle-{next(_run)}-"))
        self.centre, self.partner = _open(tmp / "cav.db"), _open(tmp / "cpi.db")
        c = cases.create(
            self.centre, ACTOR, Person(alias="Prova"), Case(opened_on=date(2026, 3, 1)), at=AT
        )
        consents.record(
            self.centre,
            ACTOR,
            Consent(c.person_id, ServiceType.CPI, "lavoro", date(2026, 3, 1), date(2026, 9, 1),
                    ConsentMethod.WRITTEN, recipient=CPI),
            at=AT,
        )  # fmt: skip
        payload = referral_payload()
        ref = referrals.create(
            self.centre, ACTOR, case_id=c.id, recipient=CPI, service_type=ServiceType.CPI,
            fields=["age_band"], seal=lambda _id, _c: _sealed("referral", payload, CPI), at=AT,
        )  # fmt: skip
        assert ref.packet_id
        self.ref_id, self.ref_packet = ref.id, ref.packet_id
        self.in_flight: list[Message] = [
            ("partner", Received(ref.packet_id, CAV, "referral", payload))
        ]
        self.delivered: list[Message] = []
        self.my_answers: list[S] = []  # as the job centre sent them
        self.hub: list[str] = []
        self.withdrawn = False
        self.strangers = 0
        self.squatted = False

    # ---------------------------------------------------------------- the job centre
    @precondition(lambda self: self._partner_has_it())
    @rule(answer=st.sampled_from(ANSWERS), note=st.booleans())
    def partner_answers(self, answer: S, note: bool) -> None:
        state = S(
            self.partner.scalar(
                "SELECT state FROM inbox WHERE packet_id = ? AND sender = ?", (self.ref_packet, CAV)
            )
        )
        if not may_answer(state, answer):
            return
        lifecycle.partner_answer(self.partner, CAV, self.ref_packet, answer.value)
        payload: dict[str, Any] = {"referral": self.ref_packet, "status": answer.value}
        if note:
            payload.update(v=2, note="colloquio fissato")
        self.my_answers.append(answer)
        self.in_flight.append(("centre", Received(new_id(), CPI, "status", payload)))

    # ---------------------------------------------------------------- strangers
    @rule(answer=st.sampled_from(ANSWERS), who=st.sampled_from([ASL, CAV]))
    def stranger_answers(self, answer: S, who: str) -> None:
        payload = {"referral": self.ref_packet, "status": answer.value}
        self.in_flight.append(("centre", Received(new_id(), who, "status", payload)))

    @rule(who=st.sampled_from([ASL, CPI]))
    def stranger_withdraws(self, who: str) -> None:
        payload = {"referral": self.ref_packet, "consent_ref": "x"}
        self.in_flight.append(("partner", Received(new_id(), who, "withdrawal", payload)))

    @precondition(lambda self: not self.squatted)
    @rule()
    def stranger_squats_the_referral_id(self) -> None:
        """A referral of ASL's own, signed by ASL, under the centre's referral's id."""
        self.squatted = True
        payload = referral_payload(age_band="18_24")
        self.in_flight.append(("partner", Received(self.ref_packet, ASL, "referral", payload)))

    # ---------------------------------------------------------------- the centre
    @rule()
    def centre_withdraws(self) -> None:
        def seal_withdrawal(ref: referrals.ReferralRow) -> bytes:
            return _sealed("withdrawal", {"referral": self.ref_packet, "consent_ref": "c"}, CPI)

        before = self.withdrawn
        referrals.withdraw(self.centre, ACTOR, self.ref_id, seal=seal_withdrawal, at=AT)
        self.withdrawn = True
        if not before:
            payload = {"referral": self.ref_packet, "consent_ref": "c"}
            self.in_flight.append(("partner", Received(new_id(), CAV, "withdrawal", payload)))

    @rule(ok=st.booleans())
    def hub_answers(self, ok: bool) -> None:
        box = VaultOutbox(self.centre)
        state = self.centre.scalar(
            "SELECT state FROM outbox WHERE packet_id = ?", (self.ref_packet,)
        )
        if state == "cancelled" and ok:  # withdrawn while it was on its way: it got there
            box.sent(self.ref_packet, b"receipt", AT)
            self.hub.append("sent")
            return
        if state in ("failed", "expired"):
            box.retry(self.ref_packet, AT)
        elif state != "queued":
            return
        if ok:
            box.sent(self.ref_packet, b"receipt", AT)
        else:
            box.failed(self.ref_packet, "bad_signature", AT)
        self.hub.append("sent" if ok else "failed")

    # ---------------------------------------------------------------- the network
    @precondition(lambda self: self.in_flight)
    @rule(data=st.data(), again=st.booleans())
    def deliver(self, data: st.DataObject, again: bool) -> None:
        i = data.draw(st.integers(0, len(self.in_flight) - 1))
        where, item = self.in_flight[i] if again else self.in_flight.pop(i)
        db = self.centre if where == "centre" else self.partner
        stored = VaultInbox(db).store(item, b"sealed", AT)
        if (item.sender, item.packet_id) in {(m.sender, m.packet_id) for _, m in self.delivered}:
            assert not stored, "the same packet twice is stored once"
            return
        assert stored, "another member's packet under the same id is another packet"
        self.delivered.append((where, item))
        if item.type == "referral":
            return  # the centre's, or the squatter's own
        if item.sender not in (CAV, CPI) or (item.type, item.sender) in (
            ("status", CAV),
            ("withdrawal", CPI),
        ):
            self.strangers += 1

    def _partner_has_it(self) -> bool:
        return any((m.sender, m.packet_id) == (CAV, self.ref_packet) for _, m in self.delivered)

    # ---------------------------------------------------------------- what must hold
    @invariant()
    def the_centre_shows_what_the_rule_says(self) -> None:
        arrived = [
            S(m.payload["status"])  # type: ignore[index]
            for where, m in self.delivered
            if where == "centre" and m.sender == CPI
        ]
        if self.withdrawn:
            expected = S.WITHDRAWN
        elif arrived:
            expected = max(arrived, key=ORDER.__getitem__)
        elif self.hub:
            expected = S.SENT if "sent" in self.hub else S.FAILED
        else:
            expected = S.QUEUED
        assert referrals.get(self.centre, self.ref_id).status is expected

    @invariant()
    def the_partner_copy_is_withdrawn_with_her_data_gone_in_either_order(self) -> None:
        if not self._partner_has_it():
            return
        (row,) = [r for r in VaultInbox(self.partner).rows("referral") if r.sender == CAV]
        withdrawal_arrived = any(
            m.type == "withdrawal" and m.sender == CAV for where, m in self.delivered
        )
        if withdrawal_arrived:
            assert row.state == "withdrawn"
            assert row.payload is not None
            assert "fields" not in row.payload
            assert "purpose" not in row.payload
        else:
            assert row.state == (self.my_answers[-1] if self.my_answers else S.DELIVERED).value
            assert row.payload is not None
            assert "fields" in row.payload

    @invariant()
    def the_squatters_referral_is_its_own(self) -> None:
        squats = [r for r in VaultInbox(self.partner).rows("referral") if r.sender == ASL]
        if not squats:
            return
        (row,) = squats
        assert row.refused is None
        withdrawn_by_asl = any(
            m.type == "withdrawal" and m.sender == ASL for _, m in self.delivered
        )
        assert row.state == ("withdrawn" if withdrawn_by_asl else "delivered")
        assert row.payload is not None
        assert ("fields" in row.payload) != withdrawn_by_asl

    @invariant()
    def nothing_a_stranger_sent_was_kept(self) -> None:
        refused = self.centre.scalar(
            "SELECT count(*) FROM inbox WHERE refused = 'not_entitled'"
        ) + self.partner.scalar("SELECT count(*) FROM inbox WHERE refused = 'not_entitled'")
        pending = self.partner.scalar(  # withdrawals that came before the referral wait
            "SELECT count(*) FROM inbox WHERE type = 'withdrawal' AND refused IS NULL"
            " AND sender != ?",
            (CAV,),
        )
        # The centre's own withdrawal is refused only while it names nothing but the
        # squatter's referral here; once the centre's referral comes, it applies after all.
        set_aside = self.partner.scalar(
            "SELECT count(*) FROM inbox WHERE type = 'withdrawal' AND refused IS NOT NULL"
            " AND sender = ?",
            (CAV,),
        )
        assert not (set_aside and self._partner_has_it())
        assert refused - set_aside + pending == self.strangers
        audited, lifted = (
            sum(
                db.scalar("SELECT count(*) FROM audit_log WHERE action = ?", (action,))
                for db in (self.centre, self.partner)
            )
            for action in ("packet.refuse", "packet.refusal_lifted")
        )
        assert audited - lifted == refused
        answers = self.centre.scalar("SELECT count(*) FROM referral_answers")
        assert answers <= len(self.my_answers)

    def teardown(self) -> None:
        self.centre.close()
        self.partner.close()


TestTwoVaults = TwoVaults.TestCase
TestTwoVaults.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
