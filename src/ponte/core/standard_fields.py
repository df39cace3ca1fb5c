"""The standard fields of the case file, and what depends on each of them.

A centre may hide, rename, make required or reorder a standard field only when nothing
depends on it: the statistics (and so the yearly ISTAT/Regione export and the report to the
network), a referral template's minimum, or the working of the case itself. Each field names
its uses, so the field editor can say which fields are locked and why. The claims are
checked by ``tests/core/test_standard_fields.py`` against the statistics and the templates
themselves: a field said to be free really changes neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ponte.core.enums import ServiceType
from ponte.core.errors import FieldDefinitionError, FieldLocked
from ponte.core.fields import MAX_LABEL, Section

#: Formats of two standard fields (the case file and the import check them the same way).
CF_PATTERN = re.compile(
    r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
)
ISTAT_PATTERN = re.compile(r"[0-9]{6}")


class Use:
    STATISTICS = "statistics"  # the centre's statistics and its yearly ISTAT/Regione export
    NETWORK = "network"  # the quarterly report to the network's cabina di regia
    REFERRAL = "referral"  # a referral template's minimum (see ``referrals``)
    CASE = "case"  # the case needs it: its status, dates, who may see it


@dataclass(frozen=True)
class StandardField:
    key: str
    section: Section
    group: str  # the box of the case file it sits in: "her", "case", "violence", "children"
    it: str
    en: str
    uses: tuple[str, ...] = ()
    referrals: tuple[ServiceType, ...] = ()  # whose template minimum carries it

    @property
    def configurable(self) -> bool:
        return not self.uses

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.it


S, N, R, C = Use.STATISTICS, Use.NETWORK, Use.REFERRAL, Use.CASE
ST = ServiceType

STANDARD_FIELDS: dict[str, StandardField] = {
    f.key: f
    for f in (
        StandardField("alias", Section.INTAKE, "her", "Nome che usa", "Name she uses", (R, C), (ST.TRAINING,)),
        StandardField("codice_fiscale", Section.INTAKE, "her", "Codice fiscale", "Codice fiscale"),
        StandardField("age_band", Section.INTAKE, "her", "Fascia d'età", "Age band", (S, N, R), (ST.CPI, ST.CAV)),
        StandardField("citizenship", Section.INTAKE, "her", "Cittadinanza", "Citizenship", (S, N)),
        StandardField("comune_istat", Section.INTAKE, "her", "Comune di residenza", "Comune of residence", (R,), (ST.SOCIAL_SERVICES,)),
        StandardField("education", Section.INTAKE, "her", "Titolo di studio", "Education", (R,), (ST.CPI, ST.TRAINING)),
        StandardField("employment", Section.INTAKE, "her", "Lavoro", "Employment"),
        StandardField("income", Section.INTAKE, "her", "Reddito", "Income", (R,), (ST.SOCIAL_SERVICES, ST.HOUSING)),
        StandardField("economically_autonomous", Section.INTAKE, "her", "Economicamente autonoma", "Economically independent"),
        StandardField("housing", Section.INTAKE, "her", "Abitazione", "Housing", (R,), (ST.SOCIAL_SERVICES,)),
        StandardField("status", Section.INTAKE, "case", "Stato", "Status", (C,)),
        StandardField("opened_on", Section.INTAKE, "case", "Data del primo contatto", "Opened on", (S, N, C)),
        StandardField("first_contact", Section.INTAKE, "case", "Primo contatto", "First contact", (S, N)),
        StandardField("invio_da", Section.INTAKE, "case", "Inviata da", "Sent by", (S, N)),
        StandardField("shared", Section.INTAKE, "case", "Condiviso con le altre operatrici", "Shared with the other operatrici", (C,)),
        StandardField("violence_forms", Section.VIOLENCE, "violence", "Forme di violenza", "Forms of violence", (S, N)),
        StandardField("violence_duration", Section.VIOLENCE, "violence", "Durata", "Duration", (S,)),
        StandardField("author_relation", Section.VIOLENCE, "violence", "Relazione dell'autore con lei", "Relation of the author to her", (S,)),
        StandardField("children_total", Section.CHILDREN, "children", "Figli in tutto", "Children in total", (S, N)),
        StandardField("children_minors", Section.CHILDREN, "children", "Di cui minorenni", "Of whom under 18", (S, N, R), (ST.SOCIAL_SERVICES, ST.HOUSING)),
        StandardField("minors_witnessed", Section.CHILDREN, "children", "Minori che hanno assistito alla violenza", "Minors who witnessed violence", (S, N)),
        StandardField("minors_direct_victims", Section.CHILDREN, "children", "Minori che hanno subito violenza", "Minors who suffered violence", (S, N)),
        StandardField("children_hosted", Section.CHILDREN, "children", "Figli accolti con lei", "Children hosted with her", (R,), (ST.SOCIAL_SERVICES, ST.HOUSING)),
    )
}  # fmt: skip


@dataclass(frozen=True)
class Override:
    """How a centre shows one configurable standard field (empty labels: the standard ones)."""

    key: str
    hidden: bool = False
    it: str = ""
    en: str = ""
    required: bool = False
    position: int | None = None  # among the fields of its box; None: where it stands

    def label(self, lang: str, default: str) -> str:
        own = self.en if lang == "en" else self.it
        return own or default

    @property
    def is_default(self) -> bool:
        return self == Override(self.key)


def check_override(o: Override) -> None:
    field = STANDARD_FIELDS.get(o.key)
    if field is None:
        raise FieldDefinitionError("unknown standard field")
    if not field.configurable and not o.is_default:
        raise FieldLocked(o.key)
    if len(o.it) > MAX_LABEL or len(o.en) > MAX_LABEL:
        raise FieldDefinitionError("label")
    if o.hidden and o.required:
        raise FieldDefinitionError("a hidden field cannot be required")


def _place(i: int, f: StandardField, overrides: dict[str, Override]) -> tuple[int, int]:
    o = overrides.get(f.key)
    moved = o is not None and o.position is not None and f.configurable
    return (o.position if moved and o is not None and o.position is not None else 10 * i, i)


def ordered(group: str, overrides: dict[str, Override]) -> list[StandardField]:
    """The fields of one box in the order the centre chose (locked ones keep their place:
    a field's place is ten times its standard index unless she moved it)."""
    fields = [f for f in STANDARD_FIELDS.values() if f.group == group]
    places = {f.key: _place(i, f, overrides) for i, f in enumerate(fields)}
    return sorted(fields, key=lambda f: places[f.key])


def moved(key: str, step: int, overrides: dict[str, Override]) -> Override:
    """The override that moves ``key`` one place up (``step`` -1) or down (+1) in its box."""
    field = STANDARD_FIELDS[key]
    if not field.configurable:
        raise FieldLocked(key)
    fields = [f for f in STANDARD_FIELDS.values() if f.group == field.group]
    places = {f.key: _place(i, f, overrides)[0] for i, f in enumerate(fields)}
    order = ordered(field.group, overrides)
    at = order.index(field) + step
    current = overrides.get(key, Override(key))
    if not 0 <= at < len(order):
        return current
    neighbour = places[order[at].key]
    return replace(current, position=neighbour - 1 if step < 0 else neighbour + 1)


def missing(values: dict[str, object], overrides: dict[str, Override]) -> list[str]:
    """Keys of standard fields the centre made required that have no value in ``values``
    (her person and case attributes by name; a yes/no box always has one)."""
    return [
        o.key
        for o in overrides.values()
        if o.required and not o.hidden and values.get(o.key) in (None, "")
    ]
