"""Desktop tests reuse the real loopback hub of the end-to-end tests."""

from tests.e2e.conftest import hub  # noqa: F401 - a fixture, used by name
