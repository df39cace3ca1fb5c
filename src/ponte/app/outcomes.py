"""Outcomes of her path (issue 21), as the screens ask for them (run it on the vault thread).

The case file's Outcomes tab (her situation at each moment, the follow-up form, her
follow-up consent, partners' word to confirm), the follow-ups due, the centre's outcome
indicators and the cabina di regia's outcome dashboard. Every call acts as the signed-in
account with the vault's clock, through the storage functions that check roles and audit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ponte.app.reporting import NetworkPicture, network_picture
from ponte.core.domain import Actor
from ponte.core.enums import CheckResult, OutcomeMoment
from ponte.core.followup import FollowUpConsent
from ponte.core.outcomes import Change
from ponte.core.suppression import CountTable, PublishedTable
from ponte.storage import aggregates, followups, outcomes
from ponte.storage.followups import DueRow
from ponte.storage.outcome_stats import outcome_counts, outcome_published
from ponte.storage.outcomes import OutcomeFile
from ponte.storage.stats import Period
from ponte.storage.vault import Vault

__all__ = ["CentreOutcomes", "DueRow", "OutcomeFile", "Outcomes", "Period"]


@dataclass(frozen=True)
class CentreOutcomes:
    """The centre's outcome indicators for a period: exact on its screen, suppressed in files."""

    period: Period
    exact: list[CountTable]
    published: list[PublishedTable]

    def table(self, name: str) -> CountTable | None:
        return next((t for t in self.exact if t.name == name), None)


class Outcomes:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> Actor:
        return self.vault.actor

    def _now(self) -> datetime:
        return self.vault.clock.now()

    def today(self) -> date:
        return self._now().date()

    # ------------------------------------------------------------ one case
    def file(self, case_id: str) -> OutcomeFile:
        return outcomes.outcome_file(self.vault.db, self.actor, case_id, at=self._now())

    def record(
        self,
        case_id: str,
        moment: OutcomeMoment,
        on_day: date,
        changes: Sequence[Change] = (),
        result: CheckResult = CheckResult.DONE,
    ) -> OutcomeFile:
        """Her situation on ``on_day`` for ``moment``, with what changed since (each dated)."""
        outcomes.record(
            self.vault.db, self.actor, case_id, moment, on_day, changes, result=result,
            at=self._now(),
        )  # fmt: skip
        return self.file(case_id)

    def record_consent(self, case_id: str, consent: FollowUpConsent) -> OutcomeFile:
        followups.record_consent(self.vault.db, self.actor, case_id, consent, at=self._now())
        return self.file(case_id)

    def withdraw_consent(self, case_id: str, consent_id: str) -> OutcomeFile:
        followups.withdraw_consent(self.vault.db, self.actor, case_id, consent_id, at=self._now())
        return self.file(case_id)

    def confirm(self, case_id: str, word_id: str) -> OutcomeFile:
        outcomes.confirm(self.vault.db, self.actor, word_id, at=self._now())
        return self.file(case_id)

    def dismiss(self, case_id: str, word_id: str) -> OutcomeFile:
        outcomes.dismiss(self.vault.db, self.actor, word_id, at=self._now())
        return self.file(case_id)

    # ------------------------------------------------------------ the centre
    def due(self, today: date | None = None) -> list[DueRow]:
        """Follow-ups to make (only where she agreed), for the cases she may see."""
        return followups.due(self.vault.db, self.actor, today or self.today())

    def centre(self, period: Period) -> CentreOutcomes:
        db = self.vault.db
        return CentreOutcomes(period, outcome_counts(db, period), outcome_published(db, period))

    # ------------------------------------------------------------ the cabina di regia
    def periods(self) -> list[tuple[date, date]]:
        """Periods some centre reported on, newest first."""
        return aggregates.periods(self.vault.db)

    def network(self, period: Period) -> NetworkPicture:
        return network_picture(self.vault.db, period)

    def quarters(self) -> list[NetworkPicture]:
        """The combined picture of every reported quarter, oldest first (for trends)."""
        out = []
        for start, end in reversed(self.periods()):
            period = Period(start, end)
            if Period.quarter(start.year, (start.month - 1) // 3 + 1) == period:
                out.append(network_picture(self.vault.db, period))
        return out
