"""One replicated change: a row inserted, some of its fields set, or the row deleted."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ponte.core.errors import MalformedPacket
from ponte.storage.replica import hlc
from ponte.storage.replica.tables import TABLES

PUT = "put"
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
DEL = "del"


@dataclass(frozen=True)
class Change:
    stamp: str  # the change id: HLC + origin device
    tbl: str
    rk: str
    op: str  # put | del
    fields: dict[str, Any] = field(default_factory=dict)
    #: For each field, the stamps it overwrote (what its writer had seen): causality.
    bases: dict[str, list[str]] = field(default_factory=dict)
    actor: str = ""
    at: str = ""  # wall time of the write, RFC 3339
    insert: bool = False

    @property
    def origin(self) -> str:
        return hlc.origin(self.stamp)

    def body(self) -> str:
        return json.dumps(
            {"f": self.fields, "b": self.bases, "a": self.actor, "w": self.at, "i": self.insert},
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def from_log(cls, stamp: str, tbl: str, rk: str, op: str, body: str) -> Change:
        obj = json.loads(body)
        return cls(stamp, tbl, rk, op, obj["f"], obj["b"], obj["a"], obj["w"], bool(obj["i"]))

    def to_wire(self) -> list[Any]:
        return [
            self.stamp, self.tbl, self.rk, self.op, self.fields, self.bases, self.actor,
            self.at, int(self.insert),
        ]  # fmt: skip

    @classmethod
    def from_wire(cls, item: Any) -> Change:
        """Strictly check a received change: unknown tables or columns are refused."""
        try:
            stamp, tbl, rk, op, fields, bases, actor, at, insert = item
            table = TABLES[tbl]
            hlc.parse(stamp)
            if not _RFC3339.match(at):
                raise ValueError(at)
            ok = (
                isinstance(rk, str)
                and op in (PUT, DEL)
                and isinstance(fields, dict)
                and set(fields) <= set(table.columns)
                and isinstance(bases, dict)
                and all(isinstance(v, list) for v in bases.values())
                and all(v is None or type(v) in (int, str, float) for v in fields.values())
                and isinstance(actor, str)
                and isinstance(at, str)
            )
        except (ValueError, TypeError, KeyError) as exc:
            raise MalformedPacket("replica change") from exc
        if not ok:
            raise MalformedPacket("replica change")
        return cls(stamp, tbl, rk, op, fields, bases, actor, at, bool(insert))
