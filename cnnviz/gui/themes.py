"""Light and dark themes, switched at run time.

A theme is a QPalette for the widgets and a background and foreground for pyqtgraph.
Switching restyles what is on screen: plot backgrounds, and every neutral (grey) pen,
text and curve becomes the new foreground; coloured pens (input blue, output red, ...)
keep their meaning and stay as they are. Heat-map colours never change: they are data.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg

NEUTRAL_CHROMA = 30    # of 255: a colour greyer than this is text, not meaning


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Themes", text)


@dataclass(frozen=True)
class Theme:
    name: str
    background: str    # of plots
    foreground: str    # text, axes and neutral curves on plots
    window: str
    base: str
    text: str
    button: str
    highlight: str
    link: str

    def palette(self) -> QtGui.QPalette:
        r, c = QtGui.QPalette.ColorRole, QtGui.QColor
        pal = QtGui.QPalette(c(self.button), c(self.window))
        for role, value in ((r.Window, self.window), (r.WindowText, self.text),
                            (r.Base, self.base), (r.AlternateBase, self.window),
                            (r.Text, self.text), (r.Button, self.button),
                            (r.ButtonText, self.text), (r.ToolTipBase, self.base),
                            (r.ToolTipText, self.text), (r.Highlight, self.highlight),
                            (r.HighlightedText, "#ffffff"), (r.Link, self.link),
                            (r.PlaceholderText, "#8a8a8a")):
            pal.setColor(role, c(value))
        grey = c("#7f7f7f")
        for role in (r.WindowText, r.Text, r.ButtonText):
            pal.setColor(QtGui.QPalette.ColorGroup.Disabled, role, grey)
        return pal


THEME_TABLE = {
    "light": Theme("light", "#ffffff", "#202020", "#efefef", "#ffffff", "#111111",
                   "#e6e6e6", "#2a82da", "#1a5fb4"),
    "dark": Theme("dark", "#1b1d21", "#e8e8e8", "#2b2d31", "#1f2125", "#ececec",
                  "#3a3d42", "#3d8fe0", "#8cc4ff"),
}


def _neutral(color: QtGui.QColor) -> bool:
    rgb = (color.red(), color.green(), color.blue())
    return color.alpha() > 0 and max(rgb) - min(rgb) < NEUTRAL_CHROMA


class Themes(QtCore.QObject):
    """The window's theme; ``apply(name)`` switches it, ``name`` says which is on."""

    changed = QtCore.Signal(str)

    def __init__(self, window: QtWidgets.QMainWindow):
        super().__init__(window)
        self.window = window
        self.name = "light"
        self.restyled = False   # True once plots may hold another theme's colours
        # light is today's look: the style's palette and pyqtgraph's options at start-up
        self._light = QtGui.QPalette(QtWidgets.QApplication.instance().palette())
        self._light_pg = {k: pg.getConfigOption(k) for k in ("background", "foreground")}

    def theme(self) -> Theme:
        return THEME_TABLE[self.name]

    def apply(self, name: str) -> None:
        if name not in THEME_TABLE:
            raise ValueError(f"theme {name!r} is not one of {', '.join(THEME_TABLE)}")
        self.name = name
        self.restyled = self.restyled or name != "light"
        t = THEME_TABLE[name]
        light = name == "light"
        QtWidgets.QApplication.instance().setPalette(self._light if light else t.palette())
        pg.setConfigOptions(**(self._light_pg if light else
                               {"background": t.background, "foreground": t.foreground}))
        self.restyle()
        self.changed.emit(name)

    def restyle(self) -> None:
        """Give the plots on screen the theme's background and foreground (again: views
        built or redrawn since the last switch may have used the light colours). Hidden
        plots are restyled when they are shown."""
        t = self.theme()
        fg, dark = QtGui.QColor(t.foreground), self.name == "dark"
        paper = QtGui.QColor(t.background)
        for view in self.window.findChildren(pg.GraphicsView):
            if not view.isVisible():
                continue
            bg = view.backgroundBrush().color()
            if _neutral(bg) and (bg.lightness() >= 128) == dark:
                view.setBackground(t.background)
            for item in view.items():
                _restyle_item(item, fg, dark, paper)


def _flip(color: QtGui.QColor, dark: bool) -> bool:
    """True for a neutral colour made for the other theme (dark text on a light page,
    or light text on a dark one)."""
    return _neutral(color) and (color.lightness() < 128) == dark


def _over_image(item) -> bool:
    """True for a text on a heat map (a cell's number): its colour follows the cell's."""
    view = item.getViewBox()
    return view is not None and any(
        isinstance(i, pg.ImageItem) and i.mapRectToParent(i.boundingRect()).contains(item.pos())
        for i in view.addedItems)


def _restyle_item(item, fg: QtGui.QColor, dark: bool, paper: QtGui.QColor) -> None:
    if isinstance(item, pg.AxisItem):
        if _flip(item.pen().color(), dark):
            item.setPen(pg.mkPen(fg))
        label = item.labelStyle.get("color")    # set again when a view relabels an axis
        if _flip(item.textPen().color(), dark) or (
                label is not None and _flip(QtGui.QColor(pg.mkColor(label)), dark)):
            item.setTextPen(pg.mkPen(fg))       # the label's colour too
    elif isinstance(item, pg.LegendItem):
        if _flip(item.brush().color(), not dark):   # a light box behind light text
            # the page's colour, a little see-through (the inverse of the text's colour
            # was grey on the light theme: the boxes stayed grey after Dark and Light)
            bg = QtGui.QColor(paper)
            bg.setAlpha(item.brush().color().alpha())
            item.setBrush(bg)
    elif isinstance(item, pg.LabelItem):
        color = item.opts.get("color")
        old = QtGui.QColor(pg.mkColor(color)) if color is not None else None
        if old is None or _flip(old, dark):
            item.setText(item.text, color=fg)
    elif isinstance(item, pg.TextItem):
        if _flip(item.color, dark) and not _over_image(item):
            item.setColor(fg)
    elif isinstance(item, QtWidgets.QGraphicsSimpleTextItem):
        if _flip(item.brush().color(), dark):
            item.setBrush(fg)
    elif isinstance(item, pg.PlotDataItem):
        pen = item.opts.get("pen")
        if pen is not None:
            pen = pg.mkPen(pen)
            if _flip(pen.color(), dark):
                pen.setColor(fg)
                item.setPen(pen)
