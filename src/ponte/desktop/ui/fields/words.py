"""Plain words for field types, case-file sections and why a standard field is locked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ponte.core.enums import ServiceType
from ponte.core.fields import FieldType, Section
from ponte.core.labels import label
from ponte.core.standard_fields import StandardField, Use


def _t(text: str) -> str:
    return QCoreApplication.translate("FieldWords", text)


def type_name(t: FieldType) -> str:
    return {
        FieldType.TEXT: _t("Text"),
        FieldType.NUMBER: _t("Number"),
        FieldType.DATE: _t("Date"),
        FieldType.YESNO: _t("Yes / no"),
        FieldType.CHOICE: _t("One choice from a list"),
        FieldType.MULTI: _t("Several choices from a list"),
    }[t]


def section_name(s: Section) -> str:
    return {
        Section.INTAKE: _t("Intake"),
        Section.VIOLENCE: _t("Forms of violence"),
        Section.CHILDREN: _t("Children"),
        Section.PLAN: _t("Empowerment plan"),
        Section.CLOSURE: _t("Closure"),
    }[s]


def why_locked(field: StandardField, lang: str) -> list[str]:
    """One sentence per thing that depends on the field (empty: she may change it)."""
    out = []
    if Use.STATISTICS in field.uses:
        out.append(_t("The centre's statistics and the yearly ISTAT and Regione export count it."))
    if Use.NETWORK in field.uses:
        out.append(_t("The quarterly report to the network counts it."))
    if Use.REFERRAL in field.uses:
        names = ", ".join(label(st, lang) for st in field.referrals)
        out.append(_t("Referrals to these services always carry it: %1.").replace("%1", names))
    if Use.CASE in field.uses:
        out.append(_t("The case file needs it to work (its status, dates, who may see it)."))
    return out


def service_name(st: ServiceType, lang: str) -> str:
    return label(st, lang)
