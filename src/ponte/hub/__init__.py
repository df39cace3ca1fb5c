"""The metropolitan hub: relays packets it cannot read."""
