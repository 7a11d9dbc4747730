"""The "Backprop" page: the lecture's worked example of one convolutional layer, with
live numbers: forward and error, dE/dK, dE/dX, dE/dB and a finite-difference check."""

from __future__ import annotations

from cnnviz.errors import ConfigError
from cnnviz.gui.i18n import error_text
from cnnviz.gui.labs.animation_controls import AnimationControls
from cnnviz.gui.labs.backprop_check import CheckTab
from cnnviz.gui.labs.backprop_tabs import BiasTab, ForwardTab, GradientTab
from cnnviz.gui.qt import QtCore, QtWidgets
from cnnviz.gui.widgets.gif_export import GifExportMixin
from cnnviz.gui.labs.page_parts import (FocusOnShow, SizedMatrix, error_label, lab_limits,
                                        rendered_positions, show_message)
from cnnviz.labs import lab_state
from cnnviz.labs.backprop import MAX_K, MAX_X, BackpropLab, fitted
from cnnviz.labs.lab_state import BACKPROP_TABS, matrix_json


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("BackpropLab", text)


class BackpropPage(FocusOnShow, GifExportMixin, QtWidgets.QWidget):
    """Backprop lab page (object name ``backprop_lab``)."""

    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.init_focus()
        self.main_window = window
        self.setObjectName("backprop_lab")
        self.setWindowTitle(tr("Backprop"))
        self.lab = BackpropLab()
        self.untied = QtWidgets.QCheckBox(tr("Untied bias (one per output position)"))
        self.untied.setObjectName("bp_untied")
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("bp_summary")
        f = self.summary.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.summary.setFont(f)
        self.error_label = error_label("bp_error")
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.untied)
        self.editors = {
            "X": SizedMatrix("X", tr("X: input (up to 8×8)"), MAX_X),
            "K": SizedMatrix("K", tr("K: kernel (up to 5×5)"), MAX_K),
            "T": SizedMatrix("T", tr("T: target (the size of Y)"), resizable=False),
            "B": SizedMatrix("B", tr("B: bias (one, or one per output when untied)"),
                             resizable=False),
        }
        edit_page = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(edit_page)
        for i, ed in enumerate(self.editors.values()):
            grid.addWidget(ed, i // 2, i % 2, QtCore.Qt.AlignmentFlag.AlignTop)
            ed.changed.connect(self.rebuild)
            ed.entryRefused.connect(self.show_error)
        self.forward = ForwardTab()
        self.dk_tab, self.dx_tab = GradientTab("dk"), GradientTab("dx")
        self.bias_tab, self.check_tab = BiasTab(), CheckTab()
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("bp_tabs")
        # a click on a tab leaves the focus on the page, where Right steps the animation
        self.tabs.tabBar().setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        for w, title in ((edit_page, tr("Matrices")), (self.forward, tr("Forward and E")),
                         (self.dk_tab, "dE/dK = X ⋆ dE/dY"),
                         (self.dx_tab, "dE/dX = dE/dY *full K"),
                         (self.bias_tab, "dE/dB"), (self.check_tab, tr("Gradient check"))):
            self.tabs.addTab(w, title)
        self.controls = AnimationControls()
        self.controls.install_shortcuts(self)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(self.error_label)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.controls)
        self.tabs.currentChanged.connect(self._on_tab)
        self.untied.toggled.connect(self.rebuild)
        self.controls.positionChanged.connect(self._on_position)
        for tab in (self.forward, self.dk_tab, self.dx_tab):
            tab.positionRequested.connect(self.controls.set_position)
        self.set_lab(self.lab)
        self.tabs.setCurrentWidget(self.forward)

    # -- the lab -------------------------------------------------------------------
    def set_lab(self, lab: BackpropLab) -> None:
        """Show ``lab`` on every tab and in the editors."""
        self.lab = lab
        for name, ed in self.editors.items():
            ed.set_array(lab.values(name) if name != "T" else lab.t)
        for tab in (self.forward, self.dk_tab, self.dx_tab, self.bias_tab, self.check_tab):
            tab.set_lab(lab)
        self._on_tab()

    def rebuild(self) -> bool:
        """A new lab from the editors and the bias switch; T and B follow the size of Y
        (numbers that still fit stay, new cells are 0). A bad combination leaves the last
        lab in force and says what is wrong."""
        bias = "untied" if self.untied.isChecked() else "tied"
        try:
            new = fitted(*(self.editors[name].array() for name in "XKTB"), bias)
        except ConfigError as e:
            self.show_error(error_text(e))
            return False
        self.show_error("")
        self.set_lab(new)
        return True

    def show_error(self, message: str) -> None:
        show_message(self.error_label, message)

    # -- settings ------------------------------------------------------------------
    def lab_state(self) -> dict:
        """The matrices, the bias, the tab, the checked number, ε and the position."""
        lab, check = self.lab, self.check_tab
        param, (row, col) = check.picked
        state = {"X": matrix_json(lab.x), "K": matrix_json(lab.k), "T": matrix_json(lab.t),
                 "B": matrix_json(lab.b), "untied": lab.bias == "untied",
                 "tab": BACKPROP_TABS[self.tabs.currentIndex()], "check_param": param,
                 "check_row": row, "check_col": col, "position": self.controls.position()}
        try:
            state["epsilon"] = check.epsilon()
        except ConfigError:     # a bad ε typed: the page says so; it is not kept
            pass
        return state

    def restore_lab_state(self, state: dict, where: str = "lab") -> None:
        """Show ``state`` (see :meth:`lab_state`); a bad value raises a ``LabStateError``
        naming ``where`` and the field, and changes nothing."""
        s = lab_state.check(self.objectName(), state, where, lab_limits(self.main_window))
        new = lab_state.backprop_lab(s, self.lab, where)
        blocker = QtCore.QSignalBlocker(self.untied)
        self.untied.setChecked(new.bias == "untied")
        del blocker
        check = self.check_tab
        param, (row, col) = check.picked
        check.picked = (s.get("check_param", param),
                        (s.get("check_row", row), s.get("check_col", col)))
        if "epsilon" in s:
            check.eps.setText(repr(s["epsilon"]))
        self.show_error("")
        self.set_lab(new)
        if "tab" in s:
            self.tabs.setCurrentIndex(BACKPROP_TABS.index(s["tab"]))
        if "position" in s:
            self.controls.set_position(s["position"])

    # -- animation -----------------------------------------------------------------
    def animated_tab(self):
        """The tab the animation controls drive, or None."""
        tab = self.tabs.currentWidget()
        return tab if tab in (self.forward, self.dk_tab, self.dx_tab) else None

    def _on_tab(self, *_) -> None:
        tab = self.animated_tab()
        self.controls.pause()
        self.controls.set_count(tab.count() if tab is not None else 0)
        if tab is not None:
            tab.set_position(self.controls.position())
        self._show_summary()

    def _on_position(self, i: int) -> None:
        tab = self.animated_tab()
        if tab is not None:
            tab.set_position(i)
        self._show_summary()

    def _show_summary(self) -> None:
        """E's formula, and its value except while the forward tab is still computing Y:
        'E = ... = 3' above one y of four contradicted the tab's own line."""
        computing = (self.tabs.currentWidget() is self.forward
                     and self.controls.position() < self.forward.count() - 1)
        # "≈" where six digits do not write E exactly, as the Forward tab's line says
        value = "" if computing else f" {self.lab.error_value()}"
        self.summary.setText(f"E = ½ Σ (Y − T)²{value}")

    def animation_frames(self):
        tab = self.animated_tab()
        if tab is None:
            return []
        return rendered_positions(tab, tab.count(), self.controls.set_position,
                                  self.controls.position())

    def animation_ms(self) -> int:
        return self.controls.interval_ms()
