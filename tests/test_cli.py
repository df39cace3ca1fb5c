import subprocess
import sys

from ponte import __version__


def test_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ponte", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"ponte {__version__}"
    assert __version__ != "0.0.0+unknown"
