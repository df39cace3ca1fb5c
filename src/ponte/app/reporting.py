"""Aggregate reports to the network's cabina di regia, and the combined picture it sees.

Centre side: :func:`build_report` computes the period's statistics in the vault and keeps
only the tables the cabina di regia asks for, suppressed before anything is sealed
(k = 5 with secondary cells, ``core/suppression.py``); :func:`send_report` seals that exact
payload to the cabina di regia member of the signed directory and stores the packet in the
outbox (persist before send). The preview on screen shows the same payload.

Cabina di regia side: the inbox stores received reports (``storage/aggregates.py``);
:func:`network_picture` adds them up per network and for the whole metropolitan area.
Combined tables show a count only when every centre showed it (see ``core/combining.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ponte.app.workstation import Workstation
from ponte.core import indicators
from ponte.core.combining import combine
from ponte.core.directory import Directory, Member
from ponte.core.enums import ServiceType
from ponte.core.errors import DirectoryError
from ponte.core.suppression import PublishedTable, small_cells, suppress
from ponte.storage import aggregates, audit, outbox
from ponte.storage.accounts import Role
from ponte.storage.db import Database
from ponte.storage.outcome_stats import outcome_published
from ponte.storage.publish import age_groups, publishable
from ponte.storage.stats import Period, centre_stats

#: What the cabina di regia receives (DOMAIN.md §7): at most two quasi-identifiers a table.
REPORT_TABLES = (
    "overview",
    "age_group_citizenship",
    "first_contact",
    "invio_da",
    "violence_forms",
    "children",
    "steps",
    "reddito_di_liberta",
    "referrals",
    "days_to_first_status",
)
#: Outcomes of the women's paths (issue 21), each with the population it counts.
OUTCOME_TABLES = tuple(indicators.TABLES)
#: Tables that add up across centres (the median does not).
COMBINED_TABLES = (*(t for t in REPORT_TABLES if t != "days_to_first_status"), *OUTCOME_TABLES)
#: Version 2: outcome tables, each naming its population (``core/payloads.py``).
PAYLOAD_VERSION = 2
METRO = "metro"


def report_tables(db: Database, period: Period) -> list[PublishedTable]:
    """The suppressed tables a report for ``period`` carries (call on the vault thread).

    Broad age groups instead of the fine age bands: never both, since one is a sum of the
    other and together they could give a hidden count away.
    """
    stats = centre_stats(db, period)
    by_name = {t.name: t for t in publishable(stats)}
    by_name["age_group_citizenship"] = suppress(age_groups(stats), total_public=True)
    return [by_name[name] for name in REPORT_TABLES] + outcome_published(db, period)


def payload_for(tables: Sequence[PublishedTable], period: Period, network: str) -> dict[str, Any]:
    out = []
    for t in tables:
        if small_cells(t):  # belt and braces: suppression has already run
            raise AssertionError(f"table {t.name} would show a count below 5")
        columns, rows = t.to_rows()
        table: dict[str, Any] = {"name": t.name, "columns": columns, "rows": rows}
        if t.name in indicators.TABLES:
            table["population"] = indicators.TABLES[t.name]
        out.append(table)
    return {
        "v": PAYLOAD_VERSION,
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "network": network,
        "tables": out,
    }


def build_report(ws: Workstation, period: Period) -> dict[str, Any]:
    """Exactly the payload :func:`send_report` seals: what leaves the centre."""
    return payload_for(report_tables(ws.vault.db, period), period, ws.identity.network)


def cabina_di_regia(directory: Directory, network: str) -> Member:
    """The cabina di regia for ``network``: its own, else the metropolitan one."""
    found = [m for m in directory.members if m.service_type == ServiceType.CABINA_REGIA.value]
    for candidate in (network, "milano_metro"):
        for m in found:
            if m.network == candidate:
                return m
    if found:
        return found[0]
    raise DirectoryError("no cabina di regia in the network directory")


def send_report(ws: Workstation, period: Period) -> str:
    """Seal this period's report to the cabina di regia and queue it; returns the packet id."""
    return send_payload(ws, build_report(ws, period))


def send_payload(ws: Workstation, payload: dict[str, Any]) -> str:
    """Seal a report built by :func:`build_report` (the one previewed) and queue it.

    The coordinatrice (or the amministratrice) sends it: packets leave on her approval.
    """
    ws.vault.require(Role.COORDINATRICE, Role.AMMINISTRATRICE)
    recipient = cabina_di_regia(ws.directory(), ws.identity.network)  # the copy kept here
    if recipient.id == ws.identity.member_id:
        raise DirectoryError("this workstation is the cabina di regia")
    packet = ws.seal_to(recipient.id, "aggregate", payload)
    db = ws.vault.db
    with db.transaction():
        packet_id = outbox.enqueue(db, packet, at=ws.clock.now())
        audit.record(
            ws.vault.db,
            ws.actor,
            "report.send",
            at=ws.clock.now(),
            entity="packet",
            entity_id=packet_id,
            detail={"recipient_id": recipient.id, "tables": len(payload["tables"])},
        )
    return packet_id


@dataclass(frozen=True)
class NetworkPicture:
    """What the cabina di regia sees for one period: combined tables, never a centre's rows."""

    period: Period
    metro: dict[str, PublishedTable]
    by_network: dict[str, dict[str, PublishedTable]]
    centres: dict[str, int] = field(default_factory=dict)  # reports per network

    def table(self, name: str, network: str = METRO) -> PublishedTable | None:
        if network == METRO:
            return self.metro.get(name)
        return self.by_network.get(network, {}).get(name)


def _combined(reports: Sequence[aggregates.ReceivedReport]) -> dict[str, PublishedTable]:
    out: dict[str, PublishedTable] = {}
    for name in COMBINED_TABLES:
        tables = [t for r in reports if (t := r.table(name)) is not None]
        if not tables:
            continue
        shape = (tables[0].row_labels, tables[0].col_labels)
        same = [t for t in tables if (t.row_labels, t.col_labels) == shape]
        out[name] = combine(name, same)
    return out


def network_picture(db: Database, period: Period) -> NetworkPicture:
    """Add up each centre's latest report for ``period``, per network and metro-wide."""
    reports = aggregates.latest(db, period.start, period.end)
    networks: dict[str, list[aggregates.ReceivedReport]] = {}
    for r in reports:
        networks.setdefault(r.network, []).append(r)
    return NetworkPicture(
        period,
        _combined(reports),
        {n: _combined(rs) for n, rs in sorted(networks.items())},
        {n: len(rs) for n, rs in sorted(networks.items())},
    )


def picture_tables(picture: NetworkPicture) -> list[PublishedTable]:
    """Every combined table, metro first then per network, named for export."""
    out = [_renamed(t, f"{METRO}.{t.name}") for t in picture.metro.values()]
    for network, tables in picture.by_network.items():
        out += [_renamed(t, f"{network}.{t.name}") for t in tables.values()]
    return out


def _renamed(t: PublishedTable, name: str) -> PublishedTable:
    return PublishedTable(
        name, t.row_labels, t.col_labels, t.cells, t.row_totals, t.col_totals, t.total, t.withheld
    )
