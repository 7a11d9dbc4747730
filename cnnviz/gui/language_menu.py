"""The Language menu: English or Russian, switched while cnnviz runs.

Qt translates a text when a widget is given it, so a switch installs the new translator
and has the window build its widgets again (``MainWindow.rebuild_ui``). The controller is
not touched: the network, a running training process, the timeline and the health log go
on as they were, and the window comes back on the page, layer, inspector side and
timeline step that were on show, with the training curves drawn so far. Every lab comes
back as it was (its ``lab_state()``: typed matrices, the drawn digit, its settings), and
the evaluation page keeps the report it had.
"""

from __future__ import annotations

from functools import partial

from cnnviz.errors import CnnvizError
from cnnviz.gui import i18n
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("MainWindow", text)


def add_language_menu(window) -> QtWidgets.QMenu:
    """A "Language" menu with one checkable action per language, named in itself."""
    menu = window.menuBar().addMenu(tr("&Language"))
    menu.setObjectName("language_menu")
    group = QtGui.QActionGroup(menu)
    group.setExclusive(True)
    for code, name in i18n.LANGUAGES.items():
        act = QtGui.QAction(name, menu)   # "English", "Русский": each reads its own name
        act.setObjectName(f"action_language_{code}")
        act.setCheckable(True)
        act.setChecked(code == i18n.current())
        act.triggered.connect(partial(switch_language, window, code))
        group.addAction(act)
        menu.addAction(act)
    return menu


def switch_language(window, lang: str, *_) -> None:
    """Show ``window`` in ``lang`` ("en" or "ru") without stopping anything."""
    if lang == i18n.current():
        return
    app = QtWidgets.QApplication.instance()
    app.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)   # building takes a few seconds
    try:
        i18n.install(app, lang)
        old_training, state = window.training, _view_state(window)
        dock_width = window.dock.width()
        labs = {name: page.lab_state() for name, page in _lab_pages(window)}
        report = getattr(window.findChild(QtWidgets.QWidget, "evaluation_page"), "report", None)
        window.rebuild_ui()
        window.training.take_curves(old_training)
        _restore_labs(window, labs, report)
        _restore(window, state)
        # the dock as wide as it was, once the new widgets are laid out: each switch
        # widened it (360, 406, 433 pixels), and the window's pages shrank for it
        QtCore.QTimer.singleShot(0, window, lambda: window.resizeDocks(
            [window.dock], [dock_width], QtCore.Qt.Orientation.Horizontal))
    finally:
        app.restoreOverrideCursor()


def _lab_pages(window):
    """(object name, page) of every page that keeps lab settings."""
    pages = (window.pages.widget(i) for i in range(window.pages.count()))
    return [(p.objectName(), p) for p in pages if hasattr(p, "lab_state")]


def _restore_labs(window, labs: dict, report) -> None:
    for name, page in _lab_pages(window):
        if report is not None and hasattr(page, "show_report"):
            page.show_report(report)     # the same weights: no need to evaluate again
        try:
            page.restore_lab_state(labs[name])
        except CnnvizError as e:     # the page's own settings: only if it has a bug
            window.show_error(e)


def _view_state(window) -> dict:
    bar = window.timeline_bar
    return {
        "page": window.pages.currentWidget().objectName(),
        "layer": window.inspector.layer_name,
        "side": window.inspector.tabs.currentIndex(),
        "follow": window.follow_box.isChecked(),
        "shown": None if bar.live else bar.slider.value(),
        "reference": bar.reference_spin.value(),
    }


def _restore(window, state: dict) -> None:
    c = window.controller
    window.follow_box.setChecked(state["follow"])
    if c.snapshot is not None:
        window.show_snapshot(c.snapshot)
    bar = window.timeline_bar
    bar.reference_spin.setValue(state["reference"])
    if state["shown"] is not None:
        bar.scrub_to(state["shown"])   # shows that step everywhere
    else:
        bar.go_live()
    if window.last_counters is not None:
        window._on_counters(*window.last_counters)
    c.repeat_phase()
    window.select_layer(state["layer"])
    window.inspector.tabs.setCurrentIndex(state["side"])
    window.show_page(state["page"])
