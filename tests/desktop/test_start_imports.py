"""Starting the app loads neither a web server, nor the demo's builder, nor file writers.

The window's cold start is a benchmark target (bench/desktop.py, bench/package.py); most of
it is imports. The hub server (uvicorn, Starlette) is needed only by ``ponte hub serve`` and
the demo's local hub, the demo's builder only on the vault thread when the demo is built or
opened, openpyxl and icalendar only when a spreadsheet or calendar file is written: a fresh
interpreter does what ``ponte`` does at start and lists what it loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys

START = """
import importlib, sys
from ponte import cli
cli.build_parser()  # every subcommand registers, as `ponte` with no command does
importlib.import_module("ponte.desktop.__main__")
print("\\n".join(sorted(sys.modules)))
"""
NOT_AT_START = {"ponte.app.demo", "ponte.app.demo_hub", "ponte.hub.app", "ponte.hub.server"}
HEAVY_PACKAGES = {"uvicorn", "starlette", "openpyxl", "icalendar"}


def test_the_start_loads_no_server_no_demo_builder_and_no_file_writer() -> None:
    out = subprocess.run(
        [sys.executable, "-c", START],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    loaded = set(out.stdout.split())
    assert "ponte.desktop.main_window" in loaded, "the check saw the start's own modules"
    early = sorted(m for m in loaded if m.split(".")[0] in HEAVY_PACKAGES or m in NOT_AT_START)
    assert early == [], f"loaded at start: {early[:8]}"
