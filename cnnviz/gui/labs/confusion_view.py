"""The confusion matrix as a clickable heat map: counts written in the cells, the
per-class accuracy in a column to the right, a colour bar of the (logarithmic) counts."""

from __future__ import annotations

import numpy as np

from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.widgets.export_menu import ExportMenuMixin

FONT_PT = 11


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ConfusionView", text)


def log_counts(confusion: np.ndarray) -> np.ndarray:
    """What the colours show: log10(1 + count), so that a handful of mistakes is visible
    beside a thousand right answers."""
    return np.log10(1.0 + confusion)


class ConfusionView(ExportMenuMixin, pg.GraphicsLayoutWidget):
    """Rows: true class, columns: predicted class. A click on a cell emits it."""

    cellClicked = QtCore.Signal(int, int)   # true, predicted

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("confusion_view")
        self.setBackground("w")
        self.setMinimumSize(420, 380)
        self.setToolTip(tr("Click a cell to list its test images. Accuracy per true class "
                           "in red: below the median class."))
        self.plot = self.ci.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        font = QtGui.QFont()
        font.setPointSizeF(FONT_PT)
        for side, text in (("left", tr("true class")), ("bottom", tr("predicted class"))):
            axis = self.plot.getAxis(side)
            axis.setTickFont(font)
            axis.setTextPen("k")
            axis.setLabel(text, **{"font-size": f"{FONT_PT}pt", "color": "#000"})
            axis.enableAutoSIPrefix(False)   # an empty plot's range read "class (x0.001)"
            axis.setTicks([[]])              # classes come with the first result
        self._frame(10)   # before the first result, not an empty plot's -800..800
        self.cmap = style.colormap(False, reverse=True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(self.cmap)
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=self.cmap, interactive=False,
                                        width=12, label=tr("images (log scale)"))
        self.ci.addItem(self.colorbar, row=0, col=1)
        self.selection = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.selection.setPen(pg.mkPen(style.SELECTED_COLOR, width=4))
        self.selection.setVisible(False)
        self.plot.addItem(self.selection)
        self._texts: list[pg.TextItem] = []
        self.confusion = np.zeros((0, 0), np.int64)
        self.scene().sigMouseClicked.connect(self._on_click)

    def set_confusion(self, confusion: np.ndarray, per_class: np.ndarray,
                      classes: tuple[str, ...]) -> None:
        """Show the (K, K) counts and each true class's accuracy."""
        self.confusion = np.asarray(confusion)
        k = len(self.confusion)
        shade = log_counts(self.confusion)
        top = max(float(shade.max()), 1e-9)
        self.image.setImage(shade, autoLevels=False, levels=(0, top))
        self.image.setRect(QtCore.QRectF(0, 0, k, k))
        self.colorbar.setLevels((0, top))
        ticks = [(np.log10(1 + v), str(v)) for v in (0, 1, 10, 100, 1000, 10000)
                 if np.log10(1 + v) <= top + 1e-9]
        self.colorbar.axis.setTicks([ticks])
        for t in self._texts:
            self.plot.removeItem(t)
        self._texts = []
        # beside the matrix, the theme's text colour (black printed on the dark theme)
        text = pg.getConfigOption("foreground")
        for r in range(k):
            for c in range(k):
                dark = shade[r, c] > 0.5 * top
                self._text(str(self.confusion[r, c]), c + 0.5, r + 0.5, "w" if dark else "k")
            acc = per_class[r]
            self._text("—" if np.isnan(acc) else f"{100 * acc:.1f}%", k + 0.9, r + 0.5,
                       style.OUTPUT_COLOR if acc < np.nanmedian(per_class) else text)
        self._text(tr("accuracy"), k + 0.9, -0.55, text)
        labels = [(i + 0.5, str(name)) for i, name in enumerate(classes)]
        self.plot.getAxis("bottom").setTicks([labels])
        self.plot.getAxis("left").setTicks([labels])
        self._frame(k)

    def _frame(self, k: int) -> None:
        """Show k classes: the matrix, the accuracies on its right, their title above.

        Both ranges in one call: with the aspect locked, setYRange after setXRange fitted
        the height alone and narrowed the width to match, so from the second result on
        the columns of classes 0 and 1, half of 9's and the accuracies were cut off."""
        self.plot.vb.setRange(xRange=(0, k + 1.8), yRange=(-1.0, k), padding=0.01)

    def _text(self, text: str, x: float, y: float, color) -> None:
        item = pg.TextItem(text, color=color, anchor=(0.5, 0.5))
        font = item.textItem.font()
        font.setPointSizeF(FONT_PT if len(text) < 4 else FONT_PT - 1.5)
        item.setFont(font)
        item.setPos(x, y)
        self.plot.addItem(item)
        self._texts.append(item)

    def select(self, true: int | None, predicted: int | None = None) -> None:
        """Frame the cell (true, predicted); None: no frame."""
        self.selection.setVisible(true is not None)
        if true is not None:
            self.selection.setRect(predicted, true, 1, 1)

    def cell_point(self, true: int, predicted: int) -> QtCore.QPoint:
        """The centre of a cell in this widget's coordinates (for clicks in tests)."""
        scene = self.plot.vb.mapViewToScene(QtCore.QPointF(predicted + 0.5, true + 0.5))
        return self.mapFromScene(scene)

    def _on_click(self, event) -> None:
        k = len(self.confusion)
        if not k or event.button() != QtCore.Qt.MouseButton.LeftButton:
            return
        p = self.plot.vb.mapSceneToView(event.scenePos())
        r, c = int(np.floor(p.y())), int(np.floor(p.x()))
        if 0 <= r < k and 0 <= c < k:
            self.select(r, c)
            self.cellClicked.emit(r, c)
