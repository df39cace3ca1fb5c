"""Referral templates: the minimum a partner service needs, per service type (DOMAIN.md §5).

A draft starts from the template of the recipient's service type. The operatrice may remove
any field. A field outside the template needs an explicit reason. Some fields are never
offered at all (the violence story, the author, risk ratings, the safety plan, addresses):
no reason makes them leave the centre.

Values are read from the case file where the vault has them (age band, education, …): those
are changed in the case file, not here. A few are only *suggested* from the file (how many
people live with her) and she may correct them. The rest she types (skills, availability,
zones to avoid). Enum values travel as codes; both ends render them with ``core.labels``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from ponte.core.domain import Case, Person
from ponte.core.enums import RiskLevel, ServiceType
from ponte.core.errors import (
    FieldAlreadyIn,
    FieldNeedsReason,
    FieldNeverSent,
    FieldNotForService,
    FieldsWithoutValue,
)
from ponte.core.fields import NEVER_SENT_SECTIONS, REFERRAL_PREFIX, FieldDef
from ponte.core.labels import label

Scalar = str | int | bool
Source = Callable[["CaseFacts"], Scalar | StrEnum | None]


@dataclass(frozen=True)
class CaseFacts:
    """What a template may read from a case file: nothing else reaches a draft."""

    person: Person
    case: Case
    risk_level: RiskLevel | None = None


@dataclass(frozen=True)
class FieldSpec:
    key: str
    it: str
    en: str
    source: Source | None = None  # None: the operatrice types the value
    max_len: int = 200
    #: The source only suggests a value that she may change here (it is not a case-file field).
    suggested: bool = False
    #: A whole number (typed as digits, sent as a number).
    numeric: bool = False

    @property
    def typed(self) -> bool:
        """She types (or corrects) this value in the composer; else it comes from the file."""
        return self.source is None or self.suggested

    def title(self, lang: str) -> str:
        return self.it if lang == "it" else self.en


def _p(attr: str) -> Source:
    return lambda f: getattr(f.person, attr)


def household_size(facts: CaseFacts) -> int:
    """She and the children who live with her: those hosted with her, and at least her
    children under 18 (adult children are not presumed to live with her)."""
    p = facts.person
    return 1 + max(p.children_hosted, p.children_minors)


FIELDS: dict[str, FieldSpec] = {
    s.key: s
    for s in (
        FieldSpec("age_band", "Fascia d'età", "Age band", _p("age_band")),
        FieldSpec("education", "Titolo di studio", "Education", _p("education")),
        FieldSpec("employment", "Condizione lavorativa", "Employment", _p("employment")),
        FieldSpec("skills", "Competenze", "Skills"),
        FieldSpec("languages", "Lingue parlate", "Languages spoken"),
        FieldSpec("availability", "Disponibilità (giorni, orari)", "Availability (days, hours)"),
        FieldSpec("zones_to_avoid", "Zone da evitare", "Areas to avoid"),
        FieldSpec("childcare_limits", "Vincoli per la cura dei figli", "Childcare constraints"),
        FieldSpec("service_needed", "Servizio richiesto", "Service needed"),
        FieldSpec("children_minors", "Figli minori", "Children under 18", _p("children_minors")),
        FieldSpec("children_needs", "Bisogni dei figli", "Children's needs"),
        FieldSpec("comune", "Comune (codice ISTAT)", "Comune (ISTAT code)", _p("comune_istat")),
        FieldSpec(
            "household_size",
            "Persone nel nucleo",
            "Household size",
            household_size,
            suggested=True,
            numeric=True,
            max_len=2,
        ),
        FieldSpec("income", "Reddito", "Income", _p("income")),
        FieldSpec("housing", "Situazione abitativa", "Housing", _p("housing")),
        FieldSpec("housing_need", "Bisogno abitativo", "Housing need"),
        FieldSpec("target_area", "Zona cercata", "Area sought"),
        FieldSpec("reddito_di_liberta", "Reddito di libertà", "Reddito di libertà"),
        FieldSpec("course", "Corso", "Course"),
        FieldSpec("schedule_needs", "Esigenze di orario", "Schedule needs"),
        FieldSpec("cv", "Curriculum (sintesi)", "CV (summary)", max_len=1000),
        FieldSpec("alias", "Nome d'uso", "Alias", _p("alias")),
        FieldSpec("name", "Nome e cognome", "Full name"),
        FieldSpec("codice_fiscale", "Codice fiscale", "Codice fiscale", _p("codice_fiscale")),
        FieldSpec("risk_level", "Livello di rischio", "Risk level", lambda f: f.risk_level),
        FieldSpec(
            "minors_exposed",
            "Minori esposti alla violenza",
            "Children exposed to violence",
            lambda f: f.person.minors_witnessed + f.person.minors_direct_victims > 0,
        ),
    )
}

#: Never offered, whatever the reason (DOMAIN.md §5 "Never leaves the CAV").
NEVER: frozenset[str] = frozenset(
    {
        "violence_forms",
        "violence_story",
        "author",
        "author_relation",
        "risk_items",
        "safety_plan",
        "legal",
        "notes",
        "shelter_address",
        "address",
        "phone",
    }
)

#: Per service type: (the minimum proposed, fields that may be added with consent + reason).
TEMPLATES: dict[ServiceType, tuple[tuple[str, ...], tuple[str, ...]]] = {
    ServiceType.CPI: (
        (
            "age_band",
            "education",
            "skills",
            "languages",
            "availability",
            "zones_to_avoid",
            "childcare_limits",
        ),
        ("name", "codice_fiscale", "reddito_di_liberta", "employment", "cv"),
    ),
    ServiceType.HEALTH: (
        ("service_needed", "children_needs"),
        ("name", "codice_fiscale", "age_band"),
    ),
    ServiceType.SOCIAL_SERVICES: (
        ("household_size", "comune", "income", "housing", "reddito_di_liberta"),
        ("name", "codice_fiscale", "risk_level", "minors_exposed", "children_minors"),
    ),
    ServiceType.TRAINING: (
        ("alias", "education", "course", "schedule_needs", "childcare_limits"),
        ("name", "languages", "skills"),
    ),
    ServiceType.COMPANY: (("cv", "availability"), ("name",)),
    ServiceType.UNION: (("availability", "service_needed"), ("name", "employment")),
    ServiceType.HOUSING: (
        ("household_size", "income", "target_area", "housing_need"),
        ("name", "codice_fiscale"),
    ),
    ServiceType.CAV: (("age_band", "service_needed", "languages"), ("name", "children_minors")),
}


@dataclass(frozen=True)
class DraftField:
    key: str
    value: Scalar | None
    reason: str = ""  # why a field outside the template leaves; empty for template fields
    centre: FieldSpec | None = None  # a centre field's spec (its key is not in FIELDS)

    @property
    def spec(self) -> FieldSpec:
        return self.centre or FIELDS[self.key]


@dataclass(frozen=True)
class Draft:
    """A referral before sending: every field that will leave, and nothing else."""

    service_type: ServiceType
    fields: tuple[DraftField, ...] = field(default_factory=tuple)
    #: Centre fields the centre's amministratrice named for this kind of service: never in
    #: the minimum, each added only with a reason (and covered by her consent, like any extra).
    offered: tuple[FieldSpec, ...] = ()

    @property
    def keys(self) -> list[str]:
        return [f.key for f in self.fields]

    def spec_for(self, key: str) -> FieldSpec:
        return next((s for s in self.offered if s.key == key), None) or FIELDS[key]

    def minimum(self) -> tuple[str, ...]:
        return TEMPLATES.get(self.service_type, ((), ()))[0]

    def addable(self) -> list[str]:
        """Fields the operatrice may add (with a reason when outside the minimum)."""
        minimum, extra = TEMPLATES.get(self.service_type, ((), ()))
        offered = tuple(s.key for s in self.offered)
        return [k for k in (*minimum, *extra, *offered) if k not in self.keys]

    def remove(self, key: str) -> Draft:
        return replace(self, fields=tuple(f for f in self.fields if f.key != key))

    def set_value(self, key: str, value: Scalar | None) -> Draft:
        return replace(
            self,
            fields=tuple(replace(f, value=value) if f.key == key else f for f in self.fields),
        )

    def add(self, key: str, value: Scalar | None, reason: str = "") -> Draft:
        centre = next((s for s in self.offered if s.key == key), None)
        if centre is not None:
            if key in self.keys:
                raise FieldAlreadyIn(key)
            if not reason.strip():
                raise FieldNeedsReason(key)
            added = DraftField(key, value, reason.strip(), centre)
            return replace(self, fields=(*self.fields, added))
        if key in NEVER or key not in FIELDS:
            raise FieldNeverSent(key)
        if key in self.keys:
            raise FieldAlreadyIn(key)
        minimum, extra = TEMPLATES.get(self.service_type, ((), ()))
        if key not in minimum and key not in extra:
            raise FieldNotForService(key)
        if key not in minimum and not reason.strip():
            raise FieldNeedsReason(key)
        return replace(self, fields=(*self.fields, DraftField(key, value, reason.strip())))

    def problems(self) -> list[str]:
        """Field keys whose value is missing, too long or not a number where one is due;
        empty when the draft can be sent."""
        return [
            f.key
            for f in self.fields
            if f.value is None
            or (isinstance(f.value, str) and not f.value.strip())
            or (isinstance(f.value, str) and len(f.value) > f.spec.max_len)
            or (f.spec.numeric and not (type(f.value) is int and f.value > 0))
        ]

    def payload_fields(self) -> dict[str, Scalar]:
        if bad := self.problems():
            raise FieldsWithoutValue(bad)
        return {f.key: f.value for f in self.fields if f.value is not None}

    def added_with_reason(self) -> list[DraftField]:
        return [f for f in self.fields if f.key not in self.minimum()]


def centre_specs(fields: Iterable[FieldDef], service_type: ServiceType) -> tuple[FieldSpec, ...]:
    """The centre fields its amministratrice named for referrals to ``service_type``.

    Never a field of a section that never leaves the centre, never a retired one. The
    operatrice types or confirms the value she sends (source None: no silent prefill).
    """
    return tuple(
        FieldSpec(d.referral_key, d.it, d.en or d.it)
        for d in fields
        if service_type in d.referral_types
        and not d.retired
        and d.section not in NEVER_SENT_SECTIONS
    )


def field_title(key: str, lang: str) -> str:
    """A payload field's name for people: the template's, or a centre field's key in words
    (a recipient does not know the sender's labels; the sender names it the same way)."""
    if key in FIELDS:
        return FIELDS[key].title(lang)
    if key.startswith(REFERRAL_PREFIX):
        return key.removeprefix(REFERRAL_PREFIX).replace("_", " ").capitalize()
    return key


def _code(value: Scalar | StrEnum | None) -> Scalar | None:
    return value.value if isinstance(value, StrEnum) else value


def propose(service_type: ServiceType, facts: CaseFacts) -> Draft:
    """The template's minimum, filled from the case file where the vault knows the value."""
    minimum = TEMPLATES.get(service_type, ((), ()))[0]
    return Draft(
        service_type,
        tuple(DraftField(key, prefill(key, facts)) for key in minimum),
    )


def prefill(key: str, facts: CaseFacts) -> Scalar | None:
    source = FIELDS[key].source
    return _code(source(facts)) if source else None


def typed_value(key: str, text: str) -> Scalar | None:
    """What she typed, as the field carries it: a number for a numeric field when it is one."""
    text = text.strip()
    if not text:
        return None
    spec = FIELDS.get(key)  # a centre's own field is typed text
    if spec is not None and spec.numeric and text.isascii() and text.isdigit():
        return int(text)
    return text


def plain_value(key: str, value: Any, lang: str) -> str:
    """A field's value in plain words, as the recipient will read it."""
    from ponte.core import enums

    if isinstance(value, bool):
        return ("sì" if value else "no") if lang == "it" else ("yes" if value else "no")
    if value is None:
        return "—"
    enum_for = {
        "age_band": enums.AgeBand,
        "education": enums.Education,
        "employment": enums.Employment,
        "income": enums.Income,
        "housing": enums.Housing,
        "risk_level": enums.RiskLevel,
    }
    if key in enum_for and isinstance(value, str):
        try:
            return label(enum_for[key](value), lang)
        except (ValueError, KeyError):
            return str(value)
    return str(value)
