"""Each deadline rule, on its own, with the numbers as data (core/deadlines.py)."""

from __future__ import annotations

from datetime import date

import pytest

from ponte.core import deadlines as d
from ponte.core.deadlines import ConsentFact, Dated, RiskFact, Rules, Urgency
from ponte.core.enums import DeadlineKind, RiskLevel
from ponte.core.errors import RuleInvalid

R = Rules.of()


def test_defaults_are_the_issue_numbers_and_stored_numbers_override_them() -> None:
    assert (R["consent.first_notice"], R["consent.second_notice"]) == (30, 7)
    assert R["codice_rosso.hearing_days"] == 3
    assert R["rdl.payments"] == 12
    assert R["risk.review_high"] < R["risk.review_medium"] < R["risk.review_low"]
    assert Rules.of({"referral.answer_days": 21})["referral.answer_days"] == 21
    assert Rules.of({"gone.rule": 5}) == R  # a rule this version does not know is ignored
    with pytest.raises(RuleInvalid):
        Rules.of({"codice_rosso.hearing_days": 0})
    with pytest.raises(RuleInvalid):
        d.checked("rdl.payments", 37)


def test_consent_asks_30_days_before_then_again_7_days_before() -> None:
    (dl,) = d.consent_expiry([ConsentFact("c1", "k1", ("p", "cpi", ""), date(2026, 6, 30))], R)
    assert dl.kind is DeadlineKind.CONSENT_EXPIRY
    assert dl.due == date(2026, 6, 30)
    assert dl.urgency(date(2026, 5, 30)) is Urgency.LATER
    assert dl.urgency(date(2026, 5, 31)) is Urgency.COMING  # 30 days before
    assert dl.urgency(date(2026, 6, 22)) is Urgency.COMING
    assert dl.urgency(date(2026, 6, 23)) is Urgency.SOON  # 7 days before
    assert dl.urgency(date(2026, 6, 30)) is Urgency.TODAY
    assert dl.urgency(date(2026, 7, 1)) is Urgency.OVERDUE


def test_a_renewed_consent_supersedes_the_old_one_of_the_same_scope_only() -> None:
    facts = [
        ConsentFact("c1", "old", ("p", "cpi", ""), date(2026, 6, 30)),
        ConsentFact("c1", "new", ("p", "cpi", ""), date(2027, 6, 30)),
        ConsentFact("c1", "health", ("p", "health", ""), date(2026, 6, 30)),
    ]
    assert sorted(x.subject_id for x in d.consent_expiry(facts, R)) == ["health", "new"]


def test_codice_rosso_window_is_three_days_from_the_complaint_and_shown_at_once() -> None:
    (dl,) = d.hearing_window([Dated("c1", "c1", date(2026, 3, 27))], R)
    assert dl.due == date(2026, 3, 30)
    assert dl.urgency(date(2026, 3, 27)) is Urgency.COMING
    assert dl.urgency(date(2026, 3, 31)) is Urgency.OVERDUE
    (five,) = d.hearing_window(
        [Dated("c1", "c1", date(2026, 3, 27))], Rules.of({"codice_rosso.hearing_days": 5})
    )
    assert five.due == date(2026, 4, 1)


def test_reddito_di_liberta_answer_due_unless_paid_and_last_of_twelve_payments() -> None:
    requested = [Dated("c1", "c1", date(2026, 1, 10)), Dated("c2", "c2", date(2026, 1, 10))]
    (answer,) = d.rdl_answer(requested, paid_cases={"c2"}, r=R)
    assert answer.case_id == "c1"
    assert answer.due == date(2026, 3, 11)
    (end,) = d.rdl_end([Dated("c2", "c2", date(2026, 1, 31))], R)
    assert end.due == date(2026, 12, 31)  # payments 1..12 from 31 January: last on 31 December
    assert end.notice_from == date(2026, 12, 1)
    (short,) = d.rdl_end([Dated("c2", "c2", date(2026, 1, 31))], Rules.of({"rdl.payments": 2}))
    assert short.due == date(2026, 2, 28)  # month-end clamp


def test_risk_review_comes_sooner_for_higher_risk_and_a_sooner_typed_date_wins() -> None:
    day = date(2026, 1, 1)
    facts = [
        RiskFact("hi", "a1", day, RiskLevel.HIGH, None),
        RiskFact("md", "a2", day, RiskLevel.MEDIUM, None),
        RiskFact("lo", "a3", day, RiskLevel.LOW, date(2026, 2, 1)),
        RiskFact("late", "a4", day, RiskLevel.HIGH, date(2026, 12, 1)),
    ]
    due = {x.case_id: x.due for x in d.risk_review(facts, R)}
    assert due == {
        "hi": date(2026, 1, 31),
        "md": date(2026, 4, 1),
        "lo": date(2026, 2, 1),  # typed sooner than 180 days: kept
        "late": date(2026, 1, 31),  # typed later than the rule: the rule wins
    }


def test_plan_step_is_noticed_a_week_ahead() -> None:
    (dl,) = d.plan_step_due([Dated("c1", "s1", date(2026, 5, 20))], R)
    assert dl.notice_from == date(2026, 5, 13)
    assert dl.urgency(date(2026, 5, 12)) is Urgency.LATER


def test_referral_without_an_answer_shows_after_n_days() -> None:
    (dl,) = d.referral_unanswered([Dated("c1", "r1", date(2026, 5, 1))], R)
    assert dl.due == date(2026, 5, 15)
    assert dl.urgency(date(2026, 5, 14)) is Urgency.LATER
    assert dl.urgency(date(2026, 5, 15)) is Urgency.TODAY


def test_retention_purge_day_matches_what_the_purge_removes() -> None:
    # retention.preview removes a case once closed_on < today − keep_days.
    (dl,) = d.retention_purge([Dated("c1", "c1", date(2020, 1, 1))], 365, R)
    assert dl.due == date(2021, 1, 1)  # 2020 is a leap year: 366 days later
    assert dl.notice_from == date(2020, 12, 2)


def test_shown_hides_later_and_settled_ones_and_sorts_by_due_day() -> None:
    a = d.plan_step_due([Dated("c1", "s1", date(2026, 5, 20))], R)[0]
    b = d.plan_step_due([Dated("c1", "s2", date(2026, 5, 18))], R)[0]
    c = d.plan_step_due([Dated("c1", "s3", date(2026, 9, 1))], R)[0]
    assert d.shown([a, b, c], date(2026, 5, 15), set()) == [b, a]
    assert d.shown([a, b, c], date(2026, 5, 15), {b.key}) == [a]
