"""``ponte import``: bring a spreadsheet of past cases in, with the suggested mapping.

The report names rows and columns (by letter) and says what is wrong; it never prints what a
cell holds. The desktop's import screen lets her change the mapping; here it is the
suggested one, so ``--dry-run`` first is the way to use it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from ponte.app.importing import ImportSession, auto_mapping, write_template
from ponte.cli.vault import _add_login, unlocked
from ponte.core.imports import OnMatch
from ponte.importer.problems import DESCRIPTIONS
from ponte.importer.sheet import column_letter

SHOWN = 200  # row problems printed in full; the rest are counted


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import past cases from a spreadsheet (XLSX or CSV)")
    _add_login(p)
    p.add_argument("file", type=Path, nargs="?", help="the .xlsx or .csv file")
    p.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    p.add_argument(
        "--on-match",
        choices=[m.value for m in OnMatch],
        default=OnMatch.SKIP.value,
        help="rows matching cases already here: skip them, update them, or make new cases",
    )
    p.add_argument(
        "--leave-out-problems", action="store_true", help="import the rows without problems"
    )
    p.add_argument("--template", type=Path, help="write the template spreadsheet here instead")
    p.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        if args.template is not None:
            write_template(vault, args.template)
            print(f"Written {args.template}.")
            return 0
        if args.file is None:
            print("Name the file to import, or --template FILE.")
            return 2
        session = ImportSession.open(vault, args.file)
        mapping = auto_mapping(session)
        preview = session.preview()
        on_match = OnMatch(args.on_match)
        used = [f"{column_letter(c.index)}→{c.suggested.target}" for c in preview.columns
                if c.suggested.target]  # fmt: skip
        print(f"{preview.rows} rows; columns recognised: {', '.join(used) or 'none'}.")
        report = session.dry_run(mapping, on_match)
        headers = {c.header: column_letter(c.index) for c in preview.columns}
        for issue in [i for i in report.issues if i.error][:SHOWN]:
            where = f"row {issue.row}" + (
                f", column {headers[issue.column]}" if issue.column else ""
            )
            print(f"{where}: {DESCRIPTIONS[issue.problem]}")
        warnings = Counter(i.problem for i in report.issues if not i.error)
        for problem, n in warnings.items():
            print(f"{n} rows: {DESCRIPTIONS[problem]}")
        print(
            f"Would import {report.would_create} new cases and update {report.would_update};"
            f" {report.matched} rows match cases already here ({on_match.value});"
            f" {report.refused} rows cannot be taken."
        )
        if args.dry_run:
            return 0 if report.ready else 1
        result = session.run(mapping, on_match, leave_out_refused_rows=args.leave_out_problems)
        print(
            f"Imported: {result.created} new cases, {result.updated} updated,"
            f" {result.skipped} skipped (import {result.import_id})."
        )
    return 0
