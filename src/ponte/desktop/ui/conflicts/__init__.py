"""Replication screens: open conflicts of a case, and the centre's devices."""
