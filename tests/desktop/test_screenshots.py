"""The screenshot run as a test: every main screen renders, under Xvfb when it is installed
(CI installs it), and each PNG shows a real screen (not a blank or black window)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.runlock import exclusive

ROOT = Path(__file__).resolve().parents[2]
SCREENS = (
    "1-first-run", "2-recovery-key", "2b-join-network", "3-cases-1000", "4-cases-search",
    "5-sign-in-error", "6-demo-cases", "6b-demo-my-day", "7-case-file", "8-empowerment-plan",
    "9-case-referrals", "9b-case-documents", "10-composer", "11-composer-preview", "12-messages",
    "13-partner-inbox", "14-statistics", "15-report-preview", "16-network-dashboard", "17-conflict", "18-workstations",
    "19-offline",
)  # fmt: skip


def _colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    seen = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    return len(seen)


def test_every_main_screen_renders_to_a_png(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "screenshots"),
        "--out",
        str(tmp_path),
        "--lang",
        "en",
    ]
    if shutil.which("xvfb-run"):
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *cmd]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with exclusive("xvfb"):  # `xvfb-run -a` races another for a display number
        done = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=600, check=False
        )
    assert done.returncode == 0, done.stderr[-2000:]
    for name in SCREENS:
        image = QImage(str(tmp_path / f"en-{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= 500, name
        assert _colours(image) > 8, f"{name} looks blank"
