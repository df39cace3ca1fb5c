"""Her day over a real hub: a partner's answer shows among the new answers until she has
looked, and the referral that waits for an answer is a deadline until it comes."""

from __future__ import annotations

import time
from datetime import timedelta

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.day import Day
from ponte.app.workstation import Workstation
from ponte.core.clock import rfc3339
from ponte.core.enums import DeadlineKind, Urgency
from tests.e2e.conftest import new_case_with_consent


def test_a_partners_answer_is_new_once_and_ends_the_unanswered_deadline(
    centre: Workstation, cpi: Workstation
) -> None:
    desk, partner = Casework(centre.vault, centre), Casework(cpi.vault, cpi)
    cpi_id = cpi.identity.member_id
    case_id = new_case_with_consent(centre, cpi_id)
    proposal = desk.propose(case_id, cpi_id)
    draft = proposal.draft
    for key in list(draft.problems()):
        draft = draft.remove(key)
    desk.send_referral(case_id, cpi_id, draft, purpose="orientamento", urgency=Urgency.ROUTINE)
    sync(centre)
    day = Day(desk)
    since = day.start_day()
    # Sent fifteen days ago with no answer: the referral is a deadline of her day.
    sent = rfc3339(centre.clock.now() - timedelta(days=15))
    centre.vault.db.execute(
        "UPDATE referrals SET created_at = ? WHERE case_id = ?", (sent, case_id)
    )
    kinds = [d.kind for d in day.my_day(since).deadlines]
    assert DeadlineKind.REFERRAL_UNANSWERED in kinds
    sync(cpi)
    (received,) = partner.inbox("referral")
    partner.respond(received.packet_id, "accepted", sender=received.sender)
    sync(cpi)
    sync(centre)
    time.sleep(1.1)  # timestamps have second precision: she looks a moment later
    mine = day.my_day(since)
    assert [(u.case_id, u.status) for u in mine.updates] == [(case_id, "accepted")]
    assert DeadlineKind.REFERRAL_UNANSWERED not in [d.kind for d in mine.deadlines]
    later = day.start_day()  # she signs in again: what she saw is no longer new
    assert day.my_day(later).updates == []
