"""The convolution lab: a kernel slides over a small matrix or a digit, position by
position, in each border mode, as a correlation or a true convolution.

Every number on the page comes from :class:`cnnviz.labs.sliding.SlidingWindow`.
"""

from __future__ import annotations

import numpy as np

from cnnviz.errors import CnnvizError
from cnnviz.gui.i18n import error_text
from cnnviz.gui.labs.conv_settings import ConvSettings
from cnnviz.gui.labs.sliding_view import AnimationControls, SlidingWindowView
from cnnviz.gui.labs.three_modes_view import ThreeModesView
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.gif_export import GifExportMixin
from cnnviz.gui.widgets.labels import big_label, message_label
from cnnviz.gui.widgets.number_grid import NumberGrid
from cnnviz.gui.labs.page_parts import lab_limits
from cnnviz.labs import inputs, lab_state
from cnnviz.labs.lab_state import CONV_VIEWS
from cnnviz.labs.sliding import CONV_IDENTITY, SlidingWindow, three_modes

STALE_OPACITY = 0.3     # the last good picture, while the settings make none


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ConvolutionLab", text)


class ConvolutionLab(GifExportMixin, QtWidgets.QWidget):
    """The "Convolution" page of the main window."""

    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.setObjectName("convolution_lab")
        self.setWindowTitle(tr("cnnviz — convolution lab"))
        self.window_ = window
        self.model: SlidingWindow | None = None
        self.stale = False
        n_digits = len(window.data.test_labels) if window is not None else 0
        self.settings = ConvSettings(n_digits)
        self.view = SlidingWindowView()
        self.controls = AnimationControls()
        self.controls.install_shortcuts(self)
        # a click anywhere on the page (grids included) gives it the animation keys
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.three = ThreeModesView()
        self.message = message_label("conv_message", 1.1, True)
        self._build()
        self.settings.changed.connect(self.rebuild)
        self.settings.entryRefused.connect(self.show_message)
        self.controls.positionChanged.connect(self.view.set_position)
        self.view.positionRequested.connect(self.controls.set_position)
        if window is not None:
            window.controller.snapshotChanged.connect(self._on_snapshot)
        self.rebuild()

    def _build(self) -> None:
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.settings)
        scroll.setWidgetResizable(True)
        self._scroll = scroll
        self._fit_settings()
        self.given_grid, self.applied_grid = NumberGrid(), NumberGrid()
        self.given_grid.setObjectName("kernel_given")
        self.applied_grid.setObjectName("kernel_applied")
        self.flip_label = big_label("flip_arrow", 1.3, True)
        self.identity_label = big_label("conv_identity", 1.2, True)
        self.formula_label = big_label("size_formula", 1.05)
        facts = QtWidgets.QVBoxLayout()
        facts.addWidget(self.identity_label)
        facts.addWidget(self.formula_label)
        facts.addWidget(self.message)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.given_grid, 1)
        top.addWidget(self.flip_label)
        top.addWidget(self.applied_grid, 1)
        top.addLayout(facts, 3)
        sliding = QtWidgets.QWidget()
        sl = QtWidgets.QVBoxLayout(sliding)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.view, 1)
        sl.addWidget(self.controls)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("conv_tabs")
        self.tabs.addTab(sliding, tr("Sliding window"))
        self.tabs.addTab(self.three, tr("Three modes side by side"))
        right = QtWidgets.QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.tabs, 1)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(scroll)
        lay.addLayout(right, 1)
        for grid in (self.given_grid, self.applied_grid):
            grid.setMaximumHeight(170)
            grid.min_cell = 16      # a 7x7 kernel twice must not widen the page

    # -- model -------------------------------------------------------------------
    def _fit_settings(self) -> None:
        self._scroll.setFixedWidth(self.settings.sizeHint().width() + 24)   # a 12x12 matrix scrolls

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:   # e.g. presentation mode
            QtCore.QTimer.singleShot(0, self._fit_settings)

    def input_array(self) -> np.ndarray:
        """The input the settings ask for: typed, a test digit, or the probe."""
        source = self.settings.source_name()
        if source == "digit":
            return inputs.digit(self.window_.data.test_images, self.settings.digit.value())
        if source == "probe":
            snap = self.window_.controller.snapshot if self.window_ is not None else None
            if snap is None:
                raise CnnvizError(tr("there is no probe image yet"))
            image = np.asarray(snap.image, dtype=np.float64)
            return image.reshape(image.shape[-2:])
        return self.settings.input_editor.array()

    def rebuild(self) -> None:
        """Make the model from the settings; a bad combination leaves a message instead."""
        try:
            model = SlidingWindow(self.input_array(), self.settings.kernel(),
                                  **self.settings.options())
        except CnnvizError as e:
            self.show_message(error_text(e))
            self._set_stale(True)
            return
        self.show_message("")
        self._set_stale(False)
        self.model = model
        keep = self.controls.position()
        self.view.set_model(model)
        self.controls.set_count(len(model))
        self.view.set_position(min(keep, len(model) - 1))
        self._show_facts(model)
        opts = self.settings.options()
        del opts["mode"]
        self.three.set_models(three_modes(model.x, model.kernel, **opts))

    def _show_facts(self, m: SlidingWindow) -> None:
        d = m.grid_decimals()["kernel"]
        self.given_grid.set_array(m.kernel, d)
        self.given_grid.set_title(tr("K as given"))
        self.applied_grid.set_array(m.applied_kernel, d)
        self.applied_grid.set_title(tr("H = rot180(K), as applied") if m.convolution
                                    else tr("H = K, as applied"))
        self.flip_label.setText(tr("turned\n180° →") if m.convolution else "→")
        self.identity_label.setText(
            tr("convolution:\n{0}").format(CONV_IDENTITY) if m.convolution
            else tr("correlation:\nthe kernel is applied as it is"))
        # the mode's bare name: the settings' gloss of it ("same (как вход)" in Russian)
        # stood beside a smaller output at stride 2
        self.formula_label.setText(tr("{0} mode, output {1}×{2}:\n{3}").format(
            m.mode, *m.out_shape, m.size_formula(compact=True)))

    def _set_stale(self, stale: bool) -> None:
        """Fade the last good picture and stop its animation while the settings are bad
        (it went on showing, say, "same mode, output 2×2" beside "valid" and the error)."""
        self.stale = stale
        for widget in (self.given_grid, self.flip_label, self.applied_grid,
                       self.identity_label, self.formula_label, self.tabs):
            if stale and widget.graphicsEffect() is None:
                effect = QtWidgets.QGraphicsOpacityEffect(widget)
                effect.setOpacity(STALE_OPACITY)
                widget.setGraphicsEffect(effect)
            elif not stale:
                widget.setGraphicsEffect(None)
        if stale:
            self.controls.pause()
        self.tabs.setEnabled(not stale)
        for shortcut in self.controls.shortcuts:   # the page's animation keys
            shortcut.setEnabled(not stale)

    def context_menu(self) -> QtWidgets.QMenu:
        """The export menu; no animation while the picture is the faded, stale one."""
        menu = super().context_menu()
        for act in menu.actions():
            if act.objectName() == "action_export_gif":
                act.setEnabled(not self.stale)
        return menu

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_snapshot(self, snap) -> None:
        """Follow the probe when it is the input (a new probe, or the first snapshot)."""
        if self.settings.source_name() != "probe" or snap is None:
            return
        image = np.asarray(snap.image)
        if self.model is None or not np.array_equal(self.model.x.ravel(), image.ravel()):
            self.rebuild()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        focus = QtWidgets.QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.setFocus()     # the arrow keys step the window as soon as the tab is open

    # -- settings ----------------------------------------------------------------
    def lab_state(self) -> dict:
        """Input, kernel, operation, the tab on show and the window's position (JSON-able)."""
        return {**self.settings.state(), "view": CONV_VIEWS[self.tabs.currentIndex()],
                "position": self.controls.position()}

    def restore_lab_state(self, state: dict, where: str = "lab") -> None:
        """Show ``state`` (see :meth:`lab_state`); a bad value raises a ``LabStateError``
        naming ``where`` and the field, and changes nothing."""
        s = lab_state.check(self.objectName(), state, where, lab_limits(self.window_))
        self.settings.apply_state(s)
        if "view" in s:
            self.tabs.setCurrentIndex(CONV_VIEWS.index(s["view"]))
        if "position" in s:
            self.controls.set_position(s["position"])

    # -- export ------------------------------------------------------------------
    def animation_frames(self):
        self.controls.pause()
        return self.view.rendered_frames()

    def animation_ms(self) -> int:
        return self.controls.interval_ms()
