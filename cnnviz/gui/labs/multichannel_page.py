"""The "Multi-channel" page: ``Y_i = B_i + sum_j X_j ⋆ K_ij`` for a LeNet-5 conv layer
(C1, C3, C5) of the current network and probe, one input channel per card."""

from __future__ import annotations

from cnnviz.errors import ConfigError
from cnnviz.gui.i18n import error_text
from cnnviz.gui import style
from cnnviz.gui.labs.multichannel_cards import ChannelCard, ResultCard
from cnnviz.gui.labs.page_parts import FocusOnShow, error_label, lab_limits, show_message
from cnnviz.gui.widgets.labels import big_label, whole_parts
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.export_menu import ExportMenuMixin
from cnnviz.gui.widgets.steady import SteadySpinBox
from cnnviz.labs import lab_state
from cnnviz.labs.lab_state import MC_LAYERS as LAYERS
from cnnviz.labs.multichannel import MultiChannel

REDRAW_MS = 150     # at most this often while training sends snapshots


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("MultiChannelView", text)


def columns(channels: int) -> int:
    """Cards per row: C1 one, C3 (6 inputs) two, C5 (16 inputs) four."""
    return 1 if channels == 1 else 2 if channels <= 6 else 4


class MultiChannelPage(FocusOnShow, ExportMenuMixin, QtWidgets.QWidget):
    """Multi-channel page (object name ``multichannel_view``)."""

    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.init_focus()
        self.setObjectName("multichannel_view")
        self.setWindowTitle(tr("Multi-channel"))
        self.main_window = window
        self.model: MultiChannel | None = None
        self._snap = None
        self.layer = QtWidgets.QComboBox()
        self.layer.setObjectName("mc_layer")
        self.layer.addItems(list(LAYERS))
        self.layer.setCurrentText("C3")
        # its range is given again with every snapshot: a plain spin box then asks the
        # whole window for a new layout, even for the same range
        self.map = SteadySpinBox(digits=3)
        self.map.setObjectName("mc_map")
        self.map.setKeyboardTracking(False)
        self.formula = big_label("mc_formula", 1.25, True)
        self.formula.setWordWrap(True)
        self.message = error_label("mc_message")
        bar = QtWidgets.QHBoxLayout()
        for text, w in ((tr("Layer"), self.layer), (tr("Output map i"), self.map)):
            bar.addWidget(QtWidgets.QLabel(text))
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.formula, 1)
        self.cards: list[ChannelCard] = []
        self.result = ResultCard()
        self.body = QtWidgets.QWidget()
        self.grid = QtWidgets.QGridLayout(self.body)
        self.grid.setSpacing(4)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(scroll, 1)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.refresh)
        self.layer.currentIndexChanged.connect(self.refresh)
        self.map.valueChanged.connect(self.refresh)
        controller = getattr(window, "controller", None)
        if controller is not None:
            controller.snapshotChanged.connect(self.set_snapshot)
            self._snap = controller.snapshot
        self.refresh()

    def set_snapshot(self, snap) -> None:
        """Keep the latest snapshot; redraw soon if the page is on show."""
        self._snap = snap
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Take output map i of the chosen layer apart for the latest snapshot."""
        name = self.layer.currentText()
        try:
            if self._snap is None:
                raise ConfigError(tr("no probe has been traced yet"))
            try:
                layer = self._snap.layer(name)
            except KeyError:
                raise ConfigError(tr("{0} has not run forward for this probe yet: press "
                                     "Forward step or Train batch").format(name)) from None
            blocker = QtCore.QSignalBlocker(self.map)
            self.map.setRange(0, layer.z.shape[0] - 1)
            del blocker
            self.model = MultiChannel(layer, self.map.value())
        except ConfigError as e:
            show_message(self.message, error_text(e))
            return
        show_message(self.message, "")
        self._show(self.model)

    def lab_state(self) -> dict:
        """The layer and the output map on show."""
        return {"layer": self.layer.currentText(), "map": self.map.value()}

    def restore_lab_state(self, state: dict, where: str = "lab") -> None:
        """Show ``state`` (see :meth:`lab_state`); a map beyond the layer's last is its
        last. A bad value raises a ``LabStateError`` naming ``where`` and the field."""
        s = lab_state.check(self.objectName(), state, where, lab_limits(self.main_window))
        if "layer" in s:
            blocker = QtCore.QSignalBlocker(self.layer)
            self.layer.setCurrentText(s["layer"])
            del blocker
            self.refresh()          # the layer gives the map its range
        if "map" in s:
            self.map.setValue(s["map"])

    def _show(self, mc: MultiChannel) -> None:
        levels = {"x": style.data_levels(*(t.x for t in mc.terms)),
                  "k": style.symmetric_levels(*(t.kernel for t in mc.terms)),
                  "y": style.symmetric_levels(mc.z, mc.output,
                                              *(t.contribution for t in mc.terms),
                                              *(t.running for t in mc.terms))}
        self._layout_cards(mc.channels)
        for card, t in zip(self.cards, mc.terms):
            card.set_term(mc, t, levels)
        self.result.set_model(mc, levels)
        # it wraps only between the terms of the sum: "X4 *" at the end of one line and
        # "K0,4" on the next split a term in two
        self.formula.setText(whole_parts(mc.formula(), r" \+ "))

    def _layout_cards(self, n: int) -> None:
        if len(self.cards) == n:
            return
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = [ChannelCard(j) for j in range(n)]
        cols = columns(n)
        for j, card in enumerate(self.cards):
            self.grid.addWidget(card, j // cols, j % cols)
        last = (n + cols - 1) // cols
        self.grid.addWidget(self.result, last, 0, 1, cols)
        for r in range(self.grid.rowCount()):   # rows of an earlier layer stay, empty
            self.grid.setRowStretch(r, 1 if r <= last else 0)
        for c in range(4):
            self.grid.setColumnStretch(c, 1 if c < cols else 0)
