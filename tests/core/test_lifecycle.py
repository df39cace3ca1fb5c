"""The referral state machine, driven like the network drives it (issue 15.7).

A Hypothesis state machine plays a partner that answers as its own screen allows, a centre
that may withdraw, a hub that takes or refuses the packet, and strangers that send any
event; the network delivers every message in any order, any number of times. After every
step the centre's copy must be what an independent rule says — withdrawn if she withdrew,
else the furthest answer that has arrived, else what the hub said — and nothing a stranger
sent may ever have changed anything.
"""

from __future__ import annotations

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from ponte.core.enums import ReferralStatus, StepStatus
from ponte.core.errors import NotEntitled
from ponte.core.lifecycle import (
    ANSWERS,
    CAUSED_BY,
    Event,
    Party,
    may_answer,
    step,
    step_follows,
)

S = ReferralStatus
ORDER = {S.ACCEPTED: 1, S.IN_PROGRESS: 2, S.DONE: 3, S.DECLINED: 3}


class Network(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.centre = S.QUEUED  # the centre's copy
        self.partner = S.DELIVERED  # the partner's copy (once it arrived)
        self.refused_by_partner = False
        self.in_flight: list[tuple[Event, Party]] = []  # sent towards the centre
        self.delivered: list[tuple[Event, Party]] = []
        self.hub: list[Event] = []
        self.withdrawn = False

    def _apply(self, event: Event, by: Party) -> None:
        try:
            after = step(self.centre, event, by)
        except NotEntitled:
            assert by is not CAUSED_BY[event]
            return
        assert by is CAUSED_BY[event]
        if after is not None:
            self.centre = after

    # -- the partner answers as its screen allows (or its Ponte refuses the packet)
    @rule(answer=st.sampled_from(ANSWERS))
    def partner_answers(self, answer: Event) -> None:
        status = ReferralStatus(answer.value)
        if self.refused_by_partner or not may_answer(self.partner, status):
            return
        after = step(self.partner, answer, Party.RECIPIENT)
        if after is not None:
            self.partner = after
        self.in_flight.append((answer, Party.RECIPIENT))

    @precondition(lambda self: self.partner is S.DELIVERED and not self.refused_by_partner)
    @rule()
    def partner_refuses_the_packet(self) -> None:
        self.refused_by_partner = True
        self.in_flight.append((Event.REFUSED, Party.RECIPIENT))

    # -- strangers, and the centre itself pretending to answer
    @rule(event=st.sampled_from(list(Event)), by=st.sampled_from([Party.OTHER, Party.SENDER]))
    def someone_else_sends(self, event: Event, by: Party) -> None:
        if CAUSED_BY[event] is not by:
            self.in_flight.append((event, by))

    # -- the centre and its sync engine
    @rule()
    def centre_withdraws(self) -> None:
        self._apply(Event.WITHDRAWN, Party.SENDER)
        self.withdrawn = True
        if step(self.partner, Event.WITHDRAWN, Party.SENDER) is not None:
            self.partner = S.WITHDRAWN  # (when the withdrawal arrives; order is tested below)

    @rule(event=st.sampled_from([Event.HUB_ACCEPTED, Event.HUB_REFUSED]))
    def hub_answers(self, event: Event) -> None:
        self.hub.append(event)
        self._apply(event, Party.HUB)

    # -- the network: any message, in any order, any number of times
    @precondition(lambda self: self.in_flight)
    @rule(data=st.data(), again=st.booleans())
    def deliver(self, data: st.DataObject, again: bool) -> None:
        i = data.draw(st.integers(0, len(self.in_flight) - 1))
        message = self.in_flight[i] if again else self.in_flight.pop(i)
        self.delivered.append(message)
        self._apply(*message)

    @invariant()
    def centre_shows_what_the_rule_says(self) -> None:
        answers = [
            ReferralStatus(e.value)
            for e, by in self.delivered
            if by is Party.RECIPIENT and e in ANSWERS
        ]
        if self.withdrawn:
            expected = S.WITHDRAWN
        elif answers:
            expected = max(answers, key=ORDER.__getitem__)
        elif (Event.REFUSED, Party.RECIPIENT) in self.delivered:
            expected = S.REFUSED
        elif Event.HUB_ACCEPTED in self.hub:
            expected = S.SENT
        elif Event.HUB_REFUSED in self.hub:
            expected = S.FAILED
        else:
            expected = S.QUEUED
        assert self.centre is expected, (self.delivered, self.hub)


TestNetwork = Network.TestCase
TestNetwork.settings = settings(max_examples=300, stateful_step_count=40, deadline=None)


@pytest.mark.parametrize("event", list(Event))
@pytest.mark.parametrize("state", list(ReferralStatus))
def test_only_the_entitled_party_may_cause_an_event(state: ReferralStatus, event: Event) -> None:
    for party in Party:
        if party is CAUSED_BY[event]:
            step(state, event, party)  # allowed (it may change nothing)
        else:
            with pytest.raises(NotEntitled):
                step(state, event, party)


def test_a_withdrawn_referral_never_comes_back() -> None:
    for event in Event:
        assert step(S.WITHDRAWN, event, CAUSED_BY[event]) is None


def test_the_partner_may_not_answer_after_a_final_state_nor_go_back() -> None:
    assert may_answer(S.DELIVERED, S.DONE)
    assert may_answer(S.IN_PROGRESS, S.IN_PROGRESS), "again, with a new note"
    assert not may_answer(S.IN_PROGRESS, S.ACCEPTED)
    assert not may_answer(S.DONE, S.DONE)
    assert not may_answer(S.WITHDRAWN, S.ACCEPTED)


def test_a_linked_plan_step_follows_forward_only() -> None:
    assert step_follows(StepStatus.PROPOSED, S.SENT) is StepStatus.SENT
    assert step_follows(StepStatus.SENT, S.DECLINED) is StepStatus.REFUSED
    assert step_follows(StepStatus.IN_PROGRESS, S.ACCEPTED) is None
    assert step_follows(StepStatus.DONE, S.WITHDRAWN) is None, "closed by a person: stays"
    assert step_follows(StepStatus.ACCEPTED, S.WITHDRAWN) is StepStatus.STOPPED
    assert step_follows(StepStatus.SENT, S.FAILED) is None
