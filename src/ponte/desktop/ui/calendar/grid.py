"""TimeGrid: one or seven Rome days side by side, hours down, appointments as blocks.

Mouse: click selects, double-click edits (or, on an empty slot, books one there), drag moves
(15-minute steps, to another day too). Keyboard (for everyone, and for those who cannot
drag): arrows walk through the appointments in time order, Enter edits, Delete cancels,
Ctrl+Up/Down moves the selected one 15 minutes, Ctrl+Left/Right a day, N books a new one.
A block clashing with another (same operatrice, same room) has a red border and "!"; one
that two workstations moved differently has an orange dashed border and "?" until someone
chooses. The selected appointment is also told in words (accessible description).
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ponte.core import localtime
from ponte.core.diary import DayItem
from ponte.core.labels import label
from ponte.desktop.ui.calendar.layout import SNAP, Block, lay_out, snapped, wall
from ponte.desktop.ui.common import ui_lang
from ponte.desktop.ui.dates import day_text

#: Drawing tools made once (a week repaints many blocks).
_PENS = {
    "plain": QPen(QColor("#5b7fa6"), 1),
    "clash": QPen(QColor("#c01c28"), 3),
    "moved": QPen(QColor("#c64600"), 3, Qt.PenStyle.DashLine),
    "selected": QPen(QColor("#1a5fb4"), 3),
}
_FILL, _FILL_CANCELLED = QColor("#dfe9f6"), QColor("#eeeeee")
_INK, _INK_CANCELLED = QColor("#1d1d1d"), QColor("#595959")  # ≥ 4.5:1 on the fills
HOUR_PX = 48
HEADER_PX = 36
GUTTER_PX = 52
FIRST_HOUR, LAST_HOUR = 7, 21


class TimeGrid(QWidget):
    selected = Signal(object)  # DayItem | None
    edit_requested = Signal(object)  # DayItem
    cancel_requested = Signal(object)  # DayItem
    move_requested = Signal(object, object, object)  # DayItem, date, time (Rome)
    new_requested = Signal(object, object)  # date, time (Rome)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = self.today = date.today()  # the view sets the Rome day
        self.days = 7
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self._press: QPoint | None = None
        self._drag: tuple[int, int] | None = None  # (day, top) the block would move to
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Appointments"))
        self._struck = QFont(self.font())
        self._struck.setStrikeOut(True)

    # ------------------------------------------------------------ content
    def show_items(self, first: date, days: int, items: list[DayItem]) -> None:
        keep = self.current.item.appointment.id if self.current else None
        self.first, self.days = first, days
        self.blocks = sorted(lay_out(items, first, days), key=lambda b: (b.day, b.top, b.lane))
        self.current = next((b for b in self.blocks if b.item.appointment.id == keep), None)
        self.updateGeometry()
        self._announce()
        self.update()

    def clear(self) -> None:
        self.blocks, self.current = [], None
        self._announce()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(700, self.header_px + (LAST_HOUR - FIRST_HOUR) * self.hour_px + 16)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # ------------------------------------------------------------ geometry
    # In pixels at the usual text size, larger with hers: the hours and the appointments'
    # words are never cut at 200 % (WCAG 1.4.4).
    @property
    def hour_px(self) -> int:
        return max(HOUR_PX, 3 * self.fontMetrics().lineSpacing())

    @property
    def header_px(self) -> int:
        return max(HEADER_PX, 2 * self.fontMetrics().lineSpacing())

    @property
    def gutter_px(self) -> int:
        return max(GUTTER_PX, self.fontMetrics().horizontalAdvance("00:00") + 12)

    def _col_width(self) -> float:
        return max(40.0, (self.width() - self.gutter_px) / self.days)

    def _y(self, minutes: int) -> float:
        return self.header_px + (minutes - FIRST_HOUR * 60) * self.hour_px / 60

    def block_rect(self, b: Block, day: int | None = None, top: int | None = None) -> QRectF:
        w = self._col_width()
        lane_w = (w - 6) / b.lanes
        x = self.gutter_px + (b.day if day is None else day) * w + 3 + b.lane * lane_w
        y = self._y(b.top if top is None else top)
        return QRectF(x, y, lane_w - 2, max(14.0, b.height * self.hour_px / 60 - 2))

    def _at(self, pos: QPoint) -> Block | None:
        for b in reversed(self.blocks):
            if self.block_rect(b).contains(pos.toPointF()):
                return b
        return None

    def _slot(self, pos: QPoint) -> tuple[int, int]:
        day = int((pos.x() - self.gutter_px) // self._col_width())
        minutes = int((pos.y() - self.header_px) * 60 / self.hour_px) + FIRST_HOUR * 60
        return max(0, min(self.days - 1, day)), snapped(minutes)

    # ------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        w = self._col_width()
        grid = QColor(pal.mid().color())
        line = self.fontMetrics().lineSpacing()
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y(hour * 60)
            p.setPen(QPen(grid, 1))
            p.drawLine(self.gutter_px, int(y), self.width(), int(y))
            p.setPen(pal.text().color())
            p.drawText(
                QRectF(0, y - line / 2, self.gutter_px - 6, line),
                Qt.AlignmentFlag.AlignRight,
                f"{hour:02d}:00",
            )
        for d in range(self.days):
            x = self.gutter_px + d * w
            p.setPen(QPen(grid, 1))
            p.drawLine(int(x), 0, int(x), self.height())
            day = self.first + timedelta(days=d)
            head = day_text(day, "ddd d MMM") if self.days > 1 else day_text(day)
            font = QFont(self.font())
            font.setBold(day == self.today)
            p.setFont(font)
            p.setPen(pal.text().color())
            p.drawText(QRectF(x, 4, w, self.header_px - 8), Qt.AlignmentFlag.AlignCenter, head)
        p.setFont(self.font())
        for b in self.blocks:
            self._paint_block(p, b, self.block_rect(b))
        if self._drag is not None and self.current is not None:
            ghost = self.block_rect(self.current, *self._drag)
            p.setPen(QPen(QColor("#1a5fb4"), 2, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(ghost, 4, 4)
        p.end()

    def _paint_block(self, p: QPainter, b: Block, r: QRectF) -> None:
        a = b.item.appointment
        pen, mark = _PENS["plain"], ""
        if b.item.clashes and not a.cancelled:
            pen, mark = _PENS["clash"], "! "
        if b.item.moved_twice:
            pen, mark = _PENS["moved"], "? "
        if b is self.current:
            pen = _PENS["selected"]
        p.setBrush(_FILL_CANCELLED if a.cancelled else _FILL)
        p.setPen(pen)
        p.drawRoundedRect(r, 4, 4)
        p.setPen(_INK_CANCELLED if a.cancelled else _INK)
        p.setFont(self._struck if a.cancelled else self.font())
        p.drawText(
            r.adjusted(4, 2, -3, -2),
            Qt.TextFlag.TextWordWrap,
            mark + self.describe(b.item, short=True),
        )

    # ------------------------------------------------------------ words
    def describe(self, item: DayItem, *, short: bool = False) -> str:
        a = item.appointment
        start = localtime.from_stored(a.starts_at)
        who = item.woman_code or label(a.kind, ui_lang())
        text = f"{start:%H:%M} {who}"
        if item.place:
            text += f" · {item.place}"
        if short:
            return text
        parts = [text, self.tr("%1 minutes").replace("%1", str(a.minutes))]
        if a.cancelled:
            parts.append(self.tr("cancelled"))
        if item.clashes:
            parts.append(self.tr("clashes with another appointment"))
        if item.moved_twice:
            parts.append(self.tr("moved differently on two workstations: choose the time"))
        return ", ".join(parts)

    def _announce(self) -> None:
        text = (
            self.describe(self.current.item) if self.current else self.tr("No appointment selected")
        )
        self.setAccessibleDescription(text)
        self.setToolTip(text if self.current else "")
        self.selected.emit(self.current.item if self.current else None)

    def select(self, block: Block | None) -> None:
        self.current = block
        self._announce()
        self.update()

    # ------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        block = self._at(event.position().toPoint())
        self.select(block)
        self._press = event.position().toPoint() if block is not None else None
        self._drag = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.current is None:
            return
        pos = event.position().toPoint()
        if (pos - self._press).manhattanLength() < 6:
            return
        day, _ = self._slot(pos)
        start_day, _ = self._slot(self._press)
        delta = int((pos.y() - self._press.y()) * 60 / self.hour_px)
        top = snapped(self.current.top + delta)
        self._drag = (self.current.day + day - start_day, top)
        self._drag = (max(0, min(self.days - 1, self._drag[0])), top)
        self.update()

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        drag, self._drag, self._press = self._drag, None, None
        current = self.current
        if drag is not None and current is not None and drag != (current.day, current.top):
            self._ask_move(drag[0], drag[1])
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self._at(event.position().toPoint())
        if block is not None:
            self.edit_requested.emit(block.item)
        else:
            day, minutes = self._slot(event.position().toPoint())
            self.new_requested.emit(self.first + timedelta(days=day), wall(minutes))

    def _ask_move(self, day: int, top: int) -> None:
        if self.current is None:  # nothing picked: nothing to move
            return
        self.move_requested.emit(self.current.item, self.first + timedelta(days=day), wall(top))

    # ------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        b = self.current
        if ctrl and b is not None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -SNAP if key == Qt.Key.Key_Up else SNAP
            self._ask_move(b.day, snapped(b.top + step))
        elif ctrl and b is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.move_requested.emit(b.item, self.first + timedelta(days=b.day + step), wall(b.top))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._walk(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and b is not None:
            self.edit_requested.emit(b.item)
        elif key == Qt.Key.Key_Delete and b is not None:
            self.cancel_requested.emit(b.item)
        elif key == Qt.Key.Key_N:
            day = b.day if b is not None else max(0, (self.today - self.first).days)
            self.new_requested.emit(self.first + timedelta(days=min(day, self.days - 1)), time(9))
        else:
            super().keyPressEvent(event)

    def _walk(self, step: int) -> None:
        if not self.blocks:
            return
        if self.current is None:
            self.select(self.blocks[0 if step > 0 else -1])
            return
        i = self.blocks.index(self.current)
        self.select(self.blocks[max(0, min(len(self.blocks) - 1, i + step))])
