"""Replication between the devices of one centre (docs/replication.md)."""
