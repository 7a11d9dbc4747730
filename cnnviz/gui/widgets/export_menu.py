"""Right-click "Export view as PNG/SVG…" for any widget, pyqtgraph views included.

``QGraphicsView.render`` paints only the scene (and takes other arguments), so the SVG is
drawn with ``QWidget.render``; pyqtgraph's own SVG exporter fails on Qt 6.11.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6 import QtSvg

from cnnviz.errors import CnnvizError, require_folder
from cnnviz.gui.i18n import error_text
from cnnviz.gui.qt import QT_TRANSLATE_NOOP, QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets import file_dialogs


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ExportMenu", text)


class ExportError(CnnvizError, OSError):
    """A picture or an animation could not be written (an ``OSError``, as before)."""


def export_view(widget: QtWidgets.QWidget, path: str | Path, title: str = "cnnviz") -> Path:
    """Write ``widget`` to ``path``: PNG (its pixels) or SVG, chosen by the suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    require_folder(path, ExportError)   # Qt made a mistyped folder for a PNG
    if suffix == ".png":
        if not widget.grab().save(str(path), "PNG"):
            raise ExportError(QT_TRANSLATE_NOOP("Errors", "{path}: could not write the PNG file"),
                              path=path)
    elif suffix == ".svg":
        gen = QtSvg.QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(widget.size())
        gen.setViewBox(QtCore.QRect(QtCore.QPoint(0, 0), widget.size()))
        gen.setTitle(title)
        painter = QtGui.QPainter(gen)
        try:
            with _drawn_afresh(widget):
                QtWidgets.QWidget.render(widget, painter, QtCore.QPoint(0, 0))
        finally:
            painter.end()
    else:
        raise ExportError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: export needs a .png or .svg file name, not {suffix!r}"),
            path=path, suffix=path.suffix)
    if not path.is_file() or path.stat().st_size == 0:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "{path}: nothing was written"), path=path)
    return path


@contextlib.contextmanager
def _drawn_afresh(widget: QtWidgets.QWidget):
    """Graphics items that are kept as pictures on the device (a cache mode: the curves'
    axes, a grid's map names) drawn afresh while an SVG is written: from their pictures,
    the SVG held them as images, not as text and lines."""
    views = widget.findChildren(QtWidgets.QGraphicsView)
    if isinstance(widget, QtWidgets.QGraphicsView):
        views.append(widget)
    none = QtWidgets.QGraphicsItem.CacheMode.NoCache
    cached = [(item, item.cacheMode()) for view in views if view.scene() is not None
              for item in view.scene().items() if item.cacheMode() != none]
    for item, _ in cached:
        item.setCacheMode(none)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


class ExportMenuMixin:
    """Adds ``export(path)`` and a right-click menu with "Export view as PNG/SVG…".

    Put it before the Qt widget class in the bases.
    """

    _export_menu: QtWidgets.QMenu | None = None

    def export(self, path: str) -> None:
        """Write the view to ``path``: PNG or SVG, chosen by the suffix."""
        export_view(self, path, self.windowTitle() or "cnnviz")

    def context_menu(self) -> QtWidgets.QMenu:
        """The right-click menu."""
        menu = QtWidgets.QMenu(self)
        act = menu.addAction(tr("Export view as PNG/SVG…"))
        act.setObjectName("action_export_view")
        act.triggered.connect(self._export_dialog)
        return menu

    def contextMenuEvent(self, event: QtGui.QContextMenuEvent) -> None:
        self._export_menu = self.context_menu()
        self._export_menu.popup(event.globalPos())
        event.accept()

    def _export_dialog(self) -> None:
        path = file_dialogs.save_path(self, tr("Export view"), "view.png",
                                      tr("Images (*.png *.svg)"))
        if not path:
            return
        try:
            self.export(path)
        except OSError as e:
            QtWidgets.QMessageBox.warning(self, tr("Export view"), error_text(e))
