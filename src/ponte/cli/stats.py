"""``ponte stats export``: the yearly (or any period's) counts, suppressed, as CSV or XLSX."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ponte.app.stats_export import FORMATS, export
from ponte.cli.vault import _add_login, unlocked
from ponte.core.errors import UsageError
from ponte.storage import audit
from ponte.storage.publish import publishable
from ponte.storage.stats import Period, centre_stats


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = sub.add_parser("stats", help="statistics: counts only, small counts hidden")
    cmds = stats.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    p = cmds.add_parser("export", help="export the counts of a year or period (ISTAT, Regione)")
    _add_login(p)
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int, help="calendar year, e.g. 2026")
    when.add_argument("--from", dest="start", type=date.fromisoformat, help="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=date.fromisoformat, help="YYYY-MM-DD (with --from)")
    p.add_argument("--format", choices=FORMATS, help="default: from OUT's extension")
    p.add_argument("--lang", choices=("it", "en"), default="it", help="words of the file")
    p.add_argument("out", type=Path, metavar="OUT", help="file to write (0600)")
    p.set_defaults(handler=_export)


def _period(args: argparse.Namespace) -> Period:
    if args.year is not None:
        return Period.year(args.year)
    if args.end is None:
        raise UsageError("--from needs --to")
    return Period(args.start, args.end)


def _export(args: argparse.Namespace) -> int:
    period = _period(args)
    fmt = args.format or args.out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UsageError("choose --format csv or xlsx")
    with unlocked(args) as vault:
        tables = publishable(centre_stats(vault.db, period))
        audit.record(
            vault.db,
            vault.actor,
            "stats.export",
            at=vault.clock.now(),
            entity="period",
            entity_id=f"{period.start}..{period.end}",
            detail={"tables": len(tables), "kind": fmt},
        )
    heading = f"Ponte {period.start} – {period.end}"
    export(tables, period, fmt, args.out, title=heading, lang=args.lang)
    print(f"Written {args.out} ({len(tables)} tables, counts below 5 hidden).")
    return 0
