"""Centre fields: what a centre records beyond the common model, defined by its amministratrice.

A definition says where the field appears (a section of the case file), what it holds (its
type), its label and help text in Italian and English, whether it is required and where it
sits. A one-choice or several-choices field has a list of choices she defines; each choice
has a code that never changes and never comes back with another meaning. Definitions are
versioned by these rules rather than by copying data (docs/centre-fields.md):

- a choice is never removed, only *retired*: old cases keep showing it, new entries cannot
  pick it;
- a field is never deleted, only retired, and its type cannot change once a case holds a
  value in it (she makes a new field instead);
- a value is stored as a code or a plain scalar, so relabelling never rewrites what was
  recorded.

Pure: no storage, no Qt. ``coerce`` is the one place where a typed value is checked, for the
case file and for the spreadsheet import alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from ponte.core.enums import ServiceType
from ponte.core.errors import FieldDefinitionError, FieldValueError

KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
CODE_PATTERN = re.compile(r"[a-z0-9][a-z0-9_]{0,39}")
MAX_LABEL = 80
MAX_HELP = 300
MAX_TEXT = 2000
MAX_CHOICES = 100
#: A referral payload key for a centre field (``core/payloads.py`` allows [a-z][a-z0-9_]{0,47}).
REFERRAL_PREFIX = "centre_"


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    YESNO = "yesno"
    CHOICE = "choice"
    MULTI = "multi"


class Section(StrEnum):
    INTAKE = "intake"
    VIOLENCE = "violence"
    CHILDREN = "children"
    PLAN = "plan"
    CLOSURE = "closure"


#: Sections whose content never leaves the centre (DOMAIN.md §5): no referral may carry them.
NEVER_SENT_SECTIONS = frozenset({Section.VIOLENCE})
#: Types whose values are counted in the centre's own statistics.
COUNTED_TYPES = frozenset({FieldType.YESNO, FieldType.CHOICE, FieldType.MULTI})

Value = str | int | float | bool | date | tuple[str, ...] | None


@dataclass(frozen=True)
class Choice:
    code: str
    it: str
    en: str = ""
    position: int = 0
    retired: bool = False

    def label(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.it


@dataclass(frozen=True)
class FieldDef:
    key: str
    section: Section
    type: FieldType
    it: str
    en: str = ""
    help_it: str = ""
    help_en: str = ""
    required: bool = False
    position: int = 0
    retired: bool = False
    choices: tuple[Choice, ...] = ()
    referral_types: frozenset[ServiceType] = frozenset()
    version: int = 0  # how many versions were saved (0: never saved)

    def label(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.it

    def help(self, lang: str) -> str:
        return self.help_en if lang == "en" and self.help_en else self.help_it

    @property
    def has_choices(self) -> bool:
        return self.type in (FieldType.CHOICE, FieldType.MULTI)

    @property
    def referral_key(self) -> str:
        return REFERRAL_PREFIX + self.key

    def active_choices(self) -> tuple[Choice, ...]:
        return tuple(sorted((c for c in self.choices if not c.retired), key=lambda c: c.position))

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)

    def with_choice(self, it: str, en: str = "") -> FieldDef:
        """This definition with one more choice, its code made from the Italian label."""
        taken = {c.code for c in self.choices}
        code = unique(slug(it) or "scelta", taken)
        position = max((c.position for c in self.choices), default=0) + 1
        return replace(
            self, choices=(*self.choices, Choice(code, it.strip(), en.strip(), position))
        )

    def value_text(self, value: Value, lang: str) -> str:
        """A stored value in plain words (a retired choice keeps its label)."""
        if value is None or value == () or value == "":
            return ""
        if self.type is FieldType.YESNO:
            yes = value is True or value == 1
            return ("sì" if yes else "no") if lang == "it" else ("yes" if yes else "no")
        if self.type is FieldType.DATE and isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        if self.type is FieldType.NUMBER and isinstance(value, float) and value.is_integer():
            return str(int(value))
        if self.has_choices:
            codes = value if isinstance(value, tuple) else (str(value),)
            words = []
            for code in codes:
                c = self.choice(code)
                words.append(c.label(lang) if c else code)
            return ", ".join(words)
        return str(value)


def slug(text: str) -> str:
    """A code from a label: ``"Progetto Orti urbani"`` → ``"progetto_orti_urbani"``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    out = "_".join(words)[:40].strip("_")
    return out if not out or out[0].isalpha() else ("f_" + out)[:40]


def unique(code: str, taken: set[str]) -> str:
    if code not in taken:
        return code
    n = 2
    while f"{code[:36]}_{n}" in taken:
        n += 1
    return f"{code[:36]}_{n}"


def check_definition(d: FieldDef, previous: FieldDef | None = None) -> None:
    """Refuse a definition that breaks the rules above (``previous``: what is stored now)."""
    if not KEY_PATTERN.fullmatch(d.key):
        raise FieldDefinitionError("key")
    if not d.it.strip() or len(d.it) > MAX_LABEL or len(d.en) > MAX_LABEL:
        raise FieldDefinitionError("label")
    if len(d.help_it) > MAX_HELP or len(d.help_en) > MAX_HELP:
        raise FieldDefinitionError("help")
    if d.has_choices:
        codes = [c.code for c in d.choices]
        if not d.active_choices() or len(codes) > MAX_CHOICES:
            raise FieldDefinitionError("choices")
        if len(set(codes)) != len(codes) or not all(CODE_PATTERN.fullmatch(c) for c in codes):
            raise FieldDefinitionError("choice codes")
        if any(not c.it.strip() or len(c.it) > MAX_LABEL for c in d.choices):
            raise FieldDefinitionError("choice label")
    elif d.choices:
        raise FieldDefinitionError("choices")
    if d.referral_types and d.section in NEVER_SENT_SECTIONS:
        raise FieldDefinitionError("referral")
    if previous is not None:
        if previous.key != d.key:
            raise FieldDefinitionError("key")
        gone = {c.code for c in previous.choices} - {c.code for c in d.choices}
        if gone:
            raise FieldDefinitionError("a choice is retired, never removed")


def _number(raw: object) -> int | float:
    if isinstance(raw, bool):
        raise FieldValueError("number")
    if isinstance(raw, (int, float)):
        value: int | float = raw
    else:
        text = str(raw).strip().replace(" ", "")
        if "," in text:  # Italian: 1.234,5
            text = text.replace(".", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise FieldValueError("number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise FieldValueError("number")
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _day(raw: object) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw).strip())
    except ValueError:
        raise FieldValueError("date") from None


def coerce(d: FieldDef, raw: object, *, keep: Value = None) -> Value:
    """``raw`` as the value ``d`` stores, or :class:`FieldValueError`.

    ``keep`` is the value already on the case: a retired choice it holds may stay (it was
    right when it was recorded); a retired choice cannot be picked anew.
    """
    if raw is None or raw == "" or raw == ():
        return None
    if d.type is FieldType.TEXT:
        text = str(raw).strip()
        if len(text) > MAX_TEXT:
            raise FieldValueError("text")
        return text or None
    if d.type is FieldType.NUMBER:
        return _number(raw)
    if d.type is FieldType.DATE:
        return _day(raw)
    if d.type is FieldType.YESNO:
        if isinstance(raw, bool) or raw in (0, 1):
            return bool(raw)
        raise FieldValueError("yes/no")
    kept = set(keep) if isinstance(keep, tuple) else ({str(keep)} if keep else set())
    allowed = {c.code for c in d.choices if not c.retired} | (kept & {c.code for c in d.choices})
    if d.type is FieldType.CHOICE:
        if not isinstance(raw, str) or raw not in allowed:
            raise FieldValueError("choice")
        return raw
    codes = (raw,) if isinstance(raw, str) else tuple(raw)  # type: ignore[arg-type]
    if not codes:
        return None
    if any(not isinstance(c, str) or c not in allowed for c in codes):
        raise FieldValueError("choice")
    order = {c.code: i for i, c in enumerate(d.choices)}
    return tuple(sorted(set(codes), key=lambda c: order[c]))


def definition_body(d: FieldDef) -> dict[str, object]:
    """A definition as plain JSON (its version history keeps one per version)."""
    return {
        "key": d.key,
        "section": d.section.value,
        "type": d.type.value,
        "it": d.it,
        "en": d.en,
        "help_it": d.help_it,
        "help_en": d.help_en,
        "required": d.required,
        "position": d.position,
        "retired": d.retired,
        "referral_types": sorted(t.value for t in d.referral_types),
        "choices": [
            {"code": c.code, "it": c.it, "en": c.en, "position": c.position, "retired": c.retired}
            for c in d.choices
        ],
    }


@dataclass(frozen=True)
class CentreForm:
    """A case's centre fields: the definitions that apply and the values it holds."""

    fields: tuple[FieldDef, ...] = ()
    values: dict[str, Value] = field(default_factory=dict)

    def for_section(self, section: Section) -> list[FieldDef]:
        """Fields shown in ``section``: the active ones, and retired ones holding a value."""
        return sorted(
            (
                f
                for f in self.fields
                if f.section is section and (not f.retired or self.values.get(f.key) is not None)
            ),
            key=lambda f: (f.position, f.key),
        )
