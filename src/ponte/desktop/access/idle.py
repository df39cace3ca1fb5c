"""The idle lock, announced before it happens (WCAG 2.2.1, Timing Adjustable).

After the chosen minutes without a key press or a click, Ponte locks. A minute before (or
half the time, when the delay is shorter than two minutes), a dialog says when, counts down,
and offers "Stay signed in" with the focus on it: Enter, Space or any key or click extends
the time. She also chooses the delay (1 to 60 minutes) in Administration.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

WARN_BEFORE_MS = 60_000


class IdleWatcher(QObject):
    """Restarts the countdown on every key press or mouse action anywhere in the app."""

    idle = Signal()  # time is up: lock
    warned = Signal(int)  # milliseconds left before the lock
    resumed = Signal()  # she did something after the warning

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=int(minutes * 60_000))
        self.timer.timeout.connect(self._on_timer_timeout)
        self.warn_timer = QTimer(self, singleShot=True)
        self.warn_timer.timeout.connect(self._on_warn_timer_timeout)
        self.warning = False

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        if self.timer.isActive():
            self.start()

    def lead_ms(self) -> int:
        """How long before the lock the warning comes."""
        return min(WARN_BEFORE_MS, self.timer.interval() // 2)

    def start(self) -> None:
        self.timer.start()
        self.warn_timer.start(self.timer.interval() - self.lead_ms())
        if self.warning:
            self.warning = False
            self.resumed.emit()

    def stop(self) -> None:
        self.timer.stop()
        self.warn_timer.stop()
        self.warning = False

    def remaining_ms(self) -> int:
        return self.timer.remainingTime() if self.timer.isActive() else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        user_input = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
        if event.type() in user_input and self.timer.isActive():
            self.start()
        return False

    def _on_warn_timer_timeout(self) -> None:
        self.warning = True
        self.warned.emit(self.remaining_ms())

    def _on_timer_timeout(self) -> None:
        self.stop()
        self.idle.emit()


class IdleWarning(QDialog):
    """ "Ponte locks in 58 seconds" with one button that keeps her signed in."""

    def __init__(self, watcher: IdleWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.setWindowTitle(self.tr("Ponte is about to lock"))
        self.setModal(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.stay = QPushButton(self.tr("&Stay signed in"))
        self.stay.setDefault(True)
        self.stay.setAccessibleDescription(self.tr("Any key or click also keeps you signed in."))
        self.stay.clicked.connect(self._on_stay_clicked)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.stay, alignment=Qt.AlignmentFlag.AlignRight)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update)
        watcher.warned.connect(self._on_watcher_warned)
        watcher.resumed.connect(self.hide)
        watcher.idle.connect(self.hide)

    def _on_watcher_warned(self, _left_ms: int) -> None:
        self._update()
        self.show()
        self.raise_()
        self.activateWindow()
        self.stay.setFocus()
        self._tick.start()

    def _update(self) -> None:
        seconds = max(0, math.ceil(self.watcher.remaining_ms() / 1000))
        self.text.setText(
            self.tr(
                "No key has been pressed for a while. To protect the records, Ponte will lock "
                "in %1 seconds and ask for your passphrase again."
            ).replace("%1", str(seconds))
        )

    def _on_stay_clicked(self) -> None:
        self.watcher.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick.stop()
        super().hideEvent(event)

    def reject(self) -> None:
        """Escape also keeps her signed in (it is a key press, she is here)."""
        self.watcher.start()
        super().reject()
