"""Sentences the outcome screens share: a value in words, how she may be reached."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ponte.core.enums import OutcomeField
from ponte.core.followup import FollowUpConsent
from ponte.core.labels import label
from ponte.core.outcomes import VALUES
from ponte.desktop.ui.common import fmt_day, ui_lang


def value_text(field: OutcomeField, value: str | None) -> str:
    if value is None:
        return QCoreApplication.translate("outcomes", "not known")
    return label(VALUES[field](value), ui_lang())


def _how(consent: FollowUpConsent) -> tuple[str, str, str]:
    """Channel, times and whether a message may be left, in words."""
    lang = ui_lang()
    times = ", ".join(label(t, lang) for t in consent.times) or QCoreApplication.translate(
        "outcomes", "any time"
    )
    message = (
        QCoreApplication.translate("outcomes", "a message may be left")
        if consent.leave_message
        else QCoreApplication.translate("outcomes", "leave no message")
    )
    return label(consent.channel, lang), times, message


def consent_text(consent: FollowUpConsent | None) -> str:
    """Whether and how she may be contacted, in one sentence for the person calling."""
    if consent is None:
        return QCoreApplication.translate(
            "outcomes",
            "She has not agreed to be contacted after her path: no follow-up, no reminder.",
        )
    channel, times, message = _how(consent)
    return (
        QCoreApplication.translate("outcomes", "She agreed to be followed up until %1: %2, %3; %4.")
        .replace("%1", fmt_day(consent.expires_on))
        .replace("%2", channel)
        .replace("%3", times)
        .replace("%4", message)
    )


def reach_text(consent: FollowUpConsent) -> str:
    """How to reach her, in a few words: channel · times · whether a message may be left."""
    return " · ".join(_how(consent))
