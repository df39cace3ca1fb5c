"""Entry point of the frozen program: the ``ponte`` command (no arguments: the desktop app)."""

import multiprocessing
import sys

from ponte.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
