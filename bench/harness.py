"""Measure, compare with a baseline taken in the same run, and write the reports.

Absolute times on a shared machine are noise; the ratio of our code to its limit, measured
back to back on the same machine, is the signal. Every metric therefore records its
``baseline`` and ``ratio``, and ``met`` says whether the ratio is within ``target``.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

OUT_DIR = Path(__file__).resolve().parent


@dataclass
class Metric:
    name: str
    value: float | None  # None: not measured this run (say why in notes), never a made-up number
    unit: str
    baseline: float | None
    target: str  # e.g. "<= 1.10", ">= 0.9", "< 5 ms"
    ratio: float | None = None
    met: bool = False
    notes: str = ""

    def __post_init__(self) -> None:
        if self.value is None:
            self.ratio, self.met = None, False
            return
        if self.ratio is None and self.baseline:
            self.ratio = self.value / self.baseline
        self.met = _meets(self.target, self.ratio, self.value)


def _meets(target: str, ratio: float | None, value: float) -> bool:
    op, _, rest = target.partition(" ")
    number = float(rest.split()[0])
    subject = value if rest.split()[1:] else ratio  # "< 5 ms" compares the value
    if subject is None:
        return False
    return {
        "<=": subject <= number,
        "<": subject < number,
        ">=": subject >= number,
        ">": subject > number,
    }[op]


@dataclass
class Report:
    quick: bool
    metrics: list[Metric] = field(default_factory=list)
    growth: list[dict[str, Any]] = field(default_factory=list)

    def add(self, metric: Metric) -> Metric:
        self.metrics.append(metric)
        mark = "ok " if metric.met else "MISS" if metric.value is not None else "n/a "
        ratio = f"{metric.ratio:.3f}x" if metric.ratio is not None else "-"
        value = "not measured" if metric.value is None else f"{metric.value:.4g} {metric.unit}"
        print(
            f"[{mark}] {metric.name}: {value}  ratio {ratio}  target {metric.target}",
            flush=True,
        )
        return metric

    def write(self, out_dir: Path = OUT_DIR) -> None:
        machine = describe_machine()
        doc = {
            "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "quick": self.quick,
            "machine": machine,
            "metrics": [asdict(m) for m in self.metrics],
            "growth": self.growth,
        }
        (out_dir / "report.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        (out_dir / "REPORT.md").write_text(render_markdown(doc), encoding="utf-8")


def describe_machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem_gib = round(pages / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    versions: dict[str, str] = {"python": sys.version.split()[0]}
    try:
        import sqlcipher3.dbapi2 as sqlcipher

        versions["sqlite (sqlcipher3)"] = sqlcipher.sqlite_version
    except ImportError:
        pass
    try:
        import cryptography

        versions["cryptography"] = cryptography.__version__
    except ImportError:
        pass
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": mem_gib,
        "versions": versions,
    }


def render_markdown(doc: dict[str, Any]) -> str:
    m = doc["machine"]
    lines = [
        "# Ponte benchmark report",
        "",
        f"Generated {doc['generated']} by `scripts/bench{' --quick' if doc['quick'] else ''}`.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['platform']}; "
        + ", ".join(f"{k} {v}" for k, v in m["versions"].items())
        + ".",
        "",
        "Each ratio is our code against its limit measured in the same run (see bench/).",
        "",
        "| metric | value | baseline | ratio | target | met | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for x in doc["metrics"]:
        baseline = "—" if x["baseline"] is None else f"{x['baseline']:.4g} {x['unit']}"
        ratio = "—" if x["ratio"] is None else f"{x['ratio']:.3f}×"
        value = "not measured" if x["value"] is None else f"{x['value']:.4g} {x['unit']}"
        met = "yes" if x["met"] else "**no**" if x["value"] is not None else "—"
        lines.append(
            f"| {x['name']} | {value} | {baseline} | {ratio} | "
            f"{x['target']} | {met} | {x['notes']} |"
        )
    if doc["growth"]:
        lines += ["", "## How costs grow", "", "| series | n | value | unit |", "|---|---|---|---|"]
        for g in doc["growth"]:
            lines.append(f"| {g['series']} | {g['n']:,} | {g['value']:.4g} | {g['unit']} |")
    return "\n".join(lines) + "\n"


def best_of(fn: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Seconds per call: the minimum over ``repeat`` rounds of ``number`` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return min(times)


def interleaved(
    ours: Callable[[], object], base: Callable[[], object], *, rounds: int = 5
) -> tuple[float, float]:
    """Median seconds of ``ours`` and ``base`` run alternately, so drift hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        for fn, acc in ((base, b), (ours, a)):
            t0 = time.perf_counter()
            fn()
            acc.append(time.perf_counter() - t0)
    return statistics.median(a), statistics.median(b)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


_QT: list[Any] = []  # the process's QApplication and its collector, kept alive with it


def qt_app() -> Any:
    """The process's one QApplication, made once, with garbage cycles collected on its thread
    only (``ponte.desktop.collector``, as the app does): a collection in the vault thread
    destroys Qt objects off their thread, and a full run was killed by SIGSEGV in
    bench/responsiveness without it."""
    from PySide6.QtWidgets import QApplication

    from ponte.desktop.collector import GuiThreadCollector

    if not _QT:
        app = QApplication.instance() or QApplication([])
        _QT.extend((app, GuiThreadCollector(app).start()))
    return _QT[0]
