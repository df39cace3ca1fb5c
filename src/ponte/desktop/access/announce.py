"""Status messages a screen reader speaks without moving her focus (WCAG 4.1.3).

Qt hands an announcement to AT-SPI (``object:announcement``, which Orca speaks) and to UI
Automation. Polite ones wait for the reader to finish; an error interrupts.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have ``text`` read out, as said by ``widget`` (where it is shown)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
