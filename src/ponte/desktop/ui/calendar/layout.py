"""Where each appointment goes on a day/week grid (no Qt: tested on its own).

Columns are Rome days; an appointment's top is its Rome wall-clock minute of the day, so a
9:00 appointment sits at 9:00 on both sides of a clock change. Appointments that overlap
share their column side by side (lanes), like any calendar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from ponte.core import localtime
from ponte.core.diary import DayItem

DAY_MINUTES = 24 * 60
SNAP = 15


@dataclass(frozen=True)
class Block:
    item: DayItem
    day: int  # column
    top: int  # minutes after the column's midnight
    height: int  # minutes (cut at midnight)
    lane: int = 0
    lanes: int = 1

    @property
    def start(self) -> datetime:
        return localtime.from_stored(self.item.appointment.starts_at)


def lay_out(items: Iterable[DayItem], first: date, days: int) -> list[Block]:
    raw: list[Block] = []
    for item in items:
        start = localtime.from_stored(item.appointment.starts_at)
        column = (start.date() - first).days
        if not 0 <= column < days:
            continue  # began the evening before the first column
        top = start.hour * 60 + start.minute
        height = max(SNAP, min(item.appointment.minutes, DAY_MINUTES - top))
        raw.append(Block(item, column, top, height))
    out: list[Block] = []
    for column in range(days):
        out.extend(
            _lanes(sorted((b for b in raw if b.day == column), key=lambda b: (b.top, -b.height)))
        )
    return out


def _lanes(blocks: list[Block]) -> list[Block]:
    """Greedy lanes per cluster of overlapping blocks; each knows its cluster's width."""
    out: list[Block] = []
    cluster: list[tuple[Block, int]] = []
    ends: list[int] = []  # per lane: where its last block ends
    cluster_end = -1

    def flush() -> None:
        width = max((lane for _, lane in cluster), default=-1) + 1
        out.extend(Block(b.item, b.day, b.top, b.height, lane, width) for b, lane in cluster)

    for b in blocks:
        if b.top >= cluster_end and cluster:
            flush()
            cluster, ends = [], []
        lane = next((i for i, end in enumerate(ends) if end <= b.top), len(ends))
        if lane == len(ends):
            ends.append(0)
        ends[lane] = b.top + b.height
        cluster.append((b, lane))
        cluster_end = max(cluster_end, b.top + b.height)
    if cluster:
        flush()
    return out


def snapped(minutes: int) -> int:
    return max(0, min(DAY_MINUTES - SNAP, round(minutes / SNAP) * SNAP))


def wall(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)
