"""Statistics screens: the centre's own counts, the cabina di regia's network dashboard,
and the preview of an aggregate report before it leaves."""

from ponte.desktop.ui.stats.centre import StatsView
from ponte.desktop.ui.stats.network import NetworkDashboardView
from ponte.desktop.ui.stats.preview import AggregatePreview

__all__ = ["AggregatePreview", "NetworkDashboardView", "StatsView"]
