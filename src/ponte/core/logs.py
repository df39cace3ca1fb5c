"""Logging: one JSON object per line, rotating files readable only by their owner.

Never personal data — ids, counts, kinds and exception *types* only (STYLE.md). Two guards
make that the default rather than a matter of care:
- messages are formatted from their arguments only when every argument is a number, a
  bool, None or an id-like string (no spaces, ≤ 64 characters); anything else is replaced
  by ``<redacted>``;
- tracebacks are written as the chain of exception types and code locations, without the
  exception messages, which can quote data (a driver error may echo a value).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

LOG_NAME = "ponte.log"
_SAFE = re.compile(r"^[A-Za-z0-9_.:/@+=-]{0,64}$")
REDACTED = "<redacted>"


def _safe_arg(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str) and _SAFE.match(value):
        return value
    return REDACTED


def _stack(exc: BaseException) -> list[str]:
    out = []
    seen: BaseException | None = exc
    while seen is not None:
        frames = traceback.extract_tb(seen.__traceback__)
        where = [f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in frames[-6:]]
        out.append(
            f"{type(seen).__module__}.{type(seen).__qualname__} at {' < '.join(reversed(where))}"
        )
        seen = seen.__cause__ or seen.__context__
    return out


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        args = record.args
        if isinstance(args, tuple):
            message = record.msg % tuple(_safe_arg(a) for a in args) if args else str(record.msg)
        elif isinstance(args, dict):
            message = str(record.msg) % {k: _safe_arg(v) for k, v in args.items()}
        else:
            message = str(record.msg)
        doc: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "level": record.levelname,
            "logger": record.name,
            "msg": message,
        }
        if record.exc_info and record.exc_info[1] is not None:
            doc["exc"] = _stack(record.exc_info[1])
        return json.dumps(doc, ensure_ascii=True)


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return os.fdopen(fd, "a", encoding="utf-8")


def setup(log_dir: Path, *, verbose: bool = False, level: int = logging.INFO) -> Path:
    """Send Ponte's logs to ``log_dir/ponte.log`` (1 MiB × 5 files); return the file path."""
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    root = logging.getLogger("ponte")
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    handler = _PrivateRotatingHandler(path, maxBytes=1 << 20, backupCount=5)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    if verbose:
        console = logging.StreamHandler()
        console.setFormatter(JsonFormatter())
        root.addHandler(console)
    root.setLevel(level)
    root.propagate = False
    return path
