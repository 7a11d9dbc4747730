"""Presentation mode: full screen, fonts 1.5 times larger (1.25 on a screen under 1000
pixels high), the training dock out of the way, high-contrast colour maps.

Everything the mode changes is remembered when it starts and put back exactly when it
ends: the window state and geometry, the dock, the application font, every widget font
that was set explicitly, the fonts of pyqtgraph's axes, labels and texts, and the choice
of colour maps.
"""

from __future__ import annotations

import re

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.widgets.map_grid import MapGrid
from cnnviz.gui.widgets.number_grid import NumberGrid

SCALE = 1.5          # fonts on a projector of 1000 or more lines
SMALL_SCALE = 1.25   # on fewer lines (1280x800): at 1.5 the labs would need 865
TALL_SCREEN = 1000


def factor_for(screen_height: int) -> float:
    """How much larger fonts get on a screen ``screen_height`` pixels high."""
    return SCALE if screen_height >= TALL_SCREEN else SMALL_SCALE


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Presentation", text)


def scaled(font: QtGui.QFont, factor: float) -> QtGui.QFont:
    """A copy of ``font`` ``factor`` times larger (point or pixel sized)."""
    f = QtGui.QFont(font)
    if f.pointSizeF() > 0:
        f.setPointSizeF(f.pointSizeF() * factor)
    elif f.pixelSize() > 0:
        f.setPixelSize(round(f.pixelSize() * factor))
    return f


def close_up(legend: pg.LegendItem) -> None:
    """Fit a legend to its labels again once they are smaller: pyqtgraph sizes it from
    the labels' current widths, which keep the larger text's until laid out anew, so the
    loss plot's legend stayed spread after leaving presentation mode."""
    for _sample, label in legend.items:
        label.resize(label.effectiveSizeHint(QtCore.Qt.SizeHint.PreferredSize))
    legend.updateSize()


def plot_items(root: QtWidgets.QWidget):
    """The items of every pyqtgraph view in ``root`` (``root`` itself included)."""
    views = [root] if isinstance(root, pg.GraphicsView) else []
    for view in views + root.findChildren(pg.GraphicsView):
        yield from view.items()


def set_high_contrast(window, on: bool) -> None:
    """Switch the diverging map of every heat map and number grid in ``window``."""
    style.set_high_contrast(on)
    for grid in [*window.findChildren(MapGrid), *window.findChildren(NumberGrid)]:
        grid.recolor()


class Presentation(QtCore.QObject):
    """Turns presentation mode on and off for ``window``; ``active`` says which."""

    toggled = QtCore.Signal(bool)

    def __init__(self, window: QtWidgets.QMainWindow, factor: float | None = None):
        """``factor``: font scale; None: chosen from the window's screen on entering."""
        super().__init__(window)
        self.window, self.factor = window, factor
        self.scale = 1.0           # the factor in use
        self.active = False
        self._undo: list = []      # callables that put one widget or item back
        self._undo_app: list = []  # and those that put the application's font and maps back
        self._dock = None          # the training dock that entering hid
        self._window = (QtCore.Qt.WindowState.WindowNoState, QtCore.QRect())

    def set_active(self, on: bool, keep_window: bool = False) -> None:
        """Enter or leave presentation mode. ``keep_window``: leave the window full screen
        as it is (around a rebuild of its widgets): on X11, leaving full screen and
        entering it again at once ended with the window in its normal state, larger
        than the screen, and the training dock back."""
        if on == self.active:
            return
        if on:
            self._enter(keep_window)
        else:
            self._leave(keep_window)
        self.active = on
        self.toggled.emit(on)

    def toggle(self) -> None:
        self.set_active(not self.active)

    # -- entering ----------------------------------------------------------------
    def _enter(self, keep_window: bool = False) -> None:
        w = self.window
        if not keep_window:
            self._window = (w.windowState(), w.geometry())
        dock = getattr(w, "dock", None)
        # a dock built a moment ago is hidden until the window's layout shows it: only a
        # dock hidden on purpose (closed) stays as it is
        closed = dock is not None and dock.isHidden() and dock.testAttribute(
            QtCore.Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        self._dock = dock if dock is not None and not closed else None
        if self._dock is not None:
            dock.hide()
        screen = w.screen().availableGeometry().height() if w.screen() else TALL_SCREEN
        self.scale = self.factor or factor_for(screen)
        self._scale_fonts()
        contrast = style.high_contrast()
        set_high_contrast(w, True)
        self._undo_app.append(lambda: set_high_contrast(w, contrast))
        if not keep_window:
            w.showFullScreen()


    def _scale_fonts(self) -> None:
        app = QtWidgets.QApplication.instance()
        app_font = app.font()
        app.setFont(scaled(app_font, self.scale))
        self._undo_app.append(lambda: app.setFont(app_font))
        self._scale_widgets(self.window)

    def _scale_widgets(self, root: QtWidgets.QWidget) -> None:
        """Scale the fonts set on ``root`` and its children, and their plots' texts."""
        widgets = [root, *root.findChildren(QtWidgets.QWidget)]
        explicit = [(x, x.font()) for x in widgets
                    if x.testAttribute(QtCore.Qt.WidgetAttribute.WA_SetFont)]
        for widget, font in explicit:
            widget.setFont(scaled(font, self.scale))
            self._undo.append(lambda x=widget, f=font: x.setFont(f))
        for item in plot_items(root):
            self._scale_item(item)

    def adopt(self, widget: QtWidgets.QWidget) -> None:
        """Widgets made after presentation mode was entered (a page's figures, made when
        it is first shown) get its larger text too, and lose it on leaving."""
        if self.active:
            self._scale_widgets(widget)

    def _scale_item(self, item) -> None:
        """Scale one pyqtgraph item's text; remember how to put it back."""
        k = self.scale
        if isinstance(item, pg.AxisItem):
            if isinstance(item.parentItem(), pg.ColorBarItem):
                return   # a short bar in a large font would keep only its 0 tick
            old = item.style.get("tickFont")
            item.setStyle(tickFont=scaled(old or QtWidgets.QApplication.font(), k))
            self._undo.append(lambda a=item, f=old: a.setStyle(tickFont=f))
        elif isinstance(item, pg.LabelItem) and item.opts.get("size"):
            old = item.opts["size"]
            m = re.fullmatch(r"([\d.]+)(pt|px)", str(old))
            if m:
                item.setText(item.text, size=f"{float(m[1]) * k:g}{m[2]}")
                self._undo.append(lambda a=item, s=old: a.setText(a.text, size=s))
        elif isinstance(item, (QtWidgets.QGraphicsSimpleTextItem, QtWidgets.QGraphicsTextItem)):
            old = item.font()
            item.setFont(scaled(old, k))
            self._undo.append(lambda a=item, f=old: a.setFont(f))

    def leave_dock_as_is(self) -> None:
        """The user showed or hid the training dock while presenting: leaving presentation
        mode keeps it so, rather than showing the dock that entering it hid."""
        self._dock = None

    # -- leaving -----------------------------------------------------------------
    def _leave(self, keep_window: bool = False) -> None:
        if keep_window:     # the widgets are about to go: their fonts need not come back
            self._undo.clear()
        while self._undo or self._undo_app:
            undo = (self._undo or self._undo_app).pop()
            try:
                undo()
            except RuntimeError:   # the widget or item was deleted meanwhile
                pass
        # the application font reaches the widgets through posted events: let them shrink
        # first, or the window could not return to a size below their large minimums
        QtCore.QCoreApplication.sendPostedEvents()
        for item in plot_items(self.window):
            if isinstance(item, pg.LegendItem):
                close_up(item)
        dock, self._dock = self._dock, None
        if keep_window:     # the dock is about to go; showing it made the window grow
            return
        if dock is not None:
            dock.show()
        state, geometry = self._window
        self.window.setWindowState(state)
        self.window.setGeometry(geometry)
        self.scale = 1.0
