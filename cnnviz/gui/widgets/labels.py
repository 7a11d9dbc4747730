"""Labels in a larger font, for formulas and sums read from the back of a lecture hall."""

from __future__ import annotations

from cnnviz.gui.qt import QtWidgets


def big_label(name: str, scale: float = 1.3, bold: bool = False,
              text: str = "") -> QtWidgets.QLabel:
    """A QLabel with object name ``name`` and its font ``scale`` times the default."""
    label = QtWidgets.QLabel(text)
    label.setObjectName(name)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(bold)
    label.setFont(f)
    return label
