"""The distribution: bundle size and frozen cold start (only when dist/ponte already exists).

Building the bundle takes about a minute, so the benchmark never builds it: run
``scripts/package`` first. Without a bundle both metrics are reported as not measured.

Cold start is timed from outside, the same way for all three programs: from spawning the
process to reading the line it prints once the unlocked window shows its case list
(``ponte desktop --self-test``). The baseline is the floor of any Qt app of ours:
``import PySide6.QtWidgets`` + unlocking the vault, in a fresh interpreter.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import Metric, Report
from ponte.storage.kdf import calibrate
from ponte.storage.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ponte"
PW = "bench package passphrase"
NOT_BUILT = "not measured: no dist/ponte (run scripts/package first)"

_BASELINE = r"""
import sys
import PySide6.QtWidgets
from ponte.storage.vault import Vault
Vault.unlock(sys.argv[1], "admin", sys.argv[2]).lock()
print("ready", flush=True)
"""


def _size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def _time_to_line(cmd: list[str]) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PONTE_USER": "admin",
        "PONTE_PASSPHRASE": PW,
    }
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    took = time.perf_counter() - t0
    proc.wait(timeout=60)
    if '"ok"' not in line and line.strip() != "ready":
        raise RuntimeError(f"{cmd[0]} did not start: {line!r}")
    return took


def run(report: Report, quick: bool, workdir: Path) -> None:
    exe = BUNDLE / "ponte"
    if not exe.is_file():
        report.add(
            Metric(
                "installed bundle size (dist/ponte)", None, "MB", None, "< 150 MB", notes=NOT_BUILT
            )
        )
        report.add(
            Metric(
                "app cold start to unlocked window (frozen)",
                None,
                "s",
                None,
                "<= 2",
                notes=NOT_BUILT,
            )
        )
        return
    installers = sorted(
        f"{p.name} {p.stat().st_size / 2**20:.1f} MB"
        for p in (ROOT / "dist").glob("ponte*")
        if p.suffix in (".deb", ".gz", ".exe")
    )
    report.add(
        Metric(
            "installed bundle size (dist/ponte)",
            _size_mb(BUNDLE),
            "MB",
            None,
            "< 150 MB",
            notes="files of the one-dir bundle, symlinks not counted; installers: "
            + (", ".join(installers) or "none built"),
        )
    )
    data = workdir / "vault"
    vault, _ = Vault.create(
        data, username="admin", display_name="Admin", passphrase=PW, kdf=calibrate()
    )
    vault.lock()
    frozen_cmd = [str(exe), "--data-dir", str(data), "desktop", "--self-test"]
    source_cmd = [sys.executable, "-m", "ponte", "--data-dir", str(data), "desktop", "--self-test"]
    base_cmd = [sys.executable, "-c", _BASELINE, str(data), PW]
    frozen: list[float] = []
    source: list[float] = []
    base: list[float] = []
    _time_to_line(frozen_cmd)  # page cache: every program starts warm, as on a used PC
    for _ in range(2 if quick else 7):
        base.append(_time_to_line(base_cmd))
        source.append(_time_to_line(source_cmd))
        frozen.append(_time_to_line(frozen_cmd))
    f, s, b = statistics.median(frozen), statistics.median(source), statistics.median(base)
    report.add(
        Metric(
            "app cold start to unlocked window (frozen)",
            f,
            "s",
            b,
            "<= 2",
            notes=f"spawn to case list shown, offscreen, empty vault, Argon2 calibrated; "
            f"source the same way {s:.2f} s (frozen/source {f / s:.2f}×); "
            f"baseline: python -c 'import PySide6.QtWidgets' + unlock",
        )
    )
