"""Show a scanned document from bytes in memory: never a plaintext file on disk.

Images (PNG, JPEG, TIFF) are decoded with ``QImage.fromData``; PDFs are loaded by QtPdf
from a ``QBuffer`` over the bytes (``QPdfDocument.load(QIODevice)``), so no temporary file
is ever written. "Save a copy…" is the only way out, and only to a place the person
chooses (the view that owns the vault performs and audits it).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.core import media

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class DocumentViewer(QWidget):
    """One document at a time. ``show_document`` loads it; ``clear`` drops every byte."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document"))
        self.zoom = 1.0
        self.fitting = True
        self._image = QImage()
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.pdf = QPdfDocument(self)
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prev_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.page = QSpinBox()
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setMinimum(1)
        self.pages = QLabel()
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole page"))
        self.zoom_label = QLabel()
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setToolTip(
            self.tr("Write an unencrypted copy to a place you choose. The copy is recorded.")
        )
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("Messages"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.tr("Document image"))
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(True)
        self.pdf_view = QPdfView()
        self.pdf_view.setAccessibleName(self.tr("Document pages"))
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
        self.stack = QStackedWidget()
        for shown in (self.message, self.image_area, self.pdf_view):
            self.stack.addWidget(shown)
        bar = QHBoxLayout()
        for w in (
            self.prev_button,
            self.page,
            self.pages,
            self.next_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(bar)
        box.addWidget(self.stack, 1)
        box.addWidget(self.note)
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.page.valueChanged.connect(self._on_page_value_changed)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit)
        self.save_button.clicked.connect(self.save_requested.emit)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._on_pdf_page_changed)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit),
            (QKeySequence(Qt.Key.Key_PageDown), self._on_next_button_clicked),
            (QKeySequence(Qt.Key.Key_PageUp), self._on_prev_button_clicked),
        ):
            QShortcut(keys, self, slot)
        self.clear()

    # ------------------------------------------------------------ loading
    @property
    def is_pdf(self) -> bool:
        return self.stack.currentWidget() is self.pdf_view

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount() if self.is_pdf else (0 if self._image.isNull() else 1)

    def show_document(self, name: str, media_type: str, data: bytes) -> bool:
        """Display ``data``; False (with a sentence shown) if it cannot be displayed."""
        self.clear()
        self.title.setText(name)
        self.setWindowTitle(name)
        ok = self._load_pdf(data) if media_type == media.PDF else self._load_image(data)
        self.save_button.setEnabled(True)
        self._update_controls()
        return ok

    def _load_image(self, data: bytes) -> bool:
        self._image = QImage.fromData(data)
        if self._image.isNull():
            return self._fail(self.tr("This image could not be shown: it may be damaged."))
        self.stack.setCurrentWidget(self.image_area)
        self.fitting = True
        self._render_image()
        return True

    def _load_pdf(self, data: bytes) -> bool:
        self._bytes = QByteArray(data)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready:
            if self.pdf.error() == QPdfDocument.Error.IncorrectPassword:
                text = self.tr("This PDF is protected by a password and cannot be shown here.")
            else:
                text = self.tr("This PDF could not be shown: it may be damaged.")
            return self._fail(text)
        self.stack.setCurrentWidget(self.pdf_view)
        self.page.setMaximum(max(1, self.pdf.pageCount()))
        self.fit()
        return True

    def show_note(self, text: str) -> None:
        """A line under the document (e.g. where a copy was saved, or why it was not)."""
        self.note.setText(text)

    def _fail(self, text: str) -> bool:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        return False

    def clear(self) -> None:
        """Forget the document: the image, the PDF and the buffer over its bytes."""
        self.pdf.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._bytes = QByteArray()
        self._image = QImage()
        self.image_label.clear()
        self.title.clear()
        self.message.clear()
        self.note.clear()
        self.stack.setCurrentWidget(self.message)
        self.save_button.setEnabled(False)
        self._update_controls()

    # ------------------------------------------------------------ zoom
    def zoom_in(self) -> None:
        self._set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom / ZOOM_STEP)

    def _set_zoom(self, zoom: float) -> None:
        self.fitting = False
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        if self.is_pdf:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self.zoom)
        else:
            self._render_image()
        self._update_controls()

    def fit(self) -> None:
        self.fitting = True
        if self.is_pdf:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self.zoom = self._pdf_fit_factor()
        else:
            self._render_image()
        self._update_controls()

    def _pdf_fit_factor(self) -> float:
        """The zoom at which the current page fits the view (QPdfView does not report it)."""
        points = self.pdf.pagePointSize(max(0, self.current_page - 1))
        if points.isEmpty():
            return 1.0
        scale = self.pdf_view.logicalDpiX() / 72
        margins = self.pdf_view.documentMargins()
        area = self.pdf_view.viewport().size()
        across = (area.width() - margins.left() - margins.right()) / (points.width() * scale)
        down = (area.height() - margins.top() - margins.bottom()) / (points.height() * scale)
        return min(MAX_ZOOM, max(MIN_ZOOM, min(across, down)))

    def _render_image(self) -> None:
        if self._image.isNull():
            return
        if self.fitting:
            area = self.image_area.viewport().size()
            self.zoom = min(
                1.0,
                max(MIN_ZOOM, (area.width() - 4) / self._image.width()),
                max(MIN_ZOOM, (area.height() - 4) / self._image.height()),
            )
        size = self._image.size() * self.zoom
        scaled = self._image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image_label.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    # ------------------------------------------------------------ pages
    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (1-based) of a PDF."""
        if not self.is_pdf:
            return
        index = min(max(number, 1), self.pdf.pageCount()) - 1
        self.pdf_view.pageNavigator().jump(index, QPointF(), 0)

    @property
    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage() + 1 if self.is_pdf else 1

    def _on_prev_button_clicked(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _on_next_button_clicked(self) -> None:
        self.go_to_page(self.current_page + 1)

    def _on_page_value_changed(self, value: int) -> None:
        if value != self.current_page:
            self.go_to_page(value)

    def _on_pdf_page_changed(self, _page: int) -> None:
        self._update_controls()

    def _update_controls(self) -> None:
        pdf = self.is_pdf
        count = self.page_count
        for w in (self.prev_button, self.next_button, self.page, self.pages):
            w.setVisible(pdf)
        shown = pdf or not self._image.isNull()
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.zoom_label):
            w.setEnabled(shown)
        if pdf:
            self.page.blockSignals(True)
            self.page.setValue(self.current_page)
            self.page.blockSignals(False)
            self.pages.setText(self.tr("of %1").replace("%1", str(count)))
            self.prev_button.setEnabled(self.current_page > 1)
            self.next_button.setEnabled(self.current_page < count)
        self.zoom_label.setText(f"{round(self.zoom * 100)} %" if shown else "")
