"""The stages of a drawn digit side by side, from the canvas to LeNet-5's input."""

from __future__ import annotations

import numpy as np

from cnnviz.data.mnist import OFFSET, SCALE
from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.widgets.export_menu import ExportMenuMixin

STAGES = ("raw", "cropped", "box20", "centred", "lenet_input")
INK_LEVELS = (0.0, 1.0)
INPUT_LEVELS = (OFFSET, OFFSET + SCALE)
FRAME = (150, 150, 150)
BAR_PX = 56          # the colour bar's column, with its tick labels
SPACING = 4


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("StageView", text)


def stage_titles() -> dict[str, str]:
    """The stages' titles: short, so that each stays on one line at 1280 pixels (the
    caption under each stage gives its size)."""
    return {"raw": tr("1 canvas"), "cropped": tr("2 ink box"), "box20": tr("3 scaled"),
            "centred": tr("4 centred"), "lenet_input": tr("5 input")}


class StageView(ExportMenuMixin, pg.GraphicsLayoutWidget):
    """Five images (ink 0..1, white is ink) with their sizes, and a colour bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stage_view")
        self.setBackground("w")
        self.setMinimumHeight(190)
        self.ci.setContentsMargins(2, 2, 4, 2)
        self.ci.layout.setHorizontalSpacing(SPACING)
        cmap = style.colormap(False)
        self.images: dict[str, pg.ImageItem] = {}
        self.captions: dict[str, pg.LabelItem] = {}
        self.frames: dict[str, QtWidgets.QGraphicsRectItem] = {}
        self.titles: dict[str, pg.LabelItem] = {}
        titles = stage_titles()
        for col, name in enumerate(STAGES):
            self.titles[name] = self.ci.addLabel(titles[name], row=0, col=col, size="11pt",
                                                 bold=True, color="k")
            vb = self.ci.addViewBox(row=1, col=col, lockAspect=True, invertY=True,
                                    enableMouse=False, enableMenu=False, defaultPadding=0.02)
            img = pg.ImageItem(axisOrder="row-major")
            img.setColorMap(cmap)
            vb.addItem(img)
            # a frame, so that ink at the edge of a stage does not melt into the white page
            frame = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
            frame.setPen(pg.mkPen(FRAME, width=1, cosmetic=True))
            vb.addItem(frame)
            self.images[name], self.frames[name] = img, frame
            self.captions[name] = self.ci.addLabel("", row=2, col=col, size="10pt", color="k")
        # one bar serves all five: the input is a linear function of the ink, and its
        # levels are that function of the ink's levels
        self.bar = bar = pg.ColorBarItem(values=INK_LEVELS, colorMap=cmap, interactive=False, width=10,
                              label=tr("ink"))
        self.ci.addItem(bar, row=1, col=len(STAGES))
        self.shown: dict[str, np.ndarray | None] = dict.fromkeys(STAGES)
        centred = QtGui.QTextOption(QtCore.Qt.AlignmentFlag.AlignHCenter)
        centred.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for label in self._labels():
            label.item.document().setDefaultTextOption(centred)

    def _labels(self) -> list[pg.LabelItem]:
        return [*self.titles.values(), *self.captions.values()]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "shown"):      # not while pyqtgraph's __init__ sizes the view
            self.fit_labels()

    def fit_labels(self) -> None:
        """Titles and captions wrap within their column: a long one (in Russian, or in
        the larger fonts of presentation mode) pushed the last stage and the colour bar
        out of the view."""
        left, _, right, _ = self.ci.getContentsMargins()
        bar = max(BAR_PX, self.bar.effectiveSizeHint(QtCore.Qt.SizeHint.MinimumSize).width())
        self.ci.layout.setColumnFixedWidth(len(STAGES), bar)   # the bar with its labels
        free = self.viewport().width() - left - right - bar - SPACING * len(STAGES)
        for label in self._labels():
            label.item.setTextWidth(max(40.0, free / len(STAGES) - 2))
            label.updateMin()
        self.ci.setGeometry(self.range)   # the layout kept the width the old texts forced

    def set_stages(self, stages) -> None:
        """Show a :class:`~cnnviz.data.drawing.DigitStages` (an empty one: only the canvas)."""
        for name in STAGES:
            a = getattr(stages, name)
            if a is not None and a.ndim == 3:
                a = a[0]
            self.shown[name] = a
            img = self.images[name]
            self.frames[name].setVisible(a is not None)
            if a is None:
                img.clear()
                self.captions[name].setText("—")
                continue
            levels = INPUT_LEVELS if name == "lenet_input" else INK_LEVELS
            img.setImage(a, autoLevels=False, levels=levels)
            self.frames[name].setRect(0, 0, a.shape[1], a.shape[0])
            img.getViewBox().autoRange(padding=0.02)
            self.captions[name].setText(f"{a.shape[0]}×{a.shape[1]}")
        if stages.offset is not None:   # where the scaled digit went, to centre its mass
            # no-break spaces keep a number with its word: a narrow column broke "col"
            # from its number, and "0.1" in two
            self.captions["centred"].setText(tr("28×28<br>at row&nbsp;{0}, col&nbsp;{1}").format(
                *stages.offset))
            self.captions["lenet_input"].setText(
                tr("32×32<br>{0:g}·ink −&nbsp;{1:g}").format(SCALE, -OFFSET))
        self.fit_labels()
