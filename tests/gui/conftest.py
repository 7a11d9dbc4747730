"""GUI fixtures: a main window on a small part of the bundled MNIST."""

import gc

import pytest

from cnnviz.data import load


@pytest.fixture(autouse=True)
def window_keeps_its_priority(monkeypatch):
    """Playing lowers the calling thread's priority for good (cnnviz.gui.priority): here
    that would be the test run's own thread. Tests that check it call it themselves."""
    from cnnviz.gui import priority

    monkeypatch.setattr(priority, "_lowered", True)


@pytest.fixture(autouse=True)
def garbage_collected_after_each_test():
    """Collect a test's garbage when it ends, between Qt calls. Left to the automatic
    collector, a widget from an earlier test was deleted inside a Qt call that held the
    lock its destructor needed (pyqtgraph disconnecting a signal while a window was
    built), and the run froze. The application (``qapp``, made by make_app) has the
    collector off otherwise; its timer (cnnviz.gui.gui_gc) collects between events."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def small_data():
    return load().subset(3000, 500)


@pytest.fixture
def window(qtbot, small_data):
    from cnnviz.gui.main_window import MainWindow

    win = MainWindow(data=small_data)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.controller.shutdown()


@pytest.fixture
def show_page(window, qtbot):
    """``show_page(name)``: bring a page to the front with the keyboard focus in it."""
    def show(name):
        page = window.show_page(name)
        window.activateWindow()
        page.setFocus()
        qtbot.waitUntil(window.isActiveWindow)
        return page
    return show


@pytest.fixture
def russian(qapp):
    """The window's language is Russian for the test."""
    from cnnviz.gui import i18n

    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


@pytest.fixture(params=["en", "ru"])
def language(request, qapp):
    """The test runs once in English and once in Russian (ask for it before ``window``)."""
    from cnnviz.gui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
