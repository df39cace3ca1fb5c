"""RFC 8941 Structured Field Values: the part HTTP Message Signatures need.

Parses a Dictionary (members are Items or Inner Lists, each with Parameters) into plain
Python values and serialises Inner Lists back, strictly as RFC 8941 §4 says: anything the
RFC's parsing algorithm would fail on raises :class:`ValueError`. Bare items: Integer,
String, Token, Byte Sequence and Boolean (Decimals and RFC 9651 Dates are not needed by any
signature field and are refused). Checked against the ``http-sf`` package in
``tests/core/test_sfv.py``.

Core may import only the standard library and cryptography, hence this module rather than
a dependency; it is about 150 lines of the RFC's own algorithms.
"""

from __future__ import annotations

import base64
import re
import string
from dataclasses import dataclass, field

Bare = int | str | bytes | bool


@dataclass(frozen=True)
class Token:
    """An sf-token (``ed25519`` without quotes); compares unequal to a String."""

    value: str


@dataclass(frozen=True)
class Item:
    value: Bare | Token
    params: dict[str, Bare | Token] = field(default_factory=dict)


@dataclass(frozen=True)
class InnerList:
    items: tuple[Item, ...]
    params: dict[str, Bare | Token] = field(default_factory=dict)


Member = Item | InnerList
_KEY_START = string.ascii_lowercase + "*"
_KEY_CHARS = string.ascii_lowercase + string.digits + "_-.*"
_TOKEN_START = string.ascii_letters + "*"
_TOKEN_CHARS = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:/"
_B64 = re.compile(r"[A-Za-z0-9+/=]*")


class _Parser:
    def __init__(self, text: str) -> None:
        if not text.isascii():
            raise ValueError("non-ASCII field")
        self.s, self.i = text.strip(" "), 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def take(self) -> str:
        ch = self.peek()
        self.i += 1
        return ch

    def skip(self, chars: str) -> None:
        while self.peek() and self.peek() in chars:
            self.i += 1

    def dictionary(self) -> dict[str, Member]:
        out: dict[str, Member] = {}
        while self.i < len(self.s):
            key = self.key()
            if self.peek() == "=":
                self.i += 1
                out[key] = self.member()
            else:
                out[key] = Item(True, self.params())
            self.skip(" \t")
            if self.i >= len(self.s):
                return out
            if self.take() != ",":
                raise ValueError("expected a comma")
            self.skip(" \t")
            if self.i >= len(self.s):
                raise ValueError("trailing comma")
        return out

    def member(self) -> Member:
        if self.peek() == "(":
            return self.inner_list()
        return Item(self.bare(), self.params())

    def inner_list(self) -> InnerList:
        self.take()
        items: list[Item] = []
        while True:
            self.skip(" ")
            if self.peek() == ")":
                self.i += 1
                return InnerList(tuple(items), self.params())
            items.append(Item(self.bare(), self.params()))
            if self.peek() not in (" ", ")"):
                raise ValueError("inner list")

    def params(self) -> dict[str, Bare | Token]:
        out: dict[str, Bare | Token] = {}
        while self.peek() == ";":
            self.i += 1
            self.skip(" ")
            key = self.key()
            value: Bare | Token = True
            if self.peek() == "=":
                self.i += 1
                value = self.bare()
            out[key] = value  # RFC 8941: a later duplicate overwrites
        return out

    def key(self) -> str:
        if not self.peek() or self.peek() not in _KEY_START:
            raise ValueError("key")
        start = self.i
        while self.peek() and self.peek() in _KEY_CHARS:
            self.i += 1
        return self.s[start : self.i]

    def bare(self) -> Bare | Token:
        ch = self.peek()
        if ch == "-" or ch.isdigit():
            return self.integer()
        if ch == '"':
            return self.string()
        if ch == ":":
            return self.byte_sequence()
        if ch == "?":
            self.i += 1
            flag = self.take()
            if flag not in ("0", "1"):
                raise ValueError("boolean")
            return flag == "1"
        if ch and ch in _TOKEN_START:
            start = self.i
            while self.peek() and self.peek() in _TOKEN_CHARS:
                self.i += 1
            return Token(self.s[start : self.i])
        raise ValueError("bare item")

    def integer(self) -> int:
        m = re.compile(r"-?[0-9]{1,15}").match(self.s, self.i)
        if m is None or self.s[m.end() : m.end() + 1] in (".", *string.digits):
            raise ValueError("integer (decimals are not supported)")
        self.i = m.end()
        return int(m.group())

    def string(self) -> str:
        self.i += 1
        out = []
        while True:
            ch = self.take()
            if ch == "":
                raise ValueError("unterminated string")
            if ch == "\\":
                esc = self.take()
                if esc not in ('"', "\\"):
                    raise ValueError("string escape")
                out.append(esc)
            elif ch == '"':
                return "".join(out)
            elif not " " <= ch <= "~":
                raise ValueError("string character")
            else:
                out.append(ch)

    def byte_sequence(self) -> bytes:
        end = self.s.find(":", self.i + 1)
        if end < 0:
            raise ValueError("unterminated byte sequence")
        text = self.s[self.i + 1 : end]
        if not _B64.fullmatch(text):
            raise ValueError("byte sequence")
        self.i = end + 1
        try:
            return base64.b64decode(text + "=" * (-len(text) % 4))
        except ValueError as exc:
            raise ValueError("byte sequence") from exc


def parse_dictionary(text: str) -> dict[str, Member]:
    """An sf-dictionary; :class:`ValueError` if the field is not one."""
    return _Parser(text).dictionary()


def serialize_bare(value: Bare | Token) -> str:
    if isinstance(value, bool):
        return "?1" if value else "?0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Token):
        return value.value
    if isinstance(value, bytes):
        return ":" + base64.b64encode(value).decode() + ":"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def serialize_params(params: dict[str, Bare | Token]) -> str:
    return "".join(f";{k}" if v is True else f";{k}={serialize_bare(v)}" for k, v in params.items())


def serialize_inner_list(inner: InnerList) -> str:
    items = " ".join(serialize_bare(i.value) + serialize_params(i.params) for i in inner.items)
    return f"({items})" + serialize_params(inner.params)
