"""One hierarchy of user-facing errors: whole sentences, nothing appended, kinds fixed."""

import ast
from pathlib import Path

import pytest

from ponte.core import errors

SRC = Path(__file__).parents[2] / "src" / "ponte"


@pytest.mark.parametrize("cls", errors.all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_has_a_sentence_and_a_unique_kind(cls: type[errors.PonteError]) -> None:
    sentence = cls.sentence()
    assert sentence.endswith("."), f"{cls.__name__}: the user sentence must be a full sentence"
    assert "\n" not in sentence
    others = [c for c in errors.all_error_classes() if c is not cls and c.kind == cls.kind]
    assert not others, f"kind {cls.kind!r} is shared by {cls.__name__} and {others}"


def test_the_detail_goes_to_logs_and_the_cli_never_into_her_sentence() -> None:
    exc = errors.VaultCorrupt("/data/vault.db")
    assert exc.user_message() == errors.VaultCorrupt.sentence()
    assert "/data/vault.db" not in exc.user_message()
    assert exc.technical().endswith("(/data/vault.db)")
    assert str(exc) == exc.technical()
    assert isinstance(exc, errors.VaultError)


def test_numbers_are_filled_into_the_translated_sentence() -> None:
    exc = errors.PassphraseTooShort(params=(12,))
    assert exc.user_message() == (
        "A passphrase needs at least 12 characters. Choose a longer one: a few words are easy"
        " to remember."
    )
    italiano = "Una passphrase deve avere almeno %1 caratteri."
    assert exc.user_message(italiano) == "Una passphrase deve avere almeno 12 caratteri."


def test_not_being_on_the_network_is_not_a_validation_error() -> None:
    assert not issubclass(errors.NotConnected, errors.ValidationError)
    assert "highlighted" not in errors.NotConnected.sentence()


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def test_no_user_error_carries_its_message_as_free_text() -> None:
    """``ValidationError("the purpose is required")`` put English words where her sentence
    belongs; a failure that needs words gets its own class. (The hub answers programs: its
    request checks, and the key-registration check it runs, keep a technical detail that is
    shown to no person in the app.)"""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.parts[-2] == "hub" or path.name == "keyreg.py":
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(call.func, "id", getattr(call.func, "attr", ""))
            if name == "ValidationError" and (call.args or call.keywords):
                offenders.append(f"{path.relative_to(SRC)}:{call.lineno}")
    assert not offenders, offenders


def test_no_code_changes_the_kind_of_an_error_instance() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign):
                offenders += [
                    f"{path.relative_to(SRC)}:{node.lineno}"
                    for t in node.targets
                    if isinstance(t, ast.Attribute)
                    and t.attr == "kind"
                    and not (isinstance(t.value, ast.Name) and t.value.id == "self")
                ]
    assert not offenders, offenders
