"""Every text a window shows: labels, buttons, group titles, tabs, combo items, menu and
toolbar actions, window titles and pyqtgraph's axis labels, legends and text items."""

from __future__ import annotations

import re

from cnnviz.gui.qt import QtWidgets, pg

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"(?<![_A-Za-z])[A-Za-z]{3,}")   # not subscripts: H_out
#: Latin words that stay Latin in Russian, and why
ALLOWED = {
    "cnnviz",                       # the program's name
    "LeNet", "MNIST", "LeCun",      # the network, the data set and its author
    "OUT", "INPUT",                 # layer names, like C1 and S2
    "tanh", "ReLU",                 # activation functions as written in formulas
    "valid", "same", "full",        # border modes inside formulas (dE/dY *full K)
    "rot", "log", "float", "max",   # rot180, log10, float32, max(…) in formulas
    "PNG", "SVG", "GIF", "npz", "png", "svg", "gif",   # file formats
    "SGD", "Adam",                  # optimisers' names
    "English",                      # the Language menu names each language in itself
}


def _actions(actions, out: list[str]) -> None:
    for act in actions:
        if act.isVisible() and act.text():
            out.append(act.text())
        if act.menu() is not None:
            _actions(act.menu().actions(), out)


def _graphics(view: pg.GraphicsView, out: list[str]) -> None:
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.AxisItem) and item.label.isVisible():
            out.append(item.label.toPlainText())
        elif isinstance(item, pg.LabelItem):
            out.append(item.text)
        elif isinstance(item, pg.TextItem):
            out.append(item.textItem.toPlainText())


def visible_texts(window: QtWidgets.QMainWindow) -> list[str]:
    """The texts of every widget of ``window`` that is on show now (HTML tags removed)."""
    # the title names the checkpoint on show: a file name, not a text of cnnviz
    title = window.windowTitle().replace("[*]", "")
    path = getattr(getattr(window, "controller", None), "file_path", None)
    out = [title.removeprefix(f"{path.name} — ") if path is not None else title]
    _actions(window.menuBar().actions(), out)
    for bar in window.findChildren(QtWidgets.QToolBar):
        if bar.isVisible():
            _actions(bar.actions(), out)
    for w in window.findChildren(QtWidgets.QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QtWidgets.QLabel):
            out.append(w.text())
        elif isinstance(w, QtWidgets.QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QtWidgets.QGroupBox):
            out.append(w.title())
        elif isinstance(w, QtWidgets.QTabBar):
            out.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QtWidgets.QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QtWidgets.QDockWidget):
            out.append(w.windowTitle())
        elif isinstance(w, pg.GraphicsView):
            _graphics(w, out)
    return [TAG.sub(" ", t) for t in out if t]


def english(texts: list[str]) -> list[str]:
    """The texts that hold a Latin word of three letters or more not in ``ALLOWED``."""
    return sorted({t for t in texts
                   if any(w not in ALLOWED for w in WORD.findall(t))})
