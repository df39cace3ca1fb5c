"""One owner for each rule, read from the source itself (the import contracts in
pyproject.toml cover the imports; these cover what an import check cannot see)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import ponte

SRC = Path(ponte.__file__).resolve().parent


def _modules(under: str = "") -> Iterator[tuple[str, ast.AST]]:
    for path in sorted((SRC / under).rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        yield rel, ast.parse(path.read_text(encoding="utf-8"), rel)


def _where(found: list[tuple[str, int]]) -> list[str]:
    return [f"{rel}:{line}" for rel, line in found]


def test_the_desktop_never_touches_the_database_handle() -> None:
    """Screens reach the vault through ponte.app facades, never ``vault.db``."""
    found = [
        (rel, node.lineno)
        for rel, tree in _modules("desktop")
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "db"
    ]
    assert not found, _where(found)


def test_audit_entries_have_one_writer() -> None:
    """``audit.record`` (over ``audit.append``): no module keeps its own ``_audit`` wrapper,
    and nobody calls a private one."""
    found = [
        (rel, node.lineno)
        for rel, tree in _modules()
        for node in ast.walk(tree)
        if (isinstance(node, ast.FunctionDef) and node.name == "_audit")
        or (isinstance(node, ast.Attribute) and node.attr == "_audit")
    ]
    assert not found, _where(found)


def test_an_actor_is_made_from_a_vault_in_one_place() -> None:
    """``Vault.actor`` builds who is acting; everyone else asks it."""
    found = [
        (rel, node.lineno)
        for rel, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Actor"
        and rel != "storage/vault.py"
    ]
    assert not found, _where(found)


def test_the_desktop_checks_its_state_without_assert() -> None:
    """``python -O`` drops asserts: a screen's state is checked with an ``if`` (and a bug is
    raised, logged and said calmly by ``desktop/crash.py``), never assumed."""
    found = [
        (rel, node.lineno)
        for rel, tree in _modules("desktop")
        for node in ast.walk(tree)
        if isinstance(node, ast.Assert)
    ]
    assert not found, _where(found)
