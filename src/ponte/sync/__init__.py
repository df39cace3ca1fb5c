"""Sync engine, hub client and packet files. Qt-free; talks to storage through a port."""
