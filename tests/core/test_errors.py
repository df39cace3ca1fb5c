import pytest

from ponte.core import errors


@pytest.mark.parametrize("cls", errors.all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_has_a_sentence_and_a_unique_kind(cls: type[errors.PonteError]) -> None:
    sentence = cls.sentence()
    assert sentence.endswith("."), f"{cls.__name__}: the user sentence must be a full sentence"
    assert "\n" not in sentence
    others = [c for c in errors.all_error_classes() if c is not cls and c.kind == cls.kind]
    assert not others, f"kind {cls.kind!r} is shared by {cls.__name__} and {others}"


def test_detail_is_appended_and_str_is_the_sentence() -> None:
    exc = errors.VaultCorrupt("/data/vault.db")
    assert str(exc).startswith("A vault file is damaged")
    assert str(exc).endswith("(/data/vault.db)")
    assert isinstance(exc, errors.VaultError)
