"""Scanned documents of a case: the list (``DocumentsView``) and the viewer (``DocumentViewer``)."""

from ponte.desktop.ui.documents.view import DocumentsView
from ponte.desktop.ui.documents.viewer import DocumentViewer

__all__ = ["DocumentViewer", "DocumentsView"]
