"""The network as a strip of blocks, left to right, as in LeCun et al. (1998), Fig. 2.

An INPUT block, then one block per layer of the snapshot: name, kind, maps x size,
kernel or window, and live thumbnails of the probe's output maps (a thin vertical strip
for vectors), with arrows that carry the shape flowing between blocks. The blocks are
built from the snapshot's layer list and rebuilt only when names or shapes change; an
update refills one preallocated mosaic per block. A layer that the current pass has not
reached yet shows grey empty maps and dimmed text, never stale data.
"""

from __future__ import annotations

import numpy as np

from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.views.strip_parts import (INPUT, _Arrow, _Block, _is_vector, kind_texts,
                                          shape_text, times)
from cnnviz.gui.widgets.export_menu import ExportMenuMixin

LEVELS = 3           # 0: everything; 1: arrows without shapes; 2: blocks without kind too
MOSAIC_HEIGHT = 105  # pixels the thumbnails get under a block's texts, whatever the font
MOSAIC_LEAST = 84     # and no fewer where the window is short of height (a projector)


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("NetworkStrip", text)


class NetworkStrip(ExportMenuMixin, QtWidgets.QWidget):
    """LeNet-5 left to right with live thumbnails of the probe; click a block to select it."""

    layerSelected = QtCore.Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("network_strip")
        self._heights = (170, 200)    # (least, wanted): made from the fonts by _measure
        self.setMinimumHeight(self._heights[0])
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred,
                           QtWidgets.QSizePolicy.Policy.Fixed)
        self._layout = QtWidgets.QHBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(0)
        self._layout.setSizeConstraint(QtWidgets.QLayout.SizeConstraint.SetNoConstraint)
        self._min_widths = [0] * LEVELS
        self._level = 0
        self._key: tuple = ()
        self._blocks: dict[str, _Block] = {}
        self._arrows: list[_Arrow] = []
        self._selected: str | None = None
        self._active: str | None = None

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(max(1280, self._min_widths[0]), self._heights[1])

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(self._min_widths[-1], self._heights[0])

    def _set_level(self, level: int) -> None:
        self._level = level
        for arrow in self._arrows:
            arrow.set_labelled(level < 1)
        for block in self._blocks.values():
            block.labels[1].setVisible(level < 2)
            block.layout().activate()
        self._layout.invalidate()
        self._layout.activate()

    def _fit(self) -> None:
        """Show as much as the width allows: drop arrow shapes, then the kind lines."""
        level = next((i for i, w in enumerate(self._min_widths) if w <= self.width()), LEVELS - 1)
        if level != self._level:
            self._set_level(level)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- building ----------------------------------------------------------------
    @staticmethod
    def _key_of(snap) -> tuple:
        head = (INPUT, "input", "", tuple(snap.image.shape))
        return (head,) + tuple((lay.name, lay.kind, lay.description, tuple(lay.out_shape))
                               for lay in snap.layers)

    def _rebuild(self, snap) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._blocks, self._arrows = {}, []
        self._key = self._key_of(snap)
        shape = tuple(snap.image.shape)
        first = snap.layers[0].name if snap.layers else ""
        tip = (tr("the input image, which {0} reads as X: select {0} to see it; its Backward "
                  "tab shows dE/dX, the gradient at the image").format(first) if first
               else tr("input image"))
        self._add_block(INPUT, (tr("input"), shape_text(shape), ""), shape, tip, 2)
        for lay in snap.layers:
            self._arrows.append(_Arrow(shape_text(shape)))
            self._layout.addWidget(self._arrows[-1])
            kind, detail = kind_texts(lay.kind, lay.description)
            shape = tuple(lay.out_shape)
            tip = times(lay.description) + (f" + {lay.activation}" if lay.activation else "")
            self._add_block(lay.name, (kind, shape_text(shape), detail), shape, tip,
                            1 if _is_vector(shape) else 3)
        for widget in [*self._blocks.values(), *self._arrows]:
            widget.show()
        self._measure()
        self.set_selected(self._selected)
        self.set_active(self._active)

    def _measure(self) -> None:
        """The width each level of detail needs with the fonts in use, and the level."""
        for level in range(LEVELS):
            self._set_level(level)
            self._min_widths[level] = self._layout.minimumSize().width()
        self._level = -1
        self._fit()
        self._fit_height()
        self.updateGeometry()

    def _fit_height(self) -> None:
        """Room for the tallest block's texts and its thumbnails under them.

        The texts grow with the font (presentation mode): the strip grows with them, so
        that the thumbnails keep their size instead of being squeezed or cut off.
        """
        texts = 0
        for block in self._blocks.values():
            margins = block.layout().contentsMargins()
            texts = max(texts, sum(label.sizeHint().height() for label in block.labels)
                        + block.layout().spacing() * len(block.labels) + 3
                        + margins.top() + margins.bottom())
        margins = self._layout.contentsMargins()
        texts += margins.top() + margins.bottom()
        self._heights = (texts + MOSAIC_LEAST, texts + MOSAIC_HEIGHT)
        self.setMinimumHeight(self._heights[0])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange and self._blocks:
            # e.g. presentation mode: the blocks' own fonts change right after this one
            QtCore.QTimer.singleShot(0, self._measure)

    def _add_block(self, name, lines, shape, tip, stretch) -> None:
        block = _Block(name, lines, shape, tip, self)
        self._blocks[name] = block
        self._layout.addWidget(block, stretch)

    def mousePressEvent(self, event) -> None:
        """A left click on a layer's block (or on its texts or maps) selects the layer."""
        pos = event.position().toPoint()
        hit = [b for b in self._blocks.values() if b.selectable and b.geometry().contains(pos)]
        if hit and event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.set_selected(hit[0].name)
            self.layerSelected.emit(hit[0].name)
            event.accept()
        else:
            super().mousePressEvent(event)

    # -- updates -----------------------------------------------------------------
    def set_snapshot(self, snap) -> None:
        """Show ``snap``; layers it has not reached show grey empty maps and dim text.

        The blocks are rebuilt only when the layer names or shapes differ from those on
        show; a partial snapshot whose layers are a prefix of them reuses the blocks.
        """
        key = self._key_of(snap)
        if key != self._key[:len(key)]:
            self._rebuild(snap)
        present = {lay.name: lay for lay in snap.layers}
        self._blocks[INPUT].mosaic.set_maps(snap.image)
        for name, block in list(self._blocks.items())[1:]:
            lay = present.get(name)
            block.mosaic.set_maps(None if lay is None else lay.y)
            block.set_present(lay is not None)

    def set_selected(self, name: str | None) -> None:
        """Frame block ``name`` in the selection colour (None or an unknown name: none)."""
        self._selected = name
        for block in self._blocks.values():
            block.set_state(block.name == name, block.active)

    def set_active(self, name: str | None) -> None:
        """Mark the block the current phase works on: ``"C3"`` or ``"Forward C3"``."""
        if name and name not in self._blocks:
            name = name.rpartition(" ")[2]
        self._active = name
        for block in self._blocks.values():
            block.set_state(block.selected, block.name == name)

    # -- queries -----------------------------------------------------------------
    def block_names(self) -> list[str]:
        """The blocks on show, left to right, INPUT first."""
        return list(self._blocks)

    def block_texts(self, name: str) -> list[str]:
        """The text lines of a block: name, kind, maps x size, kernel or window."""
        return self._blocks[name].texts()

    def arrow_texts(self) -> list[str]:
        """The shapes on the connections, left to right."""
        return [a.text for a in self._arrows]

    def block_rect(self, name: str) -> QtCore.QRect:
        """Where block ``name`` is, in this widget's coordinates."""
        return self._blocks[name].geometry()

    def selected(self) -> str | None:
        return self._selected

    def active(self) -> str | None:
        return self._active if self._active in self._blocks else None

    def thumbnail_arrays(self, name: str) -> list[np.ndarray]:
        """Copies of the arrays on show for ``name`` (empty while it has none)."""
        return self._blocks[name].mosaic.shown()
