"""Domain types, ids, clock, errors, packet format and crypto. Imports only stdlib and crypto libs."""
