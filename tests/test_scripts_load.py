"""Every Python script in scripts/ loads: its imports resolve against today's code.

The screenshot scripts run only by hand and are outside mypy; a merge once removed a function
three of them imported and nothing noticed. Each script is loaded as a module (its
``if __name__ == "__main__"`` part does not run) in a fresh interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOAD = """
import importlib.machinery, importlib.util, sys
for path in sys.argv[1:]:
    sys.path.insert(0, str(__import__("pathlib").Path(path).parent))
    loader = importlib.machinery.SourceFileLoader("script_under_test", path)
    spec = importlib.util.spec_from_loader(loader.name, loader)
    loader.exec_module(importlib.util.module_from_spec(spec))
    print("loaded", path)
"""


def _is_python(path: Path) -> bool:
    if not path.is_file():
        return False
    return path.suffix == ".py" or path.read_bytes().startswith(b"#!/usr/bin/env python3")


def _python_scripts() -> list[Path]:
    return [p for p in sorted((ROOT / "scripts").iterdir()) if _is_python(p)]


def test_every_python_script_loads() -> None:
    scripts = _python_scripts()
    assert any(p.name == "screenshots_forms.py" for p in scripts), scripts
    out = subprocess.run(
        [sys.executable, "-c", LOAD, *map(str, scripts)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.count("loaded ") == len(scripts)
