"""Ponte: encrypted case records and minimal, end-to-end encrypted referrals."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ponte")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
