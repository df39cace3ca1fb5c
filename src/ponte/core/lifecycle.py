"""The referral's life: one state machine, the only owner of a referral's status.

Both copies of a referral follow it: the centre's (``referrals.status``, from ``queued``)
and the partner service's (the received referral, from ``delivered``). Every change is an
:class:`Event` caused by one :class:`Party`, seen from the referral:

- the **sender** (the centre that made it) may only withdraw it;
- the **recipient** (the service it was addressed to) may answer it — accepted, in
  progress, done, declined — or refuse the packet that carried it (its Ponte could not
  use it: expired, unreadable; see ``docs/protocol.md``, refusals);
- the **hub** (as this workstation's sync engine reports it) took it, or refused it for good;
- anyone else (**other**) may cause nothing: :func:`step` raises :class:`NotEntitled`.

Messages cross the network in any order, twice, or late. So an answer only ever moves a
referral *forward* (accepted → in progress → done or declined), a final state stays final,
and a withdrawal — her consent is gone — wins over everything that arrives after it. An
event that is allowed but changes nothing (a late "accepted" after "in progress", a receipt
after the answer) is not an error: :func:`step` returns ``None``.
"""

from __future__ import annotations

from enum import StrEnum

from ponte.core.enums import ReferralStatus, StepStatus
from ponte.core.errors import NotEntitled

S = ReferralStatus


class Party(StrEnum):
    SENDER = "sender"
    RECIPIENT = "recipient"
    HUB = "hub"
    OTHER = "other"


class Event(StrEnum):
    HUB_ACCEPTED = "hub_accepted"  # the hub gave a signed receipt
    HUB_REFUSED = "hub_refused"  # the hub refused it for a reason resending cannot fix
    ACCEPTED = "accepted"  # the recipient's answers …
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DECLINED = "declined"
    REFUSED = "refused"  # the recipient's Ponte refused the packet (signed refusal)
    WITHDRAWN = "withdrawn"  # the sender withdrew it: her consent is gone


#: Who may cause each event.
CAUSED_BY: dict[Event, Party] = {
    Event.HUB_ACCEPTED: Party.HUB,
    Event.HUB_REFUSED: Party.HUB,
    Event.ACCEPTED: Party.RECIPIENT,
    Event.IN_PROGRESS: Party.RECIPIENT,
    Event.DONE: Party.RECIPIENT,
    Event.DECLINED: Party.RECIPIENT,
    Event.REFUSED: Party.RECIPIENT,
    Event.WITHDRAWN: Party.SENDER,
}

#: The answers a recipient sends, in the order a referral moves through them.
ANSWERS: tuple[Event, ...] = (Event.ACCEPTED, Event.IN_PROGRESS, Event.DONE, Event.DECLINED)
#: Answers that may come again with a new note (same state, nothing else changes).
REPEATABLE = frozenset({S.ACCEPTED, S.IN_PROGRESS})
FINAL = frozenset({S.DONE, S.DECLINED, S.WITHDRAWN, S.REFUSED})
#: How far a referral has come: an answer applies only if it goes further.
_RANK: dict[ReferralStatus, int] = {
    S.QUEUED: 0,
    S.SENT: 0,
    S.FAILED: 0,
    S.DELIVERED: 0,
    S.ACCEPTED: 1,
    S.IN_PROGRESS: 2,
    S.DONE: 3,
    S.DECLINED: 3,
    S.WITHDRAWN: 4,
    S.REFUSED: 4,
}
#: Not yet answered: the states a refusal of the packet, or the hub's word, may change.
UNANSWERED = frozenset(s for s, rank in _RANK.items() if rank == 0)


def step(state: ReferralStatus, event: Event, by: Party) -> ReferralStatus | None:
    """The state after ``event`` caused by ``by``; ``None`` if it changes nothing.

    Raises :class:`NotEntitled` when ``by`` is not the party that may cause ``event``.
    """
    if CAUSED_BY[event] is not by:
        raise NotEntitled(f"{event.value} by {by.value}")
    target: ReferralStatus | None
    if event is Event.WITHDRAWN:
        target = None if state is S.WITHDRAWN else S.WITHDRAWN
    elif event is Event.HUB_ACCEPTED:
        target = S.SENT if state in (S.QUEUED, S.FAILED) else None
    elif event is Event.HUB_REFUSED:
        target = S.FAILED if state is S.QUEUED else None
    elif event is Event.REFUSED:
        target = S.REFUSED if state in UNANSWERED else None
    else:
        answer = ReferralStatus(event.value)
        target = answer if state not in FINAL and _RANK[answer] > _RANK[state] else None
    return target


def may_answer(state: ReferralStatus, answer: ReferralStatus) -> bool:
    """Partner side: whether the recipient may send ``answer`` now (a repeated accepted or
    in-progress carries a new note; nothing moves backwards, nothing follows a final state)."""
    if state in FINAL:
        return False
    return _RANK[answer] > _RANK[state] or (answer is state and answer in REPEATABLE)


def answer_event(status: str) -> Event:
    """The event a status packet's ``status`` member stands for."""
    event = Event(status)
    if event not in ANSWERS:
        raise ValueError(status)
    return event


#: A plan step linked to a referral follows its answer (DOMAIN.md §4).
STEP_FOR: dict[ReferralStatus, StepStatus] = {
    S.QUEUED: StepStatus.SENT,
    S.SENT: StepStatus.SENT,
    S.ACCEPTED: StepStatus.ACCEPTED,
    S.IN_PROGRESS: StepStatus.IN_PROGRESS,
    S.DONE: StepStatus.DONE,
    S.DECLINED: StepStatus.REFUSED,
    S.WITHDRAWN: StepStatus.STOPPED,
}
_STEP_RANK: dict[StepStatus, int] = {
    StepStatus.PROPOSED: 0,
    StepStatus.CONSENTED: 1,
    StepStatus.SENT: 2,
    StepStatus.ACCEPTED: 3,
    StepStatus.IN_PROGRESS: 4,
    StepStatus.DONE: 5,
    StepStatus.STOPPED: 5,
    StepStatus.REFUSED: 5,
}


def step_follows(step: StepStatus, referral: ReferralStatus) -> StepStatus | None:
    """The plan step's new status when its referral reaches ``referral``, or ``None``: a step
    only moves forward and a finished step stays as the person closed it."""
    target = STEP_FOR.get(referral)
    if target is None or _STEP_RANK[step] == 5 or _STEP_RANK[target] <= _STEP_RANK[step]:
        return None
    return target
