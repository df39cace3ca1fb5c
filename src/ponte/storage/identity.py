"""This workstation's network identity, kept inside the vault.

Member id, service type and network, the hub's URL and pinned key (and CA), the member's
private keys (``core.keys.MemberKeys``, current first, rotated-out ones after), and the
centre secret from which pairwise pseudonyms are derived.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from ponte.core.keys import MemberKeys
from ponte.storage.db import Database


@dataclass
class Identity:
    member_id: str
    name: str
    service_type: str
    network: str
    hub_url: str
    hub_key: str  # raw Ed25519, hex
    keys: list[MemberKeys]
    centre_secret: bytes = field(default_factory=lambda: os.urandom(32))
    ca_pem: str | None = None

    @property
    def current(self) -> MemberKeys:
        return self.keys[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "member_id": self.member_id,
            "name": self.name,
            "service_type": self.service_type,
            "network": self.network,
            "hub_url": self.hub_url,
            "hub_key": self.hub_key,
            "keys": [k.to_json() for k in self.keys],
            "centre_secret": self.centre_secret.hex(),
            "ca_pem": self.ca_pem,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Identity:
        return cls(
            member_id=obj["member_id"],
            name=obj["name"],
            service_type=obj["service_type"],
            network=obj["network"],
            hub_url=obj["hub_url"],
            hub_key=obj["hub_key"],
            keys=[MemberKeys.from_json(k) for k in obj["keys"]],
            centre_secret=bytes.fromhex(obj["centre_secret"]),
            ca_pem=obj.get("ca_pem"),
        )


def save(db: Database, identity: Identity) -> None:
    db.execute(
        "INSERT INTO identity (key, value) VALUES ('member', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (json.dumps(identity.to_json()),),
    )


def load(db: Database) -> Identity | None:
    raw = db.scalar("SELECT value FROM identity WHERE key = 'member'")
    return None if raw is None else Identity.from_json(json.loads(raw))
