"""What a lecture in a hall needs on top of the window: presentation mode, themes, scenes,
scenario files and a presenter clicker.

``Lecture(window)`` adds them: View > Presentation mode (F11) and View > Theme, File >
Save scenario… / Open scenario…, a Scenes menu and dock, and Page Down / Page Up (what a
clicker sends): the next / previous scene or, without scenes, the next transport step.
"""

from __future__ import annotations

from pathlib import Path

from cnnviz.gui import i18n, scenario_io, style
from cnnviz.gui.presentation import Presentation, set_high_contrast
from cnnviz.gui.qt import QT_TR_NOOP, QtCore, QtGui, QtWidgets
from cnnviz.gui.widgets import file_dialogs
from cnnviz.gui.scenes import Scenes, describe
from cnnviz.gui.themes import THEME_TABLE, Themes

#: the step Page Down runs, by the first word of the controller's next phase
NEXT_STEP = {"Forward": "action_forward_step", "Backward": "action_backward_step",
             "Update": "action_update"}
THEME_TITLES = {"light": QT_TR_NOOP("Light"), "dark": QT_TR_NOOP("Dark")}


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Lecture", text)


class Lecture(QtCore.QObject):
    """Presentation mode, themes, scenes and scenario files of ``window``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.lecture = self
        self.language = i18n.current()
        self.presentation = Presentation(window)
        self.themes = Themes(window)
        self.scenes = Scenes(window)
        window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.scenes)
        # floating: docked under the training dock, or as a tab beside it, the list would
        # make the window taller than a 1280x800 screen
        self.scenes.setFloating(True)
        self.scenes.hide()
        self.presentation.toggled.connect(self._on_presented)
        self.themes.changed.connect(self._on_theme)
        self.scenes.currentChanged.connect(self._show_scene)
        self._restyle_pending = False
        c = window.controller
        for signal in (c.networkRebuilt, c.snapshotChanged, c.healthChanged):
            signal.connect(self._restyle_later)
        # a theme chosen before the window is shown (--theme dark) found no plot on show
        window.installEventFilter(self)
        self.attach()

    def attach(self) -> None:
        """Add the menus, actions and scene label to the window's widgets; again after the
        window rebuilt them (a change of language)."""
        w = self.window
        self.scene_label = QtWidgets.QLabel()
        self.scene_label.setObjectName("scene_status")
        self._place_scene_label()
        self._build_menus()
        self.scenes.retranslate()      # shows the current scene on the new label too
        self._on_presented(self.presentation.active)
        self._on_theme(self.themes.name)
        self._show_scene(self.scenes.current)
        for signal in (w.pages.currentChanged, w.strip.layerSelected,
                       w.inspector.tabs.currentChanged):
            signal.connect(self._restyle_later)

    def _on_presented(self, on: bool) -> None:
        acts = self.window.actions_by_name
        if "action_presentation" in acts:
            acts["action_presentation"].setChecked(on)
            acts["action_high_contrast"].setChecked(style.high_contrast())

    def _on_theme(self, name: str) -> None:
        act = self.window.actions_by_name.get(f"action_theme_{name}")
        if act is not None:
            act.setChecked(True)

    def _place_scene_label(self) -> None:
        """The current scene at the right end of the transport toolbar: a status bar
        would add its height to a window whose smallest height is already 800 pixels."""
        bar = self.window.findChild(QtWidgets.QToolBar, "transport_toolbar")
        spacer = QtWidgets.QWidget()
        spacer.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                             QtWidgets.QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.scene_label)
        font = self.scene_label.font()
        font.setBold(True)
        self.scene_label.setFont(font)

    def _action(self, name: str, text: str, key: str, slot, menu) -> QtGui.QAction:
        act = QtGui.QAction(tr(text), self.window)
        act.setObjectName(name)
        if key:
            act.setShortcut(QtGui.QKeySequence(key))
            act.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.window.addAction(act)
        self.window.actions_by_name[name] = act
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        w = self.window
        quit_action = w.actions_by_name["action_quit"]
        file_menu = next(o for o in quit_action.associatedObjects()
                         if isinstance(o, QtWidgets.QMenu))
        scen = QtWidgets.QMenu(w)
        self._action("action_open_scenario", QT_TR_NOOP("Open scenario…"), "", self._open_dialog,
                     scen)
        self._action("action_save_scenario", QT_TR_NOOP("Save scenario…"), "", self._save_dialog,
                     scen)
        for act in scen.actions():
            file_menu.insertAction(quit_action, act)
        file_menu.insertSeparator(quit_action)

        view = w.menuBar().addMenu(tr("&View"))
        self.action_present = self._action("action_presentation", QT_TR_NOOP("Presentation mode"),
                                           "F11", self.presentation.toggle, view)
        self.action_present.setCheckable(True)
        self.action_contrast = self._action(
            "action_high_contrast", QT_TR_NOOP("High-contrast colour maps"), "",
            lambda on: set_high_contrast(w, on), view)
        self.action_contrast.setCheckable(True)
        theme_menu = view.addMenu(tr("Theme"))
        group = QtGui.QActionGroup(self)
        for name in THEME_TABLE:
            act = self._action(f"action_theme_{name}", THEME_TITLES[name], "",
                               lambda _=False, n=name: self.themes.apply(n), theme_menu)
            act.setCheckable(True)
            act.setChecked(name == self.themes.name)
            group.addAction(act)
        show_list = self.scenes.toggleViewAction()
        show_list.triggered.connect(lambda on: on and self._place_scene_list())
        view.addAction(show_list)
        # presentation mode hides the training dock and the strip takes room from the
        # inspector on a projector of 800 lines: either can be shown or hidden here
        view.addSeparator()
        panel = self._action("action_show_training", QT_TR_NOOP("Training panel"), "",
                             lambda on: (self.presentation.leave_dock_as_is(),
                                         w.dock.setVisible(on)), view)
        strip = self._action("action_show_strip", QT_TR_NOOP("Network strip"), "",
                             lambda on: w.strip.setVisible(on), view)
        for act in (panel, strip):
            act.setCheckable(True)
        view.aboutToShow.connect(lambda: (panel.setChecked(w.dock.isVisible()),
                                          strip.setChecked(not w.strip.isHidden())))

        scenes = w.menuBar().addMenu(tr("&Scenes"))
        self._action("action_add_scene", QT_TR_NOOP("Add current view as scene"), "",
                     self.scenes.add_current, scenes)
        self._action("action_remove_scene", QT_TR_NOOP("Remove scene"), "",
                     self.scenes.remove_selected, scenes)
        scenes.addSeparator()
        self._action("action_next", QT_TR_NOOP("Next scene or step"), "PgDown", self.next,
                     scenes)
        self._action("action_previous", QT_TR_NOOP("Previous scene"), "PgUp", self.previous,
                     scenes)

    # -- the clicker -------------------------------------------------------------
    def next(self) -> None:
        """The next scene; without scenes, the next transport step."""
        if self.scenes.views:
            self.scenes.next()
            return
        if self.window.controller.running:
            return
        word = self.window.controller.phase.partition(" ")[0]
        self.window.actions_by_name[NEXT_STEP[word]].trigger()

    def previous(self) -> None:
        self.scenes.previous()

    def _place_scene_list(self) -> None:
        """The floating scene list at the window's top right, over the training dock."""
        if self.scenes.isFloating():
            top_right = self.window.geometry().topRight()
            self.scenes.resize(380, 320)
            self.scenes.move(top_right.x() - 400, top_right.y() + 90)

    def _show_scene(self, index: int) -> None:
        self.scene_label.setText(self.scenes.status_text())
        views = self.scenes.views
        self.scene_label.setToolTip(describe(self.window, views[index])
                                    if 0 <= index < len(views) else "")

    def _restyle_later(self, *_) -> None:
        """Restyle once the views have drawn what changed (plots start out light)."""
        if self.themes.restyled and not self._restyle_pending:
            self._restyle_pending = True
            QtCore.QTimer.singleShot(0, self._restyle)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QtCore.QEvent.Type.Show:
            self._restyle_later()
        return False

    def _restyle(self) -> None:
        self._restyle_pending = False
        self.themes.restyle()

    # -- scenario files ----------------------------------------------------------
    def _open_dialog(self) -> None:
        path = file_dialogs.open_path(self.window, tr("Open scenario"),
                                      tr("cnnviz scenarios (*.json)"))
        if path:
            # as File > Open asks: a scenario replaces the network, and opening one threw
            # away the training of a demo unasked
            self.window.ask_before_replacing(
                tr("Open scenario"), Path(path).name,
                lambda: scenario_io.open_scenario(self.window, path))

    def _save_dialog(self) -> None:
        path = file_dialogs.save_path(self.window, tr("Save scenario"), "lecture.json",
                                      tr("cnnviz scenarios (*.json)"))
        if path:
            scenario_io.save(self.window, path)
