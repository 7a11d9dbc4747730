"""The main window: transport toolbar, network strip, layer inspector, training dock."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from cnnviz.core.session import TrainConfig
from cnnviz.data import Dataset, load
from cnnviz.data.mnist import resources_missing
from cnnviz.gui.controller import Controller
from cnnviz.gui.i18n import error_text, grouped
from cnnviz.gui.language_menu import add_language_menu
from cnnviz.gui.labs import LAB_PAGES
from cnnviz.gui.lecture import NEXT_STEP, Lecture
from cnnviz.gui.widgets import file_dialogs
from cnnviz.gui.widgets.export_menu import export_view
from cnnviz.gui.widgets.keys_back import KeysBack
from cnnviz.gui.widgets.labels import LinesLabel, whole_parts
from cnnviz.gui.widgets.page_tabs import PageTabs
from cnnviz.gui.qt import QT_TR_NOOP, QtCore, QtGui, QtWidgets
from cnnviz.gui.views.controls_panel import ArchitectureDialog, ProbePanel, SettingsPanel
from cnnviz.gui.views.kernel_change import KernelChange
from cnnviz.gui.views.layer_inspector import LayerInspector
from cnnviz.gui.views.network_strip import NetworkStrip
from cnnviz.gui.views.timeline_bar import TimelineBar
from cnnviz.gui.views.training_panel import TrainingPanel
from cnnviz.resources import resources_dir

PRETRAINED = "pretrained/lenet5.npz"
#: the first word of a phase, as the controller names it, translated on display
PHASE_WORDS = (QT_TR_NOOP("Ready"), QT_TR_NOOP("Forward"), QT_TR_NOOP("Backward"),
               QT_TR_NOOP("Update"), QT_TR_NOOP("Training"))
TRANSPORT = (
    # object name, text, shortcut, tip
    ("action_forward_step", QT_TR_NOOP("Forward step"), "F",
     QT_TR_NOOP("Run the next layer's forward pass")),
    ("action_backward_step", QT_TR_NOOP("Backward step"), "B",
     QT_TR_NOOP("Run the next layer's backward pass")),
    ("action_update", QT_TR_NOOP("Update"), "U",
     QT_TR_NOOP("Apply the optimiser step to the weights")),
    ("action_train_batch", QT_TR_NOOP("Train batch"), "N",
     QT_TR_NOOP("Finish this batch: forward, backward, update")),
    ("action_train_epoch", QT_TR_NOOP("Train epoch"), "E",
     QT_TR_NOOP("Train until the end of the epoch")),
    ("action_play", QT_TR_NOOP("Play"), "P",
     QT_TR_NOOP("Train continuously")),
    ("action_pause", QT_TR_NOOP("Pause"), "Space",
     QT_TR_NOOP("Stop continuous training")),
    ("action_reset", QT_TR_NOOP("Reset"), "Ctrl+R",
     QT_TR_NOOP("Re-initialise the network from the seed")),
)


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("MainWindow", text)


def whole_formulas(text: str) -> str:
    """A list of formulas ("dE/dB = ...,  dE/dK = ...,  dE/dX = ...") that wraps only
    between them: "dE/dX =" at the end of one line and "dE/dY *full K" on the next read
    as two halves of nothing. A single formula wraps at its spaces, never inside a
    derivative ("... mean dE/" over "dw)" at 1280 pixels)."""
    return re.sub("/(?!\u2060)", "/\u2060", whole_parts(text, r",\s{2,}"))


class MainWindow(QtWidgets.QMainWindow):
    """cnnviz's window. ``MainWindow()`` opens LeNet-5 on the bundled MNIST."""

    def __init__(self, data: Dataset | None = None, config: TrainConfig | None = None,
                 arch: dict | None = None, probe_index: int = 0, parent=None):
        super().__init__(parent)
        self.setObjectName("cnnviz_main_window")
        self.setWindowTitle(tr("cnnviz — LeNet-5 explorer"))
        self.data = data if data is not None else load()
        self.controller = Controller(self.data, config, arch, probe_index, parent=self)
        self.last_error = ""
        self._rng = np.random.default_rng()
        self.last_counters: tuple[int, int, float] | None = None   # the last ones shown
        self._build_ui()
        self._connect_controller()
        self._show_file()
        Lecture(self)   # presentation mode, themes, scenes, scenario files: self.lecture
        self.resize(1280, 800)
        self.controller.start()
        self.select_layer("C1")

    # -- construction ------------------------------------------------------------
    def _build_ui(self) -> None:
        """Every widget, menu and action, with its texts in the installed language."""
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._connect_views()
        # typing into a field leaves the letter keys to it until Enter, Escape or a click
        # beside it (keys_back); the watcher goes with the pages at a rebuild
        KeysBack(self.pages.currentWidget, self.pages).watch(self)
        KeysBack.click_focus(self.pages.widget(0), self._side)

    def rebuild_ui(self) -> None:
        """Build every widget again (its texts in the language installed now); the
        controller, with the network, the training process and the timeline, stays."""
        lecture = getattr(self, "lecture", None)
        presenting = lecture is not None and lecture.presentation.active
        # the training panel and the strip as View left them, for the new ones
        shown = not self.dock.isHidden(), not self.strip.isHidden()
        if presenting:      # its undo list holds the widgets about to go
            lecture.presentation.set_active(False, keep_window=True)
        for act in [*self.actions_by_name.values(), *self._key_twins]:
            self.removeAction(act)
            act.deleteLater()
        self._key_twins.clear()
        self.removeToolBar(self.transport_bar)
        self.removeDockWidget(self.dock)
        # out of the window at once, not when deleteLater comes: presentation mode found
        # the old plots among the window's children and scaled their fonts again
        for old in (self.transport_bar, self.dock, self.takeCentralWidget()):
            old.setParent(None)
            old.deleteLater()
        self.setMenuBar(QtWidgets.QMenuBar())   # the old one is deleted by Qt
        self._show_file()
        self._build_ui()
        self._set_running(self.controller.running)
        if lecture is not None:
            lecture.attach()
            lecture.presentation.set_active(presenting, keep_window=True)
        self.dock.setVisible(shown[0])
        self.strip.setVisible(shown[1])

    def _build_views(self) -> None:
        self.strip = NetworkStrip()
        self.inspector = LayerInspector()
        self.phase_label = QtWidgets.QLabel()
        self.phase_label.setObjectName("phase_label")
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.phase_label.setFont(font)
        self.next_label = QtWidgets.QLabel()
        self.next_label.setObjectName("next_label")
        # a long formula (and the Russian "next" line) wraps rather than widening the
        # window past 1280 pixels; room for two lines is kept, so that stepping from a
        # formula of one line to one of two does not shift the strip and inspector down
        self.formula_label = LinesLabel(2)
        self.formula_label.setObjectName("formula_label")
        f2 = self.formula_label.font()
        f2.setPointSizeF(f2.pointSizeF() * 1.25)
        self.formula_label.setFont(f2)
        head = QtWidgets.QWidget()
        hl = QtWidgets.QHBoxLayout(head)
        hl.setContentsMargins(8, 2, 8, 2)
        hl.addWidget(self.phase_label)
        hl.addSpacing(24)
        hl.addWidget(self.formula_label, 1)
        hl.addWidget(self.next_label)
        self.follow_box = QtWidgets.QCheckBox(tr("Inspector follows the step"))
        self.follow_box.setObjectName("follow_step")
        self.follow_box.setChecked(True)
        self.follow_box.setToolTip(tr("Show the layer (and the forward or backward side) "
                                      "that the last step computed"))
        hl.addWidget(self.follow_box)
        network = QtWidgets.QWidget()
        network.setObjectName("network")
        vl = QtWidgets.QVBoxLayout(network)
        vl.setContentsMargins(2, 2, 2, 2)
        vl.setSpacing(2)
        vl.addWidget(head)
        self.timeline_bar = TimelineBar(self.controller)
        vl.addWidget(self.timeline_bar)
        vl.addWidget(self.strip)
        vl.addWidget(self.inspector, 1)
        self.kernel_change = KernelChange()
        self.inspector.tabs.addTab(self.kernel_change, tr("Change ΔK"))
        self.pages = PageTabs()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(network, tr("Network"))
        for title, factory in LAB_PAGES:
            self.pages.addTab(factory(self), tr(title))
        self.setCentralWidget(self.pages)
        self._unshown = None   # the newest snapshot, while another page is in front
        self.pages.currentChanged.connect(self._on_page)

        self.training = TrainingPanel()
        self.probe_panel = ProbePanel(len(self.data.test_labels), self.data.classes)
        self.settings = SettingsPanel()
        self.settings.show_config(self.controller.session.config)
        side = QtWidgets.QWidget()
        sl = QtWidgets.QVBoxLayout(side)
        sl.setContentsMargins(2, 2, 2, 2)
        sl.addWidget(self.training, 1)
        sl.addWidget(self.probe_panel)
        sl.addWidget(self.settings)
        self.dock = QtWidgets.QDockWidget(tr("Training"), self)
        self.dock.setObjectName("training_dock")
        # in a scroll area: shown in presentation mode (View > Training panel), its large
        # text made the window taller and wider than a screen of 1280x800
        scroll = QtWidgets.QScrollArea()
        scroll.setObjectName("training_scroll")
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.dock.setWidget(scroll)
        self._side = side
        self.dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [360], QtCore.Qt.Orientation.Horizontal)

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QtGui.QAction] = {}
        self._key_twins: list[QtGui.QAction] = []   # see _take_key_while_disabled
        bar = self.transport_bar = self.addToolBar(tr("Transport"))
        bar.setObjectName("transport_toolbar")
        bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name, text, key, tip in TRANSPORT:
            act = QtGui.QAction(tr(text), self)
            act.setObjectName(name)
            act.setShortcut(QtGui.QKeySequence(key))
            act.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(f"{tr(tip)} ({key})")
            act.setStatusTip(tr(tip))
            self.addAction(act)
            bar.addAction(act)
            self.actions_by_name[name] = act
            setattr(self, name, act)
            if len(key) == 1 or key == "Space":
                self._take_key_while_disabled(act, key)
        c = self.controller
        self.action_forward_step.triggered.connect(c.forward_step)
        self.action_backward_step.triggered.connect(c.backward_step)
        self.action_update.triggered.connect(c.update)
        self.action_train_batch.triggered.connect(c.train_batch)
        self.action_train_epoch.triggered.connect(c.train_epoch)
        self.action_play.triggered.connect(c.play)
        self.action_pause.triggered.connect(c.pause)
        self.action_reset.triggered.connect(self._ask_reset)
        self._set_running(False)

    def _take_key_while_disabled(self, act: QtGui.QAction, key: str) -> None:
        """While ``act`` is disabled its key went to the focused widget: Space clicked the
        focused button (Random, say, on the probe panel), P pressed again while training
        picked a Colour scale entry. A second action with the same key, enabled only
        while ``act`` is not, takes the key and does nothing. Text fields still get their
        letters (they claim them first, as they do from ``act``)."""
        idle = QtGui.QAction(act)      # goes with its action
        idle.setObjectName(f"{act.objectName()}_unavailable")
        idle.setShortcut(QtGui.QKeySequence(key))
        idle.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        idle.setEnabled(not act.isEnabled())
        act.enabledChanged.connect(lambda on: idle.setEnabled(not on))
        self.addAction(idle)
        self._key_twins.append(idle)

    def _file_action(self, name, text, key, slot) -> QtGui.QAction:
        act = QtGui.QAction(tr(text), self)
        act.setObjectName(name)
        if key:
            act.setShortcut(QtGui.QKeySequence(key))
        act.triggered.connect(slot)
        self.addAction(act)
        self.actions_by_name[name] = act
        return act

    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(tr("&File"))
        m.addAction(self._file_action("action_open", QT_TR_NOOP("Open checkpoint…"), "Ctrl+O",
                                      self._open_dialog))
        m.addAction(self._file_action("action_open_pretrained", QT_TR_NOOP("Open pretrained LeNet-5"),
                                      "Ctrl+Shift+O", self._ask_open_pretrained))
        m.addAction(self._file_action("action_save", QT_TR_NOOP("Save checkpoint…"), "Ctrl+S",
                                      self._save_dialog))
        m.addSeparator()
        m.addAction(self._file_action("action_export", QT_TR_NOOP("Export window as PNG/SVG…"), "",
                                      self._export_dialog))
        m.addSeparator()
        m.addAction(self._file_action("action_quit", QT_TR_NOOP("Quit"), "Ctrl+Q",
                                      self._ask_quit))
        run = self.menuBar().addMenu(tr("&Run"))
        for name, *_ in TRANSPORT:
            run.addAction(self.actions_by_name[name])
        net = self.menuBar().addMenu(tr("&Network"))
        net.addAction(self._file_action("action_architecture", QT_TR_NOOP("Architecture…"), "Ctrl+Shift+A",
                                        self._architecture_dialog))
        add_language_menu(self)

    def _connect_controller(self) -> None:
        """Once: the controller outlives the widgets (see ``rebuild_ui``), so it calls the
        window, which passes on to the widgets of the moment."""
        c = self.controller
        c.snapshotChanged.connect(self._on_snapshot)
        c.batchesTrained.connect(lambda *batches: self.training.add_batches(*batches))
        c.evaluated.connect(lambda step, acc: self.training.add_evaluation(step, acc))
        c.countersChanged.connect(self._on_counters)
        c.fileChanged.connect(self._show_file)
        c.phaseChanged.connect(self._on_phase)
        c.runningChanged.connect(self._set_running)
        c.errorOccurred.connect(self.show_error)
        c.networkRebuilt.connect(self._on_rebuilt)

    def _connect_views(self) -> None:
        c = self.controller
        self.strip.layerSelected.connect(self.select_layer)
        self.probe_panel.probeRequested.connect(c.set_probe)
        self.probe_panel.randomRequested.connect(lambda k: c.random_probe(self._rng, k))
        self.settings.changed.connect(self._on_settings)
        self.timeline_bar.snapshotChosen.connect(self.show_snapshot)
        self.timeline_bar.referenceChanged.connect(self._show_change)
        self.inspector.page_spin.valueChanged.connect(self._show_change)
        for name, *_ in TRANSPORT:   # a step or a run is to be watched live
            self.actions_by_name[name].triggered.connect(self.timeline_bar.go_live)

    # -- slots -------------------------------------------------------------------
    def page_names(self) -> list[str]:
        """Object names of the pages (the tabs of the central widget), in tab order."""
        return [self.pages.widget(i).objectName() for i in range(self.pages.count())]

    def show_page(self, name: str) -> QtWidgets.QWidget:
        """Bring the page with object name ``name`` to the front and return it."""
        names = self.page_names()
        if name not in names:
            raise KeyError(f"no page {name!r}; pages are {', '.join(names)}")
        self.pages.setCurrentIndex(names.index(name))
        return self.pages.currentWidget()

    def select_layer(self, name: str) -> None:
        self.strip.set_selected(name)
        self.inspector.set_layer(name)
        self._show_change()

    def _on_snapshot(self, snap) -> None:
        if self.timeline_bar.live:
            self.show_snapshot(snap)

    def show_snapshot(self, snap) -> None:
        """Show ``snap`` in every view (the newest one, or one the timeline went back to).

        The strip and the inspector are drawn only while the network page is in front
        (at 25 snapshots a second they are the costliest views); another page in front
        leaves the newest snapshot to be drawn when the network page comes back.
        """
        if self.pages.currentIndex() == 0:
            self._unshown = None
            self.strip.set_snapshot(snap)
            self.inspector.set_snapshot(snap)
        else:
            self._unshown = snap
        drawn = "drawn" in snap.extra   # no true class: the label only seeds the backward
        self.training.set_probabilities(snap.probabilities, -1 if drawn else snap.label,
                                        self.data.classes)
        self.probe_panel.show_probe(snap.probe_index, snap.label, drawn)
        self._show_change()

    def _on_page(self, index: int) -> None:
        if index == 0 and self._unshown is not None:
            snap, self._unshown = self._unshown, None
            self.strip.set_snapshot(snap)
            self.inspector.set_snapshot(snap)

    def _show_change(self) -> None:
        bar = self.timeline_bar
        self.kernel_change.show_change(bar.shown, bar.reference(), self.inspector.layer_name,
                                       self.inspector.page_start,
                                       alone=bar.timeline[0].step == bar.timeline.latest.step
                                       if len(bar.timeline) else True)

    def _on_counters(self, step: int, epoch: int, ips: float) -> None:
        self.last_counters = (step, epoch, ips)
        self.training.set_counters(step, epoch, ips or None, "")
        self.settings.show_epoch(epoch)
        self._mark_modified()

    def _show_file(self) -> None:
        """The checkpoint saved to or opened from in the title, and '*' after it once
        the network has trained since: a save had no visible sign that it happened."""
        path = self.controller.file_path
        app = tr("cnnviz — LeNet-5 explorer")
        self.setWindowTitle(f"{path.name}[*] — {app}" if path is not None else app)
        self._mark_modified()

    def _mark_modified(self) -> None:
        # only a title with a file has the [*] mark: Qt warns at every call otherwise
        if self.controller.file_path is not None:
            self.setWindowModified(self.unsaved_training())

    def _on_phase(self, done: str, formula: str, upcoming: str) -> None:
        word, _, name = done.partition(" ")
        self.phase_label.setText(tr(word) + (f" {name}" if name else ""))
        self.formula_label.setText(
            whole_formulas(QtCore.QCoreApplication.translate("Formulas", formula)))
        nword, _, nname = upcoming.partition(" ")
        self.next_label.setText(tr("next: {0}").format(tr(nword) + (f" {nname}" if nname else ""))
                                if upcoming else "")
        self.strip.set_active(name if word in ("Forward", "Backward") else None)
        self._enable_steps()
        if word in ("Forward", "Backward") and self.follow_box.isChecked():
            self.select_layer(name)
            self.inspector.tabs.setCurrentIndex(0 if word == "Forward" else 1)

    def _set_running(self, running: bool) -> None:
        for name in ("action_train_batch", "action_train_epoch", "action_play",
                     "action_reset"):
            self.actions_by_name[name].setEnabled(not running)
        self.actions_by_name["action_pause"].setEnabled(running)
        self._enable_steps()

    def _enable_steps(self) -> None:
        """Of Forward step, Backward step and Update, only the one that comes next is
        enabled (none while training runs): a key pressed once too many in front of a
        class does nothing, where it used to put a warning in front of the slides."""
        upcoming = "" if self.controller.running else self.controller.phase.partition(" ")[0]
        for word, name in NEXT_STEP.items():
            self.actions_by_name[name].setEnabled(upcoming == word)

    def _on_settings(self, changes: dict) -> None:
        if not self.controller.set_hyper(**changes):
            self.settings.show_config(self.controller.session.config)
        else:   # the fields already say it; the rate used now follows
            self.settings.show_rate_of(self.controller.session.config)

    def _on_rebuilt(self) -> None:
        # an opened checkpoint brings the curves of its training (a new network, none)
        self.training.show_history(self.controller.session.history)
        self.settings.show_epoch(self.controller.session.epoch)   # before the rate is worked
        self.settings.show_config(self.controller.session.config)

    def show_error(self, error, name: str = "error_dialog") -> None:
        """A non-blocking warning dialog (object name ``name``) with ``error`` (an
        exception, a Message or a text) in the user's language; the text shown is kept in
        ``last_error``."""
        message = self.last_error = error_text(error)
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, tr("cnnviz"),
                                    message, QtWidgets.QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- files and dialogs -------------------------------------------------------------
    def open_checkpoint(self, path) -> bool:
        return self.controller.open_checkpoint(path)

    def open_pretrained(self) -> bool:
        try:
            path = resources_dir() / PRETRAINED
        except FileNotFoundError:
            self.show_error(resources_missing())
            return False
        return self.open_checkpoint(path)

    def rebuild(self, arch: dict) -> None:
        self.controller.reset(arch)

    def _open_dialog(self) -> None:
        path = file_dialogs.open_path(self, tr("Open checkpoint"),
                                      tr("cnnviz checkpoints (*.npz)"))
        if path:
            # as Open pretrained asks: Ctrl+O threw away unsaved training unasked
            self.ask_before_replacing(tr("Open checkpoint"), Path(path).name,
                                      lambda: self.open_checkpoint(path))

    def _save_dialog(self) -> None:
        path = file_dialogs.save_path(self, tr("Save checkpoint"), "lenet5.npz",
                                      tr("cnnviz checkpoints (*.npz)"))
        if path:
            self.controller.save_checkpoint(path, lambda: self.training.history())

    def _export_dialog(self) -> None:
        path = file_dialogs.save_path(self, tr("Export window"), "cnnviz.png",
                                      tr("Images (*.png *.svg)"))
        if path:
            try:
                export_view(self, path)
            except OSError as e:
                self.show_error(e)

    def _ask_reset(self) -> None:
        """Reset, asking first once the network has trained (a slip of Ctrl+R or of the
        toolbar's Reset wiped a demo trained in front of the class)."""
        self._ask_first("reset_question", tr("Reset"), tr(
            "Re-initialise the network from seed {seed}? Its training so far (step {step}) "
            "is lost unless saved (File > Save checkpoint).").format(
                seed=self.controller.session.config.seed,
                step=grouped(self.controller.session.step)), self.controller.reset)

    def _ask_quit(self) -> None:
        """Quit, asking first when training since the last save would be lost: Reset
        asked, but a slip of Ctrl+Q, next to Ctrl+W and Ctrl+A, ended the demo unasked."""
        self._ask_first("quit_question", tr("Quit"), tr(
            "Quit cnnviz? The training since the last save (now at step {step}) is lost "
            "unless saved (File > Save checkpoint).").format(
                step=grouped(self.controller.session.step)), self.close)

    def _ask_open_pretrained(self) -> None:
        self._ask_first("open_question", tr("Open pretrained LeNet-5"), tr(
            "Open the pretrained LeNet-5 in place of this network? Its training so far (step "
            "{step}) is lost unless saved (File > Save checkpoint).").format(
                step=grouped(self.controller.session.step)), self.open_pretrained)

    def unsaved_training(self) -> bool:
        """Whether the network has trained since it was last saved or opened."""
        c = self.controller
        step = max(c.session.step, self.last_counters[0] if self.last_counters else 0)
        return step != c.saved_step

    def ask_before_replacing(self, title: str, name: str, then) -> None:
        """``then()`` replaces the network with the one in the file ``name``: asked as
        File > Open asks, if training since the last save would be lost."""
        self._ask_first("open_question", title, tr(
            "Open {name} in place of this network? Its training so far (step {step}) "
            "is lost unless saved (File > Save checkpoint).").format(
                name=name, step=grouped(self.controller.session.step)), then)

    def _ask_first(self, name: str, title: str, question: str, then) -> None:
        """``then()`` at once while nothing has been trained since the network was last
        saved or opened (it asked right after a save); else once the user says Yes to
        ``question`` (a dialog that does not block, object name ``name``)."""
        if not self.unsaved_training():
            then()
            return
        if any(b.isVisible() for b in self.findChildren(QtWidgets.QMessageBox, name)):
            return   # already asking (a second click of the close button); an answered
            # box may linger hidden until it is deleted
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question, title, question,
            QtWidgets.QMessageBox.StandardButton.Yes
            | QtWidgets.QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(name)
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Yes)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda answer: answer == QtWidgets.QMessageBox.StandardButton.Yes and then())
        box.open()

    def _architecture_dialog(self) -> None:
        dialog = ArchitectureDialog(self.controller.session.net.config, self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.rebuild(dialog.architecture())

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """The window manager's close button asks as Quit does; a close from code (the
        Quit action once answered, tests, scripts) closes at once."""
        if event.spontaneous() and self.unsaved_training():
            event.ignore()
            self._ask_quit()
            return
        self.controller.shutdown()
        super().closeEvent(event)
