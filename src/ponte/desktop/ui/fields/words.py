"""Plain words for field types, case-file sections and why a standard field is locked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ponte.core.enums import ServiceType
from ponte.core.fields import FieldType, Section
from ponte.core.labels import label
from ponte.core.standard_fields import StandardField, Use


def type_name(t: FieldType) -> str:
    return {
        FieldType.TEXT: QCoreApplication.translate("FieldWords", "Text"),
        FieldType.NUMBER: QCoreApplication.translate("FieldWords", "Number"),
        FieldType.DATE: QCoreApplication.translate("FieldWords", "Date"),
        FieldType.YESNO: QCoreApplication.translate("FieldWords", "Yes / no"),
        FieldType.CHOICE: QCoreApplication.translate("FieldWords", "One choice from a list"),
        FieldType.MULTI: QCoreApplication.translate("FieldWords", "Several choices from a list"),
    }[t]


def section_name(s: Section) -> str:
    return {
        Section.INTAKE: QCoreApplication.translate("FieldWords", "Intake"),
        Section.VIOLENCE: QCoreApplication.translate("FieldWords", "Forms of violence"),
        Section.CHILDREN: QCoreApplication.translate("FieldWords", "Children"),
        Section.PLAN: QCoreApplication.translate("FieldWords", "Empowerment plan"),
        Section.CLOSURE: QCoreApplication.translate("FieldWords", "Closure"),
    }[s]


def why_locked(field: StandardField, lang: str) -> list[str]:
    """One sentence per thing that depends on the field (empty: she may change it)."""
    out = []
    if Use.STATISTICS in field.uses:
        out.append(
            QCoreApplication.translate(
                "FieldWords",
                "The centre's statistics and the yearly ISTAT and Regione export count it.",
            )
        )
    if Use.NETWORK in field.uses:
        out.append(
            QCoreApplication.translate(
                "FieldWords", "The quarterly report to the network counts it."
            )
        )
    if Use.REFERRAL in field.uses:
        names = ", ".join(label(st, lang) for st in field.referrals)
        out.append(
            QCoreApplication.translate(
                "FieldWords", "Referrals to these services always carry it: %1."
            ).replace("%1", names)
        )
    if Use.CASE in field.uses:
        out.append(
            QCoreApplication.translate(
                "FieldWords", "The case file needs it to work (its status, dates, who may see it)."
            )
        )
    return out


def service_name(st: ServiceType, lang: str) -> str:
    return label(st, lang)
