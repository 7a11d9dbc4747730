"""Scenes: saved views the lecturer steps through with Page Down / Page Up (a clicker).

The scene list is a small dock: add the current view, remove the selected scene, click a
scene to show it, double-click to name it. The toolbar names the current scene.
"""

from __future__ import annotations

from dataclasses import replace

from cnnviz.core.scenario import View
from cnnviz.gui import scenario_io
from cnnviz.gui.qt import QtCore, QtWidgets


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Scenes", text)


def describe(window, view: View) -> str:
    """A scene's line in the list: its name, or its page, layer, side and probe."""
    if view.name:
        return view.name
    titles = dict(zip(window.page_names(),
                      (window.pages.tabText(i) for i in range(window.pages.count()))))
    probe = tr("drawn digit") if view.drawn is not None else tr("image {0}").format(view.probe)
    side = tr("forward") if view.side == "forward" else tr("backward")
    return f"{titles.get(view.page, view.page)} · {view.layer} {side} · {probe}"


class Scenes(QtWidgets.QDockWidget):
    """The scene list of ``window`` and the position in it (-1: none shown yet)."""

    currentChanged = QtCore.Signal(int)

    def __init__(self, window):
        super().__init__(tr("Scenes"), window)
        self.setObjectName("scenes_dock")
        self.window = window
        self.views: list[View] = []
        self.current = -1
        self.list = QtWidgets.QListWidget()
        self.list.setObjectName("scene_list")
        self.list.itemActivated.connect(lambda item: self.go(self.list.row(item)))
        self.list.itemClicked.connect(lambda item: self.go(self.list.row(item)))
        self.list.itemChanged.connect(self._renamed)
        self.add_button = add = QtWidgets.QPushButton(tr("Add current view"))
        add.setObjectName("scene_add")
        add.clicked.connect(self.add_current)
        self.remove_button = remove = QtWidgets.QPushButton(tr("Remove scene"))
        remove.setObjectName("scene_remove")
        remove.clicked.connect(self.remove_selected)
        body = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list, 1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        self.setWidget(body)

    def retranslate(self) -> None:
        """Texts in the language installed now (the list outlives a window rebuild)."""
        self.setWindowTitle(tr("Scenes"))
        self.add_button.setText(tr("Add current view"))
        self.remove_button.setText(tr("Remove scene"))
        self._refill()

    # -- the list ----------------------------------------------------------------
    def set_views(self, views) -> None:
        self.views = list(views)
        self.current = -1
        self._refill()

    def add_current(self) -> None:
        """Append the view the window shows now and make it the current scene."""
        self.views.append(scenario_io.capture_view(self.window))
        self.current = len(self.views) - 1
        self._refill()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.views):
            return
        del self.views[row]
        if self.current >= row:
            self.current -= 1
        self._refill()

    def _refill(self) -> None:
        blocker = QtCore.QSignalBlocker(self.list)
        self.list.clear()
        for view in self.views:
            item = QtWidgets.QListWidgetItem(describe(self.window, view))
            item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.setCurrentRow(self.current)
        del blocker
        self.currentChanged.emit(self.current)

    def _renamed(self, item: QtWidgets.QListWidgetItem) -> None:
        """A scene's name edited in the list (an empty name: described again)."""
        row = self.list.row(item)
        if 0 <= row < len(self.views):
            self.views[row] = replace(self.views[row], name=item.text().strip())
            self._refill()

    # -- stepping ----------------------------------------------------------------
    def go(self, index: int) -> bool:
        """Show scene ``index``; False when there is no such scene."""
        if not 0 <= index < len(self.views):
            return False
        self.current = index
        scenario_io.show_view(self.window, self.views[index], may_leave_presentation=False)
        blocker = QtCore.QSignalBlocker(self.list)
        self.list.setCurrentRow(index)
        del blocker
        self.currentChanged.emit(index)
        return True

    def next(self) -> bool:
        return self.go(self.current + 1)

    def previous(self) -> bool:
        return self.go(self.current - 1)

    def status_text(self) -> str:
        """"Scene 2/5" and the scene's name, if it has one; "" without a current scene."""
        if not 0 <= self.current < len(self.views):
            return ""
        text = tr("Scene {0}/{1}").format(self.current + 1, len(self.views))
        name = self.views[self.current].name
        return f"{text}: {name}" if name else text
