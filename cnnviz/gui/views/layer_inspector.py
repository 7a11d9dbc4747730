"""The layer inspector: every array of the selected block for the probe sample.

A "Forward" tab shows the input X, the kernels K, the bias B, the pre-activation
Y_i = B_i + Σ_j X_j ⋆ K_ij and the activated output (for max pooling also which input won); a
"Backward" tab shows dE/dY, dE/dK, dE/dB and dE/dX once the backward pass has reached the
block. The inspector only renders the snapshots it is given.
"""

from __future__ import annotations

from cnnviz.core.trace import LayerSnapshot, Snapshot
from cnnviz.gui import style
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.views.inspector_panels import (PAGE, PanelSpec, backward_specs, captions,
                                               forward_specs, header, paged, split_layout, tr)
from cnnviz.gui.widgets.map_grid import MapGrid
from cnnviz.gui.widgets.map_layout import as_maps
from cnnviz.gui.widgets.steady import SteadySpinBox

# key: (role, diverging); the order is the reading order of a stacked tab
FORWARD = {"X": ("input", False), "winners": ("input", False), "K": ("weights", True),
           "B": ("weights", True), "Z": ("output", False), "Y": ("output", False)}
BACKWARD = {"dY": ("gradient", True), "dK": ("gradient", True), "dB": ("gradient", True),
            "dX": ("gradient", True)}
SCALES = ("map", "layer", "fixed")


class LayerInspector(QtWidgets.QWidget):
    """The selected block of the probe sample, forward and backward, as heat maps.

    ``panels`` maps "X", "K", "B", "Z", "Y", "winners", "dY", "dK", "dB" and "dX" to their
    :class:`MapGrid`; panels a block does not have are hidden.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_inspector")
        self._snap: Snapshot | None = None
        self._layer = "C1"
        self._held: dict[tuple[str, str], tuple[float, float]] = {}   # "fixed" scale
        # "layer" scale: the levels each panel showed last, kept while the values drift
        self._steady: dict[tuple[str, str], tuple[float, float]] = {}
        self._arranged: tuple | None = None
        self._scrolls: list[QtWidgets.QScrollArea] = []   # one a tab
        self.panels: dict[str, MapGrid] = {
            key: MapGrid(key, role, div, self)
            for key, (role, div) in {**FORWARD, **BACKWARD}.items()}
        for key, grid in self.panels.items():
            grid.setObjectName(f"panel_{key}")
        self._build()
        self._refresh()

    # -- construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QtWidgets.QLabel()
        self.header.setObjectName("inspector_header")
        # on two lines rather than wider than a 1280-pixel screen (Russian, presentation)
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setPointSize(max(12, font.pointSize() + 2))
        font.setBold(True)
        self.header.setFont(font)
        self.scale_combo = QtWidgets.QComboBox()
        self.scale_combo.setObjectName("scale_combo")
        self.scale_combo.addItems([tr("per map"), tr("per layer"), tr("fixed (hold)")])
        self.scale_combo.setCurrentIndex(1)
        self.scale_combo.setToolTip(tr(
            "Colour scale: each map to its own range, one range per panel, or hold the "
            "current range so that change over training stays visible"))
        # of fixed size: a plain spin box asked for the whole window to be laid out again
        # at every setRange, even to the same range, so at every frame with C5 on show
        # (a sixth of the frame)
        self.page_spin = SteadySpinBox(digits=3)
        self.page_spin.setObjectName("page_spin")
        self.page_spin.setSingleStep(PAGE)
        self.page_spin.setKeyboardTracking(False)
        self.page_label = QtWidgets.QLabel()
        self.page_box = QtWidgets.QWidget()
        pl = QtWidgets.QHBoxLayout(self.page_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QtWidgets.QLabel(tr("Output maps from")))
        pl.addWidget(self.page_spin)
        pl.addWidget(self.page_label)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.page_box)
        top.addSpacing(12)
        top.addWidget(QtWidgets.QLabel(tr("Colour scale")))
        top.addWidget(self.scale_combo)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("inspector_tabs")
        self.forward_caption, self._forward_grid = self._tab(tr("Forward"), None)
        self.backward_caption, self._backward_grid = self._tab(
            tr("Backward"), style.GRAD_COLOR.name())
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.scale_combo.currentIndexChanged.connect(self._on_scale)
        self.page_spin.valueChanged.connect(self._on_page)

    def _tab(self, name: str, color: str | None) -> tuple[QtWidgets.QLabel, QtWidgets.QGridLayout]:
        """A tab whose caption is marked with a bar in ``color`` (None: no bar). The text
        keeps the theme's colour: purple text on the dark theme's grey was hard to read."""
        page = QtWidgets.QWidget()
        caption = QtWidgets.QLabel()
        caption.setWordWrap(True)
        caption.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        font = caption.font()
        font.setPointSize(max(11, font.pointSize() + 1))
        caption.setFont(font)
        head = QtWidgets.QHBoxLayout()
        if color is not None:   # a style sheet on the caption would pin its palette
            bar = QtWidgets.QFrame()
            bar.setFixedWidth(6)
            bar.setStyleSheet(f"background: {color}")
            head.addWidget(bar)
        head.addWidget(caption, 1)
        inner = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self._scrolls.append(scroll)
        # the maps move under a still mouse: read the value now under it
        scroll.verticalScrollBar().valueChanged.connect(self._hover_after_scroll)
        scroll.horizontalScrollBar().valueChanged.connect(self._hover_after_scroll)
        vl = QtWidgets.QVBoxLayout(page)
        vl.setContentsMargins(4, 4, 4, 4)
        vl.addLayout(head)
        vl.addWidget(scroll, 1)
        self.tabs.addTab(page, name)
        return caption, grid

    # -- public API ----------------------------------------------------------------------
    def set_snapshot(self, snap: Snapshot) -> None:
        """Show the selected layer of ``snap``."""
        self._snap = snap
        self._refresh()

    def set_layer(self, name: str) -> None:
        """Select the block ``name`` ("C1" ... "OUT")."""
        changed = name != self._layer
        if changed:
            self._layer = name
            blocker = QtCore.QSignalBlocker(self.page_spin)
            self.page_spin.setValue(0)
            del blocker
        self._refresh()
        if changed:
            # another layer opens at its top: scrolled on from the last one, stepping to
            # S4 showed the middle of its input maps with their heading out of view
            for scroll in self._scrolls:
                scroll.verticalScrollBar().setValue(0)

    @property
    def layer_name(self) -> str:
        return self._layer

    @property
    def scale_mode(self) -> str:
        """"map", "layer" or "fixed" (levels held at their values when it was chosen)."""
        return SCALES[self.scale_combo.currentIndex()]

    @scale_mode.setter
    def scale_mode(self, mode: str) -> None:
        self.scale_combo.setCurrentIndex(SCALES.index(mode))

    @property
    def page_start(self) -> int:
        """First output map shown for layers with more than 16 (C5's kernel rows)."""
        return self.page_spin.value() // PAGE * PAGE

    # -- updates ---------------------------------------------------------------------------
    def _on_scale(self) -> None:
        self._held.clear()
        self._steady.clear()
        self._refresh()

    def _on_page(self) -> None:
        blocker = QtCore.QSignalBlocker(self.page_spin)
        self.page_spin.setValue(self.page_start)
        del blocker
        self._refresh()

    def _current(self) -> LayerSnapshot | None:
        if self._snap is None:
            return None
        try:
            return self._snap.layer(self._layer)
        except KeyError:
            return None

    def _refresh(self) -> None:
        lay = self._current()
        if lay is None:
            self._show_missing()
            return
        self.header.setText(header(lay))
        forward, backward = captions(lay)
        self.forward_caption.setText(forward)
        self.backward_caption.setText(backward)
        self._update_page(lay)
        start = self.page_start
        first = self._snap.layers[0].name == lay.name
        fspecs, bspecs = forward_specs(lay, start), backward_specs(lay, start, first)
        self._arrange(split_layout(lay), fspecs, bspecs)
        self._show_all({**fspecs, **bspecs})

    def _show_missing(self) -> None:
        if self._snap is None:
            self.header.setText(tr("{0} · waiting for the first snapshot").format(self._layer))
            msg = tr("nothing computed yet")
        else:
            self.header.setText(tr("{0} · not computed yet").format(self._layer))
            msg = tr("{0} appears once the forward pass reaches it").format(self._layer)
        self.forward_caption.setText("")
        self.backward_caption.setText("")
        self.page_box.setVisible(False)
        specs = {k: PanelSpec(k, message=msg) for k in ("X", "Y", "dY", "dX")}
        self._arrange(False, {k: specs[k] for k in ("X", "Y")},
                      {k: specs[k] for k in ("dY", "dX")})
        self._show_all(specs)

    def _update_page(self, lay: LayerSnapshot) -> None:
        show = paged(lay)
        self.page_box.setVisible(show)
        if not show:
            return
        f = lay.out_shape[0]
        blocker = QtCore.QSignalBlocker(self.page_spin)
        self.page_spin.setRange(0, (f - 1) // PAGE * PAGE)
        del blocker
        start = self.page_start
        self.page_label.setText(tr("to {0} of {1}").format(min(start + PAGE, f) - 1, f))

    def _arrange(self, split: bool, fspecs: dict, bspecs: dict) -> None:
        key = (split, tuple(fspecs), tuple(bspecs))
        if key == self._arranged:
            return
        self._arranged = key
        for grid_layout, keys, specs, side in (
                (self._forward_grid, FORWARD, fspecs, "K"),
                (self._backward_grid, BACKWARD, bspecs, "dK")):
            shown = [k for k in keys if k in specs]
            for k in keys:
                grid_layout.removeWidget(self.panels[k])
            if split:
                left = [k for k in shown if k != side]
                for row, k in enumerate(left):
                    grid_layout.addWidget(self.panels[k], row, 0)
                grid_layout.addWidget(self.panels[side], 0, 1, len(left), 1)
            else:
                for row, k in enumerate(shown):
                    grid_layout.addWidget(self.panels[k], row, 0, 1, 2)
            for k in keys:
                self.panels[k].setVisible(k in specs)

    def _hover_after_scroll(self) -> None:
        for grid in self.panels.values():
            if grid.isVisible():
                grid.hover_cursor()

    def _show_all(self, specs: dict[str, PanelSpec]) -> None:
        """Fill the panels in ``specs``; empty the hidden ones so that none holds stale maps.

        Panels on the hidden tab only store their arrays: Qt paints what is on show."""
        for key, grid in self.panels.items():
            if key in specs:
                self._show(key, specs[key])
            elif grid.has_maps():
                grid.clear_maps("")

    def _show(self, key: str, spec: PanelSpec) -> None:
        grid = self.panels[key]
        grid.set_title(spec.title, spec.says_role)
        if spec.maps is None:
            grid.clear_maps(spec.message)
            return
        grid.set_maps(spec.maps, spec.labels, spec.columns, self._levels(key, grid, spec),
                      spec.subtitle)

    def _levels(self, key: str, grid: MapGrid, spec: PanelSpec):
        if spec.levels is not None:
            return spec.levels
        scale = style.symmetric_levels if grid.diverging else style.data_levels
        mode = self.scale_mode
        if mode == "map":
            return [scale(m) for m in as_maps(spec.maps)]
        levels = scale(spec.scale_of)
        if mode == "fixed":
            return self._held.setdefault((self._layer, key),
                                         style.nice_levels(levels, grid.diverging))
        at = (self._layer, key)   # the whole field's scale: every page shares it
        self._steady[at] = style.steady_levels(self._steady.get(at), levels, grid.diverging)
        return self._steady[at]
