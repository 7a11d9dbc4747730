"""A typed matrix: one row per line, applied with Ctrl+Return or the Apply button.

The text is read by :func:`cnnviz.labs.matrices.parse_matrix`; a bad entry leaves the
last good matrix in force and shows the message (which names the row and entry) in red.
"""

from __future__ import annotations

import numpy as np

from cnnviz.errors import ConfigError
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets
from cnnviz.labs.matrices import format_matrix, parse_matrix


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("MatrixEditor", text)


def error_label(name: str) -> QtWidgets.QLabel:
    """A red, word-wrapped label for what is wrong with an input; hidden while empty."""
    label = QtWidgets.QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class _Text(QtWidgets.QPlainTextEdit):
    """Plain text; Ctrl+Return asks to apply it. (Qt gives the text the cursor keys, Return,
    + and - before any page shortcut while it has the focus.)"""

    applyRequested = QtCore.Signal()

    def keyPressEvent(self, e: QtGui.QKeyEvent) -> None:
        if e.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and \
                e.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier:
            self.applyRequested.emit()
            return
        super().keyPressEvent(e)


class MatrixEditor(QtWidgets.QWidget):
    """Title, a text box with the matrix, Apply, and the last error in red.

    ``matrixChanged`` carries the new float64 matrix after a successful Apply.
    """

    matrixChanged = QtCore.Signal(object)

    def __init__(self, name: str, title: str, max_shape=(8, 8), parent=None):
        super().__init__(parent)
        self.name, self.max_shape = name, tuple(max_shape)
        self._matrix = np.zeros((1, 1))
        self.title = QtWidgets.QLabel(title)
        self.text = _Text()
        self.text.setObjectName(f"edit_{name}")
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 13.0))
        self.text.setFont(font)
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setToolTip(tr("One row per line, numbers separated by spaces; "
                                "Ctrl+Return applies"))
        self.apply_button = QtWidgets.QPushButton(tr("Apply"))
        self.apply_button.setObjectName(f"apply_{name}")
        self.error = error_label(f"error_{name}")
        head = QtWidgets.QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.apply_button)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(head)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.error)
        self.apply_button.clicked.connect(self.apply)
        self.text.applyRequested.connect(self.apply)

    def set_matrix(self, a: np.ndarray) -> None:
        """Show ``a`` without emitting (the page set it)."""
        self._matrix = np.array(a, dtype=np.float64)
        self.text.setPlainText(format_matrix(self._matrix, digits=6))
        self.set_error("")
        rows = self._matrix.shape[0]
        line = QtGui.QFontMetrics(self.text.font()).lineSpacing()
        self.text.setMinimumHeight(min(rows, 8) * line + 12)

    def matrix(self) -> np.ndarray:
        """The last matrix that was applied or set."""
        return self._matrix.copy()

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def apply(self) -> bool:
        """Read the text; emit ``matrixChanged`` or show what is wrong."""
        try:
            a = parse_matrix(self.text.toPlainText(), self.name, self.max_shape)
        except ConfigError as e:
            self.set_error(str(e))
            return False
        self._matrix = a
        self.set_error("")
        self.matrixChanged.emit(a.copy())
        return True
