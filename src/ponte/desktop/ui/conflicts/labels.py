"""Plain-language names for replicated fields and the way a stored value is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

#: Fields a person may settle by typing a new value (the others hold codes: pick a side).
FREE_TEXT = frozenset(
    {
        ("persons", "alias"),
        ("persons", "codice_fiscale"),
        ("persons", "comune_istat"),
        ("safety_plans", "body"),
        ("plan_steps", "outcome"),
        ("notes", "body"),
        ("contacts", "summary"),
    }
)


def field_label(tbl: str, col: str) -> str:
    names = {
        ("persons", "alias"): QCoreApplication.translate("ConflictFields", "Name or pseudonym"),
        ("persons", "codice_fiscale"): QCoreApplication.translate(
            "ConflictFields", "Codice fiscale"
        ),
        ("persons", "age_band"): QCoreApplication.translate("ConflictFields", "Age band"),
        ("persons", "comune_istat"): QCoreApplication.translate("ConflictFields", "Comune"),
        ("persons", "education"): QCoreApplication.translate("ConflictFields", "Education"),
        ("persons", "employment"): QCoreApplication.translate("ConflictFields", "Employment"),
        ("persons", "housing"): QCoreApplication.translate("ConflictFields", "Housing"),
        ("cases", "status"): QCoreApplication.translate("ConflictFields", "Case status"),
        ("cases", "assigned_to"): QCoreApplication.translate("ConflictFields", "Assigned to"),
        ("safety_plans", "body"): QCoreApplication.translate("ConflictFields", "Safety plan"),
        ("plan_steps", "status"): QCoreApplication.translate("ConflictFields", "Plan step status"),
        ("plan_steps", "outcome"): QCoreApplication.translate(
            "ConflictFields", "Plan step outcome"
        ),
        ("notes", "body"): QCoreApplication.translate("ConflictFields", "Note"),
        ("contacts", "summary"): QCoreApplication.translate("ConflictFields", "Contact summary"),
        ("case_field_values", "value"): QCoreApplication.translate(
            "ConflictFields", "A field of this centre"
        ),
        ("field_defs", "label_it"): QCoreApplication.translate(
            "ConflictFields", "Name of a centre field (Italian)"
        ),
        ("field_defs", "label_en"): QCoreApplication.translate(
            "ConflictFields", "Name of a centre field (English)"
        ),
        ("field_choices", "label_it"): QCoreApplication.translate(
            "ConflictFields", "A choice of a centre field (Italian)"
        ),
    }
    return names.get((tbl, col), f"{tbl}.{col}")


def shown(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("ConflictFields", "(empty)")
    return str(value)
