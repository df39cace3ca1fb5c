"""Every action Ponte writes to the activity log has words, and so has every detail key."""

import ast
import re
from pathlib import Path

from ponte.desktop.ui.admin import audit_words

SRC = Path(__file__).parents[2] / "src" / "ponte"
ACTION = re.compile(r"^[a-z]+\.[a-z_]+$")
AUDIT_CALLS = {"append", "iter_chunks", "read", "record"}


def _is_audit_call(node: ast.Call) -> bool:
    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
    if name == "record":  # audit.record (what a signed-in person did), not outcomes.record
        return getattr(getattr(node.func, "value", None), "id", "") == "audit"
    return name in AUDIT_CALLS


def _written() -> tuple[set[str], set[str]]:
    """(actions, detail keys) that the code passes to the audit log."""
    actions: set[str] = {"replica.put", "replica.del"}  # f"replica.{op}": put or del
    keys: set[str] = set()
    for path in SRC.rglob("*.py"):
        if "desktop" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if not _is_audit_call(node):
                continue
            values = [*node.args[:3], *(k.value for k in node.keywords if k.arg == "action")]
            actions |= {
                v.value
                for v in values
                if isinstance(v, ast.Constant)
                and isinstance(v.value, str)
                and ACTION.match(v.value)
            }
            for k in node.keywords:
                if k.arg == "detail" and isinstance(k.value, ast.Dict):
                    keys |= {x.value for x in k.value.keys if isinstance(x, ast.Constant)}
                elif k.arg not in (None, "action", "at", "actor", "device", "entity", "entity_id"):
                    keys.add(k.arg)
    return actions, keys


def test_every_written_action_and_detail_has_words(qapp: object) -> None:
    actions, keys = _written()
    assert {"vault.unlock", "case.read", "referral.create"} <= actions, "the scan must see them"
    missing = sorted(actions - set(audit_words.actions()))
    assert not missing, f"actions without words: {missing}"
    missing_keys = sorted(keys - set(audit_words._keys()) - {"detail"})
    assert not missing_keys, f"detail keys without words: {missing_keys}"


def test_an_unlock_reads_as_words(qapp: object) -> None:
    text = audit_words.detail_text("vault.unlock", {"failed_attempts": 0, "kind": "account"})
    assert text == "failed attempts: 0 · type: with her passphrase"
    assert audit_words.action_text("case.read") == "opened a case file"
