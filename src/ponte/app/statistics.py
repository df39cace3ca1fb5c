"""What the statistics screens read: the centre's own counts, and for the cabina di regia
the reports centres sent. Counts only, suppressed before anything is shown or exported.

Qt-free; run each method on the vault thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ponte.app.forms import CentreForms, FieldStats
from ponte.app.reporting import NetworkPicture, network_picture
from ponte.core.suppression import CountTable, PublishedTable
from ponte.storage import aggregates
from ponte.storage.publish import publishable
from ponte.storage.stats import CentreStats, Period, centre_stats, monthly_new_contacts
from ponte.storage.vault import Vault

__all__ = ["CentreFigures", "CentreStats", "NetworkPicture", "Period", "Statistics"]


@dataclass(frozen=True)
class CentreFigures:
    """One period of the centre: the counts, new contacts by month, the publishable tables,
    and the centre's own fields (on screen exact, in exports suppressed)."""

    stats: CentreStats
    months: list[tuple[str, int]]
    published: list[PublishedTable]
    centre: FieldStats

    def shown(self) -> list[CountTable]:
        return [*self.stats.tables(), *(t.table for t in self.centre.tables)]


class Statistics:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def centre(self, period: Period) -> CentreFigures:
        db = self.vault.db
        stats = centre_stats(db, period)
        return CentreFigures(
            stats,
            monthly_new_contacts(db, period),
            publishable(stats),
            CentreForms(self.vault).statistics(period),
        )

    def report_periods(self) -> list[tuple[date, date]]:
        """The periods the cabina di regia holds centres' reports for."""
        return aggregates.periods(self.vault.db)

    def network_picture(self, period: Period) -> NetworkPicture:
        return network_picture(self.vault.db, period)
