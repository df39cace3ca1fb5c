"""The viewer shows PDFs and images from memory, with pages and zoom, like a person uses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponte.desktop.demo_documents import consent_png, cv_pdf
from ponte.desktop.ui.documents import DocumentViewer


def _viewer(qtbot: QtBot) -> DocumentViewer:
    v = DocumentViewer()
    qtbot.addWidget(v)
    v.resize(800, 900)
    v.show()
    v.activateWindow()
    qtbot.waitActive(v)
    return v


def test_a_pdf_opens_on_page_one_and_pages_can_be_turned(qtbot: QtBot) -> None:
    v = _viewer(qtbot)
    assert v.show_document("cv.pdf", "application/pdf", cv_pdf(pages=3))
    assert v.is_pdf
    assert (v.page_count, v.current_page) == (3, 1)
    assert v.pages.text().endswith("3")
    assert not v.prev_button.isEnabled()
    qtbot.mouseClick(v.next_button, Qt.MouseButton.LeftButton)
    assert v.current_page == 2
    assert v.page.value() == 2
    v.page.selectAll()
    qtbot.keyClicks(v.page, "3")
    qtbot.waitUntil(lambda: v.current_page == 3)
    assert not v.next_button.isEnabled()
    v.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is v)
    v.pdf_view.setFocus()
    qtbot.keyClick(v.pdf_view, Qt.Key.Key_PageUp)
    assert v.current_page == 2


def test_pdf_zoom_and_fit(qtbot: QtBot) -> None:
    v = _viewer(qtbot)
    v.show_document("cv.pdf", "application/pdf", cv_pdf())
    assert v.pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView, "opens showing the whole page"
    qtbot.mouseClick(v.zoom_in_button, Qt.MouseButton.LeftButton)
    assert v.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    first = v.pdf_view.zoomFactor()
    qtbot.mouseClick(v.zoom_in_button, Qt.MouseButton.LeftButton)
    assert v.pdf_view.zoomFactor() > first
    assert v.zoom_label.text().endswith("%")
    qtbot.mouseClick(v.fit_button, Qt.MouseButton.LeftButton)
    assert v.pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_an_image_is_fitted_and_zoomed(qtbot: QtBot) -> None:
    v = _viewer(qtbot)
    assert v.show_document("consenso.png", "image/png", consent_png(1700, 2200))
    assert not v.is_pdf
    assert not v.page.isVisible(), "no page controls for an image"
    fitted = v.image_label.pixmap().width()
    assert fitted <= v.image_area.viewport().width(), "opens fitted to the window"
    qtbot.mouseClick(v.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(v.zoom_in_button, Qt.MouseButton.LeftButton)
    assert v.image_label.pixmap().width() > fitted * 1.5
    qtbot.mouseClick(v.fit_button, Qt.MouseButton.LeftButton)
    assert v.image_label.pixmap().width() == fitted


def test_tiff_and_jpeg_scans_are_shown(qtbot: QtBot) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    v = _viewer(qtbot)
    for fmt, media_type in (("TIFF", "image/tiff"), ("JPEG", "image/jpeg")):
        image = QImage(300, 400, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        assert image.save(buf, fmt)
        assert v.show_document(f"scan.{fmt.lower()}", media_type, bytes(data.data()))
        assert not v.image_label.pixmap().isNull()


def test_damaged_documents_get_a_sentence_not_a_crash(qtbot: QtBot) -> None:
    v = _viewer(qtbot)
    assert not v.show_document("x.pdf", "application/pdf", b"%PDF-1.4\n garbage")
    assert "damaged" in v.message.text()
    assert v.stack.currentWidget() is v.message
    assert not v.show_document("x.png", "image/png", b"\x89PNG\r\n\x1a\n truncated")
    assert "damaged" in v.message.text()


def test_clear_drops_the_document(qtbot: QtBot) -> None:
    v = _viewer(qtbot)
    v.show_document("cv.pdf", "application/pdf", cv_pdf())
    v.clear()
    assert v.pdf.pageCount() == 0
    assert v.title.text() == ""
    assert v._bytes.isEmpty()
    assert not v.save_button.isEnabled()
