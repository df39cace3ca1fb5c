"""``python -m bench [--quick] [--only NAME …]``: run the benchmarks and write the reports."""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Report

# Each module has run(report, quick, workdir). Order: cheapest first.
MODULES = (
    "bench.packets",
    "bench.hub",
    "bench.sync",
    "bench.sync_storm",
    "bench.replica",
    "bench.vault",
    "bench.documents",
    "bench.day",
    "bench.forms",
    "bench.package",
    "bench.desktop",
    "bench.responsiveness",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench")
    parser.add_argument("--quick", action="store_true", help="smaller sizes; under 2 minutes")
    parser.add_argument("--only", nargs="*", default=None, help="module names, e.g. vault")
    args = parser.parse_args(argv)
    report = Report(quick=args.quick)
    started = time.perf_counter()
    for name in MODULES:
        short = name.rsplit(".", 1)[1]
        if args.only and short not in args.only:
            continue
        print(f"== {short}", flush=True)
        module = importlib.import_module(name)
        with tempfile.TemporaryDirectory(prefix=f"ponte-bench-{short}-") as tmp:
            module.run(report, args.quick, Path(tmp))
    report.write()
    missed = [m.name for m in report.metrics if not m.met and m.value is not None]
    print(
        f"== {len(report.metrics)} metrics, {len(missed)} missed, {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
