"""Pieces the lab pages share: a typed matrix with its size, a red message line, the
frames of a stepped picture for a GIF, and what the window's data allow a lab setting."""

from __future__ import annotations

import numpy as np

from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.gif_export import RenderedFrames
from cnnviz.gui.widgets.labels import message_label
from cnnviz.gui.widgets.matrix_editor import MatrixEditor
from cnnviz.labs.lab_state import Limits


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("LabPages", text)


def error_label(name: str) -> QtWidgets.QLabel:
    """A red, word-wrapped label for what is wrong with an input; hidden while empty."""
    label = message_label(name)
    label.hide()
    return label


def show_message(label: QtWidgets.QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def lab_limits(window) -> Limits:
    """The test images and classes of ``window``'s data (a page without a window: one)."""
    data = getattr(window, "data", None)
    if data is None:
        return Limits()
    return Limits(n_test=len(data.test_labels), n_classes=len(data.classes))


def rendered_positions(widget: QtWidgets.QWidget, count: int, set_position,
                       keep: int) -> RenderedFrames:
    """``widget`` at positions 0..count-1, each drawn when the GIF writer asks for it;
    back to ``keep`` afterwards."""
    return RenderedFrames(widget, count, set_position, lambda: set_position(keep))


class FocusOnShow:
    """For a lab page: take the keyboard focus when shown or clicked, so that its animation
    keys work at once. (After a click on the page's tab the tab bar had the focus, and
    Right went to the next page instead of the next position.)

    Put it first in the bases and call ``init_focus()`` in ``__init__``.
    """

    def init_focus(self) -> None:
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QtCore.QTimer.singleShot(0, self, self._take_focus)

    def _take_focus(self) -> None:
        focus = QtWidgets.QApplication.focusWidget()
        if self.isVisible() and not (focus is not None and self.isAncestorOf(focus)):
            self.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)


class SizedMatrix(QtWidgets.QWidget):
    """A title, row and column counts (when the user may choose them) and the cells.

    ``changed`` follows a good entry or a new size; ``entryRefused`` carries the message
    of a bad entry (the cell keeps its old number). The cells are numbered from 1, as the
    lecture's subscripts in the formulas of the pages that use it (``y₁₁``, ``x₂₂``).
    """

    changed = QtCore.Signal()
    entryRefused = QtCore.Signal(str)

    def __init__(self, name: str, title: str, max_shape=(8, 8), resizable: bool = True,
                 parent=None):
        super().__init__(parent)
        self.editor = MatrixEditor(name, first=1)
        self.editor.setObjectName(f"editor_{name}")
        self.rows, self.cols = QtWidgets.QSpinBox(), QtWidgets.QSpinBox()
        for spin, n, what in ((self.rows, max_shape[0], "rows"),
                              (self.cols, max_shape[1], "cols")):
            spin.setObjectName(f"{name}_{what}")
            spin.setRange(1, n)
            spin.valueChanged.connect(self._resize)
        head = QtWidgets.QHBoxLayout()
        head.addWidget(QtWidgets.QLabel(title), 1)
        if resizable:
            head.addWidget(self.rows)
            head.addWidget(QtWidgets.QLabel("×"))
            head.addWidget(self.cols)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        # at the top, under its title: centred in the room left over, the pooling page's
        # dE/dY table sat far below "(the size of Y)"
        lay.addWidget(self.editor, 1,
                      QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)
        self.editor.edited.connect(self.changed)
        self.editor.entryRefused.connect(self.entryRefused)

    def set_array(self, a) -> None:
        """Show ``a`` and its size; emits nothing."""
        a = np.asarray(a, dtype=np.float64)
        for spin, n in ((self.rows, a.shape[0]), (self.cols, a.shape[1])):
            blocker = QtCore.QSignalBlocker(spin)
            spin.setValue(n)
            del blocker
        self.editor.set_array(a)

    def array(self) -> np.ndarray:
        return self.editor.array()

    def _resize(self) -> None:
        self.editor.resize_to(self.rows.value(), self.cols.value())
